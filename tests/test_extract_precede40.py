"""Which clause commits (issue #7, lane precede40): a refusal conceded before a turn leaves the answer after it; a
candidate held in reserve, an option gone since, a normal part and a class by its frequency commit to nothing."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.conceded import after_concession
from medstep.types import AnswerType, Sample

KNEE = ["Meniscal tear", "ACL rupture", "Joint effusion", "Normal knee"]
ABD = ["Appendicitis", "Diverticulitis", "Ovarian torsion", "Normal abdomen"]
BRAIN = ["Subdural haematoma", "Epidural haematoma", "Subarachnoid haemorrhage", "No acute abnormality"]
LUNG = ["Sarcoidosis", "Lymphoma", "Tuberculosis", "Metastases"]
CHEST = ["Normal", "Cardiomegaly", "Pleural effusion", "Pneumothorax"]


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


def _choice(options: list[str], text: str, question: str = "What is the most likely diagnosis?") -> str | None:
    sample = Sample(
        id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=dict(zip("ABCD", options))
    )
    return extract(text, sample).answer


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        (
            "Is the appendix inflamed?",
            "Difficult to assess on these limited images; nevertheless, yes, the appendix is inflamed.",
            "yes",
        ),
        (
            "Is the spleen enlarged?",
            "Impossible to say with certainty without a measurement. That said, yes, the spleen is enlarged.",
            "yes",
        ),
        (
            "Is there free air under the diaphragm?",
            "Difficult to assess on a supine film. However, no, there is no free air.",
            "no",
        ),
    ],
)
def test_refusal_conceded_before_a_turn_leaves_the_answer(question: str, text: str, answer: str) -> None:
    assert _closed(question, text) == answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Is there a hip effusion?",
            "I can't tell whether there is a hip effusion, but yes, the joint looks abnormal.",
        ),
        ("Is the spleen enlarged?", "I cannot assess the spleen size; however, the liver is large."),
        (
            "Is there a pneumothorax?",
            "I'm unable to determine if there's a pneumothorax. However, consult a radiologist.",
        ),
        ("Is there a pneumothorax?", "Difficult to assess on this view. However, a pneumothorax may be present."),
        ("Is there a pleural effusion?", "I am unable to view images. That said, effusions are common after surgery."),
    ],
)
def test_decline_of_the_asked_thing_or_no_commitment_after_stays_unanswered(question: str, text: str) -> None:
    assert _closed(question, text) is None


def test_conceded_rest_is_what_follows_the_turn() -> None:
    sample = Sample(id="t", question="Is there a fracture?", answer="yes", answer_type=AnswerType.CLOSED)
    assert (
        after_concession("Hard to tell on one view. Even so, yes, it is fractured.", sample) == "yes, it is fractured."
    )
    assert after_concession("I can't tell if it is fractured, but yes.", sample) is None  # the asked thing declined
    assert after_concession("The bone is intact, but the soft tissue is swollen.", sample) is None  # nothing refused


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is there ovarian torsion?", "Ovarian torsion is still on the table given the pain."),
        ("Is there a meniscal tear?", "A meniscal tear remains a possibility."),
        ("Is there an ovarian torsion?", "Appendicitis is favoured, but ovarian torsion is still on the table."),
        ("Is there lymphoma?", "Sarcoidosis fits best, yet lymphoma remains a possibility."),
        (
            "Is there a pulmonary embolism?",
            "The chief concern is pulmonary embolism, which should be excluded urgently.",
        ),
    ],
)
def test_candidate_in_reserve_is_no_yes(question: str, text: str) -> None:
    assert _closed(question, text) is None


@pytest.mark.parametrize(
    ("options", "text"),
    [
        (ABD, "Ovarian torsion must be excluded first."),
        (KNEE, "The big worry is an ACL rupture, which has to be ruled out."),
        (LUNG, "Tuberculosis is still a possibility."),
        (BRAIN, "An epidural haematoma is still on the table."),
        (ABD, "Appendicitis is on the table, as is diverticulitis."),  # both kept open: the second is no pick either
    ],
)
def test_option_in_reserve_is_not_chosen(options: list[str], text: str) -> None:
    assert _choice(options, text) is None


@pytest.mark.parametrize(
    ("options", "text", "answer"),
    [
        (LUNG, "Sarcoidosis is favoured, though lymphoma is still on the table.", "A"),
        (ABD, "I favour appendicitis; ovarian torsion should be excluded with Doppler.", "A"),
        (KNEE, "An ACL rupture is the best fit, although a meniscal tear remains a possibility.", "B"),
        (BRAIN, "Final answer: A. An epidural haematoma is still on the table but less likely.", "A"),
        (LUNG, "The answer is B, lymphoma; tuberculosis cannot be excluded.", "B"),
        (LUNG, "Sarcoidosis, the commonest cause of bilateral hilar nodes.", "A"),
        (ABD, "Here it is appendicitis, the commonest surgical emergency.", "A"),
    ],
)
def test_committed_option_beside_a_reserved_one_stands(options: list[str], text: str, answer: str) -> None:
    # a reserve is no rival to the pick stated before it (``resolve.RESERVED``)
    assert _choice(options, text) == answer


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is the appendix dilated?", "The appendix is dilated to 9 mm, with perforation still a possibility.", "yes"),
        (
            "Is there a pulmonary embolism?",
            "The chief concern is pulmonary embolism, which should be excluded urgently.",
            None,
        ),
        ("Is there a hip effusion?", "A hip effusion remains a possibility.", None),
    ],
)
def test_reserve_counts_in_the_clause_naming_the_asked_finding(question: str, text: str, answer: str | None) -> None:
    # ``implicit.reserved``: another thing held in reserve beside the stated finding leaves it stated
    assert _closed(question, text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Pneumothorax has resolved; a pleural effusion is now present.", "C"),
        ("There is a right pneumothorax, still present.", "D"),
        ("Mediastinal width normal.", None),
        ("Lung volumes normal.", None),
        ("Normal chest radiograph.", "A"),
        ("The study is normal.", "A"),
    ],
)
def test_normal_part_is_no_normal_study(text: str, answer: str | None) -> None:
    assert _choice(CHEST, text, "Which finding is shown?") == answer


def test_new_patterns_linear_on_long_input() -> None:
    import time

    from medstep.extract.asides import general_clause
    from medstep.extract.clauses import RESERVED_AFTER
    from medstep.extract.implicit import reserved
    from medstep.extract.implicit_words import RESERVED_SAID

    sample = Sample(id="t", question="Is there an effusion?", answer="yes", answer_type=AnswerType.CLOSED)
    for text in (
        " " * 20000,
        "on the " * 3000,
        "the most common " * 1300,
        "I can't tell. However, " * 900,
        ", which " * 3000,
        "; but, which " * 2000,
        "\n" * 20000,
    ):
        start = time.perf_counter()
        RESERVED_AFTER.match(text)
        RESERVED_SAID.search(text)
        general_clause(text)
        reserved(text + " must be ruled out", ("effusion",))
        after_concession(text, sample)
        assert time.perf_counter() - start < 1.0
