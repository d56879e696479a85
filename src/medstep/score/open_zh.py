"""A Chinese answer that repeats its question's subject and then gives the label: "病变位于左侧" (the lesion lies on
the left) to "该病变位于哪一侧？", "箭头所指为主动脉弓" (the arrow points to the aortic arch) to
"图中箭头所指的结构是什么？", "胃管末端位于胃内" to "胃管末端位于何处？".

The extractor's Chinese frames (``extract/open_frames``) cut an answer that opens with the question's words as
written; a question opening with a pointer ("该", "图中", "这张胸片的") or naming its subject in other words ("异常"
for "病变") leaves the frame on, and the whole sentence never matches its label. Here the words before a linking verb
(:data:`_LINK`: 位于 "lies in", 所指为 "points to", 所示为 "shows", 是 / 为 "is") are the question's own characters or a
subject every such question shares (:data:`SUBJECTS`: lesion, abnormality), and the rest is the label: a few
characters, one clause, nothing that doubts, denies or offers a second answer (``answers/negation.ZH_CHARS``,
``answers/hedges.ZH``, 考虑 / 疑 "consider / suspect"). A closing 处 or 内 ("at", "inside") only says where, and a
side with 侧 ("左侧", "left side") is the side. An image noun closing a one-word answer ("超声图像", "CT画像": an
ultrasound image, a CT image) names only the kind of value, as "view" or "plane" does in English. A side opening a
finding ("左侧气胸", a left pneumothorax) narrows it, as "left" does in English, where neither the question nor the gold
names a side (:func:`unsided`).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.foreign_sides import ZH_SIDE_CHARS
from medstep.lazyre import lazy_compile

_LINK = lazy_compile(r"位于|所指为|所示为|是|为")
# Subjects every question about a finding's place or kind shares: lesion (病变, 病灶) and abnormality (异常).
SUBJECTS = ("病变", "病灶", "异常")
_HAN = lazy_compile(r"[\u3400-\u9fff]")
_LOCATIVE = lazy_compile(r"(?<=.)[处内]$")
_SIDE = lazy_compile(r"^([左右双])侧$")
# The longest label read, in characters (an answer going on is no label).
_MOST = 12
# Characters and words that hold a label open: a negation, "or", "possibly", "consider", "suspect".
_HOLDS = (*negation.ZH_CHARS, *hedges.ZH, "考虑", "疑", "，", ",", "；", ";", "、")


def zh_label(answer: str, question: str) -> str | None:
    """The label of a Chinese ``answer`` after the question's subject and a linking verb (module docstring), or
    ``None`` when it has no such frame or the label is held open."""
    text = answer.strip().rstrip("。.！!")
    if _HAN.search(text) is None or _HAN.search(question) is None or " " in text:
        return None
    link = _LINK.search(text)
    if link is None or link.start() == 0:
        return None
    lead = text[:link.start()]
    if lead not in SUBJECTS and not all(c in question for c in lead):
        return None
    label = _LOCATIVE.sub("", text[link.end():])
    if not label or len(label) > _MOST or any(h in label for h in _HOLDS):
        return None
    return side(label)


# An image noun closing a modality's name ("超声图像" an ultrasound image, Japanese "CT画像"): the kind of value.
_IMAGE_NOUN = lazy_compile(r"(?<=\w)(?:图像|图片|影像|画像)$")


def unimaged(answer: str) -> str | None:
    """``answer`` without an image noun closing it ("超声图像" as "超声", "ct画像" as "ct"), or ``None`` when it has
    none or holds more than one word."""
    text = answer.strip().rstrip("。.！!")
    if " " in text or _IMAGE_NOUN.search(text) is None:
        return None
    return _IMAGE_NOUN.sub("", text)


# A finding opened by its side ("左侧气胸" a left pneumothorax, "两侧胸腔积液" effusions on both sides), and a side
# named anywhere (``answers/foreign_sides.ZH_SIDE_CHARS``: 左 left, 右 right, 双 / 两 both, 侧 side).
_SIDE_ONLY = "".join(sorted(ZH_SIDE_CHARS - {"侧"}))
_SIDED = lazy_compile(rf"^[{_SIDE_ONLY}]侧(?=[\u3400-\u9fff])")
_ANY_SIDE = lazy_compile("[" + "".join(sorted(ZH_SIDE_CHARS)) + "]")


def unsided(answer: str, gold: str, question: str) -> str | None:
    """``answer`` without the side opening it ("左侧气胸" as "气胸", the ``narrower`` rung as "left pneumothorax" is
    for "pneumothorax"), or ``None``: when no side opens it, when the question or the gold names a side (the side is
    then what is asked or judged), or when the rest names another side, goes on or is held open ("左侧气胸，右侧胸腔积液",
    "左侧未见气胸", "左侧可能气胸")."""
    text = answer.strip().rstrip("。.！!")
    opened = _SIDED.search(text)
    if opened is None or " " in text or _ANY_SIDE.search(question + gold) is not None:
        return None
    rest = text[opened.end() :]
    if len(rest) > _MOST or _ANY_SIDE.search(rest) is not None or any(h in rest for h in _HOLDS):
        return None
    return rest


def side(text: str) -> str:
    """A side written with 侧 ("side") as the side alone: "左侧" as "左"."""
    return _SIDE.sub(r"\1", text.strip())


def side_alone(answer: str) -> str | None:
    """``answer`` as the side alone when it is a side written with 侧 ("左侧" as "左"), or ``None``."""
    alone = side(answer)
    return alone if alone != answer.strip() else None


__all__ = ["SUBJECTS", "side", "side_alone", "unimaged", "unsided", "zh_label"]
