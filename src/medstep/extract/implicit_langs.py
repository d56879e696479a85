"""Implicit yes/no in Chinese: "心脏增大。" to 心脏是否增大？, "纵隔不宽。" to 纵隔是否增宽？ (the European languages:
``extract/implicit_europe.py``).

Split from :mod:`medstep.extract.implicit`, whose module docstring states the
rules (simple questions only, the question's own term, any hedge or unclear
negation refuses); these readers apply the same rules with each language's
own cue words, which live here and only here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from medstep.answers import ZH_DEGREE_DENIABLE, ZH_DEGREE_INSIDE, ZH_NO, ZH_YES, hedges, negation
from medstep.answers.concepts import CONCEPTS_FILE, merge_rows, packaged_text, read_rows, vocabulary
from medstep.answers.text import HAN_CHAR, ZH_COUNT, ZH_DESCRIBED, ZH_LESION_WORDS, ZH_LOOK, ZH_ORGAN_PARTS, ZH_SIZE
from medstep.answers.wordforms import han_heads
from medstep.extract import asked, zh_topic
from medstep.extract.antonym_pairs import ZH_OPPOSITES
from medstep.extract.stance import Stance
from medstep.lazyre import lazy_compile

# ----------------------------------------------------------------------------- Chinese cue words
_ZH_NEG = "(?:" + negation.alternation(negation.ZH_DENY, negation.ZH_SET_ASIDE) + ")"
# A verb of detecting between a bare 未 (or 没有) and the term ("未探及血流信号", "未检出", "没有发现结石"), then a qualifier.
_ZH_NEG_FILL = "(?:探及|检出|扫及|观察到|见到|看到|发现)?(?:明显|明确|任何)?的?"
# 提示 / 符合 / 考虑 ("indicating", "consistent with", "considered") state the impression of a Chinese report:
# "提示右侧气胸。", "考虑肺炎。"; 考虑 with a maybe-word ("考虑肺炎可能", "考虑肺炎或肺不张") stays a hedge (ZH_HEDGE).
_ZH_AFFIRM = "(?<![如若])(?:可见|可看到|看到|存在|显示|包含|含有|有|见|提示|符合|考虑|探及|检出|扫及)"
# The copula a verb of the impression takes before what it names: "考虑为左肾结石", "提示为肺炎", "显示为积液".
_ZH_COPULA = "(?:为|是)?"
# What names a finding's area or look after its term ("坏死区", "出血灶", "骨折征象", "结节影", "血流信号").
_ZH_TERM_TAIL = "(?:区|灶|影|征象?|改变|信号)?"
# A count before the finding ("两个", "多处", "三枚") is a Chinese numeral or 多 and a measure word (``answers/text``).
# Its size and look may follow ("可见一枚直径约6 mm的高密度结石", ``answers/text.ZH_SIZE``, ``ZH_LOOK``).
_ZH_AFFIRM_FILL = ("(?:左侧|右侧|双侧|两侧)?(?:多发|少量|大量|丰富的?|明显的?|较大的?|小的?|" + ZH_COUNT + ")?" + ZH_SIZE
                   + "?" + ZH_LOOK + "?(?:" + HAN_CHAR + "{1,3}状的?)?"  # a shape before the finding: "火焰状出血", "条索状影"
                   + ZH_DESCRIBED)  # and more words of its look, in any order ("可见多发细小多形性钙化")
_ZH_NEG_CHARS = lazy_compile(negation.alternation(negation.ZH_CHARS, negation.ZH_NO))
# Chinese hedge words; also read by ``extract/zh_concepts.py``.
# What a finding can do or usually is, said of the class, not of this image ("胸腔积液可使肋膈角变钝", "气胸通常表现为…",
# "气胸是指胸膜腔内积气"): no statement of this image either, so read as a hedge is.
_ZH_GENERIC = r"可使|可引起|可导致|可造成|可表现为|常表现为|通常|多见于|常见于|好发于|典型表现|是指|定义为"
ZH_HEDGE = lazy_compile(r"可能|疑似|疑|待|或|需考虑|需要考虑|应考虑|临床考虑|不除外|排除|不能|无法|不确定|似乎|(?<![类相近恰])似(?:有|见|可见|呈)|也许|大概|？|\?|" + _ZH_GENERIC)
# Chinese words that place a stated finding in the past or on its way out ("右侧气胸已吸收" resolved, "陈旧性骨折" old,
# "骨折已愈合" healed, "术后" after surgery, "较前好转" improving): no current finding stated, as English "old",
# "healed", "resolving" (``implicit_words.HEDGES``); also read by ``extract/zh_concepts.py``.
ZH_PAST = lazy_compile(r"吸收|消失|陈旧|既往|愈合|术后|治疗后|好转|改善")
# What before a denial limits it to a place or side ("左侧未见…", "肋骨未见…"); the image or both sides limit nothing.
_ZH_PLACED = lazy_compile(r"[\u4e00-\u9fff]")
_ZH_WHOLE = lazy_compile(r"(?:本|该|此)?(?:图像|图片|图|影像|片子|胸片|片)(?:中|上|内)?|双侧|两侧|双肺|两肺|全肺")
_ZH_CLAUSE = lazy_compile(r"[，,。；;！!？?\n]")
_ZH_SEEN = lazy_compile(r"但|然而|" + negation.alternation(negation.ZH_SEEN) + r"|示")  # a turn, or a finding seen, in a clause beside an organ called normal
# The image or the study as the place of a question ("图中", "这张眼底照片中", "该腹部CT", "此MRI"): no place to name.
_ZH_IMAGE = lazy_compile(r"图|影像|片中|片上|^(?:该|此|这张|这个|这幅|本)?[\u4e00-\u9fff]{0,4}?(?:CT|MRI|MR|DR|PET|超声|B超|"
                         r"X线|X光|胸片|平片|照片|切片|检查|扫描)(?:图像|片|中|上|内|里)?$")
# The image named before the asked place ("这张超声图像中胆囊内是否有结石？", "图中心影是否增大？"): the frame ends at
# its locative (中 / 上 / 内 / 里, then 的), and an organ after it is the place the statement must name, not dropped
# with the frame (:data:`_ZH_IMAGE` drops a place that holds the image).
_ZH_IMAGE_LEAD = lazy_compile(r"^(?:该|此|这张|这个|这幅|这|本)?[\u4e00-\u9fffA-Za-z0-9]{0,6}?(?:图像|图片|影像|照片|切片|片子|"
                              r"平片|胸片|图|片|CT|MRI|MR|DR|超声|B超|检查|扫描)(?:中|上|内|里)的?")
# "该患者是否有骨质疏松?": the patient is who has the finding, not a place the answer must name
_ZH_PATIENT = lazy_compile(r"(?:该|此|这个|这位)?(?:患者|病人|病例)")
_ZH_OWNER = lazy_compile(r"^" + _ZH_PATIENT.pattern + r"的")
# (the verb's aspect particle is no word of the term: "图中是否显示了心脏？" asks 心脏; the verb of having a disease,
# "该患者是否患有肺癌？", asks 肺癌 as 是否有 does: without it the place took "是否患" and no statement named it)
_ZH_Q_HAS = lazy_compile(r"^\s*(.*?)(?:是否(?:患|伴)?有|是否存在|有没有|是否可见|是否显示(?:有|出|了)?|是否提示(?:有)?|是否包含|是否含有|包含|含有|存在|可见|有)(.+?)"
                        r"(?:吗|么)?\s*[？?]\s*$")
_ZH_Q_PROP = lazy_compile(r"^\s*(.+?)(?:是否|看起来|看上去)(.+?)(?:吗|么)?\s*[？?]\s*$")
# "心脏增大吗？": a subject, then one state word, then the question particle.
_ZH_STATES = "增大|扩大|肿大|增宽|正常|异常|移位|居中"
_ZH_Q_STATE = lazy_compile(r"^\s*(.+?)(" + _ZH_STATES + r")(?:吗|么)\s*[？?]\s*$")
# "是否显示脾脏增大？": a presence question whose term is a subject and its state asks the state of the subject.
_ZH_TERM_STATE = lazy_compile(r"^(.{2,6}?)(" + _ZH_STATES + r")$")
_ZHQ_REFUSE = lazy_compile(r"哪|什么|几|多少|还是|或|和|与|及|、|" + negation.alternation(negation.ZH_CHARS))
# The two names of a space-occupying lesion (a mass), longest first (``answers/text.ZH_LESION_WORDS``).
_ZH_MASS = tuple(w for w in ZH_LESION_WORDS if w.startswith("占位"))
# ----------------------------------------------------------------------------- Chinese
@dataclass(frozen=True)
class ZhQuestion:
    term: str
    place: str  # a location the statement must also name ("肺" of 肺部有结节吗), or ""
    prop: bool
    framed: bool = False  # the place came after an image frame ("这张超声图像中胆囊内"): a clause naming no place at all
    # reads as the frame-only question did (of the image), one naming another place does not


# A finding whose Chinese name holds a negation character (肺不张, atelectasis: 不 "not"): its character is masked by
# one that negates nothing in question and reply alike (:func:`mask_names`), so the name is read as a term.
_MASK = "\u4e8d"


@lru_cache(maxsize=1)
def _negating_names() -> tuple[tuple[str, str], ...]:
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE))
    names = {s for r in rows.values() if r.category == "finding" for s in r.synonyms
             if HAN_NAME.search(s) and any(ch in s for ch in negation.ZH_CHARS)}
    return tuple((n, "".join(_MASK if ch in negation.ZH_CHARS else ch for ch in n))
                 for n in sorted(names, key=len, reverse=True))


HAN_NAME = lazy_compile(r"[\u4e00-\u9fff]")


def mask_names(text: str) -> str:
    """``text`` with the negation characters inside findings' Chinese names masked ("提示肺不张" -> "提示肺\u4e8d张")."""
    for name, masked in _negating_names():
        text = text.replace(name, masked)
    return text


