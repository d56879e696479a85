"""A size question answered by the structure called too large or too small in words: "Are the kidneys normal in
size?" - "Both kidneys are small, with thinned echogenic cortex." (no). Rule ``implicit_size_said``.

``extract/zh_concepts.py`` reads "Is the heart normal in size?" through the organ's one size finding of the
vocabulary (cardiomegaly); a structure with none (the kidneys, the ovaries, the thymus) is read here, by the words
said of it:

* the question is "Is/Are the <structure> (of) normal (in) size?" (``zh_concepts.EN_SIZE_Q``);
* a clause opens with the structure (an article or "both" before it, its words in order: a side before it the
  question does not name breaks the opening), then a copula or a verb of seeming, at most a degree word, then a word of a size away from normal
  (:data:`OFF_SIZE`: enlarged, small, atrophic, ...): no;
* nothing in the reply calls anything normal, no clause denies the size word ("not enlarged"), no sentence hedges,
  and the reply is short. Anything else is left to the other readers.
"""

from __future__ import annotations

from medstep.answers import NO
from medstep.answers.text import HAN
from medstep.extract import implicit
from medstep.extract.implicit_terms import matches, stem, tokens
from medstep.extract.implicit_words import ARTICLES, DEGREE
from medstep.extract.zh_concepts import EN_SIZE_Q, size_subject
from medstep.lazyre import lazy_compile

RULE = "implicit_size_said"

# A structure's size away from normal, either way.
OFF_SIZE = frozenset({"enlarged", "large", "big", "bulky", "swollen", "small", "tiny", "shrunken", "atrophic",
                      "hypoplastic", "diminutive", "dilated"})
_VERBS = frozenset({"is", "are", "appears", "appear", "looks", "look", "seems", "seem"})
_NORMAL = lazy_compile(r"(?i)\bnormal")


def read_size_said(text: str, question: str) -> str | None:
    """no when a short English reply calls the asked structure too large or too small (module docstring)."""
    m = EN_SIZE_Q.match(question)
    if m is None or HAN.search(text) or len(text) > implicit.MAX_CHARS or _NORMAL.search(text):
        return None
    subject = [stem(w) for w in tokens(size_subject(m)) if w not in ARTICLES and w not in ('size', 'caliber', 'calibre')]
    said = False
    for sentence in implicit.sentences(text):
        here = False
        for clause in implicit.clauses(sentence):
            toks = tokens(clause)
            start = 1 if toks[:1] and (toks[0] in ARTICLES or toks[0] == "both") else 0
            end = start + len(subject)
            if len(toks) <= end or not all(matches(t, w) for t, w in zip(toks[start:end], subject)):
                continue
            rest = toks[end:]
            if rest[:1] and rest[0] in _VERBS:
                rest = rest[1:]
            if rest[:1] and rest[0] in DEGREE:
                rest = rest[1:]
            if rest[:1] and rest[0] in OFF_SIZE:
                here = True
            elif any(t in OFF_SIZE for t in toks):
                return None  # "The kidneys are not enlarged.", "The left kidney is small." (one side), another thing
        if here and implicit.hedged(sentence):
            return None
        said = said or here
    return NO if said else None


__all__ = ["OFF_SIZE", "RULE", "read_size_said"]
