"""What keeps an answer from matching at the ``typed`` rung (``score/open_typed.py``): the readings of denial,
normality, doubt, correction and relation around the values an answer names.

Why a module of its own: the rung grades a long answer by one value of the asked type, so every word that changes
what that value means must be read, or a wrong answer is marked right (a review found "left: none", "left normal",
"left ventricular hypertrophy", "C5? no, C6", "grade 3", "T1-weighted" and lists of sibling bones all matched).
Precision first: when a reading is in doubt the answer does not match (a wrong "correct" inflates a model's accuracy);
the answer is still graded by the other rungs and by the token overlap.

Every word list comes from its home (``answers/negation.py``, ``answers/hedges.py``, ``answers/revisions.py``,
``extract/clauses.NORMAL_WORDS``, ``answers/text.GRADERS``); only the readings live here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from medstep.answers import hedges, judgements, negation, revisions
from medstep.answers.concepts import vocabulary
from medstep.answers.text import GRADERS, NUMBER_WORDS
from medstep.extract.clauses import NORMAL_WORDS
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[a-z0-9]+")

# A clause of the answer: its values are read with the denial, normality and doubt words of their own clause. A colon
# binds a heading to what it says of it ("left: none"), so it ends no clause; a comma, a stop or a word turning to
# another statement does ("left lung clear, pneumothorax on the right"; "... and the left lung is clear"); "with" does
# not ("left lung with no effusion" denies the left). A link to what a finding shows starts a statement of its own
# ("... does not enhance, consistent with a splenic infarct": the denial is the enhancement's).
_CLAUSE_END = lazy_compile(r"[,;.!?\n()]|\s(?:and|but|while|whereas|however|although|though)\s|"
                           + hedges.words(hedges.INFERRING, hedges.IDENTIFYING))

# A denial standing in the value's clause: the words of ``answers/negation`` (before a value: "no", "not", "absent",
# "negative for", "free of", "rather than"; after it: "none", "absent", "excluded", "ruled out", "not seen").
_DENIAL = lazy_compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
    {*negation.DENY, *negation.NEITHER, *negation.NEVER, *negation.NONE, *negation.ABSENT, *negation.ABSENCE,
     *negation.NEGATIVE, *negation.NIL, *negation.BEFORE, *negation.INSTEAD, *negation.CLEAR_OF, *negation.EXCLUDED,
     *negation.NOT_SEEN, *negation.DENYING}, key=len, reverse=True)) + r")\b|n't\b")
# A word of normality in the value's clause, with or without a copula ("left normal", "L1 intact", "heart normal").
_NORMAL = lazy_compile(r"\b" + NORMAL_WORDS)

# A doubt anywhere in the answer: the value it gives is offered, not stated ("possibly left", "unclear, the left",
# "uncertain whether left", "cannot determine", "left or right", "differential includes ...", "mostly left").
_LINKING = frozenset(w for phrase in hedges.INFERRING + hedges.IDENTIFYING for w in phrase.split())
_DOUBT = lazy_compile(hedges.words(
    hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.DOUBT, hedges.DIFFICULTY, hedges.ASKING, negation.CANNOT,
    hedges.ALTERNATIVE, hedges.DIFFERENTIAL, hedges.NOT_EXCLUDED, hedges.SUMMING,
    tuple(w for w in hedges.SUSPICION if w not in _LINKING), ("or", "either", "predominantly")))
# The same doubt in Chinese (``hedges.ZH_POSSIBILITY``, "or", a query): "可能是CT", "也许是肝脏", "CT或MRI" offer the
# value as "possibly CT" does; 可能 after a word of degree is a committed lean ("最可能是CT", as "most likely CT").
_ZH_NO_DEGREE = "".join(f"(?<!{d})" for d in hedges.ZH_LIKELY_DEGREE)
_ZH_DOUBT = lazy_compile(_ZH_NO_DEGREE + "有可能|" + _ZH_NO_DEGREE + "(?<!有)(?:" + "|".join(hedges.ZH_POSSIBILITY)
                         + ")|或|不确定|不能确定|无法确定")
# A committed lean, as "most likely" / "likely", is no doubt: judgements.ZH_TOP (可能性最大, 最有可能), hedges.ZH_LEAN
# ("CT可能性大"), a degree or hedges.ZH_MORE_LIKELY before (有)可能 ("很可能是CT", "更可能是CT"); and 不(太)可能是
# after a mark denies another value ("肯定是CT，不可能是超声"), it does not doubt the one named.
_ZH_COMMITTED = lazy_compile("|".join(judgements.ZH_TOP) + "|" + hedges.ZH_LEAN + "|(?:"
                             + "|".join(hedges.ZH_LIKELY_DEGREE + hedges.ZH_MORE_LIKELY)
                             + r")有?可能|(?<=[，,；;\s])不太?可能(?=是)")
# A correction or a second look ("C5? no, C6", "spleen was my guess. no, liver", "actually", "on second thought"):
# which value is kept is the reviser's reading, not this rung's; a query mark anywhere likewise.
_CORRECTION = lazy_compile(r"(?:^|[.;:!?]\s*|,\s*)(?:" + "|".join(revisions.SELF_DENIAL) + r")\s*[,;:!.]|"
                           + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                          revisions.DISOWN, revisions.RESTATE))
# A finding of the past or gone ("prior left effusion, now resolved", "old healed fracture of the tibia"): the value
# given may not be the one of this image.
_PAST = lazy_compile(hedges.words(negation.GONE, hedges.PAST, hedges.EARLIER_TIME))
# The side or the structure across from a named one ("opposite the left", "contralateral to the left chest tube",
# "the other side"): the value named is not the one given.
_OPPOSITE = lazy_compile(r"\b(?:opposite|contralateral|ipsilateral|other\s+(?:side|one))\b")
# A place or a level named by its relation to the value ("one level below L1", "adjacent to the spleen", "multilevel
# fractures including L1", "L1 and others"): a neighbour or a set, not the value alone.
_RELATION = lazy_compile(r"\b(?:adjacent|next\s+to|near|beside|above|below|beneath|behind|between|neighbou?ring|"
                         r"including|others?|multilevel|multi\s+level|levels|contiguous|several)\b")
# Many of the counted thing beside a number ("multiple stones, largest 3", "3, plus many smaller"): the count is open.
_MANY = lazy_compile(hedges.words(hedges.MANY, ("innumerable", "countless", "myriad", "plus")))
# A number naming a grade, a class, a position, a segment or a time, not a count ("grade 3", "BI-RADS 4", "segment 4",
# "3 o'clock", "3 hours after contrast").
_NAMING_BEFORE = lazy_compile(r"\b(?:" + "|".join(re.escape(w.replace("-", " ")) for w in GRADERS)
                              + r"|segment|segments|bi\s+rads|couinaud|score|size|number|no)\s*$")
_NAMING_AFTER = lazy_compile(r"^\s*(?:o'?\s*clock|hours?|hrs?|minutes?|mins?|seconds?|secs?|patients?|cases?|"
                             r"times?|views?|images?|slices?|series)\b")


def clause_of(low: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of ``low`` holding ``low[start:end]`` (``_CLAUSE_END``). Read from the answer's clause
    ends, found once (``_clause_ends``): searched from the answer's start for each value, an answer with no clause end
    (a side at every other word, 40,000 characters) cost a scan of the whole answer per value (quadratic, 17 s)."""
    places, _, _ = _clause_ends(low)
    after = bisect_left(places, end)  # the first place at or after ``end`` where a clause end matches: the search's
    return _clause_start(low, start), places[after] if after < len(places) else len(low)


