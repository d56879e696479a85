"""Which side of a two-sided finding is the larger: "effusions, L>R", "larger on the right", "moderate right and
small left effusions".

A finding on both sides carries one side and one grade per finding, so a chain that swapped the larger side
("free gas under both hemidiaphragms, larger on the left" against "..., larger on the right"; "L>R effusions"
against "right larger than left") was judged as its faithful original: both are bilateral, neither grade is stated
against the other (retired blind 9 Z1). Here each text's *dominant side* per finding is read from

* a comparison naming the side: "larger / more / worse / predominantly on the right", "right-predominant", "the
  right (one) larger", "right greater than left", "R>L", "L<R", "smaller on the left";
* two grades given to the two sides: "moderate right and small left", "L moderate, R small", "the right effusion is
  moderate; the left is small";
* for the evidence also its findings: a right and a left statement of one finding with different grades
  ("Moderate right pleural effusion. Small left pleural effusion.").

The comparison belongs to the nearest positive finding of its sentence (before it, else after it); in a chain
step that names no finding ("The left is bigger."), to the finding the step before named last. A chain's
dominant side **conflicts** (``dominance-conflict``) when the evidence gives the same finding family a dominant
side and never this one; the step is then contradicted. Evidence that names no dominant side decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.dominant_side import LESS, MORE
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import SEVERITY_RANK, Concept
from medstep.verify.memo import found_in_pieces
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

_SIDE = {"left": "left", "l": "left", "lt": "left", "right": "right", "r": "right", "rt": "right"}
_OTHER = {"left": "right", "right": "left"}
_S = r"(left|right|lt|rt|l|r)"
_MORE, _LESS = MORE, LESS  # the comparison words (``dominant_side.py``, shared with the clause scoper)
# A comparison with an earlier study, not with the other side: "larger on the left than before", "the right larger
# than on the prior".
_SINCE = r"\s+(?:than|compared\s+(?:with|to))\s+(?:before|previously|prior|last|on|in|at|the\s+prior)\b"
# grade words and the lexicon's severity value each gives (one home: ``anaphora.py`` reads them too)
GRADES = {"small": "mild", "tiny": "mild", "little": "mild", "minimal": "mild", "mild": "mild", "slight": "mild",
          "trace": "mild", "moderate": "moderate", "large": "severe", "big": "severe", "huge": "severe",
          "massive": "severe", "extensive": "severe", "severe": "severe"}
GRADE_WORDS = "|".join(GRADES)
_GRADE = rf"({GRADE_WORDS})"
# (pattern, how its groups give the dominant side); group names: ``m`` the larger side, ``x`` the smaller one,
# ``a``/``ga`` and ``b``/``gb`` two sides with their grades
_PATTERNS = (
    lazy_compile(rf"\b{_MORE}\s+(?:on|in|at|over)\s+(?:the\s+)?(?P<m>left|right)\b"),
    lazy_compile(rf"\b{_LESS}\s+(?:on|in|at|over)\s+(?:the\s+)?(?P<x>left|right)\b"),
    lazy_compile(r"\b(?P<m>left|right)[\s-]+(?:sided\s+)?(?:predominant|dominant|predominance|dominance)\b"),
    lazy_compile(rf"(?<![\w.])(?P<m>{_S[1:-1]})\s*>\s*(?P<x>{_S[1:-1]})(?![\w])"),
    lazy_compile(rf"(?<![\w.])(?P<x>{_S[1:-1]})\s*<\s*(?P<m>{_S[1:-1]})(?![\w])"),
    lazy_compile(rf"\b(?:the\s+)?(?P<m>left|right)(?:\s+(?:one|side|sided|\w+))?\s+(?:being\s+|is\s+|appears\s+)?"
                 rf"{_MORE}\s+than\s+(?:the\s+)?(?P<x>left|right)\b"),
    lazy_compile(r"\bthe\s+(?P<m>left|right)(?:\s+(?:one|side))?\s+(?:being\s+|is\s+)?(?:larger|bigger|greater|worse)\b"
                 rf"(?!{_SINCE})"),
    lazy_compile(rf"\b{_GRADE}\s+(?P<a>left|right)(?:[\s-]sided)?\s+(?:and|&|\+|with|,)\s+(?:an?\s+|the\s+)?{_GRADE}\s+"
                 rf"(?P<b>left|right)\b"),
    lazy_compile(rf"(?<![\w.])(?P<a>{_S[1:-1]})\s+{_GRADE}\s*(?:,|;|and|&|\+)\s*(?P<b>{_S[1:-1]})\s+{_GRADE}\b"),
    # "moderate on the right and small on the left"
    lazy_compile(rf"\b{_GRADE}\s+(?:on|in|at|over)\s+the\s+(?P<a>left|right)(?:\s+side)?\s*(?:,|;|and|&|\+|with|while|"
                 rf"whereas|but)\s*(?:,\s*)?(?:an?\s+|the\s+)?{_GRADE}\s+(?:on|in|at|over)\s+the\s+(?P<b>left|right)\b"),
    lazy_compile(rf"\b(?P<a>left|right)\s+(?:\w+\s+){{0,3}}?(?:is|are|looks|appears)\s+{_GRADE}\s*[,;]\s*(?:and\s+|while\s+|"
                 rf"whereas\s+|but\s+)?(?:the\s+)?(?P<b>left|right)(?:\s+(?:one|side|\w+))?\s+(?:is\s+)?{_GRADE}\b"),
)
_CUE = lazy_compile(r">|<|\bthan\b|\b(?:on|in|at|over)\s+the\s+(?:left|right)\b|dominan|\b(?:left|right|l|r|lt|rt)\s+"
                    rf"(?:{GRADE_WORDS})\b|"
                    rf"(?:{GRADE_WORDS})\s+(?:left|right)\b|"
                    r"the\s+(?:left|right)(?:\s+(?:one|side))?\s+(?:being\s+|is\s+)?(?:larger|bigger|greater|worse)")
_BREAK = lazy_compile(r"[.!?\n]")
# A comparison denied or only supposed: "not larger on the left", "the left no larger than the right", "possibly
# larger on the left" (the word just before the comparison or inside it, one word at most between).
_UNSAID = lazy_compile(r"(?i)" + hedges.words(negation.DENY, negation.NEVER, hedges.POSSIBILITY) + r"\s+(?:\w+\s+)?$")
_UNSAID_INSIDE = lazy_compile(r"(?i)" + hedges.words(negation.DENY, negation.NEVER, hedges.POSSIBILITY))
_SINCE_AFTER = lazy_compile(_SINCE)


@dataclass(frozen=True, slots=True)
class Dominant:
    """A side a text calls the larger of a finding on both sides, with the words and where."""

    concept: str
    side: str
    text: str
    start: int
    end: int


def _side_of(m: re.Match[str]) -> str | None:
    d = m.groupdict()
    if d.get("m"):
        return _SIDE[d["m"]]
    if d.get("x"):
        return _OTHER[_SIDE[d["x"]]]
    a, b = _SIDE[d["a"]], _SIDE[d["b"]]
    grades = [SEVERITY_RANK[GRADES[g]] for g in m.groups() if g in GRADES]
    if a == b or len(grades) != 2 or grades[0] == grades[1]:
        return None
    # the grade comes before its side in the first two-grade pattern, after it in the others: either way the
    # first grade is the first side's
    return a if grades[0] > grades[1] else b


def read_dominance(text: str, findings: Sequence[Finding], last: Finding | None = None
                   ) -> tuple[list[Dominant], Finding | None]:
    """The dominant sides ``text`` states, each given to the nearest positive finding of its sentence (else to
    ``last``, the finding named last before the text, when the text names none), and the finding named last.

    Read in pieces cut before each ". ! ?" (``_piece``, memoised: a new report is mostly sentences seen before). No
    pattern matches one of those marks, so no match crosses a cut; a piece keeps the mark before it, so the one
    character a look-behind reads before a match is the text's; and every reading after a match stops at the next
    mark: the pieces read as the whole text does."""
    named = [f for f in findings if f.polarity is not Polarity.ABSENT and f.category == "finding"]
    after = named[-1] if named else last
    low = text.lower()
    if not cues_dominance(low):
        return [], after
    fallback = (last.concept, last.laterality) if last is not None and not named else None
    cuts = [m.start() for m in _MARK.finditer(low)]
    found: list[tuple[int, int, Dominant]] = []
    for a0, z0 in zip([0, *cuts], [*cuts, len(low)]):
        inside = tuple([(f.start - a0, f.end - a0, f.concept, f.laterality) for f in named if a0 <= f.start < z0])
        for k, concept, side, words, s, e in _piece(low[a0:z0], text[a0:z0], inside, fallback):
            found.append((k, a0 + s, Dominant(concept, side, words, a0 + s, a0 + e)))
    found.sort(key=_pattern_order)  # the whole text's order: pattern by pattern, each in text order
    return [d for _k, _s, d in found], after


def cues_dominance(low: str) -> bool:
    """Whether ``low`` (a text in lower case) holds a cue of a dominant side (``_CUE``, searched piece by piece: no cue
    holds a mark): ``read_dominance`` of a text without one states none, so ``dominance_errors`` finds nothing in a
    chain none of whose steps holds one, whatever the evidence (``attributes.AttributeChecks`` then reads none)."""
    return found_in_pieces(_CUE, low)


_MARK = lazy_compile(r"[.!?]")


def _pattern_order(item: tuple[int, int, Dominant]) -> tuple[int, int]:
    return item[0], item[1]


@lru_cache(maxsize=16384)
def _piece(low: str, text: str, named: tuple[tuple[int, int, str, str | None], ...],
           fallback: tuple[str, str | None] | None) -> tuple[tuple[int, str, str, str, int, int], ...]:
    """The dominant sides of one piece of ``read_dominance`` (``low``: lower case; ``text``: its words) with the
    positive findings inside it ((start, end, concept, side), relative to it) and the finding a comparison with no
    finding of its own falls back to ((concept, side), or None); (pattern, concept, side, words, start, end) per
    dominant side. Its whole input is its arguments, so the memo is exact."""
    out: list[tuple[int, str, str, str, int, int]] = []
    for k, pat in enumerate(_PATTERNS):
        for m in pat.finditer(low):
            side = _side_of(m)
            if side is None:
                continue
            a = max((b.end() for b in _BREAK.finditer(low, 0, m.start())), default=0)
            if _UNSAID.search(low, a, m.start()) is not None or _UNSAID_INSIDE.search(m.group()) is not None \
                    or _SINCE_AFTER.match(low, m.end()) is not None:
                continue
            b_ = _BREAK.search(low, m.end())
            z = b_.start() if b_ else len(low)
            inside = [f for f in named if a <= f[0] < z]
            before = [f for f in inside if f[1] <= m.start()]
            owner = (before[-1][2], before[-1][3]) if before else (inside[0][2], inside[0][3]) if inside else fallback
            if owner is None or owner[1] in ("left", "right") and "a" not in m.groupdict() \
                    and not m.groupdict().get("x") and not _both_sides(low[a:z]):
                continue  # "the right effusion is larger" compares it with before, not with the other side
            out.append((k, owner[0], side, text[m.start():m.end()], m.start(), m.end()))
    return tuple(out)


def _both_sides(sentence: str) -> bool:
    return ("left" in sentence and "right" in sentence) or "both" in sentence or "bilateral" in sentence


def graded_dominance(findings: Sequence[Finding]) -> list[Dominant]:
    """Dominant sides an evidence text's findings give: one finding graded differently on the two sides
    ("Moderate right pleural effusion. Small left pleural effusion.")."""
    by: dict[str, dict[str, tuple[float, Finding]]] = {}
    for f in findings:
        if f.polarity is Polarity.PRESENT and f.category == "finding" and f.severity and f.laterality in _OTHER:
            by.setdefault(f.concept, {})[f.laterality] = (SEVERITY_RANK[f.severity], f)
    out = []
    for concept, sides in by.items():
        if len(sides) == 2 and sides["left"][0] != sides["right"][0]:
            side = "left" if sides["left"][0] > sides["right"][0] else "right"
            f = sides[side][1]
            out.append(Dominant(concept, side, f.text, f.start, f.end))
    return out


def evidence_dominance(found: Sequence[tuple[str, str, Sequence[Finding]]]) -> list[tuple[Dominant, str, str]]:
    """The dominant sides of the evidence texts ``(source, text, findings)``."""
    out = []
    for source, text, fs in found:
        stated, _ = read_dominance(text, fs)
        out += [(d, source, text) for d in stated + graded_dominance(fs)]
    return out


_UNIT_BASE = 5_000_000  # a claim unit of its own per step (positions 2,000,000s, descriptors 3,000,000s, organ sides 4,000,000s)


def dominance_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Dominant, str, str]],
                     concepts: dict[str, Concept]) -> list[StepVerdict]:
    """``steps`` with each step whose dominant side of a finding the evidence gives only the other judged
    contradicted (``dominance-conflict``)."""
    if not evidence:
        return steps
    out = steps
    last: Finding | None = None
    for k, s in enumerate(steps):
        stated, last = read_dominance(s.text, s.findings, last)
        added = []
        for d in stated:
            c = concepts[d.concept]
            ev = [x for x in evidence if x[0].concept == c.id or x[0].concept in c.ancestors
                  or x[0].concept in c.descendants]
            if not ev or any(x[0].side == d.side for x in ev):
                continue
            unit = next((f.unit for f in s.findings if f.concept == d.concept), _UNIT_BASE + s.index)
            f = Finding(d.concept, c.name, c.category, Polarity.PRESENT, d.text, d.start, d.end, laterality=d.side,
                        source="dominance", unit=unit, role=s.role)
            refs = tuple(SourcedFinding(Finding(x.concept, x.concept.replace("_", " "), "finding", Polarity.PRESENT,
                                                x.text, x.start, x.end, laterality=x.side, source="dominance"),
                                        source, text) for x, source, text in ev[:MAX_EVIDENCE])
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "dominance-conflict", refs))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out
