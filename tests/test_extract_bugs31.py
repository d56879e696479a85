"""Defects of session 31's bug lane that the extraction shows (issues #7, #12), each with the readings that must stay.

* Blank runs cost linear time: ``measured_gates.SET_ASIDE`` opened a match (``,?\\s*``) at every blank of a run and
  ``subject_lines._LABEL`` at every line start of a run of blank lines, each scanning the rest of the run (quadratic:
  ~21 s for 10,000 spaces, minutes for 50,000 newlines). Their matches are unchanged.
* A named member of a class of structures called normal ("The carotid and iliac arteries are normal.", "The sternum is
  intact.") was read as the whole class normal, which rules out every narrower kind of its findings, even one the
  vocabulary places in another organ ("Is there an aortic aneurysm?", "Is there a rib fracture?"):
  ``findings_words.homed_elsewhere``. The class named as a whole and the asked organ itself still answer.

The replies are invented, in the styles of GPT-4o, Claude, Gemini, Qwen-VL, LLaVA-Med and MedGemma.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.measured_gates import set_aside
from medstep.extract.subject_lines import as_statement
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep


def _reading(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


BLANK_RUNS = [
    ("Is the spleen enlarged?", "The spleen measures 14 cm.{}It is enlarged."),
    ("Is the QTc prolonged?", "QTc 520 ms{}, well above the 470 ms threshold. Prolonged."),
    ("Is the spleen enlarged?", "Spleen 15 cm,{}"),
    ("Is the spleen enlarged?", "{}Spleen 15 cm. Yes."),
    ("Is the spleen enlarged?", "**Spleen:**{}14 cm"),
]


@pytest.mark.parametrize("blank", [" ", "\n", " \n", "\t ", ", "])
@pytest.mark.parametrize(("question", "text"), BLANK_RUNS)
def test_long_blank_runs_read_in_linear_time(question: str, text: str, blank: str) -> None:
    _reading(question, "warm")  # (the vocabularies load once)
    reads_linearly(lambda run: _reading(question, text.format(run)), rep(blank, 50_000))


def _set_aside_and_label(text: str) -> None:
    set_aside(text, "Is the spleen enlarged?", "length")
    as_statement(text, "Is the liver normal?")


@pytest.mark.parametrize("text", [rep(" ", 20_000, tail="x"), rep(" \n", 10_000), rep(" ", 20_000, "1", "x"),
                                  rep(", ", 10_000), rep("\n", 20_000, tail="Liver: normal"), rep("\n-", 10_000)])
def test_adversarial_set_aside_and_labels(text: Grown[str]) -> None:
    reads_linearly(_set_aside_and_label, text)


SET_ASIDE_KEPT = [
    # what the pattern set aside before, blanks and commas around it included
    ("QTc is 520 ms,    well above the 470 ms threshold.", "QTc is 520 ms ."),
    ("QTc is 520 ms, well above the 470 ms threshold.", "QTc is 520 ms ."),
    ("SUV 8.1   \n  , well above liver background (2.4)", "SUV 8.1   \n   "),
    ("Length 9 cm ,  within the recommended 3-7 cm window", "Length 9 cm  "),
    ("Spleen 14 cm (upper limit of normal 12 cm).", "Spleen 14 cm  ."),
]


@pytest.mark.parametrize(("text", "kept"), SET_ASIDE_KEPT)
def test_set_aside_unchanged(text: str, kept: str) -> None:
    assert set_aside(text) == kept


READINGS = [
    ("Is the QTc prolonged?", "QTc is 520 ms,    well above the 470 ms threshold.", ("yes", "implicit_measure")),
    ("Is the QTc prolonged?", "QTc is 440 ms\n\n\n, below the 470 ms threshold.", ("no", "implicit_measure")),
    ("Is the spleen enlarged?", "Spleen length 14 cm (upper limit of normal 12 cm).", ("yes", "implicit_measure")),
]


@pytest.mark.parametrize(("question", "text", "expected"), READINGS)
def test_measured_readings_unchanged(question: str, text: str, expected: tuple[str, str]) -> None:
    assert _reading(question, text) == expected


OTHER_MEMBER = [
    ("Is there an aortic aneurysm?", "The carotid and iliac arteries are normal."),
    ("Is the aorta aneurysmal?", "The carotid and iliac arteries are normal."),
    ("Is there an aortic aneurysm?", "Both renal arteries are normal in calibre."),
    ("Is there an aortic aneurysm?", "The coronary arteries are normal."),
    ("Is the aorta aneurysmal?", "The popliteal artery is normal."),
    ("Is the aorta aneurysmal?", "Hepatic veins and portal vein normal."),
    ("Is there an abdominal aortic aneurysm?", "The iliac arteries are normal."),
    ("Is there a pulmonary embolism?", "The internal jugular vein is normal."),
    ("Is there a pulmonary embolism?", "The renal veins are normal."),
    ("Is there a DVT?", "The carotid arteries are normal."),
    ("Is there a rib fracture?", "The sternum is intact."),
    ("Is there a skull fracture?", "The sacrum is normal."),
    ("Is there spinal stenosis?", "The carotid arteries are normal."),
]


@pytest.mark.parametrize(("question", "text"), OTHER_MEMBER)
def test_another_member_of_a_class_called_normal_answers_nothing(question: str, text: str) -> None:
    assert _reading(question, text) == (None, "unparsed")


SAME_PLACE = [
    # the asked organ itself, the class as a whole, or a broader finding asked
    ("Is there an aortic aneurysm?", "The aorta is normal in calibre.", "no"),
    ("Is the aorta aneurysmal?", "The aorta is normal in calibre.", "no"),
    ("Is the aorta aneurysmal?", "The abdominal aorta is of normal calibre.", "no"),
    ("Is there an aortic aneurysm?", "The aorta and iliac arteries are normal.", "no"),
    ("Is there an aortic aneurysm?", "The arteries are normal.", "no"),
    ("Is there an aortic aneurysm?", "The great vessels are normal.", "no"),
    ("Is there an aneurysm?", "The carotid arteries are normal.", "no"),
    ("Is there a stenosis?", "The renal arteries are normal.", "no"),
    ("Is there a rib fracture?", "The bones are intact.", "no"),
    ("Is there a rib fracture?", "The visualised osseous structures are intact.", "no"),
    ("Is there a fracture?", "The sternum is intact.", "no"),
    ("Is there a pulmonary embolism?", "The pulmonary arteries are normal.", "no"),
    ("Is there an ACL tear?", "The ligaments are intact.", "no"),
    ("Is there hilar lymphadenopathy?", "The hila are normal.", "no"),
    ("Is there cardiomegaly?", "The cardiomediastinal silhouette is normal.", "no"),
    ("Is there an aortic aneurysm?", "There is a 5.5 cm infrarenal aortic aneurysm.", "yes"),
    # the mediastinum's contours are its width, not the heart's size (medi45: ``mediastinal_widening``), so the
    # ratio answers (before, the mediastinum was read to hold the heart and the reading abstained)
    ("Is the heart enlarged?", "The cardiothoracic ratio is 0.62; the mediastinal contours are within normal limits.",
     "yes"),
]


@pytest.mark.parametrize(("question", "text", "expected"), SAME_PLACE)
def test_the_organ_or_its_class_called_normal_still_answers(question: str, text: str, expected: str | None) -> None:
    assert _reading(question, text)[0] == expected
