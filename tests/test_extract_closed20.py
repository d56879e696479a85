"""Closed answers given by description rather than the asked word (session 20, issue #7): a sign of the asked
finding (``extract/signs.tsv``: elbow fat pads, pancreatic non-enhancement, a wedge of kidney or spleen that does not
enhance), an artery asked in words and answered by its initials (and in the plural), and "both" counting paired
structures rather than weighing two candidates."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    # an artery asked in words, answered by its initials; arteries of normal symmetric density in the plural
    ("Is there a hyperdense middle cerebral artery sign?", "The right MCA is hyperdense on the unenhanced scan.", "yes"),
    ("Is a dense middle cerebral artery sign seen?", "Hyperdense left MCA sign.", "yes"),
    ("Is a dense middle cerebral artery sign seen?", "The MCAs show symmetrical attenuation.", "no"),
    ("Is there a hyperdense middle cerebral artery sign?",
     "Both middle cerebral arteries are of normal and symmetric density.", "no"),
    ("Is there a hyperdense basilar artery sign?", "The basilar artery is of normal density.", "no"),
    ("Is a hyperdense MCA sign present?", "Normal density of the right MCA; the left MCA is hyperdense.", "yes"),
    # elbow fat pads
    ("Is there an elbow joint effusion?", "On the lateral view the anterior fat pad is raised.", "yes"),
    ("Is there an effusion in the elbow?", "The posterior fat pad is clearly visible.", "yes"),
    ("Is there an elbow effusion?", "The posterior fat pad is not seen and the anterior fat pad lies flat.", "no"),
    # pancreatic necrosis by enhancement
    ("Is there pancreatic necrosis?", "Roughly half of the pancreatic body does not enhance.", "yes"),
    ("Is there necrosis of the pancreas?", "The pancreatic neck and body are non-enhancing.", "yes"),
    ("Is there pancreatic necrosis?", "The pancreas enhances uniformly.", "no"),
    # a wedge of kidney or spleen that does not enhance
    ("Is there a renal infarct?", "A wedge-shaped hypoenhancing region is seen in the lower pole of the left kidney.",
     "yes"),
    ("Is there renal infarction?", "The kidneys enhance symmetrically and homogeneously.", "no"),
    ("Is there splenic infarction?", "A wedge-shaped low-attenuation area is present in the spleen, reaching the capsule.",
     "yes"),
])
def test_a_description_answers_the_finding(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a hyperdense middle cerebral artery sign?", "The left ICA is hyperdense."),  # another artery
    ("Is there a knee effusion?", "The anterior fat pad is elevated."),  # a fat-pad sign of the elbow only
    ("Is there an elbow effusion?", "The anterior fat pad is visible in its normal position."),
    ("Is there an elbow effusion?", "The posterior fat pad is not seen."),  # the anterior one not said
    ("Is there pancreatic necrosis?", "The pancreatic head enhances normally, but the tail does not enhance."),
    ("Is there renal infarction?", "The spleen enhances homogeneously."),
])
def test_a_description_that_settles_nothing_is_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    ("Is there an ovarian cyst?", "Both ovaries appear normal.", "no"),
    ("Is there an ovarian cyst?", "Both diagnoses are plausible; an ovarian cyst is possible.", None),
])
def test_both_counts_paired_organs_not_candidates(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