def zh_question(question: str) -> ZhQuestion | None:
    q = asked.zh_either(question.strip())
    if not q.rstrip().endswith(("？", "?")):
        return None  # each pattern ends on the question mark; without it, each place the verb may stand would be
        # tried to the end ("图中是否显示了" * 2800 took seconds)
    for pattern, prop in ((_ZH_Q_HAS, False), (_ZH_Q_PROP, True), (_ZH_Q_STATE, True)):
        m = pattern.match(q)
        if m is None:
            continue
        place, term = m.group(1).strip(), m.group(2).strip()
        if not term or _ZHQ_REFUSE.search(term) or len(term) > 8 or _ZHQ_REFUSE.search(place):
            return None
        lead = _ZH_IMAGE_LEAD.match(place)
        framed = lead is not None and _opens_on_organ(place[lead.end():])
        if lead is not None and framed:
            place = place[lead.end():]  # "这张超声图像中胆囊内" asks of 胆囊内 (a lesion after the frame, "图像中的病变",
            # is the image's one lesion, whatever the reply calls it: the frame and it are dropped together, below)
        # "该患者的肝脏是否正常？" asks of the liver: the patient owning the organ is no word of the place
        place = _ZH_OWNER.sub("", place)
        place = "" if _ZH_IMAGE.search(place) or _ZH_PATIENT.fullmatch(place) else re.sub(r"[部中内里上的]+$", "", place)
        if prop:  # 该病变是否为良性？ asks 病变 benign: the copula is no part of the term, "this" no part of the place
            term = re.sub(r"^(?:为|是)", "", term)
            place = re.sub(r"^(?:该|此|这个|这一|这|本)", "", place)
            if not term:
                return None
        lesion = re.fullmatch(r"(.{1,4}?)(" + "|".join(ZH_LESION_WORDS) + ")", term) if not prop and not place else None
        if lesion is not None and _opens_on_organ(lesion.group(1)):
            place, term = lesion.group(1), lesion.group(2)  # 是否可见肝脏病变？ asks a lesion (病变) in the liver
        stated = _ZH_TERM_STATE.match(term) if not prop and not place else None
        if stated is not None:  # 该CT是否显示脾脏增大？ asks 脾脏 enlarged
            place, term, prop = stated.group(1), stated.group(2), True
        # the statement is read with each word form as its group's head (心影 -> 心脏), so the question is too
        return ZhQuestion(han_heads(term), han_heads(place), prop, framed=framed and bool(place))
    return None


