"""Lane opengrade59 (session 59): open answers graded as a clinician would.

* a name followed by a gloss repeating the gold's words ("psoriasis vulgaris (chronic plaque psoriasis)",
  ``score/open_glossed.py``);
* a suspicion closing the answer must name a finding the vocabulary knows ("hypodensity, likely beam hardening" is
  no hypodensity answer, ``score/open_qualified.py``);
* the field the question names, in a reply laid out in fields ("**Abnormality:** Left-sided pneumothorax.\\n
  **Details:** ...", ``extract/open_field.asked_field``).
"""
import pytest

from medstep.extract import extract
from medstep.extract.open_field import asked_field
from medstep.score.open_grade import MatchStep, match_step
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

DX = "What is the most likely diagnosis?"
ABN = "What is the abnormality?"


def _correct(text: str, question: str, gold: str) -> bool:
    s = Sample(id="p", question=question, answer=gold, answer_type=AnswerType.OPEN, options={})
    ext = extract(text, s)
    return ext.answer is not None and bool(grade(s, ext, Generation(text=text)).correct)


@pytest.mark.parametrize("answer,gold", [
    ("psoriasis vulgaris chronic plaque psoriasis", "psoriasis"),
    ("plaque psoriasis (psoriasis vulgaris)", "psoriasis"),
    ("rheumatoid arthritis (seropositive rheumatoid arthritis)", "rheumatoid arthritis"),
    ("acute appendicitis (uncomplicated acute appendicitis)", "appendicitis"),
    ("pulmonary embolism (saddle pulmonary embolism)", "pulmonary embolism"),
    ("osteosarcoma (conventional osteosarcoma)", "osteosarcoma"),
    ("sarcoidosis (pulmonary sarcoidosis)", "sarcoidosis"),
])
def test_gloss_repeating_the_gold_is_one_answer(answer: str, gold: str) -> None:
    assert match_step(answer, gold, DX) is not None


@pytest.mark.parametrize("answer,gold", [
    ("small bowel obstruction (large bowel obstruction)", "small bowel obstruction"),  # another kind
    ("left pneumothorax right pneumothorax", "pneumothorax"),  # another side
    ("type 1 diabetes type 2 diabetes", "diabetes"),  # another number
    ("lichen planus lichen sclerosus", "lichen planus"),  # another disease
    ("pneumonia aspiration pneumonia versus atelectasis", "pneumonia"),  # candidates
    ("pneumonia possible aspiration pneumonia", "aspiration pneumonia"),  # hedged
    ("pneumonia aspiration pneumonia", "aspiration pneumonia"),  # the broader name first
    ("hepatic abscess liver abscess", "splenic abscess"),  # another organ
    ("pneumothorax pneumothorax excluded", "pneumothorax"),  # denied
    ("hemorrhage old hemorrhage", "hemorrhage"),  # another thing (its past)
    ("tumor tumor is unlikely", "tumor"),  # doubted, a clause
    ("psoriasis chronic plaque psoriasis", "eczema"),
])
def test_gloss_that_is_a_second_answer_is_no_match(answer: str, gold: str) -> None:
    assert match_step(answer, gold, DX) is None


def test_gloss_reading_names_its_rung() -> None:
    assert match_step("rheumatoid arthritis seropositive rheumatoid arthritis", "rheumatoid arthritis", DX) \
        is MatchStep.HEAD


@pytest.mark.parametrize("answer,gold,match", [
    ("Hypodensity in the left MCA territory, likely beam hardening", "hypodensity", False),
    ("Hypodensity in the right frontal lobe, probably partial volume averaging", "hypodensity", False),
    ("Linear lucency over the apex, most likely motion", "linear lucency", False),
    ("Nodule in the right lower lobe, likely a vessel", "nodule", False),
    ("Opacity at the left base, likely overlapping breast tissue", "opacity", False),
    ("Hypodensity in the left MCA territory, suspicious for acute infarct", "hypodensity", True),
    ("Nodule in the right upper lobe, likely a granuloma", "nodule", True),
    ("Mass in the anterior mediastinum, most likely lymphoma", "mass", True),
    ("Cardiomegaly, likely from dilated cardiomyopathy", "cardiomegaly", True),
    ("Lytic lesion of the femur, likely metastasis", "lytic lesion", True),
])
def test_suspicion_must_name_a_known_finding(answer: str, gold: str, match: bool) -> None:
    assert (match_step(answer, gold, ABN) is not None) is match


@pytest.mark.xfail(strict=True, reason="known gap: the vocabulary gives cyst/diverticulum and nodule/granuloma alike "
                                       "(siblings), so a suspicion re-identifying the head is still dropped")
def test_suspicion_re_identifying_the_head_known_gap() -> None:
    assert match_step("Cyst, likely a diverticulum", "cyst", ABN) is None


