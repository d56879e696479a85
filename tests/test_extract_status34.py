"""Lane status34 (issue #7): a reply cut before its decision is ``truncated``; two candidates then "can't tell" is
``ambiguous``.

A reply that decides nothing and stops where no sentence can stop (an article, a preposition, a linking or helping
verb, a conjunction, a relative word, "the answer is", an open bracket, a word broken off; in English, the European
languages and Chinese: ``answers/unfinished.py``, ``extract/cut.unfinished``) was cut at the token limit. A reply that
offers two or more candidates and then says it cannot tell between them (``extract/held_open.torn``) is torn between
answers, not declining the task. Negative cases: complete replies without a full stop, answers cut after the decision,
policy and ability refusals that name a differential, hedges that commit, and a prompt echoed before "The answer is".
Texts written for this lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_text
from medstep.extract import extract
from medstep.extract.cut import echo_only, unfinished
from medstep.extract.held_open import torn
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

O4 = {"A": "Pneumonia", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Mass"}
O5 = {"A": "Toxoplasmosis", "B": "Primary CNS lymphoma", "C": "Glioblastoma", "D": "Metastasis"}
O6 = {"A": "Sarcoidosis", "B": "Tuberculosis", "C": "Lymphoma", "D": "Silicosis"}

CUT = [
    ("closed", "Is there a pneumothorax?", {}, "Looking at the right hemithorax, the lung markings are"),
    ("closed", "Is there a fracture of the femoral neck?", {},
     "The cortex appears intact medially, and the trabecular pattern of the femoral neck would"),
    ("closed", "Is the mediastinum widened?", {},
     "**Assessment:**\n- Heart size: within normal limits\n- Mediastinum: the contour is"),
    ("closed", "Is there cardiomegaly?", {}, "La silueta cardíaca es"),
    ("closed", "Is the liver lesion malignant?", {}, "Le foie présente une lésion hypodense dont les contours sont"),
    ("closed", "左肾有积水吗？", {}, "左肾大小正常，肾盂扩张程度为"),
    ("choice", "What is the most likely diagnosis?", O5, "Given the ring-enhancing lesion with surrounding oedema in a "
     "patient with HIV, the most likely diagnosis among these options would be"),
    ("choice", "What is the most likely diagnosis?", O6,
     "Considering the bilateral hilar nodes and perilymphatic nodules, I think the answer is"),
    ("open", "Was ist die wahrscheinlichste Diagnose?", {}, "Die wahrscheinlichste Diagnose ist"),
    ("open", "Qual è la diagnosi più probabile?", {}, "La diagnosi più probabile è"),
    ("open", "该病变的诊断是什么？", {}, "该病变最可能的诊断是"),
    ("open", "Where is the mass?", {}, "There is a well-circumscribed mass centred in the ("),
    ("open", "What is the diagnosis?", {}, "Findings:\n* Liver: enlarged, smooth outline\n* There is intra"),
    ("closed", "Is there a meniscal tear?", {}, "The medial meniscus shows a linear signal that extends to the "
     "articular surface, and whether this represents"),
    ("closed", "Is there osteoporosis?", {}, "The bone density appears reduced, which could"),
]
TORN = [
    ("closed", "Is the nodule malignant?", {}, "The nodule has spiculated margins which could indicate cancer, but it "
     "also has popcorn calcification typical of a hamartoma. It's hard to say from a single image."),
    ("open", "病变位于哪里？", {}, "病变可能位于胰头，也可能位于十二指肠，两者难以区分。"),
    ("choice", "What is the abnormality on this chest radiograph?", O4, "The opacity may be consolidation, but it could "
     "also be a pleural effusion layering posteriorly. I can't determine which from this view."),
    ("open", "Which organ is shown?", {}, "Possibly the liver, possibly the spleen — the image is cropped and it is "
     "impossible to say."),
    ("open", "What joint is this?", {}, "This appears to be the knee. Or it might be the elbow — the image is too small "
     "to be sure."),
    ("closed", "Is there appendicitis?", {}, "Could be early appendicitis, could be a normal appendix. Hard to tell on "
     "this ultrasound."),
    ("closed", "¿Es benigna la lesión?", {}, "Es posible que sea un quiste, pero también podría ser un tumor sólido; es "
     "difícil decirlo."),
    ("closed", "病灶是恶性的吗？", {}, "病灶边界不清，可能为恶性，但也可能是炎症，难以确定。"),
    ("choice", "What is the most likely diagnosis?", O6,
     "Option C seems plausible, but so does option D. I cannot decide from the image."),
    ("closed", "Is there a pleural effusion?", {}, "On one hand the angle looks blunted; on the other hand it may be a "
     "skin fold. It is hard to say."),
]
KEPT = [  # (kind, question, options, text, answer or status): read as before this lane
    ("closed", "Is there a pneumothorax?", {}, "Yes", "yes"),
    ("closed", "Is there a fracture?", {}, "No acute fracture", "no"),
    ("choice", "What is the abnormality on this chest radiograph?", O4, "Answer: B", "B"),
    ("choice", "What is the abnormality on this chest radiograph?", O4, "C) Cardiomegaly", "C"),
    ("open", "What is the diagnosis?", {}, "## Diagnosis\nAortic dissection", "aortic dissection"),
    ("closed", "Is there a pneumothorax?", {}, "Yes, there is a pneumothorax on the right. The lung edge is", "yes"),
    ("choice", "What is the abnormality on this chest radiograph?", O4,
     "The answer is B. The lateral view also shows the", "B"),
    ("closed", "Is there a pneumothorax?", {}, "| Finding | Present |\n|---|---|\n| Pneumothorax | No |", "no"),
    ("closed", "Is the lesion malignant?", {},
     "I'm unable to view images, so I cannot tell whether this is benign or malignant.", "refused"),
    ("open", "What is the diagnosis?", {}, "I can't provide a medical diagnosis. Possibilities include lymphoma or "
     "sarcoidosis, but a physician must review it.", "refused"),
    ("open", "What is the diagnosis?", {},
     "I'm not in a position to diagnose this; the differential includes lymphoma and sarcoidosis.", "refused"),
    ("closed", "Is the lesion malignant?", {}, "It is difficult to say from this image alone.", "refused"),
    ("open", "诊断是什么？", {}, "我无法提供医学诊断，请咨询医生。", "refused"),
    ("choice", "What is the most likely diagnosis?", O6,
     "It could be A or B, but the fat density makes it A. Answer: A", "A"),
    ("closed", "Is the hip dislocated?", {}, "Answer: No, the hip is not dislocated, and the joint space is", "no"),
    ("choice", "What is the most likely diagnosis?", O6, "What is the most likely diagnosis? A) Sarcoidosis B) "
     "Tuberculosis C) Lymphoma D) Silicosis. The answer is", "unparsed"),
    ("closed", "Is there a fracture?", {}, "I don't think so", "no"),
    ("open", "哪个肾异常？", {}, "左肾", "左肾"),
    # review of the lane: a decision made before the cut, short complete answers, doubts about the image, declines
    ("open", "What is the diagnosis?", {}, "Pneumothorax. The lung edge is visible and the markings are absent beyond "
     "it, which is very", "pneumothorax"),
    ("open", "诊断是什么？", {}, "最可能的诊断为肺炎。右下肺可见实变影，提示", "肺炎"),
    ("open", "What is the diagnosis?", {}, "Cardiomegaly, nothing more", "cardiomegaly"),
    ("open", "What is the size of the nodule?", {}, "5 cm at most", "5 cm at most"),
    ("open", "Which prefix describes the density?", {}, "Hyper", "hyper"),
    ("open", "增强方式如何？", {}, "强化温和", "强化温和"),
    ("open", "Was ist die Diagnose?", {}, "Ich denke, dass es eine Pneumonie ist",
     "ich denke dass es eine pneumonie ist"),
    ("open", "¿Cuál es el diagnóstico?", {}, "Neumonía, sin duda, es lo que es", "neumonía"),
    ("closed", "Is there a pneumothorax?", {}, "The image is possibly rotated, and perhaps underpenetrated, so I can't "
     "tell.", "refused"),
    ("closed", "有气胸吗？", {}, "图像质量可能欠佳，也可能存在伪影，难以判断。", "refused"),
    ("choice", "What is the most likely diagnosis?", O6, "Hello! I appreciate you sharing the image. However, I'm not "
     "able to interpret medical images for diagnostic purposes. It might be an effusion; it might also be "
     "consolidation. Please consult a healthcare provider.", "refused"),
]


def _read(kind: str, question: str, options: dict[str, str], text: str) -> str:
    gold = {"choice": "A", "closed": "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes"}.get(kind, "x")
    sample = Sample(id="s34", question=question, answer=gold, answer_type=AnswerType(kind), options=options)
    got = extract(text, sample)
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("row", CUT, ids=[f"cut{i}" for i in range(len(CUT))])
def test_cut_before_decision(row: tuple[str, str, dict[str, str], str]) -> None:
    assert _read(*row) == "truncated"


@pytest.mark.parametrize("row", TORN, ids=[f"torn{i}" for i in range(len(TORN))])
def test_two_candidates_cannot_tell(row: tuple[str, str, dict[str, str], str]) -> None:
    assert _read(*row) == "ambiguous"


@pytest.mark.parametrize("row", KEPT, ids=[f"kept{i}" for i in range(len(KEPT))])
def test_reading_kept(row: tuple[str, str, dict[str, str], str, str]) -> None:
    got = _read(*row[:4])
    assert got == row[-1] or normalize_text(got) == normalize_text(row[-1])


@pytest.mark.parametrize(("text", "cut"), [
    ("The answer is", True), ("surrounding peri-", True), ("病灶位于", True), ("Der Befund ist", True),
    ("I think so", False), ("Answer: E", False), ("Pneumothorax", False), ("有积液存在", False), ("given IM", False),
    ("Yes, it is", False), ("Lymphoma, NOS", False), ("The cervical os", False), ("A displaced fracture;", False),
])
def test_unfinished_words(text: str, cut: bool) -> None:
    assert unfinished(text) is cut


def test_echo_and_torn_helpers() -> None:
    sample = Sample(id="s34", question="Which lobe?", answer="x", answer_type=AnswerType.OPEN, options={})
    assert echo_only("Which lobe? Which lobe? Which lobe? The answer is", sample)
    assert not echo_only("The answer is", sample)
    assert not torn("I can't provide a diagnosis; it could be a cyst or an abscess.")
    assert torn("It might be a schwannoma; it might equally be a meningioma. Without contrast I cannot tell.")


@pytest.mark.parametrize("text", [rep(" ", 20000, tail="is"), rep("could be ", 3000, tail="x"),
                                  rep("也可能", 5000, tail="难以确定"), rep("(", 20000), rep("a", 20000, tail="-"),
                                  rep("or it could be ", 1500, tail="hard to say"), rep("possibly ", 2500),
                                  rep("Which lobe? ", 1500, tail="The answer is")])
def test_linear(text: Grown[str]) -> None:
    sample = Sample(id="s34", question="Which lobe?", answer="x", answer_type=AnswerType.OPEN, options={})

    def cut_checks(run: str) -> None:
        unfinished(run)
        echo_only(run, sample)
        torn(run)

    reads_linearly(cut_checks, text)
