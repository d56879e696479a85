"""Choice answers, session 16 (issue #7): answer labels that revise ("Correction: B", "Final: C"), "not certain" as
doubt, a short reply naming an option in a clause that turns from it, the last verdict of a per-option list, an
option named by a narrower concept than a broader option's, and a question whose option letter is written twice.
One invented sentence per case."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import fixtures_datasets as fx

from medstep.answers import split_options
from medstep.datasets import LoadOptions, load_benchmark
from medstep.extract import extract
from medstep.types import AnswerType, MedstepError, Sample, Status

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Consolidation"}
HIP = {"A": "Perthes disease", "B": "Slipped capital femoral epiphysis", "C": "Developmental dysplasia of the hip",
       "D": "Transient synovitis"}
HEAD = {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage",
        "D": "Intraparenchymal hemorrhage"}


def _read(text: str, options: dict[str, str] = CXR,
          question: str = "What is the most likely diagnosis?") -> tuple[str | None, Status]:
    got = extract(text, Sample(id="c16", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer, got.status


@pytest.mark.parametrize(("text", "letter"), [
    ("Answer: A\nCorrection: B", "B"),
    ("A. Pneumothorax\n**Correction:** B. Pleural effusion", "B"),
    ("Final: C", "C"),
    ("Answer: A\n\nUpdated answer: D", "D"),
    ("Answer: A\nCorrected answer: C", "C"),
    ("I said B earlier; correcting to C.", "C"),
])
def test_an_answer_label_that_corrects_gives_the_answer(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["The final image shows a clear C-spine.", "A correction of the fracture is needed."])
def test_final_and_correction_inside_a_sentence_are_no_label(text: str) -> None:
    assert _read(text)[0] is None


def test_an_answer_followed_by_not_certain_is_no_decision() -> None:
    assert _read("Answer: B. On second thought, I'm not certain.")[0] is None


@pytest.mark.parametrize("text", [
    "Perthes disease is less likely.",
    "Findings point away from Perthes disease.",
    "Less likely: Perthes disease.",
    "The findings argue against Perthes disease.",
])
def test_a_short_reply_turning_from_its_one_option_selects_nothing(text: str) -> None:
    assert _read(text, HIP)[0] is None


def test_a_short_reply_turning_from_one_option_to_another_selects_the_other() -> None:
    text = "Findings point away from Perthes disease and toward a slipped capital femoral epiphysis."
    assert _read(text, HIP) == ("B", Status.SCORED)


def test_the_last_verdict_of_a_per_option_list_is_not_the_conclusion() -> None:
    text = ("**A. Pneumothorax** — Absent.\n**B. Pleural effusion** — Present (blunted right angle).\n"
            "**C. Cardiomegaly** — Absent.\n**D. Consolidation** — Absent.")
    assert _read(text, question="What is the main finding?")[0] != "D"


def test_a_narrower_concept_inside_a_broader_option_leaves_the_answer_to_the_initials() -> None:
    # "Intraparenchymal hemorrhage" maps to the broader intracranial haemorrhage, which holds an epidural one too:
    # the concept reader names neither, and "EDH" is read as the initials of "Epidural hematoma"
    assert _read("Biconvex collection that does not cross the sutures.\n\nFinal: EDH.", HEAD) == ("A", Status.SCORED)


def test_an_option_letter_written_twice_with_two_texts_is_refused() -> None:
    with pytest.raises(ValueError, match=r"option A is written twice .*'Pneumothorax' and 'Effusion'"):
        split_options("What is seen?\nA) Pneumothorax\nB) Cardiomegaly\nA) Effusion")
    assert split_options("What is seen?\nOptions:\nA) x\nA) x\nB) y")[1] == {"A": "x", "B": "y"}  # a line repeated


def test_a_loader_names_the_record_whose_question_repeats_an_option_letter(tmp_path: Path) -> None:
    record = dict(fx.RADR_RECORDS[1], question="Which finding?\nA) Pneumothorax\nB) Effusion\nA) Cardiomegaly")
    path = fx.write_radrbench(tmp_path / "rr", records=[record], write_images=False)
    with pytest.raises(MedstepError, match=r"record #0 .*option A is written twice"):
        load_benchmark("radrbench", path, LoadOptions(check_images=False))
