"""Open replies stating general knowledge about the thing asked, not what this image shows (issue #7, false
decisions; ``extract/open_knowledge.py``).

A norm ("A normal aortic root measures up to 4 cm."), a method ("Renal length should be measured on the longest
sagittal image."), a scale described ("The Fleischner criteria grade nodules by size and risk.") or where a class
usually is ("Most meningiomas arise along the falx.") commits to no value or place of this case; read as the answer it
is a false decision. A sentence that names this case's value beside a norm, a label with a textbook aside, a subject
naming a candidate, and a question about a class itself stay answers.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_knowledge import states_knowledge
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="k", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    # a norm of the thing asked
    ("What is the diameter of the aortic root?", "A normal aortic root measures up to about 4 cm in adults."),
    ("What is the thickness of the gallbladder wall?", "The gallbladder wall normally measures less than 3 mm."),
    # how it is measured or graded
    ("What is the length of the right kidney?", "Renal length should be measured on the longest sagittal image of the "
                                                "kidney."),
    ("What is the Lung-RADS category of the nodule?", "The Lung-RADS system assigns categories by nodule size, type "
                                                      "and growth."),
    ("What is the grade of the hydronephrosis?", "Hydronephrosis is graded 1 to 4 by the degree of pelvicalyceal "
                                                 "dilatation."),
    ("What is the Risser stage?", "Risser staging depends on how far ossification of the iliac apophysis has "
                                  "progressed."),
    # where a class usually is, with a frame and a quantifier
    ("Where is the meningioma located?", "Most meningiomas arise along the falx, the convexity or the sphenoid wing."),
    ("Where is the ovarian torsion?", "In children, ovarian torsion is typically right-sided; a mass acts as the lead "
                                      "point in many cases."),
    ("How wide is the appendix?", "An appendix is usually considered dilated when its outer diameter exceeds 6 mm."),
    # a thing is "best shown" by a technique: a habit, not a sighting
    ("How large is the knee effusion?", "A knee effusion is best shown on a lateral view as a suprapatellar density."),
])
def test_general_knowledge_about_the_thing_asked_is_no_answer(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text"), [
    # this case's value stated, a norm beside it
    ("What is the diameter of the aortic root?", "The aortic root measures 4.6 cm, above the usual 4 cm."),
    ("What is the diameter of the aortic root?", "Aortic root is 4.6 cm, normally under 4 cm."),
    ("What is the grade of the hydronephrosis?", "Hydronephrosis is graded as grade 3 on the left."),
    ("What is the Risser stage?", "Risser stage is 4."),
    # a label with a textbook aside: no statement of its own
    ("Where is the meningioma located?", "Along the falx, where most meningiomas arise."),
    ("What is the diagnosis?", "Ependymoma, which typically arises in the fourth ventricle in children."),
    ("What is the diagnosis?", "Colles fracture — the distal fragment is typically angulated dorsally."),
    # the subject names a candidate: how a model names its answer
    ("What condition causes the target sign on this ultrasound?", "Intussusception is the classic cause of a target "
                                                                  "sign in a child."),
    # pointing at this case
    ("Where is the meningioma located?", "Here it sits along the falx, where most meningiomas arise."),
    ("What is the thickness of the gallbladder wall?", "The wall is thickened to 5 mm; normally it measures under "
                                                       "3 mm."),
])
def test_this_cases_answer_beside_general_knowledge_is_read(question: str, text: str) -> None:
    answer, _ = _read(text, question)
    assert answer is not None


def test_a_question_about_a_class_is_answered_by_general_knowledge() -> None:
    # "What type of X ...?" with nothing of this case asks for knowledge: a general statement is its answer
    assert not states_knowledge("A bone lesion with a fluid-fluid level is most often an aneurysmal bone cyst.",
                                "What type of bone lesion commonly shows fluid-fluid levels?")
    assert states_knowledge("A bone lesion with a fluid-fluid level is most often an aneurysmal bone cyst.",
                            "What is the most likely diagnosis of the lesion shown?")


@pytest.mark.parametrize(("question", "text"), [
    ("What is the most likely diagnosis?", "This is an abdominal CT."),
    ("What is the abnormality?", "This is a pelvic MRI."),
    ("What is the diagnosis?", "It is a thoracic CT. CT uses X-rays to produce cross-sectional images."),
])
def test_an_image_named_by_its_region_adjective_is_no_answer(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


def _verdict(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="k", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    ("Is there a knee effusion?", "In adults, a knee effusion distends the suprapatellar recess and is best confirmed "
                                  "with ultrasound."),
    ("Is there a pneumoperitoneum?", "Pneumoperitoneum is most reliably detected on an erect chest film or on CT."),
    ("Is the gallbladder wall thickened?", "A gallbladder wall over 3 mm is usually considered thickened in a fasting "
                                           "patient."),
])
def test_general_knowledge_gives_no_verdict(question: str, text: str) -> None:
    assert _verdict(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text", "verdict"), [
    ("Are the kidneys normal in size?", "Both kidneys measure about 10 cm, normal for an adult.", "yes"),
    ("Is there a knee effusion?", "Yes: the suprapatellar recess is distended, as an effusion usually does.", "yes"),
    # "normally" after its verb says how this case's organ behaves, not what usually holds
    ("Is there mesenteric ischaemia?", "The small bowel loops enhance normally.", "no"),
])
def test_a_verdict_or_this_cases_value_beside_knowledge_is_read(question: str, text: str, verdict: str) -> None:
    assert _verdict(text, question)[0] == verdict
