"""The head answer of an open reply to the kind of value its question asks (lane open45, issue #7): the place a reply
puts its finding in (``extract/open_place.py``), a sentence summing a description up (``extract/open_verdict.py``),
the one modality and the count of a Chinese reply (``extract/open_technique.py``, ``extract/open_count.py``), a verdict
sentence of another language after a description (``extract/open_span.droppable``), and no diagnosis read where a
place is asked (``extract/asked_value_kind.py``).

Texts written for these tests, in wording unlike the corpus; each asserts the exact reading. The near misses keep
the reading the reader gave before the lane (the whole span or no answer): two places, a doubted place, a place
named but not placed, a part going on past the site, a modality doubted, a count added to.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked_value_kind import asks_other_value
from medstep.extract.open_place import asks_place, placed
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status, str]:
    got = extract(text, Sample(id="o45", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status, got.rule


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Where is the lesion?", "It sits within the left parietal lobe, close to the vertex, with mild surrounding oedema.",
     "left parietal lobe"),
    ("Which lobe is collapsed?", "The left lower lobe, with the hemidiaphragm pulled up behind the heart.",
     "left lower lobe"),
    ("Where is the lesion located?", "The lesion is located in the right upper lobe, in the posterior segment, abutting "
     "the pleura. It is a spiculated nodule of about 2 cm.", "right upper lobe"),
    ("Where is the tip of the central line?", "Right IJ catheter tip at the cavoatrial junction.", "cavoatrial junction"),
    ("Where is the fracture located?", "The fracture is located at the surgical neck of the left humerus. The fracture "
     "line is transverse.", "surgical neck of left humerus"),
    ("What is the location of the mass?", "The mass lies in the left upper lobe of the lung, near the hilum.",
     "left upper lobe"),
])
def test_place_read(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED, "open_place")


@pytest.mark.parametrize(("question", "text"), [
    ("Where are the lesions?", "Two lesions: one in the right frontal lobe and one in the left occipital lobe."),
    ("Where are the nodules?", "Nodules in the right upper lobe and the left lower lobe."),
    ("Where is the nodule?", "A nodule in the right upper lobe, though it might project from the middle lobe."),
    ("Where is the nodule?", "The nodule may be in the right upper lobe."),
    ("Which lobe contains the nodule?", "A 1.5 cm nodule in the right lower zone. On one frontal view it could lie in "
     "either the middle lobe or the lower lobe."),
    ("Where is the mass?", "Right kidney upper pole."),
    ("Where is the embolus?", "right lower lobe segmental pulmonary artery"),
    ("Where is the fracture?", "Base of fifth metacarpal. A boxer's fracture would be at the neck."),
    ("Where is the consolidation?", "Right lower lobe, left lower lobe, right lower lobe, left lower lobe"),
    ("Where is the lesion?", "It was first read as sitting in the spleen; it actually lies in the left kidney."),
])
def test_place_not_read(question: str, text: str) -> None:
    assert placed(text, question) is None


@pytest.mark.parametrize(("question", "asks"), [
    ("Where is the lesion?", True),
    ("Which lobe contains the mass?", True),
    ("In which segment is the nodule?", True),
    ("What is the location of the stone?", True),
    ("What is the finding in the left lower lobe?", False),
    ("What is the position of the fetus?", False),
    ("Which side is the effusion on?", False),
])
def test_asks_place(question: str, asks: bool) -> None:
    assert asks_place(question) is asks


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What abnormality is visible on this abdominal film?", "Several loops of small bowel are distended up to 4 cm with "
     "multiple air-fluid levels, and the colon is collapsed. Overall, these appearances indicate a small bowel "
     "obstruction.", "small bowel obstruction"),
    ("What is abnormal in this retinal photograph?", "Flame haemorrhages are scattered in all four quadrants with "
     "tortuous, dilated veins and disc swelling. These findings are consistent with central retinal vein occlusion.",
     "central retinal vein occlusion"),
])
def test_summing_sentence_answers(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED, "open_verdict")


@pytest.mark.parametrize(("question", "text"), [
    ("What is abnormal in this image?", "The heart is enlarged. This could indicate cardiomyopathy, though a pericardial "
     "effusion would look the same."),
    ("What is the diagnosis?", "Pneumothorax was suspected initially. On review these changes indicate a skin fold, not "
     "a pneumothorax."),
    ("What is the main finding?", "A large mass in the right kidney, suggestive of renal cell carcinoma."),
    # a suspicion, not an identity: the finding described stays the answer to "What abnormality ...?" (lane open32)
    ("What abnormality is visible on this abdominal film?", "Several loops of small bowel are distended with air-fluid "
     "levels. This suggests a small bowel obstruction."),
])
def test_summing_sentence_held_or_not_summing(question: str, text: str) -> None:
    answer, status, rule = _read(text, question)
    assert rule != "open_verdict"
    assert answer not in ("cardiomyopathy", "skin fold", "renal cell carcinoma", "small bowel obstruction")


def test_no_diagnosis_where_an_organ_is_asked() -> None:
    text = "A 2 cm hypodense lesion in the spleen, consistent with a splenic cyst."
    assert _read(text, "What is the abnormality?")[0] == "splenic cyst"
    assert _read(text, "Which organ contains the abnormality?")[0] != "splenic cyst"
    assert asks_other_value("Which organ contains the abnormality?")
    assert not asks_other_value("What is the diagnosis of this rash on the left side of the chest?")
    # a conclusion reached answers any question
    assert _read("The opacity hides the right heart border, so it's the right middle lobe.",
                 "Which lobe is affected?")[0] == "right middle lobe"


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("该图像的成像方式是什么？", "这是一张腹部CT增强扫描图像。", "ct"),
    ("该图像采用的是哪种成像方式？", "该图像为磁共振成像（MRI），从脑脊液呈高信号判断为T2加权序列。", "mri"),
    ("这张图像是用什么检查方法获得的？", "这是一幅超声图像，显示肝脏回声均匀。", "超声"),
    ("图中可见几个肾脏？", "图中可见两个肾脏，分别位于脊柱两侧。", "2"),
    ("图中有几个结石？", "可见三个结石，均位于左肾下盏。", "3"),
])
def test_chinese_typed_values(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("question", "text"), [
    ("该图像的成像方式是什么？", "可能是MRI，也可能是CT。"),
    ("该图像的检查方式是什么？", "这不是CT，是MRI。"),
    ("图中有几个囊肿？", "可见两个囊肿，另见一个实性结节。"),
    ("图中有几个结节？", "可见三个结节，左肺两个。"),
])
def test_chinese_typed_values_held(question: str, text: str) -> None:
    assert _read(text, question)[0] not in ("mri", "ct", "2", "3")


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("¿Cuál es el diagnóstico más probable?", "Se observa una consolidación en el lóbulo inferior derecho con "
     "broncograma aéreo. Se trata de una neumonía.", "neumonía"),
    ("Qual è la diagnosi più probabile?", "Si osserva un ispessimento della parete della colecisti con calcoli. Si "
     "tratta di una colecistite acuta.", "colecistite acuta"),
    ("Quel est le diagnostic ?", "On observe une opacité du lobe inférieur droit. Il s'agit d'une pneumonie.",
     "pneumonie"),
    ("Was ist die Diagnose?", "Man sieht eine Verschattung im rechten Unterlappen. Es handelt sich um eine Pneumonie.",
     "pneumonie"),
])
def test_foreign_verdict_after_description(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED, "open_verdict")


def test_foreign_doubted_verdict_not_read() -> None:
    text = ("Se aprecia un aumento de la silueta cardiaca. Podría tratarse de un derrame pericárdico o de una "
            "miocardiopatía.")
    assert _read(text, "¿Cuál es el diagnóstico?")[0] not in ("derrame pericárdico", "miocardiopatía")
