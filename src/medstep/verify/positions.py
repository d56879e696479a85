"""Where a tube, line, drain or lead lies: a chain that places a device elsewhere than the evidence does.

A device is a concept ("endotracheal tube", "central line"), but where its tip lies was no attribute of it:
"the endotracheal tube tip lies in the right main bronchus" against "4 cm above the carina", "the nasogastric
tube is coiled in the oesophagus" against "its tip in the stomach", "the central line ends in the right
atrium" against "in the lower superior vena cava", or a line's course "continues down into the mediastinum"
against one that "turns laterally" into the subclavian vein, all scored as the faithful chain (retired blind
set 5, ``onerror_dev3_verify.jsonl``). A misplaced device is among the most actionable errors a chest film
shows, so this module reads positions and compares them.

Each position phrase names the places the device may occupy (``position_places._PLACES``): "in the stomach" is the stomach,
below or above the diaphragm (a hiatus hernia holds the stomach in the chest); "below the diaphragm" is the
stomach, duodenum or jejunum; "the cavoatrial junction" is the lower superior vena cava or the top of the
right atrium. A phrase is the position of the device named nearest before it in its sentence (else of the
first one named after it: "the right internal jugular central line"), or, in a sentence that names none but
refers to one ("Its tip ...", "it continues ...", "the line"), of the device the sentence before named.

**A claimed position conflicts** when no place of it is a place of any position the evidence (report and
reference steps) states for a device of the same family (airway tube, enteric tube, venous line, pacing
lead and generator, pleural drain). Evidence positions that only widen a more specific one ("in the neck"
beside "the right internal jugular vein") are left out, so the specific one decides. Only stated positions
count: a negated one ("does not enter the superior vena cava", "instead of continuing into the
mediastinum", "rather than the oesophagus"), one after a recommendation or hedge ("should be withdrawn to
lie in the SVC", "may be in the right atrium"), one of an earlier study ("whereas three months ago it lay at the
right ventricular apex", ``prior_state.past_spans``: it supported a chain keeping the retracted lead at the apex,
fresh13) and, in the chain, one in a sentence whose role is not counted (a definition, a condition, an option
listing) is no position. The step is then contradicted
(``position-conflict``): a chain's device claim is judged like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.concepts import OTHER_SIDE
from medstep.lazyre import lazy_compile
from medstep.verify.devices import CONCEPT, devices_in, names_device_pieced, normalise, role_at
from medstep.verify.duty_turn import DUTY_END
from medstep.verify.findings import Finding, Polarity
from medstep.verify.memo import bounded_put
from medstep.verify.position_places import ARTERY, LEVELS, PLACE_RE
from medstep.verify.prior_state import past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scan import sentence_spans
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

# what ends a negation's or a recommendation's reach inside a sentence
_CLAUSE_CUT = lazy_compile(r",|:|\(|\)|\b(?:but|and|then|so|while|whereas|although|though|which|where)\b")
# (the negation words are answers/negation.py's; these add the ways a position is denied or left)
_NEGATION = lazy_compile(negation.CONTRACTION + "|" + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER,
                                                                negation.BEFORE)
                         + r"|\b(?:instead of|rather than|fails? to|failed to|away from|short of|exclud\w*|rul\w* out|"
                         r"avoid\w*|clear of|as opposed to|against)\b")
# a recommendation, a condition or a hedge: the positions after it in its sentence are not stated (the hedge words
# are answers/hedges.py's); a withdrawal already done ("the catheter has retracted and its tip lies in ...") states
# where the device is now
_NOT_STATED = lazy_compile(r"\b(?:an?|any) (?:correctly|appropriately|properly|normally|well|optimally|ideally) "
                           r"(?:placed|positioned|sited)\b|\b(?:ideally|normally|usually|typically|"
                           r"generally|recommend\w*|to lie|to sit|to be|needs? to|must|"
                           r"(?<!has )(?<!have )(?<!had )(?<!been )(?:withdraw|withdrawn|pull back|pulled back|retract|retracted)|"
                           r"expected to|ought|optimal\w*|or)\b|"
                           + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.LIKELIHOOD, hedges.ASKING,
                                        hedges.OBLIGATION))


_ANCHOR_CUT = lazy_compile(r",|:|\(|\)|\b(?:and|but|with|while|whereas|which|where|although|though|plus)\b")
_REANCHOR = lazy_compile(r"\b(?:its|it|tip|the (?:line|tube|catheter|leads?|drain))\b|^\s*(?:then\s+)?(?:ends?|terminates?|"
                         r"lies|sits|enters|passes|courses|runs|turns|continues|descends|ascends|crosses|curls|coils|"
                         r"projects|extends|reaches|loops|is|goes)\b")
_APPOSITION = lazy_compile(r"\s*(?:(?:just|about|approximately|roughly|some|around|at|in|within|into|over|below|above|"
                           r"beyond|under|near)\b|\d)")
# the verb nearest before a position says whether it is where the device ends or a vein it runs through
_VESSEL = frozenset({"venous", "lead", "shunt"})  # (a shunt runs through the brain to its ventricle)
# a place named as a landmark the device is beside, short of or beyond, not as where it is
_RELATIVE = lazy_compile(r"\b(?:above|below|beyond|near|nearby|close to|proximal to|distal to|short of|towards?|"
                         r"approaching|adjacent to|next to|level of|junction (?:of|with)|entrance to|origin of|opposite|"
                         r"lateral to|medial to|beside|from|out of|outside|behind|anterior to|posterior to)"
                         r"(?: the)?\s*$")
_CUE = lazy_compile(r"\b(?P<tip>tips?|ends?|ending|ended|terminat\w*|coil\w*|curl\w*|lodged|reach\w*)\b|"
                    r"\b(?P<weak>lies|lie|lying|sits?|sitting|project\w*|located|positioned|placed|is|are|was)\b|"
                    r"\b(?P<course>pass\w*|cours\w*|"
                    r"travers\w*|runs?|running|ran|descend\w*|through|via|cross\w*|along|enter\w*|continu\w*|turns?|"
                    r"turned|turning|ascend\w*|goes|going|went|gone|extend\w*|loop\w*|follow\w*|heads?|heading|"
                    r"directed)\b")
TIP, COURSE, SITE = "tip", "course", "site"


@dataclass(frozen=True, slots=True)
class Position:
    """A device's position as a text states or denies it: its family, the places it allows, whether it is
    the tip, a vein or airway the device runs through (course) or the site named with the device ("right
    internal jugular line"), and the words."""

    family: str
    places: frozenset[str]
    kind: str
    negated: bool
    text: str
    start: int
    end: int


# read_positions per (text, last, lenient), oldest dropped first: a benchmark's reports and reference steps come
# back across its questions and samples, and chains repeat device lines ("The endotracheal tube tip lies above the
# carina."); the reading depends on nothing else (module tables), so a hit is exact
_READ_MEMO: dict[tuple[str, str | None, bool], tuple[tuple[Position, ...], str | None]] = {}
_READ_LIMIT = 16384


def read_positions(text: str, last: str | None = None, lenient: bool = False) -> tuple[list[Position], str | None]:
    """The device positions ``text`` states or denies and the family of the last device it names (memoised:
    ``_read_positions``). ``lenient`` (the evidence) with no device carried in: a text whose words name no
    device at all is read as stating nothing (one search, not one per sentence)."""
    key = (text, last, lenient)
    hit = _READ_MEMO.get(key)
    if hit is None:
        positions: list[Position] = []
        after = None
        if not lenient or last is not None or names_device_pieced(normalise(text)):
            positions, after = _read_positions(text, last, lenient)
            past = past_spans(text) if positions else []
            if past:  # "three months ago it lay at the right ventricular apex": where it was, not where it is
                positions = [p for p in positions if not any(a <= p.start < b for a, b in past)]
        hit = (tuple(positions), after)
        bounded_put(_READ_MEMO, key, hit, _READ_LIMIT)
    return list(hit[0]), hit[1]


def _read_positions(text: str, last: str | None, lenient: bool) -> tuple[list[Position], str | None]:
    """The device positions ``text`` states or denies, and the family of the last device it names or refers
    to (``last``: the one the text before named; carried into the next text). ``lenient`` (the evidence): a
    clause naming no device speaks of the sentence's device even when it does not pick it up again, and a
    landmark ("angled towards the right main bronchus") counts as a place: reading more of the evidence can
    only make fewer chain positions conflict."""
    low = normalise(text)
    out: list[Position] = []
    for a, b in sentence_spans(low):
        got = _sentence_positions(low[a:b], text[a:b], last, lenient)
        if got is None:
            last = None  # the chain of reference is broken: "It" in the next sentence is something else
            continue
        found, last = got
        out += [Position(p.family, p.places, p.kind, p.negated, p.text, p.start + a, p.end + a) for p in found] \
            if a else found
    return out, last


@lru_cache(maxsize=16384)
def _sentence_positions(sent: str, words: str, last: str | None, lenient: bool
                        ) -> tuple[tuple[Position, ...], str] | None:
    """One sentence's positions (``sent``: ``normalise``d, ``words``: as written; spans from its start) and its last
    device's family, given the one carried in; None when it names and refers to none. Memoised: it reads nothing
    else, and new reports are made of sentences seen before ("The endotracheal tube tip lies above the carina.")."""
    devices = devices_in(sent, last)
    if devices is None:
        return None
    out: list[Position] = []
    stated = _stated(sent)
    for fam in dict.fromkeys(d[2] for d in devices):  # (in text order: deterministic)
        regex, places = PLACE_RE[fam]
        for pm in (m for a, b in stated for m in regex.finditer(sent, a, b)):
            s, e = pm.span()
            owned = _owner(sent, devices, s, e, lenient)
            if owned is None or owned[0] != fam or _inside_device(devices, s, e):
                continue
            _fam, kind, anchor = owned
            got, own = places[str(pm.lastgroup)]
            # a landmark, not the place: "just above the right atrium", "short of the stomach" (in the evidence a
            # place all the same, but for an artery: a vein's line is "lateral to the carotid artery", never in it)
            if (not lenient or got is ARTERY) and _RELATIVE.search(sent, max(0, s - 24), s) is not None:
                continue
            if kind is None:
                kind = _kind(sent, s, fam)
            if own is not None:  # a side or modifier picks the places: its own groups, not the alternation's
                own_m = own.fullmatch(sent, s, e)
                allowed = got(own_m) if own_m is not None and callable(got) else frozenset()
            elif isinstance(got, frozenset):
                allowed = got
            else:
                continue
            negated = kind is not SITE and _negated(sent, anchor, s)
            out.append(Position(fam, allowed, kind, negated, words[s:e], s, e))
    return tuple(out), devices[-1][2]


def _stated(sent: str) -> list[tuple[int, int]]:
    """The parts of ``sent`` that state positions: up to a recommendation, condition or hedge (``_NOT_STATED``), and
    again after a turn to what is (``DUTY_END``: "The line should end in the SVC but it ends in the right atrium")."""
    out: list[tuple[int, int]] = []
    at = 0
    while True:
        stop = _NOT_STATED.search(sent, at)
        if stop is None:
            out.append((at, len(sent)))
            return out
        out.append((at, stop.start()))
        turn = DUTY_END.search(sent, stop.end())
        if turn is None:
            return out
        at = turn.end()


def _owner(sent: str, devices: list[tuple[int, int, str]], s: int, e: int, lenient: bool = False
           ) -> tuple[str, str | None, int] | None:
    """The family of the device a position phrase belongs to, the phrase's kind when its place says it, and
    where the device's words end; None when the phrase speaks of no device.

    Within the phrase's clause (cut at commas, "and", "with", ...), the device named last before it owns it,
    else the one named right after it (the phrase names that device's site: "the right internal jugular
    line"). A clause naming no device continues the sentence's subject, the device named first, only when it
    picks it up again ("... and its tip lies", "... and then turns up into", "..., in the right subclavian
    vein", "..., 3 cm below"): in "Right drain in place, with a pneumothorax at the apex" the apex is the
    pneumothorax's, and in "The NG tube lies posterior to the ETT and ends in the stomach" the stomach is the
    NG tube's."""
    cut = None
    for cut in _ANCHOR_CUT.finditer(sent, 0, s):
        pass
    begin = cut.end() if cut is not None else 0
    owner = None
    for d in devices:
        if begin <= d[0] and d[1] <= s:
            owner = d
    if owner is not None:
        return owner[2], None, owner[1]
    nxt = next((d for d in devices if d[0] >= e), None)
    if nxt is not None and _ANCHOR_CUT.search(sent, e, nxt[0]) is None:
        return nxt[2], SITE, nxt[0]
    subject = devices[0]
    if subject[0] >= s:
        return None
    if cut is not None and not lenient:
        rest = sent[begin:s]
        if _REANCHOR.search(rest) is None and (cut.group() != "," or _APPOSITION.match(rest) is None):
            return None
    return subject[2], None, max(subject[1], 0)


def _kind(sent: str, s: int, fam: str) -> str:
    """Tip or course, from the verbs before the phrase. A line or lead "lies in" / "is seen in" the veins it
    runs through as well as where it ends, so only an explicit tip word makes its position a tip."""
    vessel = fam in _VESSEL
    kind = None if vessel else TIP
    for m in _CUE.finditer(sent, 0, s):
        group = m.lastgroup
        if group == "course":
            kind = COURSE
        elif group == "tip" or not vessel or kind is TIP:
            kind = TIP
    return kind or COURSE


def _inside_device(devices: list[tuple[int, int, str]], s: int, e: int) -> bool:
    return any(d[0] <= s and e <= d[1] for d in devices)


def _negated(sent: str, anchor: int, s: int) -> bool:
    """Whether a negation governs the phrase at ``s``: one in the same clause before it, after the device's
    words (``anchor``): "no pneumothorax after right IJ line insertion" denies no vein of the line."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sent, anchor, s)]
    begin = cuts[-1] if cuts else anchor
    return _NEGATION.search(sent, begin, s) is not None


@dataclass(slots=True)
class FamilyEvidence:
    """What the evidence says of one device family's position: the places it states (specific ones only),
    whether it states a tip, the places it denies, and the positions themselves (to show)."""

    stated: frozenset[str]
    has_tip: bool
    denied: frozenset[str]
    shown: list[tuple[Position, str, str]]  # (position, source, source text)
    tips: frozenset[str] = frozenset()  # the places of its stated tips (a course through the SVC is no tip there)


def evidence_positions(texts: Sequence[tuple[str, str]]) -> dict[str, FamilyEvidence]:
    """Per device family, the positions the evidence states and denies (``texts``: (source, text) pairs:
    the report, then each reference step, read in order so that "Its tip ..." finds its device). A stated
    position that only widens a more specific one of its family is left out."""
    found: dict[str, list[tuple[Position, str, str]]] = {}
    last = None
    for source, text in texts:
        if not text:
            continue
        positions, last = read_positions(text, last, lenient=True)  # (a text naming no device: nothing, None)
        for p in positions:
            found.setdefault(p.family, []).append((p, source, text))
    out = {}
    for fam, items in found.items():
        sets = {p.places for p, _s, _t in items if not p.negated}
        kept = [x for x in items if not x[0].negated and not any(o < x[0].places for o in sets)]
        stated = frozenset().union(*(p.places for p, _s, _t in kept))
        denied = frozenset().union(*(p.places for p, _s, _t in items if p.negated)) - stated
        has_tip = any(p.kind == TIP for p, _s, _t in items if not p.negated)  # ("in the neck": a tip, if widened)
        tips = frozenset().union(*(p.places for p, _s, _t in kept if p.kind == TIP))
        out[fam] = FamilyEvidence(stated, has_tip, denied,
                                  kept or [x for x in items if x[0].negated], tips)
    return out




def _mirror(places: frozenset[str]) -> frozenset[str] | None:
    """The same places on the other side, when every place of ``places`` is on one side; else None."""
    sides = {p.split(" ", 1)[0] for p in places}
    if len(sides) != 1 or next(iter(sides)) not in OTHER_SIDE:
        return None
    other = OTHER_SIDE[next(iter(sides))]
    return frozenset(f"{other} {p.split(' ', 1)[1]}" for p in places)


def _on_axis(ev: FamilyEvidence, levels: bool) -> FamilyEvidence:
    """The evidence's places of one axis: vertebral levels (``position_places.LEVELS``, an umbilical catheter's tip
    "at T9") or organs and vessels ("at the IVC/right atrial junction"). A level and an organ are no two places of
    one axis: a tip "at T9" is not contradicted by a report naming only its vessel, nor the reverse (lane change50)."""
    def keep(places: frozenset[str]) -> frozenset[str]:
        return places & LEVELS if levels else places - LEVELS
    return FamilyEvidence(keep(ev.stated), ev.has_tip and bool(keep(ev.tips) or keep(ev.stated)), keep(ev.denied),
                          ev.shown, keep(ev.tips))


def conflict(p: Position, ev: FamilyEvidence) -> str | None:
    """Why a stated chain position contradicts the evidence of its family, or None: a place the evidence
    denies and never states (``denied``), the other side of a sided vein or bronchus the evidence names
    (``side``), or a tip where no stated position of the evidence lies (``tip``)."""
    if p.places and (p.places & LEVELS or ev.stated & LEVELS):
        ev = _on_axis(ev, p.places <= LEVELS)
    if p.places & ev.stated and not (p.kind == TIP and ev.tips and p.family != "airway"):
        return None
    if p.kind == TIP and ev.tips and p.family != "airway":
        # a tip against the evidence's tips only: "its tip lies in the lower SVC" against a line that "courses
        # through the superior vena cava" with "its tip over the right atrium" (fresh14, verr15)
        return None if p.places & ev.tips else "tip"
    # an empty ``places`` (a phrase naming no place) is a subset of every set: it conflicts with nothing
    if p.places and ev.denied and p.places <= ev.denied:
        return "denied"
    if p.places and p.places <= ARTERY and ev.stated and not ev.stated & ARTERY:
        return "artery"  # a venous line in an artery, where the evidence has it in veins only (a course is enough)
    mirror = _mirror(p.places)
    if mirror is not None and mirror & ev.stated:
        return "side"
    if p.kind == TIP and ev.has_tip and ev.stated and p.family != "airway":
        # (an endotracheal tube's tip against its evidence is read by the lexicon's malposition words already,
        # "in the right main bronchus", "above the thoracic inlet" against "4 cm above the carina"; reading it
        # here too would count one statement twice, and with cruder negation than the extractor's)
        return "tip"
    return None


_MALPOSITION = "cardiac_device_malposition"
_UNIT_BASE = 2_000_000  # claim units of position claims made in a step with no device finding
_COUNTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.CONCLUSION, SentenceRole.NEGATED})


def position_errors(steps: list[StepVerdict], evidence: dict[str, FamilyEvidence]) -> list[StepVerdict]:
    """``steps`` with each step that places a device where the evidence does not (``conflict``) judged
    contradicted (``position-conflict``; see the module docstring)."""
    if not evidence:
        return steps
    out = steps
    last: str | None = None
    for k, s in enumerate(steps):
        positions, last = read_positions(s.text, last)
        bad = []
        for p in positions:
            ev = evidence.get(p.family)
            if ev is None or p.negated or conflict(p, ev) is None or role_at(s, p.start) not in _COUNTED:
                continue
            bad.append((p, ev))
        if not bad:
            continue
        added = []
        for p, ev in bad:
            cid = CONCEPT[p.family]
            name = cid.replace("_", " ")
            # one statement, one unit: the device's own claim, or the malposition the step already states wrongly
            unit = next((f.unit for f, v in zip(s.findings, s.verdicts) if f.concept in (cid, _MALPOSITION)
                         and v.verdict is Verdict.CONTRADICTED), None)
            if unit is None:
                unit = next((f.unit for f in s.findings if f.concept == cid), _UNIT_BASE + s.index)
            f = Finding(cid, name, "device", Polarity.PRESENT, p.text, p.start, p.end, location=p.text.lower(),
                        source="position", unit=unit, role=role_at(s, p.start))
            refs = tuple(SourcedFinding(Finding(cid, name, "device", Polarity.ABSENT if q.negated else Polarity.PRESENT,
                                                q.text, q.start, q.end, location=q.text.lower(), source="position"),
                                        source, text) for q, source, text in ev.shown[:MAX_EVIDENCE])
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "position-conflict", refs))
        if out is steps:
            out = list(steps)
        out[k] = s.with_contradictions(added)
    return out
