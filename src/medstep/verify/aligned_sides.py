"""A side the chain gives a thing where the report sentence about the same thing gives it the other side: "enlarged
left supraclavicular and right axillary nodes" against "enlarged right supraclavicular and left axillary lymph nodes",
"The left femoral capital epiphysis is flattened" against "The right femoral capital epiphysis is ... flattened"
(issue #8, vloc25).

A finding of the lexicon takes its side through its claim and is judged by ``laterality-conflict``; a side written
inside a noun phrase no claim reaches ("left supraclavicular and right axillary lymph nodes": two sides, so the nodes
take none), or said of a thing the lexicon does not name, was compared by nothing, so a chain that swapped it scored
as the faithful one. Here a side names the word written right after it (its *key*: "left supraclavicular", "right
femoral", "bilateral pleural" both sides); a side after a comparison or a direction ("than the right", "to the left")
names none.

A report sentence sides the keys it places something at: none when it calls its things normal or opens with a denial
(``aligned_sites.report_sites`` reads it), none after a denial. A chain clause the step asserts, with a present finding,
an abnormal word or a device in it and no denial, normal word or hedge in its sentence, whose thing words
align with one report sentence (``MIN_SHARED`` at least, strictly more than any other; sides play no part), is
contradicted (``aligned-side-conflict``) where it sides a key with one side, that sentence sides the key with the
other side only, and no report sentence sides the key with the clause's side or both (a report that names the key on
both sides, in any sentence, leaves the clause's side unjudged).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.answers import hedges
from medstep.answers.sites import VESSEL_MODIFIERS
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_sites import MIN_SHARED, denied_at, placing
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text
from medstep.verify.verdicts import FindingVerdict

# (two sides of one key, "the left and right lobes", "right/left", name it on both sides)
_SIDED = lazy_compile(r"\b(left|right|bilateral|both)(?:\s*(?:,|/|&|\band\b|\bor\b)\s*(left|right))?(?:[\s-]+sided)?"
                      r"[\s-]+(?:(?:" + "|".join(VESSEL_MODIFIERS) + r")[\s-]+)?([a-z]{3,})")
# a side after a comparison or a direction names no thing of its own ("smaller than the right one", "displaced to
# the left", "compared with the left kidney") ...
_COMPARISON = r"(?:than|versus|vs|unlike|compared\s+(?:with|to)|relative\s+to|contralateral\s+to)"
_NOT_OWN = lazy_compile(r"\b(?:" + _COMPARISON + r"|to|towards|from)\s+(?:the\s+)?$")
# ... nor after a comparison and the compared thing's measurement ("19 mm versus 8 mm on the left", "19 mm, compared
# with 8 mm in the left one": the left node's, not the clause's; errdetect37 review)
_COMPARED = lazy_compile(r"\b" + _COMPARISON + r"(?:\s+(?:the\s+)?$|\b[^,;]{0,30}?\b(?:on|in)\s+(?:the\s+)?$)")
# words after a side that are no thing ("the left and right", "on the left is a ...", "the right one")
_NO_KEY = frozenset("""and or but nor of the a an in on at to by for from with without into onto than then is are
was were be been has have had side sides one ones half aspect also which that there this these those its their
""".split())

Side = tuple[str, str]  # (side, key word)

# a direction: where a thing lies or moves relative to another ("just to the left of the midline", "deviated to the
# right", "runs to the right of it", "a leftward shift"), one key for all (``DIRECTION``): the aligned sentence tells
# whose direction it is. A side after "to the" is a direction only when no thing word follows it ("extends to the right
# lower lobe" names a lobe): the next word is none of a thing's (``_NO_KEY``, ``_THEN``, an adverb) or "of".
DIRECTION = "#direction"
_DIRECTED = lazy_compile(r"\b(left|right)(?:wards?\b|ward(?=ly\b)|\s+of\b|(?=\s*(?:[.,;:)!?]|$))|\s+(?=[a-z]+))")
_TOWARDS = lazy_compile(r"\b(?:to|towards)\s+(?:the\s+)?$")
# (the midline a direction is told from is no normal statement, as "the trachea is midline" is: "just right of the
# midline" denies nothing)
_MIDLINE_OF = lazy_compile(r"\b(left|right)\s+of\s+(?:the\s+)?midline\b")
# (a direction in a sentence of what ought to be or would be is none claimed: "a correctly placed line should stay to
# the right of the spine")
_SUPPOSED = lazy_compile(r"\b(?:" + "|".join((*hedges.OBLIGATION, *hedges.CONDITION)) + r")\b")
_THEN = frozenset("""along across over under beyond behind through within just slightly side before after of""".split())
# (a side "of" a landmark other than the midline is where a thing lies beside that landmark, a key of its own: "the
# mass lies to the left of the trachea, displacing it to the right" and "the collapsed lung lies left of the heart"
# claim no leftward shift; "left of the spine" still meets "right of the spine"; review place50)
_LANDMARK_OF = lazy_compile(r"\s+of\s+(?:the\s+)?([a-z][a-z-]*)")
# (a side word anywhere between a sided thing and the finding its sentence goes on to, even one that names no thing
# of its own, "arises from the left ovary", gives the finding another owner; review place50)
_ANY_SIDE = lazy_compile(r"\b(?:left|right|bilateral|both)\b")


def _key(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def compared_side(low: str, at: int) -> bool:
    """Whether the side written at ``at`` in ``low`` is a compared thing's, not its clause's: it follows a comparison
    ("than the right"), or a comparison and the compared thing's measurement ("versus 8 mm on the left"). A clause
    that compares its right node with the left one is about the right node alone."""
    return _COMPARED.search(low, max(0, at - 56), at) is not None


def not_own(low: str, at: int) -> bool:
    """Whether the side written at ``at`` in ``low`` names no thing of its own: a compared thing's
    (``compared_side``) or a direction's ("displaced to the left")."""
    return _NOT_OWN.search(low, max(0, at - 24), at) is not None or compared_side(low, at)


