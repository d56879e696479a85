"""Wrong readings of issue #7 that session 41's wrong41 lane removes, each read both ways in words other than the
corpus's: the misreading's shape gives no answer, and the near miss that must still be read keeps its answer.

* One aspect of an organ called normal is not the organ normal ("Normal splenic contour." to "Is the spleen normal?");
  its appearance, two aspects, its size and a compartment's contours still are (``findings_words.aspect_said``).
* An organ called normal with a finding stated in it after ("Normal kidney; a 3 cm mass arises from the lower pole.")
  says both (``abnormal_undercut.normal_beside_finding``, now read by the antonym reader too).
* A pole that names the question's subject is not the property asked ("Does the solid nodule contain fat?").
* A subject that is a class by frequency ("The commonest cause of ... is ...") states general knowledge.
* An option heading whose description says it has gone ("Consolidation: cleared since ...") selects nothing.
* A verdict inferred from a description cut before its finding is truncated; an echoed prompt with its instruction,
  the name of the study alone, and a tour of anatomy on one line answer nothing.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.antonym_question import parse_question
from medstep.extract.open_knowledge import states_knowledge
from medstep.extract.open_template import instructs
from medstep.extract.open_technique import names_study_only
from medstep.extract.open_tour import tour_only
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep

_EFFUSION = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Consolidation"}


def _read(kind: str, question: str, text: str, options: dict[str, str] | None = None) -> tuple[str | None, str]:
    gold = {"closed": "yes", "choice": "A"}.get(kind, "x")
    got = extract(
        text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType(kind), options=options or {})
    )
    return got.answer, got.rule


UNREAD = [
    ("closed", "Is the spleen normal?", "Normal splenic contour."),
    ("closed", "Is the kidney abnormal?", "The kidney has normal echogenicity."),
    ("closed", "Is the brain normal?", "Normal brain signal."),
    ("closed", "Is the kidney normal?", "Normal renal cortical thickness."),
    ("closed", "Is the uterus abnormal?", "The uterus is normal in position."),
    ("closed", "Is the kidney abnormal?", "Normal kidney; a 3 cm mass arises from the lower pole."),
    ("closed", "Is the spleen normal?", "The spleen is unremarkable; a small cyst is present."),
    ("closed", "Is the pancreas abnormal?", "The pancreas is normal. It contains a cyst in the tail."),
    ("closed", "Does the solid nodule contain fat?", "A solid nodule."),
    ("closed", "Is there appendicitis?", "The most common cause of right iliac fossa pain is appendicitis."),
    ("closed", "Is there a hemangioma?", "The most common benign liver tumour is a hemangioma."),
    ("open", "What is the diagnosis?", "The commonest cause of small bowel obstruction is adhesions."),
    ("open", "What is the abnormality?", "The usual site of an ectopic pregnancy is the ampulla."),
    (
        "closed",
        "Is there a pneumothorax?",
        "Lungs are expanded. The heart is normal. At the right apex there is a thin line of",
    ),
    ("open", "What is the abnormality?", "What is the abnormality?\nAnswer this question briefly."),
    ("open", "Which organ is enlarged?", "Contrast-enhanced CT of the abdomen."),
    (
        "open",
        "What is the abnormality?",
        "The image shows an axial slice of the abdomen. The liver is on the left side, "
        "and the stomach is anterior to the spleen.",
    ),
]


@pytest.mark.parametrize(("kind", "question", "text"), UNREAD)
def test_misreading_shape_gives_no_answer(kind: str, question: str, text: str) -> None:
    assert _read(kind, question, text)[0] is None


@pytest.mark.parametrize(
    "text", ["Pneumothorax: resolved compared with yesterday.", "Cardiomegaly: has disappeared after treatment."]
)
def test_heading_gone_selects_nothing(text: str) -> None:
    assert _read("choice", "Which finding is present?", text, _EFFUSION)[0] is None


READ = [
    ("closed", "Is the spleen normal?", "The spleen is unremarkable.", "yes"),
    ("closed", "Is the liver normal?", "Normal appearance of the liver.", "yes"),
    ("closed", "Is the mediastinum normal?", "The mediastinal contours are normal.", "yes"),
    ("closed", "Is the heart normal?", "Heart normal in size and shape; no cardiomegaly.", "yes"),
    (
        "closed",
        "Is the pancreas abnormal?",
        "The pancreas is normal in size, contour and enhancement, with no ductal dilatation.",
        "no",
    ),
    ("closed", "Is the kidney abnormal?", "Normal kidney.", "no"),
    ("closed", "Is the lesion cystic?", "It is a simple cyst.", "yes"),
    ("closed", "Is it cystic in nature?", "It is a solid lesion.", "no"),
    ("closed", "Is there a fracture?", "The alignment is normal. No fracture is seen.", "no"),
    ("closed", "Is there appendicitis?", "There is acute appendicitis.", "yes"),
    ("open", "What is the most likely diagnosis?", "The most likely diagnosis is a hemangioma.", "hemangioma"),
    ("open", "Which organ is affected?", "Which organ is affected?\nThe spleen.", "spleen"),
    ("open", "What is the imaging modality?", "Contrast-enhanced CT of the abdomen.", "contrast enhanced ct"),
    ("choice", "Which finding is present?", "Consolidation: dense opacity in the right lower lobe.", "D"),
]


@pytest.mark.parametrize(("kind", "question", "text", "answer"), READ)
def test_near_miss_keeps_its_answer(kind: str, question: str, text: str, answer: str) -> None:
    assert _read(kind, question, text, _EFFUSION if kind == "choice" else None)[0] == answer


def test_cut_description_is_truncated() -> None:
    assert _read("closed", "Is there a fracture?", "The alignment is normal. Along the distal radius there is a") == (
        None,
        "truncated",
    )


def test_new_patterns_read_long_hostile_text_linearly() -> None:
    reads_linearly(lambda s: parse_question(f"Does the cyst {s}?"), rep("contain ", 2_500))
    reads_linearly(lambda s: states_knowledge(f"The most common {s} is X.", "What is it?"), rep("cause of ", 2_200))
    reads_linearly(lambda s: instructs(f"Answer the question {s}", "What is it?"), rep("using ", 3_300))
    reads_linearly(lambda s: names_study_only(f"axial ct {s}", "What is it?"), rep(". ", 10_000))
    reads_linearly(
        lambda s: tour_only(f"This is a CT of the chest. The heart is {s} on the left.", "What is it?"),
        rep(", and the ", 2_000),
    )