# Where a clause end matches, at every position of the text (the lookahead finds each, overlapping ones too).
_CLAUSE_AT = lazy_compile("(?=" + _CLAUSE_END.pattern + ")")
# How far before a value the scan for its clause's start resumes (see ``_clause_start``), and the blank run that
# keeps the scan from the text's start (a linking phrase's blanks may run on past the value's start).
_RESUME = 400
_LONG_BLANKS = lazy_compile(r"\s{64}")


@lru_cache(maxsize=8)
def _clause_ends(low: str) -> tuple[list[int], list[int], list[int]]:
    """Where a clause end matches in ``low``, and the starts and ends of the clause ends a scan from the start finds."""
    chain = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(low)]
    return [m.start() for m in _CLAUSE_AT.finditer(low)], [s for s, _ in chain], [e for _, e in chain]


def _clause_start(low: str, start: int) -> int:
    """The end of the last clause end the scan of ``low[:start]`` finds (0 for none): the scan resumed ``_RESUME``
    characters before ``start``. Exact: a clause end is a mark, a short word between blanks or a linking phrase of a
    few words, so a match tried before that point that still reads the text at ``start`` reads a blank run of
    ``_LONG_BLANKS`` or more on the way (then the whole scan is run); every earlier try reads the same text as in the
    scan of the whole answer, whose clause ends are kept (``_clause_ends``), and the scan resumes where that one tries
    a match (at the start of a clause end across the resuming point)."""
    resume = start - _RESUME
    if resume <= 0 or _LONG_BLANKS.search(low, resume, start) is not None:
        return max((m.end() for m in _CLAUSE_END.finditer(low, 0, start)), default=0)
    _, starts, ends = _clause_ends(low)
    before = bisect_right(starts, resume) - 1
    if before >= 0 and ends[before] > resume:
        resume = starts[before]
        before -= 1
    return max((m.end() for m in _CLAUSE_END.finditer(low, resume, start)), default=ends[before] if before >= 0 else 0)