@lru_cache(maxsize=16384)
def sides_in(low: str) -> tuple[tuple[Side, int, int], ...]:
    """The (side, key) pairs a lower-case text names with their spans, "bilateral"/"both" as both sides (see the
    module docstring). Cached: a benchmark's clauses repeat."""
    if "left" not in low and "right" not in low and "both" not in low and "bilateral" not in low:
        return ()
    out: list[tuple[Side, int, int]] = list(_directions(low))
    for m in _SIDED.finditer(low):
        word = m.group(3)
        if word in _NO_KEY or not_own(low, m.start()):
            continue
        key = _key(word)
        side = m.group(1)
        for one in (side,) if (side == "left" or side == "right") and m.group(2) is None else ("left", "right"):
            out.append(((one, key), m.start(), m.end()))
    return tuple(out)


def _directions(low: str) -> list[tuple[Side, int, int]]:
    """The directions a lower-case text names (``DIRECTION``): "left/right of ...", "leftward(s)", and "to the
    left/right" followed by no thing word; none after a comparison ("compared to the left")."""
    out = []
    for m in _DIRECTED.finditer(low):
        rest = low[m.end(1):m.end(1) + 24]
        if rest.startswith("ward") or rest.lstrip().startswith("of "):
            pass
        elif _TOWARDS.search(low, max(0, m.start() - 12), m.start()) is None or compared_side(low, m.start()):
            continue
        else:
            nxt = rest.split(maxsplit=1)[0].strip(".,;:)!?") if rest.strip() else ""
            if nxt and nxt not in _NO_KEY and nxt not in _THEN and not nxt.endswith("ly"):
                continue
        mark = _LANDMARK_OF.match(low, m.end(1))
        key = DIRECTION if mark is None or mark.group(1) in ("midline", "mid-line") else DIRECTION + ":" + _key(
            mark.group(1))
        out.append(((m.group(1), key), m.start(), m.end(1)))
    return out


ReportSides = tuple[tuple[frozenset[str], frozenset[Side], int, int], ...]  # (thing words, sides, sentence span) each


