"""Whether a tube, line, drain or pacing lead moved since an earlier study: a chain that keeps a device "in the same
position as three months ago" when the evidence says it withdrew, or calls a tube "unchanged in position from this
morning" when the evidence says it was not there this morning.

Where a device lies is compared by ``positions.py``; that it moved is no place. Fresh chains and retired blind 10
kept a retracted ventricular lead or a newly inserted nasogastric tube "unchanged" and scored as the faithful
chains, though a lead that withdrew from the apex is the finding that explains the loss of capture.

Each sentence naming or referring to a device (``devices.py``) may state one of three things of it: it moved
(``withdrawn``, ``retracted``, ``migrated``, ``has been advanced``: back out, further in or either), it is as before (``unchanged``, ``in the same
position``, ``remains``, ``has not moved``) or it is new (``new``, ``not present on the previous film``). A
statement belongs to the device named last before it in its sentence (else the first one). Pacing leads keep
which chamber they serve: the atrial lead may stay while the ventricular one withdraws. A recommendation or hedge
("should be withdrawn", "may have migrated") states nothing.

**A chain's statement conflicts** when the evidence (report and reference steps) says something of the same
device and only the opposite: as before against moved or new, moved against as before, new against as before,
further in against only back out and the reverse.
The step is then contradicted (``device-change-conflict``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.scan import sentence_spans
from medstep.verify.stop_index import Within
from medstep.verify.devices import BARE, BARE_WORD, CONCEPT, FAMILIES, devices_in, names_device, normalise, role_at
from medstep.verify.history import comparison_text
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.scope_words import EARLIER_TIME
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict

MOVED, AS_BEFORE, NEW = "moved", "as before", "new"
# a movement with its direction: further in or back out (verr16: a chain's "has been advanced" for a drain the
# report says was withdrawn agreed, both "moved")
MOVED_IN, MOVED_OUT = "moved in", "moved out"
_MOVES = frozenset({MOVED, MOVED_IN, MOVED_OUT})
# (the "as before" words first: "has not moved" is no movement)
_STATES = (
    (AS_BEFORE, lazy_compile(r"\b(?:unchanged|unaltered|(?:in|at) (?:the |an? )?(?:same|unchanged|stable|similar) "
                             r"position|same position|stable|remains?|remained|(?:has|have) not (?:moved|migrated|changed)|"
                             r"not (?:moved|migrated|displaced)|no (?:interval )?(?:change|movement|migration) (?:in|of)|"
                             r"as (?:before|previously)|again (?:seen|noted))\b")),
    (MOVED_OUT, lazy_compile(r"\b(?:withdrawn|retracted|pulled (?:back|out)|backed out|slipped (?:back|out))\b")),
    (MOVED_IN, lazy_compile(r"\b(?:(?:has|have|had|been|now) (?:been )?advanced|advanced further|pushed (?:in|further)|"
                            r"inserted further)\b")),
    (MOVED, lazy_compile(r"\b(?:migrated|slipped|dislodged|moved|(?:has|have|had|been|now) (?:been )?displaced)\b")),
)
# "new" said of the device: right before its words ("a new left arm PICC", "newly inserted right IJ line")
_NEW_BEFORE = lazy_compile(r"\b(?:new|newly (?:placed|inserted|sited)|interval (?:placement|insertion) of(?: an?| the)?)"
                           r"(?:\s+[a-z]+){0,3}\s+$")
# a denial naming an earlier time: the device was not there then ("was not present on the radiograph this morning")
_NOT_BEFORE = lazy_compile(r"\bnot (?:present|seen|visible|there)\b")
# a recommendation or a hedge before the word: it states nothing ("should be withdrawn", "may have migrated")
_NOT_STATED = lazy_compile(r"\b(?:should|must|needs?|recommend\w*|to be|would|could|ought|consider|if)\b|"
                           + hedges.words(hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.ASKING))
# a denial right before a movement word: "has not been withdrawn", "wasn't advanced" say no movement, but not that
# the device is as before either (it may be new), so the word states nothing
_DENIED_MOVE = lazy_compile(r"(?:\b(?:" + negation.alternation(negation.PLAIN, negation.NEVER) + r")|"
                            + negation.CONTRACTION + r")(?:\s+(?:yet|been|be|since|previously|further)){0,2}\s+$")
_LEAD_SIDE = lazy_compile(r"\b(?:(atrial|ra)|(ventricular|rv)|(generator))\b")
_COUNTED = frozenset({SentenceRole.OBSERVATION, SentenceRole.CONCLUSION})
_UNIT_BASE = 2_500_000


@dataclass(frozen=True, slots=True)
class DeviceChange:
    """What a text says of a device since an earlier study: its family, which one (a pacing lead's chamber, the
    generator; None when unsaid), the state and the words."""

    family: str
    which: str | None
    state: str
    text: str
    start: int
    end: int


def read_changes(text: str, last: tuple[str, str | None] | None = None, findings: Sequence[Finding] = ()
                 ) -> tuple[list[DeviceChange], tuple[str, str | None] | None]:
    """The device changes ``text`` states, and the device it named last ((family, which), carried into the next
    text so that "The tube was not present ..." after "The nasogastric tube ..." is that tube). ``findings``: the
    text's claims; a state word with a finding between it and its device, or one after it in its clause, is the
    finding's ("The tube is in the stomach and the effusion is unchanged"). Read sentence by sentence, each
    sentence's reading memoised (``_sentence_changes``: a new report is mostly sentences seen before)."""
    out, last, _named = kept_changes(text, last, last, findings)
    return out, last


