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


def test_a_correction_label_after_a_sentence_gives_the_answer() -> None:
    text = "A. Pneumothorax... actually, looking again, the angle is blunted. Correction: B. Pleural effusion."
    assert _read(text) == ("B", Status.SCORED)


@pytest.mark.parametrize(("text", "options"), [
    ("Derrame pleural poco probable.", {"A": "Neumotórax", "B": "Derrame pleural", "C": "Cardiomegalia"}),
    ("Épanchement pleural peu probable.", {"A": "Pneumothorax", "B": "Épanchement pleural", "C": "Cardiomégalie"}),
])
def test_another_language_lowering_the_likelihood_of_the_one_option_selects_nothing(text: str,
                                                                                    options: dict[str, str]) -> None:
    assert _read(text, options)[0] is None


NERVES = {"A": "Radial nerve", "B": "Ulnar nerve", "C": "Median nerve", "D": "Axillary nerve"}
CHAMBERS = {"A": "Right ventricle", "B": "Left atrium", "C": "Right atrium", "D": "Left ventricle"}


def test_the_option_as_complement_of_the_question_restated_is_the_answer() -> None:
    text = ("The question already describes a dilated left atrium with thickened mitral leaflets, and the study "
            "confirms it, so the enlarged chamber is the left atrium.")
    assert _read(text, CHAMBERS, "Which chamber is enlarged?") == ("B", Status.SCORED)


@pytest.mark.parametrize("text", [
    "If the enlarged chamber is the left atrium, mitral disease is likely.",
    "The other chamber is the left atrium.",
    "The enlarged chamber is not the left atrium.",
])
def test_a_restated_subject_that_conditions_turns_or_denies_selects_nothing(text: str) -> None:
    assert _read(text, CHAMBERS, "Which chamber is enlarged?")[0] is None


@pytest.mark.parametrize("text", [
    "The uninjured nerve is the ulnar nerve.",
    "The injured nerve is unlikely to be the ulnar nerve.",
    "The injured nerve is probably the radial or the ulnar nerve.",
])
def test_a_short_statement_setting_its_option_apart_or_offering_two_selects_nothing(text: str) -> None:
    assert _read(text, NERVES, "Which nerve is injured?")[0] is None


def test_both_after_a_preposition_locates_and_does_not_hedge() -> None:
    options = {"A": "pleural plaque", "B": "nodule", "C": "cyst", "D": "consolidation", "E": "ground glass opacity"}
    text = ("There are hazy areas of increased attenuation in both lungs through which the vessels remain visible, "
            "which is ground glass opacity.")
    assert _read(text, options, "Which one of the following is shown?") == ("E", Status.SCORED)


def test_an_option_text_with_a_short_aside_in_brackets_names_the_option() -> None:
    options = {"A": "Meniscal cyst", "B": "Popliteal artery aneurysm", "C": "Ganglion of the ACL", "D": "Baker cyst"}
    text = "The lesion is a Baker (popliteal) cyst, with a neck between the tendons."
    assert _read(text, options, "What is the lesion?") == ("D", Status.SCORED)


RASH = {"A": "Measles", "B": "Scarlet fever", "C": "Kawasaki disease", "D": "Erythema infectiosum"}


def test_an_option_named_as_an_example_in_a_refusal_is_no_answer() -> None:
    text = ("I can't diagnose a rash from a photograph. Several of these look alike, and some (like Kawasaki disease) "
            "need urgent assessment, so please see a paediatrician.")
    assert _read(text, RASH)[0] is None


def test_an_option_as_the_consequence_of_a_far_condition_is_no_answer() -> None:
    options = {"A": "Pituitary gland", "B": "Corpus callosum", "C": "Pons", "D": "Cerebellar vermis"}
    text = ("The label is partly hidden. If the arrow is the one pointing to the bulging structure in front of the "
            "fourth ventricle, that would be the pons; if it is the one behind it, the vermis.")
    assert _read(text, options, "Which structure does the arrow mark?")[0] is None


GAS = {"A": "Pneumatosis intestinalis", "B": "Portal venous gas", "C": "Pneumobilia", "D": "Pneumoperitoneum"}


@pytest.mark.parametrize(("text", "letter"), [
    ("Gas in the bile ducts after sphincterotomy.", "C"),
    ("Branching gas in the portal veins reaching the liver periphery.", "B"),
    ("Intramural bowel gas.", "A"),
])
def test_the_kinds_of_abnormal_abdominal_gas_are_told_apart(text: str, letter: str) -> None:
    assert _read(text, GAS) == (letter, Status.SCORED)


@pytest.mark.parametrize(("text", "letter"), [("Extradural haematoma.", "A"), ("Intracerebral haemorrhage.", "D")])
def test_the_intracranial_bleeds_are_told_apart(text: str, letter: str) -> None:
    assert _read(text, HEAD) == (letter, Status.SCORED)


def test_a_relative_clause_describing_a_dismissed_option_states_nothing() -> None:
    options = {"A": "Aspergillus", "B": "Histoplasma", "C": "Cryptococcus", "D": "Mucor"}
    text = "Broad ribbon hyphae. This is zygomycosis, not Aspergillus, which has thin septate hyphae."
    assert _read(text, options, "Which organism is most likely?")[0] != "A"
