"""Open replies that describe, teach, or hold candidates open, and checklists read as a choice (session 56, lane
tour56, issue #7: false decisions). Three frame-free tests:

* ``open_described.nothing_found``: to a question asking what is there, a reply whose every sentence names no finding
  and that says it only describes ("I will describe what I see: ...") or teaches in general (a stain's chemistry, what
  a modality is used for) commits to no open answer;
* ``open_commitment_slots.refused_choice``: candidates offered as alternatives and a choice between them refused in so
  many words ("the image alone doesn't let me choose between them") are ``ambiguous`` unless a clause then prefers one;
* ``affirmed_aside.searched``: an option named in a checklist of what to look for ("Discriminators to check:\\n- ...")
  stands aside; only a statement about the image may affirm it (``affirmed_option``).
"""

from __future__ import annotations

import pytest

from medstep.extract import affirmed_aside, extract
from medstep.extract.open_commitment_slots import refused_choice
from medstep.extract.open_described import nothing_found
from medstep.types import AnswerType, Sample, Status

_DIAGNOSIS = "What is the most likely diagnosis?"
_ABNORMALITY = "What is the abnormality on this chest X-ray?"
_GALLBLADDER = {"A": "Cholelithiasis", "B": "Acute cholecystitis", "C": "Gallbladder polyp", "D": "Adenomyomatosis"}
_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Normal"}


def _read(text: str, question: str, options: dict[str, str] | None = None) -> tuple[str | None, Status]:
    kind = AnswerType.CHOICE if options else AnswerType.OPEN
    e = extract(text, Sample(id="t", question=question, answer="x", answer_type=kind, options=options or {}))
    return e.answer, e.status


# b55-0093: a primer on the stain, no diagnosis.
_STAIN = ("This is a histology slide stained with hematoxylin and eosin, at what appears to be medium magnification. "
          "Hematoxylin stains nuclei blue-purple, while eosin stains cytoplasm and extracellular proteins in shades of "
          "pink. Sections like this are typically cut at 4–5 micrometers from formalin-fixed, paraffin-embedded tissue. "
          "Pathologists usually assess the architecture at low power first and then look at cytologic detail at higher "
          "power.")
# b55-0135: a description announced, nothing found.
_DESCRIBED = ("The image appears to be a chest X-ray. I will describe what I see: there are some areas that are brighter "
              "and some that are darker. The edges of the image are black. In the center there is a white vertical "
              "column, and on each side there are darker areas with thin lines crossing them.")
# b55-0309: what a chest X-ray is for, several diseases named in general.
_MODALITY = ("The chest X-ray is one of the most commonly performed imaging studies worldwide. It uses a small dose of "
             "ionizing radiation to create pictures of the heart, lungs, blood vessels, airways and the bones of the "
             "chest and spine. Chest X-rays can help diagnose conditions such as pneumonia, heart failure, lung cancer "
             "and a collapsed lung, and they are often the first test ordered for breathing problems.")


@pytest.mark.parametrize(("text", "question"), [(_STAIN, _DIAGNOSIS), (_DESCRIBED, _ABNORMALITY),
                                                (_MODALITY, _DIAGNOSIS)])
def test_a_description_or_a_primer_is_no_open_answer(text: str, question: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)
    assert nothing_found(text, question)


def test_a_one_line_answer_after_the_stain_is_named_is_the_answer() -> None:
    text = "This is an H&E section showing a well-circumscribed tumour of spindle cells: schwannoma."
    assert _read(text, _DIAGNOSIS) == ("schwannoma", Status.SCORED)
    assert not nothing_found(text, _DIAGNOSIS)


def test_an_answer_after_a_long_description_stays_an_answer() -> None:
    text = ("This is an H&E section. Hematoxylin stains nuclei blue and eosin stains cytoplasm pink. The section "
            "shows a well-circumscribed tumour of spindle cells with Verocay bodies. Schwannoma.")
    answer, status = _read(text, _DIAGNOSIS)
    assert status is Status.SCORED and answer is not None and "schwannoma" in answer
    assert not nothing_found(text, _DIAGNOSIS)


@pytest.mark.parametrize(("text", "word"), [
    # a description announced, then a finding named
    ("This is a chest X-ray. I will describe what I see: there is a large right pleural effusion.", "effusion"),
    ("The image appears to be a chest X-ray. I will describe what I see: the right lung is whiter than the left, with "
     "an air bronchogram. This is pneumonia.", "pneumonia"),
    # a lesson naming the finding, then this image's
    ("This is a chest radiograph. Pneumothorax usually appears as a visceral pleural line. The right lung shows one.",
     "pneumothorax"),
])
def test_a_finding_named_beside_a_description_or_a_lesson_answers(text: str, word: str) -> None:
    question = _ABNORMALITY if "X-ray" in text else "What is the abnormality?"
    answer, status = _read(text, question)
    assert status is Status.SCORED and answer is not None and word in answer
    assert not nothing_found(text, question)


def test_a_lesson_naming_one_disease_may_be_the_answer_and_is_not_read_here() -> None:
    # one finding named in a lesson may be how the reply gives its answer: nothing_found leaves it to the others
    assert not nothing_found("This is a CT of the knee. Osteosarcomas typically arise in the metaphysis.", _DIAGNOSIS)


@pytest.mark.parametrize("question", ["Where is the lesion?", "Which side is abnormal?", "What imaging modality is this?",
                                      "How many nodules are there?"])
def test_nothing_found_only_answers_a_question_asking_what_is_there(question: str) -> None:
    assert not nothing_found(_DESCRIBED, question)


