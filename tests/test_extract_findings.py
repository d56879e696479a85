"""implicit_finding: yes/no read from synonyms, findings and organs called normal, and the precision guard.

Every read has traps beside it that must not read: hedges, the other side, a narrower or a
different finding, a size-only normal word for a non-size finding, and statements on both sides
(``ambiguous``). The vocabulary comes from medstep.answers.concepts (shared with the verifier).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from medstep.extract import extract
from medstep.extract.concept_question import Ask, Asked, parse_asked
from medstep.types import AnswerType, Sample

EFF = "Is there a pleural effusion?"
LEFT_EFF = "Is there a left pleural effusion?"
HEART = "Is the heart enlarged?"
TRACHEA = "Is the trachea midline?"
LUNGS = "Are the lungs clear?"
CT = "Is this a CT scan?"
AXIAL = "Is this image in the axial plane?"
AIR = "Is there free air under the diaphragm?"

READS = [
    (EFF, "The costophrenic angles are blunted by layering fluid.", "yes"),
    (EFF, "The costophrenic angles are sharp.", "no"),
    (EFF, "No pleural fluid is seen.", "no"),
    (EFF, "There is blunting of the right costophrenic angle, but no effusion on the left.", "yes"),
    (LEFT_EFF, "There is a right pleural effusion and the left costophrenic angle is sharp.", "no"),
    (HEART, "Cardiomegaly is present.", "yes"),
    (HEART, "The cardiac silhouette is normal in size.", "no"),
    (TRACHEA, "The trachea is deviated to the right.", "no"),
    (TRACHEA, "There is no tracheal deviation.", "yes"),
    (LUNGS, "The lungs appear clear without any focal opacity.", "yes"),
    (LUNGS, "There is a dense consolidation in the right lower lobe.", "no"),
    (CT, "This is a T2-weighted MRI of the brain.", "no"),
    (CT, "This is an axial CT image of the abdomen.", "yes"),
    (AXIAL, "This image is in the sagittal plane.", "no"),
    (AXIAL, "The image is an axial section.", "yes"),
    (AIR, "No free intraperitoneal air.", "no"),
    (AIR, "Pneumoperitoneum has resolved since the prior study.", "no"),
    (EFF, "No consolidation, effusion or pneumothorax.", "no"),  # a negated list: every item is negated
    (HEART, "The heart is enlarged. On second look, the heart size is normal.", "no"),  # the correction is read
    ("Is there an endotracheal tube?", "An ETT is present, its tip 4 cm above the carina.", "yes"),
    ("Is there an endotracheal tube?", "No ETT is seen.", "no"),
]

DECLINES = [
    (EFF, "There is a small pericardial effusion.", "unparsed"),  # a different finding
    (EFF, "A pleural effusion cannot be excluded.", "ambiguous"),  # hedge: a lean, neither yes nor no
    (EFF, "The costophrenic angles are sharp, though there may be a trace of fluid.", "unparsed"),
    (LEFT_EFF, "There is a right pleural effusion.", "unparsed"),  # the other side only
    (LEFT_EFF, "There is a pleural effusion.", "unparsed"),  # no side for a sided question
    (EFF, "No effusion on the left.", "unparsed"),  # a one-sided negation for a side-less question
    ("Is there a pneumothorax?", "There is no tension pneumothorax.", "unparsed"),  # narrower negation
    ("Is there consolidation?", "There is an opacity in the right lower lobe.", "unparsed"),  # broader finding
    (AIR, "Bowel loops are not dilated.", "unparsed"),  # a size-only normal word
    (HEART, "The heart is borderline enlarged.", "ambiguous"),
    (HEART, "Heart size is at the upper limit of normal.", "unparsed"),
    (HEART, "The lungs are clear.", "unparsed"),
    (LUNGS, "A small effusion at the left base; otherwise the lungs are clear.", "unparsed"),
    (HEART, "Cardiomegaly. Actually, I am not sure.", "ambiguous"),  # a withdrawn statement, nothing readable after
    (EFF, "There is no effusion. Blunting of the left costophrenic angle is seen.", "ambiguous"),
    (CT, "It looks like a CT, but it could also be a cone-beam image.", "unparsed"),
    (EFF, "No change in the effusion.", "unparsed"),  # a negation that is not the concept's
    ("Is there a pneumothorax?", "There is no visible pleural line or area of absent lung markings to suggest a "
     "pneumothorax.", "unparsed"),  # named after "to suggest", not stated; the sentence hedges
]


def _sample(question: str) -> Sample:
    return Sample(id="f", question=question, answer="yes", answer_type=AnswerType.CLOSED)


@pytest.mark.parametrize(("question", "text", "want"), READS)
def test_reads(question: str, text: str, want: str) -> None:
    got = extract(text, _sample(question))
    assert (got.answer, got.rule) == (want, "implicit_finding")


@pytest.mark.parametrize(("question", "text", "status"), DECLINES)
def test_declines(question: str, text: str, status: str) -> None:
    got = extract(text, _sample(question))
    assert (got.answer, got.rule) == (None, status)


@pytest.mark.parametrize(("question", "asked"), [
    (EFF, Asked(Ask.PRESENCE, "pleural_effusion")),
    ("Is there evidence of pleural effusion on the right?", Asked(Ask.PRESENCE, "pleural_effusion", "right")),
    (HEART, Asked(Ask.PRESENCE, "cardiomegaly")),
    (LUNGS, Asked(Ask.NORMAL, "lungs")),
    (TRACHEA, Asked(Ask.NORMAL, "trachea")),
    (CT, Asked(Ask.MODALITY, "ct")),
    (AXIAL, Asked(Ask.PLANE, "axial")),
    ("Is there a mass in the liver?", None),  # a location besides the finding
    ("Is there an effusion or a pneumothorax?", None),
    ("Is there no pneumothorax?", None),
    ("Is this an axial CT image?", None),  # plane and modality at once
])
def test_questions(question: str, asked: Asked | None) -> None:
    assert parse_asked(question) == asked


def test_negated_list_agrees_with_the_restating_reader() -> None:
    """Both implicit readers read the lungs as clear (they must agree, or the output is ambiguous)."""
    got = extract("The lungs are clear, with no consolidation, effusion or pneumothorax.", _sample(LUNGS))
    assert got.answer == "yes"


@pytest.mark.parametrize(("text", "want"), [
    ("这是一张MRI图像，不是CT。", "否"), ("这是一张CT图像。", "是"), ("这是超声图像。", None), ("可能是CT。", None),
])
def test_chinese_modality_question(text: str, want: str | None) -> None:
    sample = Sample(id="z", question="这是CT图像吗？", answer="是", answer_type=AnswerType.CLOSED)
    assert extract(text, sample).answer == want


def test_extract_does_not_import_verify() -> None:
    """The stage order: extract reads the shared vocabulary in medstep.answers, never medstep.verify."""
    root = Path(__file__).resolve().parents[1] / "src" / "medstep" / "extract"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("medstep.verify"), path.name
