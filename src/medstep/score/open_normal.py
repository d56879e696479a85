"""A normal study said in other words: "No abnormality is seen; the chest appears normal.", "No acute
cardiopulmonary process." or "Clear." answer a gold "normal".

The gold "normal" shares no token with "no acute cardiopulmonary process", and a denial keeps an answer from the
``contained`` rung ("no abnormality" is no "abnormality"), so the grader missed the commonest way a report says a
study is normal. The concept vocabulary already knows these phrases (its normal phrases, ``MentionKind.NORMAL``, and
the concepts of the category "normal": "no acute cardiopulmonary process", "normal chest radiograph"). An answer
matches a normal gold when the vocabulary reads a normal statement in it and nothing else: every word is inside a
normal phrase, a body part's name (a concept of the anatomy rows or a site of ``answers/sites.tsv``: "the chest
appears normal") or a frame ("is seen", ``score/open_contain.FRAME``).
A finding, device or modality beside it ("normal heart, small effusion"), a word the vocabulary does not read, a
doubt ("likely normal") or a denial of one finding ("no pneumothorax": a concept, not a normal statement) is no
match.
"""

from __future__ import annotations

from medstep.answers.concepts import MentionKind, vocabulary
from medstep.answers.sites import sites_in
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import FRAME

_WORD = lazy_compile(r"[^\W_]+")
# The categories a whole statement of normality belongs to, and those a body part beside it does.
_NORMAL, _PLACE = "normal", "anatomy"


def _reading(text: str) -> tuple[bool, bool]:
    """(a normal statement is read, every word is covered by one or by a body part or a frame) for ``text``."""
    vocab = vocabulary()
    low = " ".join(_WORD.findall(text.lower()))
    covered = [False] * len(low)
    normal = False
    for m in vocab.mentions(low):
        category = vocab.concepts[m.concept].category if m.kind is MentionKind.CONCEPT else ""
        if m.kind is MentionKind.NORMAL or category == _NORMAL:
            normal = True
        elif category != _PLACE:
            return False, False
        covered[m.start:m.end] = [True] * (m.end - m.start)
    for _, start, end in sites_in(low):  # a site beside the normal phrase: "the chest appears normal"
        covered[start:end] = [True] * (end - start)
    at = 0
    for word in low.split(" "):
        if word and not all(covered[at:at + len(word)]) and word not in FRAME:
            return normal, False
        at += len(word) + 1
    return normal, True


def said_normal(answer: str, gold: str) -> bool:
    """Whether ``gold`` is a normal statement alone and ``answer`` states a normal study and nothing else (module
    docstring)."""
    gold_normal, gold_whole = _reading(gold)
    if not (gold_normal and gold_whole) or not answer.strip():
        return False
    normal, whole = _reading(answer)
    return normal and whole


__all__ = ["said_normal"]
