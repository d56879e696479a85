"""Open answers laid out under markdown headings (``extract/open_headings.py``): a heading opening the conclusion's
section, a heading that is itself the answer, a title naming the image, and a conclusion heading left empty."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.types import AnswerType, Generation, Sample

Q = "What is the diagnosis?"


def _open(text: str, gold: str, question: str = Q) -> tuple[str | None, str, bool]:
    sample = Sample(id="h", question=question, answer=gold, answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, got.status.value, grade(sample, got, Generation(text=text)).correct


@pytest.mark.parametrize("text, gold", [
    ("## Review\nThe mediastinum is widened with an intimal flap on the film.\n## Diagnosis\nAortic dissection",
     "aortic dissection"),
    ("## Step 1: The lungs\nBoth lungs are hyperexpanded with flat hemidiaphragms.\n## Step 2: Conclusion\n"
     "This is emphysema.", "emphysema"),
    ("## Observations\n- Lucent nidus in the tibial cortex\n\n### Most likely diagnosis\n**Osteoid osteoma**",
     "osteoid osteoma"),
    ("### Final Diagnosis\nIntussusception\n\n### Reasoning\nA target sign is seen in the right upper quadrant.",
     "intussusception"),
])
def test_the_section_under_a_conclusion_heading_is_the_answer(text: str, gold: str) -> None:
    answer, _, correct = _open(text, gold)
    assert correct, answer


@pytest.mark.parametrize("text, gold", [
    ("## Tension pneumothorax\n\nThe left hemithorax is lucent without lung markings; the trachea is pushed right.",
     "tension pneumothorax"),
    ("# **Acute cholecystitis**\nThickened gallbladder wall, pericholecystic fluid and an impacted stone.",
     "acute cholecystitis"),
    ("**Appendicitis**\nThe appendix measures 12 mm across with surrounding fat stranding.", "appendicitis"),
])
def test_a_first_heading_naming_one_finding_is_the_answer(text: str, gold: str) -> None:
    assert _open(text, gold)[0] == gold


@pytest.mark.parametrize("text", [
    "## Pneumonia vs atelectasis\nThe opacity in the left lower zone is wedge-shaped.",  # held open
    "## Pneumothorax\nNo, on a second look this is a skin fold.",  # revised in the body
    "## Pneumonia\nThe appearances are more consistent with aspiration pneumonitis.",  # the body concludes
])
def test_a_heading_held_open_or_revised_is_not_the_answer(text: str) -> None:
    answer, _, _ = _open(text, "pneumonia")
    assert answer not in ("pneumonia", "pneumothorax")


def test_a_finding_heading_does_not_answer_a_question_asking_where() -> None:
    answer, _, _ = _open("## Pleural effusion\nThe effusion is on the left side, blunting the costophrenic angle.",
                         "left", "Which side is the effusion on?")
    assert answer != "pleural effusion"


def test_a_title_naming_the_image_is_no_part_of_the_answer() -> None:
    answer, _, correct = _open("## Chest radiograph\n\nThere is a large left pneumothorax.", "left pneumothorax",
                               "What is the abnormality?")
    assert correct, answer
    # a section word is no title of the image: the list under it stays what it was
    assert _open("### Findings\n- Effusion, right\n- No pneumothorax", "effusion", "What is the finding?")[0] != \
        "effusion right"


@pytest.mark.parametrize("text, status", [
    ("## Thinking\nEnhancing extra-axial mass at the cerebellopontine angle; meningioma or schwannoma.\n\n"
     "## Final Response\n\n", "truncated"),
    ("## Findings\nA right pleural effusion is present.\n## Impression\n", "truncated"),
    ("### Diagnosis\n", "unparsed"),
    ("## Findings\n\n## Impression\n", "unparsed"),
])
def test_an_empty_conclusion_heading_is_no_answer(text: str, status: str) -> None:
    answer, got, _ = _open(text, "meningioma")
    assert (answer, got) == (None, status)


def test_a_differential_heading_lists_without_answering() -> None:
    answer, status, _ = _open("## Differential diagnosis\n- Sarcoidosis\n- Lymphoma", "sarcoidosis")
    assert answer is None and status == "ambiguous"
    # a conclusion heading before the differential still answers
    answer, _, correct = _open("## Diagnosis\nSarcoidosis\n\n## Differential\n- Lymphoma\n- Tuberculosis",
                               "sarcoidosis")
    assert correct, answer
    # a differential cut before its first item is no list: nothing is read from it
    assert _open("**Morphology:** Umbilicated papules on the trunk.\n\n**Differential:**\n1.", "molluscum")[0] is None
