"""Lane openfocus38 (issue #7): the concise answer of a long, structured or non-English open reply, and no answer
from pleasantries or a weighed pair.

- A subject restating the question in Spanish, French, German, Italian or Portuguese, and its copula, frame the answer
  as the English "The affected organ is ..." does (``open_frames._FOREIGN_SUBJECT``); to a question asking which organ
  or part, a conclusion after the answer ("..., compatible con pancreatitis aguda") is a tail, not the answer.
- A stated diagnosis in those languages ("Die wahrscheinlichste Diagnose ist eine ...") is a verdict cue in a longer
  reply (``open_verdict._FOREIGN_CUE``).
- A Chinese answer restating the tail of the question's words ("病变位于…" to "图中病变位于哪个肺叶？") is unframed, a
  clause after its own dropped only when it opens with a descriptive word (呈, 边界, ...) and adds or corrects nothing
  (also/and, 准确, a side or a lobe: ``langwords.ZH_ADDS``).
- "I'm happy to help!" and "Please let me know if you have any other questions about <short topic>" are courtesies;
  a topic running on into a reading ("about pneumonia, which is the most likely diagnosis") is not.
- An "Assessment:" field concludes a report as "Impression:" does, unless its body is a plan or a numbered list;
  "Total: four" closes a tally.
- A stated foreign diagnosis is a cue only when it is the likeliest, or an indefinite article or a finding follows;
  one called final or definitive never overrides an earlier verdict.
(Repair after review: "Both diagnoses fit ..." as a held-open pair was removed; it fired on findings questions and
after a pick.)
- Closing advice with "also" ("I'd also want to check ...") names no second thing: the verdict before it stands.
- The grader reads a bare Chinese side with its 侧 ("左侧") as the side, as it reads it inside a frame.
Texts written for the lane, not copied from the probes.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_frames import unframed
from medstep.extract.open_generic import courtesy
from medstep.types import AnswerType, Sample, Status
from support.timing import Grown, reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


ANSWERED = [
    ("¿Qué órgano está afectado?", "El órgano afectado es el **hígado**, que aparece aumentado de tamaño, compatible "
     "con hepatitis aguda.", "hígado"),
    ("Quel organe est atteint ?", "L'organe atteint est le rein gauche, qui est augmenté de volume.", "rein gauche"),
    ("Qual organo è visibile?", "L'organo visibile è il fegato.", "fegato"),
    ("Welches Organ ist vergrößert?", "Das vergrößerte Organ ist die Milz.", "milz"),
    ("Was ist die wahrscheinlichste Diagnose?", "Im Röntgenbild sieht man freie Luft unter beiden Zwerchfellkuppeln. "
     "Die wahrscheinlichste Diagnose ist eine Hohlorganperforation.", "hohlorganperforation"),
    ("¿Cuál es el diagnóstico más probable?", "La TC muestra un apéndice engrosado de 12 mm con trabeculación de la "
     "grasa. El diagnóstico más probable es una apendicitis aguda.", "apendicitis aguda"),
    ("图中病变位于哪个肺叶？", "病变位于左肺下叶，呈斑片状实变影。", "左肺下叶"),
    ("Which organ is affected?", "The affected organ is the pancreas, which appears swollen, consistent with acute "
     "pancreatitis.", "pancreas"),
    ("What is the abnormality?", "**Findings:**\n* **Optic disc:** Normal\n* **Retina:** drusen at the macula\n\n"
     "**Assessment:** Dry age-related macular degeneration.", "dry age related macular degeneration"),
    ("How many lesions are seen?", "Right frontal, left parietal (cortical) + right cerebellar. Total: three.", "three"),
    # the clauses after a restated frame conclude otherwise: the conclusion answers, not the place before it
    ("病变是什么？", "病变位于右肺上叶，边界清楚，诊断为错构瘤。", "错构瘤"),
    # a stated finding after the stated diagnosis is no second verdict
    ("¿Cuál es el diagnóstico más probable?", "La TC muestra un apéndice engrosado. El diagnóstico más probable es una "
     "apendicitis aguda. El hallazgo principal es un apendicolito.", "apendicitis aguda"),
    # a pick before "both ... fit" stands
    ("What is the most likely diagnosis?", "My leading diagnosis is lymphoma, although both diagnoses are plausible.",
     "lymphoma"),
    # a later "final diagnosis is <how it is made>" does not override the stated likeliest one
    ("Quel est le diagnostic le plus probable ?", "Le diagnostic le plus probable est une sarcoïdose. Le diagnostic "
     "final est histologique.", "sarcoïdose"),
    ("Quel est le diagnostic ?", "Il s'agit d'une pneumonie lobaire. Le diagnostic est confirmé par la radiographie.",
     "pneumonie lobaire"),
    # an Assessment field that is a plan is no verdict: the answer before it stands
    ("What is the most likely diagnosis?", "Pneumothorax.\n\n**Assessment:** Urgent decompression recommended.",
     "pneumothorax"),
    ("What is the most likely diagnosis?", "The fundus shows flame-shaped haemorrhages in all four quadrants and "
     "tortuous veins. This is consistent with central retinal vein occlusion. I'd also want to check the blood "
     "pressure.", "central retinal vein occlusion"),
]


@pytest.mark.parametrize(("question", "text", "answer"), ANSWERED)
def test_concise_answer(question: str, text: str, answer: str) -> None:
    got = extract(text, _open(question))
    assert got.answer == answer, (got.answer, got.rule)


KEPT = [
    # the subject is a thing of its own, not the question's words: no frame
    ("¿Qué órgano está afectado?", "El paciente es un varón de 40 años con dolor abdominal."),
    # a negation opening what follows the frame keeps it
    ("Welches Organ ist betroffen?", "Das betroffene Organ ist nicht die Leber, sondern die Milz."),
    # a Chinese clause after the answer that hedges keeps the reply whole
    ("图中病变位于哪个肺叶？", "病变位于左肺下叶，可能累及舌段。"),
    # a clause naming a second site or correcting the first keeps the reply whole
    ("图中病变位于哪个肺叶？", "病变位于左肺下叶，舌段亦可见小片状影。"),
    ("图中病变位于哪个肺叶？", "病变位于左肺下叶，准确地说是左肺上叶。"),
    ("病变位于哪一侧？", "病变位于左侧，同时累及右侧。"),
    ("Quel organe est atteint ?", "L'organe atteint est le rein, qui est normal ; c'est en fait la rate qui est atteinte."),
    ("¿Qué órgano está afectado?", "El órgano afectado es el riñón, que presenta quistes, y el bazo, que también."),
]


@pytest.mark.parametrize(("question", "text"), KEPT)
def test_frame_not_taken(question: str, text: str) -> None:
    assert unframed(text, question).startswith(text[:8])  # the subject stays (a tail after it may go)


NO_ANSWER = [
    ("What is shown in the image?", "I'm happy to help! Please let me know if you have any other questions about "
     "radiology or anatomy.", Status.UNPARSED),
]


@pytest.mark.parametrize(("question", "text", "status"), NO_ANSWER)
def test_no_answer(question: str, text: str, status: Status) -> None:
    got = extract(text, _open(question))
    assert got.answer is None and got.status is status, (got.answer, got.status)


def test_answer_after_courtesy_kept() -> None:
    got = extract("I'm happy to help! The diagnosis is a pneumothorax.", _open("What is the diagnosis?"))
    assert got.answer == "pneumothorax"


@pytest.mark.parametrize("sentence", ["I'm happy to help!", "Please let me know if you have any other questions.",
                                      "Let me know if you have any further questions about MRI physics.",
                                      "Let me know if you have any other questions about CT, MRI, or ultrasound."])
def test_courtesy(sentence: str) -> None:
    assert courtesy(sentence)


@pytest.mark.parametrize("sentence", ["I'm happy to help: it is a pneumothorax.",
                                      "Let me know if the pneumothorax grows.",
                                      "Let me know if you have any other questions about the kidney, which shows a cyst.",
                                      "Let me know if you have any other questions about this probable abscess."])
def test_not_courtesy(sentence: str) -> None:
    assert not courtesy(sentence)


@pytest.mark.parametrize(("question", "text"), [
    ("What abnormalities are seen?", "A left pneumothorax and rib fractures. Both conditions are consistent with trauma."),
    ("What is the most likely diagnosis?", "Please let me know if you have any other questions about appendicitis, which "
     "is the most likely diagnosis."),
])
def test_answer_read(question: str, text: str) -> None:
    """A findings reply ending "both ... consistent with" and a courtesy running into a reading still answer."""
    assert extract(text, _open(question)).answer is not None


def test_assessment_list_not_its_number() -> None:
    got = extract("**Assessment:** 1. Aortic dissection 2. Pericardial effusion", _open("What is the diagnosis?"))
    assert got.answer != "1"


@pytest.mark.parametrize(
    "text",
    [
        rep("let me know if you have any other questions about ", 400, tail="x"),
        rep("el órgano afectado ", 1000, tail="es el"),
        rep("病变位于左侧，呈", 1000, tail="也"),
    ],
)
def test_lane_patterns_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: courtesy(t) or unframed(t, "¿Qué órgano está afectado?") or unframed(t, "病变位于哪一侧？"), text)


def test_courtesy_linear_on_blanks() -> None:
    """The courtesy's short topic and closing marks are possessive: a long blank run is scanned once (the review's
    trap: 5.9 s on 2,000 characters). ``unframed`` on such a run is slow on main too, and is not measured here."""
    reads_linearly(courtesy, rep(" \t", 10000, head="let me know if you have any other questions about ", tail="!x"))


def test_bare_chinese_side_grades_as_side() -> None:
    """The Chinese frame now cut ("病变位于左侧" -> "左侧"), the side with its 侧 grades as the side alone, as the
    framed reply did."""
    from medstep.score.open_grade import grade_open

    assert grade_open("左侧", "左", "该病变位于哪一侧？").matched
    assert not grade_open("左侧", "右", "该病变位于哪一侧？").matched
