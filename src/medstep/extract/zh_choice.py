"""English options answered by a short Chinese reply naming one option's finding: "考虑胸腔积液可能性大。" ("pleural
effusion considered most likely") for "Pleural effusion", "气胸可能性大。" for "Pneumothorax" (rule ``option_concept``).

Each option's text maps onto one concept of the shared vocabulary (``extract/optionconcept.py``); each clause of the
reply is read by ``extract/zh_concepts.zh_statements`` (a finding stated, or denied by 未见 / 无 …). The impression's own
frame commits: a lead 考虑 / 提示 / 符合 ("consider", "indicating", "consistent with") and a close 可能性大 ("likely").
Any other hedge (或, 不除外, 疑似, a question), a stray negation, a finding of another option stated beside it, or two
options stated read nothing.
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.answers.concepts import IMAGING_PLANES, ZH_IMAGING_PLANES, normalize, vocabulary
from medstep.answers.text import HAN, KANA
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.optionconcept import option_target
from medstep.extract.zh_concepts import zh_statements
from medstep.lazyre import lazy_compile

MAX_CHARS = 120
# The impression's frame, which commits rather than hedges: "考虑(为)…", "提示…", "符合…(表现)", "…可能性(较)大" (``hedges.ZH_LEAN``).
_FRAME = lazy_compile(r"^\s*(?:考虑为?|提示|符合)|(?:的)?(?:" + hedges.ZH_LEAN + r")\s*$|表现\s*$")
_CLAUSE = lazy_compile(r"[，,；;：:]")


def read_zh_choice(text: str, options: dict[str, str]) -> str | None:
    """The one option a short Chinese reply states by its finding (module docstring), else None."""
    text = text.strip(" \t\n*_")
    if not text or len(text) > MAX_CHARS or not HAN.search(text) or KANA.search(text) or len(options) < 2:
        return None
    if any(HAN.search(o) for o in options.values()):
        return None  # Chinese options are read by their own text
    plane = _plane_option(text, options) or _side_option(text, options)
    if plane is not None:
        return plane
    targets = {letter: option_target(o) for letter, o in options.items()}
    if any(t is None for t in targets.values()) or len(set(targets.values())) != len(targets):
        return None
    voc = vocabulary()
    stated: set[str] = set()
    for sentence in re.split(r"[。！!\n]", text):
        for clause in _CLAUSE.split(sentence):
            plain = _FRAME.sub("", clause.strip(" *_"))
            if ZH_HEDGE.search(plain):
                return None
            events = zh_statements(plain)
            if events is None:
                return None  # a negation governing nothing named: its scope is unclear
            for e in events:
                if e.negated or e.normal:
                    continue
                for letter, target in targets.items():
                    assert target is not None
                    key, side = target
                    if (e.key == key or e.key in voc.concepts[key].descendants) \
                            and (side is None or e.side in (side, None)):
                        stated.add(letter)
    return stated.pop() if len(stated) == 1 else None


# What a plane reply may hold besides the plane's name: "这是", "该图像为", "图像", "扫描", "位", "面", "（轴位）".
_PLANE_FRAME = lazy_compile(r"这是|此为|该图像?为|图像为?|扫描|影像|切面|平面|层面|位|面|像|[（）()。.，,\s*_]")


def _plane_option(text: str, options: dict[str, str]) -> str | None:
    """"这是矢状位图像。" (a sagittal image) for the option "Sagittal": a short reply naming one imaging plane in Chinese,
    and nothing else, read as the one option whose text names that plane (and no other)."""
    named = {plane for zh, plane in ZH_IMAGING_PLANES.items() if zh in text}
    if len(named) != 1 or len(text) > 30:
        return None
    rest = text
    for zh in ZH_IMAGING_PLANES:
        rest = rest.replace(zh, "")
    if _PLANE_FRAME.sub("", rest):
        return None  # anything more ("矢状位未见骨折", "不是矢状位") is no plain naming of the plane
    plane = named.pop()
    hits = [letter for letter, o in options.items()
            if {IMAGING_PLANES.get(w) for w in normalize(o).split()} - {None} == {plane}]
    return hits[0] if len(hits) == 1 else None


# A side named alone or against its organ, and the frame a side reply may hold: "左肺。", "这是右侧。", "为左肾".
_SIDE_REPLY = lazy_compile(r"(?:这是|此为|是|为|位于|在)?(?P<side>[左右双两])侧?(?P<organ>[^\s。.，,！!？?（）()]*)[。.！!]?")
_SIDE_WORDS = {"左": ("left",), "右": ("right",), "双": ("both", "bilateral"), "两": ("both", "bilateral")}


def _side_option(text: str, options: dict[str, str]) -> str | None:
    """"左肺。" (left lung) for the option "Left lung": a short reply naming one side, alone or against one organ the
    vocabulary names, read as the one option whose text holds that side's word and the same organ (or no organ:
    "Left", "Both"). Anything more ("左肺未见异常", "左肺或右肺", "不是左肺") is no plain naming of a side."""
    reply = _SIDE_REPLY.fullmatch(text)
    if reply is None or len(text) > 12:
        return None
    voc = vocabulary()
    organ = reply.group("organ")
    found = voc.mentions(normalize(organ)) if organ else []
    if organ and (len(found) != 1 or found[0].start != 0 or found[0].end != len(normalize(organ))
                  or voc.concepts[found[0].concept].category != "anatomy"):
        return None
    wanted = found[0].concept if found else None
    hits = []
    for letter, o in options.items():
        words = set(normalize(o).split())
        named = {m.concept for m in voc.mentions(normalize(o))}
        if words.isdisjoint(_SIDE_WORDS[reply.group("side")]) or (named and named != {wanted}):
            continue
        hits.append(letter)
    return hits[0] if len(hits) == 1 else None
