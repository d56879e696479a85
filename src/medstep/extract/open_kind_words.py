"""The words of the shared vocabularies a text names, with their places: the other-language values the frame-free
open reader (``extract/open_kind.py``) reads beside the English site table. Apart from that reader so it stays one
reading of a kind's values under the size a module may have (lane opentrim50)."""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.text import HAN
from medstep.extract.foreign_words import Word, vocabulary
from medstep.extract.langwords import fold
from medstep.lazyre import lazy_compile

_Span = tuple[Word, int, int]  # a vocabulary word and where it is in the text
_WORD = lazy_compile(r"[^\W\d_]+")
_PHRASE = 3  # the most words of one vocabulary phrase
_ZH_LONGEST = 8


def foreign_spans(text: str) -> list[_Span]:
    """The vocabulary words of ``text`` with their places: phrases of up to three Latin words, Chinese runs longest
    first."""
    vocab = vocabulary()
    out: list[_Span] = []
    tokens = list(_WORD.finditer(text))
    i = 0
    while i < len(tokens):
        if HAN.match(tokens[i].group()):
            out += _zh_spans(tokens[i].group(), tokens[i].start())
            i += 1
            continue
        for n in range(min(_PHRASE, len(tokens) - i), 0, -1):
            key = " ".join(fold(t.group()) for t in tokens[i:i + n])
            word = vocab.get(key)
            if word is not None:
                out.append((word, tokens[i].start(), tokens[i + n - 1].end()))
                i += n
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _zh_keys() -> frozenset[str]:
    return frozenset(k for k in vocabulary() if HAN.search(k))


def _zh_spans(run: str, offset: int) -> list[_Span]:
    vocab, keys = vocabulary(), _zh_keys()
    out: list[_Span] = []
    i = 0
    while i < len(run):
        for n in range(min(_ZH_LONGEST, len(run) - i), 0, -1):
            if run[i:i + n] in keys:
                out.append((vocab[run[i:i + n]], offset + i, offset + i + n))
                i += n
                break
        else:
            i += 1
    return out


__all__ = ["foreign_spans"]
