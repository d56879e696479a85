"""Review of lane open45: readings the lane made worse than its base, kept as the base read them (fresh wording)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_place import placed
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> str | None:
    return extract(text, Sample(id="r45", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("question", "text"), [
    ("Where is the nodule?", "The heart is enlarged. The nodule is in the left upper lobe and measures 8 mm."),
    ("Where is the lesion?", "The brain shows diffuse atrophy. A small enhancing lesion is in the right cerebellar hemisphere."),
    ("Where is the lesion?", "It lies in the liver dome, beneath the right hemidiaphragm."),
    ("Where is the hematoma?", "The haematoma is in the left frontal lobe; it crosses into the left parietal lobe."),
    ("Which part of the colon is affected?", "The colon is thickened in the descending colon and the sigmoid."),
    ("Where is the fracture?", "The left humerus is intact. There is a fracture in the right radius, distal third."),
])
def test_place_not_read(question: str, text: str) -> None:
    assert placed(text, question) is None


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Which lobe is collapsed?", "The left lower lobe is collapsed, with the hemidiaphragm elevated.", "left lower lobe"),
    ("Which lobe is affected?", "The right middle lobe is opacified, obscuring the right heart border.", "right middle lobe"),
    ("Where is the nodule?", "In the right upper lobe and measures 9 mm with spiculated margins.", "right upper lobe"),
    # the lung's apex a site of its own since session 48 (lane location48): the whole place, no part word left over
    ("Where is the nodule?", "In the left lung apex.", "left lung apex"),
])
def test_place_still_read(question: str, text: str, answer: str) -> None:
    assert placed(text, question) == answer


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the diagnosis at the L4-L5 level?", "Posterior disc material compressing the thecal sac, consistent with a "
     "disc herniation.", "disc herniation"),
    ("What is the lesion at this site?", "A rim-enhancing collection with gas, consistent with an abscess.", "abscess"),
    ("What is the abnormality seen at the level of the carina?", "A soft-tissue mass compressing the trachea, consistent "
     "with a bronchogenic cyst.", "bronchogenic cyst"),
    ("¿Cuál es el diagnóstico?", "Hallazgos compatibles con neumonía. No se trata de una neoplasia.", "neumonía"),
])
def test_conclusion_kept(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == answer


@pytest.mark.parametrize(("question", "text", "wrong"), [
    ("该影像学检查显示的主要异常是什么？", "CT显示右肺上叶可见一个分叶状肿块。", "ct"),
    ("这是什么成像平面？", "这是一张CT图像的冠状位重建。", "ct"),
    ("这是什么检查？", "这是一张超声心动图，显示左心室扩大。", "超声"),
    ("该图像的检查方法是什么？", "看起来像CT，但也不能排除是CBCT。", "ct"),
    ("图中有几个结节？", "可见两个结节，及胸膜下一小结节。", "2"),
    ("图中有几个结节？", "可见两个结节，左肺下叶同样有结节。", "2"),
    ("图中有几个结节？", "可见两个结节，胸膜下见一小结节。", "2"),
    ("¿Cuál es el diagnóstico?", "Hay una masa renal sólida. No se trata de un quiste simple, sino de un carcinoma.",
     "quiste simple"),
])
def test_not_misread(question: str, text: str, wrong: str) -> None:
    assert _read(text, question) != wrong


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("这是什么检查？", "这是一张CT图像，不能排除肺癌。", "ct"),
    ("图中有几个结节？", "可见两个结节，有分叶。", "2"),
    ("图中有几处骨折？", "可见两处骨折，累及胫骨及腓骨。", "2"),
])
def test_lane_readings_kept(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == answer
