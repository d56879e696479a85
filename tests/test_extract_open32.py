"""Open replies whose verdict a careful reader finds although words of doubt stand around it (lane open, session 32,
issue #7): ``extract/verdict_asides.py``, the new cues and question kinds of ``extract/open_verdict.py``, the place
field and the Chinese conclusion field of ``extract/open_field.py``.

Texts written for these tests in varied styles; each asserts the exact reading. The near misses keep the reading the
reader gave before the lane: a verdict taken back or held open, a differential with no commitment, a rejection that
keeps a candidate open, a disclaimer that names a second thing, a definition, a negated lead, a location question
answered only with a diagnosis field.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

DX = "What is the most likely diagnosis?"


def _answer(text: str, question: str = DX) -> str | None:
    return extract(text, Sample(id="o32", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the diagnosis in this fundus photograph?",
     "There are bone-spicule pigment deposits in the periphery with attenuated arterioles and a pale disc. This is "
     "the classic appearance of retinitis pigmentosa.", "retinitis pigmentosa"),
    ("What is the diagnosis?",
     "Both sacroiliac joints are fused and there are thin marginal syndesmophytes bridging the lumbar vertebrae. These "
     "are the characteristic features of ankylosing spondylitis.", "ankylosing spondylitis"),
    ("What is the diagnosis of this rash?",
     "The image shows well-demarcated erythematous plaques with silvery scale on the extensor surfaces. This is "
     "consistent with psoriasis. However, I'm not a medical professional, so please see a dermatologist if it "
     "spreads or itches.", "psoriasis"),
    (DX, "There is a 3 cm cyst with a reticular internal pattern and no internal flow. An endometrioma was "
         "considered, but the lace-like pattern and the retracting clot argue against it.\n\nThe most likely "
         "diagnosis is a hemorrhagic ovarian cyst.", "hemorrhagic ovarian cyst"),
    (DX, "A small lucent nidus with dense surrounding sclerosis is seen in the tibial cortex. This is most consistent "
         "with an osteoid osteoma. A Brodie abscess is less likely given the round nidus with central calcification.",
     "osteoid osteoma"),
    ("What is the most likely diagnosis of this rash on the right side of the trunk?",
     "Grouped vesicles on an erythematous base follow a single dermatome and stop at the midline. This is "
     "characteristic of herpes zoster.", "herpes zoster"),
    ("What is seen in this OCT?",
     "There is a complete defect through all retinal layers at the fovea with cystic edges. The differential "
     "includes a lamellar hole, but the full-thickness defect confirms a full-thickness macular hole.",
     "full thickness macular hole"),
    ("What abnormality is seen on this hip ultrasound?",
     "The alpha angle is 45 degrees and the femoral head coverage is under 50%. These findings indicate "
     "developmental dysplasia of the hip.", "developmental dysplasia of hip"),
    ("What abnormality is seen on this colonoscopy image?",
     "Several round outpouchings of the mucosa are seen in the sigmoid colon without inflammation. This represents "
     "sigmoid diverticulosis.", "sigmoid diverticulosis"),
    ("该病理图像的诊断是什么？", "镜下可见乳头状结构，细胞核呈毛玻璃样，可见核沟及砂粒体。上述特点符合甲状腺乳头状癌。", "甲状腺乳头状癌"),
    ("这张腹部CT的诊断是什么？", "<think>\n右侧输尿管上段可见高密度结节。\n</think>\n\n诊断：右侧输尿管上段结石伴右肾积水。",
     "右侧输尿管上段结石伴右肾积水"),
    ("Where is the enhancing lesion located?",
     "**Location:** Right cerebellopontine angle.\n\n**Description:** An avidly enhancing extra-axial mass widens the "
     "internal auditory canal. This is most consistent with a vestibular schwannoma.", "right cerebellopontine angle"),
    ("Where is the consolidation?",
     "Site: Left lower lobe.\nFindings: dense consolidation with air bronchograms, no effusion.\nImpression: "
     "pneumonia.", "left lower lobe"),
])
def test_verdict_read_through(question: str, text: str, answer: str) -> None:
    assert _answer(text, question) == answer


@pytest.mark.parametrize(("question", "text", "not_read"), [
    (DX, "The gallbladder wall is thickened with pericholecystic fluid. This suggests acute cholecystitis. However, on "
         "review, the wall thickening is diffuse and ascites is present, so hepatic congestion is more likely.",
     "acute cholecystitis"),
    (DX, "There is a 3 cm complex cyst with a reticular pattern. Ovarian torsion was considered and cannot be excluded "
         "without Doppler. The most likely diagnosis is a hemorrhagic ovarian cyst.", "hemorrhagic ovarian cyst"),
    (DX, "There is symmetric hilar lymphadenopathy. The findings are most consistent with sarcoidosis. Lymphoma is "
         "less likely but cannot be ruled out, and tuberculosis remains possible.", "sarcoidosis"),
    ("What is the diagnosis?",
     "The classic triad of retinitis pigmentosa is bone-spicule pigment, attenuated arterioles and waxy disc pallor. "
     "Here the periphery shows only drusen, which could be age-related.", "retinitis pigmentosa"),
    ("What abnormality is seen on this hip ultrasound?",
     "The alpha angle is 62 degrees with good femoral head coverage. These findings do not indicate developmental "
     "dysplasia of the hip.", "developmental dysplasia of hip"),
    ("What abnormality is seen on this CT?",
     "There is a 2 cm spiculated nodule in the right upper lobe. This is suspicious for lung cancer.", "lung cancer"),
    ("该病理图像的诊断是什么？", "镜下可见乳头状结构及核沟。上述特点不符合甲状腺乳头状癌，需考虑其他诊断。", "甲状腺乳头状癌"),
    ("病变位于哪个部位？", "右肺下叶可见实变影。上述表现符合肺炎。", "肺炎"),
    ("What is the diagnosis of this skin lesion?",
     "This is consistent with seborrheic keratosis. However, melanoma can look similar, so I am not sure; a "
     "dermatologist should examine it.", "seborrheic keratosis"),
    ("Which side of the chest is the rash on?",
     "Grouped vesicles follow a single thoracic dermatome on the left side. This is characteristic of herpes zoster.",
     "herpes zoster"),
])
def test_near_misses_not_read(question: str, text: str, not_read: str) -> None:
    assert _answer(text, question) != not_read


def test_confirmed_sign_before_verdict_is_no_second_verdict() -> None:
    text = ("Diffusion-weighted images show cortical ribboning. The ADC map confirms restricted diffusion. There is no "
            "mass. This pattern is highly characteristic of sporadic Creutzfeldt–Jakob disease. EEG can help confirm.")
    assert _answer(text) == "sporadic creutzfeldt jakob disease"
