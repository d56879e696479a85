"""Multiple-choice readings fixed in session 13 (choice13). An answer letter stated first and followed by a
discussion that cites the other options by their text and a bracketed letter ("B — effusion. Pneumothorax (A)
would show a pleural line; pneumonia (C) gives air bronchograms.") is the letter stated first: the bracketed
letters refer back to options set aside, they label no per-option verdict list. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

DX = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Pulmonary oedema"}
MOST = "Chest radiograph. What is the most likely diagnosis?"
HIP = {"A": "Left femoral neck fracture", "B": "Right femoral neck fracture", "C": "Left pubic ramus fracture",
       "D": "Right acetabular fracture"}


def _read(text: str, question: str = MOST, options: dict[str, str] = DX) -> str | None:
    return extract(text, Sample(id="c13", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


@pytest.mark.parametrize("text, letter", [
    ("B — pleural effusion. A meniscus at the right base. Pneumothorax (A) would show a pleural line; lobar "
     "pneumonia (C) gives air bronchograms.", "B"),
    ("**B.** A meniscus is typical of pleural effusion. Pneumothorax (A) and lobar pneumonia (C) are less "
     "consistent, and pulmonary oedema (D) is bilateral.", "B"),
    ("B) Pleural effusion. There is a meniscus; pneumothorax (A) can look similar but has a pleural line.", "B"),
    ("B: pleural effusion. Why not the others: pneumothorax (option A) has a pleural line; pulmonary oedema (D) "
     "is bilateral.", "B"),
])
def test_a_lead_letter_then_options_cited_by_text_reads_the_lead(text: str, letter: str) -> None:
    assert _read(text) == letter


def test_words_set_off_by_a_comma_describe_no_option() -> None:
    text = ("A — left femoral neck fracture; a lucent subcapital line. Right femoral neck fracture (option B) is "
            "intact, left pubic ramus fracture (C) is continuous.")
    assert _read(text, "Pelvic radiograph. Which fracture is present?", HIP) == "A"


@pytest.mark.parametrize("text", [
    "(A) no (B) yes (C) no (D) no",  # a verdict per option: the first label is no answer
    "(A) Pneumothorax (B) Pleural effusion (C) Lobar pneumonia",  # the options echoed
    "A: unlikely. B: likely. C: unlikely.",
])
def test_labels_of_a_verdict_list_or_an_echo_are_no_lead_letter(text: str) -> None:
    assert _read(text) != "A"


@pytest.mark.parametrize("text, letter", [
    ("Probably A. Pleural fluid would blunt the angle, although a pleural effusion can look similar.", "A"),
    ("Most likely B. Second most likely A.", "B"),
    ("Likely B — a meniscus at the right base.", "B"),
    ("A meniscus at the right base. Tentatively B.", "B"),
    ("A or B are the realistic candidates. The meniscus tips it; I'll commit to B.", "B"),
    ("Initially I thought A, but the meniscus means I'm sticking with B.", "B"),
    ("Leaning B: a meniscus at the right base.", "B"),
    ("I'd lean towards pleural effusion (B); pneumothorax can also look like this, but has a pleural line.", "B"),
])
def test_a_hedged_commitment_chooses_its_option(text: str, letter: str) -> None:
    assert _read(text) == letter


@pytest.mark.parametrize("text", [
    "Staying with A would be a mistake; B or C fit better.",
    "Likely B — or A; hard to tell.",
    "Leaning B or A.",
    "Tentatively B, but A is just as likely.",
])
def test_a_hedge_kept_open_or_a_choice_called_a_mistake_chooses_nothing(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "This looks like pneumothorax (A) at first. However, the meniscus suggests pleural effusion (B). Both remain "
    "possible from this image alone.",
    "Pneumothorax (A) would fit the history. But the meniscus points to pleural effusion (B). Without a prior "
    "study, either is plausible.",
    "The meniscus suggests pleural effusion, but pneumothorax can look the same. I can't separate them: B or A.",
])
def test_a_closing_that_keeps_two_options_open_is_ambiguous(text: str) -> None:
    assert extract(text, Sample(id="c13", question=MOST, answer="A", answer_type=AnswerType.CHOICE,
                                options=DX)).rule == "ambiguous"


@pytest.mark.parametrize("text, letter", [
    ("Both pleural effusion and pneumothorax are possible in principle, but the meniscus makes it B.", "B"),
    ("Pleural effusion (B). Both pneumothorax and lobar pneumonia remain possible differentials, though less "
     "likely.", "B"),
    ("Most likely: B\nDifferential: A, C", "B"),
    ("The meniscus, so B. A decubitus film would help tell them apart from pneumothorax (A) if symptoms persist.",
     "B"),
])
def test_a_closing_that_turns_to_one_option_or_lists_a_differential_decides(text: str, letter: str) -> None:
    assert _read(text) == letter


@pytest.mark.parametrize("text, letter", [
    ("I can't make a clinical diagnosis, but for this question: a meniscus at the right base is pleural effusion "
     "— **B**.", "B"),
    ("The picture is **pleural effusion** — option B.", "B"),
    ("Blunted angle with no air-space change → **pleural effusion (B)**.", "B"),
    ("**B**. The meniscus. Pneumothorax (A) would show a pleural line.", "B"),
    ("| Option | Fits? |\n|---|---|\n| Pneumothorax | no pleural line |\n| Pleural effusion | yes |\n\n"
     "With a meniscus at the right base: **pleural effusion (B)**.", "B"),
])
def test_an_answer_handed_over_at_the_close_is_read(text: str, letter: str) -> None:
    assert _read(text) == letter


def test_the_last_item_of_a_ranked_list_is_no_closing_statement() -> None:
    text = "Most to least likely:\n1. Pleural effusion (B)\n2. Pneumothorax (A)\n3. Lobar pneumonia (C)"
    assert _read(text) != "C"


NUMBERED = "1. **Pneumothorax** — no pleural line\n2. **Pleural effusion** — meniscus\n3. **Lobar pneumonia** — no"


@pytest.mark.parametrize("text, letter", [
    (NUMBERED + "\n\nFinal answer: **2**", "B"),
    ("1) Pleural effusion: yes\n2) Pneumothorax: no\n3) Lobar pneumonia: no\n\nAnswer: (1)", "B"),
])
def test_a_number_answered_after_the_output_numbered_the_options_reads_its_option(text: str, letter: str) -> None:
    assert _read(text) == letter


@pytest.mark.parametrize("text", [
    "1) Pneumothorax\n2) Pleural effusion\n3) Lobar pneumonia\n\nAnswer: 5",  # no such place in the list
    "Findings:\n1. A meniscus\n2. Normal bones\n\nFinal answer: 2",  # the list numbers no options
])
def test_a_number_outside_the_outputs_option_list_reads_no_option(text: str) -> None:
    assert _read(text) is None


def test_a_number_that_may_name_an_options_own_text_is_ambiguous() -> None:
    grades = {"A": "BI-RADS 2", "B": "BI-RADS 3", "C": "BI-RADS 4", "D": "BI-RADS 5"}
    text = "1. BI-RADS 2\n2. BI-RADS 3\n3. BI-RADS 4\n4. BI-RADS 5\n\nFinal answer: **4**"
    assert _read(text, "Mammogram. BI-RADS category?", grades) is None


SIDES = {"A": "Left", "B": "Right", "C": "Equal in size"}
LARGER = "Which kidney is larger?"


@pytest.mark.parametrize("text", [
    "The right kidney is smaller. Answer: B",
    "The left kidney is larger, so the answer is B.",
    '{"reasoning": "The right kidney is clearly smaller than the left kidney", "answer": "B"}',
])
def test_a_letter_whose_own_words_give_it_the_other_end_is_ambiguous(text: str) -> None:
    assert extract(text, Sample(id="c13", question=LARGER, answer="A", answer_type=AnswerType.CHOICE,
                                options=SIDES)).rule == "ambiguous"


@pytest.mark.parametrize("text, letter", [
    ("The right kidney is smaller, so the left kidney is larger. Answer: A", "A"),
    ("The right kidney is smaller than the left kidney. Answer: A", "A"),
    ("The left kidney has a smaller cyst but is larger overall. Answer: A", "A"),
    ("Answer: B. The left kidney is not larger.", "B"),
])
def test_a_letter_its_words_agree_with_or_give_no_end_is_kept(text: str, letter: str) -> None:
    assert _read(text, LARGER, SIDES) == letter


LUNG = {"A": "Bronchiectasis", "B": "Cystic fibrosis", "C": "Kartagener syndrome",
        "D": "Allergic bronchopulmonary aspergillosis"}


@pytest.mark.parametrize("text", [
    "Bronchiectasis is seen. With finger-in-glove mucoid impaction, which suggests ABPA.",
    "Bronchiectasis is present, with finger-in-glove mucoid impaction. ABPA.",
])
def test_an_option_only_described_then_another_named_by_initials_in_the_close_reads_the_initials(text: str) -> None:
    assert _read(text, "Most likely diagnosis?", LUNG) == "D"


@pytest.mark.parametrize("text", ["Bronchiectasis is seen. No ABPA.", "Bronchiectasis is seen; ABPA cannot be excluded."])
def test_initials_denied_or_kept_open_in_the_close_name_no_option(text: str) -> None:
    assert _read(text, "Most likely diagnosis?", LUNG) != "D"


OVARY = {"A": "Cystadenoma", "B": "Endometrioma", "C": "Dermoid cyst", "D": "Haemorrhagic cyst"}


@pytest.mark.parametrize("text", [
    "There's a Rokitansky nodule and a fat-fluid level — consistent with a mature cystic teratoma.",
    "Cystic teratoma.",
])
def test_another_form_of_an_options_word_qualifying_a_disease_names_no_option(text: str) -> None:
    assert _read(text, "Which is the best diagnosis?", OVARY) != "A"


def test_the_options_own_word_still_names_it() -> None:
    assert _read("Findings consistent with cystadenoma.", "Which is the best diagnosis?", OVARY) == "A"


def test_a_case_description_saying_what_is_not_seen_does_not_make_an_except_question() -> None:
    question = "The patient is not febrile and the lesion does not enhance. Chest radiograph. Most likely diagnosis?"
    assert _read("Pleural effusion (B), given the meniscus.", question) == "B"


def test_the_asking_sentence_still_makes_an_except_question() -> None:
    question = "The study was done without contrast. Which of the following is NOT a feature of pleural effusion?"
    assert _read("Pneumothorax is not seen. Answer: A", question) == "A"


def test_an_option_asked_about_in_a_whether_clause_is_no_commitment() -> None:
    text = ("A meniscus — pleural effusion (B). Let me reconsider whether the angle points to pneumothorax (A)... "
            "no — there is no pleural line. Staying with **B**.")
    assert _read(text) == "B"


def test_only_asking_whether_commits_to_nothing() -> None:
    assert _read("Let me check whether the answer is A.") is None


@pytest.mark.parametrize("text", [
    "Blunting of the right angle, so the answer is A. But the left base also looks hazy, so it could be bilateral, C.",
    "Probably B, though it may well be A.",
])
def test_another_option_kept_possible_after_the_decision_is_ambiguous(text: str) -> None:
    sides = {"A": "Right", "B": "Left", "C": "Bilateral", "D": "No effusion"}
    assert extract(text, Sample(id="c13", question="Which side is the effusion on?", answer="A",
                                answer_type=AnswerType.CHOICE, options=sides)).rule == "ambiguous"


def test_an_option_kept_possible_before_the_decision_changes_nothing() -> None:
    assert _read("It could be A at first glance, but the meniscus makes it B.") == "B"


@pytest.mark.parametrize("text, letter", [
    ("Blunted angle with a meniscus → effusion. (Pneumothorax also blunts nothing, but not here.) B.", "B"),
    ("Pneumothorax is tempting but has no meniscus. The meniscus decides. B.", "B"),
])
def test_a_letter_closing_the_output_as_a_sentence_of_its_own_is_read(text: str, letter: str) -> None:
    assert _read(text) == letter


@pytest.mark.parametrize("text", ["My ranking, most to least likely:\n1. B\n2. A\n3. C", "D. Pulmonary oedema. B. Pleural effusion."])
def test_a_list_item_or_a_second_lettered_sentence_is_no_closing_letter(text: str) -> None:
    assert _read(text) not in ("C", "B")


AGE = {"A": "Delayed bone age", "B": "Normal bone age", "C": "Advanced bone age", "D": "Cannot be determined"}


def test_an_output_opening_with_a_declining_options_text_chooses_it() -> None:
    text = "Cannot be determined from a single image without the chronological age."
    assert _read(text, "Which is the best description of the bone age?", AGE) == "D"


@pytest.mark.parametrize("text", ["I can't determine this from the image; please consult a radiologist.",
                                  "Cannot be determined — it could be delayed or normal bone age."])
def test_a_refusal_not_opening_with_it_or_naming_other_options_chooses_no_option(text: str) -> None:
    assert _read(text, "Which is the best description of the bone age?", AGE) != "D"
