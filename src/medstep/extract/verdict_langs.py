"""The committed label of a reply in another language, to an open question asking the diagnosis: French, Spanish,
German, Italian or Portuguese by the verdict's frame (``foreign_verdict``), Chinese by its conclusion lead or the
question's own subject (``zh_verdict``); the rules are told in ``open_verdict``'s docstring.

Its own module because these read the other languages' frames, leads and endings (``langwords``), none of which the
English verdict reading of ``open_verdict`` shares: ``open_verdict.verdict`` hands a reply in another language here.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.langwords import (
    CJK_GLOSS,
    FOREIGN_ARTICLE_AFTER, FOREIGN_ENTITY_ASKED, FOREIGN_HELD_OPEN, FOREIGN_INDEFINITE, FOREIGN_IS, FOREIGN_LIKELIEST, FOREIGN_SETTLED,
    FOREIGN_VERDICT_LEAD, ZH_CONCLUSION_LEADS, ZH_DIAGNOSIS_LEADS, ZH_DISEASE_ENDINGS, foreign_negation,
)
from medstep.extract.open_labels import WORD, names_finding
from medstep.lazyre import lazy_compile


# The other European languages: the verdict's frame and where its label ends (what holds it open anywhere:
# ``langwords.FOREIGN_HELD_OPEN``).
# A stated diagnosis counts when it is the most likely one, or an indefinite article or a named finding follows ("...
# es una sarcoidosis"; not "Le diagnostic est confirmé par ...", "... est histologique"), and one called final or definitive ("Le diagnostic final
# est ...") never overrides an earlier verdict: it says how the diagnosis is settled.
_FOREIGN_CUE = lazy_compile(r"(?i)\b(?:" + FOREIGN_VERDICT_LEAD + "|(?P<stated>" + FOREIGN_IS + ")(?:(?P<indefinite>"
                            + FOREIGN_INDEFINITE + ")|" + FOREIGN_ARTICLE_AFTER + "))")
_FOREIGN_SETTLED = lazy_compile(r"(?i)\b" + FOREIGN_SETTLED + r"\b")
_FOREIGN_LIKELIEST = lazy_compile(r"(?i)" + FOREIGN_LIKELIEST)
_FOREIGN_END = lazy_compile(r"(?i)(?:\*\*|__|[,;:()\[\].!?\n—–]|\s[-–]\s|\s(?:avec|con|mit|et|y|und|e|qui|que|che|welche|"
                            r"dans|en|im|nel|no|na|" + "|".join(negation.OTHER_WITHOUT) + r")\b)")
_FOREIGN_ASKS = lazy_compile(r"(?i)diagn")
# The emphasis opening a label, whose closing mark ends it (``_FOREIGN_END``).
_EMPHASIS_OPEN = lazy_compile(r"[ \t]*(?:\*\*|__)?")
_FOREIGN_ENTITY = lazy_compile(r"(?i)" + FOREIGN_ENTITY_ASKED)
_FOREIGN_LABEL_WORDS = 8


def foreign_verdict(text: str, question: str) -> str | None:
    """A French, Spanish, German, Italian or Portuguese reply's committed label after its last verdict frame
    (``langwords.FOREIGN_VERDICT_LEAD``: "Il s'agit très probablement d'une appendicite aiguë : l'appendice ...", or
    a stated diagnosis: "El diagnóstico más probable es una apendicitis aguda."), to a question asking the diagnosis;
    ``None`` when anything holds it open or the label is negated or long."""
    entity = _FOREIGN_ASKS.search(question) is None and _FOREIGN_ENTITY.search(question) is not None
    if (_FOREIGN_ASKS.search(question) is None and not entity) or FOREIGN_HELD_OPEN.search(text) is not None:
        return None
    # a stated finding ("El hallazgo principal es ...") is no verdict on the diagnosis asked; a stated diagnosis is;
    # to a question asking the abnormality only the frame ("Il s'agit d'un X"), as English "This is X"
    cues = [c for c in _FOREIGN_CUE.finditer(text) if c.group("stated") is None
            or (not entity and _FOREIGN_ASKS.search(c.group("stated")))]
    cues = [c for i, c in enumerate(cues) if c.group("stated") is None or not i or _FOREIGN_SETTLED.search(c.group("stated"))
            is None]
    label = None
    for found in reversed(cues):
        opened = _EMPHASIS_OPEN.match(text, found.end())  # "d'un **X** de ...": X
        start = opened.end() if opened is not None else found.end()
        end = _FOREIGN_END.search(text, start)
        if end is not None and end.group() in ("**", "__") and len(WORD.findall(text[start:end.start()])) < 2:
            # "d'une **hernie** hiatale", "de **doença** de Crohn": one bold head word leaves its name's qualifier
            # after the closing mark; the label runs on past it
            end = _FOREIGN_END.search(text, end.end())
            while end is not None and end.group() in ("**", "__"):
                end = _FOREIGN_END.search(text, end.end())
        label = text[start:end.start() if end is not None else len(text)].strip(" *_\"'")
        if found.group("stated") is None or found.group("indefinite") is not None or names_finding(label) \
                or _FOREIGN_LIKELIEST.search(found.group("stated")) is not None:
            break
        label = None  # "Le diagnostic est confirmé par la radiographie.": no entity named; an earlier cue may
    if not label or len(WORD.findall(label)) > _FOREIGN_LABEL_WORDS or foreign_negation(label) \
            or (entity and not names_finding(label)):
        return None
    return label


# A Chinese conclusion's lead at a clause start, and the clause after it up to its end.
_ZH_CLAUSE = lazy_compile(r"[^。；;！!？?\n，,]+")
_ZH_TAIL = lazy_compile(r"的?(?:表现|改变|征象|可能)$")
_ZH_SUBJECT = lazy_compile(r"^(.{2,20}?)(?:是)?(?:什么|哪个|哪一|哪种|哪些|哪里|哪|多少|几)")
# A Chinese question asking a diagnosis, a disease, a lesion or its type ("什么组织类型"); a differential ("鉴别") in the reply holds it open.
_ZH_ASKS = lazy_compile(r"诊断|疾病|什么病|病变|病因|原因|类型")
# A Chinese question asking a place, a side, a size or a count ("病变位于哪个部位？"): its answer is no disease.
_ZH_ASKS_OTHER = lazy_compile(r"部位|位置|位于|哪里|哪侧|哪一侧|哪个器官|哪一器官|多少|几|大小|多大|尺寸|直径|长度")
_ZH_DIFFERENTIAL = "鉴别"
_ZH_LABEL_CHARS = 20
# A subject summing up the description before a conclusion lead in its clause ("上述特点", "以上表现", "这些影像特征",
# "综上所述"): the lead still opens the conclusion. No negation or hedge inside it ("上述特点不符合X" is no lead).
_ZH_SUMMARY = lazy_compile(r"(?:上述|以上|这些|综上所述|综上|综合)[^\W\d_不非未无没否可能或]{0,6}?(?=" + "|".join(ZH_CONCLUSION_LEADS)
                           + ")")


def _zh_names_disease(label: str) -> bool:
    """Whether a Chinese label names a disease or a finding: of the vocabulary, or by its ending
    (``langwords.ZH_DISEASE_ENDINGS``: "肺癌", "急性胆囊炎"); not a clause on the course ("需进一步检查", "感染较重")."""
    return label.endswith(ZH_DISEASE_ENDINGS) or names_finding(label)


def zh_verdict(text: str, question: str) -> str | None:
    """A Chinese reply's committed label (module docstring): the clause after the question's own subject ("主要改变为X"),
    else after the last conclusion lead naming a disease (a 考虑为 / 诊断为 one outranking a later 提示 / 符合), to a
    question asking a diagnosis or lesion; ``None`` when a hedge or a differential stands anywhere, or the label is
    negated ("考虑为非X"; a negated lead, "不符合X", is no lead)."""
    if ZH_HEDGE.search(text) is not None or _ZH_DIFFERENTIAL in text:
        return None
    asked = _ZH_SUBJECT.match(question.strip())
    subject = asked.group(1).rsplit("的", 1)[-1] if asked is not None else ""
    echo = [subject + "为", subject + "是"] if len(subject) >= 2 and not subject.startswith(("该", "这", "此")) else []
    if _ZH_ASKS_OTHER.search(question) is not None:
        return None
    leads = echo + ([] if _ZH_ASKS.search(question) is None else list(ZH_CONCLUSION_LEADS))
    label, lead = None, None
    for clause in _ZH_CLAUSE.finditer(text):
        body = clause.group().strip()
        summary = _ZH_SUMMARY.match(body)  # "上述特点符合甲状腺乳头状癌": the description summed up, then the lead
        if summary is not None and any(body.startswith(w, summary.end()) for w in ZH_CONCLUSION_LEADS):
            body = body[summary.end():]
        said = next((w for w in leads if body.startswith(w)), None)
        if said is None:
            continue
        if said in echo:
            label, lead = body[len(said):], said
            break  # the question's own subject answers it, whatever the disease concluded after it
        named = CJK_GLOSS.sub("", _ZH_TAIL.sub("", body[len(said):]))  # "符合佝偻病表现": the sign word closes the phrase
        if not _zh_names_disease(named) or (lead in ZH_DIAGNOSIS_LEADS and said not in ZH_DIAGNOSIS_LEADS):
            continue  # "考虑为肺癌，提示需进一步检查", "考虑为肺炎，符合临床表现": the course, not a second diagnosis
        label, lead = named, said
    if not label:
        return None
    if lead in echo:
        label = CJK_GLOSS.sub("", label) or label
    if not label or len(label) > _ZH_LABEL_CHARS or any(c in label for c in negation.ZH_CHARS):
        return None
    return label if label in text else None


__all__ = ["foreign_verdict", "zh_verdict"]
