"""A size question answered with something else: "How large is the mass?" - "The mass is located in the right
hepatic lobe." (issue #7: a location read as the size, a false decision).

An open reader takes text, so the place, the kind or the look of the thing asked would be graded as its size. A
careful reader finds no size in a reply that gives no number, no unit and no word of size (``answers/size_words``:
"small", "enlarged", "normal", "larger than the spleen", "occupying most of the lobe", "pea-sized"): the model named
where or what the thing is, and committed to no size. :func:`gives_no_size` says so, and the open reader
(``extract/open_reader.py``) reports ``unparsed``.

Narrow on purpose (a missed answer is cheaper than a wrong one, but an answer lost is a loss too):

* the question asks one size, plainly, in English ("What is the size of ...?", "How large / big is ...?", "How long /
  wide / thick is the ...?", "What is the diameter ...?", "Size of ...?"); not a comparison ("Which is larger?", "the
  largest"), not two things at once ("the size and location"), not a time ("How long has ...?");
* the reply is English (no Chinese characters) and short enough to be one answer.
"""

from __future__ import annotations

from medstep.answers.size_words import SIZE_ENDINGS, SIZE_WORDS
from medstep.answers.text import HAN, NUMBER_WORDS
from medstep.lazyre import lazy_compile

_ASKS_SIZE = lazy_compile(
    r"(?i)^[\s*_\"']*(?:what\s+(?:is|was|are|were)\s+the\s+(?:(?:approximate|estimated|maximum|maximal|greatest|"
    r"largest|longest|overall|total)\s+)*(?:size|diameter|dimensions?|length|width|thickness)\b|"
    r"what\s+size\s+(?:is|was|are)\b|how\s+(?:large|big)\b|how\s+(?:long|wide|thick)\s+(?:is|was|are)\s+(?:the|this|that)\b|"
    r"(?:size|diameter|dimensions?)\s+of\b)")
# A question comparing sizes or asking a second thing beside the size: a place or a name may answer it.
_NOT_ONE_SIZE = lazy_compile(r"(?i)\b(?:and|or|which|larger|smaller|bigger|largest\s+(?!diameter|dimension)|"
                             r"smallest|compared|versus|vs)\b")
_WORD = lazy_compile(r"[a-z]+")
_DIGIT = lazy_compile(r"\d")
_MAX = 300
_NUMBERS = frozenset(NUMBER_WORDS) | {"few", "several", "couple"}


def gives_no_size(region: str, question: str) -> bool:
    """Whether the open answer ``region`` to a plain size ``question`` gives no size: no digit, no number word and no
    word of :data:`SIZE_WORDS` or with a size's ending (``SIZE_ENDINGS``; module docstring)."""
    text = region.strip()
    if (not text or len(text) > _MAX or _ASKS_SIZE.match(question) is None
            or _NOT_ONE_SIZE.search(question) is not None or HAN.search(text) is not None
            or _DIGIT.search(text) is not None):
        return False
    words = _WORD.findall(text.lower())
    return bool(words) and not any(w in SIZE_WORDS or w in _NUMBERS or w.endswith(SIZE_ENDINGS) for w in words)


__all__ = ["gives_no_size"]