# b55-0256 and b55-0012: candidates offered, a choice between them refused.
_HILA = ("Both hila are enlarged and lobulated. The two leading possibilities are sarcoidosis — especially if the patient "
         "is young and relatively well — and lymphoma, especially with systemic symptoms. The image alone doesn't let "
         "me choose between them; the clinical picture and tissue sampling would.")
_ZONE = ("There is an area of increased opacity in the right lower zone. The finding could represent either "
         "consolidation due to pneumonia or segmental atelectasis; these two cannot be reliably differentiated on this "
         "single frontal view. A lateral radiograph and clinical correlation are recommended.")


@pytest.mark.parametrize(("text", "question"), [
    (_HILA, "What is the cause of the hilar enlargement?"),
    (_ZONE, "What is the abnormality in the right lower zone?"),
    ("This is either an abscess or a necrotic tumour. The image alone does not allow me to choose between them.",
     _DIAGNOSIS),
])
def test_candidates_with_a_choice_refused_are_ambiguous(text: str, question: str) -> None:
    assert _read(text, question) == (None, Status.AMBIGUOUS)
    assert refused_choice(text)


@pytest.mark.parametrize("text", [
    # one candidate then preferred
    "Two possibilities: sarcoidosis or lymphoma. These cannot be reliably differentiated on imaging, but the "
    "symmetric hilar nodes favour sarcoidosis.",
    "Sarcoidosis or lymphoma; I can't choose between them, though sarcoidosis is more likely.",
    # findings stated side by side, and a refusal about something else
    "There is right lower lobe consolidation with a small effusion. It is difficult to tell whether this is acute.",
    # a choice made easy, not refused
    "This is an abscess rather than a necrotic tumour. It is not difficult to distinguish them here.",
    # one candidate stated plainly before the refusal (test_extract_refusal26)
    "Carcinoma. It can be difficult to distinguish between a carcinoma and a granuloma, but spiculation favours it.",
    # a refusal with a single candidate
    "There is a fracture of the distal radius. I cannot decide whether it is old or new.",
])
def test_no_refused_choice_where_one_is_preferred_or_none_is_offered(text: str) -> None:
    assert not refused_choice(text)


def test_an_answer_with_an_easy_choice_keeps_its_text() -> None:
    answer, status = _read("This is an abscess rather than a necrotic tumour. It is not difficult to distinguish them "
                           "here.", _DIAGNOSIS)
    assert status is Status.SCORED and answer is not None and answer.startswith("this is abscess")


# b55-0023: a checklist of discriminators, never applied.
_CHECKLIST = ("Longitudinal RUQ sonogram, gallbladder in view.\n\nDiscriminators to check:\n"
              "- echogenic focus: mobile + posterior shadowing vs fixed + non-shadowing\n"
              "- wall thickness > 3 mm, pericholecystic fluid, sonographic Murphy\n"
              "- comet-tail reverberation from the wall\n\n"
              "All of these require real-time assessment and measurement of the wall.")


def test_an_option_named_in_a_checklist_is_not_affirmed() -> None:
    assert _read(_CHECKLIST, "What is the most likely diagnosis on this right upper quadrant ultrasound?",
                 _GALLBLADDER) == (None, Status.UNPARSED)
    assert affirmed_aside.searched(_CHECKLIST, _CHECKLIST.index("pericholecystic"))


def test_a_statement_after_the_checklist_affirms() -> None:
    text = "Look for:\n1. pneumothorax\n2. pleural effusion\n\nHere there is a right pneumothorax."
    assert _read(text, "What is the abnormality?", _CHEST) == ("A", Status.SCORED)
    assert affirmed_aside.searched(text, text.index("pleural effusion"))
    assert not affirmed_aside.searched(text, text.index("pneumothorax."))


def test_a_checklist_that_never_says_what_is_seen_answers_nothing() -> None:
    answer, _ = _read("Things to check:\n- pneumothorax\n- pleural effusion\n- consolidation", "What is the abnormality?",
                      _CHEST)
    assert answer is None


@pytest.mark.parametrize(("text", "word"), [
    ("Findings:\n- large right pleural effusion\n- no pneumothorax", "pleural effusion"),  # a findings list, no search
    ("The costophrenic angle is blunted with a meniscus: pleural effusion.", "pleural effusion"),
    ("I looked at the angles: a pleural effusion is present.", "pleural effusion"),  # a lead of looking, then a finding
])
def test_a_findings_list_or_a_statement_is_no_search(text: str, word: str) -> None:
    assert not affirmed_aside.searched(text, text.index(word))


def test_an_imperative_of_search_opens_a_checklist_line() -> None:
    text = "- Check for pericholecystic fluid\n- Assess the wall"
    assert affirmed_aside.searched(text, text.index("pericholecystic"))


def test_an_answer_committed_before_two_candidates_left_apart_stands() -> None:
    text = ("Pneumonia is the most likely diagnosis. Atelectasis or aspiration cannot be reliably differentiated from "
            "each other but are less likely.")
    assert not refused_choice(text)
    assert _read(text, _DIAGNOSIS) == ("pneumonia", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Let me describe the image. There is a dark crescent under the right hemidiaphragm.",  # a structure's state
    "This is a chest X-ray. Chest X-rays commonly show pneumonia, effusion and pneumothorax. The right lower lobe is "
    "white.",
])
def test_a_structure_said_to_be_in_a_state_is_a_claim_of_the_case(text: str) -> None:
    assert not nothing_found(text, "What is the abnormality?")
    _, status = _read(text, "What is the abnormality?")
    assert status is Status.SCORED
