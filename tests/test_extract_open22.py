"""Open outputs after the held-out round 20 (issue #7): a finding said to have many causes, candidates offered and none
chosen (no answer). Invented outputs, and the near misses that must still be read."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str = "What is the abnormality?") -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o22", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "The opacity could have a number of causes. It might represent pneumonia, atelectasis, or simply a summation "
    "artefact. History would help.",
    "This nodule has many possible explanations. It may be a granuloma, a metastasis, or just a vessel seen end-on.",
    "The effusion can arise from several different causes. It could be due to heart failure, infection, or malignancy.",
    "A wide range of conditions can look like this, among them sarcoid, lymphoma and tuberculosis.",
])
def test_a_finding_with_many_causes_and_none_chosen_is_no_answer(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("The opacity could have a number of causes, but here it is most likely pneumonia.", "pneumonia"),
    ("Multiple rib fractures on the left.", "multiple rib fractures"),
])
def test_many_causes_with_a_pick_or_a_count_of_findings_is_still_an_answer(text: str, answer: str) -> None:
    got, status = _read(text)
    assert status is Status.SCORED and got is not None and answer in got


@pytest.mark.parametrize(("text", "question"), [
    ("The liver is a large glandular organ in the right upper quadrant. It contains hepatocytes arranged in lobules.",
     "What abnormality is seen in the liver?"),
    ("Kidneys are bean-shaped organs of the urinary system. Abnormalities can include cysts, stones, and tumours.",
     "Which abnormality affects the kidneys?"),
    ("The spleen is a lymphoid organ beneath the left hemidiaphragm. It filters old red cells from the circulation.",
     "What is wrong with the spleen?"),
    ("The pancreas is a retroperitoneal gland with exocrine and endocrine roles. Diseases affecting it include "
     "pancreatitis and adenocarcinoma.", "What is the abnormality of the pancreas?"),
    ("The aorta is the largest artery of the body. It carries blood from the heart to the rest of the body.",
     "What abnormality is seen in the aorta?"),
])
def test_the_organ_asked_defined_as_a_class_is_no_answer(text: str, question: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The liver is enlarged. It contains multiple hypodense lesions.", "What abnormality is seen in the liver?",
     "enlarged"),
    ("The liver is a shrunken nodular organ in keeping with cirrhosis.", "What abnormality is seen in the liver?",
     "cirrhosis"),
    ("The liver is a site of multiple metastases.", "What abnormality is seen in the liver?", "metastases"),
    ("The kidney is a pelvic kidney.", "What is abnormal about the kidney?", "pelvic kidney"),
    ("The aorta is the largest it has been, at 6 cm.", "What abnormality is seen in the aorta?", "6 cm"),
])
def test_the_organ_read_in_this_image_is_still_an_answer(text: str, question: str, answer: str) -> None:
    got, status = _read(text, question)
    assert status is Status.SCORED and got is not None and answer in got


@pytest.mark.parametrize(("text", "answer"), [
    ("This appears to be a pneumothorax. Alternatively, it could represent a skin fold.", "pneumothorax"),
    ("This looks like a pleural effusion. Alternatively it might be pleural thickening.", "pleural effusion"),
    ("It seems to be an osteochondroma. Another possibility is a parosteal osteosarcoma.", "osteochondroma"),
    ("The appearance is of a meningioma. Alternatively, a dural metastasis could look similar.", "meningioma"),
])
def test_a_stated_reading_then_another_only_possible_is_the_reading(text: str, answer: str) -> None:
    assert _read(text, "What is the diagnosis?") == (answer, Status.SCORED)


@pytest.mark.parametrize("text", [
    "Appendicitis. Alternatively, it could be mesenteric adenitis.",
    "It may be a pneumothorax. Alternatively, it could represent a skin fold.",
    "This appears to be a pneumothorax. Alternatively, a skin fold.",
    "This appears to be a pneumothorax. Alternatively, it could be a skin fold. Or a bulla.",
])
def test_a_hedged_or_bare_reading_beside_another_stays_ambiguous(text: str) -> None:
    assert _read(text, "What is the diagnosis?") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("There's a 2 cm nodule in the right upper lobe. Honestly it's hard to say more - could be a granuloma, a primary "
     "tumour, or a metastasis.", "nodule"),
    ("I see a large mass in the left kidney. Difficult to characterise further; it might be renal cell carcinoma, an "
     "oncocytoma or an angiomyolipoma.", "mass"),
    ("Findings: 3 cm mass in the right lower lobe with spiculated margins.\nImpression: Differential includes primary "
     "lung cancer, metastasis, and organising pneumonia.", "mass"),
    ("FINDINGS: Large pericardial effusion.\nIMPRESSION: Differential diagnosis includes viral pericarditis, uraemia "
     "and malignancy.", "pericardial effusion"),
])
def test_the_finding_seen_answers_the_abnormality_when_only_its_cause_is_weighed(text: str, answer: str) -> None:
    got, status = _read(text)
    assert status is Status.SCORED and got is not None and answer in got and "could" not in got \
        and "differential" not in got


@pytest.mark.parametrize(("text", "question"), [
    ("There's a 2 cm nodule in the right upper lobe. Hard to say more - could be a granuloma or a metastasis.",
     "What is the diagnosis?"),
    ("Findings: 3 cm mass in the right lower lobe.\nImpression: Differential includes primary lung cancer, metastasis, "
     "and organising pneumonia.", "What is the most likely diagnosis?"),
    ("There is no nodule. It could be a granuloma or a vessel.", "What is the abnormality?"),
    ("There are several findings: cardiomegaly and pleural effusions. The main one is either cardiomegaly or "
     "effusions.", "What is the abnormality?"),
])
def test_a_finding_beside_weighed_causes_does_not_answer_a_diagnosis_or_a_denial(text: str, question: str) -> None:
    got, _ = _read(text, question)
    assert got is None or "could" in got or "either" in got
