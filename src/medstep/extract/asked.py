"""What a closed question asks, and with which polarity: shared by the closed-question readers that need it.

A yes/no read from a statement is only right if the question's polarity is
known: "Absent." answers "Is there an effusion?" with no, but "Is there no
effusion?" with yes; "Mild." says an asked abnormality is there, but says
nothing to "Is the heart normal?". So the readers that interpret a statement
(rather than a verdict word) ask this module first:

* :func:`positive_form`: a negated question rewritten without its negation
  ("Is there no pneumothorax?" -> "Is there pneumothorax?", "Is the heart not
  enlarged?" -> "Is the heart enlarged?", "Are the lungs free of
  consolidation?" -> "Is there consolidation?", "non-inflamed" -> "inflamed"),
  and whether the verdict read against it must be flipped. "Isn't there …?"
  is rhetorical and asks the positive question (no flip).
* :func:`shape`: presence ("Is there X?", "X (yes/no)?", 有X吗, ¿Hay X?), a
  property that is an abnormality ("Is the heart enlarged?"), or normality
  ("Is the study normal?", "Are the lungs clear?"), of the positive form.

Verdict words that judge the statement itself ("True", "Correct") never need
this: they answer the question as asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from medstep.answers.asking import QUESTION_AUXILIARIES, ZH_ASKING
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.sites import site_table, sites_in
from medstep.answers.text import HAN
from medstep.answers import hedges, negation
from medstep.extract.implicit_words import ABNORMALITY
from medstep.lazyre import lazy_compile


class Kind(Enum):
    PRESENCE = "presence"  # is a finding there
    ABNORMAL = "abnormal"  # does a subject have an abnormal property ("enlarged", "rotated")
    NORMALITY = "normality"  # is a subject (or the study) normal, clear, intact, midline …


@dataclass(frozen=True)
class Shape:
    kind: Kind
    question: str  # the positive form
    flip: bool  # the question was negated: a verdict read against ``question`` is reversed


# (pattern, replacement, flip): the first that matches rewrites the question.
_NEGATED: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple((lazy_compile(p, re.I), r, f) for p, r, f in (
    (r"^\s*(is|are)\s+there\s+no\s+(?!other\b|more\b)(.+\?)\s*$", r"\1 there \2", True),
    (r"^\s*(is|are)n't\s+there\s+(.+\?)\s*$", r"\1 there \2", False),
    (r"^\s*(is|are)\s+no\s+(.+?)\s+(" + hedges.alternation(negation.SEEN) + r")\s*\?\s*$", r"\1 \2 \3?", True),
    (r"^\s*(is|are)\s+(the\s+[a-z ]{2,30}?)\s+not\s+([a-z]+)\s*\?\s*$", r"\1 \2 \3?", True),
    (r"^\s*(is|are)\s+the\s+[a-z ]{2,30}?\s+free\s+of\s+(?:any\s+)?([a-z ]{3,40}?)\s*\?\s*$", r"Is there \2?", True),
    (r"^\s*(is|are)\s+(the\s+[a-z ]{2,30}?)\s+non-?([a-z]{4,})\s*\?\s*$", r"\1 \2 \3?", True),
    # an absence asked: "Is the septum pellucidum absent?" is "Is it present?" the other way round ("Absent." is yes)
    (r"^\s*(is|are)\s+(the\s+[a-z ]{2,30}?)\s+(?:absent|missing)\s*\?\s*$", r"\1 \2 present?", True),
    # an abnormality of one organ is the organ not being normal: "Is there any abnormality in the lungs?" asks
    # "Are the lungs normal?" the other way round
    # an organ abnormal in one respect is that respect not normal: "Is the liver abnormal in size?" asks "Is the liver
    # normal in size?" the other way round ("normal in size" is no, "enlarged" yes: the readers of the normal frame)
    (r"^\s*(is|are)\s+(the\s+[a-z ]{2,30}?)\s+abnormal\s+(in\s+(?:size|shape|contour|caliber|calibre|thickness|"
     r"position|configuration))\s*\?\s*$", r"\1 \2 normal \3?", True),
    (r"^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?" + ABNORMALITY + r"\s+(?:in|of|within|involving)\s+(the\s+[a-z ]{2,30}?)\s*\?\s*$", r"Is \1 normal?", True),
))
_ANY_NEGATION = lazy_compile("(?i)" + hedges.words(negation.IN_QUESTION, negation.NONE, negation.NON) + "|"
                             + negation.CONTRACTION)
# Presence: "Is there X?", "Are there any X?", "Is X seen?", "Does the image show X?", "X (yes/no)?".
_PRESENCE = lazy_compile(
    r"(?i)^\s*(?:(?:is|are)\s+there\b|(?:does|do)\s+(?:the|this)\b.*\b(?:show|demonstrate|reveal|contain|depict|have)\b"
    r"|(?:is|are)\b.+\b(?:" + hedges.alternation(negation.SEEN, ("visualized", "visualised")) + r")\s*\?"
    r"|any\b|[^?]{2,40}\((?:yes/no|y/n|present/absent)\)\s*\?)")
_ZH_PRESENCE = lazy_compile(r"(?:是否有|是否存在|有没有|是否可见|^\s*[^？?]{0,12}有[^？?]{1,12}(?:吗|么)\s*[？?])")
_ZH_NORMAL = lazy_compile(r"正常(?:吗|么)?\s*[？?]\s*$")
_ES_PRESENCE = lazy_compile(r"(?i)^\s*¿\s*(?:hay|existe|se\s+(?:observa|ve|aprecia|identifica))\b")
_ES_NORMAL = lazy_compile(r"(?i)^\s*¿\s*(?:es|está|son|están)\s+normal(?:es)?\b|\bnormal(?:es)?\s*\?\s*$")
_ES_STATE = lazy_compile(r"(?i)^\s*¿\s*(?:está|están)\s+")


# 有无X？ / 有否X？ ("is there X or not?") asks X's presence as 是否有X？ does; its 无 denies nothing.
_ZH_EITHER = lazy_compile(r"有(?:无|否)(?=[\u4e00-\u9fff])")


def zh_either(question: str) -> str:
    """A Chinese 有无X？ / 有否X？ question in its 是否有X？ form (one form for the readers); other text unchanged."""
    return _ZH_EITHER.sub("是否有", question) if HAN.search(question) else question


def positive_form(question: str) -> tuple[str, bool] | None:
    """The question without its negation and whether to flip, or ``None`` when it holds a negation this does not
    know how to remove (then nothing may be read from a statement)."""
    q = zh_either(question.strip())
    for pattern, repl, flip in _NEGATED:
        if pattern.match(q):
            rewritten = pattern.sub(repl, q, count=1)
            return (rewritten, flip) if not _ANY_NEGATION.search(rewritten) else None
    return (q, False) if not _ANY_NEGATION.search(q) or HAN.search(q) else None


# "Is the liver abnormal in size?" (the normal frame the other way round, ``_NEGATED``): the respect it asks.
_ABNORMAL_IN = lazy_compile(r"(?i)^\s*(?:is|are)\s+the\s+[a-z ]{2,30}?\s+abnormal\s+in\s+([a-z]+)\s*\?\s*$")
# The words that speak of each respect of an organ; a word may speak of two ("dilated": a size, a calibre). A reply
# that speaks only of other respects ("normal in contour" to "abnormal in size?", "normal in echotexture") answers
# another question: the normal frame would read its "normal" as the asked respect's.
_RESPECTS: dict[str, tuple[str, ...]] = {
    "size": ("size", "sized", "enlarged", "enlargement", "small", "large", "big", "measures", "measuring", "span",
             "spanning", "atrophic", "atrophy", "shrunken", "dilated", "dilatation", "dilation", "length", "volume",
             "cardiomegaly", "hepatomegaly", "splenomegaly"),
    "shape": ("shape", "shaped", "contour", "contours", "configuration", "outline", "morphology", "lobulated",
              "nodular", "irregular", "smooth"),
    "calibre": ("calibre", "caliber", "diameter", "dilated", "dilatation", "dilation", "ectatic", "ectasia",
                "aneurysm", "aneurysmal", "narrowed", "narrowing", "stenosis", "measures", "measuring"),
    "thickness": ("thickness", "thick", "thickened", "thickening", "thin", "thinned", "thinning", "hypertrophy",
                  "hypertrophied", "measures", "measuring"),
    "position": ("position", "positioned", "displaced", "displacement", "midline", "shifted", "shift", "located",
                 "location", "ectopic", "malpositioned", "rotated", "situs", "dextrocardia"),
    "other": ("echotexture", "echogenicity", "echogenic", "density", "attenuation", "signal", "enhancement",
              "texture", "parenchyma", "architecture"),
}
_RESPECT_OF = {"contour": "shape", "configuration": "shape", "caliber": "calibre"}


def other_respect(text: str, question: str) -> bool:
    """Whether ``question`` asks an organ abnormal in one respect ("Is the aorta abnormal in calibre?") and ``text``
    speaks of other respects only ("The aorta is normal in position.", "The heart is not enlarged." to "... abnormal in
    position?"): read in the flipped normal frame, its "normal" would answer the asked respect."""
    m = _ABNORMAL_IN.match(question)
    if m is None:
        return False
    asked_respect = _RESPECT_OF.get(m.group(1).lower(), m.group(1).lower())
    said = {w for w in re.findall(r"[a-z]+", text.lower())}
    named = {r for r, ws in _RESPECTS.items() if not said.isdisjoint(ws)}
    return bool(named) and asked_respect not in named


def negated(question: str) -> bool:
    """Whether the question holds a negation word ("Is there no effusion?", "Is the heart not enlarged?", "... absent?"),
    not only a rewrite the other way round ("Is there any abnormality in the lungs?")."""
    return _ANY_NEGATION.search(question) is not None


def _normal_word(text: str) -> bool:
    """Whether ``text`` holds a word that calls something normal ("normal", "clear", "intact", "midline")."""
    return any(m.kind is MentionKind.NORMAL for m in vocabulary().mentions(normalize(text)))


def shape(question: str) -> Shape | None:
    """Kind and positive form of a closed question (see module docstring), or ``None``."""
    pos = positive_form(question)
    if pos is None:
        return None
    q, flip = pos
    if HAN.search(q):
        if _ZH_NORMAL.search(q):
            return Shape(Kind.NORMALITY, q, flip)
        return Shape(Kind.PRESENCE, q, flip) if _ZH_PRESENCE.search(q) else None
    if q.lstrip().startswith("¿"):
        if _ES_NORMAL.search(q):
            return Shape(Kind.NORMALITY, q, flip)
        if _ES_PRESENCE.match(q):
            return Shape(Kind.PRESENCE, q, flip)
        return Shape(Kind.ABNORMAL, q, flip) if _ES_STATE.match(q) else None
    if _normal_word(q) or re.search(r"(?i)\bwithin\s+normal\s+limits\b", q):
        return Shape(Kind.NORMALITY, q, flip)
    if _PRESENCE.match(q):
        return Shape(Kind.PRESENCE, q, flip)
    if re.match(r"(?i)^\s*(?:is|are)\s+the\s+[a-z -]{2,40}\?\s*$", q):
        return Shape(Kind.ABNORMAL, q, flip)
    return None


# A question that sets the scene first ("Renal ultrasound in a 58-year-old with flank pain. Is there hydronephrosis?"):
# the scene's sentences end before a capital (or after 。), and the last sentence asks, opening with an auxiliary verb
# (or holding 是否/吗). Its words name the finding; the scene's ("pain", "central line", "fall") are not asked about.
_SCENE_END = lazy_compile(r"(?<=[A-Za-z0-9)\]%]{2}[.!])\s+(?=[A-Z])|(?<=[。！])\s*")
_ASKS = lazy_compile(r"(?i)^(?:" + "|".join(QUESTION_AUXILIARIES) + r")\b[^?]*\?\s*$")
_ZH_ASKS = lazy_compile(ZH_ASKING)


def asked_sentence(question: str, answer: str = "") -> str:
    """The sentence of ``question`` that asks, without the scene set before it (see ``_SCENE_END``); the question
    unchanged when it has one sentence, when the scene holds a question mark of its own, or when its last sentence
    does not ask in so many words ("The trachea is midline. Correct or incorrect?" judges the sentence before), and
    when the scene names a side or site the asking sentence does not and ``answer`` another (see ``_new_place``)."""
    parts = _SCENE_END.split(question.strip())
    if len(parts) < 2 or any("?" in part or "？" in part for part in parts[:-1]):
        return question
    asks = _ASKS.match(parts[-1]) is not None or (HAN.search(parts[-1]) is not None and _ZH_ASKS.search(parts[-1]))
    if not asks or _new_place(" ".join(parts[:-1]), parts[-1], answer):
        return question
    return parts[-1]


_SIDE = lazy_compile(r"(?i)\b(left|right)\b")
_OPPOSITE = {"left": "right", "right": "left"}


def _new_place(scene: str, asking: str, answer: str) -> bool:
    """Whether the scene names a side, or a site (``answers/sites.tsv``), the asking sentence does not, and the answer
    places a finding on the other side or at another site of the scene's region: "Left hip radiograph after a fall.
    Is there a fracture?" answered by a fracture of the right femur, "Ultrasound of the gallbladder. Is there a
    stone?" by a stone in the kidney. The scene then says where the finding is asked about, so the whole question is
    kept. A whole region in the scene ("Chest film", "CT of the abdomen") places nothing, and a site that holds or
    lies in another is no other place."""
    sides = {m.group(1).lower() for m in _SIDE.finditer(scene)} - {m.group(1).lower() for m in _SIDE.finditer(asking)}
    if {_OPPOSITE[side] for side in sides} & {m.group(1).lower() for m in _SIDE.finditer(answer)}:
        return True
    table = site_table()

    def related(site: str, others: set[str]) -> bool:
        return any(site in table.ancestors[o] or o in table.ancestors[site] for o in others)

    asked = {site for site, _, _ in sites_in(asking.lower())}
    scene_only = {site for site, _, _ in sites_in(scene.lower())
                  if site not in table.tops[site] and not related(site, asked)}
    return any(not related(site, scene_only | asked) and any(table.tops[site] & table.tops[s] for s in scene_only)
               for site, _, _ in sites_in(answer.lower()))


def flip_verdict(verdict: str) -> str:
    """yes <-> no, 是 <-> 否."""
    return {"yes": "no", "no": "yes", "是": "否", "否": "是"}[verdict]


__all__ = ["Kind", "Shape", "asked_sentence", "flip_verdict", "negated", "other_respect", "positive_form", "shape"]
