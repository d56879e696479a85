"""What one sentence says, as ``aligned`` compares it: its thing words and the single value of each attribute kind it
states (``read_sentence``, the ``_Said`` record).

Its own module because reading one sentence is a step apart from aligning a chain's clauses with the report's sentences
and judging the pairs (``aligned.py``): the reading looks at one text alone (its grades, places, sides, measurements,
quantities and change, none an earlier study's or after a denial), memoised per scanner and text.
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.answers.hedges import EARLIER_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import UNNAMED, places
from medstep.verify.aligned_sides import compared_side
from medstep.verify.aligned_sizes import DISTANCE_MARK, NEXT_THING, measured_head
from medstep.verify.aligned_words import _not_thing, _things
from medstep.verify.attr_conflicts import NORMAL
from medstep.verify.changes import first_change
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import K_ABN, K_ATTR, K_NEG_POST, K_NEG_PRE, K_NORMAL
from medstep.verify.memo import owner_memo
from medstep.verify.change_level import grades_change
from medstep.verify.prior_state import earlier_number, earlier_sentence, not_of_now, past_spans, since_then
from medstep.verify.quantities import NAMED_KINDS, quantity_name, read_quantities
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.sizes import BOUND_OPEN, DISTANCE, is_rate, size_attr

MEMO_LIMIT = 8192  # sentences and clauses whose reading ``read_sentence`` keeps per scanner
EARLIER = lazy_compile(r"\b(?:" + "|".join(sorted(EARLIER_WORDS, key=len, reverse=True)) + r")\b")
# the kinds of a number with a unit: a clause's measurement is compared with the report sentence that measures the same
# thing, when the sentence its words align with best measures nothing (``_measuring``)
MEASURED_KINDS = frozenset({"size", "angle", "percent"})
# the value a ratio or a score went to after its earlier value or the amount of its change ("the previous CTR of 0.51
# has increased to 0.60", "has increased by 0.07 to 0.59")
_TO_VALUE = lazy_compile(r"[^\d.;:,()]{0,30}?\b(?:to|now)\s+(?:about\s+|approximately\s+)?(\d+(?:\.\d+)?)"
                         r"(?!\d|\.\d|\s*(?:\+|mm\b|cm\b|%|\u00b0|degrees?\b|x\b|\u00d7))")


@dataclass(frozen=True)
class _Said:
    """One sentence: its thing words and the single value of each attribute kind it states."""

    start: int
    end: int
    things: frozenset[str]
    values: dict[str, tuple[str, int, int]]  # kind -> (value, start, end), spans in the sentence's text
    # a report sentence's: the thing words of the sentence before when its subject stands for that one's thing
    # ("The tendon measures 9 mm." after "The supraspinatus tendon is thickened."; ``_antecedent``)
    context: frozenset[str] = frozenset()
    # the sides it names ("left", "right"; "bilateral" both), or, naming none, the sides of the thing its subject stands
    # for: a sentence about the other side is about another thing (``_other_side``)
    sides: frozenset[str] = frozenset()
    # a sentence measuring several things ("The pyloric muscle is 5 mm thick and the channel is 19 mm long"): its
    # pieces of one measurement each (``_measured_parts``), spans in the sentence's text
    parts: tuple[_Said, ...] = ()
    # the (modifier, noun) places it claims, none after a denial (``aligned_places``)
    places: frozenset[tuple[str, str]] = frozenset()
    # the thing words its one measurement measures (``aligned_sizes.measured_head``: "a 6 mm appendicolith")
    measures: frozenset[str] = frozenset()

    def placed(self, start: int, end: int, context: frozenset[str], sides: frozenset[str]) -> _Said:
        """This reading placed in a report (``aligned.report_sentences``): ``dataclasses.replace`` with these fields,
        built directly (replace re-reads the fields' list for every report sentence: issue #12)."""
        return _Said(start, end, self.things, self.values, context, sides, self.parts, self.places, self.measures)


def _position(value: tuple[str, int, int]) -> tuple[int, int, str]:
    """Where a value is said (start, end), then the value: an order that does not depend on the hash seed."""
    return value[1], value[2], value[0]


@owner_memo(MEMO_LIMIT)
def read_sentence(scanner: Scanner, text: str) -> _Said:
    """The thing words of ``text`` and its attribute values: one grade or one place of the scanner's attribute
    phrases (none after a denial, none that grades a change), one change (``first_change``, none when a second,
    other one follows). Memoised per scanner and text (a pure reading no caller changes): a benchmark's new reports
    are sentences read before ("The trachea is midline."), and a step of one clause is read again as its clause."""
    low = lower_text(text)
    found: dict[str, set[tuple[str, int, int]]] = {"severity": set(), "location": set(), "size": set()}
    attr_spans: list[tuple[int, int]] = []
    events = sentence_events(scanner, low)
    negated = -1
    attr_events = [(s, 0, attrs, e) for s, e, kind, _p, attrs in events if kind == K_ATTR and attrs]
    # what an earlier study showed is no value of this one: a clause of the past (``past_spans``), or the whole
    # sentence ("Previously, the nodule measured 6 mm."; ``earlier_sentence``)
    then = ((0, len(text)),) if earlier_sentence(text) else past_spans(text)
    sides: set[str] = set()
    heads: dict[str, set[str]] = {}  # a measurement's value -> what it measures
    normal, abnormal = None, False
    for s, e, kind, _payload, attrs in events:
        if kind == K_NEG_PRE or kind == K_NEG_POST:
            negated = s
        elif kind == K_NORMAL and negated < 0 and normal is None and not any(a <= s < b for a, b in then):
            normal = (NORMAL, s, e)  # "Lung volumes are preserved."
        elif kind == K_ABN:
            abnormal = True
        elif kind == K_ATTR and attrs:
            attr_spans.append((s, e))
            for k, v in attrs:
                if k == "laterality" and not compared_side(low, s):  # ("19 mm versus 8 mm on the left": right only)
                    sides.update(_SIDES.get(v, ()))
            key, value = attrs[0]
            if any(a <= s < b for a, b in then):
                continue
            if key == "size":  # the measurement written before the unit, not an earlier study's
                got = () if is_rate(low, s, value) else size_attr(low, s, value)
                if not got or ("size", BOUND_OPEN) in got:
                    continue  # (a lower bound is compared by the findings' spans, ``attr_conflicts.sizes_conflict``)
                # (of several dimensions, "largest x smallest": "4.2 x 2.5 cm" is "42x25", ``_sizes_conflict``; a
                # distance from a landmark marked "d": "15d", compared with distances only)
                value = "x".join(v for k, v in got if k.startswith("size"))
                value += DISTANCE_MARK if (DISTANCE, "1") in got else ""
                if negated < 0:
                    heads.setdefault(value, set()).update(measured_head(low, s, e, _not_thing(scanner.attr_words)))
                s = max(0, s - 12)
            if key in found and negated < 0 and not (key == "severity" and grades_change((s, 0, attrs, e), attr_events,
                                                                                          low)):
                found[key].add((value, s, e))
    if normal is not None and not abnormal and not found["severity"]:
        # a thing said to be normal is graded "normal", against a grade of it elsewhere (a sentence that also grades
        # or calls something abnormal states no one grade: ``attr_conflicts.grades_conflict``)
        found["severity"].add(normal)
    # of one value said twice, the first saying: a set's own order follows the string hash, which changes from one
    # process to the next (session 52: one benchmark chain was found or missed by PYTHONHASHSEED)
    found["size"] = _sized(found["size"])
    values = {k: min(v, key=_position) for k, v in found.items() if len({x[0] for x in v}) == 1}
    measures = frozenset(heads.get(values["size"][0], ())) if "size" in values else frozenset()
    several = len({x[0] for x in found["size"]}) > 1
    # an angle, a percentage, a ratio or a score, not an earlier study's: in a sentence naming an earlier time, none in
    # a clause of the past nor one the earlier study gave ("CTR 0.57, up from 0.52 two years ago": 0.57 is of now)
    dated = EARLIER.search(low) is not None or bool(then)
    for quantity, stated in read_quantities(low).items():
        kept = {x for x in stated if not not_of_now(low, x[1])}
        if dated or quantity in NAMED_KINDS:  # (a ratio "has risen from 0.50 to 0.63" names no earlier time: 0.63 is now)
            kept = {x for x in kept if not any(a <= x[1] < b for a, b in then)
                    and not earlier_number(low, x[1], x[2])}
        if quantity in NAMED_KINDS:  # a named value left out as an earlier one or an amount: the value it went to
            kept |= {(f"{quantity_name(x[0])}={float(t.group(1)):g}", t.start(1), t.end(1))
                     for x in stated - kept if (t := _TO_VALUE.match(low, x[2])) is not None
                     and not any(a <= t.start(1) < b for a, b in then)}
        stated = kept
        if stated:
            if len({x[0] for x in stated}) == 1:
                values[quantity] = min(stated, key=_position)
            elif quantity in MEASURED_KINDS:
                several = True
    change = first_change(scanner, text)
    if change is not None and (past := past_spans(text)):
        # a comparison said of the earlier study ("Two years ago the rim was less extensive") is the reverse change
        # since then, as the verifier reads it for named findings (``prior_state.since_then``)
        said = Finding(UNNAMED, "", "finding", Polarity.PRESENT, "", change[1], change[2], change=change[0])
        change = (since_then((said,), past, low)[0][0].change or change[0], change[1], change[2])
    if change is not None:
        attr_spans.append((change[1], change[2]))
        again = first_change(scanner, text[change[2]:])
        if again is None or again[0] == change[0]:
            values["change"] = change
    denied = min((s for s, _e, kind, _p, _a in events if kind == K_NEG_PRE or kind == K_NEG_POST), default=len(low))
    return _Said(0, len(text), frozenset(_things(low, attr_spans, _not_thing(scanner.attr_words))), values,
                 sides=frozenset(sides), parts=_measured_parts(scanner, text) if several else (),
                 places=frozenset((m, n) for m, n, at in places(low) if at < denied), measures=measures)


def _sized(sizes: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """Of a sentence's measurements, its one measurement of several dimensions when the others are distances from a
    landmark: "1.5 cm above the bifurcation, measuring about 6.5 x 5.8 cm" places a thing and measures it (lane
    location54, issue #8). Read as two values of one kind, the sentence gave no size, and a chain's wrong "6.5 x 5.8 cm"
    met the report's "there is an anechoic sac measuring 3.1 x 2.6 cm" (the same sentence with its distance)
    uncompared. Only several dimensions: a thing's extent, never a distance; a single number beside a distance is often
    the distance again, of an earlier study ("8 mm from the outer edge (it was 3 mm)") or written without a word the
    distance reader knows ("5.2 cm lateral to the spine, against 4.1 cm")."""
    if not all(x[0].endswith(DISTANCE_MARK) or "x" in x[0] for x in sizes):
        return sizes
    sized = {x for x in sizes if "x" in x[0]}
    return sized if sized and len({x[0] for x in sized}) == 1 else sizes


def _measured_parts(scanner: Scanner, text: str) -> tuple[_Said, ...]:
    """The pieces of ``text`` (cut where it goes on to another thing: ``_NEXT_THING``) that state one measurement of a
    measured kind (``MEASURED_KINDS``) each, read as sentences of their own, spans in ``text``."""
    cuts = [0] + [m.start() for m in NEXT_THING.finditer(text)] + [len(text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b <= a or (a, b) == (0, len(text)):
            continue
        said = read_sentence(scanner, text[a:b])
        values = {k: (v, x + a, y + a) for k, (v, x, y) in said.values.items() if k in MEASURED_KINDS}
        if values and not said.parts:
            out.append(_Said(a, b, said.things, values, sides=said.sides, measures=said.measures))
    return tuple(out)


_SIDES = {"left": ("left",), "right": ("right",), "bilateral": ("left", "right")}