def zh_organ_compound(q: ZhQuestion) -> ZhQuestion | None:
    """The presence question of a finding whose name opens on its organ (是否有肾结石？, 是否存在肝囊肿？, 是否有胆囊结石？)
    asked as the finding in the organ (肾脏 / 结石), else ``None``: a reply names the organ apart from the finding
    ("左肾下极可见一枚结石", "胆囊内可见多发结石"). A one-character organ is read by its full name (肾 as 肾脏, the form
    ``_short_place`` reads back); the finding left must be two characters at least, and the organ's whole name a known
    organ (``answers/concepts.tsv``)."""
    if q.prop or q.place:
        return None
    for cut in (1, 2, 3):
        organ, finding = q.term[:cut], q.term[cut:]
        if len(finding) < 2:
            return None
        name = organ + "脏" if cut == 1 else organ
        named = vocabulary().mentions(han_heads(name))
        if named and named[0].start == 0 and named[0].end == len(han_heads(name)) \
                and vocabulary().concepts[named[0].concept].category == "anatomy":
            return ZhQuestion(finding, han_heads(name), False)
    return None


def _opens_on_organ(place: str) -> bool:
    """Whether ``place`` opens on an organ's name in the vocabulary (胆囊内, 心影 read as 心脏): a place a statement
    must name, not the image's one lesion (病变, 病灶)."""
    place = re.sub(r"^(?:左侧|右侧|双侧|两侧|左|右|双|两)", "", place)  # "这张胸片上右肺": 肺, on one side
    ms = vocabulary().mentions(han_heads(place)) if place else []
    return bool(ms) and ms[0].start == 0 and vocabulary().concepts[ms[0].concept].category == "anatomy"


