"""The open grader reads a modality or a plane the question asks with the extractor's vocabularies (issue #7, lane
openqual48, ``score/open_kinds.py``): a modality answered by a narrower name of it ("a T2-weighted sequence" for
MRI), a plane by another name of it ("a transverse slice" for axial), in other languages too. The near misses stay
unmatched: a broader class, another sequence or plane, two values, a list, a denied or doubted value, initials, and
organs (left to the ``typed`` rung: its near misses are not this reading's)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score.open_grade import MatchStep, match_step
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

MODALITY = "What is the imaging modality?"
PLANE = "In which plane was this image obtained?"


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("sagittal t2 weighted", "MRI", "What imaging modality is shown?"),
        ("axial flair image through lateral ventricles", "MRI", MODALITY),
        ("a T2-weighted magnetic resonance sequence", "MRI", MODALITY),
        ("t1", "MRI", MODALITY),
        ("resonancia magnética ponderada en t2", "MRI", "¿Cuál es la modalidad de imagen?"),
        ("tc senza mezzo di contrasto", "CT", "Qual è la modalità di imaging?"),
        ("a transverse slice", "axial", "What is the imaging plane?"),
        ("transverse slice through the upper abdomen", "axial plane", PLANE),
        ("transversale schicht", "axial", "In welcher Ebene wurde das Bild aufgenommen?"),
    ],
)
def test_value_of_the_asked_kind(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.TYPED


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("mri of the brain", "FLAIR", "Which MRI sequence is this?"),  # the broader class
        ("t1 weighted", "T2", "Which sequence is shown?"),  # a sibling
        ("t2 weighted", "FLAIR", MODALITY),  # a gold filed under MRI: its siblings are not it
        ("t1 weighted image though it could also be ct", "MRI", MODALITY),  # held open
        ("not an mri this is a ct scan", "MRI", MODALITY),  # denied, another named
        ("ct and mri", "MRI", MODALITY),  # two values
        ("mri most likely", "MRI", "What imaging modality is this?"),  # doubted where the question holds no doubt
        ("vielleicht ct", "CT", "What imaging modality is this?"),  # another language's maybe
        ("stir t2 dwi and mri", "MRI", MODALITY),  # a list of sequences
        ("malignant rhabdoid tumour mrt", "MRI", MODALITY),  # a name's initials, not the German MRT
        ("a coronal reformat of the chest", "axial", PLANE),  # another plane
        ("axial or coronal", "axial", PLANE),  # two planes
        ("es un corte sagital", "axial", "¿En qué plano se adquirió la imagen?"),
        ("section of pancreas not liver", "liver", "What is the organ in this histology image?"),
        ("gallbladder wall is thickened", "liver", "What is the organ involved?"),  # another organ, same system
        ("section of lung and heart", "lung", "What is the organ in this image?"),
        ("kidney", "left kidney", "What is the organ affected?"),  # the gold's side unsaid
        ("die leber ist unauffällig betroffen ist die milz", "Leber", "Welches Organ ist betroffen?"),
    ],
)
def test_near_misses_stay_unmatched(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is None


@pytest.mark.parametrize(
    ("reply", "gold", "question"),
    [
        ("This is a sagittal T2-weighted sequence of the lumbar spine.", "MRI", "What imaging modality is shown?"),
        ("An axial FLAIR image through the lateral ventricles.", "MRI", MODALITY),
        ("Es handelt sich um eine transversale Schicht.", "axial", "In welcher Ebene wurde das Bild aufgenommen?"),
    ],
)
def test_end_to_end(reply: str, gold: str, question: str) -> None:
    sample = Sample(id="p", question=question, answer=gold, answer_type=AnswerType.OPEN, options={})
    ext = extract(reply, sample)
    assert ext.answer is not None
    assert grade(sample, ext, Generation(text=reply)).correct



@pytest.mark.parametrize(
    ("reply", "gold"),
    [
        ("Fast spin-echo sequence.", "ultrasound"),  # an MRI sequence's name, not the echo of ultrasound
        ("Clinical photograph of the forearm rash.", "Dermoscopy"),  # filed under dermoscopy, not it
        ("Biopsy performed under CT guidance.", "Histopathology"),  # a procedure, the image a CT
        ("Non-contrast CT.", "CTA"),  # a gold narrower than its concept: a sibling is no answer
        ("FLAIR image.", "MRA"),
        ("Compression fracture of T2.", "MRI"),  # a vertebra, not the sequence
        ("A T2 carcinoma of the larynx.", "MRI"),  # a stage
    ],
)
def test_review_near_misses_end_to_end(reply: str, gold: str) -> None:
    """Review of lane openqual48: replies the lane's rung counted right though they name no modality that is the gold."""
    sample = Sample(id="p", question=MODALITY, answer=gold, answer_type=AnswerType.OPEN, options={})
    assert not grade(sample, extract(reply, sample), Generation(text=reply)).correct
