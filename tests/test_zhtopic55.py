"""Chinese closed answers with no 是/否 word (session 55, lane zhclosed55): the structure of a Chinese report sentence
(``extract/zh_topic.py``) and the asked finding's polarity read through it. Invented texts, modelled on the dev items
named beside them (b54-0093, b54-0204, b54-0258, b53-0033, b53-0204, b50-0202, b41-0148, b40-0259, b39-0235), and the
near misses that must keep their reading."""

from __future__ import annotations

import pytest

from medstep.extract import extract, zh_topic
from medstep.types import AnswerType, Sample


def _closed(question: str, text: str) -> tuple[str | None, str]:
    sample = Sample(id="zh55", question=question, answer="否" if not question.isascii() else "no",
                    answer_type=AnswerType.CLOSED)
    got = extract(text, sample)
    return got.answer, got.status.value


@pytest.mark.parametrize("question, text, expected", [
    # the sentence's subject carried to a clause opening on its verb
    ("是否有纵隔移位？", "纵隔居中，无移位。", "否"),
    ("是否有纵隔移位？", "纵隔增宽，无移位。", "否"),
    ("左肺是否有病变？", "左肺下叶可见斑片状高密度影，边界模糊，考虑炎症性病变。", "是"),
    ("左肺是否有病变？", "左肺可见结节，考虑良性病变。", "是"),
    ("左肾是否有积水？", "左肾未见结石，可见积水。", "是"),
    ("左肺结节是否增大？", "左肺结节，未见增大。", "否"),
    # 考虑 states the impression (the project's reading before this lane, kept)
    ("是否有炎症？", "考虑炎症，建议复查。", "是"),
    # the or of a denied list offers nothing
    ("该胸片是否显示肺炎？", "双肺清晰，未见实变或渗出影。", "否"),
    ("左肺是否异常？", "左肺未见明显异常，肺纹理清晰，未见实变或结节。", "否"),
    # 异常 asked: the forms of 正常 reversed
    ("心脏是否异常？", "心影增大。", "是"),
    ("左肺是否异常？", "左肺异常，可见实变。", "是"),
    # the elliptic "there is" / "there is no" of the property
    ("该图片是否显示肺部异常？", "有异常。双肺多发斑片状磨玻璃影。", "是"),
    ("该图片是否显示肺部异常？", "无异常。", "否"),
    # a mass's two names
    ("肝脏内是否有占位性病变？", "肝实质密度均匀，未发现占位。", "否"),
    # the image's lesion under another of its names
    ("该病变是否位于左肺？", "病灶位于左肺下叶背段，大小约2.1cm×1.8cm。", "是"),
    # a report heading names no place
    ("该胸片是否显示肺气肿？", "**所见：** 双肺透亮度正常，未见肺大疱。\n\n**印象：** 未见肺气肿征象。", "否"),
    # 不对称 is "asymmetric", not the revision cue 不对
    ("两肺是否对称？", "左肺体积较右肺明显缩小，纵隔向左偏移，两肺不对称。", "否"),
    ("心脏是否增大？", "心影增大，不对称。", "是"),
    # review: the asked property's own form denied, the other side's finding
    ("左肺是否异常？", "左肺未发现异常。", "否"),
    ("左肺是否异常？", "左肺没有异常。", "否"),
    ("纵隔是否异常？", "纵隔未见增宽。", "否"),
    ("左肺是否异常？", "左肺未见异常，右肺可见结节。", "否"),
])
def test_zh_closed_read(question: str, text: str, expected: str) -> None:
    assert _closed(question, text) == (expected, "scored")


