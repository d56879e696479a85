"""The thing a chain clause's place or measurement is of, named by one noun where the clause shares too few words with
any report sentence to be aligned by them (issue #8, lane location54; split from ``aligned.py``, at its size limit).

A step that lists a thing's features between commas ("Left adrenal nodule, lateral limb, 22 x 18 mm", "defect 24 x 21
mm") names the place or the size in a clause of one thing word; ``aligned`` aligns a clause by the words it shares
with a report sentence (``MIN_SHARED``), so such a place or size was never compared and a chain that moved the nodule
to the other limb or doubled the defect scored as the faithful one. The noun of the place (``aligned_places.places``)
or the head of the measurement (``aligned_sizes.measured_head``) names the thing instead, as the words of the report
sentence about it do: the report's one place or one value for that noun is compared, when no other report sentence
gives it another, the report introduces no other thing of that noun unmeasured ("a second small defect"), and the
two are about one side.
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import headed_places
from medstep.verify.aligned_said import EARLIER, _Said, read_sentence
from medstep.verify.aligned_sizes import mm
from medstep.verify.aligned_words import MIN_SHARED, _stem
from medstep.verify.aligned_words import _WORD as _HEAD_WORD
from medstep.verify.prior_state import earlier_sentence, past_spans
from medstep.verify.scan import Scanner, lower_text, sentence_spans
from medstep.verify.scope_words import UNIT_MM
from medstep.verify.sizes import DISTANCE, OTHER_ONE, size_attr, states_range


def other_side(a: _Said, b: _Said) -> bool:
    """Whether two sentences are about things on different sides: each names a side, and none the other names ("The
    right kidney measures 11 cm" is not about "The left kidney is small, 4.5 cm long, with a thinned cortex")."""
    return bool(a.sides) and bool(b.sides) and a.sides.isdisjoint(b.sides)



def placing_noun(scanner: Scanner, said: _Said, text: str, clause: tuple[int, int],
                  sentences: Sequence[tuple[_Said, str]]) -> int | None:
    """The report sentence giving the noun of the clause's place its one place, where the clause shares too few words
    with any sentence to be aligned by them: " lateral limb," of "Left adrenal nodule, lateral limb, 22 x 18 mm"
    against "a nodule arising from the medial limb of the left adrenal gland" (lane location54, issue #8: a step that
    lists a thing's features between commas names its place in a clause of one thing word). The noun names the thing
    whose place it is, as a measurement's head does (``same_head``): every report sentence placing that noun gives it
    one modifier, and the chain sentence holding the clause shares ``MIN_SHARED`` thing words with the first of them
    (the same thing: "the medial limb of the left adrenal" is no place of a limb of another organ), on the same side."""
    low = lower_text(text[clause[0]:clause[1]])
    for _mod, noun in sorted(set(headed_places(low)) & said.places):
        giving = [i for i, (_r, t) in enumerate(sentences) if any(n == noun for _m, n in headed_places(lower_text(t)))]
        if not giving or len({m for i in giving for m, n in headed_places(lower_text(sentences[i][1]))
                              if n == noun}) != 1:
            continue
        at = next(((x, y) for x, y in sentence_spans(text) if x <= clause[0] < y), clause)
        mine = read_sentence(scanner, text[at[0]:at[1]])
        other = sentences[giving[0]][0]
        if len(mine.things & other.things) >= MIN_SHARED and not other_side(mine, other):
            return giving[0]
    return None


def same_head(said: _Said, kind: str, measuring: Sequence[tuple[_Said, str]], sentences: Sequence[tuple[_Said, str]],
              clause: str = "") -> tuple[_Said, str] | None:
    """The report's measurement of the thing the clause's measurement measures, named by its head (``measured_head``)
    where the clause shares too few words with any sentence to be aligned by them: "defect 24 x 21 mm" against "The bony
    defect measures 14 x 11 mm" (lane location54, issue #8: a step's clause that names its thing in one word, or the
    thing in its label, met no sentence sharing two words, and a wrong size went uncompared). Every report sentence (or
    piece) measuring a thing of that head, on this side, must give it one value: a report that measures two nodules
    gives "the nodule" no one size. A value of another time compares nothing, in the chain or the report (review of
    lane location54: "has grown from 6 to 9 mm" met "... on the prior CT, where it measured 6 mm"): a chain clause
    (``clause``, as written; a span of sizes in it, ``sizes.states_range``, is no one value either) or a report sentence measuring that head that names an earlier time (``EARLIER``, a past
    clause: ``prior_state.past_spans``, ``earlier_sentence``) or states a change (``changes.first_change``, read into
    ``_Said.values``) leaves the head uncompared."""
    if not said.measures or "change" in said.values or _of_another_time(lower_text(clause)) \
            or states_range(clause.lower()) \
            or _another_of(said.measures, kind, sentences):
        return None
    same = [(r, t) for r, t in measuring if said.measures & r.measures and not other_side(said, r)]
    if any("change" in r.values or _of_another_time(lower_text(t)) for r, t in same):
        return None
    values = {mm(r.values[kind][0]) if kind == "size" else r.values[kind][0] for r, _t in same}
    return same[0] if len(values) == 1 else None


def _of_another_time(low: str) -> bool:
    """Whether a text names an earlier time or study or holds a clause of the past (its values may be of then)."""
    return EARLIER.search(low) is not None or bool(past_spans(low)) or earlier_sentence(low)


# a size said of the word right by it, in its clause, that the sentence did not read as its one value ("dilatation of
# the pancreatic duct to 6 mm" beside "a 2.6 cm mass"): another thing of that head may be measured there (review of
# lane location54: the report's "common bile duct measures 12 mm" was then not the only duct's); a size farther off or
# past a comma is another thing's ("the sac communicates ... through a neck measuring 1.2 cm")
_UNIT = r"\d(?:\.\d+)?\s*(" + "|".join(sorted(UNIT_MM, key=len, reverse=True)) + r")\b"
_SIZE_AFTER = lazy_compile(r"[^,;:()]{0,30}?" + _UNIT)
_SIZE_BEFORE = lazy_compile(_UNIT + r"(?:[\s-]+[a-z]+){0,2}\s+$")

# a thing introduced as one of its kind, not the one named before: "a second small defect", "another cyst"
_INDEFINITE = lazy_compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,3}$")


