"""Which ribs are broken and where along them: a chain that puts fractures of the left first and second ribs at the
ninth and tenth, or fractures along the side of the chest at the back near the spine.

The lexicon reads a rib fracture and its side; the rib's number and the part of its arc were read as nothing, so a
chain moving the fractures to other ribs scored as the faithful one (fresh12, fresh13, retired blind 10). The
number says what else is at risk (upper ribs: the great vessels; lower ribs: the liver and spleen) and the part
says where the chest wall is unstable.

A statement of broken ribs is a sentence with a fracture word ("fracture", "fractured", "fx", "broken") and a rib
word, not denied ("no rib fractures", "the ribs are intact") or hedged. The number and the arc are the place of any
abnormality of a rib, not of a fracture only: a chain that moved rib destruction from the posterior first and second
ribs to the lateral fourth and fifth, or hypoplasia from the third and fourth anterior ribs to the eighth and ninth
posterior, scored as the faithful one (errs42). Each statement therefore has its kinds (``RIB_KINDS``: a fracture, a
bone lesion, notching, a missing or malformed rib), and a chain's statement is compared only with evidence statements
sharing a kind: the report's fractured ninth rib is no place for the chain's lytic third rib. It gives the ribs' numbers (ordinals:
"fourth to seventh", "5th-7th", "the fifth, sixth and seventh", "1st/2nd"; a range is filled in), the side, and the
part of the arc ("anterior(ly)", "posterolateral", "at the back", "along the side", "near the spine").

**A chain's statement conflicts** when the evidence (report and reference steps) states broken ribs on a compatible
side with numbers and none of the chain's numbers is one of them, or with parts and none of the chain's parts
shares a part with them ("posterolateral" shares with "posterior" and "lateral"); the step is then contradicted
(``rib-site-conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.text import ORDINAL_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.scan import sentence_spans
from medstep.verify.devices import role_at
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

_ORDINALS = ORDINAL_WORDS
_ORDINAL = r"(?:\b(?:" + "|".join(_ORDINALS) + r")\b|\b(?:1[0-2]|[1-9])(?:st|nd|rd|th)\b)"
_RANGE = lazy_compile(rf"({_ORDINAL})(?:\s*(?:to|through|thru|-|\u2013|\u2014)\s*(?:the\s+)?({_ORDINAL}))?")
# what is wrong with a rib, each kind with the concept a conflict is reported as (a sentence may state several: "a
# pathological fracture through a lytic lesion of the sixth rib"); the first is the fracture the module began with
RIB_KINDS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("fracture", "rib_fracture", lazy_compile(r"\b(?:fractur\w*|fx|broken|break|breaks)\b")),
    (
        "lesion",
        "bone_lesion",
        lazy_compile(
            r"\b(?:destr(?:oy|uct)\w*|(?:osteo)?lytic|lysis|sclero\w*|(?:osteo)?blastic|"
            r"expansile|metasta\w*|deposits?|erosions?|erod\w*|lesions?)\b"
        ),
    ),
    ("notching", "rib_notching", lazy_compile(r"\b(?:notch\w*|scallop\w*)\b")),
    ("missing", "ribs", lazy_compile(r"\b(?:hypoplas\w*|aplas\w*|bifid|fused|resect\w*)\b")),
)
_RIB = lazy_compile(r"\bribs?\b")
# a rib named as a landmark of something else ("a nodule projects over the anterior 2nd rib", "calcified deposit in
# the left lung overlying the 4th rib"): the place of that thing, not of a bone lesion of the rib
_LANDMARK = lazy_compile(r"\b(?:project\w*|overl(?:y|ies|ying|ay\w*)|superimpos\w*|over|behind|at\s+the\s+level\s+of|"
                         r"lungs?|pulmonary|lobe|zone|nodul\w*|granulom\w*|mass)\b")
_DENIED = lazy_compile(
    hedges.words(negation.DENY, negation.NEITHER, negation.EXCLUDED, ("excludes", "excluding", "intact"))
    + "|"
    + negation.CONTRACTION
)
_HEDGE = lazy_compile(hedges.words(hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.ASKING, hedges.CONDITION) + r"|\?")
_SIDE = lazy_compile(r"\b(?:(left|lt|l)|(right|rt|r))\b")
# the parts of a rib's arc a phrase names: A(nterior), P(osterior), L(ateral)
_PARTS = (
    (frozenset("PL"), r"posterolateral(?:ly)?|postero lateral(?:ly)?"),
    (frozenset("AL"), r"anterolateral(?:ly)?|antero lateral(?:ly)?"),
    (frozenset("A"), r"anterior(?:ly)?|at the front|in front"),
    (frozenset("P"), r"posterior(?:ly)?|at the back|near the spine|beside the spine|paravertebral(?:ly)?"),
    (frozenset("L"), r"lateral(?:ly)?|along the side|at the side|on the side of the chest|in the axilla"),
)
_PART_RE = lazy_compile("|".join(rf"(?P<p{k}>\b(?:{pat})\b)" for k, (_p, pat) in enumerate(_PARTS)))
_COUNTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.CONCLUSION})
_CONCEPT = {kind: concept for kind, concept, _p in RIB_KINDS}
_ORDER = {kind: k for k, (kind, _c, _p) in enumerate(RIB_KINDS)}
_UNIT_BASE = 4_000_000


@dataclass(frozen=True, slots=True)
class RibSite:
    """Broken ribs as one sentence states them: the side (None when unsaid), the rib numbers and arc parts it
    gives (empty when unsaid), and where the sentence is."""

    side: str | None
    numbers: frozenset[int]
    parts: frozenset[str]
    text: str
    start: int
    end: int
    kinds: frozenset[str] = frozenset({"fracture"})  # what is wrong with the ribs (``RIB_KINDS``)


def _number(word: str) -> int:
    word = word.lower()
    return _ORDINALS.index(word) + 1 if word in _ORDINALS else int(re.sub(r"\D", "", word))


def read_rib_sites(text: str) -> list[RibSite]:
    """The statements of broken ribs ``text`` makes (see the module docstring); each sentence's reading memoised
    (``_sentence_site``: a new report is mostly sentences seen before)."""
    low = text.lower().replace("/", " ")  # "1st/2nd" (same length: spans index the original)
    if _RIB.search(low) is None:  # (exact: a sentence's edges are marks or the text's, so its match is the text's)
        return []
    out = []
    for a, b in sentence_spans(low):
        got = _sentence_site(low[a:b])
        if got is not None:
            out.append(RibSite(got[0], got[1], got[2], text[a:b], a, b, got[3]))
    return out


@lru_cache(maxsize=16384)
def _sentence_site(sent: str) -> tuple[str | None, frozenset[int], frozenset[str], frozenset[str]] | None:
    """One sentence of ``read_rib_sites`` (lower-cased): its (side, rib numbers, rib parts, kinds), None when it states
    no abnormal rib (its whole input is the sentence, so the memo is exact)."""
    if _RIB.search(sent) is None or _DENIED.search(sent) or _HEDGE.search(sent):
        return None
    kinds = frozenset(kind for kind, _c, pattern in RIB_KINDS if pattern.search(sent))
    if "lesion" in kinds and _LANDMARK.search(sent):
        kinds = kinds - {"lesion"}
    if not kinds:
        return None
    numbers: set[int] = set()
    for m in _RANGE.finditer(sent):
        first = _number(m.group(1))
        last = _number(m.group(2)) if m.group(2) else first
        numbers.update(range(min(first, last), max(first, last) + 1))
    parts = frozenset().union(*(_PARTS[int(str(m.lastgroup)[1:])][0] for m in _PART_RE.finditer(sent)))
    sides = {("left" if m.group(1) else "right") for m in _SIDE.finditer(sent)}
    side = next(iter(sides)) if len(sides) == 1 else None
    if numbers or parts:
        return side, frozenset(numbers), parts, kinds
    return None


@lru_cache(maxsize=16384)
def _sites(text: str) -> tuple[RibSite, ...]:
    """``read_rib_sites`` memoised per text (a pure reading of the text: reports, reference steps and chain lines
    repeat across a benchmark's samples)."""
    return tuple(read_rib_sites(text))


def evidence_rib_sites(texts: Sequence[tuple[str, str]]) -> list[tuple[RibSite, str, str]]:
    """The evidence's statements of broken ribs (``texts``: (source, text))."""
    return [(r, source, text) for source, text in texts if text for r in _sites(text)]


def _conflict(c: RibSite, ev: Sequence[tuple[RibSite, str, str]]) -> list[tuple[RibSite, str, str]]:
    """The evidence statements ``c`` disagrees with (empty when it agrees with any or none gives what it gives)."""
    near = [x for x in ev if (c.side is None or x[0].side is None or x[0].side == c.side) and c.kinds & x[0].kinds]
    numbered = [x for x in near if x[0].numbers]
    if c.numbers and numbered and not any(c.numbers & x[0].numbers for x in numbered):
        return numbered
    parted = [x for x in near if x[0].parts]
    if c.parts and parted and not any(c.parts & x[0].parts for x in parted):
        return parted
    return []


def rib_site_errors(steps: list[StepVerdict], evidence: Sequence[tuple[RibSite, str, str]]) -> list[StepVerdict]:
    """``steps`` with each statement of broken ribs whose numbers or arc parts the evidence gives only otherwise
    judged contradicted (``rib-site-conflict``)."""
    if not evidence:
        return steps
    out = steps
    for k, s in enumerate(steps):
        added = []
        for c in _sites(s.text):
            bad = _conflict(c, evidence)
            if not bad or role_at(s, c.start) not in _COUNTED:
                continue
            concept = _CONCEPT[min(c.kinds, key=_ORDER.__getitem__)]
            said = [f for f in s.findings if f.concept in (concept, "fracture") and c.start <= f.start < c.end]
            unit = said[0].unit if said else _UNIT_BASE + s.index
            name = concept.replace("_", " ")
            f = Finding(
                concept,
                name,
                "finding",
                Polarity.PRESENT,
                c.text,
                c.start,
                c.end,
                laterality=c.side,
                source="descriptor",
                unit=unit,
                role=role_at(s, c.start),
            )
            refs = tuple(
                SourcedFinding(
                    Finding(
                        concept,
                        name,
                        "finding",
                        Polarity.PRESENT,
                        x.text,
                        x.start,
                        x.end,
                        laterality=x.side,
                        source="descriptor",
                    ),
                    source,
                    text,
                )
                for x, source, text in bad[:MAX_EVIDENCE]
            )
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "rib-site-conflict", refs))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out