def kept_changes(text: str, last: tuple[str, str | None] | None, named: tuple[str, str | None] | None,
                 findings: Sequence[Finding] = ()) -> tuple[list[DeviceChange], tuple[str, str | None] | None,
                                                            tuple[str, str | None] | None]:
    """``read_changes`` with ``named``, the device named last before ``text`` though sentences (or a chain's steps)
    naming none stand between, which a bare word of its family refers to (``_bare_of``); returned with it."""
    low = normalise(text)
    spots = [f.start for f in findings if f.category == "finding"]
    within = Within(spots)  # (the spots of each sentence by bisect: a scan per sentence was quadratic, issue #12)
    out: list[DeviceChange] = []
    for a, b in sentence_spans(low):
        rel = tuple([spots[i] - a for i in within.indices(a, b)]) if spots else ()
        if last is None and named is not None and _bare_of(low[a:b], named[0]):
            last = named
        found, last = _sentence_changes(low[a:b], text[a:b], last, rel)
        named = last or named
        for fam, which, state, words, s, e in found:
            out.append(DeviceChange(fam, which, state, words, a + s, a + e))
    return out, last, named


def _bare_of(sent: str, family: str) -> bool:
    """Whether ``sent`` names no device and refers by its bare word to one of ``family`` ("the tube" of an airway
    tube): the device named last in the text, though sentences naming none stand between ("ETT tip at T1, 8.5 cm above
    the carina. Cuff at C6-C7. Compared with the post-intubation film the tube position is unchanged": session 53,
    lane change53). A pronoun ("it", "its tip") refers only to the sentence right before (``devices_in``)."""
    bare = BARE_WORD.search(sent)
    return bare is not None and family in BARE[bare.group(1)] and not names_device(sent) \
        and _OWN_PLACE.match(sent, bare.end()) is None


# a bare device word that names its own place ("the tube in the stomach", "the line in the left arm") tells its device
# by it, not by the device named last (review of lane change53: "The endotracheal tube was advanced. The lungs are
# clear. The tube in the stomach is unchanged.")
_OWN_PLACE = lazy_compile(r"\s+(?:in|into|within|inside)\s+(?:the|a|an)\s")


