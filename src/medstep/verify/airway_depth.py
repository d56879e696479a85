"""How deep a device sits: a chain that calls a tube whose tip lies 1 cm above the carina well placed, one 5 cm above
it too low, or says "no repositioning is needed" of a line the report says should be withdrawn.

"Above the carina" was the shared vocabulary's word for a well-placed tube (``answers/states.tsv``) at any distance,
so a report's "tip 1 cm above the carina; withdraw by 3 cm" denied the malposition the faithful chain names ("too
low") and supported the chain that calls the same tube satisfactory (verr16, issue #8). Where a device lies is
``positions.py``'s (the trachea, a bronchus, the atrium); how far in it sits, and what should be done with it, is
this module's.

A sentence naming or referring to a device (``devices.py``; a sentence naming none that says only what should be
done, "Withdrawal by 4 cm is recommended.", "No repositioning is needed.", speaks of the device the sentence before
named) may say it is too far in ("should be withdrawn", "too deep"), not far enough ("needs advancing") or well
placed ("satisfactory position", "no repositioning is needed"). An endotracheal tube also has its depth words ("too
low", "high-riding", "at the carina") and its distance: under 2 cm above the carina is low, 3 to 6 cm well placed,
over 7 cm high; 2 to 3 cm and 6 to 7 cm decide nothing (reports and chains differ on where the edge lies). "All
tubes and lines are satisfactory" calls the tube well placed. A depth of an earlier study ("5 cm above the carina
yesterday", ``prior_state.past_spans``), a denied, hedged or conditional one ("not too low", "if it were too high")
states nothing.

An endotracheal tube's tip also lies at a level: in the trachea (any distance above the carina) or in a main bronchus
("in the right main bronchus", "below the carina", "endobronchial"). The two are another axis than the depth: a
report's "tip 1 cm above the carina" and a chain's "the ETT is in the right main bronchus" both say the tube is too
low, and both read as a malposition, yet they place the tip on two sides of the carina (issue #8). Each axis is judged
apart: against a report's bronchus a chain's "too deep" states no level and agrees (its "well placed" is the
malposition's denial, judged there). A distance the tube should be moved to ("withdraw to 4 cm above the carina")
places no tip.

**A chain's depth conflicts** when the evidence (report and reference steps) states a depth of a device of the same
family on the same axis (depth, or level) and none of the evidence's depths of it on that axis is the chain's. The step
is then contradicted (``airway-depth-conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.scan import sentence_spans
from medstep.verify.devices import CONCEPT, OTHER_DEVICE, devices_in, normalise, role_at
from medstep.verify.findings import Finding, Polarity
from medstep.verify.prior_state import past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scope_words import DISTANCE_NUMBER, HIGH, LOW, PLACED, depth_of
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

_AIRWAY = "airway"
# a distance from the carina: group 1 the number, group 2 the unit; not one the tube should be moved to ("withdraw it
# to 4 cm above the carina": where the tip should go, not where it is)
_NOT_TARGET = r"(?<!\bto )(?<!\bto about )(?<!\bto lie )(?<!\bto sit )"
DISTANCE = lazy_compile(_NOT_TARGET + r"\b" + DISTANCE_NUMBER + r" (?:above|from|proximal to|superior to|short of) (?:the )?"
                        r"(?:level of the )?(?:carina|where the (?:windpipe|trachea) (?:splits|divides))\b")
_SITS = r"(?:is|are|sits|lies|lying|sitting|positioned|placed|seated|rather|slightly|somewhat|a little|a bit) "
_POSITION = r"(?:satisfactory|appropriate|acceptable|adequate|optimal|good|standard|expected|correct|ideal)"
_PLACED = lazy_compile(r"\b(?:(?:satisfactor(?:y|ily)|appropriately|adequately|optimally|correctly|well|"
                       r"acceptably|ideally) (?:positioned|placed|sited|situated)|(?:in )?(?:an? |the )?" + _POSITION
                       + r" position|" + _SITS + r"(?:satisfactory|acceptable|adequate|fine|ok|okay)|"
                       r"(?:no|not) (?:need|needing|requiring|required) (?:for |to )?(?:any )?(?:be )?"
                       r"(?:repositioning|repositioned|reposition|adjustment|adjusting|adjust|withdraw\w*|advanc\w*)|"
                       r"needs? no (?:repositioning|adjustment)|no (?:repositioning|adjustment|intervention) (?:is |was )?"
                       r"(?:needed|required|necessary|indicated))\b")
_RECOMMENDED = r"(?:by [^.;,]*? )?(?:is |was )?(?:recommended|advised|suggested|required|needed)"
# what should be done with any device: pulled back (it went too far in), pushed further (not far enough), left
_ACTIONS = (
    (LOW, lazy_compile(r"\b(?:too (?:deep|far(?: down| in)?)|(?:should|must|needs?|needing|to) (?:be )?(?:withdrawn|"
                       r"withdraw\w*|pulled back|pull\w* back|retract\w*)|(?:withdrawal|retraction) " + _RECOMMENDED
                       + r"|recommend\w* (?:its )?(?:withdrawal|retraction|pulling back))\b")),
    (HIGH, lazy_compile(r"\b(?:(?:should|must|needs?|needing|to) (?:be )?(?:advanced|advanc\w*|pushed (?:in|further))|"
                        r"advancement " + _RECOMMENDED + r"|recommend\w* (?:its )?(?:advancement|advancing))\b")),
    (PLACED, _PLACED),
)
# an endotracheal tube's own depth words: low or high in the trachea, at the carina
_TUBE_WORDS = (
    (LOW, lazy_compile(r"\b(?:too low|" + _SITS + r"(?:low|deep)|low(?: |-)?(?:lying|sitting|positioned)|at (?:the "
                       r"level of )?the carina|(?:abutt?\w*|touch\w*|close to|near|right at|just at) (?:the )?carina)\b")),
    (HIGH, lazy_compile(r"\b(?:too (?:high|shallow)|" + _SITS + r"(?:high|shallow)|"
                        r"high(?: |-)?(?:lying|riding|sitting|positioned)|"
                        # a tip at the larynx: "just below the vocal cords", "at the level of the cricoid", "in the
                        # larynx" (its tip belongs a few centimetres above the carina, far below the cords)
                        r"(?:just|immediately) (?:below|beneath|under|past) (?:the )?(?:vocal (?:cords|folds)|glottis|"
                        r"larynx|cricoid)|(?:at|above) (?:the )?(?:level of the )?(?:vocal (?:cords|folds)|glottis|"
                        r"cricoid)|(?:in|within) the (?:larynx|hypopharynx|pharynx))\b")),
)
# the level of an endotracheal tube's tip: in the trachea or in a main bronchus
TRACHEAL, BRONCHIAL = "in the trachea", "in a bronchus"
_LEVELS = frozenset({TRACHEAL, BRONCHIAL})
_LEVEL_WORDS = (
    (BRONCHIAL, lazy_compile(r"\b(?:(?:in|into|within|enters?|entering|entered|down|extends? into|passes? into|"
                             r"passing into) (?:the )?(?:right|left|r|l)(?: |-)?(?:main(?: |-)?stem|main|principal)? "
                             r"?bronch(?:us|ial)|endobronchial|(?:below|beyond|past|distal to) (?:the )?(?:level of the )?"
                             r"carina)\b")),
    (TRACHEAL, lazy_compile(_NOT_TARGET + r"\b(?:" + DISTANCE_NUMBER + r" (?:above|proximal to|superior "
                            r"to|short of) (?:the )?(?:level of the )?carina|(?:in|within) the (?:mid |distal |lower |"
                            r"upper )?trachea)\b")),
)
_Words = tuple[tuple[str | None, re.Pattern[str]], ...]
_AIRWAY_WORDS: _Words = ((None, DISTANCE), *_LEVEL_WORDS, *_TUBE_WORDS, *_ACTIONS)
_OTHER_WORDS: _Words = _ACTIONS
_PLACED_WORDS: _Words = ((PLACED, _PLACED),)
# every device of the film named together ("all lines and tubes", "both tubes"): a judgement of them all
_EVERY_DEVICE = lazy_compile(r"\b(?:all|both) (?:the |of the )?(?:support )?(?:tubes|lines|devices|catheters)\b|"
                             r"\b(?:tubes|lines) and (?:tubes|lines)\b")
# a sentence that names no device but what should be done with one ("Withdrawal by 4 cm is recommended.", "No
# repositioning is needed."): of the device the sentence before named
_ACTION_ONLY = lazy_compile(r"\b(?:repositioning|reposition|withdrawal|withdrawn|withdraw|advancement|adjustment|"
                            r"retraction)\b")
# a negation or hedge in the clause before a word: the word states nothing ("not too low", "may be high", "if it
# were too deep"); "no need for repositioning" is a judgement of its own (``_WORDS``), read before this test
_DENIED = lazy_compile(negation.CONTRACTION + "|" + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER)
                       + "|" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.LIKELIHOOD, hedges.ASKING))
_CUT = lazy_compile(r",|:|\(|\)|" + hedges.words(hedges.TURN, ("and", "while", "whereas", "which", "so")))


@dataclass(frozen=True, slots=True)
class Depth:
    """A depth a text states of a device (``family``, ``devices.FAMILIES``): too far in (low), well placed or not far
    enough (high), and the words."""

    family: str
    depth: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=16384)  # (a pure reading of a text; reports and chains repeat sentences)
def read_depths(text: str, last: str | None = None) -> tuple[tuple[Depth, ...], str | None]:
    """The depths ``text`` states of each device it names or refers to (an endotracheal tube's depth words and
    distance, any device's "should be withdrawn / advanced" or "well placed"), and the family of the last device it
    names (carried into the next text so that "Its tip ..." finds its tube). Read sentence by sentence, each
    sentence's reading memoised (``_sentence_depths``: a new report is mostly sentences seen before)."""
    low = normalise(text)
    past = past_spans(text)
    out: list[Depth] = []
    for a, b in sentence_spans(low):
        rel = tuple([(p - a, q - a) for p, q in past if p <= b and q > a]) if past else ()
        found, last = _sentence_depths(low[a:b], text[a:b], last, rel)
        for fam, got, words, s, e in found:
            out.append(Depth(fam, got, words, a + s, a + e))
    return tuple(out), last


@lru_cache(maxsize=16384)
def _sentence_depths(sent: str, orig: str, last: str | None, past: tuple[tuple[int, int], ...]
                     ) -> tuple[tuple[tuple[str, str, str, int, int], ...], str | None]:
    """One sentence of ``read_depths``: ``sent`` (``normalise``d) and ``orig`` (its original words), the family
    carried in and the sentence's past spans (relative to it); (family, depth, words, start, end) per depth and the
    family carried out. Its whole input is its arguments, so the memo is exact."""
    devices = devices_in(sent, last)
    every = False
    if devices is None:
        if last is not None and _ACTION_ONLY.search(sent) is not None and OTHER_DEVICE.search(sent) is None:
            devices = [(-1, -1, last)]  # "Withdrawal by about 4 cm is recommended." after the line's sentence
        elif _EVERY_DEVICE.search(sent) is not None:
            devices, every = [(-1, -1, _AIRWAY)], True  # "all tubes and lines are satisfactory": this one too
        else:
            return (), None
    if not every:
        last = devices[-1][2]
    out: list[tuple[str, str, str, int, int]] = []
    for fam in dict.fromkeys(d[2] for d in devices):
        words = _PLACED_WORDS if every else _AIRWAY_WORDS if fam == _AIRWAY else _OTHER_WORDS
        for depth, pattern in words:
            for m in pattern.finditer(sent):
                s, e = m.span()
                if any(p <= s < q for p, q in past) or _owner(sent, devices, s) != fam:
                    continue
                got = depth_of(m.group(1), m.group(2)) if depth is None else depth
                if got is None or _stated_not(sent, s):
                    continue
                out.append((fam, got, orig[s:e], s, e))
    return tuple(out), last


def _conflicts(depth: str, said: set[str]) -> bool:
    """Whether a chain's ``depth`` disagrees with the evidence's depths ``said`` of the device: the evidence states one
    on the same axis (a level, or a depth) and none is the chain's."""
    level = depth in _LEVELS
    return depth not in said and any((x in _LEVELS) == level for x in said)


def _owner(sent: str, devices: list[tuple[int, int, str]], s: int) -> str | None:
    """The family of the device a depth word speaks of: the device named last before it in the sentence, else the
    first named after it; a word after another device's name ("the NG tube should be advanced") is that one's."""
    before = [d for d in devices if d[1] <= s]
    return before[-1][2] if before else devices[0][2]


def _stated_not(sent: str, s: int) -> bool:
    """Whether a negation or hedge in the clause before ``s`` keeps the depth word there from being stated."""
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
    """``steps`` with each step that gives a device a depth the evidence does not give it judged contradicted
    (``airway-depth-conflict``; see the module docstring)."""
    if not evidence:
        return steps
    said: dict[str, set[str]] = {}
    for d, _s, _t in evidence:
        said.setdefault(d.family, set()).add(d.depth)
    out = steps
    last: str | None = None
    for k, s in enumerate(steps):
        depths, last = read_depths(s.text, last)
        bad = [d for d in depths if d.family in said and _conflicts(d.depth, said[d.family])
               and role_at(s, d.start) in _COUNTED]
        if not bad:
            continue
        d = bad[0]
        cid = CONCEPT[d.family]
        name = cid.replace("_", " ")
        unit = next((f.unit for f in s.findings if f.concept in (cid, "cardiac_device_malposition")),
                    _UNIT_BASE + s.index)
        f = Finding(cid, name, "device", Polarity.PRESENT, d.text, d.start, d.end, location=d.depth,
                    source="position", unit=unit, role=role_at(s, d.start))
        refs = tuple(SourcedFinding(Finding(cid, name, "device", Polarity.PRESENT, x.text, x.start, x.end,
                                            location=x.depth, source="position"), source, text)
                     for x, source, text in evidence if x.family == d.family)[:MAX_EVIDENCE]
        if out is steps:
            out = list(steps)
        out[k] = s.with_contradictions([FindingVerdict(f, Verdict.CONTRADICTED, False, "airway-depth-conflict", refs)])
    return out