def _names_place(clause: str) -> bool:
    """Whether ``clause`` names a side, any anatomy, or anything before its seeing verb ("胆总管内可见结石"): a place the
    finding is in."""
    seen = re.search(_ZH_AFFIRM, clause)
    return re.search(r"[左右双两]", clause) is not None or HAN_NAME.search(clause[:seen.start()] if seen else clause) \
        is not None or any(
        vocabulary().concepts[m.concept].category == "anatomy" for m in vocabulary().mentions(han_heads(clause)))


# The Chinese side words, in the sides of ``concept_question.side_of`` ("all": both sides).
ZH_SIDES = {"左": "left", "右": "right", "双": "all", "两": "all"}
# An organ's one-character name before its finding, after a side at most ("左肾积水", "右肾结石" for 肾脏 asked); a
# denial takes no one side ("未见左肾积水" says nothing of the right kidney), only both or none.
_ZH_SIDE = "(?:" + "|".join(ZH_SIDES) + ")?"
_ZH_BOTH = "(?:" + "|".join(c for c, side in ZH_SIDES.items() if side == "all") + ")?"


def _short_place(q: ZhQuestion, clause: str) -> str:
    """The asked place's one-character name (肾 of 肾脏, 肝 of 肝脏) when the clause names the term right after it
    ("提示左肾积水" to 肾脏是否有积水？), else "": a finding of the organ on one side states it of the organ; "肾上腺"
    (the adrenal) never stands right before the term."""
    short = q.place[0] if len(q.place) == 2 and q.place.endswith("脏") else ""
    return short if short and re.search(_ZH_SIDE + re.escape(short) + re.escape(q.term), clause) else ""


def _organ_part(q: ZhQuestion, clause: str) -> bool:
    """Whether ``clause`` opens on a part of the asked organ by its one-character name ("右肾下极可见…", "肝右叶见…" to
    肾脏 / 肝脏 asked, ``answers/text.ZH_ORGAN_PARTS``): the finding seen there is seen in the organ."""
    short = q.place[0] if len(q.place) == 2 and q.place.endswith("脏") else ""
    parts = "(?:" + "|".join(ZH_ORGAN_PARTS) + ")"
    # the part right before the seeing verb or a denial ("右肾下极可见…", "肝右叶下段见…"), not a place beside it
    # ("右肾下极水平输尿管内可见结石", "左肾上极上方肾上腺区可见结节")
    # (the organ alone on one side, "左肾可见结石", is seen in it as a part is)
    return bool(short) and re.match(r"\s*" + _ZH_SIDE + re.escape(short) + _ZH_SIDE + parts + "*(?:内|区|处)?(?:"
                                    + _ZH_AFFIRM + "|" + _ZH_NEG + ")", clause) is not None


