"""Open answers (``extract/open_reader.py``, ``extract/open_decision.py``): reasoning-tag spellings, JSON, revisions,
answers that decide nothing, and the committed span. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o12", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("text", "answer"), [
    ("◁think▷Ring-enhancing lesion with restricted diffusion. Abscess.◁/think▷Cerebral abscess.", "cerebral abscess"),
    ("<thinking>The enlarged organ in the left upper quadrant.</thinking>\nSplenomegaly.", "splenomegaly"),
    ("[THINK]Sharp pleural line, no markings beyond it.[/THINK]Pneumothorax.", "pneumothorax"),
    ("<reasoning>Hypoechoic mass in the pancreatic head.</reasoning>\nPancreatic adenocarcinoma.",
     "pancreatic adenocarcinoma"),
])
def test_other_spellings_of_the_reasoning_block_are_reasoning(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


def test_an_unclosed_kimi_thought_is_cut() -> None:
    assert _read("◁think▷Lytic lesion, wide zone of transition. Osteosarcoma or Ewing") == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ('```json\n{"diagnosis": "Colles fracture", "confidence": "high"}\n```', DX, "colles fracture"),
    ('{"answer": "pneumothorax"}', DX, "pneumothorax"),
    ("{'answer': 'Pulmonary embolism'}", DX, "pulmonary embolism"),
    ('{"organ": "liver", "finding": "multiple hypodense lesions"}', "Which organ is affected?", "liver"),
    ('{"finding": "pleural effusion", "side": "right"}', "What is the abnormality?", "pleural effusion right"),
])
def test_a_json_answer_is_the_value_of_its_answering_field(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "status"), [
    ('{"answer": "lymphoma or sarcoidosis"}', Status.AMBIGUOUS),
    ('{"answer": ""}', Status.UNPARSED),
    ('{"answer": "pneumonia", "final_answer": "tuberculosis"}', Status.AMBIGUOUS),
    ('{"answer": "pneumonia", "answer": "tuberculosis"}', Status.AMBIGUOUS),
])
def test_a_json_answer_is_read_like_any_open_answer(text: str, status: Status) -> None:
    assert _read(text) == (None, status)


def test_two_json_objects_are_not_merged_into_the_last_ones_answer() -> None:
    sample = Sample(id="t", question=DX, answer="x", answer_type=AnswerType.OPEN)
    got = extract('{"answer": "pneumonia"} {"answer": "tuberculosis"}', sample)
    assert got.rule != "answer_field" and got.answer != "tuberculosis"


@pytest.mark.parametrize(("text", "question", "status"), [
    ("The most likely diagnosis is a disease.", DX, Status.UNPARSED),
    ("The diagnosis is a medical condition.", DX, Status.UNPARSED),
    ("The arrow points to a structure.", "What does the arrow point to?", Status.UNPARSED),
    ("The tip of the catheter is positioned", "What is the position of the catheter tip?", Status.TRUNCATED),
    ("The nodule measures", "What is the size of the nodule?", Status.TRUNCATED),
    ("Taken together, these features point towards", DX, Status.TRUNCATED),
    ("I don't see an arrow in the image you've provided — could you upload it again?",
     "What does the arrow point to?", Status.REFUSED),
    ("There is no arrowhead visible on this image, so I can't say what it marks.",
     "What does the arrowhead indicate?", Status.REFUSED),
])
def test_an_open_answer_deciding_nothing_gets_no_answer(text: str, question: str, status: Status) -> None:
    assert _read(text, question) == (None, status)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The arrow shows a lesion.", "What does the arrow show?", "lesion"),
    ("The tube is well positioned", "What is the position of the tube?", "well positioned"),
    ("Crohn disease.", DX, "crohn disease"),
])
def test_an_open_answer_naming_something_keeps_it(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The spleen. Correction: the kidney.", "Which organ is affected?", "kidney"),
    ("Ileus. No, wait — looking again, it's a small bowel obstruction.", DX, "small bowel obstruction"),
])
def test_a_corrected_open_answer_is_the_correction(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "status"), [
    ("Hemorrhagic cyst. Wait — the solid part is vascular, which excludes that. It could be a cystic neoplasm or an "
     "endometrioma.", Status.AMBIGUOUS),
    ("Lipoma. Actually, the thick septa argue against that. I'm not sure.", Status.REFUSED),
    ("Meningioma. Actually, let me reconsider", Status.TRUNCATED),
])
def test_a_correction_that_settles_nothing_does_not_put_the_withdrawn_answer_back(text: str, status: Status) -> None:
    assert _read(text) == (None, status)


def test_actually_inside_a_sentence_revises_nothing() -> None:
    assert _read("It is actually a simple cyst.") == ("actually simple cyst", Status.SCORED)


@pytest.mark.parametrize("text", [
    "This is likely a hemangioma or a metastasis.",
    "It's a Bosniak IIF or III cyst; I can't decide without the enhancement data.",
    "Hard to say — could be sarcoid, could be lymphoma.",
    "Cardiomegaly. Pulmonary edema. Pleural effusion. Pneumothorax. Consolidation. Atelectasis.",
])
def test_candidates_named_without_a_choice_are_ambiguous(text: str) -> None:
    assert _read(text, "What abnormality is seen?") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("This is a hemangioma; a metastasis or abscess is less likely.",
     "hemangioma metastasis or abscess is less likely"),
    ("It is not a cyst or a tumor; it is a vessel.", "vessel"),  # the exclusion set aside (open13)
    ("Cardiomegaly and pulmonary edema.", "cardiomegaly and pulmonary edema"),
])
def test_a_pick_beside_other_candidates_stays_an_answer(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Heart. Specifically, a four-chamber view on echocardiography.", "What organ is shown?", "heart"),
    ("Coarctation of the aorta — inferior rib notching and a 3 sign.", DX, "coarctation of aorta"),
    ("Sarcoidosis (stage II).", DX, "sarcoidosis"),
    ("This is a boxer's fracture — a fracture of the 5th metacarpal neck.", DX, "boxer s fracture"),
])
def test_the_label_an_open_answer_opens_with_is_its_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "answer"), [
    ("Pneumothorax — no, a skin fold.", "pneumothorax no skin fold"),
    ("Three (possibly four).", "three possibly four"),
    ("Enlarged thyroid (goiter).", "enlarged thyroid goiter"),
    ("The biodistribution (brain, heart, bladder) is typical of FDG.",
     "biodistribution brain heart bladder is typical of fdg"),
])
def test_words_that_turn_conclude_or_rename_are_kept(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


def test_a_field_name_before_a_dash_is_not_the_answer() -> None:
    assert _read("Diagnosis — spleen", "Which organ contains the lesion?") == ("spleen", Status.SCORED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The knee shows osteoarthritis.", "What is the Kellgren-Lawrence grade?", None),
    ("There is a spiculated mass in the upper outer quadrant.", "What is the BI-RADS category?", None),
    ("Grade 3.", "What is the Kellgren-Lawrence grade?", "grade 3"),
    ("Bosniak IIF.", "What is the Bosniak category?", "bosniak iif"),
    ("High-grade glioma.", "What is the grade of the tumor?", "high grade glioma"),
])
def test_a_grade_question_is_answered_only_by_a_value_of_a_scale(text: str, question: str, answer: str | None) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("text", "status"), [
    ("It's probably a simple cyst or possibly a hemorrhagic one.", Status.AMBIGUOUS),
    ("Liver — or possibly the gallbladder.", Status.AMBIGUOUS),
    ("Il s'agit probablement d'une pneumonie ou d'une atélectasie.", Status.AMBIGUOUS),
    ("The mass measures approximately", Status.TRUNCATED),
])
def test_fresh_forms_of_candidates_and_cuts(text: str, status: Status) -> None:
    assert _read(text) == (None, status)


def test_a_chinese_answer_to_an_english_question_is_read() -> None:
    assert _read("肺结核。", "What is the diagnosis?") == ("肺结核", Status.SCORED)
    assert _read("这是一张CT图像。", "What is the diagnosis?") == (None, Status.UNPARSED)


def test_a_label_with_a_ranked_second_candidate_keeps_its_answer() -> None:
    assert _read("Pneumonia — or less likely atelectasis.")[1] is Status.SCORED
