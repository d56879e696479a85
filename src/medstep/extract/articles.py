"""A capital "A" as the English article rather than option A: "A large heart", "Answer: A retrocerebellar
arachnoid cyst".

Split from ``extract/mentions.py`` (past 500 lines): the mention finder asks these two questions of every "A" it
meets; what makes an "A" an article is a matter of the words after it, kept here apart from the option patterns.
"""

from __future__ import annotations

from typing import Mapping, Protocol

from medstep.extract import cues
from medstep.lazyre import lazy_compile


class _Named(Protocol):
    """A mention as far as these tests read it: the option it names."""

    @property
    def letter(self) -> str: ...


# Words after a capital "A" that make it the letter judged or joined, not the article ("A is correct", "A or B").
_ARTICLE_OK = frozenset({
    "is", "seems", "appears", "would", "best", "fits", "matches", "remains", "looks", "describes", "was",
    "and", "or", "correctly", "most", "it", "has", "explains", "represents", "corresponds", "aligns",
    "are", "were", "remain", "could", "may", "might", "seem", "should", "must", "can", "will", "fit", "match",
    "nor", "vs", "versus", "also", "then", "therefore", "thus", "because", "since", "as", "if", "but",
    "does", "did", "cannot", "can't", "isn't", "doesn't", "wins", "stands", "only", "alone", "instead",
})
# "I'd go with A here.", "I'd normally say A here, but ...": an adverb no article takes as its noun, closing the
# clause the letter ends (not "A here and C there", read as the article: which letter stands is unclear).
_CLOSING_HERE = lazy_compile(r" here[ \t]*(?:[.,;!)]|\Z)")


def is_article(text: str, end: int) -> bool:
    """Whether a bare "A" ending at ``end`` is the article: a word follows that is no verb of judgement nor another
    letter ("A large heart", "A 3 cm mass", "A Maisonneuve injury", "A Jones fracture"; not "A is correct", "A or
    B", "A B C D")."""
    rest = text[end:end + 24]
    if not rest.startswith(" ") or len(rest) < 2:
        return False
    word = rest[1:].split(" ", 1)[0].rstrip(".,;:!?")
    if word.lower() == "over" or rest[1:].lower().startswith("rather than"):
        return False  # "that's why A rather than E", "A over D": the letter chosen against another, no noun follows
    if not word or word.lower() in _ARTICLE_OK:
        return False
    if word[0].islower() or word[0].isdigit():
        return True
    # a capitalised word: an eponym or a title-cased name, not a capital standing alone (another option's letter)
    return word[0].isupper() and len(word) > 1 and any(c.islower() for c in word)


def chosen_here(text: str, end: int) -> bool:
    """Whether a bare "A" ending at ``end`` is the letter the writer chooses, closed by "here" ("I'd go with A here.",
    "I'll pick A here, but ..."). Only after the writer's own choice verb: "The typical mistake is to go with A
    here." or "A here, a subtle bone bruise" leave the "A" the article ``is_article`` reads, as every other caller
    does."""
    if _CLOSING_HERE.match(text, end) is None:
        return False
    toks = cues.tokens(text[max(0, end - 1 - 80):end - 1])
    return cues.choose(toks) and not cues.WRITER.isdisjoint(toks[-5:])


# An answer label right before a letter ("Answer: ", "**Final answer:** "): unlike "Option A", it may go on with a
# sentence whose first word is the article.
_ANSWER_BEFORE = lazy_compile(r"(?i)\banswer\s*[:：]?\s*\**\s*\Z")
# Words that cannot stand between an article and its noun: "A rather than …", "A, not …", "A because …".
_NOT_ADJECTIVES = frozenset({"rather", "than", "not", "over", "instead", "of", "because", "since", "as", "vs", "versus",
                             "and", "or", "but", "with", "given", "due", "is", "was", "for", "the", "an", "a", "no"}) \
    | _ARTICLE_OK
# The words after an article, each with the space before it: "A| retrocerebellar| arachnoid| cyst".
_ARTICLE_WORD = lazy_compile(r"[ \t]+(\S+)")


def answer_article(text: str, start: int, end: int, text_at: Mapping[int, _Named]) -> bool:
    """Whether the keyworded "A" at ``text[start:end]`` after an answer label is the article of another option's
    text, at most three lower-case words on ("Answer: A retrocerebellar arachnoid cyst." names option C's "Arachnoid
    cyst"); ``text_at`` maps where each option text found starts to its mention."""
    if not is_article(text, end) or _ANSWER_BEFORE.search(text, max(0, start - 24), start) is None:
        return False
    pos = end
    for _ in range(4):
        word = _ARTICLE_WORD.match(text, pos)
        if word is None:
            return False
        named = text_at.get(word.start(1))
        if named is not None:
            return named.letter != "A"
        if not word.group(1)[0].islower() or word.group(1).rstrip(".,;:!?") in _NOT_ADJECTIVES:
            return False  # ("Answer: A rather than an arachnoid cyst.": the letter set against the text)
        pos = word.end()
    return False


__all__ = ["answer_article", "chosen_here", "is_article"]
