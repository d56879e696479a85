"""Review of lane opendec54: clear answers the slot tests must leave read (hostile probes, fresh wordings)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={}))
    return ext.answer, ext.status.value


@pytest.mark.parametrize(("question", "text", "word"), [
    # a side plus the other side's prior, resolved or healed finding, a side the subject acts on, the image's side
    ("Which side is the pneumothorax on?", "The pneumothorax is on the right. Compared with the prior study, the left "
                                           "pneumothorax has resolved.", "right"),
    ("Which side is the mass on?", "The mass is in the left kidney. The mass displaces the bowel loops to the right.",
     "left"),
    ("Which side is the tumor on?", "The tumor is on the right side of the brain. The tumor causes a midline shift "
                                    "towards the left.", "right"),
    ("Which side is the lesion on?", "The lesion appears on the left side of the image. By radiological convention, the "
                                     "lesion is therefore in the patient's right hemisphere.", "right"),
    ("Which side is the fracture on?", "The fracture is on the left. Wait, looking again, the fracture is on the right.",
     "right"),
    # a concept question: a decline of certainty, then the finding stated
    ("What is the diagnosis?", "I won't be able to give you a definitive diagnosis — only a radiologist can. The image "
                               "shows a tension pneumothorax on the left.", "pneumothorax"),
    ("What is the abnormality in the brain?", "I can't fully characterise the abnormality in the brain on one slice. A "
                                              "large hyperdense acute subdural haematoma is seen.", "subdural"),
    # the least likely asked, a lowered event to come, an organ named in another language
    ("Which of these is the least likely diagnosis?", "The least likely diagnosis is pneumothorax.", "pneumothorax"),
    ("What is the diagnosis?", "The lesion is benign and less likely to grow.", "benign"),
    ("Which organ is shown in this image?", "Trata-se do rim esquerdo com uma massa solida no polo superior dele.", "rim"),
])
def test_clear_answers_stay_read(question: str, text: str, word: str) -> None:
    answer, status = _read(question, text)
    assert status == "scored" and word in (answer or "")


@pytest.mark.parametrize(("question", "text", "status"), [
    ("Which side is the lesion on?", "The lesion is on the right side. There is also a smaller lesion on the left "
                                     "side.", "ambiguous"),
    ("What grade is this tumour?", "I'm not able to grade this tumour from a single image. What I can see is a 4 cm "
                                   "enhancing mass in the right kidney.", "refused"),
    ("What is the diagnosis?", "Tuberculosis is less likely.", "unparsed"),
])
def test_near_misses_stay_unread(question: str, text: str, status: str) -> None:
    assert _read(question, text) == (None, status)
