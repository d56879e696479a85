"""The absences normal statements imply, and the concepts a text names that they yield to.

"The lungs are clear" rules out the concepts of the lexicon's ``expands`` column, except those the text
itself calls present or possible: "RLL pneumonia; lungs otherwise clear" must not yield "no pneumonia".
Kept apart from :mod:`medstep.verify.extract`, whose ``Extractor`` cuts and scopes the text and calls these
once per segment (the concepts named) and once per text (the absences added), so the rule of which
absences stand lives in one small place beside :mod:`medstep.verify.normals`, which pairs normal words
with their organs.
"""

from __future__ import annotations

from collections.abc import Mapping

from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.mentions import Mention
from medstep.verify.qualified import named_qualifiers

__all__ = ["expansion_findings", "mentioned_concepts"]


def mentioned_concepts(concepts: Mapping[str, Concept], mentions: list[Mention]) -> dict[str | None, set[str]]:
    """Concepts the text calls present or possible (with their relatives), by the side named (None:
    no side or both): a normal statement anywhere in the text does not rule them out ("RLL
    pneumonia. ... The lungs are otherwise clear."), unless it is about the other side ("small
    right effusion; the left costophrenic angle is sharp"). A concept it calls absent stays among
    a normal statement's absences. (Per segment here; ``Extractor.analyse`` joins them for the text.)"""
    out: dict[str | None, set[str]] = {None: set()}
    absent = Polarity.ABSENT
    for m in mentions:
        if not m.dropped and m.pol is not absent:
            c = concepts[m.cid]
            if c.category in ("finding", "device"):
                side = m.attrs.get("laterality") if m.attrs else None
                found = out.setdefault(side if side == "left" or side == "right" else None, set())
                found.add(m.cid)
                if m.narrow is not None:  # "a tear of the ACL": the ACL's tear, so "the menisci are intact" still
                    c = concepts[m.narrow]  # denies a meniscal tear (not every kind of tear is named)
                    found.add(m.narrow)
                found |= c.ancestors
                found |= c.descendants
    return out


def expansion_findings(concepts: Mapping[str, Concept], expansions: tuple, unit: int,
                       mentioned: dict[str | None, set[str]] | None,
                       covering: dict[str | None, set[str]]) -> list[Finding]:
    """The absences a segment's normal statements imply, except concepts the text names (``mentioned``;
    ``covering`` memoises, per side, what it covers)."""
    out: list[Finding] = []
    seen: set[tuple[int, int, str]] = set()
    absent = Polarity.ABSENT
    for exp, s, e, side, role, words, place in expansions:
        made = False
        qualified = named_qualifiers(words, place)  # ("the colon is not dilated": the colon's, ``qualified``)
        covered = covering.get(side)
        if covered is None:
            covered = covering[side] = _covered(mentioned, side) if mentioned else set()
        for cid in exp:
            if cid in covered or (s, e, cid) in seen:
                continue
            seen.add((s, e, cid))
            c = concepts[cid]
            out.append(Finding(cid, c.name, c.category, absent, words, s, e, side, place, None,
                               None, None, "normal", unit, role, qualified=qualified))
            made = True
        unit += made
    return out


def _covered(mentioned: dict[str | None, set[str]], side: str | None) -> set[str]:
    """The concepts whose positive mention (or a relative's) concerns a normal statement about ``side``:
    mentions naming no side, plus those of that side (of any side when the statement names none).
    One set per side and text, instead of a test per concept of every normal statement. A statement about
    both sides ("both lungs are otherwise clear") concerns either side's mentions ("a small left effusion")."""
    if side is None or side == "bilateral":
        return set().union(*mentioned.values())
    return mentioned[None] | mentioned.get(side, set())
