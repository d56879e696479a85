"""The open answer's span when the label sits inside a longer sentence: naming words ("what is called", "so-called",
"also known as"; ``extract/open_naming.py``), leading links and pseudo-clefts, foreign and Japanese/Chinese frames
(``extract/open_frames.py``), participle and absolute tails (``extract/open_tails.py``), and an answer cut after a
conjunction. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o17", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "It is what is called a bezoar.", "bezoar"),
    (DX, "This is known as a Jefferson fracture.", "jefferson fracture"),
    (DX, "The image shows what is known as a Baker's cyst.", "baker s cyst"),
    ("What sign is this?", "It is what radiologists call the 'coffee bean' sign.", "coffee bean sign"),
    (DX, "A fracture of the fifth metacarpal neck, also called a boxer's fracture.", "boxer s fracture"),
    (DX, "Ankylosing spondylitis, also called Bechterew disease.", "ankylosing spondylitis"),
])
def test_naming_words_are_not_part_of_the_label(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("text", "label"), [
    ("What we see here is a Monteggia fracture.", "monteggia fracture"),
    ("What is shown is a Pancoast tumour.", "pancoast tumour"),
    ("Consistent with acute appendicitis.", "acute appendicitis"),
    ("Suggestive of pulmonary embolism.", "pulmonary embolism"),
    ("Seems to be a Salter-Harris II fracture.", "salter harris ii fracture"),
    ("My diagnosis would be an osteochondroma.", "osteochondroma"),
    ("I'd call this a Smith fracture.", "smith fracture"),
    ("Overall the picture is one of acute cholecystitis.", "acute cholecystitis"),
])
def test_a_leading_link_or_pseudo_cleft_is_a_frame(text: str, label: str) -> None:
    assert _read(text)[0] == label


def test_a_conditional_pick_keeps_its_frame() -> None:
    assert _read("My diagnosis would be gout if the crystals were negatively birefringent.")[0] != "gout"


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "Il reperto è compatibile con una frattura prossimale dell'omero.", "frattura prossimale dell omero"),
    (DX, "Los hallazgos son compatibles con una apendicitis aguda.", "apendicitis aguda"),
    (DX, "Achados compatíveis com pneumotórax.", "pneumotórax"),
    ("¿Qué estructura señala la flecha?", "La flecha señala la glándula suprarrenal izquierda.",
     "glándula suprarrenal izquierda"),
    ("Welches Organ ist zu sehen?", "Es handelt sich um die Harnblase mit einer kleinen Wandverdickung.", "harnblase"),
    ("What is the abnormality?", "これは気胸です。", "気胸"),
    (DX, "気胸が認められます。", "気胸"),
    (DX, "考虑为气胸。", "气胸"),
    (DX, "符合肺炎表现。", "肺炎"),
])
def test_foreign_frames_are_dropped(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "Osteosarcoma arising from the distal femoral metaphysis.", "osteosarcoma"),
    ("What is the abnormality?", "Large right pleural effusion tracking into the fissure.", "large right pleural effusion"),
    ("What device is seen?", "Endotracheal tube, its tip 4 cm above the carina.", "endotracheal tube"),
    (DX, "Acute appendicitis, the appendix measuring 11 mm with periappendiceal fat stranding.", "acute appendicitis"),
    (DX, "Colles fracture, dorsally angulated and impacted.", "colles fracture"),
    ("What is the abnormality?", "Left-sided pneumothorax on the left side.", "left sided pneumothorax"),
    ("Which lobe is affected?", "The consolidation involves the right upper lobe, sparing the other lobes.",
     "right upper lobe"),
    ("What imaging modality is this?", "This is a T2-weighted MRI image of the brain.", "t2 weighted mri"),
])
def test_what_follows_the_label_is_dropped(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Where is the tumour?", "Osteosarcoma arising from the distal femoral metaphysis.",
     "osteosarcoma arising from distal femoral metaphysis"),
    ("What is the abnormality?", "Pneumothorax on the right side.", "pneumothorax on right side"),
])
def test_a_place_asked_or_a_side_said_once_stays(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


def test_an_answer_cut_after_a_conjunction_is_truncated() -> None:
    assert _read("Let me think... the answer is likely sarcoid, but") == (None, Status.TRUNCATED)
