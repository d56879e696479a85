"""A Chinese closed question read through the clinical vocabulary: 有胸腔积液吗？ - "右侧少量胸腔积液。" (是),
心脏增大吗？ - "心影大小正常。" (否), 有气胸吗？ - "No pneumothorax is seen." (否); and an English one answered in
Chinese: "Is there a pneumothorax?" - "未见气胸。" (否).

``extract/implicit_langs.py`` reads a Chinese answer that repeats the question's own characters; models answer
in other words (心影 for 心脏) or in English. The vocabulary (:mod:`medstep.answers.concepts`) holds Chinese
synonyms, so the question maps onto one concept and the answer is read by concept (rule ``implicit_concept_zh``):

* the question (no negation character) names exactly one finding or device (presence, optionally 左/右), or
  one organ and a normal word (normality of that organ);
* an English answer is read by ``extract/findings.py`` for that concept;
* a Chinese answer is read clause by clause: the concept (or a narrower one) right after a negation (未见,
  无, 没有, 未发现, a few characters of modifiers allowed) is a no; stated in a clause with no negation or hedge
  character, a yes; an organ called normal that rules the concept out (心影大小正常, 双肺清晰) a no. The other
  side says nothing; a hedge (可能, 考虑, 不除外 …), a stray negation, or both readings give no reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from medstep.answers import ZH_NO, ZH_YES, negation
from medstep.answers.asking import ZH_ASKING
from medstep.answers.concepts import Mention, MentionKind, vocabulary
from medstep.extract import concept_question, findings, implicit, zh_topic
from medstep.extract.asked import flip_verdict, zh_either
from medstep.extract.concept_question import Ask, Asked
from medstep.extract.findings import Event
from medstep.extract.implicit_langs import ZH_HEDGE as _HEDGE
from medstep.extract.implicit_langs import ZH_PAST
from medstep.extract.implicit_langs import ZH_SIDES as _SIDE
from medstep.extract.mentions import CONFLICT
from medstep.extract.stance import Stance
from medstep.answers.text import HAN, KANA, ZH_COUNT, ZH_LOOK, ZH_SIZE
from medstep.lazyre import lazy_compile

RULE = "implicit_concept_zh"
_Q_NEG = lazy_compile(negation.alternation(negation.ZH_CHARS, ("否则", "还是", "或")))
_CLAUSE = lazy_compile(r"[，,。；;！!\n]")
_DENY = lazy_compile(negation.alternation(negation.ZH_DENY))
# A clause ending in a denial and a few characters ("…，未见积液"): its negation is a denial, not stray.
_DENIAL_ENDS = lazy_compile("(?:" + negation.alternation(negation.ZH_DENY) + r")(?:明显|明确|任何|确切)?的?[^，,。；;"
                            + "".join(negation.ZH_CHARS) + "]{0,6}$")
_NEG_CHAR = lazy_compile(negation.alternation(negation.ZH_CHARS))
# What between a denial and a mention it governs would state something (见 "seen", 有 "there is", 但 "but", 伴 "with"):
# "未见气胸但见胸腔积液" denies the pneumothorax only.
_STATED_BETWEEN = lazy_compile(r"见|有|示|但|伴|并|存在|显示|提示|[，,。；;：:]")
# Words that narrow a denied finding ("未见张力性气胸" no tension pneumothorax, "无大量积液" no large effusion).
_NARROW = lazy_compile(r"张力性|大量|中等量|局限性|包裹性|新发|移位")
# A denial written after the finding and ending its clause: "胸腔积液阴性", "胸腔积液（-）", "胸腔积液：无", "腹水征阴性".
_POST_DENY = lazy_compile(r"(?:征象?)?\s*[:：]?\s*(?:阴性|[（(]\s*[-－—−–]\s*[)）]|" + negation.alternation(negation.ZH_DENY)
                          + r")[\s*_.]*$")
# What may follow the finding of a presence question: its particle, or a word for its sign ("…征象吗？").
_PRESENCE_TAIL = lazy_compile(r"\s*(?:征象|表现|改变|形成|存在|影)?\s*(?:吗|么|呢)?\s*[？?]?\s*")


def _side(text: str) -> str | None:
    sides = {_SIDE[c] for c in text if c in _SIDE}
    return sides.pop() if len(sides) == 1 else ("all" if sides else None)


def parse_zh_asked(question: str) -> tuple[Asked, bool] | None:
    """The concept a simple Chinese closed question asks about, and whether a verdict read for it is reversed
    (an organ's size asked normal is read as its size finding asked present), else ``None``."""
    q = zh_either(question.strip())
    if not HAN.search(q) or _Q_NEG.search(q) or not re.search(ZH_ASKING, q):
        return None
    q = q.replace("是否", "")  # 心脏是否增大？ asks 心脏增大 (cardiomegaly), one phrase once the 是否 is out
    voc = vocabulary()
    ms = voc.mentions(q)
    claims = [m for m in ms if m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category in ("finding", "device")]
    organs = [m for m in ms if m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "anatomy"]
    normals = [m for m in ms if m.kind is MentionKind.NORMAL]
    if len(claims) == 1 and not normals:
        if not _PRESENCE_TAIL.fullmatch(q[claims[0].end:]):
            return None  # 气管插管位置是否正确？ asks the tube's position, not whether there is one
        side = _side(q[:claims[0].start])
        concept = _organ_finding(q, organs, claims[0].start, claims[0].end) or claims[0].concept
        return Asked(Ask.PRESENCE, concept, side if side in ("left", "right") else None), False
    if not claims and len(organs) == 1 and len(normals) == 1 and not _side(q):
        if normals[0].size:  # 心脏大小正常吗？ asks that the organ's one size finding is absent: read that, flipped
            sized = voc.ruled_out(organs[0].concept, True)
            return (Asked(Ask.PRESENCE, next(iter(sized))), True) if len(sized) == 1 else None
        return Asked(Ask.NORMAL, organs[0].concept), False
    return None


def _organ_finding(q: str, organs: list[Mention], start: int, end: int) -> str | None:
    """The finding an organ named before the asked one makes of it ("肾上腺是否有结节" asks 肾上腺结节, an adrenal mass,
    not the bare 结节 a lung nodule is), when the vocabulary holds the two joined as one finding; else ``None``."""
    if len(organs) != 1 or organs[0].end > start:
        return None
    voc = vocabulary()
    joined = q[organs[0].start:organs[0].end] + q[start:end]
    ms = [m for m in voc.mentions(joined) if m.kind is MentionKind.CONCEPT]
    if len(ms) == 1 and (ms[0].start, ms[0].end) == (0, len(joined)) and voc.concepts[ms[0].concept].category == "finding":
        return ms[0].concept
    return None


def _denial(clause: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The words from the denial governing the mention at ``start`` up to it ("未见明显", "未见气胸、胸腔积液及"), else
    ``None``: the last denial before it, with at most six characters between them besides the other mentions of a
    list ("未见气胸、胸腔积液及肺实变" denies all three), and nothing between that states or turns."""
    denials = list(_DENY.finditer(clause, 0, start))
    if not denials:
        return None
    at = denials[-1].end()
    gap = "".join(" " if any(a <= i < b for a, b in spans) else clause[i] for i in range(at, start))
    rest = gap.replace(" ", "")
    if len(rest) > 6 or _NEG_CHAR.search(rest) or _STATED_BETWEEN.search(rest):
        return None
    return clause[denials[-1].start():start]


def zh_statements(clause: str) -> list[Event] | None:
    """The statements of one Chinese clause, as ``findings.statements`` reads an English one: a finding, device or
    normal phrase stated or denied (:func:`_denial`), an organ called normal ("双肺清晰", "心影大小正常"); ``None``
    when a negation governs no mention ("骨折线不清")."""
    voc = vocabulary()
    ms = voc.mentions(clause)
    spans = [(m.start, m.end) for m in ms]
    governed = list(spans)
    events: list[Event] = []
    for m in ms:
        concept = voc.concepts.get(m.concept) if m.kind is MentionKind.CONCEPT else None
        if concept is None or concept.category == "anatomy":
            continue
        denied = _denial(clause, spans, m.start)
        if denied is not None:
            governed.append((m.start - len(denied), m.start))
        elif (post := _POST_DENY.match(clause, m.end)) is not None:
            denied = ""
            governed.append((m.end, post.end()))
        events.append(Event(m.concept, denied is not None, _side(clause[:m.start]),
                            narrowed=denied is not None and _NARROW.search(denied) is not None))
    events += [replace(e, side=e.side or _side(clause)) for e in findings.statements(clause) or () if e.normal]
    outside = "".join(" " if any(a <= i < b for a, b in governed) else ch for i, ch in enumerate(clause))
    return None if _NEG_CHAR.search(outside) else events


def _clause_stances(clause: str, asked: Asked) -> set[Stance]:
    voc = vocabulary()
    family = {asked.key} | voc.concepts[asked.key].descendants
    found: set[Stance] = set()
    spans = [(m.start, m.end) for m in voc.mentions(clause)]
    mentions = voc.mentions(clause)
    for m in mentions:
        if asked.ask is not Ask.PRESENCE or m.kind is not MentionKind.CONCEPT:
            continue
        # "左侧肾上腺见一结节": the organ named before a bare finding makes it that organ's (an adrenal mass)
        before = [o for o in mentions if o.kind is MentionKind.CONCEPT and o.end <= m.start
                  and voc.concepts[o.concept].category == "anatomy"][-1:]
        key = _organ_finding(clause, before, m.start, m.end) or m.concept
        if key not in family:
            continue
        side = _side(clause[:m.start])
        if asked.side is not None and side not in (asked.side, "all"):
            if side is None:
                found.add(Stance.UNCLEAR)  # a side-less statement for a sided question
            continue  # the other side says nothing
        neg = _denial(clause, spans, m.start)
        post = _POST_DENY.match(clause, m.end) if neg is None else None
        if post is not None:  # "胸腔积液阴性", "胸腔积液（-）": the result after the finding
            spans.append((m.end, post.end()))
            neg = ""
        if neg is not None:
            if key == asked.key and (asked.side is not None or side not in ("left", "right")) \
                    and _NARROW.search(neg) is None:
                found.add(Stance.NO)  # not "未见张力性气胸" (a narrower kind) or "左侧未见气胸" (one side) to "有气胸吗？"
        else:
            found.add(Stance.YES)
    outside = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(clause))
    stray = _NEG_CHAR.search(outside) is not None
    if Stance.YES in found and (stray or ZH_PAST.search(clause)):
        return {Stance.UNCLEAR}  # "骨折线不清": a negation whose scope is not clear; "气胸已吸收": no longer there
    for event in findings.statements(clause) or ():
        concept = voc.concepts.get(event.key)
        if event.normal or (concept is not None and concept.category == "normal"):
            if event.side is None:  # "右侧肋膈角锐利": the side in Chinese, which the English statement reader skips
                event = replace(event, side=_side(clause))
            s = findings.stance(event, asked)
            if s is not None:
                found.add(Stance.UNCLEAR if stray and not _DENIAL_ENDS.search(clause) else s)
    return found


def read_zh_concept(text: str, question: str) -> str | None:
    """是 / 否 (yes / no for an English answer) for a Chinese question read by concept, else ``None``."""
    parsed = parse_zh_asked(question)
    if parsed is None and HAN.search(text) and not HAN.search(question):
        # an English question answered in Chinese ("Is there a pneumothorax?" - "未见气胸。"): the same concept
        asked = concept_question.parse_asked(question)
        parsed = (asked, False) if asked is not None and asked.ask in (Ask.PRESENCE, Ask.NORMAL) else None
    if parsed is None or len(text) > implicit.MAX_CHARS or KANA.search(text) or KANA.search(question):
        return None  # Japanese: its own negations ("認められません"), which these readers do not know
    asked, flip = parsed
    verdict = _read(text, asked)
    return flip_verdict(verdict) if verdict is not None and flip else verdict


def _read(text: str, asked: Asked) -> str | None:
    if not HAN.search(text):
        verdict = findings.read_asked(text, asked)
        return verdict if verdict != CONFLICT else None
    stances: set[Stance] = set()
    for sentence in re.split(r"[。！!\n]", text):
        found: set[Stance] = set()
        for clause in _CLAUSE.split(sentence):
            found |= _clause_stances(rejoined(clause), asked)
        if found and _HEDGE.search(zh_topic.unlisted_or(sentence)):  # "未见实变或渗出影": neither, no doubt
            return None
        stances |= found
    if len(stances) != 1 or Stance.UNCLEAR in stances:
        return None
    return ZH_YES if Stance.YES in stances else ZH_NO




# A denial or a verb of seeing written inside a finding's name, after its place: "膈下未见游离气体" (under the diaphragm no
# free gas: 膈下游离气体, pneumoperitoneum), "心影未见增大", "膈下可见游离气体".
# A count, a size and a look may follow the verb ("左肾可见一枚高密度结石": ``answers/text.ZH_COUNT``, ``ZH_SIZE``, ``ZH_LOOK``).
_INSIDE = lazy_compile("(?:" + negation.alternation(negation.ZH_DENY, negation.ZH_SEEN) + r")(?:明显|明确|确切)?(?:少量|少许|大量)?"
                       + ZH_COUNT + "?" + ZH_SIZE + "?" + ZH_LOOK + "?")


def rejoined(clause: str) -> str:
    """``clause`` with a denial or seeing verb inside a vocabulary name moved before the whole name ("膈下未见游离气体"
    -> "未见膈下游离气体"): the place before the verb and the words after it make one finding's name. Only where the
    vocabulary names a finding that begins with those place characters and runs past the verb's place."""
    voc = vocabulary()
    for m in _INSIDE.finditer(clause):
        before, after = clause[:m.start()], clause[m.end():]
        for k in range(min(4, len(before)), 0, -1):
            place = before[-k:]
            if not all(HAN.fullmatch(c) for c in place):
                continue
            ms = voc.mentions(place + after)
            named = voc.mentions(after)
            if _DENY.match(m.group(0)) and named and named[0].start == 0:
                break  # "肋骨未见骨折": the denial names its finding itself, the place before it limits it (no rejoining)
            if ms and ms[0].start == 0 and ms[0].end > k and ms[0].kind is MentionKind.CONCEPT:
                return before[:-k] + m.group(0) + place + after
    return clause


# ----------------------------------------------------------------------------- an organ's size asked normal
SIZE_RULE = "implicit_size"
# (a tube's size is its calibre: "Is the aorta normal in caliber?")
# ("Is the heart size normal?", "Is the size of the spleen normal?": the same question, the organ in group 1)
EN_SIZE_Q = _EN_SIZE_Q = lazy_compile(r"(?i)^\s*(?:is|are)\s+the\s+(?:([a-z ]{3,30}?)\s+(?:of\s+)?normal\s+(?:in\s+)?"
                          r"(?:size|calib(?:er|re))|(?:size|calib(?:er|re))\s+of\s+the\s+([a-z ]{3,30}?)\s+normal|"
                          r"([a-z ]{3,30}?\s+(?:size|calib(?:er|re)))\s+normal)\s*\?\s*$")


def size_subject(m: re.Match[str]) -> str:
    """The organ an ``EN_SIZE_Q`` match asks the size of ("heart", "cardiac size": the vocabulary's name of the heart)."""
    return next(g for g in m.groups() if g)


def read_size(text: str, question: str) -> str | None:
    """"Is the heart normal in size?" read as "Is there cardiomegaly?" reversed: the organ's one size finding
    (:meth:`Vocabulary.ruled_out` with ``size_only``) stated is a no, denied or the size called normal a yes."""
    m = _EN_SIZE_Q.match(question)
    if m is None or len(text) > implicit.MAX_CHARS or HAN.search(text):
        return None
    voc = vocabulary()
    organ = voc.mentions(size_subject(m).lower())
    if len(organ) != 1 or voc.concepts[organ[0].concept].category != "anatomy":
        return None
    sized = voc.ruled_out(organ[0].concept, True)
    if len(sized) != 1:
        return None
    verdict = findings.read_asked(text, Asked(Ask.PRESENCE, next(iter(sized))))
    return flip_verdict(verdict) if verdict is not None and verdict != CONFLICT else None


__all__ = ["EN_SIZE_Q", "size_subject", "RULE", "SIZE_RULE", "parse_zh_asked", "read_size", "read_zh_concept", "zh_statements"]
