"""Session 57 lane opengrade57 (issue #7): the ``concluded`` rung of the open grader (``score/open_concluded.py``).

A reply read whole (a description, then what it concludes) is graded correct when its LAST conclusion link introduces
the gold; a link denied, doubted or lowered, a gold offered beside another answer, a list, a negated mention, a gold
made another thing, and a conclusion replaced later are not.
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_answer
from medstep.score.open_grade import MatchStep, grade_open

DX = "What is the most likely diagnosis?"


def _graded(reply: str, gold: str, question: str = DX) -> tuple[bool, MatchStep | None]:
    graded = grade_open(normalize_answer(reply), gold, question)
    return graded.matched, graded.step


@pytest.mark.parametrize("reply, gold", [
    # dev shapes (retired blind 56, 53, 52, 38, 37)
    ("The key finding is a massively dilated loop of large bowel arising from the pelvis with a coffee-bean "
     "configuration. This picture is classic for sigmoid volvulus.", "sigmoid volvulus"),
    ("Based on the image, it appears to be a case of cellulitis on the lower leg. However, I am not a doctor.",
     "cellulitis"),
    ("The image shows an enlarged cardiac silhouette with a water-bottle shape. This suggests a large pericardial "
     "effusion.", "pericardial effusion"),
    ("A large cavity with an air-fluid level in the right upper lobe, which suggests a lung abscess.", "lung abscess"),
    ("Widened superior mediastinum. Impression: in the trauma setting these findings are highly concerning for "
     "traumatic aortic injury.", "traumatic aortic injury"),
    # shapes written for this lane: other organs, other links
    ("The kidney shows a large exophytic mass with a central scar. The appearance is in keeping with oncocytoma.",
     "oncocytoma"),
    ("Sagittal T1 shows a collapsed vertebral body with a convex posterior border; these findings indicate a "
     "pathological fracture.", "pathological fracture"),
    ("The skin shows a target lesion with three zones, characteristic of erythema multiforme.", "erythema multiforme"),
    ("Enlarged thyroid with many nodules, consistent with multinodular goiter.", "multinodular goiter"),
    ("The fundus shows cotton-wool spots and flame haemorrhages, typical of hypertensive retinopathy.",
     "hypertensive retinopathy"),
    ("Echogenic foci with shadowing in the gallbladder. Impression: cholelithiasis.", "cholelithiasis"),
    ("Hyperdense crescent along the convexity, which represents an acute subdural hematoma, so the patient needs "
     "neurosurgery.", "acute subdural hematoma"),
    ("There is cortical thickening; this appears to be chronic osteomyelitis.", "osteomyelitis"),  # narrowed
    ("The lesion is consistent with a hemangioma rather than a metastasis.", "hemangioma"),  # chosen over another
])
def test_the_last_conclusion_names_the_gold(reply: str, gold: str) -> None:
    assert _graded(reply, gold) == (True, MatchStep.CONCLUDED)


@pytest.mark.parametrize("reply, gold", [
    ("Pneumonia, atelectasis or effusion.", "effusion"),  # a list: no link, no answer
    ("Findings consistent with pneumonia, atelectasis or effusion.", "effusion"),  # the link opens a list
    ("Findings consistent with pneumonia, atelectasis or effusion.", "pneumonia"),
    ("No pneumothorax.", "pneumothorax"),  # a negated mention
    ("There is nothing to suggest a pneumothorax.", "pneumothorax"),  # the link denied
    ("Findings are not consistent with osteosarcoma; this is a benign bone island.", "osteosarcoma"),
    ("The findings may be consistent with sarcoidosis.", "sarcoidosis"),  # the link doubted
    ("Widened mediastinum; this is less consistent with aortic dissection than with a mediastinal mass.",
     "aortic dissection"),  # lowered
    ("Features would be consistent with appendicitis if the appendix were enlarged, but it measures 5 mm.",
     "appendicitis"),  # supposed
    ("The opacity initially suggests pneumonia, but the shift of the fissure indicates lobar collapse.",
     "pneumonia"),  # the first thought given up: the last link names another thing
    ("The lesion is consistent with a hemangioma rather than a metastasis.", "metastasis"),  # the one set aside
    ("Dilated ducts. Findings are consistent with cholangiocarcinoma or primary sclerosing cholangitis.",
     "cholangiocarcinoma"),  # two answers offered
    ("Ground-glass nodules, suggestive of adenocarcinoma in situ versus minimally invasive adenocarcinoma.",
     "adenocarcinoma in situ"),
    ("Soft tissue swelling consistent with cellulitis and abscess.", "cellulitis"),  # a second finding joined
    ("There is cortical thickening; this appears to be an osteomyelitis-like change from Paget disease.",
     "osteomyelitis"),  # made another thing
    ("The lesion represents an old healed fracture.", "fracture"),
    ("Multiple lesions, typical of metastases from lung cancer.", "lung cancer"),  # the gold not right after the link
    ("The findings are consistent with a left pleural effusion.", "right pleural effusion"),  # another side
    ("This is consistent with an ovarian cyst, possibly a dermoid.", "ovarian cyst"),  # doubted after it
    # a finding named right after the gold reads as a list (the normalised text has lost the stop): left as read
    ("This picture is classic for sigmoid volvulus; caecal volvulus would point to the left upper quadrant.",
     "sigmoid volvulus"),
])
def test_near_misses_are_not_graded_correct(reply: str, gold: str) -> None:
    assert _graded(reply, gold)[0] is False


def test_a_side_or_a_number_is_left_to_the_typed_rungs() -> None:
    assert _graded("The finding is on the left; it represents a left pneumothorax.", "left", "Which side?")[1] \
        is not MatchStep.CONCLUDED
    assert _graded("The nodule is consistent with 8 mm granuloma.", "8 mm", "How large is the nodule?")[1] \
        is not MatchStep.CONCLUDED