def _zh_stance(clause: str, q: ZhQuestion) -> Stance | None:
    if q.term in _ZH_MASS and q.term not in clause and _ZH_NEG_CHARS.search(clause):
        clause = re.sub("|".join(_ZH_MASS), q.term, clause)  # "未发现占位" to 是否有占位性病变？: one mass's two names,
        # denied alike (病变 / 病灶 are wider: a denial of one is read of its own word only)
    if q.term in ZH_LESION_WORDS and q.term not in clause and not _ZH_NEG_CHARS.search(clause):
        # 病变 asked, 病灶 / 占位 seen ("肝右叶可见一低密度病灶"): the lesion stated in another of its words; a mass
        # asked (占位) is stated by a mass word only ("脑内可见多发缺血性病灶" names no mass)
        words = ZH_LESION_WORDS if q.term in ("病变", "病灶") else _ZH_MASS
        clause = re.sub("|".join(sorted(words, key=len, reverse=True)), q.term, clause)
    if q.prop and q.place in ZH_LESION_WORDS and q.place not in clause and not _ZH_NEG_CHARS.search(clause):
        # 该病变是否位于左肺？ - "病灶位于左肺下叶背段": the image's one lesion, its subject, under another of its names
        clause = re.sub("|".join(sorted(ZH_LESION_WORDS, key=len, reverse=True)), q.place, clause)
    if q.framed and q.place and q.place not in clause and not _names_place(clause):
        q = replace(q, place="", framed=False)  # "可见一枚强回声结石" to 这张超声图像中胆囊内是否有结石？: of the image
    if q.term not in clause:
        return None
    short = _short_place(q, clause) if q.place and not q.prop else ""
    if q.place and q.place not in clause and not short and not q.prop and _organ_part(q, clause):
        # "右肾下极可见一枚结石" to 肾脏是否有结石？: seen in a part of the organ (a part's denial says nothing of the rest)
        if _ZH_NEG_CHARS.search(clause) or ZH_PAST.search(clause) \
                or not re.search(_ZH_AFFIRM + _ZH_COPULA + _ZH_AFFIRM_FILL + re.escape(q.term) + "(?!样)", clause):
            return Stance.UNCLEAR
        return Stance.YES
    if q.place and q.place not in clause and not short:
        # 未见结石 to 胆囊内有结石吗？: the term denied with no place at all denies it in the asked place too; a
        # clause naming anything else (another place) is unclear
        bare = re.fullmatch(r"\s*" + _ZH_NEG + _ZH_NEG_FILL + re.escape(q.term) + _ZH_TERM_TAIL + r"[\s*_]*", clause)
        return Stance.NO if bare is not None and not q.prop else Stance.UNCLEAR
    # the asked place may stand between the verb and the term: 未见左肾积水 / 提示左肾积水 to 左肾是否有积水？
    place = "(?:" + re.escape(q.place) + "的?)?" if q.place else ""
    denied_place = "(?:" + re.escape(q.place) + "的?|" + _ZH_BOTH + re.escape(short) + ")?" if short else place
    place = "(?:" + re.escape(q.place) + "的?|" + _ZH_SIDE + re.escape(short) + ")?" if short else place
    denial = re.search(_ZH_NEG + _ZH_NEG_FILL + denied_place + re.escape(q.term), clause)
    placed = denial is not None and _ZH_PLACED.search(_ZH_WHOLE.sub("", clause[:denial.start()]))
    if placed and not q.prop and not q.place:
        return Stance.UNCLEAR  # "左侧未见气胸" / "肋骨未见骨折" to 有气胸吗？: denied on one side or in one place only
    if denial is not None or (
            q.prop and re.search("(?:不|没有|未|无)" + re.escape(q.term), clause)) or (
            q.prop and q.place and re.search(_ZH_NEG + _ZH_NEG_FILL + re.escape(q.place) + "的?" + re.escape(q.term),
                                             clause)):
        return Stance.NO  # 未见心影增大 to 心影是否增大？: the subject between the negation and its property
    if _ZH_NEG_CHARS.search(clause):
        return Stance.UNCLEAR
    # the count or look may stand after the place too: "考虑胆囊多发结石", "可见左肾一枚结石"
    if q.prop or re.search(_ZH_AFFIRM + _ZH_COPULA + _ZH_AFFIRM_FILL + place + (_ZH_AFFIRM_FILL if place else "")
                           + re.escape(q.term) + "(?!样)", clause):
        return Stance.UNCLEAR if ZH_PAST.search(clause) else Stance.YES
    return Stance.UNCLEAR if not q.prop else None  # "锁骨骨折" beside a denial: the term named, not denied


# A property asked of an organ, in the words a reply states it or its opposite with: 纵隔是否增宽？ - "纵隔不宽。",
# 心脏增大吗？ - "心影稍大。", 心影是否正常？ - "心影增大。", 肝脏是否正常？ - "肝脏未见异常。". Longest forms first: the
# denied form ("未见增大") is read before the form it holds ("增大").
_YES_BIGGER = ("增大", "扩大", "稍大", "略大", "偏大", "大于正常")
_NO_BIGGER = ("未见增大", "无增大", "未增大", "不增大", "没有增大", "未见扩大", "无扩大", "不大", "大小正常", "大小在正常范围内",
              "大小未见异常", "大小形态正常", "大小、形态正常", "形态大小正常")
_ZH_PROP_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "增大": (_YES_BIGGER, _NO_BIGGER),
    "扩大": (_YES_BIGGER, _NO_BIGGER),
    "增宽": (("增宽", "稍宽", "略宽", "偏宽"),
           ("未见增宽", "无增宽", "未增宽", "不增宽", "没有增宽", "不宽", "宽度正常")),
    "正常": (("未见异常", "无异常", "正常"),
           ("不正常", "异常", "增大", "扩大", "增宽", "移位")),
}
_ZH_PROP_FORMS["异常"] = (_ZH_PROP_FORMS["正常"][1], _ZH_PROP_FORMS["正常"][0])  # 左肺是否异常？ - "左肺未见明显异常" (否)
# A device's position asked good (胃管位置是否正确？, 气管插管位置是否合适？): the reply judges it in any of these words
# ("胃管位置合适。", "位置良好", "位置不当", "插管过深"); read only when the asked place is a position (位置).
_GOOD_PLACE = ("未见异常", "无异常", "正确", "合适", "恰当", "适当", "适宜", "良好", "满意", "理想", "正常", "在位")
_BAD_PLACE = ("不正确", "不合适", "不恰当", "不适当", "不当", "不佳", "不良", "不满意", "不理想", "欠佳", "错误", "异常",
              "过深", "过浅", "偏深", "偏浅", "移位", "异位", "错位")