def _another_of(head: frozenset[str], kind: str, sentences: Sequence[tuple[_Said, str]]) -> bool:
    """Whether a report sentence that measures nothing introduces a thing of ``head`` ("a second small defect is seen",
    ``_INDEFINITE`` or a word of ``sizes.OTHER_ONE`` before it): the report's one measured thing of that head is then
    not the only one, and a chain's "second defect, 4 mm" would meet the first's size (review, lane location54); or
    that says a size right by it the sentence read as no one value ("dilatation of the pancreatic duct to 6 mm" beside
    "a 2.6 cm mass": ``_sized_by``; a unit word is no thing of the head)."""
    for r, text in sentences:
        if kind in r.values:
            continue
        low = lower_text(text)
        for m in _HEAD_WORD.finditer(low):
            if _stem(m.group()) in head and m.group() not in UNIT_MM and (
                    _INDEFINITE.search(low, max(0, m.start() - 40), m.start()) is not None
                    or OTHER_ONE.search(low, max(0, m.start() - 40), m.start()) is not None
                    or (kind == "size" and _sized_by(low, m.start(), m.end()))):
                return True
    return False


def _sized_by(low: str, start: int, end: int) -> bool:
    """Whether a size is said right by the word at ``start``..``end`` in its clause (``_SIZE_AFTER``, ``_SIZE_BEFORE``),
    a size of a thing (``sizes.size_attr``), not a distance from it ("1.5 cm above the bifurcation")."""
    for m in (_SIZE_AFTER.match(low, end), _SIZE_BEFORE.search(low, max(0, start - 40), start)):
        if m is not None:
            got = dict(size_attr(low, m.start(1), m.group(1)))
            if "size" in got and DISTANCE not in got:
                return True
    return False


__all__ = ["other_side", "placing_noun", "same_head"]
