"""The review of lane polar41 (session 41): the probes where the lane read worse than main, and the maintainer's notes.

* A self-correction of a pole ("The graft is patent. Wait - it is occluded."): only what the revision says is read
  (``antonyms.read_antonym`` through ``closed.revised``), a "no" said to the withdrawn words set aside ("Wait, no: it
  is smooth."), and the corrected part falls back to the antonym reader where a pronoun names the subject
  (``stated.read_implicit_finding``). Main read the new poles through the pronoun; the lane had lost that.
* "free" before a place is the finding's own adjective ("fluid free in the pelvis" is free fluid), not "free of it".
* "normally aligned with the glenoid in healthy adults" is a habit, not this joint's manner.
* "patent ductus / foramen ovale" names a finding, not the patency pole (``implicit_words.PATENT_OPEN``).
* A value said as a bound takes the question's comparison words (``asked_cutoff.COMPARATOR``): "wider than", "in
  excess of", "shorter than".

Each reading beside near misses in other words that must stay unread. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.closed import _SELF_DENIED, revised
from medstep.extract.measured_bounds import BOUND_BEFORE, interval
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # the reviewer's probes: a pole corrected with a pronoun
        ("Is the graft occluded?", "The graft is patent. Wait — it is occluded.", "yes"),
        ("Is the margin irregular?", "The margin looks smooth. On second look, it is irregular.", "yes"),
        ("Is the knee malaligned?", "The knee is normally aligned. On closer inspection, it is malaligned.", "yes"),
        ("Is the vein occluded?", "The vein is not occluded. Actually, it is occluded.", "yes"),
        ("Is the shoulder dislocated?", "The shoulder is not dislocated. Wait, it is dislocated.", "yes"),
        ("Is the lesion aggressive?", "The lesion is non-aggressive. On reflection, it is aggressive.", "yes"),
        ("Are the ventricles asymmetric?", "The ventricles are symmetric. Correction: they are asymmetric.", "yes"),
        (
            "Is the periosteal reaction aggressive?",
            "The periosteal reaction is non-aggressive — correction: it is sunburst, i.e. aggressive.",
            "yes",
        ),
        # the same in other words, both ways, and an old pair main read wrong
        ("Is the stent patent?", "The stent is occluded. On second look, it is patent.", "yes"),
        ("Is there asymmetry of the breasts?", "The breasts are asymmetric. Correction: they are symmetric.", "no"),
        ("Is the mass hyperdense?", "The mass is hypodense. Actually, on second look, it is hyperdense.", "yes"),
        ("Is the contour smooth?", "The contour is irregular. Wait, no: it is smooth.", "yes"),
        ("Is the contour irregular?", "The contour is irregular. Wait, no: it is smooth.", "no"),
        ("Is the graft patent?", "The graft is occluded. Wait, no. It is patent.", "yes"),
        # near misses: the correction speaks of another thing, or asks, or hedges
        ("Is the graft occluded?", "The graft is patent. Actually, the native artery is occluded.", None),
        ("Is the margin smooth?", "The liver margin is irregular. Wait, no: the spleen is smooth.", None),
        ("Is the duct patent?", "The duct is patent. Wait, no: is it occluded?", None),
        ("Is the lesion malignant?", "The lesion looks benign. On second thought, I am not sure.", None),
        # "no" then a finding is a denial of it, not the writer's "no"
        ("Is there a pleural effusion?", "There is a pleural effusion. Actually, no effusion is seen.", "no"),
        # "free" before a place
        ("Is there free fluid?", "There is fluid free in the pelvis.", "yes"),
        ("Is there free fluid?", "Fluid free at the hepatorenal recess.", "yes"),
        ("Is there a pleural effusion?", "The pleural spaces are effusion-free.", "no"),
        # "normally aligned with" as general knowledge
        (
            "Is the shoulder dislocated?",
            "The shoulder joint is normally aligned with the glenoid in healthy adults.",
            None,
        ),
        ("Is the knee malaligned?", "The knee is normally aligned without effusion.", "no"),
        # "patent ductus / foramen ovale" is a finding: main's reading kept
        ("Is the ductus arteriosus patent?", "A patent ductus arteriosus is seen.", "yes"),
        ("Is the ductus arteriosus occluded?", "A patent ductus arteriosus is seen.", None),
        ("Is the foramen ovale closed?", "There is a patent foramen ovale.", None),
        ("Is the artery occluded?", "The artery is patent.", "no"),
        # a bound in the question's comparison words
        ("Is the common bile duct dilated?", "The common bile duct is wider than 10 mm.", "yes"),
        ("Is the QT interval prolonged?", "The QTc is in excess of 500 ms.", "yes"),
        ("Is the QT interval prolonged?", "The QTc is shorter than 400 ms.", "no"),
        ("Is there cardiomegaly?", "The cardiothoracic ratio is at most 0.45.", "no"),
        ("Is the QT interval prolonged?", "The QTc is not more than 440 ms.", None),
        ("Is there cardiomegaly?", "Cardiomegaly is defined by a cardiothoracic ratio above 0.5.", None),
        # "non-" of a pole from ``negation.NON``
        ("Is the lesion malignant?", "The lesion is non-malignant.", "no"),
        ("Is the bowel obstructed?", "The bowel gas pattern is non-obstructive.", "no"),
        ("Is the lesion aggressive?", "A non-aggressive lesion is likely.", None),
    ],
)
def test_review_probes(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_revised_sets_the_writers_no_aside() -> None:
    assert revised("The margin is irregular. Wait, no: it is smooth.") == "it is smooth."
    assert revised("There is an effusion. Actually, no effusion.") == ", no effusion."
    assert revised("The margin is irregular.") is None


@pytest.mark.parametrize(
    ("gap", "low", "high"),
    [
        (" is lower than ", False, True),
        (" measures in excess of ", True, False),
        (" wider than about ", True, False),
        (" at most ", False, True),
        (" ≥ ", True, False),
    ],
)
def test_bound_takes_the_question_comparisons(gap: str, low: bool, high: bool) -> None:
    found = BOUND_BEFORE.search(gap)
    assert found is not None
    lower, upper = interval(found, 5.0)
    assert (lower == 5.0 or lower > 5.0, upper == 5.0 or upper < 5.0) == (low, high)


@pytest.mark.parametrize("gap", [" in the lower ", " more ", " up to ", " of the wider "])
def test_no_bound_without_its_than(gap: str) -> None:
    # "wall thickness in the lower 5 cm": a part of the organ, no bound
    assert BOUND_BEFORE.search(gap) is None


def test_self_denial_reads_linearly() -> None:
    reads_linearly(lambda grown: _SELF_DENIED.sub("", grown, count=1), rep(" ,", 10000, "", "no x"))
    reads_linearly(lambda grown: _SELF_DENIED.sub("", grown, count=1), rep("-", 20000, "no ", "x"))
    reads_linearly(lambda grown: revised(grown), rep("wait, no: ", 2000, "The graft is patent. ", "it is occluded."))
