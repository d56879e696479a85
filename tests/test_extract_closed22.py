"""Closed answers (session 22, issue #7): Chinese 有无X？ questions, 考虑 / 不支持 impressions, and a verdict taken
back with doubt after it."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked import zh_either
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


def test_either_question_becomes_a_presence_question() -> None:
    assert zh_either("肺内有无结节？") == "肺内是否有结节？"
    assert zh_either("有否积液？") == "是否有积液？"
    assert zh_either("Is there any effusion?") == "Is there any effusion?"


@pytest.mark.parametrize("question, text, expected", [
    # 有无X？ / 有否X？ ask X's presence like 是否有X？
    ("有无气胸？", "双肺野清晰，未见气胸。", "否"),
    ("有无实变？", "右下肺可见片状实变影。", "是"),
    ("肺内有无结节？", "右肺上叶可见一小结节。", "是"),
    ("有否积液？", "未见明显积液。", "否"),
    # 考虑X: the report's impression states X
    ("有无肺炎？", "右下肺斑片状密度增高影，考虑肺炎。", "是"),
    ("是否有肺炎？", "考虑右下肺炎。", "是"),
    # 不支持 / 不考虑 / 不符合 X: the impression sets X aside
    ("有无骨折？", "骨皮质连续，不支持骨折。", "否"),
    ("是否有气胸？", "不考虑气胸。", "否"),
    ("有无气胸？", "不符合气胸表现。", "否"),
])
def test_chinese_impressions(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("有无肺炎？", "考虑肺炎可能。"),  # 考虑 with a maybe-word stays a hedge
    ("有无肺炎？", "考虑肺炎或肺不张。"),  # two candidates
    ("有无肺炎？", "需考虑肺炎。"),  # "needs to be considered": no impression
    ("有无肺炎？", "临床考虑肺炎，但影像未见实变。"),  # the clinician's, not the image's
    ("有无气胸？", "左侧不支持气胸。"),  # set aside on one side only
])
def test_chinese_impressions_held_open(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text", [
    ("Is there a pneumothorax?", "Yes, there is a pneumothorax at the apex. No, wait — that may be a skin fold. "
                                 "I can't be sure."),
    ("Is there a pneumothorax?", "Yes, at the apex. No, wait — that line is a skin fold. Hmm."),
    ("Is there a fracture?", "Yes. Hmm, actually no, wait... I'm not certain."),
    ("Is the bowel dilated?", "No. Actually yes — though I cannot be sure of it."),
])
def test_a_verdict_taken_back_with_doubt_is_ambiguous(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    ("Is the bowel obstructed?", "Yes, the bowel looks obstructed. No, wait, these are normal haustra.", "no"),
    ("Is there a fracture?", "Yes. Actually no, on second look the cortex is intact.", "no"),
    ("Is there a fracture?", "No. Actually yes, there is a subtle buckle, I am sure of it.", "yes"),
])
def test_a_verdict_corrected_without_doubt_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # a denial of what would point to the finding, or of its name, denies it
    ("Is there a mass?", "There is nothing to suggest a mass."),
    ("Is there a mass?", "No features suggestive of a mass."),
    ("Is there a mass?", "Nothing seen that would suggest a mass."),
    ("Is there a mass?", "Nothing here suggests a mass."),
    ("Is there a fracture?", "There are no findings to support a fracture."),
    ("Is there consolidation?", "I wouldn't call this consolidation; it is atelectasis."),
    ("Is there a fracture?", "I would not call that a fracture."),
])
def test_a_denied_pointer_denies_the_finding(question: str, text: str) -> None:
    assert _read(question, text) == "no"


@pytest.mark.parametrize("question, text", [
    ("Is there consolidation?", "I wouldn't call this anything but consolidation."),  # a turn keeps it
    ("Is there a mass?", "Nothing to suggest a mass, but a mass cannot be excluded."),  # held open after
    ("Is there a mass?", "There is nothing to indicate a mass."),  # was a yes (its "there is")
    ("Is there a fracture?", "Nothing to suggest a fracture on the left; the right radius is fractured."),
])
def test_a_denied_pointer_held_open_is_no_no(question: str, text: str) -> None:
    assert _read(question, text) != "no" and _read(question, text) != "yes"


@pytest.mark.parametrize("question, text, expected", [
    # a concluding "so yes / so no" with no comma before its pronoun and verb
    ("Is the bilirubin raised?", "Against the reference range of under 1.2, so yes it is raised.", "yes"),
    ("Is the liver enlarged?", "It spans 12 cm so no it is not enlarged.", "no"),
    ("Is the aorta dilated?", "It measures 2.4 cm, so no there is no dilatation.", "no"),
])
def test_a_verdict_mid_sentence_without_a_comma(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is the liver enlarged?", "So yes it is or it isn't, hard to say."),
    ("Is the liver enlarged?", "I cannot tell, so yes, it is hard to say."),
    ("Is the spleen enlarged?", "It spans 13 cm, so no, though it may be borderline."),
    ("Is there an effusion?", "It is hard to say so no one can tell."),
])
def test_a_verdict_mid_sentence_taken_back_is_no_verdict(question: str, text: str) -> None:
    assert _read(question, text) is None