_ZH_POSITION = "位置"
_ZH_PROP_FORMS.update({word: (_GOOD_PLACE, _BAD_PLACE) for word in ("正确", "合适", "恰当", "适当", "良好", "满意", "理想")})


def _zh_prop_stance(clause: str, q: ZhQuestion, text: str = "") -> Stance | None:
    """What a clause naming the asked organ says of the asked property in the words of ``_ZH_PROP_FORMS``; ``None``
    when it names neither, ``UNCLEAR`` when a negation is left over or both are said. A device's position may be
    said after the device was named in an earlier clause of ``text`` ("胃管末端位于胃内，位置正确。")."""
    forms = _ZH_PROP_FORMS.get(q.term)
    if forms is None or not q.place:
        return None
    place = q.place
    if place.endswith(_ZH_POSITION) and place not in clause and place[:-len(_ZH_POSITION)] in text:
        place = _ZH_POSITION
    if place not in clause:
        return None
    if forms[0] is _GOOD_PLACE and not place.endswith(_ZH_POSITION):
        return None  # 合适 / 良好 of anything but a position: not this table's
    at = clause.index(place)
    rest = clause[at + len(place):].replace("明显", "")  # "无明显增宽" is "无增宽", "明显增大" "增大"
    found: set[Stance] = set()
    denied = False  # the asked property's own form denied ("左肺未发现异常", "纵隔未见增宽" to 是否异常？)
    for form, stance in sorted([(f, Stance.YES) for f in forms[0]] + [(f, Stance.NO) for f in forms[1]],
                               key=lambda fs: len(fs[0]), reverse=True):
        if form in rest:
            found.add(stance)
            denied = stance is Stance.YES and re.search(_ZH_NEG + _ZH_NEG_FILL + r"\Z", rest[:rest.index(form)]) is not None
            rest = rest.replace(form, " " * len(form))
    if not found:
        return None
    if found == {Stance.YES} and denied and len(_ZH_NEG_CHARS.findall(rest)) == 1:
        return Stance.NO
    if len(found) > 1 or _ZH_NEG_CHARS.search(rest):
        return Stance.UNCLEAR
    before = clause[:at]
    if _ZH_NEG_CHARS.search(before):  # "未见心影增大": the organ and its state denied together, else unclear
        return Stance.NO if found == {Stance.YES} and re.search(_ZH_NEG + _ZH_NEG_FILL + r"\Z", before) else \
            Stance.UNCLEAR
    return found.pop()


def _zh_prop_stances(text: str, q: ZhQuestion) -> set[Stance]:
    """Every stance the clauses of ``text`` take on the asked property in its forms (a hedged one is UNCLEAR)."""
    stances: set[Stance] = set()
    for sentence in re.split(r"[。！!\n]", text):
        clauses = _ZH_CLAUSE.split(sentence)
        read = [(c, _zh_prop_stance(c, q, text)) for c in clauses]
        found = {s for _, s in read if s is not None}
        if {q.term: found} in ({"正常": {Stance.YES}}, {"异常": {Stance.NO}}) and any(
                s is None and _ZH_SEEN.search(c) and not _ZH_NEG_CHARS.search(c) and not zh_topic.other_side(c, q.place)
                for c, s in read):  # "左肺未见异常，右肺可见结节" to 左肺是否异常？: the other lung's finding
            found = {Stance.UNCLEAR}  # "肝脏未见异常，但左叶可见结节": normal, but something is seen in it
        stances |= {Stance.UNCLEAR} if found and ZH_HEDGE.search(zh_topic.unlisted_or(sentence)) else found
    return stances


_ZH_PART = lazy_compile(r"心室|心房|叶|段|极|部分")
_ZH_TURN = lazy_compile(r"^\s*(?:但|然而|不过)")


