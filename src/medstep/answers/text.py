"""What "the same answer" means for free text: normalisation and token overlap.

The rules are the usual VQA ones: Unicode NFKC, lowercase, punctuation turned
into spaces (so "x-ray" and "x ray" agree), English articles dropped,
whitespace collapsed. Punctuation becomes a space rather than vanishing so
that "t2-weighted" does not turn into a different token "t2weighted" on one
side only. An article is kept when it is the whole answer: "A" is a valid
answer (an option letter, a blood group), and dropping it would make every
prediction of it empty and every gold "A" unanswerable.

Open answers are reported with recall *and* precision and F1, because recall
alone rewards length: a model that lists every organ it knows recalls "liver".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from medstep.answers.concepts import abbreviates

_PUNCT = re.compile(r"[^\w\s]|_")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
# CJK ideographs: Chinese answers have no spaces, so each character is a token
# (the usual character-level recall for Chinese VQA, e.g. SLAKE zh).
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# Whether a text holds Chinese at all: readers built on the English vocabulary step aside for it.
HAN = re.compile(r"[\u4e00-\u9fff]")


def normalize_text(text: str) -> str:
    """Canonical form for comparing short answers (see module docstring)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = " ".join(_PUNCT.sub(" ", text.lower()).split())
    stripped = " ".join(_ARTICLES.sub(" ", text).split())
    return stripped or text


# A count written as a word or in digits is one answer ("Two." to a gold "2", "3 (ribs 5-7)" to a gold "three"):
# tokens compare each number word up to twenty as its digits.
_NUMBER_WORDS = {w: str(i) for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}


def tokens(text: str) -> list[str]:
    """Whitespace tokens of the normalised text; each CJK ideograph is a token of its own, and each number word up
    to twenty is its digits."""
    text = normalize_text(text)
    if not text.isascii():
        text = _CJK.sub(r" \1 ", text)
    return [_NUMBER_WORDS.get(t, t) for t in text.split()]


def same_text(prediction: str, gold: str) -> bool:
    """Exact match of two open answers: the same tokens in the same order (see :func:`tokens`; a possessive "s" left
    by the punctuation, "boxer's fracture", is no token of its own), or one the abbreviation of the other that the
    concept vocabulary gives ("PTX" and "pneumothorax", :func:`medstep.answers.concepts.abbreviates`)."""
    p, g = tokens(prediction), tokens(gold)
    if p == g or [t for t in p if t != "s"] == [t for t in g if t != "s"]:
        return True
    return (len(p) == 1 or len(g) == 1) and abbreviates(prediction, gold)


def _overlap(pred: list[str], gold: list[str]) -> int:
    # Bag-of-words overlap: a gold token repeated twice must appear twice.
    return sum((Counter(pred) & Counter(gold)).values())


def token_recall(prediction: str, gold: str) -> float:
    """Share of gold tokens present in the prediction (bag of words).

    The "recall" commonly reported for open medical VQA: a verbose but
    complete answer is not penalised, which is why it is never reported
    without :func:`token_precision` and :func:`token_f1`. An empty gold
    counts as recalled only by an empty prediction.
    """
    p, g = tokens(prediction), tokens(gold)
    if not g:
        return 1.0 if not p else 0.0
    return _overlap(p, g) / len(g)


def token_precision(prediction: str, gold: str) -> float:
    """Share of predicted tokens that are gold tokens: what recall hides when answers grow long."""
    p, g = tokens(prediction), tokens(gold)
    if not p:
        return 1.0 if not g else 0.0
    return _overlap(p, g) / len(p)


def token_f1(prediction: str, gold: str) -> float:
    """SQuAD-style token F1: harmonic mean of bag-of-words precision and recall."""
    p, g = tokens(prediction), tokens(gold)
    if not p or not g:
        return 1.0 if not p and not g else 0.0
    common = _overlap(p, g)
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)
