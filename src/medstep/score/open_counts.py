"""A count written as a word that is no number word: "twins" to "How many fetuses are seen?" is 2, "a single large
calculus" to "How many stones ...?" is 1.

The grader reads number words as their digits ("three" and "3"), but a count is also said by nouns and adjectives
that carry it ("twins", "triplets", "single", "solitary", "a pair of"). To a question asking how many
(:func:`medstep.extract.open_count.asks_count`) and a gold that is a bare number, such a word is its digits, and the
answer is then read for its count as the extractor reads one (:func:`medstep.extract.open_count.counted`: the count
opening the answer or followed by the counted noun, nothing held open by a doubt, a bound or a second count): "twins"
is 2, "single large laminated calculus" is 1, "none" and "no stones" are 0, "twins, possibly triplets" is no count.
The words after the count describe what is counted; they name no other number. A gold written so ("twins") is read
alike against an answer that is a number ("2").

A Chinese count ("两个", "共3个", "三处", "可见两枚结节") to a Chinese question asking how many ("图中有几个肾脏？") is read
so too: its numeral is the count (``answers/text.ZH_NUMERAL``, read by the extractor's
:func:`medstep.extract.open_count.counted`). The extractor gives such a reply as its digits ("两个" is "2"), so a gold
written as a Chinese count ("两个", "三处", "2个", "两") is read the same way, or the digits would miss the words they
were read from.
"""

from __future__ import annotations

import re

from medstep.answers.text import HAN_CHAR, ZH_NUMERAL
from medstep.lazyre import lazy_compile

# Words that carry a count (lower case, as the grader reads answers), and the count each carries.
COUNT_WORDS = {"none": 0, "single": 1, "solitary": 1, "twin": 2, "twins": 2, "pair": 2, "triplet": 3, "triplets": 3,
               "quadruplet": 4, "quadruplets": 4}
_COUNT_WORD = lazy_compile(r"(?i)\b(?:an?\s+)?(" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")\b")
# "No" opening an answer to a question asking how many: none of the things counted ("No stones are seen.").
_NO = lazy_compile(r"(?i)^\s*no\s+(?=[a-z])")
# A gold that is a whole number alone.
_WHOLE = lazy_compile(r"\s*(\d{1,3})\s*\.?\s*")
# A Chinese numeral, or digits before a Chinese character ("两个", "3个"): only a cheap test that a Chinese count may
# be there (it also finds 一 in 一般, 两 in 两侧); whether one is, the extractor's ``counted`` reads.
_ZH_COUNT = lazy_compile(ZH_NUMERAL + r"|\d(?=" + HAN_CHAR + ")")


def count_words(answer: str, gold: str, question: str) -> bool | None:
    """Whether ``answer`` gives the count ``gold`` by a word carrying a count (module docstring); ``None`` when the rule
    does not apply (no such word, a gold that is no whole number, or a question not asking how many)."""
    if only_count(gold) and _WHOLE.fullmatch(answer) is not None:
        answer, gold = gold, answer  # a gold "twins" and an answer "2"
    whole = _WHOLE.fullmatch(gold)
    if whole is None:
        return _zh_gold(answer, gold, question)
    answer = _NO.sub("0 ", answer)  # "No stones." to a gold "0"
    if _COUNT_WORD.search(answer) is None and not answer.startswith("0 ") and _ZH_COUNT.search(answer) is None:
        return None
    from medstep.extract.open_count import asks_count, counted  # the count is read as the extractor reads it

    if not asks_count(question):
        return None
    text = _COUNT_WORD.sub(lambda m: str(COUNT_WORDS[m.group(1).lower()]), answer)
    found = counted(text, question)
    return found is not None and found.isdigit() and int(found) == int(whole.group(1))


def _zh_gold(answer: str, gold: str, question: str) -> bool | None:
    """Whether ``answer`` gives the count of a ``gold`` written as a Chinese count ("两个", "三处", "2个"), both read as
    the extractor reads a reply (the answer "2" or "两个" to "图中有几个肾脏？" against the gold "两个"); ``None`` when the
    gold is no Chinese count or the question asks no count."""
    if _ZH_COUNT.search(gold) is None:
        return None
    from medstep.extract.open_count import asks_count, counted

    if not asks_count(question):
        return None
    want = counted(gold, question)
    if want is None or not want.isdigit():
        return None
    found = counted(answer, question)
    return found is not None and found.isdigit() and int(found) == int(want)


def only_count(answer: str) -> bool:
    """Whether ``answer`` is a word carrying a count and nothing else ("Twins."): the gold written otherwise."""
    return re.fullmatch(r"\W*(" + "|".join(COUNT_WORDS) + r")\W*", answer.lower()) is not None


__all__ = ["COUNT_WORDS", "count_words", "only_count"]