@pytest.mark.parametrize("question, text", [
    # the brief's near misses: a hedge, a condition, the finding in another place, another organ only
    ("是否有胸腔积液？", "不能排除少量积液。"),
    ("是否有胸腔积液？", "如有积液，肋膈角变钝。"),
    ("左肺有结节吗？", "右肺可见结节。"),
    ("左肺有结节吗？", "右肺可见结节，未见积液。"),
    ("肝脏是否异常？", "心脏大小正常，主动脉迂曲。"),
    # no abnormality is no mass: left unread, as "No abnormality." to "Is there a mass?" is (the vocabulary's normal
    # phrases rule out the acute chest findings only)
    ("Is there a mass?", "未见明显异常。"),
    ("是否有肿块？", "未见明显异常。"),
    # a hedge in a carried clause, a condition after the subject
    ("是否有纵隔移位？", "纵隔居中，可能有轻度移位。"),
    ("是否有纵隔移位？", "纵隔居中，若有移位需复查。"),
    ("左肺是否有病变？", "左肺下叶可见斑片状影，考虑炎症性病变可能。"),
    # another subject opens the sentence, or the clause names its own place or side
    ("左肺是否有病变？", "右肺下叶可见斑片状影，考虑炎症性病变。"),
    ("左肺是否有病变？", "左肺清晰，右肺可见病变。"),
    ("左肺有结节吗？", "左肺门增大，见结节。"),  # the hilum, not the lung
    ("是否有纵隔移位？", "纵隔居中，气管无移位。"),
    # normal, then something seen: not normal in every respect
    ("左肺是否异常？", "左肺未见明显异常，但下叶可见结节。"),
    ("肝脏是否异常？", "肝脏形态正常，左叶可见低密度灶。"),
    ("该图片是否显示肺部异常？", "无异常，但右肺可见结节。"),
    # the or after a hedge still hedges; a denied list then a doubt
    ("该胸片是否显示肺炎？", "不能排除实变或渗出。"),
    ("该胸片是否显示肺炎？", "双肺清晰，考虑实变或渗出。"),
    ("该胸片是否显示肺炎？", "未见实变或渗出影，但不除外早期肺炎。"),
    # the lesion placed elsewhere, or doubted
    ("该病变是否位于左肺？", "病灶位于右肺下叶背段。"),
    ("该病变是否位于左肺？", "病灶可能位于左肺下叶。"),
    ("该胸片是否显示肺气肿？", "**印象：** 右肺未见肺气肿征象。"),  # one side only
    # review: 或许 "perhaps" after a denial is no list's or
    ("是否有骨折？", "未见明显骨折或许因体位所限显示不清。"),
])
def test_zh_closed_unread(question: str, text: str) -> None:
    assert _closed(question, text)[0] is None


def test_carried_only_from_the_asked_subject() -> None:
    assert zh_topic.carried(["纵隔居中", "无移位"], "纵隔") == ["纵隔居中", "纵隔无移位"]
    assert zh_topic.carried(["右肺可见结节", "未见积液"], "左肺") == ["右肺可见结节", "未见积液"]
    assert zh_topic.carried(["左肺可见结节", "右肺未见积液"], "左肺") == ["左肺可见结节", "右肺未见积液"]
    assert zh_topic.carried(["左肺下叶见结节", "余未见异常"], "左肺") == ["左肺下叶见结节", "余未见异常"]
    assert zh_topic.carried(["左肺可见结节", "胆囊未见结石"], "左肺") == ["左肺可见结节", "胆囊未见结石"]
    assert zh_topic.carried(["纵隔居中", "无移位"], "") == ["纵隔居中", "无移位"]


def test_headings_and_denied_lists() -> None:
    assert zh_topic.without_headings("**印象：** 未见肺气肿征象。") == "未见肺气肿征象。"
    assert zh_topic.without_headings("所见：双肺清晰。\n诊断意见：未见异常。") == "双肺清晰。\n未见异常。"
    assert zh_topic.without_headings("左肺：未见结节。") == "左肺：未见结节。"  # a place labelled, no heading
    assert zh_topic.unlisted_or("未见实变或渗出影") == "未见实变、渗出影"
    assert zh_topic.unlisted_or("考虑实变或渗出") == "考虑实变或渗出"
    assert zh_topic.unlisted_or("不能排除实变或渗出") == "不能排除实变或渗出"
    assert zh_topic.unlisted_or("未见骨折或许因体位所限") == "未见骨折或许因体位所限"
    assert zh_topic.other_side("右肺可见结节", "左肺") and not zh_topic.other_side("下叶可见结节", "左肺")


def test_revision_cue_not_inside_asymmetric() -> None:
    # the cue 不对 still revises a leading verdict
    assert _closed("两肺是否对称？", "是。不对，应该是否。") == ("否", "scored")
