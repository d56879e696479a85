"""The organs a text names: by an organ's word, or by a finding of its own (the ``expands`` column of
``answers/concepts.tsv``: "splenomegaly" is the spleen's, "renal mass" the kidney's), and whether two sets of organs
are one (a part or a whole of the other counts). Apart from its readers (``extract/other_organ.py``: a yes given to
another organ; ``extract/antonyms.py``: a pole said of another organ's lesion) so both import it without a cycle.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.concepts import MentionKind, vocabulary


@lru_cache(maxsize=1)
def owners() -> dict[str, frozenset[str]]:
    """finding id -> the organs (anatomy ids) whose ``expands`` name it."""
    voc = vocabulary()
    owners: dict[str, set[str]] = {}
    for cid, c in voc.concepts.items():
        if c.category == "anatomy":
            for f in c.expands:
                owners.setdefault(f, set()).add(cid)
    return {f: frozenset(o) for f, o in owners.items()}


@lru_cache(maxsize=None)
def home_of(concept: str) -> str | None:
    """The one organ (anatomy id) a finding belongs to: the one anatomy concept whose ``expands`` name the finding or
    a broader one of it ("pancreatitis" and "pancreatic pseudocyst" the pancreas', "splenomegaly" the spleen's);
    ``None`` for a finding several organs hold ("fracture": the bones' and the shoulders'; "cardiomegaly") or none.
    The open reader names the organ a reply's finding says is abnormal (``extract/open_kind.py``)."""
    voc = vocabulary()
    found = voc.concepts.get(concept)
    if found is None or found.category != "finding":
        return None
    held = {concept} | set(found.ancestors)
    homes = [cid for cid, c in voc.concepts.items() if c.category == "anatomy" and held & set(c.expands)]
    return homes[0] if len(homes) == 1 else None


def organs_named(text: str) -> tuple[frozenset[str], frozenset[str]]:
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
            organs |= owners().get(m.concept, frozenset())
    return frozenset(organs), frozenset(found)


def related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether an organ of ``a`` is one of ``b``'s, or a part or a whole of one by the anatomy concepts' ancestors.
    ``concepts.tsv`` gives anatomy concepts no parents yet, so today this is a same-id test: a reader comparing a
    region or a system with an organ in it must say so itself (``antonyms._CONTAINERS``)."""
    concepts = vocabulary().concepts
    return any(x == y or y in concepts[x].ancestors or x in concepts[y].ancestors for x in a for y in b)


__all__ = ["home_of", "organs_named", "owners", "related"]