def zh_part_affirmed(text: str, q: ZhQuestion) -> bool:
    """Whether a clause not naming the asked organ gives the asked size property, affirmed, to a part of it or after a
    turn: "心脏不大，但左心室稍大" (``implicit.part_affirmed``)."""
    forms = _ZH_PROP_FORMS.get(q.term)
    if forms is None or q.term == "正常" or not q.place:
        return False
    for clause in re.split(r"[，,。；;！!\n]", text):
        if q.place in clause or _ZH_NEG_CHARS.search(clause) or not any(f in clause for f in forms[0]):
            continue
        if _ZH_PART.search(clause) or _ZH_TURN.search(clause):
            return True
    return False


# A reply opening by calling its subject normal or not, the subject left to the question or named as the image: "不正常，
# 右侧膈肌抬高。", "图像显示异常：左侧…低密度影。", "影像表现正常。" The words are ``_ZH_PROP_FORMS``' own for 正常.
_ZH_OPENING_CLAUSE = lazy_compile(r"[，,。；;！!？?\n：:]")
_ZH_IMAGE_SUBJECT = lazy_compile(r"^(?:这张|这幅|本|该|此)?(?:图像|图片|影像|片子|胸片|平片|CT|MRI|MR)?"
                                 r"(?:显示|表现为|表现|呈|为|是|看起来|看上去)?")


def zh_normal_opening(text: str) -> bool | None:
    """True when ``text`` opens by calling its subject (or the image) normal and says nothing else, False when it
    opens by calling it abnormal (what follows may say how: "不正常，右侧膈肌抬高。"), else ``None``."""
    first, *rest = _ZH_OPENING_CLAUSE.split(text.strip(" *_"), maxsplit=1)
    said = _ZH_IMAGE_SUBJECT.sub("", first.strip(" *_"), count=1).rstrip("的")
    yes, no = _ZH_PROP_FORMS["正常"]
    if said in no and "常" in said:  # "异常", "不正常" (not 增大 …: a state of an organ the image is not)
        return False
    return True if said in yes and not "".join(rest).strip(" *_。.！!") else None


# Degree words a reply sets inside a finding's name (answers/yesno.py): all of them in an affirmed clause, only the
# "obvious" ones in a clause holding a negation.
_ZH_INSIDE = "(?:" + "|".join(ZH_DEGREE_INSIDE) + ")"
_ZH_INSIDE_DENIED = "(?:" + "|".join(ZH_DEGREE_DENIABLE) + ")"
# A condition: "若有结石梗阻，可提示左肾积水" states no finding ("若干", several, is none).
_ZH_CONDITION = lazy_compile("|".join(w + "(?!干)" if w == "若" else w for w in hedges.ZH_CONDITION))


def _degree_inside(text: str, term: str) -> str:
    """``text`` with a degree word set inside the asked term taken out ("前交叉韧带完全撕裂" read as "前交叉韧带撕裂"), where
    the term is not written whole. In a clause holding a negation ("未见前交叉韧带完全撕裂" denies the complete tear
    only; "不完全撕裂") only 明显/明确 go: "no obvious X" is no X, "no complete X" is not."""
    if term in text or len(term) < 4:
        return text
    parts = re.split(r"([，,。；;！!？?\n])", text)
    for k, clause in enumerate(parts):
        inside = _ZH_INSIDE_DENIED if _ZH_NEG_CHARS.search(clause) else _ZH_INSIDE
        for i in range(2, len(term) - 1):
            clause = re.sub(re.escape(term[:i]) + inside + re.escape(term[i:]), term, clause)
        parts[k] = clause
    return "".join(parts)


# The opposite pole named without being said of the lesion: in a differential ("需与良性病变鉴别。", "鉴别诊断：良性病
# 变。"), asked back ("良性？") or supposed ("如为良性病变，可随访。", with ``_ZH_CONDITION``).
_ZH_NOT_STATED = lazy_compile(r"鉴别|[?？]|如(?:为|是|系|属)")


def read_chinese(text: str, q: ZhQuestion) -> str | None:
    """是 / 否 of the asked term stated in Chinese; a property with a Chinese opposite (恶性 / 良性,
    ``antonym_pairs.ZH_OPPOSITES``) that the reply never names is read in its opposite: the opposite affirmed
    ("倾向良性病变。" to 病变是否为恶性？) says no; the opposite denied says nothing of the asked pole. A reply naming
    both poles is read for the asked one only, as ever."""
    text = zh_topic.without_headings(text)  # "**印象：** 未见肺气肿征象。": the heading names no place
    said = _read_chinese_once(text, q)
    other = ZH_OPPOSITES.get(q.term) if q.prop else None
    if said is not None or other is None or q.term in text or _ZH_NOT_STATED.search(text) or _ZH_CONDITION.search(text):
        return said  # the opposite named in a differential, a question or a condition is stated of no lesion
    # only the opposite affirmed answers: "未见良性征象" (no sign of benignity) does not make the lesion malignant
    return ZH_NO if _read_chinese_once(text, replace(q, term=other)) == ZH_YES else None


