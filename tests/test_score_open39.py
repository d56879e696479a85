"""Open answers graded wrong although the answer is plainly there (issue #7, session 39), both ways: a gold followed
by another name of its concept, an organ answer restated by its own enlargement, an organ named in the question's
other language, and a description turning ("However, ...") to the finding before a firm verdict. The near misses
(a list, a rejection, another organ, a doubt) stay unmatched or unread."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.open_verdict import verdict
from medstep.score.open_foreign_site import foreign_site
from medstep.score.open_grade import MatchStep, match_step
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

ENLARGED = "Which organ is enlarged?"
DX = "What is the diagnosis?"
ES = "¿Qué órgano muestra la lesión?"


@pytest.mark.parametrize(
    ("answer", "gold", "question", "step"),
    [
        ("avascular necrosis (osteonecrosis)", "avascular necrosis", DX, MatchStep.SYNONYM),
        ("shingles herpes zoster", "herpes zoster", DX, MatchStep.SYNONYM),
        ("Spleen enlarged at 16 cm, i.e. splenomegaly", "spleen", ENLARGED, MatchStep.TYPED),
        ("The liver spans 21 cm: hepatomegaly.", "liver", ENLARGED, MatchStep.TYPED),
        ("El bazo está aumentado de tamaño.", "spleen", "¿Qué órgano está aumentado?", MatchStep.TYPED),
        ("Le foie présente une lésion hypodense.", "liver", "Quel organe est atteint ?", MatchStep.TYPED),
        ("Die Milz ist deutlich vergrößert.", "spleen", "Welches Organ ist vergrößert?", MatchStep.TYPED),
        ("Il fegato mostra una lesione ipodensa.", "liver", "Quale organo presenta la lesione?", MatchStep.TYPED),
    ],
)
def test_plainly_there(answer: str, gold: str, question: str, step: MatchStep) -> None:
    assert match_step(answer, gold, question) is step


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("herpes zoster not shingles", "herpes zoster", DX),
        ("herpes zoster, impetigo", "herpes zoster", DX),
        ("herpes simplex shingles", "herpes zoster", DX),
        ("possible herpes zoster shingles", "herpes zoster", DX),
        ("cellulitis erysipelas impetigo herpes zoster tinea", "herpes zoster", DX),
        ("pneumonia consolidation", "pneumonia", DX),
        ("The spleen is normal; hepatomegaly is present.", "spleen", ENLARGED),
        ("Spleen and liver: hepatosplenomegaly", "spleen", ENLARGED),
        ("The spleen measures 15 cm, with hepatomegaly too", "spleen", ENLARGED),
        ("spleen, with nephromegaly", "spleen", ENLARGED),
        ("The liver is enlarged, along with splenomegaly", "liver", ENLARGED),
        ("No es el páncreas, es el hígado.", "pancreas", ES),
        ("El hígado es normal; la lesión está en el bazo.", "liver", ES),
        ("Posiblemente el páncreas o el bazo.", "pancreas", ES),
        ("Pas de lésion du foie.", "liver", "Quel organe est atteint ?"),
        ("Die Leber ist normal.", "liver", "Welches Organ ist betroffen?"),
        ("病变不在胰腺，而在肝脏。", "pancreas", "病变位于哪个器官？"),
        ("可能是胰腺", "pancreas", "病变位于哪个器官？"),
        ("El páncreas y el bazo están afectados.", "pancreas", ES),
        ("Colecistitis aguda; el páncreas se ve con grasa.", "pancreas", ES),
        ("El bazo, el hígado, el páncreas, el riñón y el estómago.", "pancreas", ES),
    ],
)
def test_near_misses_stay_unmatched(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is None


def test_organ_via_enlargement_with_another_called_normal() -> None:
    said = "The spleen measures 17 cm craniocaudally, consistent with splenomegaly. The liver is normal in size."
    assert match_step(said, "spleen", ENLARGED) is MatchStep.TYPED


ABN = "What is the abnormality in the image?"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The heart size is normal and the lungs are clear. However, there is a lucent line across the left femoral neck. "
            "This represents a femoral neck fracture.",
            "femoral neck fracture",
        ),
        (
            "Alignment is preserved. However, the odontoid shows a lucent line at its base. This represents a type II "
            "odontoid fracture.",
            "type II odontoid fracture",
        ),
    ],
)
def test_turn_from_normal_findings_before_a_firm_verdict(text: str, label: str) -> None:
    assert verdict(text, ABN) == label


@pytest.mark.parametrize(
    "text",
    [
        "This represents pneumonia. However, atelectasis could look identical.",
        "It could be pneumonia. However, the pattern represents atelectasis.",
        "However, I am not sure. This represents a lipoma.",
        "The lungs are clear. However, an abscess or a tumour remains possible. This represents a tumour.",
        "But maybe it is nothing. This represents an artefact.",
        "Alternatively, a lymphoma. This represents a thymoma.",
        "The bones are fine. However, there is a lucency of the radius. It is consistent with a Colles fracture.",
    ],
)
def test_turns_that_hold_the_answer_open_stay_unread(text: str) -> None:
    assert verdict(text, ABN) is None


FR = "Quel organe est atteint ?"
DE = "Welches Organ ist betroffen?"
IT = "Quale organo è colpito?"
PT = "Qual órgão está acometido?"


def _credited(text: str, question: str, gold: str) -> bool:
    """The whole pipeline, as ``bench_redteam._judge_item`` runs it: the grader sees the extractor's normalised answer
    (no commas, semicolons, "?" or hyphens), not the raw sentence."""
    sample = Sample(id="t", question=question, answer=gold, answer_type=AnswerType.OPEN, options={})
    ext = extract(text, sample)
    return ext.answer is not None and bool(grade(sample, ext, Generation(text=text)).correct)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        ("Respuesta: el riñón, con una masa sólida.", ES, "kidney"),
        ("Réponse : le pancréas.", FR, "pancreas"),
        ("Betroffen ist die Milz.", DE, "spleen"),
        ("La lesión se localiza en el bazo.", ES, "spleen"),
        ("Die Niere zeigt eine Zyste.", DE, "kidney"),
        ("Il rene sinistro presenta una massa.", IT, "kidney"),
        ("O órgão acometido é o fígado.", PT, "liver"),
    ],
)
def test_foreign_organ_credited_through_the_pipeline(text: str, question: str, gold: str) -> None:
    assert _credited(text, question, gold)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        # denied, conditional, hedged or rejected once the punctuation and hyphens are gone
        ("El páncreas no muestra alteraciones.", ES, "pancreas"),
        ("Si la lesión estuviera en el páncreas, se vería una masa hipodensa.", ES, "pancreas"),
        ("Wenn die Leber betroffen wäre, sähe man Aszites.", DE, "liver"),
        ("Peut-être le pancréas.", FR, "pancreas"),
        ("Quizás el riñón.", ES, "kidney"),
        ("Lesión en el hígado? Improbable.", ES, "liver"),
        ("Lesión en el bazo? Poco probable.", ES, "spleen"),
        # called normal in the language's own words (the one list of ``extract/normality``)
        ("Die Leber ist unauffällig, die Läsion liegt in der Milz.", DE, "liver"),
        ("Die Niere ist unauffällig.", DE, "kidney"),
        ("Il fegato appare regolare, lesione splenica.", IT, "liver"),
        ("Le rein gauche est sain, la lésion touche la rate.", FR, "kidney"),
        ("Il pancreas è integro.", IT, "pancreas"),
        ("O fígado está preservado, lesão no baço.", PT, "liver"),
        # named in passing after another clause whose ";" or "," the extractor dropped
        ("Hepatocarcinoma; el páncreas se ve atrófico.", ES, "pancreas"),
        ("Quiste hidatídico; el bazo está aumentado.", ES, "spleen"),
        ("Linfoma; el bazo está agrandado.", ES, "spleen"),
        ("Adenome surrénalien, le foie est stéatosique.", FR, "liver"),
    ],
)
def test_foreign_organ_near_misses_not_credited_through_the_pipeline(text: str, question: str, gold: str) -> None:
    assert not _credited(text, question, gold)


@pytest.mark.parametrize(
    "answer",
    ["unauff" * 3400, "sano " * 4000, "peut " * 4000 + "le pancréas", "el " * 7000 + "páncreas", "hígado " * 2900],
    ids=["normal-word", "normal-repeated", "doubt", "lead-words", "organ"],
)
def test_long_hostile_foreign_answer_is_judged_without_hanging(answer: str) -> None:
    """The doubt, normal and lead-word reads are linear: a 20,000-character answer is judged well inside the hang
    guard (the bound is twenty times what it takes)."""
    foreign_site("warm", "liver", ES)  # the vocabulary loads once, outside the bound
    start = time.process_time()
    foreign_site(answer, "pancreas", ES)
    assert time.process_time() - start < 20.0