@pytest.mark.parametrize("text,question,gold", [
    ("**Abnormality:** Left-sided pneumothorax.\n\n**Details:** A visceral pleural edge is visible in the left upper "
     "zone with no lung markings peripheral to it.", "What is the abnormality on this chest X-ray?",
     "left pneumothorax"),
    ("**Finding:** Right pleural effusion\n**Severity:** moderate\n**Other:** heart size normal",
     "What is the main finding?", "right pleural effusion"),
    ("- **Abnormality**: pneumoperitoneum\n- **Evidence**: free gas under both hemidiaphragms",
     "What abnormality is seen?", "pneumoperitoneum"),
    ("Abnormality — pneumothorax on the left.\nDetails — no mediastinal shift.", ABN, "left pneumothorax"),
    ("**Pathology:** Colles fracture\n**Mechanism:** fall on an outstretched hand", "What pathology is shown?",
     "Colles fracture"),
    ("**Abnormality:** Pneumothorax\n\n**Side:** Left\n\n**Size:** small apical", ABN, "pneumothorax"),
    ("Psoriasis vulgaris (chronic plaque psoriasis).", DX, "psoriasis"),
    ("Diagnosis: rheumatoid arthritis (seropositive rheumatoid arthritis).", DX, "rheumatoid arthritis"),
])
def test_replies_graded_correct(text: str, question: str, gold: str) -> None:
    assert _correct(text, question, gold)


@pytest.mark.parametrize("text,question,gold", [
    ("**Abnormality:** Pneumothorax versus skin fold.\n**Details:** a faint line at the apex.", ABN, "pneumothorax"),
    ("**Abnormality:** Possible pneumothorax.\n**Details:** a faint line; recommend expiratory film.", ABN,
     "pneumothorax"),
    ("**Abnormality:** None identified.\n**Details:** lungs clear.", ABN, "left pneumothorax"),
    ("Small bowel obstruction (large bowel obstruction).", DX, "small bowel obstruction"),
])
def test_replies_not_graded_correct(text: str, question: str, gold: str) -> None:
    assert not _correct(text, question, gold)


def test_asked_field_needs_fields_and_the_asked_noun() -> None:
    assert asked_field("**Abnormality:** Cardiomegaly.\n**Comment:** no effusion.", ABN) == "Cardiomegaly."
    assert asked_field("**Abnormality:** Cardiomegaly.", ABN) is None  # one field: read as before
    assert asked_field("**Comment:** Cardiomegaly.\n**Other:** no effusion.", ABN) is None  # no field is asked
    assert asked_field("**Abnormality:** Cardiomegaly.\n**Comment:** no effusion.", "Is there cardiomegaly?") is None
    # two fields of the asked name saying different things: none is read
    assert asked_field("Abnormality: effusion\nAbnormality: pneumothorax", ABN) is None


def test_conclusion_field_still_wins_over_a_differing_asked_field() -> None:
    s = Sample(id="p", question=ABN, answer="pneumothorax", answer_type=AnswerType.OPEN, options={})
    ext = extract("**Abnormality:** none seen at first.\n**Impression:** Left pneumothorax.", s)
    assert ext.answer == "left pneumothorax"


@pytest.mark.parametrize("text,gold", [
    ("Right lung, lower lobe", "right lower lobe"),
    ("Left lung, upper lobe.", "left upper lobe"),
    ("Left kidney, upper pole", "upper pole of the left kidney"),
    ("Spleen, lower pole", "lower pole of the spleen"),
    ("Location: right lung, lower lobe", "right lower lobe"),
])
def test_organ_then_its_part_answers_where(text: str, gold: str) -> None:
    assert _correct(text, "Where is the abnormality?", gold)


@pytest.mark.parametrize("text,question,answer", [
    ("Kidney, upper pole.", "Which organ is affected?", "kidney"),  # the organ asked: the part stays dropped
    ("Right lung, left lower lobe", "Where is the abnormality?", "right lung left lower lobe"),
    ("Left lung, lower lobe", "Where is the abnormality?", "left lung lower lobe"),
])
def test_organ_part_reading_limits(text: str, question: str, answer: str) -> None:
    s = Sample(id="p", question=question, answer="x", answer_type=AnswerType.OPEN, options={})
    assert extract(text, s).answer == answer


def test_organ_part_never_grades_the_other_side() -> None:
    assert not _correct("Left lung, lower lobe", "Where is the abnormality?", "right lower lobe")
    assert not _correct("Right lung, left lower lobe", "Where is the abnormality?", "right lower lobe")


def test_asked_field_bounded_on_long_documents() -> None:
    assert asked_field("Abnormality: x\n" * 7000, ABN) is None  # a document of many fields, read as before
    assert asked_field("a" * 100_000, ABN) is None


@pytest.mark.parametrize("text,gold,question", [
    ("Left pneumothorax (right pneumothorax).", "pneumothorax", DX),  # a bracket naming another side (review 59)
    ("Type 1 diabetes (type 2 diabetes).", "diabetes", DX),  # another number
    ("Right upper lobe pneumonia (right lower lobe pneumonia).", "right upper lobe pneumonia", DX),
    ("Fracture type: oblique\nType: transverse", "transverse", "What is the type of fracture?"),  # fields disagree
])
def test_review59_contradicting_reply_is_not_correct(text: str, gold: str, question: str) -> None:
    assert not _correct(text, question, gold)


@pytest.mark.parametrize("answer,gold", [
    ("stroke hemorrhagic stroke ischemic stroke", "stroke"),  # two instances, no gloss
    ("breast cancer metastatic breast cancer lung", "breast cancer"),  # an organ of one name only
])
def test_review59_gloss_that_names_more_is_no_match(answer: str, gold: str) -> None:
    assert match_step(answer, gold, DX) is None
