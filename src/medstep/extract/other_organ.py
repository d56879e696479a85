"""An opening "Yes," given to the asked property of another organ: "Yes, splenomegaly." to "Is the liver enlarged?".

The model answers the question it thinks it was asked: its yes goes with the clause it opens, and that clause says
the asked property ("enlarged") of an organ the question does not name ("splenomegaly" is the spleen enlarged;
"Yes, the spleen is enlarged."). The yes is no answer to the liver; with nothing after the clause naming the asked
organ, the reply is ambiguous (``extract/closed_reader.py`` reads it so). Read only where every organ the clause names (an organ word, or the
organ a named finding belongs to: the ``expands`` column of ``answers/concepts.tsv``) differs from every organ the
question names, and the clause's finding is what the asked property makes of that organ (the vocabulary reads
"spleen is enlarged" as splenomegaly) or the clause says the property's own word. A finding of the asked organ
("Yes, hepatomegaly."), a sign of another organ ("Yes, splenomegaly." to "Is the liver cirrhotic?": portal
hypertension) or a text naming the asked organ after the clause are left to the other readers.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import YES, same_verdict
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import closed, implicit_terms, leads
from medstep.lazyre import lazy_compile

_CLAUSE_END = lazy_compile(r"[.!?](?=\s|\Z)|[;\n]")
_SIDES = frozenset({"left", "right", "both", "bilateral"})


@lru_cache(maxsize=1)
def _owners() -> dict[str, frozenset[str]]:
    """finding id -> the organs (anatomy ids) whose ``expands`` name it."""
    voc = vocabulary()
    owners: dict[str, set[str]] = {}
    for cid, c in voc.concepts.items():
        if c.category == "anatomy":
            for f in c.expands:
                owners.setdefault(f, set()).add(cid)
    return {f: frozenset(o) for f, o in owners.items()}


def _organs(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The organs ``text`` names (by their word or by a finding of theirs), and the findings it names."""
    voc = vocabulary()
    organs: set[str] = set()
    found: set[str] = set()
    for m in voc.mentions(text):
        if m.kind is not MentionKind.CONCEPT or m.concept not in voc.concepts:
            continue
        c = voc.concepts[m.concept]
        if c.category == "anatomy":
            organs.add(m.concept)
        elif c.category == "finding":
            found.add(m.concept)
            organs |= _owners().get(m.concept, frozenset())
    return frozenset(organs), frozenset(found)


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    concepts = vocabulary().concepts
    return any(x == y or y in concepts[x].ancestors or x in concepts[y].ancestors for x in a for y in b)


def yes_to_other_organ(region: str, verdict: str, question: str) -> bool:
    """Whether an opening "Yes," says the asked property of another organ only (module docstring)."""
    if not same_verdict(verdict, YES) or closed.negative_question(question) or leads.BARE_LEAD.match(region):
        return False
    q = implicit_terms.parse_question(question)
    if q is None or q.prop is None or closed.revision(region) is not None:
        return False
    asked, _ = _organs(question)
    rest = closed.after_lead(region)
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    after = rest[len(clause):]
    if not asked or not clause.strip():
        return False
    organs, found = _organs(clause)
    if not organs or _related(organs, asked) or _related(_organs(after)[0], asked):
        return False
    words = implicit_terms.tokens(clause) + implicit_terms.tokens(after)
    own = [w for w in q.words if w not in _SIDES]  # "the left atrium" names no left ventricle
    if any(implicit_terms.matches(t, w) for t in words for w in own):
        return False  # the asked subject's own word ("the liver", "the left kidney") is there
    voc = vocabulary()
    said = any(implicit_terms.matches(t, q.prop) for t in implicit_terms.tokens(clause)) or any(
        f in {m.concept for m in voc.mentions(f"{voc.concepts[o].name} is {q.prop}")}
        for f in found for o in _owners().get(f, frozenset()))
    return said


__all__ = ["yes_to_other_organ"]