def report_sides(sentences: Sequence[tuple[int, str]], read: Callable[[str], tuple[frozenset[str], frozenset[Side]]]
                 ) -> ReportSides:
    """Each report sentence's thing words and the sides it places things at (``read``: ``sentence_sides`` of one
    sentence), spans in the report."""
    out = [(*read(text), start, start + len(text)) for start, text in sentences]
    return tuple(out) if any(got for _t, got, _x, _y in out) else ()  # (most reports side nothing: no clause is read)


def sentence_sides(text: str, events: Callable[[str], Sequence[tuple[int, int, int]]],
                   things: Callable[[str], frozenset[str]], normal: int, abnormal: tuple[int, int],
                   denial: frozenset[int]) -> tuple[frozenset[str], frozenset[Side]]:
    """One report sentence's thing words and the sides it places things at (``aligned_sites.placing``: none in a
    sentence calling its things normal or opening with a denial, none a denial before it reaches); the arguments as
    for ``aligned_sites.report_sites``."""
    low = lower_text(text)
    found = sides_in(low)
    denied = placing(low, events(low), [(a, b) for _x, a, b in found], normal, abnormal, denial) if found else None
    got = frozenset() if denied is None else frozenset(x for x, a, _b in found if not denied_at(low, denied, a))
    return things(low), got


_OTHER = {"left": "right", "right": "left"}
# a measurement: a clause measuring a thing claims it, named or not ("an intensely avid focus of about 3 cm in the lower
# pole of the left thyroid lobe")
_MEASURED = lazy_compile(r"\b\d+(?:\.\d+)?\s*(?:mm|cm)\b")
# a verb of a clause: one without any is a subject listed before the verb of the clause after it
_VERB = lazy_compile(r"\b(?:is|are|was|were|be|been|has|have|had|shows?|showed|shown|contains?|lies|lie|measures?|"
                     r"extends?|appears?|remains?|seems?|demonstrates?|reveals?|\w+ed)\b")


# where a sentence ends: a stop before a blank or the end (not a decimal point, "4.6 cm"), a semicolon, a line break
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|[;\n]")


# (the report's sides asked last, every (side, thing) they say): one pair, swapped whole
_NAMED_LAST: list[tuple[ReportSides, frozenset[Side]]] = [((), frozenset())]


def _named(sides: ReportSides) -> frozenset[Side]:
    """Every (side, thing) the report's sentences say. Kept for the ``sides`` asked last (held, so no other tuple
    takes its identity): ``side_errors`` asks it of one report for each step of a chain."""
    last = _NAMED_LAST[0]
    if last[0] is sides:
        return last[1]
    named = frozenset(x for _t, got, _a, _b in sides for x in got)
    _NAMED_LAST[0] = (sides, named)
    return named


# a finite verb: a clause after a sided clause that has its own verb is a statement of its own subject ("the right
# kidney was also scanned, the spleen is enlarged"), not more of the sided thing's; review place50
_FINITE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|shows?|showed|demonstrates?|reveals?|contains?|measures?|"
                       r"appears?|remains?|seems?|lies|extends?)\b")


def _carried(text: str, clauses: Sequence[tuple[int, int]], k: int, finding: Callable[[int, int], bool],
             device: Callable[[int, int], bool], own_verb: bool = False) -> int | None:
    """Where the first clause after clause ``k`` of ``text`` that holds a finding or a device ends, in the sentence of
    clause ``k`` and with no side named between them (the finding is then the sided thing's), or None; with
    ``own_verb`` (clause ``k`` has its verb), none whose clauses up to the finding have a finite verb of their own."""
    stop = _SENTENCE_END.search(text, clauses[k][1])
    end = stop.start() if stop is not None else len(text)
    for x, y in clauses[k + 1:]:
        if x >= end:
            break
        y = min(y, end)
        if _ANY_SIDE.search(lower_text(text[clauses[k][1]:y])) or own_verb and _FINITE.search(
                lower_text(text[clauses[k][1]:y])):
            break
        if finding(x, y) or device(x, y):
            return y
    return None