def _words_between(low: str, start: int, end: int, asked: frozenset[str]) -> bool:
    """Whether a word of the question's own (``asked``, by its first five letters) stands in ``low[start:end]``: the
    statement of the asked thing is made before the word that follows ("left-sided effusion without pneumothorax")."""
    return any(w[:5] in asked for w in _WORD.findall(low[start:end]) if len(w) > 3)


# How far from a value a denial or a normal word is still said of it ("the left side has been ruled out", "not seen
# in the left").
_AFTER_WORDS = 3


@lru_cache(maxsize=16)
def _matches(pattern: re.Pattern[str], low: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """The starts and ends of ``pattern``'s matches in the clause ``low[lo:hi]``, found once per clause."""
    found = [(m.start(), m.end()) for m in pattern.finditer(low, lo, hi)]
    return [s for s, _ in found], [e for _, e in found]


def _last_before(pattern: re.Pattern[str], low: str, lo: int, hi: int, start: int) -> int | None:
    """The end of the last match of ``pattern.finditer(low, lo, start)`` (None for none). Exact, read as
    ``_clause_start`` reads clause ends: a denial or normal word is a few words with blanks between, so a match tried
    before ``start - _RESUME`` that still reads the text at ``start`` reads a blank run of ``_LONG_BLANKS`` on the
    way (then the whole scan is run); every earlier try reads the same text as in the scan of the whole clause
    (``_matches``), and the scan resumes where that one tries a match. Scanned from the clause's start for each value,
    an unpunctuated answer naming a side at every other word cost a scan per value (quadratic: 'left right ' * 4000
    asked "Which side?" 14.9 s)."""
    resume = start - _RESUME
    if resume <= lo or _LONG_BLANKS.search(low, resume, start) is not None:
        return max((m.end() for m in pattern.finditer(low, lo, start)), default=None)
    starts, ends = _matches(pattern, low, lo, hi)
    before = bisect_right(starts, resume) - 1
    if before >= 0 and ends[before] > resume:
        resume = starts[before]
        before -= 1
    return max((m.end() for m in pattern.finditer(low, resume, start)), default=ends[before] if before >= 0 else None)


def _said(pattern: re.Pattern[str], low: str, start: int, end: int, asked: frozenset[str], stop: int) -> bool:
    """Whether ``pattern`` is said of ``low[start:end]`` in its clause: a few words before it ("not seen in the left";
    not "no ectopic kidney is seen in the pelvis, right kidney enlarged"), or a few words after it with no word
    of the question nor another value (which starts at ``stop``) between ("left: none", "spleen excluded", "humerus:
    no fracture", "the left lung is without effusion"; not "left kidney dilated, right kidney is normal")."""
    lo, hi = clause_of(low, start, end)
    # the last denial before the value is the nearest: fewer words stand after it than after any earlier one (a
    # suffix holds no more words), so it alone is read, and its words are counted only up to one too many
    before = _last_before(pattern, low, lo, hi, start)
    if before is not None and sum(1 for _ in islice(_WORD.finditer(low, before, start), _AFTER_WORDS + 1)) \
            <= _AFTER_WORDS:
        return True
    m = pattern.search(low, end, min(hi, stop))
    return m is not None and len(_WORD.findall(low[end:m.start()])) <= _AFTER_WORDS \
        and not _words_between(low, end, m.start(), asked)


def denied(low: str, start: int, end: int, asked: frozenset[str], stop: int) -> bool:
    """Whether the value at ``low[start:end]`` is denied in its clause (``_DENIAL``; the next value at ``stop``)."""
    return _said(_DENIAL, low, start, end, asked, stop)


def said_normal(low: str, start: int, end: int, asked: frozenset[str], stop: int) -> bool:
    """Whether the value at ``low[start:end]`` is called normal in its clause ("left normal", "L1 intact"; the next
    value at ``stop``)."""
    return _said(_NORMAL, low, start, end, asked, stop)


def asked_words(question: str) -> frozenset[str]:
    """The first five letters of each word of four letters or more of the lower-case ``question`` but its asking
    words: what an answer's clause may name before a denial that is not the value's ("effusion", "fractured")."""
    asking = {"which", "what", "where", "side", "sides", "level", "organ", "bone", "there", "does", "this", "that",
              "image", "shown", "seen", "these", "from", "with", "many", "much"}
    return frozenset(w[:5] for w in _WORD.findall(question) if len(w) > 3 and w not in asking)


def blocked(low: str, kind: str) -> bool:
    """Whether the lower-case answer ``low`` reads a value of ``kind`` in doubt, under correction, in the past or gone,
    across from another, or by a relation: then it does not match at this rung (module docstring)."""
    if "?" in low or _DOUBT.search(low) is not None or _CORRECTION.search(low) is not None \
            or _PAST.search(low) is not None or (not low.isascii() and _ZH_DOUBT.search(_ZH_COMMITTED.sub(" ", low)) is not None):
        return True
    if kind in ("side", "site") and _OPPOSITE.search(low) is not None:
        return True
    return kind == "level" and _RELATION.search(low) is not None


def related(low: str, start: int) -> bool:
    """Whether a relation word stands within a few words before the value at ``start`` ("the organ next to the
    spleen", "adjacent to the kidney"): a neighbour of the value is named, not the value."""
    return _RELATION.search(" ".join(_WORD.findall(low[:start])[-3:])) is not None


def count_open(low: str) -> bool:
    """Whether ``low`` holds a count open by many of the thing beside its number ("multiple stones, largest 3")."""
    return _MANY.search(low) is not None


def counts(low: str, start: int, end: int, asked: frozenset[str]) -> bool:
    """Whether the number at ``low[start:end]`` counts the question's counted noun (``asked``, ``asked_words``): it
    follows within a few words, or the number opens the answer; never a number naming a grade, a segment, a
    position or a time ("grade 3", "segment 4", "3 o'clock", "3 hours after")."""
    if _NAMING_BEFORE.search(low[:start]) is not None or _NAMING_AFTER.match(low[end:]) is not None:
        return False
    if not _WORD.findall(low[:start]):
        return True  # the number opening the answer ("three echogenic foci ...", "3."), as the extractor reads it
    return any(w[:5] in asked for w in _WORD.findall(low[end:end + 80])[:4] if len(w) > 3)


# A measure, maybe approximate ("approximately 12 mm", "1.2 cm"): no count, and no bound of one.
_MEASURE = lazy_compile(r"(?:" + hedges.words(hedges.APPROXIMATE) + r"\s*)?\b\d+(?:[.,]\d+)?\s*(?:mm|cm|m|ml|cc|%)(?!\w)|"
                        r"\b\d+[.,]\d+\b")


def without_measures(low: str) -> str:
    """``low`` with its measures blanked, so that "about 1.2 cm" holds no count open (``extract/open_count``)."""
    return _MEASURE.sub(lambda m: " " * len(m.group()), low)


def number_value(words: str) -> int | None:
    """The whole number ``words`` spells ("3", "three"), else ``None``."""
    w = words.strip().lower()
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.index(w) if w in NUMBER_WORDS else None


# A finding word naming an organ by its enlargement ("hepatomegaly", "cardiomegaly"): an organ the site list misses.
_MEGALY = lazy_compile(r"\b[a-z]+megaly\b")


def other_enlargement(low: str, key: str) -> bool:
    """Whether ``low`` names an organ by its enlargement ("hepatomegaly", "cardiomegaly") that is not the gold's own
    (``key``): an organ the site list misses, so a second value. The gold's own enlargement ("the spleen measures 18 cm,
    consistent with splenomegaly" for "spleen": one of the vocabulary's size findings of that organ) restates the
    value; an enlargement the vocabulary does not file under that organ ("hepatosplenomegaly", an unknown "-megaly")
    is another."""
    if _MEGALY.search(low) is None:
        return False
    own = vocabulary().size_findings.get(key, frozenset())
    spans = {(m.start, m.end): m.concept for m in vocabulary().mentions(low)}
    return any(spans.get(m.span()) not in own for m in _MEGALY.finditer(low))


__all__ = ["asked_words", "blocked", "clause_of", "count_open", "counts", "denied", "number_value", "other_enlargement", "related", "said_normal", "without_measures"]
