"""A count bound to the counted noun inside a longer reply (``score/open_grade.py``, the ``typed`` rung): to "How many
lesions are visible in the liver?", "Count: segment II (1), segment IVa (1), segment VI (1), dome of VIII (1) -> four
hypodense lesions." is 4; to "How many vertebrae show compression fractures?", "Two vertebral bodies, T12 and L1, show
loss of height" is 2.

Why a reading of its own: the ``typed`` rung takes a count only when the reply names one number, and the extractor's
count reader a count that opens the reply or closes it as a tally; a reply that gives its count inside a sentence
among other numbers (labels of segments and levels, a size, a per-part tally) reached neither. What the reply counts
is read by its structure: a number bound to the question's counted noun (``extract/open_count.counted_noun``: the
noun's stem), the number right before it with at most a few describing words between ("four hypodense lesions", "two
vertebral bodies"). The other numbers count nothing the question asks.

Precision kept (a wrong answer is the worst error): every number so bound must give the gold's value (two bound
counts that differ, "three ribs on the prior study, now five ribs", make no answer, nor does a count followed by others that are no breakdown of it: "four lesions in the right lobe
and one in the left"); a bound count after a bound or an
estimate's limit ("at least", "more than", "up to"), a number on a named scale ("BI-RADS 4 mass"), a measure ("a 2 mm
nodule") or a label's number ("segment 4 lesion": ``extract/open_count.without_labels``), a denial ("not two lesions"), a doubt in the words before it, or
another or more of the thing between ("two more lesions", "three other nodules") reads nothing; nor does a reply held
open anywhere (the words of ``score/open_concluded.py``), a past named beside the count ("three lesions on the prior
study"), or a gold that is no bare number.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.text import GRADERS, UNITS_AFTER, tokens
from medstep.extract.open_count import counted_noun, without_labels
from medstep.lazyre import lazy_compile
from medstep.score.open_concluded import held_open_anywhere
from medstep.score.open_contain import CONTRAST, DOUBT, FRAME

# How many describing words may stand between the count and its noun ("four small hypodense lesions", "two well
# defined nodules"); a longer run is a clause ("four at first, so the lesions").
_BETWEEN = 2
# How many words around a bound count are read for a bound, a denial, a doubt or a past.
_AROUND = 3
# Words before a count that make it a bound or deny it ("at least two", "more than 3", "up to 5", "not two").
_BOUNDING = frozenset(w for phrase in (*hedges.BOUND, *hedges.UPPER_BOUND) for w in phrase.split()
                      if w not in {"than", "to"}) | set(negation.heads(negation.DENY, negation.NEVER, negation.NONE))
# Words between a count and its noun that count something else ("two more lesions", "three other nodules").
# More of the thing: "more", "others" and the words of another of the kind (``hedges.BESIDES``).
_MORE = frozenset({"more", "others", *hedges.BESIDES})
_OTHERS = _MORE | {"fewer", "less", "of", "per"}
# Words that link a clause, not describe the noun, between a number and a later noun ("four at first so lesions").
_LINKING = frozenset({"at", "in", "on", "by", "to", "for", "from", "with", "so", "then", "first", "now", "which"})
# The named scales (``answers/text.GRADERS``) in the grader's words: a number after one is a value on it.
_SCALES = frozenset(tuple(tokens(g)) for g in GRADERS if tokens(g))
# A unit after a number: a measure, no count (``answers/text.UNITS_AFTER``).
_UNIT = lazy_compile(UNITS_AFTER)
# Words before the total said again ("so all four are impacted").
_RESTATING = frozenset({"all", "both", "total"})
# Words after the count that add more of the thing ("and a second non-viable one", "another one", "an additional").
_ADDED = _MORE | {"second", "third", "extra"}
# Words of a past or an earlier study beside a count ("three lesions on the prior study").
_EARLIER = frozenset(w for w in (*hedges.PAST, *hedges.EARLIER_WORDS) if " " not in w)


def bound_count(answer: str, gold: str, question: str) -> bool:
    """Whether every count of ``answer`` bound to the question's counted noun gives ``gold``'s number, and one does
    (module docstring)."""
    wanted = tokens(gold)
    stem = counted_noun(question)
    if stem is None or len(wanted) != 1 or not wanted[0].isdigit():
        return False
    words = tokens(without_labels(answer, question))  # "segment 4 lesion", "ribs 5-8": a label's number counts nothing
    if held_open_anywhere(" ".join(words)):
        return False
    values: set[str] = set()
    last = None  # where the last bound count's noun is
    for i, w in enumerate(words):
        if not (w.isdigit() and len(w) <= 3):
            continue
        if any(tuple(words[max(0, i - len(scale)):i]) == scale for scale in _SCALES) \
                or (i + 1 < len(words) and _UNIT.fullmatch(words[i + 1]) is not None):
            continue  # a value on a scale or a measure, no count ("BI-RADS 4 mass", "grade 2 lesions", "a 2 mm nodule")
        noun = next((j for j in range(i + 1, min(len(words), i + 2 + _BETWEEN)) if words[j].startswith(stem)), None)
        if noun is None or any(not x.isalpha() or x in _OTHERS or x in CONTRAST or x in DOUBT or x in FRAME
                               or x in _LINKING for x in words[i + 1:noun]):
            continue  # a number counting nothing asked ("segment ii 1"), or something else
        before, after = words[max(0, i - _AROUND):i], words[noun + 1:noun + 1 + _AROUND]
        if any(x in _BOUNDING or x in DOUBT for x in before) or any(x in _EARLIER for x in before + after):
            return False
        values.add(str(int(w)))
        last = noun
    if values != {str(int(wanted[0]))} or last is None:
        return False
    return _breakdown(words[last + 1:], int(wanted[0]))


def _breakdown(after: list[str], total: int) -> bool:
    """Whether the counts said after the bound count, with their noun left unsaid, are none or its breakdown ("two
    nodules, one in the upper lobe and one in the lower lobe"; "four teeth, two in the upper jaw and two in the lower
    jaw, so all four are impacted"): "four lesions in the right lobe and one in the left" counts five, not four.
    More of it added ("and a second non-viable one") makes no total. A measure ("12 mm"), a value on a scale and the total said again after "all" count nothing more."""
    if any(w in _ADDED for w in after):
        return False  # "one viable embryo and a second non-viable one": more of it added after the count
    parts = []
    for i, w in enumerate(after):
        if not (w.isdigit() and len(w) <= 3):
            continue
        if (i + 1 < len(after) and _UNIT.fullmatch(after[i + 1]) is not None) \
                or any(tuple(after[max(0, i - len(scale)):i]) == scale for scale in _SCALES) \
                or (i and after[i - 1] in _RESTATING and int(w) == total):
            continue
        parts.append(int(w))
    return not parts or sum(parts) == total


__all__ = ["bound_count"]
