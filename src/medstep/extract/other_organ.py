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

from medstep.answers import YES, same_verdict
from medstep.answers.concepts import LATERALITIES, vocabulary
from medstep.extract import closed, implicit_terms, leads
from medstep.extract.organ_owners import organs_named, owners, related
from medstep.lazyre import lazy_compile

_CLAUSE_END = lazy_compile(r"[.!?](?=\s|\Z)|[;\n]")
_SIDES = frozenset(LATERALITIES) | {"both"}  # (``answers/concepts.LATERALITIES``)


def yes_to_other_organ(region: str, verdict: str, question: str) -> bool:
    """Whether an opening "Yes," says the asked property of another organ only (module docstring)."""
    if not same_verdict(verdict, YES) or closed.negative_question(question) or leads.BARE_LEAD.match(region):
        return False
    q = implicit_terms.parse_question(question)
    if q is None or q.prop is None or closed.revision(region) is not None:
        return False
    asked, _ = organs_named(question)
    rest = closed.after_lead(region)
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    after = rest[len(clause):]
    if not asked or not clause.strip():
        return False
    organs, found = organs_named(clause)
    if not organs or related(organs, asked) or related(organs_named(after)[0], asked):
        return False
    words = implicit_terms.tokens(clause) + implicit_terms.tokens(after)
    own = [w for w in q.words if w not in _SIDES]  # "the left atrium" names no left ventricle
    if any(implicit_terms.matches(t, w) for t in words for w in own):
        return False  # the asked subject's own word ("the liver", "the left kidney") is there
    voc = vocabulary()
    said = any(implicit_terms.matches(t, q.prop) for t in implicit_terms.tokens(clause)) or any(
        f in {m.concept for m in voc.mentions(f"{voc.concepts[o].name} is {q.prop}")}
        for f in found for o in owners().get(f, frozenset()))
    return said


__all__ = ["yes_to_other_organ"]