def side_errors(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                sides: ReportSides, report: str, unit: int,
                found_in: tuple[Callable[[int, int], bool], Callable[[int, int], bool]],
                denies: Callable[[str], bool], things: Callable[[str], frozenset[str]]) -> list[FindingVerdict]:
    """The first clause of step ``s`` it asserts that sides a thing the other way from its aligned report sentence
    (see the module docstring); ``found_in``: whether a span holds a present finding or an abnormal word, and whether it
    holds a device; ``denies``: whether a text holds a denial, a normal word or a hedge."""
    finding, device = found_in
    named = _named(sides)
    for k, (a, b) in enumerate(clauses):
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        low = lower_text(s.text[a:b])
        if "left" not in low and "right" not in low:  # (most clauses: no side of one way)
            continue
        said = {x for x, _a, _b in sides_in(low)}
        mine = [x for x in said if x not in named and (_OTHER[x[0]], x[1]) in named and (_OTHER[x[0]], x[1]) not in said]
        if not mine:
            continue
        words = things(low)
        held = finding(a, b) or device(a, b) or _MEASURED.search(low) is not None
        # (the whole sentence: a side said of a thing it goes on to deny or call normal is no side claimed, "A left
        # scaphoid fracture was considered, but the left wrist is normal")
        opened = max(s.text.rfind(c, 0, a) for c in ".;!?\n") + 1
        # (up to the end of the sentence of the clause's first side at odds with the report: a clause runs on past a
        # full stop, "... just right of the midline. On the lateral view it lies behind the air column, rather than
        # ...", and what the next sentence denies is of another thing)
        first = min(x for side, x, _y in sides_in(low) if side in mine)
        stop = _SENTENCE_END.search(s.text, a + first)
        closed = min((x for x in (s.text.find(c, b) for c in ".;!?\n") if x >= 0), default=len(s.text))
        closed = min(closed, stop.start()) if stop is not None else closed
        if not held and opened < a and all(key.startswith(DIRECTION) for _side, key in mine):
            # (a direction is the thing's its sentence names before it: "the 20 mm disc projects at T2-T3, just right
            # of the midline")
            before = lower_text(s.text[opened:b])
            held = finding(opened, b) or device(opened, b) or _MEASURED.search(before) is not None
            words = things(before) if held else words
        if not held:
            # a sided thing whose sentence goes on past a comma to the finding it holds: a subject the step lists
            # before its verb ("The right common femoral vein, femoral vein and popliteal vein are distended, filled
            # with thrombus"), or a thing the sentence goes on about ("the right 7th rib shows an expansile, lytic
            # lesion", "Site: right breast, 2 o'clock, 4 cm from the nipple, matching the palpable lump"); the rest of
            # the sentence up to the finding names no side of its own
            carried = _carried(s.text, clauses, k, finding, device, _VERB.search(low) is not None) if s.text[
                a:b].rstrip().endswith(",") else None
            if carried is None:
                continue
            closed = carried
            if _VERB.search(low) is None:
                opened = a  # (the subject with what is said of it; a denial further on is of another thing)
            words = things(lower_text(s.text[a:closed]))
        window = lower_text(s.text[opened:closed])
        if denies(_MIDLINE_OF.sub(r"\1", window)) or all(key.startswith(DIRECTION) for _side, key in mine) and (
                _SUPPOSED.search(window) is not None):
            continue
        ranked = sorted(((len(words & t), i) for i, (t, _s, _x, _y) in enumerate(sides)), reverse=True)
        if not ranked or ranked[0][0] < MIN_SHARED or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            continue
        _t, theirs, x, y = sides[ranked[0][1]]
        for (side, key), at, end in sides_in(low):
            if (side, key) in mine and (_OTHER[side], key) in theirs:
                return [unnamed_conflict(s, (s.text[a + at:a + end], a + at, a + end), (report[x:y].strip(), x, y),
                                         report, "aligned-side-conflict", unit)]
    return []


__all__ = ["ReportSides", "compared_side", "not_own", "report_sides", "sentence_sides", "side_errors", "sides_in"]
