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
    ("- Heart: normal size\n- Lungs: hyperinflated, flattened diaphragms\n- Impression: emphysema", "emphysema"),
    ("The findings are consistent with pneumonia in the left lower lobe. No pneumonia is seen elsewhere.",
     "pneumonia"),  # a denial held to another part
    ("Cardiomegaly and Kerley B lines; the diagnosis, in my view, is congestive heart failure.",
     "congestive heart failure"),
    ("## Findings\nThickened bladder wall with trabeculation.\n## Conclusion\nThese appearances indicate chronic "
     "bladder outlet obstruction.", "bladder outlet obstruction"),
    ("The mass is suggestive of lymphoma; biopsy is needed.", "lymphoma"),
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
    ("The liver lesion is hypodense. I cannot say whether this represents a cyst.", "cyst"),  # a question left open
    ("If there were a meniscal flap, this would be consistent with a bucket-handle tear.", "bucket handle tear"),
    ("Could this be sarcoidosis? The nodes are consistent with sarcoidosis or lymphoma.", "sarcoidosis"),
    ("The differential diagnosis is pneumonia.", "pneumonia"),
    # review27 probes: a bare frame names what is not the answer; a reply held open anywhere; the asked thing before
    ("The abnormality is a 3 cm enhancing mass. This is the left kidney, which is otherwise normal in size.",
     "left kidney"),
    ("There is a left-sided pneumothorax measuring 3 cm at the apex. This is the patient's first episode.",
     "first episode"),
    ("This appears to be a simple renal cyst; a cystic renal cell carcinoma remains a consideration without contrast.",
     "renal cyst"),
    ("The opacity could be consolidation. This represents pneumonia in the right lower lobe.", "pneumonia"),
    ("The CXR shows a widened mediastinum, which indicates the need for a CT angiogram to exclude aortic dissection.",
     "need for ct angiogram"),
    ("Staghorn calculus in the left kidney, most likely struvite in composition.", "struvite"),
    ("The nodule is unchanged from the comparison CT, consistent with the prior study findings.", "prior study"),
    # the last link held open: no earlier conclusion stands in its place
    ("Consistent with pneumonia. Effusion or atelectasis? Findings suggest atelectasis.", "pneumonia"),
    ("The least likely diagnosis is sarcoidosis; the most likely is lymphoma.", "sarcoidosis"),  # the least likely
    ("The least likely diagnosis is sarcoidosis.", "sarcoidosis"),
    ("Most likely pneumonia or aspiration.", "pneumonia"),
    ("Impression: no acute fracture.", "fracture"),
    ("These are Reed-Sternberg cells; Hodgkin lymphoma is suspected.", "Hodgkin lymphoma"),
    ("Findings are consistent with the clinical history of lymphoma.", "lymphoma"),
    ("The pattern represents a pneumothorax-like artifact from a skin fold.", "pneumothorax"),
    # a finding named right after the gold reads as a list (the normalised text has lost the stop): left as read
    ("This picture is classic for sigmoid volvulus; caecal volvulus would point to the left upper quadrant.",
     "sigmoid volvulus"),
    # review of the lane: the rest of the reply takes the conclusion back
    ("The appearance is consistent with pneumonia, although this is uncertain.", "pneumonia"),  # a doubt after it
    ("The findings are consistent with pneumonia. However, no pneumonia is present on the lateral view, so this is "
     "atelectasis.", "pneumonia"),  # the gold denied later
    ("Consistent with pneumonia is not the answer here; this is pulmonary edema.", "pneumonia"),  # a denying copula
    ("The findings suggest pneumonia. The final diagnosis, however, is tuberculosis.", "pneumonia"),  # a later link
    ("Spiculated nodule. The appearance suggests lung cancer. However, in this young non-smoker I favour a "
     "granuloma.", "lung cancer"),  # another answer preferred later
    ("Hypodense liver lesion. This appears to be a cyst. On the delayed phase it enhances, so it is not a cyst but a "
     "hemangioma.", "cyst"),
    ("Findings consistent with pneumonia are absent.", "pneumonia"),
    ("The lucent line suggests a fracture, which, however, was not confirmed on the lateral view.", "fracture"),
])
def test_near_misses_are_not_graded_correct(reply: str, gold: str) -> None:
    assert _graded(reply, gold)[0] is False


def test_the_asked_thing_named_before_the_link_is_the_answer() -> None:
    reply = "The air outlines both sides of the bowel wall. This is Rigler sign, indicating pneumoperitoneum."
    assert _graded(reply, "pneumoperitoneum", "What sign is demonstrated?")[0] is False


def test_a_side_or_a_number_is_left_to_the_typed_rungs() -> None:
    assert _graded("The finding is on the left; it represents a left pneumothorax.", "left", "Which side?")[1] \
        is not MatchStep.CONCLUDED
    assert _graded("The nodule is consistent with 8 mm granuloma.", "8 mm", "How large is the nodule?")[1] \
        is not MatchStep.CONCLUDED


@pytest.mark.parametrize("reply, gold, question, matched", [
    # Chinese: the last conclusion lead (langwords.ZH_CONCLUSION_LEADS, a diagnosis lead before a colon)
    ("视盘边界清楚，视杯扩大，杯盘比约0.8，符合青光眼性视神经改变。诊断：青光眼。", "青光眼", "该眼底照片最可能的诊断是什么？", True),
    ("右侧基底节区DWI高信号，ADC低信号，考虑为急性脑梗死可能性大。", "急性脑梗死", "该病变最可能的诊断是什么？", True),
    ("双肾多发无回声区，边界清楚，提示多囊肾。", "多囊肾", "诊断是什么？", True),
    ("不符合青光眼。", "青光眼", "诊断是什么？", False),  # the lead denied
    ("考虑为肺炎或肺结核。", "肺炎", "诊断是什么？", False),  # two offered
    ("考虑为肺炎，不能除外肺结核。", "肺炎", "诊断是什么？", False),  # held open
    ("考虑为肝脏病变，转移瘤可能性大。", "肝脏", "哪个器官有病变？", False),  # the gold inside a longer label
    # Italian, Spanish: the link and its article (langwords.FOREIGN_LINK)
    ("Il quadro è compatibile con un'appendicite acuta.", "appendicite acuta", "Qual è la diagnosi più probabile?", True),
    ("Masa hepática hipervascular con lavado, compatible con un hepatocarcinoma.", "hepatocarcinoma",
     "¿Cuál es el diagnóstico?", True),
    ("Il quadro non è compatibile con un'appendicite acuta.", "appendicite acuta", "Qual è la diagnosi?", False),
    ("Il quadro potrebbe essere compatibile con una polmonite o un'atelettasia.", "polmonite", "Qual è la diagnosi?",
     False),
])
def test_other_languages(reply: str, gold: str, question: str, matched: bool) -> None:
    assert _graded(reply, gold, question)[0] is matched
