"""Implicit yes/no in Chinese and Spanish: "心脏增大。" to 心脏是否增大？, "No se observa neumotórax." to ¿Hay neumotórax?

Split from :mod:`medstep.extract.implicit`, whose module docstring states the
rules (simple questions only, the question's own term, any hedge or unclear
negation refuses); these readers apply the same rules with each language's
own cue words, which live here and only here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.wordforms import han_heads
from medstep.extract.stance import Stance

# ----------------------------------------------------------------------------- Chinese cue words
_ZH_NEG = "(?:未见|未发现|未显示|没有|没见|不存在|不包含|不含|无|不见|未)"
_ZH_NEG_FILL = "(?:明显|明确|任何)?的?"
_ZH_AFFIRM = "(?:可见|可看到|看到|存在|显示|包含|含有|有|见)"
_ZH_AFFIRM_FILL = "(?:一个|一处|一枚|多个|多发|多处|少量|大量|明显的?|较大的?|小的?|[一二两三四五六七八九十多]+[个处枚条])?"
_ZH_NEG_CHARS = re.compile(r"未|无|没|不|非|否")
# Chinese hedge words; also read by ``extract/zh_concepts.py``.
ZH_HEDGE = re.compile(r"可能|疑似|疑|考虑|待|或|不除外|排除|不能|无法|不确定|似乎|也许|大概|？|\?")
_ZH_CLAUSE = re.compile(r"[，,。；;！!？?\n]")
_ZH_IMAGE = re.compile(r"图|影像|片中|片上")
_ZH_Q_HAS = re.compile(r"^\s*(.*?)(?:是否有|是否存在|有没有|是否可见|是否包含|是否含有|包含|含有|存在|可见|有)(.+?)(?:吗|么)?\s*[？?]\s*$")
_ZH_Q_PROP = re.compile(r"^\s*(.+?)(?:是否|看起来|看上去)(.+?)(?:吗|么)?\s*[？?]\s*$")
# "心脏增大吗？": a subject, then one state word, then the question particle.
_ZH_Q_STATE = re.compile(r"^\s*(.+?)(增大|扩大|肿大|增宽|正常|异常|移位|居中)(?:吗|么)\s*[？?]\s*$")
_ZHQ_REFUSE = re.compile(r"哪|什么|几|多少|还是|或|和|与|及|、|不|没|无|未")
# ----------------------------------------------------------------------------- Chinese
@dataclass(frozen=True)
class ZhQuestion:
    term: str
    place: str  # a location the statement must also name ("肺" of 肺部有结节吗), or ""
    prop: bool


def zh_question(question: str) -> ZhQuestion | None:
    q = question.strip()
    for pattern, prop in ((_ZH_Q_HAS, False), (_ZH_Q_PROP, True), (_ZH_Q_STATE, True)):
        m = pattern.match(q)
        if m is None:
            continue
        place, term = m.group(1).strip(), m.group(2).strip()
        if not term or _ZHQ_REFUSE.search(term) or len(term) > 8 or _ZHQ_REFUSE.search(place):
            return None
        place = "" if _ZH_IMAGE.search(place) else re.sub(r"[部中内里上的]+$", "", place)
        # the statement is read with each word form as its group's head (心影 -> 心脏), so the question is too
        return ZhQuestion(han_heads(term), han_heads(place), prop)
    return None


def _zh_stance(clause: str, q: ZhQuestion) -> Stance | None:
    if q.term not in clause:
        return None
    if q.place and q.place not in clause:
        # 未见结石 to 胆囊内有结石吗？: the term denied with no place at all denies it in the asked place too; a
        # clause naming anything else (another place) is unclear
        bare = re.fullmatch(r"\s*" + _ZH_NEG + _ZH_NEG_FILL + re.escape(q.term) + r"[\s*_]*", clause)
        return Stance.NO if bare is not None and not q.prop else Stance.UNCLEAR
    if re.search(_ZH_NEG + _ZH_NEG_FILL + re.escape(q.term), clause) or (
            q.prop and re.search("(?:不|没有|未|无)" + re.escape(q.term), clause)) or (
            q.prop and q.place and re.search(_ZH_NEG + _ZH_NEG_FILL + re.escape(q.place) + "的?" + re.escape(q.term),
                                             clause)):
        return Stance.NO  # 未见心影增大 to 心影是否增大？: the subject between the negation and its property
    if _ZH_NEG_CHARS.search(clause):
        return Stance.UNCLEAR
    if q.prop or re.search(_ZH_AFFIRM + _ZH_AFFIRM_FILL + re.escape(q.term), clause):
        return Stance.YES
    return None


def read_chinese(text: str, q: ZhQuestion) -> str | None:
    if q.prop:  # an elliptic reply opening with the property: "不正常，肝右叶可见…" to 肝脏看起来正常吗？
        first = _ZH_CLAUSE.split(text, maxsplit=1)[0].strip(" *_")
        if first == q.term:
            return ZH_YES
        if first in ("不" + q.term, "不是" + q.term, "并不" + q.term):
            return ZH_NO
    stances: set[Stance] = set()
    for sentence in re.split(r"[。！!\n]", text):
        named = {s for s in (_zh_stance(c, q) for c in _ZH_CLAUSE.split(sentence)) if s is not None}
        if named and ZH_HEDGE.search(sentence):
            return None
        stances |= named
    if not stances and not q.prop and len(q.term) >= 3:
        return _zh_broader_denied(text, q)
    if len(stances) != 1 or Stance.UNCLEAR in stances:
        return None
    return ZH_YES if Stance.YES in stances else ZH_NO


def _zh_broader_denied(text: str, q: ZhQuestion) -> str | None:
    """未见积液 to 有胸腔积液吗？: the term's head (its last two characters) denied, as ``_broader_denied``."""
    head = q.term[-2:]
    denied = False
    for sentence in re.split(r"[。！!\n]", text):
        for clause in _ZH_CLAUSE.split(sentence):
            if head not in clause:
                continue
            if ZH_HEDGE.search(sentence) or (q.place and q.place not in clause) \
                    or re.search(_ZH_NEG + _ZH_NEG_FILL + re.escape(head), clause) is None:
                return None
            denied = True
    return ZH_NO if denied else None


