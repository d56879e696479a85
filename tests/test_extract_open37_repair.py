"""Lane open37 repair (hostile review): the lane's readers narrowed where they took right answers away.

- A caption naming the modality or plane answers a question asking how the image was made ("What modality ...?",
  "Which plane ...?"): ``open_look.caption_only`` reads only questions asking what is there.
- "the <asked noun> is X" restates the answer only when X opens on an article ("the organ ... is the liver"), not a
  state ("the lesion is hypodense").
- A possibility about more of the counted thing ("... as well", "may also be", "might be hidden") holds a count open.
- "X is the better fit" commits: two candidates with the choice put off later are then not undecided.
- The courtesy closing ("Let me know if you'd like more detail!") has one home, ``open_generic.courtesy``.
Texts written for the repair, not copied from the probes.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_count import counted
from medstep.extract.open_deferred import put_off
from medstep.extract.open_generic import courtesy
from medstep.extract.open_look import caption_only, legend_only
from medstep.types import AnswerType, Sample, Status
from support.timing import Grown, reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


FRAME_ANSWERED = [
    (
        "Which imaging modality was used here?",
        "This is an ultrasound image. It shows dark and bright areas.",
        "ultrasound",
    ),
    ("What kind of study is this?", "It is a CT scan. The image is grayscale with a round shape.", "ct"),
    (
        "In which plane was this image acquired?",
        "This is a sagittal image. It has bright and dark regions.",
        "sagittal",
    ),
    ("Which sequence is shown?", "A T2-weighted MRI. It shows bright and dark areas.", "t2"),
]


@pytest.mark.parametrize(("question", "text", "word"), FRAME_ANSWERED)
def test_caption_naming_the_frame_answers_a_frame_question(question: str, text: str, word: str) -> None:
    assert not caption_only(text, question)
    got = extract(text, _open(question))
    assert got.answer is not None and word in got.answer.lower()


def test_same_caption_to_a_what_question_is_still_no_answer() -> None:
    text = "This is a grayscale CT image. It shows various shades of gray with darker and brighter areas."
    assert caption_only(text, "What abnormality is seen in the abdomen?")
    assert extract(text, _open("What abnormality is seen in the abdomen?")).status is Status.UNPARSED


def test_restated_noun_with_a_state_is_not_the_answer() -> None:
    got = extract("There is a mass in the right lobe; the lesion is hyperechoic.", _open("What lesion is seen?"))
    assert got.answer is not None and "mass" in got.answer
    got = extract("A small effusion is present. The finding is subtle.", _open("What finding is present?"))
    assert got.answer is not None and "effusion" in got.answer


def test_restated_noun_with_an_article_is_the_answer() -> None:
    text = (
        "A bean-shaped organ with a hilum fills the image, with bowel loops to the right. Overall, the organ mainly "
        "shown is the kidney, with a cortical cyst."
    )
    assert extract(text, _open("What organ is mainly shown in this image?")).answer == "kidney"


COUNT_HELD = [
    (
        "How many nodules are there?",
        "There are 3 nodules in the right lung. A fourth may be present at the apex as well.",
    ),
    ("How many cysts are seen?", "Two cysts are seen. The left kidney may also contain one."),
    ("How many calculi are present?", "There are four calculi. Some might be obscured by overlying bowel."),
]


@pytest.mark.parametrize(("question", "text"), COUNT_HELD)
def test_possibility_of_more_holds_the_count_open(question: str, text: str) -> None:
    assert counted(text, question) is None


def test_possibility_about_a_cause_keeps_the_count() -> None:
    text = "Only one lung is aerated — the right hemithorax is opaque, which could suggest prior pneumonectomy."
    assert counted(text, "How many lungs are visible?") == "one"


def test_better_fit_commits() -> None:
    assert not put_off(
        [
            "Two options: abscess or necrotic tumour.",
            "With the gas locules, abscess is the better fit.",
            "I would want a drainage sample before choosing one.",
        ]
    )
    assert put_off(["Two options: abscess or necrotic tumour.", "I would want a drainage sample before choosing one."])


def test_closing_courtesy_has_one_home() -> None:
    assert courtesy("Let me know if you'd like more detail!")
    assert courtesy("Here's a description of the image:")
    assert not courtesy("Let me know if the pneumothorax grows.")


def test_legend_interval_is_a_time_not_a_finding() -> None:
    text = "figure 4 : ( a ) sagittal mr image . ( b ) axial ct image 3 weeks later ."
    assert legend_only(text, "What abnormality is shown?")
    assert not legend_only(
        "figure 4 : ( a ) sagittal mr image . ( b ) axial ct image showing a fracture .", "What abnormality is shown?"
    )
    assert not legend_only(text, "What imaging modality is used?")


@pytest.mark.parametrize(
    "text",
    [
        rep("after 3 months ", 1500, head="figure 2 : ( a ) ", tail="."),
        rep("let me know if you ", 1200, tail="would like more"),
        rep("here is a ", 2000, tail="description of the"),
    ],
)
def test_repair_patterns_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: legend_only(t, "What is seen?") or courtesy(t), text)
