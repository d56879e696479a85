"""Multiple-choice and open readings fixed in session 10 (choice10): options judged one by one in more layouts,
an option asked and then answered, a concession or a set-against option beside the chosen one, arrows to the
answer; open answers naming only the image's modality and anatomy to a diagnosis question, or both sides.
Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}
CHOICE = Sample(id="c10", question="What is the most likely finding?", answer="C", answer_type=AnswerType.CHOICE,
                options=OPTIONS)
SIDE = Sample(id="c10s", question="Which side is the effusion on?", answer="A", answer_type=AnswerType.CHOICE,
              options={"A": "Right", "B": "Left"})
LOBE = Sample(id="c10l", question="Where is the abnormality?", answer="C", answer_type=AnswerType.CHOICE,
              options={"A": "Upper lobe", "B": "Middle lobe", "C": "Lower lobe", "D": "Lingula"})


def _read(text: str, sample: Sample = CHOICE) -> tuple[str | None, Status]:
    got = extract(text, sample)
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "A? No. B? No. D? No. C? Yes.",
    "A? No — no pleural line.\nB? No — angles are sharp.\nC? Yes — CTR about 0.6.\nD? No — no Kerley lines.",
    "A – wrong. B – wrong. C – right. D – wrong.",
    "Option A: False\nOption B: False\nOption C: True\nOption D: False",
    "Evaluating each option:\nA: incorrect, no pleural line.\nB: incorrect, no meniscus.\n"
    "C: correct, the heart is enlarged.\nD: incorrect, vessels are normal.",
])
def test_options_judged_one_by_one_leave_the_one_standing(text: str) -> None:
    assert _read(text) == ("C", Status.SCORED)


@pytest.mark.parametrize("text", [
    "A? No. B? No. C? Maybe. D? Maybe.",  # two left open
    "A? Yes. B? No. C? Yes. D? No.",  # two judged right
    "A – incorrect\nB – incorrect\nC – ",  # cut before C's verdict
])
def test_option_by_option_verdicts_without_one_standing_are_no_answer(text: str) -> None:
    assert _read(text)[0] is None


def test_right_and_left_wording_in_a_side_question_is_not_a_verdict() -> None:
    assert _read("A: right. B: wrong.", SIDE) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text, letter", [
    ("Right or left? Right.", "A"),
    ("Left or right? Left, clearly — the meniscus is on the left.", "B"),
    ("Is it the right or the left? It is on the right side.", "A"),
])
def test_sides_asked_then_answered(text: str, letter: str) -> None:
    assert _read(text, SIDE) == (letter, Status.SCORED)


def test_sides_asked_and_left_open_stay_no_answer() -> None:
    assert _read("Right or left?", SIDE)[0] is None
    assert _read("Right or left? It could be either.", SIDE)[0] is None


def test_a_concession_after_the_stated_option_is_granted_not_chosen() -> None:
    text = "It is located in the lower lobe, although part of the opacity extends toward the middle lobe."
    assert _read(text, LOBE) == ("C", Status.SCORED)
    # a concession that could go either way still leaves two candidates
    assert _read("It is in the lower lobe, although it could be the middle lobe.", LOBE)[0] is None


def test_an_option_set_against_the_stated_one_is_not_stated() -> None:
    assert _read("The heart is enlarged, so this is cardiomegaly rather than pulmonary edema.") == ("C", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Reasoning: enlarged heart, clear lungs.\n=> C",
    "Heart enlarged -> C",
])
def test_an_arrow_to_the_letter_answers(text: str) -> None:
    assert _read(text) == ("C", Status.SCORED)


def test_broken_markup_before_a_letter_is_still_not_an_answer() -> None:
    assert _read("The heart is enlarged. <C")[0] is None


def _open(question: str) -> Sample:
    return Sample(id="o10", question=question, answer="none", answer_type=AnswerType.OPEN)


DIAGNOSIS = _open("What is the most likely diagnosis?")


@pytest.mark.parametrize("text", [
    "This is a CT scan of the abdomen.",
    "This is a chest radiograph.",
    "The abnormality is in the lung.",
    "This is an axial T2-weighted MRI image of the brain.",
    "The image is a histology slide stained with H&E.",
    "The finding is located in the right lung.",
    "An abnormal chest X-ray.",
])
def test_modality_and_anatomy_alone_do_not_answer_a_diagnosis_question(text: str) -> None:
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.UNPARSED)


@pytest.mark.parametrize("question, text", [
    ("What is the most likely diagnosis?", "This is a CT scan of the abdomen showing acute appendicitis."),
    ("What is the most likely diagnosis?", "A normal chest radiograph."),
    ("What is the most likely diagnosis?", "Enlarged heart."),
    ("What imaging modality was used?", "This is a CT scan of the abdomen."),
    ("Which organ is abnormal?", "The abnormality is in the lung."),
    ("Where is the abnormality?", "Lung"),
    ("Which organ is shown?", "It is an MRI of the brain."),
])
def test_modality_or_anatomy_answers_when_asked_or_beside_a_finding(question: str, text: str) -> None:
    assert extract(text, _open(question)).answer is not None


@pytest.mark.parametrize("text", [
    "Left. Right.",
    "The left side of the heart is enlarged. The right side of the heart is enlarged.",
])
def test_both_sides_stated_alike_are_ambiguous(text: str) -> None:
    got = extract(text, _open("Which side is abnormal?"))
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)


def test_one_side_stated_twice_or_both_in_one_finding_still_answer() -> None:
    assert extract("Left. The effusion is on the left.", _open("Which side is abnormal?")).answer is not None
    assert extract("Right lung and left lung.", _open("Where is the abnormality?")).answer is not None


def test_two_candidates_both_in_the_differential_are_ambiguous() -> None:
    text = "Pneumonia and atelectasis are both in the differential; clinical correlation is needed."
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)


# --- batch 2 ---------------------------------------------------------------------------------------------------

KIDNEY = Sample(id="c10k", question="Which structure is indicated by the arrow?", answer="C",
                answer_type=AnswerType.CHOICE,
                options={"A": "Pancreas", "B": "Spleen", "C": "Left kidney", "D": "Stomach"})
STEP = Sample(id="c10t", question="Which is the most appropriate next step?", answer="B", answer_type=AnswerType.CHOICE,
              options={"A": "Observation", "B": "Chest tube insertion", "C": "Needle decompression", "D": "CT chest"})
BONE = Sample(id="c10b", question="What is the most likely diagnosis?", answer="A", answer_type=AnswerType.CHOICE,
              options={"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Osteochondroma", "D": "Giant cell tumor"})
NOT_FEATURE = Sample(id="c10n", question="Which of the following is NOT a feature of this condition?", answer="C",
                     answer_type=AnswerType.CHOICE, options=OPTIONS)
ABSENT = Sample(id="c10a", question="Which of the following findings is absent?", answer="D",
                answer_type=AnswerType.CHOICE,
                options={"A": "Air bronchograms", "B": "Silhouette sign", "C": "Volume loss", "D": "Pleural effusion"})


def test_it_is_the_option_commits_and_a_landmark_is_not_stated() -> None:
    text = "A bean-shaped organ posterior to the spleen, with cortex and medulla. This is the **left kidney**."
    assert _read(text, KIDNEY) == ("C", Status.SCORED)
    assert _read("The arrow indicates the left kidney, located posterior to the spleen.", KIDNEY) == ("C", Status.SCORED)


def test_the_appropriate_step_is_a_judgement() -> None:
    text = "The patient is symptomatic; among the options, **chest tube insertion (B)** is the appropriate step."
    assert _read(text, STEP) == ("B", Status.SCORED)


def test_a_bold_option_sentence_states_the_answer() -> None:
    text = ("Ovoid lesions perpendicular to the ventricles, a sunburst periosteal reaction. **Osteosarcoma.** "
            "Other entities would look different.")
    assert _read(text, BONE) == ("A", Status.SCORED)


def test_an_option_cited_by_letter_before_a_new_sentence_is_not_a_list() -> None:
    text = ("Sunburst periosteal reaction in the distal femur metaphysis of a teenager: osteosarcoma (A). "
            "Ewing sarcoma would be diaphyseal.")
    assert _read(text, BONE) == ("A", Status.SCORED)


def test_a_sentence_setting_its_own_option_aside_is_not_a_statement() -> None:
    text = "The lesion is osteosarcoma. Ewing sarcoma is a diaphyseal round cell tumour, so not B."
    assert _read(text, BONE) == ("A", Status.SCORED)


def test_refusing_to_choose_between_two_at_the_end_is_ambiguous() -> None:
    text = ("Upper-lobe bronchiectasis in a young patient is also typical of osteosarcoma. Without labs, "
            "I can't reliably choose between osteosarcoma and Ewing sarcoma.")
    assert _read(text, BONE) == (None, Status.AMBIGUOUS)


def test_an_answer_phrase_left_empty_at_the_end_withholds_the_answer() -> None:
    assert _read("The heart is enlarged, so it is cardiomegaly. The answer is")[0] is None
    # an earlier explicit answer stands
    assert _read("Answer: C. The heart is enlarged. So the answer is") == ("C", Status.SCORED)


def test_fits_better_is_a_judgement() -> None:
    assert _read("B and D both fit; B fits slightly better.") == ("B", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Cardiomegaly is not a feature; the others are.",
    "NOT a feature: C (cardiomegaly).",
    "Cardiomegaly is unrelated here.\n→ C",
])
def test_the_option_that_does_not_hold_is_read_in_a_not_question(text: str) -> None:
    assert _read(text, NOT_FEATURE) == ("C", Status.SCORED)


def test_not_a_feature_either_is_one_of_two() -> None:
    assert _read("Pneumothorax is not a feature, and cardiomegaly is not a feature either.", NOT_FEATURE)[0] is None


def test_absent_asks_for_the_option_that_does_not_hold() -> None:
    text = "Present: air bronchograms, silhouette sign and volume loss. No blunting of the angles.\n\nAbsent: **D**"
    assert _read(text, ABSENT) == ("D", Status.SCORED)


def test_an_asked_pair_then_a_letter() -> None:
    assert _read("B or D? D.") == ("D", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Chest X-ray, PA view.",
    "It appears to be a brain MRI.",
    "The image is a coronal CT of the chest and abdomen.",
    "Abnormal.",
])
def test_more_image_descriptions_do_not_answer_a_diagnosis_question(text: str) -> None:
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.UNPARSED)


def test_a_ranked_list_naming_its_pick_answers() -> None:
    assert extract("1. Abscess (most likely)\n2. Necrotic tumor\n3. Infected cyst", DIAGNOSIS).answer is not None


@pytest.mark.parametrize("text", [
    "I'm torn between sarcoidosis and lymphoma.",
    "This could be sarcoidosis. It could also be lymphoma.",
    "Sarcoidosis is one possibility; lymphoma is another.",
])
def test_two_candidates_held_open_in_an_open_answer(text: str) -> None:
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)


def test_an_open_answer_asking_right_or_left_then_answering() -> None:
    got = extract("Right or left? Right.", _open("Which side is the pneumothorax on?"))
    assert got.answer == "right"


# --- batch 3 ---------------------------------------------------------------------------------------------------


def test_marks_beside_option_texts_leave_the_ticked_one() -> None:
    text = "Pneumothorax: ✗\nPleural effusion: ✓\nCardiomegaly: ✗\nPulmonary edema: ✗"
    assert _read(text) == ("B", Status.SCORED)
    # two ticked stay undecided
    assert _read("Pneumothorax: ✗\nPleural effusion: ✓\nCardiomegaly: ✓\nPulmonary edema: ✗")[0] is None


def test_options_asked_one_by_one_with_one_left_out() -> None:
    assert _read("A? No. B? No. C? Yes.") == ("C", Status.SCORED)
    assert _read("A? No. C? Yes. D? Yes.")[0] is None


def test_a_forced_pick_after_declining_is_the_answer() -> None:
    text = "I can't choose between B and D; the film is too rotated. If forced, D."
    assert _read(text) == ("D", Status.SCORED)


def test_a_no_answering_a_question_does_not_negate_the_next_option() -> None:
    assert _read("C is correct? No, B is correct.") == ("B", Status.SCORED)
    assert _read("Is it C? No.")[0] is None


def test_a_head_ct_described_does_not_name_the_diagnosis() -> None:
    got = extract("The image is a non-contrast head CT.", DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.UNPARSED)
    # a side with an anatomical name may be the diagnosis (a persistent left-sided SVC)
    assert extract("Left-sided SVC.", DIAGNOSIS).answer is not None
    # to "What is the abnormality?" a place alone does not answer (the abnormality located, not named)
    assert extract("An abnormality in the right lower lobe.", _open("What is the abnormality?")).answer is None


ORGAN = Sample(id="c10o", question="Which organ is enlarged?", answer="B", answer_type=AnswerType.CHOICE,
               options={"A": "Liver", "B": "Spleen", "C": "Left kidney", "D": "Pancreas"})


def test_this_is_the_option_commits_only_as_the_closing_sentence() -> None:
    assert _read("This is the liver. The spleen is enlarged.", ORGAN)[0] in (None, "B")
    assert _read("This is the pancreas, which appears normal; the spleen is enlarged.", ORGAN)[0] in (None, "B")


def test_a_concession_stating_its_own_finding_is_not_set_aside() -> None:
    text = "The upper lobe is clear, though the lower lobe shows consolidation."
    assert _read(text, LOBE)[0] in (None, "C")


def test_an_earlier_answer_phrase_stands_before_an_empty_closing_one() -> None:
    assert _read("The answer is cardiomegaly. The answer is") == ("C", Status.SCORED)