# ----------------------------------------------------------------------------- Spanish
# "¿Hay derrame pleural?" answered "Se observa un derrame pleural derecho." / "No se observa neumotórax."
_ES_Q = re.compile(r"(?i)^\s*¿\s*(?:hay|existe|se\s+(?:observa|ve|aprecia|identifica))\s+(?:(?:un|una|algún|alguna)\s+)?"
                   r"(?:(?:signos|datos|evidencia|hallazgos)\s+de\s+)?([a-záéíóúñü ]{3,40}?)\s*\?\s*$")
_ES_STATE = re.compile(r"(?i)^[\s*_]*(no\s+)?(?:se\s+(?:observan?|ven?|aprecian?|identifican?|visualizan?|evidencian?)|"
                       r"hay|existen?)\s+(?:(?:un|una|unos|unas|signos\s+de|evidencia\s+de)\s+)?(.+)$")
_ES_HEDGE = re.compile(r"(?i)\b(?:posible|posiblemente|probable|probablemente|podría|puede|sugestiv[oa]|sugiere|"
                       r"descartar|dudos[oa]|sospecha|quizás?|compatible|parece|o)\b|\?")


def read_spanish(text: str, question: str) -> str | None:
    """yes/no when every sentence stating the asked term is a plain "se observa / no se observa" statement."""
    m = _ES_Q.match(question)
    if m is None or " o " in f" {m.group(1)} ":
        return None
    term = m.group(1).strip().lower()
    stances: set[Stance] = set()
    head = term.split()[0]  # "derrame" of "derrame pleural": the noun comes first
    for sentence in re.split(r"(?<=[.!;])\s+|\n+", text):
        if term not in sentence.lower():
            if " " in term and re.search(rf"\b{re.escape(head)}\b", sentence.lower()):
                # "No hay derrame." to "¿Hay derrame pleural?": the bare noun denied (see ``_broader_denied``)
                st = _ES_STATE.match(sentence.strip())
                if st is None or not st.group(1) or _ES_HEDGE.search(sentence) or \
                        st.group(2).strip(" .!;*_").lower() != head:
                    return None
                stances.add(Stance.NO)
            continue
        st = _ES_STATE.match(sentence.strip())
        if st is None or _ES_HEDGE.search(sentence) or not st.group(2).lower().startswith(term):
            return None
        stances.add(Stance.NO if st.group(1) else Stance.YES)
    if len(stances) != 1:
        return None
    return YES if Stance.YES in stances else NO


__all__ = ["ZhQuestion", "read_chinese", "read_spanish", "zh_question"]
