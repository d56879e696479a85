"""Multiple-choice answers, session 42 (issue #7: a wrong answer is worse than none): an explicit decision overruled
by a later mention of another option that is no pick, in sentences of our own.

Four general causes, each fixed in its one home: a feature denied with what it is typical of ("No bone artifact
typical of CT", ``implicit_words.DENIED_LINK``) or several features denied before the link ("no cherry-red spot or
whitening to suggest an artery occlusion"); a final answer in an earlier paragraph outranked by any later mention
(``resolve``); closing asides in a row stepped over to the decision before them (``decision_clauses.before_aside``);
a Chinese rejection whose object follows a 的 modifier ("而非局限于导管内的导管原位癌", ``langwords.ZH_NEGATED``) and a
'。' closing a clause of the decision sentence. Each beside near misses that must read as before.
"""

import pytest

from medstep.extract import extract
from medstep.extract.implicit_words import DENIED_LINK
from medstep.extract.langwords import ZH_NEGATED, ZH_NEGATED_REACH
from medstep.types import AnswerType, Sample

_MOD = {"A": "Radiograph", "B": "CT", "C": "MRI", "D": "Ultrasound", "E": "Nuclear medicine"}
_LUNG = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Pulmonary edema", "E": "Atelectasis"}
_EYE = {"A": "Central retinal vein occlusion", "B": "Central retinal artery occlusion", "C": "Diabetic retinopathy",
        "D": "Hypertensive retinopathy"}
_THY = {"A": "甲状腺乳头状癌", "B": "结节性甲状腺肿", "C": "甲状腺滤泡性腺瘤", "D": "桥本甲状腺炎"}
_QM, _QD, _QZ = "Which modality acquired this image?", "What is the most likely diagnosis?", "最可能的诊断是?"


def _read(text: str, options: dict[str, str], question: str) -> str | None:
    got = extract(text, Sample(id="s42c", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, options, question, want", [
    # a later bullet denying a feature typical of another option leaves the stated answer standing
    ("The answer is **Ultrasound**.\n\n* Acoustic shadowing behind the calculus.\n* No streak artifact typical of CT.",
     _MOD, _QM, "D"),
    ("Final answer: MRI.\n\nNo beam-hardening characteristic of CT.", _MOD, _QM, "C"),
    ("The answer is Pleural effusion.\n\n- Meniscus at the costophrenic angle.\n- No air bronchograms typical of "
     "pneumonia.", _LUNG, _QD, "B"),
    # ... a real revision after it still wins
    ("The answer is MRI.\n\nActually, on reflection, the dense cortical bone points to CT. Final answer: CT.", _MOD, _QM,
     "B"),
    ("The answer is Pneumonia.\n\nOn second thought, the meniscus makes this a pleural effusion. Final answer: Pleural "
     "effusion.", _LUNG, _QD, "B"),
    # ... and "typical of" said of what is seen still picks
    ("The grey-white contrast is typical of MRI.", _MOD, _QM, "C"),
    ("There is no fracture. The pattern is typical of CT.", _MOD, _QM, "B"),
    # the denial alone names no answer
    ("There is no pleural line typical of pneumothorax.", _LUNG, _QD, "unparsed"),
    # several features denied before the link; closing asides in a row stepped over
    ("Flame haemorrhages in all four quadrants with tortuous veins are the picture of a central retinal vein "
     "occlusion. Diabetic retinopathy seldom produces this pattern so suddenly. There is no macular whitening or "
     "cherry-red spot to suggest an artery occlusion.", _EYE, _QD, "A"),
    ("Venous engorgement with flame haemorrhages in every quadrant is a central retinal vein occlusion. Diabetic "
     "retinopathy seldom looks this acute. There is no macular whitening or cherry-red spot to suggest an artery "
     "occlusion.", _EYE, _QD, "A"),
    ("Diabetic retinopathy rarely looks like this.", _EYE, _QD, "unparsed"),
    ("The cherry-red spot is enough to suggest an artery occlusion.", _EYE, _QD, "B"),
    # a Chinese option rejected after its modifier; the diagnosis after the rejected clause
    ("细胞核呈毛玻璃样,可见核沟,而非包膜完整的滤泡性腺瘤。诊断为乳头状癌。", _THY, _QZ, "A"),
    ("并非典型的结节性甲状腺肿,病灶边界不清并有微钙化。考虑甲状腺乳头状癌。", _THY, _QZ, "A"),
    ("而非局限于包膜内的滤泡性腺瘤。", _THY, _QZ, "unparsed"),
    ("这不是良性病变,而是甲状腺乳头状癌。", _THY, _QZ, "A"),
])
def test_decision_not_overruled_by_a_mention_that_is_no_pick(text, options, question, want):
    assert _read(text, options, question) == want


def test_denied_link_typical_of_and_joined_features():
    assert DENIED_LINK.search("no bone signal artifact typical of CT") is not None
    assert DENIED_LINK.search("no cherry-red spot or retinal whitening to suggest an artery occlusion") is not None
    assert DENIED_LINK.search("the pattern is typical of CT") is None
    assert DENIED_LINK.search("no fat suppression, but the contrast is typical of MRI") is None


def test_zh_rejection_bridges_a_modifier_closed_by_de():
    left = "周围间质纤维组织增生明显,而非局限于导管内的"
    assert ZH_NEGATED.search(left[-ZH_NEGATED_REACH:]) is not None
    assert ZH_NEGATED.search("病灶呈典型的") is None  # no rejection
    assert ZH_NEGATED.search("是不是局限的") is None  # a question ("is it or not"), no rejection


def test_new_patterns_linear_on_hostile_input():
    import time
    hostile = ["no " + "ab or " * 4000, "no " + "a-b " * 5000 + "typical", "而非" + "局限于导管内" * 3500]
    start = time.perf_counter()
    for s in hostile:
        DENIED_LINK.search(s)
        ZH_NEGATED.search(s)
        _read(s[:20000], _MOD, _QM)
    assert time.perf_counter() - start < 5