def _read_chinese_once(text: str, q: ZhQuestion) -> str | None:
    text = _degree_inside(text, q.term)
    if q.prop and not q.place and q.term in ("正常", "异常"):
        normal = zh_normal_opening(text)
        if normal is not None:
            return ZH_YES if normal == (q.term == "正常") else ZH_NO  # 这张图像是否正常？ - "图像显示异常：…"
        if zh_normal_opening(_ZH_OPENING_CLAUSE.split(text.strip(" *_"), maxsplit=1)[0]):
            return None  # "图像正常，但左肺见结节。": called normal, then something more said
    if q.prop:  # an elliptic reply opening with the property: "不正常，肝右叶可见…" to 肝脏看起来正常吗？
        first = _ZH_CLAUSE.split(text, maxsplit=1)[0].strip(" *_")
        if first == q.term:
            return ZH_YES
        if first in ("不" + q.term, "不是" + q.term, "并不" + q.term):
            return ZH_NO
        if first == "有" + q.term:
            return ZH_YES  # "有异常。双肺多发斑片状磨玻璃影。" to 肺部是否异常？: the elliptic "there is" of the property
        if first in ("无" + q.term, "没有" + q.term):  # "无异常。": none, unless something is seen after it ("无异常，
            # 但右肺可见结节")
            return None if any(_ZH_SEEN.search(c) and not _ZH_NEG_CHARS.search(c)
                               for c in _ZH_CLAUSE.split(text)[1:]) else ZH_NO
        by_form = _zh_prop_stances(text, q) if q.term in _ZH_PROP_FORMS else set()
        if by_form:  # the forms settle it, or leave it open: "心脏大小正常，心影增大。" says both
            return None if len(by_form) != 1 or Stance.UNCLEAR in by_form else (
                ZH_YES if Stance.YES in by_form else ZH_NO)
    stances: set[Stance] = set()
    for sentence in re.split(r"[。！!\n]", text):
        # "纵隔居中，无移位。": a clause opening on its verb comments on the sentence's subject (extract/zh_topic.py)
        clauses = zh_topic.carried(_ZH_CLAUSE.split(sentence), q.place)
        named = {s for s in (_zh_stance(c, q) for c in clauses) if s is not None}
        if named and (_zh_hedged(sentence, q) or _ZH_CONDITION.search(sentence)):
            return None
        stances |= named
    if not stances and not q.prop and len(q.term) >= 3:
        return _zh_broader_denied(text, q)
    if len(stances) != 1 or Stance.UNCLEAR in stances:
        return None
    return ZH_YES if Stance.YES in stances else ZH_NO


def _zh_hedged(sentence: str, q: ZhQuestion) -> bool:
    """Whether ``sentence`` hedges, the asked term's own characters aside: 可疑钙化 ("suspicious calcification") names a
    finding with 疑 in it, and "存在可疑钙化。" states that finding without doubting it ("可能存在可疑钙化" still doubts)."""
    sentence = zh_topic.unlisted_or(sentence)  # "未见实变或渗出影": the or of a denied list doubts nothing
    return ZH_HEDGE.search(sentence.replace(q.term, "\u25a1") if q.term else sentence) is not None


def _zh_broader_denied(text: str, q: ZhQuestion) -> str | None:
    """未见积液 to 有胸腔积液吗？: the term's head (its last two characters) denied, as ``_broader_denied``."""
    head = q.term[-2:]
    denied = False
    for sentence in re.split(r"[。！!\n]", text):
        for clause in _ZH_CLAUSE.split(sentence):
            if head not in clause:
                continue
            denial = re.search(_ZH_NEG + _ZH_NEG_FILL + re.escape(head), clause)
            if ZH_HEDGE.search(sentence) or (q.place and q.place not in clause) or denial is None:
                return None
            before = re.sub(r"^(?:双|两)|[内中上里部的]", "", _ZH_WHOLE.sub("", clause[:denial.start()]))
            if not q.place and any(ch not in q.term for ch in _ZH_PLACED.findall(before)):
                return None  # "左肾未见积水" to 是否有肾积水？: denied in one kidney only ("双肾未见积水", "胆囊内未见结石" to
                # 是否有胆囊结石？: the whole organ the term names)
            denied = True
    return ZH_NO if denied else None


__all__ = ["ZH_HEDGE", "ZH_PAST", "ZH_SIDES", "ZhQuestion", "mask_names", "read_chinese", "zh_normal_opening", "zh_organ_compound",
           "zh_part_affirmed", "zh_question"]