@lru_cache(maxsize=16384)
def _sentence_changes(sent: str, orig: str, last: tuple[str, str | None] | None, spots: tuple[int, ...]
                      ) -> tuple[tuple[tuple[str, str | None, str, str, int, int], ...], tuple[str, str | None] | None]:
    """One sentence of ``read_changes``: ``sent`` (``normalise``d) and ``orig`` (its original words), the device
    carried in and the starts of the text's findings inside the sentence (relative to it); (family, which, state,
    words, start, end) per change and the device carried out. Its whole input is its arguments, so the memo is
    exact."""
    found = devices_in(sent, last[0] if last is not None else None)
    if found is None:
        return (), None
    bare = BARE_WORD.search(sent) if found[0][0] < 0 else None  # (a referent by its bare word is where that stands)
    named = [(s, e, fam, _which(sent[s:e])) if s >= 0 else (*(bare.span(1) if bare else (s, e)), fam, (
        last[1] if last is not None else None)) for s, e, fam in found]
    out: list[tuple[str, str | None, str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for state, pattern in _STATES:
        for m in pattern.finditer(sent):
            s, e = m.span()
            if any(x < e and s < y for x, y in taken) or _inside(named, s, e):
                continue
            taken.append((s, e))
            if _NOT_STATED.search(sent, max(0, s - 25), s) is not None or (
                    state in _MOVES and _DENIED_MOVE.search(sent, max(0, s - 30), s) is not None):
                continue
            owner = next((d for d in reversed(named) if d[1] <= s), named[0])
            if bare is not None and owner[0] > s:
                continue  # (a referent by its bare word owns no state said before it: "the same as before the tube")
            if _finding_between(spots, max(owner[1], 0), s) or _finding_after(sent, spots, 0, e) \
                    or _other_subject(sent, max(owner[1], 0), s):
                continue
            out.append((owner[2], owner[3], state, orig[s:e], s, e))
    for d in named:
        new = _NEW_BEFORE.search(sent, 0, d[0]) if d[0] > 0 else None
        if new is not None and _NOT_STATED.search(sent, max(0, new.start() - 25), new.start()) is None:
            out.append((d[2], d[3], NEW, orig[new.start():d[1]], new.start(), d[1]))
    for m in _NOT_BEFORE.finditer(sent):
        if EARLIER_TIME.match(sent, m.end()) and _NOT_STATED.search(sent, max(0, m.start() - 25), m.start()) is None:
            owner = next((d for d in reversed(named) if d[1] <= m.start()), named[0])
            out.append((owner[2], owner[3], NEW, orig[m.start():m.end()], m.start(), m.end()))
    return tuple(out), (named[-1][2], named[-1][3])


_CLAUSE_END = lazy_compile(r",|;|:|\(|\b(?:and|but|with|while|whereas|which)\b")


# what may stand between a clause cut and a state word that is still the device's: the device again, a verb
_SAME_SUBJECT = lazy_compile(r"\s*(?:(?:and|but|so|which|with)\s+)?(?:(?:it|its(?: tip)?|the tip|this|the (?:line|tube|catheter|"
                             r"leads?|wire|drain)(?: tip)?)\s+)?(?:(?:is|are|was|were|has|have|had|been|now|still|lies|"
                             r"sits|projects|appears|looks|seems|remains)\s+)*$")


def _other_subject(sent: str, a: int, s: int) -> bool:
    """Whether the state word at ``s`` stands in a clause after the device's (from ``a``) with a subject of its own
    ("The tube lies in the stomach and the heart is unchanged")."""
    cut = None
    for cut in _CLAUSE_END.finditer(sent, a, s):
        pass
    return cut is not None and _SAME_SUBJECT.match(sent, cut.end(), s) is None


def _finding_between(spots: Sequence[int], a: int, b: int) -> bool:
    return any(a <= x < b for x in spots)


def _finding_after(sent: str, spots: Sequence[int], a: int, e: int) -> bool:
    """Whether a finding follows the state word (ending at ``e`` in ``sent``, which starts at ``a``) in its clause."""
    cut = _CLAUSE_END.search(sent, e)
    end = a + (cut.start() if cut is not None else len(sent))
    return any(a + e <= x < end for x in spots)


def _which(words: str) -> str | None:
    m = _LEAD_SIDE.search(words)
    if m is None:
        return None
    return "atrial" if m.group(1) else "ventricular" if m.group(2) else "generator"


def _inside(named: list[tuple[int, int, str, str | None]], s: int, e: int) -> bool:
    return any(d[0] <= s and e <= d[1] for d in named)


def evidence_changes(texts: Sequence[tuple[str, str, Sequence[Finding]]],
                     read: Callable[[str, tuple[str, str | None] | None, Sequence[Finding]],
                                    tuple[Sequence[DeviceChange], tuple[str, str | None] | None]] = read_changes
                     ) -> list[tuple[DeviceChange, str, str]]:
    """The device changes the evidence states (``texts``: (source, text, its claims), the report then each
    reference step, read in order); ``read``: how a text is read (``read_changes`` or a memo of it)."""
    out: list[tuple[DeviceChange, str, str]] = []
    last = None
    for source, text, findings in texts:
        if not text:
            continue
        changes, last = read(text, last, findings)
        out += [(c, source, text) for c in changes]
        if source == "report":
            out += [(c, source, text) for c in absent_from_comparison(text)]
    return out


# a device the comparison section says the earlier study lacked: "(no tube in situ)", "before umbilical line insertion",
# "without lines or tubes" (the words of denial are answers/negation.py's)
_DEVICE_NOUN = r"\s+(tubes?|lines?|catheters?|leads?|drains?|devices?)\b"
# (the words between the denial and the device: none that starts another phrase, "no pneumothorax with a chest tube
# in situ" denies the pneumothorax; nor "new", "further": "no new lines" says they were there: review of lane change50)
_BETWEEN = (r"((?:\s+(?!(?:with|without|in|on|at|of|and|but|after|despite|plus|via|new|further|additional|other)\b)"
            r"[\w'-]+){0,4}?)")
_LACKED = lazy_compile(r"\b(?:" + "|".join((*negation.DENY, *negation.NONE))
                       + r")\b(?!\s+(?:new|further|additional|other)\b)"
                       + _BETWEEN + _DEVICE_NOUN
                       + r"|\bbefore\b((?:\s+[\w'-]+){0,4}?)" + _DEVICE_NOUN.replace("(tubes", "(?P<b>tubes")
                       + r"\s+(?:insertion|placement|was (?:inserted|placed|sited))")


def _several(report: str, earlier: str, family: str) -> bool:
    """Whether the report names two devices of ``family`` outside its comparison section (words neither of which
    holds the other: "picc" and "internal jugular line", not "picc" and "left picc line")."""
    rest = normalise(report.replace(earlier, " ")) if earlier else normalise(report)
    words = {rest[a:b] for a, b, f in (devices_in(rest, None) or ()) if a >= 0 and f == family}
    return any(not (w in o or o in w) for w in words for o in words)


@lru_cache(maxsize=4096)
def absent_from_comparison(report: str) -> tuple[DeviceChange, ...]:
    """The device families the report's comparison section (``history.comparison_text``) says the earlier study
    lacked, each as "new" (lane change50): a chain keeping such a device "in the same position as on the admission
    film" is wrong. A device named in the denial decides its family ("before umbilical venous catheter insertion");
    a bare word stands for its families (``devices.BARE``: "no tube" the airway, enteric and drain tubes), "devices"
    for all of them."""
    earlier = comparison_text(report)
    if not earlier:
        return ()
    low = normalise(earlier)
    base = max(report.find(earlier[:60]), 0)  # (the words shown as evidence, in the report's offsets)
    out: dict[str, DeviceChange] = {}
    for m in _LACKED.finditer(low):
        named = devices_in(low[m.start():m.end()], None)
        if named:
            # a device named as absent ("before left PICC line placement") is that one: a family of which the report
            # names two devices (a PICC and a right jugular line) is left unsaid (review of lane change50)
            fams = [f for _a, _b, f in named if not _several(report, earlier, f)]
        else:
            noun = m.group(2) or m.group("b")
            word = noun if noun == "leads" else noun.rstrip("s")
            fams = list(FAMILIES if word == "device" else BARE.get(word, ()))
        for f in fams:
            out.setdefault(f, DeviceChange(f, None, NEW, earlier[m.start():m.end()], base + m.start(), base + m.end()))
    return tuple(out[f] for f in sorted(out))


def _conflicts(state: str, said: set[str]) -> bool:
    if not said or state in said:
        return False
    if state == AS_BEFORE:
        return True  # the evidence says only moved or new
    if said == {AS_BEFORE}:
        return True
    # further in against only back out, or the reverse ("moved" and "migrated" say no direction)
    return state in (MOVED_IN, MOVED_OUT) and said == {MOVED_OUT if state == MOVED_IN else MOVED_IN}


def device_change_errors(steps: list[StepVerdict], evidence: Sequence[tuple[DeviceChange, str, str]]
                         ) -> list[StepVerdict]:
    """``steps`` with each step that says a device moved, stayed or is new where the evidence says only otherwise of
    that device judged contradicted (``device-change-conflict``; see the module docstring)."""
    if not evidence:
        return steps
    out = steps
    last = named = None
    for k, s in enumerate(steps):
        changes, last, named = kept_changes(s.text, last, named, s.findings)
        added = []
        for c in changes:
            ev = [x for x in evidence if x[0].family == c.family and (x[0].which is None or c.which is None
                                                                     or x[0].which == c.which)]
            if not _conflicts(c.state, {x[0].state for x in ev}) or role_at(s, c.start) not in _COUNTED:
                continue
            cid = CONCEPT[c.family]
            name = cid.replace("_", " ")
            # one statement, one unit: the device claim it is said of ("PICC", a narrower name of the family)
            devices = [f for f in s.findings if f.category == "device" and f.concept != "cardiac_device_malposition"]
            said = [f for f in devices if f.start <= c.start] or devices
            unit = said[-1].unit if said else _UNIT_BASE + s.index
            f = Finding(cid, name, "device", Polarity.PRESENT, c.text, c.start, c.end, change=c.state,
                        source="position", unit=unit, role=role_at(s, c.start))
            refs = tuple(SourcedFinding(Finding(cid, name, "device", Polarity.PRESENT, x.text, x.start, x.end,
                                                change=x.state, source="position"), source, text)
                         for x, source, text in ev[:MAX_EVIDENCE])
            added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "device-change-conflict", refs))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out
