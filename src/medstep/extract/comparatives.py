"""An answer whose own words give its option the opposite degree of the one asked ("Which kidney is larger?" —
"The right kidney is smaller. Answer: B" with B Right): the output contradicts itself, so it reads ``ambiguous``.

The question asks one end of a degree (larger, higher, thicker, wider, longer, or the other end). A statement
gives an option a degree when the option's text is the subject right before the degree word in its clause
("The right kidney is smaller than the left": right is smaller; the option after "than" is only compared with). The
chosen option said to hold the other end, or another option said to hold the asked end, contradicts the choice;
a statement giving the chosen option the asked end anywhere in the output keeps it ("The right kidney is smaller,
so the left is larger. Answer: A").
"""

from __future__ import annotations

from functools import lru_cache

from medstep.extract import cues
from medstep.extract.clauses import clause_left
from medstep.extract.marks import LINKING_VERBS
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# The two ends of each degree, the comparative and the superlative of each.
_DEGREES = (
    (("larger", "bigger", "greater", "largest", "biggest", "greatest"), ("smaller", "smallest")),
    (("higher", "highest"), ("lower", "lowest")),
    (("thicker", "thickest"), ("thinner", "thinnest")),
    (("wider", "widest", "broader", "broadest"), ("narrower", "narrowest")),
    (("longer", "longest"), ("shorter", "shortest")),
)
_END = {word: (i, end) for i, ends in enumerate(_DEGREES) for end, words in enumerate(ends) for word in words}
_WORD = lazy_compile(r"(?i)\b(?:" + "|".join(sorted(_END, key=len, reverse=True)) + r")\b")
_THAN = lazy_compile(r"(?i)\bthan\b")
# What may stand between the option and its degree: a linking verb and adverbs ("The right kidney is clearly
# smaller"), and the question's own words ("kidney"); anything else ("is not smaller", "has a lower BMI", "shows a larger cyst") gives it no end.
_LINK = LINKING_VERBS | frozenset({"clearly", "slightly", "much", "significantly", "markedly", "definitely", "visibly", "noticeably",
                   "somewhat", "considerably", "obviously", "also", "a", "bit", "little", "far", "the", "one"})


@lru_cache(maxsize=1024)
def _asked(question: str) -> tuple[int, int] | None:
    """(degree, end) the question asks ("Which kidney is larger?": size, the upper end), else None."""
    found = {_END[m.group().lower()] for m in _WORD.finditer(question)}
    return found.pop() if len(found) == 1 else None


def contradicts(text: str, idx: OptionIndex, question: str, letter: str) -> bool:
    """Whether ``text`` gives ``letter``'s option the other end of the degree ``question`` asks (or another option
    the asked end) and never the asked end (see module docstring)."""
    asked = _asked(question)
    if asked is None or _WORD.search(text) is None:
        return False
    mentions = [m for m in find_mentions(text, idx) if m.by_text and m.letter in idx.letters]
    asked_words = cues.tokens(question.lower())
    against = kept = False
    for word in _WORD.finditer(text):
        degree, end = _END[word.group().lower()]
        if degree != asked[0]:
            continue
        left = clause_left(text, word.start())
        lo = word.start() - len(left)
        subject = next((m for m in reversed(mentions) if lo <= m.start and m.end <= word.start()), None)
        if subject is None or _THAN.search(text, subject.end, word.start()) is not None:
            continue
        between = cues.tokens(text[subject.end:word.start()])
        if not between or not _LINK.union(asked_words).issuperset(between):  # (the question's noun: "left kidney is")
            continue  # "The left kidney is not smaller", "Patient B has a lower BMI": no end given to the option
        holds_asked = end == asked[1]
        if subject.letter == letter:
            kept = kept or holds_asked
            against = against or not holds_asked
        elif holds_asked:
            against = True
    return against and not kept


__all__ = ["contradicts"]
