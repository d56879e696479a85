"""How deep an endotracheal tube sits: a chain that calls a tube whose tip lies 1 cm above the carina well placed, or
one 5 cm above it too low.

"Above the carina" was the shared vocabulary's word for a well-placed tube (``answers/states.tsv``) at any distance,
so a report's "tip 1 cm above the carina; withdraw by 3 cm" denied the malposition the faithful chain names ("too
low") and supported the chain that calls the same tube satisfactory (verr16, issue #8). Where the tube lies is
``positions.py``'s (the trachea, a bronchus, the oesophagus); how far above the carina its tip sits is this module's.

A sentence naming or referring to the tube (``devices.py``) may give its depth as a distance ("4 cm above the
carina", "8 cm from the carina"), as a judgement ("too low", "well placed", "too high") or as what should be done
("should be withdrawn", "needs advancing"). A distance decides where it is clear: under 2 cm is low, 3 to 6 cm
well placed, over 7 cm high; 2 to 3 cm and 6 to 7 cm decide nothing (reports and chains differ on where the edge
lies). A depth of an earlier study ("5 cm above the carina yesterday", ``prior_state.past_spans``), a denied, hedged
or conditional one ("not too low", "if it were too high") states nothing.

**A chain's depth conflicts** when the evidence (report and reference steps) states a depth of the tube and none
of the evidence's depths is the chain's. The step is then contradicted (``airway-depth-conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.devices import CONCEPT, SENTENCE, devices_in, normalise, role_at
from medstep.verify.findings import Finding, Polarity
from medstep.verify.prior_state import past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scope_words import DISTANCE_NUMBER, HIGH, LOW, PLACED, depth_of
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

_AIRWAY = "airway"
# a distance from the carina: group 1 the number, group 2 the unit
DISTANCE = lazy_compile(r"\b" + DISTANCE_NUMBER + r" (?:above|from|proximal to|superior to|short of) (?:the )?"
                        r"(?:level of the )?(?:carina|where the (?:windpipe|trachea) (?:splits|divides))\b")
_SITS = r"(?:is|are|sits|lies|lying|sitting|positioned|placed|seated|rather|slightly|somewhat|a little|a bit) "
_POSITION = r"(?:satisfactory|appropriate|acceptable|adequate|optimal|good|standard|expected|correct|ideal)"
_WORDS = (
    (LOW, lazy_compile(r"\b(?:too (?:low|deep|far(?: down| in)?)|" + _SITS + r"(?:low|deep)|"
                       r"low(?: |-)?(?:lying|sitting|positioned)|at (?:the level of )?the carina|(?:abutt?\w*|touch\w*|"
                       r"close to|near|right at|just at) (?:the )?carina|(?:should|must|needs?|needing|to) (?:be )?"
                       r"(?:withdrawn|withdraw\w*|pulled back|pull\w* back|retract\w*))\b")),
    (HIGH, lazy_compile(r"\b(?:too (?:high|shallow)|" + _SITS + r"(?:high|shallow)|"
                        r"high(?: |-)?(?:lying|riding|sitting|positioned)|(?:should|must|needs?|needing|to) (?:be )?"
                        r"(?:advanced|advanc\w*|pushed (?:in|further)))\b")),
    (PLACED, lazy_compile(r"\b(?:(?:satisfactor(?:y|ily)|appropriately|adequately|optimally|correctly|well|"
                          r"acceptably|ideally) (?:positioned|placed|sited|situated)|(?:in )?(?:an? |the )?"
                          + _POSITION + r" position|" + _SITS + r"(?:satisfactory|acceptable|adequate|fine|ok|okay)|"
                          r"(?:no|not) (?:need|needing|requiring|required) (?:for |to )?(?:any )?(?:be )?"
                          r"(?:repositioning|repositioned|reposition|adjustment|adjusting|adjust|withdraw\w*|advanc\w*)|"
                          r"needs? no (?:repositioning|adjustment))\b")),
)
_ALL_WORDS: tuple[tuple[str | None, re.Pattern[str]], ...] = ((None, DISTANCE), *_WORDS)
_PLACED_WORDS: tuple[tuple[str | None, re.Pattern[str]], ...] = tuple(w for w in _WORDS if w[0] == PLACED)
# every device of the film named together ("all lines and tubes", "both tubes"): a judgement of them all
_EVERY_DEVICE = lazy_compile(r"\b(?:all|both) (?:the |of the )?(?:support )?(?:tubes|lines|devices|catheters)\b|"
                             r"\b(?:tubes|lines) and (?:tubes|lines)\b")
# a negation or hedge in the clause before a word: the word states nothing ("not too low", "may be high", "if it
# were too deep"); "no need for repositioning" is a judgement of its own (``_WORDS``), read before this test
_DENIED = lazy_compile(negation.CONTRACTION + "|" + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER)
                       + "|" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.LIKELIHOOD, hedges.ASKING))
_CUT = lazy_compile(r",|:|\(|\)|\b(?:but|and|while|whereas|although|though|which|so)\b")


@dataclass(frozen=True, slots=True)
class Depth:
    """A depth a text states of the endotracheal tube: low, well placed or high, and the words."""

    depth: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=16384)  # (a pure reading of a text; reports and chains repeat sentences)
def read_depths(text: str, last: str | None = None) -> tuple[tuple[Depth, ...], str | None]:
    """The depths ``text`` states of the endotracheal tube, and the family of the last device it names (carried
    into the next text so that "Its tip ..." finds its tube)."""
    low = normalise(text)
    past = past_spans(text)
    out: list[Depth] = []
    for sm in SENTENCE.finditer(low):
        a, b = sm.span()
        sent = low[a:b]
        devices = devices_in(sent, last)
        words = _ALL_WORDS
        if devices is None:
            last = None
            if _EVERY_DEVICE.search(sent) is None:
                continue
            devices, words = [(-1, -1, _AIRWAY)], _PLACED_WORDS  # "all tubes and lines are satisfactory": this one too
        else:
            last = devices[-1][2]
        if not any(d[2] == _AIRWAY for d in devices):
            continue
        for depth, pattern in words:
            for m in pattern.finditer(sent):
                s, e = m.span()
                if any(p <= a + s < q for p, q in past) or _owner(sent, devices, s) != _AIRWAY:
                    continue
                got = depth_of(m.group(1), m.group(2)) if depth is None else depth
                if got is None or _stated_not(sent, s):
                    continue
                out.append(Depth(got, text[a + s:a + e], a + s, a + e))
    return tuple(out), last


def _owner(sent: str, devices: list[tuple[int, int, str]], s: int) -> str | None:
    """The family of the device a depth word speaks of: the device named last before it in the sentence, else the
    first named after it; a word after another device's name ("the NG tube should be advanced") is that one's."""
    before = [d for d in devices if d[1] <= s]
    return before[-1][2] if before else devices[0][2]


def _stated_not(sent: str, s: int) -> bool:
    cuts = [m.end() for m in _CUT.finditer(sent, 0, s)]
    return _DENIED.search(sent, cuts[-1] if cuts else 0, s) is not None


def evidence_depths(texts: Sequence[tuple[str, str]]) -> list[tuple[Depth, str, str]]:
    """The tube depths the evidence states (``texts``: (source, text) pairs, the report then each reference step,
    read in order)."""
    out: list[tuple[Depth, str, str]] = []
    last = None
    for source, text in texts:
        if not text:
            continue
        depths, last = read_depths(text, last)
        out += [(d, source, text) for d in depths]
    return out


_COUNTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.CONCLUSION})
_UNIT_BASE = 3_000_000  # claim units of depth claims made in a step with no tube finding


def depth_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Depth, str, str]]) -> list[StepVerdict]:
    """``steps`` with each step that gives the tube a depth the evidence does not judged contradicted
    (``airway-depth-conflict``; see the module docstring)."""
    if not evidence:
        return steps
    said = {d.depth for d, _s, _t in evidence}
    out = steps
    last: str | None = None
    cid = CONCEPT[_AIRWAY]
    for k, s in enumerate(steps):
        depths, last = read_depths(s.text, last)
        bad = [d for d in depths if d.depth not in said and role_at(s, d.start) in _COUNTED]
        if not bad:
            continue
        d = bad[0]
        unit = next((f.unit for f in s.findings if f.concept in (cid, "cardiac_device_malposition")),
                    _UNIT_BASE + s.index)
        f = Finding(cid, "endotracheal tube", "device", Polarity.PRESENT, d.text, d.start, d.end, severity=d.depth,
                    source="position", unit=unit, role=role_at(s, d.start))
        refs = tuple(SourcedFinding(Finding(cid, "endotracheal tube", "device", Polarity.PRESENT, x.text, x.start,
                                            x.end, severity=x.depth, source="position"), source, text)
                     for x, source, text in evidence[:MAX_EVIDENCE])
        if out is steps:
            out = list(steps)
        out[k] = s.with_contradictions([FindingVerdict(f, Verdict.CONTRADICTED, False, "airway-depth-conflict", refs)])
    return out

