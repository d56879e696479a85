"""Closed questions asking WHERE their subject is (issue #7, lane place37): a reply that places the subject at the
asked place reads yes, at another place of the same kind (another chamber, lobe, the other side) or "not in" it no,
and a hedged reply, two places, another subject or a broader place reads nothing (``extract/place_question.py``)."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.place_question import RULE, read_place
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize(
    "question, text, expected",
    [
        (
            "Is the central venous catheter tip in the right atrium?",
            "The tip of the right internal jugular catheter projects over the lower SVC, about 2 cm above the cavoatrial "
            "junction — not in the right atrium.",
            "no",
        ),
        ("Is the catheter tip in the right atrium?", "The catheter tip is not in the right atrium.", "no"),
        ("Is the catheter tip in the right atrium?", "The catheter tip lies within the right atrium.", "yes"),
        ("Is the tube in the right main bronchus?", "The tube terminates in the trachea, 4 cm above the carina.", "no"),
        (
            "Is the lesion in the right upper lobe?",
            "The lesion is located in the right lower lobe, posterior basal segment.",
            "no",
        ),
        ("Is the nodule located in the upper lobe?", "The nodule is in the right upper lobe.", "yes"),
        ("Is the nodule in the left lung?", "The nodule is in the right lower lobe.", "no"),
        (
            "Is the tear in the medial meniscus?",
            "The tear involves the posterior horn of the lateral meniscus; the medial meniscus is intact.",
            "no",
        ),
    ],
)
def test_place_read(question: str, text: str, expected: str) -> None:
    assert read_place(text, question) == expected


@pytest.mark.parametrize(
    "question, text",
    [
        ("Is the nodule located in the upper lobe?", "The mass is in the right lower lobe."),  # another subject
        (
            "Is the nodule located in the upper lobe?",
            "The nodule is in the upper lobe or the lower lobe.",
        ),  # two places
        ("Is the nodule located in the upper lobe?", "The nodule is probably in the lower lobe."),  # hedged
        ("Is the nodule located in the upper lobe?", "The nodule is in the upper lobe and in the lower lobe."),  # both
        ("Is the nodule in the left lung?", "The nodule is in the lower lobe."),  # side unsaid
        (
            "Is the catheter tip in the right atrium?",
            "The tip lies about 2 cm above the cavoatrial junction.",
        ),  # landmark
        ("Is the mass in the liver?", "The mass extends into the duodenum."),  # a course, not a place
        ("Is the catheter tip in the right atrium?", "There is a small effusion in the pleural space."),  # no subject
    ],
)
def test_place_not_read(question: str, text: str) -> None:
    assert read_place(text, question) is None


def test_place_rule_through_the_pipeline() -> None:
    assert _read(
        "Is the lesion in the right upper lobe?",
        "The lesion is located in the right lower lobe, posterior basal segment.",
    ) == ("no", RULE)


@pytest.mark.parametrize(
    "text",
    [
        "in the " * 3000,
        "The nodule is not in the " + "right " * 3300 + "lobe.",
        "nodule " + "over the a-" * 2000 + " lung",
    ],
)
def test_place_hostile_input_is_linear(text: str) -> None:
    question = "Is the nodule in the " + "right " * 3000 + "upper lobe?"
    start = time.perf_counter()
    read_place(text, "Is the nodule in the upper lobe?")
    read_place("The nodule is in the upper lobe.", question)
    from medstep.extract import place_question

    low = text.lower()
    place_question._PLACED.search(low, 0, len(low))
    place_question._DENIED.search(low, 0, len(low))
    place_question._DENIAL_CUE.sub(" ", text)
    place_question._EARLIER.search(text)
    read_place("The nodule is in the upper lobe.", "Is the " + "in the " * 3000 + "lung?")
    read_place("The nodule is in the upper lobe.", "Is the nodule located " + "located in the " * 2000 + "?")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "question, text",
    [
        (
            "Is the endotracheal tube in the right main bronchus?",  # other devices' tips (retired blind 34 b34-0236)
            "The nasogastric tube courses below the diaphragm with its tip in the gastric fundus, and the side port is beyond "
            "the gastroesophageal junction. The right internal jugular catheter tip is at the cavoatrial junction.",
        ),
        ("Is the endotracheal tube in the right main bronchus?", "The nasogastric tube tip is in the trachea."),
        (
            "Is the nodule in the right upper lobe?",
            "A mass is seen. It is in the right lower lobe.",
        ),  # "it" is the mass
    ],
)
def test_place_other_subject_not_read(question: str, text: str) -> None:
    assert read_place(text, question) is None


def test_place_loosely_named_line() -> None:
    """Retired blind 3 b3-y084: "the catheter" to a central-line question is the asked line, not another device."""
    assert (
        read_place(
            "The catheter tip projects over the right atrium, about 3 cm below the cavoatrial junction — so it is not "
            "in the SVC.",
            "Is the central line tip in the superior vena cava?",
        )
        == "no"
    )
    assert (
        read_place("The urinary catheter is in the bladder.", "Is the central line tip in the superior vena cava?")
        is None
    )


@pytest.mark.parametrize(
    "question, text",
    [
        ("Is the nodule in the right lung?", "No nodule is seen in the right lung."),  # the subject denied, not placed
        ("Is the nodule in the right lung?", "There is no nodule in the right lung."),
        ("Is the tube in the stomach?", "The tube was in the stomach before."),  # an earlier place
        ("Is the tube in the stomach?", "The tube previously lay in the esophagus."),
    ],
)
def test_place_denied_subject_or_earlier_not_read(question: str, text: str) -> None:
    assert read_place(text, question) is None


def test_place_in_two_places_not_read() -> None:
    """A junction lies in both places it joins: at the cavoatrial junction is in the SVC as much as the right atrium."""
    assert (
        read_place("The catheter tip is at the cavoatrial junction.", "Is the catheter tip in the right atrium?")
        is None
    )
    assert (
        read_place("The catheter tip is at the cavoatrial junction.", "Is the catheter tip in the superior vena cava?")
        is None
    )


# Review of lane place37 (/work/coord/review_place37.md): each probe the lane read worse than main, and its right reading.
@pytest.mark.parametrize(
    "question, text",
    [
        # a part of the organ asked ("neck of", "posterior horn of", "wall of"): the reply's organ alone says nothing
        ("Is the fracture in the neck of the left femur?", "The fracture is in the left femoral shaft."),
        (
            "Is the tear in the posterior horn of the medial meniscus?",
            "The tear is in the anterior horn of the medial meniscus.",
        ),
        ("Is the tumour in the lateral wall of the bladder?", "The tumour is in the posterior wall of the bladder."),
        # (the gallbladder's neck and fundus are sites of their own since errs42: "The stone lies in the gallbladder
        # fundus" answers the neck's question no, ``test_place_review_still_read``); the organ alone still says nothing
        ("Is the stone in the neck of the gallbladder?", "The stone lies in the gallbladder."),
        # "at the level of" / "junction of": a landmark, not the place
        ("Is the endotracheal tube in the trachea?", "The endotracheal tube tip is at the level of the clavicles."),
        (
            "Is the endotracheal tube in the trachea?",
            "The endotracheal tube tip projects at the level of the medial clavicles, about 5 cm above the carina.",
        ),
        ("Is the catheter tip in the SVC?", "The catheter tip projects at the level of the right main bronchus."),
        (
            "Is the catheter tip in the superior vena cava?",
            "The catheter tip is at the junction of the SVC and right atrium.",
        ),
        # the carina borders the trachea: neither in it nor out of it
        ("Is the endotracheal tube in the trachea?", "The ETT tip is at the carina."),
        # another finding's place, or a second one of the subject, is no "no"
        (
            "Is the mass in the right lower lobe?",
            "A 3 cm right lower lobe mass is seen. It is associated with a small effusion in the right pleural space.",
        ),
        (
            "Is the nodule in the right upper lobe?",
            "Right upper lobe nodule, 9 mm. There is also a nodule in the left lower lobe.",
        ),
        ("Is the stone in the gallbladder?", "Cholelithiasis. A stone is also seen in the distal CBD."),
        ("Is the lesion in the right kidney?", "Right renal lesion, 2 cm. Another lesion is present in the liver."),
        ("Is the mass in the pancreatic head?", "Pancreatic head mass with metastases in the liver."),
        # the subject placed by its adjective: a place this reader does not weigh
        ("Is the mass in the left kidney?", "Left renal mass, its tumour thrombus in the IVC."),
        (
            "Is the nodule in the right upper lobe?",
            "A spiculated right upper lobe nodule abuts the pleura over the right lower lobe.",
        ),
        ("Is the lesion in the spleen?", "Liver lesion. The lesion projects over the spleen."),
        # overlapping surface regions
        ("Is the appendix in the right lower quadrant?", "The appendix is in the pelvis."),
        # a pericardial drain catheter is no central line
        ("Is the central line in the SVC?", "The pericardial drain catheter tip lies in the pericardial space."),
    ],
)
def test_place_review_not_read(question: str, text: str) -> None:
    assert read_place(text, question) is None


@pytest.mark.parametrize(
    "question, text, expected",
    [
        # the landmark set aside, the place said after it still reads
        ("Is the catheter tip in the SVC?", "The catheter tip is at the level of the carina, within the SVC.", "yes"),
        ("Is the catheter tip in the right atrium?", "The catheter tip is in the SVC, at the level of T4.", "no"),
        # a site of the organ's own region away from a surface region still reads
        ("Is the appendix in the right lower quadrant?", "The appendix lies in the right lower quadrant.", "yes"),
        # the asked place with no part named before it still reads
        ("Is the nodule in the right upper lobe?", "The nodule is in the right lower lobe.", "no"),
        # a bare "catheter" is still the asked line
        ("Is the central line tip in the superior vena cava?", "The catheter tip is in the right atrium.", "no"),
        # a part of a hollow organ is a site of its own (errs42): another part answers no, the same part yes
        ("Is the stone in the neck of the gallbladder?", "The stone lies in the gallbladder fundus.", "no"),
        ("Is the stone in the neck of the gallbladder?", "The stone is impacted in the gallbladder neck.", "yes"),
        ("Is the appendicolith at the base of the appendix?", "The appendicolith is at the appendiceal tip.", "no"),
    ],
)
def test_place_review_still_read(question: str, text: str, expected: str) -> None:
    assert read_place(text, question) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The nodule is " + "at the level of the junction of " * 700 + "the upper lobe.",
        "right upper lobe " * 1300 + "nodule with " * 200 + "in the lower lobe.",
        "pericardial drain " * 1200 + "catheter tip in the SVC.",
    ],
)
def test_place_review_regexes_linear(text: str) -> None:
    from medstep.extract import place_question

    start = time.perf_counter()
    low = text.lower()
    place_question._LANDMARK.search(low)
    place_question._SECOND.search(low)
    place_question._MODIFIERS.search(low, 0, len(low))
    place_question._BARE_LINE.search(low, 0, len(low))
    place_question._bare_lines(text)
    place_question._self_placed(text, place_question._asked("Is the nodule in the upper lobe?"))  # type: ignore[arg-type]
    read_place(text[:20_000], "Is the nodule in the upper lobe?")
    read_place(text[:20_000], "Is the central line in the SVC?")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The tip lies at the SVC/right atrium junction.",
        "The tip lies at the SVC-right atrium junction.",
        "The tip lies at the SVC and right atrium junction.",
    ],
)
def test_place_site_before_junction_not_read(text: str) -> None:
    """A site named just before "junction" is one side of the landmark: the tip is in neither place for sure (found by
    the full suite after the merge: closedr11's compartment-junction case)."""
    assert read_place(text, "Is the tip of the central line in the superior vena cava?") is None
    assert read_place(text, "Is the tip of the central line in the right atrium?") is None


def test_place_junction_after_is_linear() -> None:
    from medstep.extract import place_question

    low = ("the svc / " + "a " * 20) * 2000 + "junction"
    start = time.perf_counter()
    for i in range(0, len(low), 97):
        place_question._JUNCTION_AFTER.match(low, i)
    assert time.perf_counter() - start < 1.0
