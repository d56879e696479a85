"""The frame around a Chinese or Japanese open answer's label (``extract/open_frames.py`` for the other languages).

A Chinese answer often restates the question's words before its label ("病变位于右肺上叶。" to "图中病变位于哪个肺叶？");
a Japanese one closes on a copula ("気胸です。"); either may make the image its subject ("该图像为超声检查图像。") or
open with a conclusion lead ("考虑为气胸。"). These words are dropped as the English frames are, never a word that
holds the answer open (a clause mark, "or", a negation).
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.text import HAN
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.langwords import CJK_GLOSS, ZH_ADDS, ZH_ANSWER_LEFT, ZH_CONCLUSION_LEADS, ZH_DECISION_LEFT, ZH_DESCRIBES
from medstep.lazyre import lazy_compile

# A Chinese question's words before its question word ("图中显示的是哪个器官？" -> "图中显示的是"), which an answer
# restating them opens with ("图中显示的是肝脏。").
_ZH_ASKED = lazy_compile(r"^(.{2,20}?)(?:是)?(?:什么|哪个|哪一|哪种|哪些|哪里|哪|多少|几)")
# The fewest characters of the question's words a Chinese answer must restate ("病变位于" of "图中病变位于"; all of a
# shorter one).
_ZH_FRAME_TAIL = 3
_ZH_END = lazy_compile(r"[。.！!\s]+$")
_ZH_LABEL_CHARS = 12
# What holds a Chinese answer open: a clause mark, "or", a negating character (``negation.ZH_CHARS``).
_ZH_HOLDS = frozenset("，,；;或") | frozenset(negation.ZH_CHARS)
# The Japanese copula closing an answer, after an optional "the answer is" lead and quotes: "回答は「axial」です。".
# Also after a pointer ("これは気胸です。", "この画像は肺炎を示しています。"), and a verb of showing or seeing in place of
# the copula ("気胸が認められます。", "肺炎と考えられます。"; not their negations: "認められません" ends otherwise).
_JA_COPULA = lazy_compile(r"^(?:(?:回答|答え|正解|診断|答案|これ|この画像|画像|所見|本例|こちら)\s*は\s*)?[「『]?"
                          r"(?P<label>[^「」『』。はがをと]+?)[」』]?\s*(?:です|である|となります|を示しています|を示す|"
                          r"を認めます|が認められます|が見られます|と考えられます|の所見です|に一致します)[。.！!]?$")
# A Chinese conclusion's lead and ending: "考虑为气胸。", "符合肺炎表现。", "提示肺炎。", "诊断为气胸。".
_ZH_CONCLUDES = lazy_compile(r"^(?:" + "|".join(ZH_CONCLUSION_LEADS) + r")(?P<label>[^。！!]+?)(?:的)?(?:表现|改变|征象)?[。.！!]?$")
# The image as subject in Chinese: "该图像为超声检查图像。", "这是一张胸部X线片。", "图像显示左侧股骨颈骨折。".
_ZH_IMAGE_IS = lazy_compile(r"^(?:(?:这|该|此)(?:张|幅|个)?(?:图像|图片|影像)?(?:是|为)|(?:该|此|这张)?(?:图像|图片|影像)"
                            r"(?:显示|可见|示)(?:的是)?)(?P<label>[^。！!]+?)[。.！!]?$")
# The image noun after a modality ("超声检查图像" -> "超声"); a gloss closing a label is ``langwords.CJK_GLOSS``.
_ZH_IMAGE_NOUN = lazy_compile(r"(?:检查)?(?:图像|图片|影像|扫描)$")
_ZH_ONE = lazy_compile(r"^一(?:张|幅|个|种|例|枚|处)")


def zh_unframed(text: str, question: str) -> str:
    """A Chinese answer without the question's own words it opens with ("图中显示的是肝脏。" to "图中显示的是哪个器官？",
    "病变位于左侧。" to "病变位于哪一侧？"; or their tail: "病变位于…" to "图中病变位于哪个肺叶？"), when a few characters are
    left and none holds the answer open. After a restated frame of three characters at least, the clauses after the
    answer's are dropped when they only describe it: the first opens with a descriptive word (``langwords.ZH_DESCRIBES``: "，呈大片
    实变影", "，边界清楚") and none holds a word that adds or corrects (``langwords.ZH_ADDS``: 也, 亦, 并, 同时, 累及, 准确, a
    side or a lobe: "，中叶亦可见小片状影" names a second site, "，准确地说是右肺中叶" another answer), no hedge and no
    conclusion lead; any other clause keeps the answer whole."""
    organ = zh_organ(text, question)
    if organ is not None:
        return organ
    asked = _ZH_ASKED.match(question.strip())
    if asked is None:
        return cjk_frame(text)
    frame = asked.group(1)
    said = next((frame[i:] for i in range(max(1, len(frame) - _ZH_FRAME_TAIL + 1)) if text.startswith(frame[i:])), "")
    rest = _ZH_END.sub("", text[len(said):]).lstrip("是为") if said else ""
    head, comma, after = rest.partition("，")
    if comma and head and len(said) >= _ZH_FRAME_TAIL and after.startswith(ZH_DESCRIBES) and ZH_ADDS.search(after) is None \
            and ZH_HEDGE.search(after) is None and not any(lead in after for lead in ZH_CONCLUSION_LEADS):
        rest = head  # "病变位于右肺上叶，呈大片实变影。": the answer's clause, then a description of it
    rest = _ZH_ONE.sub("", rest)  # "一张超声图像": "a (sheet of)", the measure word before the noun
    if not rest or len(rest) > _ZH_LABEL_CHARS or any(c in rest for c in _ZH_HOLDS):
        return cjk_frame(text)
    return rest


# A Chinese question asking which organ ("这张图像显示的主要器官是什么？", "病变位于哪个脏器？").
_ZH_ASKS_ORGAN = lazy_compile(r"(?:器官|脏器)(?:是)?(?:什么|哪)|(?:什么|哪[个一]?)(?:器官|脏器)")
# The first clause of a Chinese reply naming a thing after a verb of showing, a copula or a placing verb, to the
# clause's end: "这张腹部CT图像主要显示的是肝脏，…" -> "肝脏".
_ZH_NAMES = lazy_compile(r"[^，,。；;！!？?]*?(?:显示的是|显示为|所示为|显示|示|为|是|位于|在)(?P<label>[^，,。；;！!？?]{1,6})"
                         r"(?:[，,。；;！!]|$)")


# A first clause naming only the image ("该图像为腹部CT横断面，", "这是一张上腹部CT，"), before the clause answering.
_ZH_IMAGE_CLAUSE = lazy_compile(r"(?:这|该|此)(?:是)?(?:一)?(?:张|幅|个)?(?:图像|图片|影像)?(?:为|是)[^，,。；;]{1,16}[，,]")


def zh_organ(text: str, question: str) -> str | None:
    """The organ a Chinese reply names in its first clause, to a Chinese question asking which organ (issue #7: "这张
    腹部CT图像主要显示的是肝脏，肝内可见多发低密度灶。" to "这张图像显示的主要器官是什么？" is 肝脏; the clauses after it
    describe the organ). The label must be exactly one organ of the concept vocabulary (its Chinese names), the
    clause must hold no negation or hedge, and no later clause may add, correct or doubt (``langwords.ZH_ADDS`` beyond
    the organ's own characters, a hedge, a conclusion lead); ``None`` otherwise."""
    from medstep.answers.concepts import normalize, vocabulary
    from medstep.extract.concept_question import category_of

    if _ZH_ASKS_ORGAN.search(question) is None:
        return None
    text = text.strip()
    image = _ZH_IMAGE_CLAUSE.match(text)  # "该图像为腹部CT横断面，图中显示的主要器官是肝脏。": the image named first
    start = image.end() if image is not None else 0
    found = _ZH_NAMES.match(text, start)
    if found is None:
        return None
    label = found.group("label").strip()
    clause = text[start:found.end("label")]
    if any(c in clause for c in _ZH_HOLDS) or ZH_HEDGE.search(clause) is not None:
        return None
    mentions = vocabulary().mentions(normalize(label))
    if len(mentions) != 1 or category_of(mentions[0]) != "anatomy" or mentions[0].end - mentions[0].start != len(label):
        return None  # "右肾上极" (a part), "肝脏和脾脏" (two), a finding: left to the other readers
    after = text[found.end():]
    if ZH_HEDGE.search(after) is not None or any(lead in after for lead in ZH_CONCLUSION_LEADS) \
            or any(ch in after for ch in "也亦另还") or "同时" in after or "累及" in after or "应为" in after:
        return None  # "…，脾脏也增大" adds an organ; "…，考虑为…" concludes on
    if any(category_of(m) == "anatomy" and m.concept != mentions[0].concept for m in vocabulary().mentions(normalize(after))):
        return None  # "图中显示肝脏，脾脏明显增大。": a later clause names another organ, which may be the one asked
    return label


def cjk_frame(text: str) -> str:
    """A Chinese or Japanese answer without the frame around its label, whatever the question: the Japanese copula
    and its answer lead ("回答は「axial」です。", "MRI（T2強調像）です。"), the image as subject ("该图像为超声检查图像。",
    "图像显示左侧股骨颈骨折。"), then the image noun after a modality and a gloss in full-width brackets holding Chinese
    or Japanese words ("（T2強調像）"; not initials: "磁共振成像（MRI）" keeps them). Nothing is taken from a label
    holding a clause mark, "or" or a negation."""
    image = _ZH_IMAGE_IS.match(text)
    found = _JA_COPULA.match(text) or image or _ZH_CONCLUDES.match(text)
    if found is None:
        return text
    rest = found.group("label").strip()
    gloss = CJK_GLOSS.search(rest)
    if gloss is not None and gloss.start() > 0 and HAN.search(gloss.group(1)) is not None:
        rest = rest[:gloss.start()]
    if found is image:
        rest = _ZH_ONE.sub("", rest)
        rest = _ZH_IMAGE_NOUN.sub("", rest) or rest
    if not rest or len(rest) > _ZH_LABEL_CHARS * 3 or any(c in rest for c in _ZH_HOLDS):
        return text
    return rest


def cjk_label(text: str, question: str) -> str:
    """A Chinese or Japanese answer's label (``open_frames.foreign_label``): without the question's words it restates
    (:func:`zh_unframed`), else without an answer lead (``langwords.ZH_ANSWER_LEFT`` and ``ZH_DECISION_LEFT``:
    "答案是：气胸。", "诊断为气胸") and then those words; its closing mark dropped unless the label is held open."""
    label = zh_unframed(text, question)
    if label == text:
        cut = max((i for i in range(1, min(len(text), _ZH_LABEL_CHARS)) for lead in (ZH_ANSWER_LEFT, ZH_DECISION_LEFT)
                   if lead.fullmatch(text, 0, i)), default=0)
        rest = text[cut:].lstrip(" :：")
        label = zh_unframed(rest, question) if rest else text
    return label if any(c in label for c in _ZH_HOLDS) else _ZH_END.sub("", label)


__all__ = ["cjk_frame", "cjk_label", "zh_unframed"]
