"""Closed answers given by a pro-form, a Chinese lean, a class stated in Chinese or a whole-image normality reading
(session 47, lane closed47, issue #7).

"I'd say so." / "Doesn't look like it." stand for yes / no by a verb of judging or appearance with "so" / "not"
(``answers/yesno.PRO_FORM_ASSENT`` / ``PRO_FORM_DENIAL``, built from verb lists); 我认为有 / 应该没有 open with a
committed Chinese lean (``ZH_LEANS``); "看起来是良性的" to 是否为恶性？ is read by the class grammar
(``extract/class_verdict.py``); "Is it normal?" / 是否正常？ ask the picture as a whole (``extract/normality.py``).
The near misses keep their doubt, take-back or other subject.
"""

from __future__ import annotations

import pytest

from medstep.answers import AFFIRMATIVE_REPLIES, NEGATIVE_REPLIES, PRO_FORM_ASSENT, PRO_FORM_DENIAL
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes"
    return extract(text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


def test_pro_forms_are_built_into_the_one_yes_no_home() -> None:
    assert {"i'd say so", "i'm afraid so", "seems so", "looks like it", "it would appear so"} <= PRO_FORM_ASSENT
    assert {"i suppose not", "i wouldn't say so", "doesn't look like it", "i don't believe so"} <= PRO_FORM_DENIAL
    assert PRO_FORM_ASSENT <= AFFIRMATIVE_REPLIES and PRO_FORM_DENIAL <= NEGATIVE_REPLIES
    assert not PRO_FORM_ASSENT & PRO_FORM_DENIAL
    assert "i guess so" not in PRO_FORM_ASSENT and "i hope not" not in PRO_FORM_DENIAL  # a guess, a wish: no lean


@pytest.mark.parametrize("question, text, expected", [
    ("Is the trachea deviated?", "I would say so, it is pushed toward the right by the large mass.", "yes"),
    ("Is there a cavity in the mass?", "I'm afraid so: an air-filled centre with a thick wall.", "yes"),
    ("Is the appendix inflamed?", "Looks like it. It is 11 mm across with a thickened wall.", "yes"),
    ("Is the ligament torn?", "Seems so, the fibres are discontinuous at the femoral attachment.", "yes"),
    ("Is the gallbladder wall thickened?", "I’d say so; it measures 6 mm.", "yes"),
    ("Is there a foreign body?", "Doesn't look like it; the density is a button on the gown.", "no"),
    ("Is the pancreas inflamed?", "I wouldn't say so. Its outline is sharp and the fat around it is clean.", "no"),
    ("Is the stent occluded?", "I suppose not, contrast flows through it into the distal vessel.", "no"),
    ("是否存在积液？", "我认为有。", "是"),
    ("是否存在积液？", "我觉得没有，肋膈角锐利。", "否"),
    ("胆囊壁是否增厚？", "应该是的。", "是"),
    ("是否为恶性？", "看起来是良性的。", "否"),
    ("该病变是否为良性？", "看起来是恶性的。", "否"),
    ("是否为恶性？", "是良性的。", "否"),
    ("是否正常？", "未见异常。", "是"),
    ("是否正常？", "左肺可见一肿块。", "否"),
    ("是否异常？", "未见明显异常。", "否"),
    ("Is it normal?", "No abnormality is seen.", "yes"),
    ("Does this look abnormal?", "There is a large left pleural effusion.", "yes"),
    # a condition in a LATER sentence holds nothing open: the pro-form ended its own sentence (merge of session 47)
    ("Is the scaphoid fractured?", "I don't think so. No lucent line is seen; an MRI is advised if pain persists.", "no"),
])
def test_a_pro_form_lean_class_or_normality_reads(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is the trachea deviated?", "I think so, hard to say."),
    ("Is the trachea deviated?", "Looks like it, but the patient is rotated so I can't be sure."),
    ("Is there a mass?", "I'd say so, but it could also be a vessel seen end-on."),
    ("Is there a mass?", "It looks like it's a vessel."),
    ("Is there a mass?", "Looks like it could be a mass or a vessel."),
    ("Is there a fracture?", "I guess so."),
    ("Is there a fracture?", "I hope not, but the line could be a fracture."),
    ("Is there a mass?", "I'd say so if the opacity persists on the lateral view."),
    ("是否存在积液？", "我认为是，但不确定。"),
    ("是否存在积液？", "我认为需要进一步检查。"),
    ("该病变是否为恶性？", "看起来是良性的，但需要活检。"),
    ("该病变是否为恶性？", "可能是良性的。"),
    ("是否正常？", "可能正常。"),
    ("心脏是否增大？", "不好说，需要结合临床。"),
])
def test_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text) is None
