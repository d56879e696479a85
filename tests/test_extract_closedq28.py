"""Closed answers (session 28, issue #7) lost by how the question was read: the question framed as seeing ("Can you
see a pneumothorax?", "Could a fracture be identified?", "Does this echocardiogram display ...?"), a whole state asked
as a thing shown ("Does the image show a normal liver?" asks whether the liver is normal), and a place said after the
property ("Is the hip joint space reduced on the left?" asks it of the left hip joint space)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.implicit_terms import question_term
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, phrase, prop", [
    ("Can you see a pneumothorax?", "pneumothorax", None),
    ("Do you see an effusion on this film?", "effusion", None),
    ("Could we identify any free air?", "free air", None),
    ("Can a fracture be made out?", "fracture", None),
    ("Does this echocardiogram display a pericardial effusion?", "pericardial effusion", None),
    ("Is there radiographic evidence of pneumonia?", "pneumonia", None),
    ("Does the image show a normal liver?", "liver", "normal"),
    ("Does this scan show an unremarkable pancreas?", "pancreas", "unremarkable"),
    ("Is the hip joint space reduced on the left?", "left hip joint space", "reduced"),
    ("Is the lung collapsed on the left side?", "left lung", "collapsed"),
    ("Is the ankle joint space narrowed at the medial aspect?", "medial ankle joint space", "narrowed"),
])
def test_question_frames(question: str, phrase: str, prop: str | None) -> None:
    term = question_term(question)
    assert term is not None and (term.phrase, term.prop) == (phrase, prop)


@pytest.mark.parametrize("question", [
    "Can you see a pneumothorax or an effusion?",  # two things asked
    "Can't you see a fracture?",  # a negated question
    "Can you tell which side the effusion is on?",  # not a seeing frame
    "Does the image show a normal or enlarged heart?",
])
def test_question_frames_refused(question: str) -> None:
    assert question_term(question) is None


@pytest.mark.parametrize("question, text, expected", [
    # seeing frames
    ("Can you see a pneumothorax?", "No pneumothorax is seen.", "no"),
    ("Do you see an effusion on this film?", "There is a small right effusion.", "yes"),
    ("Can a fracture be identified?", "There is a fracture of the distal radius.", "yes"),
    ("Could you detect any free air?", "No free air.", "no"),
    ("Does this echocardiogram show a pericardial effusion?", "There is a small pericardial effusion.", "yes"),
    ("Do these views display a fracture?", "No fracture.", "no"),
    ("Do you see a fracture?", "A fracture cannot be excluded.", None),  # a hedge
    ("Can you see a pneumothorax?", "Possibly a small apical pneumothorax.", None),
    # a whole state asked as shown
    ("Does the image show a normal liver?", "The liver appears normal in size and echotexture.", "yes"),
    ("Does this CT show a normal spleen?", "The spleen is enlarged.", "no"),
    ("Does the scan show a normal pancreas?", "The pancreas is unremarkable.", "yes"),
    ("Does the image show a normal left kidney?", "The right kidney is normal.", None),  # the other side
    # a place after the property
    ("Is the hip joint space reduced on the left?", "The left hip joint space is reduced.", "yes"),
    ("Is the hip joint space reduced on the left?", "The right hip joint space is reduced.", None),
    ("Is the lung collapsed on the left side?", "The left lung is collapsed.", "yes"),
    ("Is the lung collapsed on the left side?", "The right lung is collapsed.", None),
    ("Is the kidney enlarged on the right?", "The right kidney is enlarged.", "yes"),
    ("Is the kidney enlarged on the right?", "The left kidney is enlarged.", None),
    ("Is the hemidiaphragm elevated on the right?", "The right hemidiaphragm is elevated.", "yes"),
    ("Is the ureter dilated on the left?", "The left ureter is not dilated.", "no"),
    ("Is the ureter dilated on the left?", "The left ureter may be dilated.", None),
])
def test_read(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a broader denial keeping some of the question's own words denies the narrower asked term
    ("Is there a left basal effusion?", "No left effusion.", "no"),
    ("Is there a left basal effusion?", "No effusion on the left.", "no"),
    ("Is there a right apical pneumothorax?", "No right pneumothorax.", "no"),
    ("Is there a left lower lobe consolidation?", "There is no left-sided consolidation.", "no"),
    ("Is there a displaced right rib fracture?", "No right rib fracture.", "no"),
    # ... never the narrower denial for the broader question, the other side, or an exception beside it
    ("Is there a left effusion?", "No left basal effusion.", None),
    ("Is there a right rib fracture?", "No displaced right rib fracture.", None),
    ("Is there a right apical pneumothorax?", "No left pneumothorax.", None),
    ("Is there a right basal effusion?", "No effusion on the left.", None),
    ("Is there a left basal effusion?", "No effusion on the left, small right effusion.", None),
    ("Is there a consolidation?", "There is no left-sided consolidation.", None),
    # a joint's or gland's noun after its name is implied
    ("Is there a knee joint effusion?", "There is a small knee effusion.", "yes"),
    ("Is there an ankle joint effusion?", "Moderate ankle effusion is seen.", "yes"),
    ("Is there an elbow joint effusion?", "No elbow effusion.", "no"),
    ("Is there a knee joint effusion?", "There is a small knee joint effusion.", "yes"),
    ("Is there a thyroid gland nodule?", "A 1 cm thyroid nodule.", "yes"),
    ("Is there a knee joint effusion?", "There is a small hip effusion.", None),
    ("Is there a hip joint effusion?", "There may be a small hip effusion.", None),
])
def test_read_terms(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a qualified denial beside a small finding of another kind: the small thing undercuts nothing
    ("Is there an intracranial haemorrhage?", "No acute intracranial haemorrhage. Small old lacunar infarct in the "
     "left thalamus.", "no"),
    ("Is there a fracture?", "No acute fracture. Mild degenerative change at L4-5.", "no"),
    ("Is there a pneumothorax?", "No significant pneumothorax. Mild cardiomegaly.", "no"),
    ("Is there hydronephrosis?", "No significant hydronephrosis. Small simple cyst in the left kidney.", "no"),
    # ... but the asked finding, its kin or a thing of no known kind stays a doubt
    ("Is there a fracture?", "No acute fracture. Small old healed fracture of the left 6th rib.", None),
    ("Is there an intracranial haemorrhage?", "No acute intracranial haemorrhage. Small subdural collection on the "
     "left.", None),
    ("Is there a pleural effusion?", "No significant pleural effusion. Small amount of fluid in the fissure.", None),
    ("Is there an infarct?", "No acute infarct. Small old infarct in the right cerebellum.", None),
])
def test_undercut(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a costophrenic angle sharp or blunted (extract/antonym_pairs.py)
    ("Is the right costophrenic angle clear?", "The right costophrenic angle is blunted.", "no"),
    ("Is the left costophrenic angle sharp?", "Blunted left costophrenic angle.", "no"),
    ("Is the left costophrenic angle clear?", "Left CP angle obliterated by a small effusion.", "no"),
    ("Is the left costophrenic angle blunted?", "The left costophrenic angle is sharp.", "no"),
    ("Is the left costophrenic angle sharp?", "The right costophrenic angle is blunted.", None),
    ("Is the costophrenic angle sharp?", "The costophrenic angles may be blunted.", None),
])
def test_angle(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a yes with no punctuation after it
    ("Is there a fracture?", "yes subtle lucency through the scaphoid waist", "yes"),
    ("Is there a pleural effusion?", "yes large left effusion", "yes"),
    ("Is there a fracture?", "yes or no depends on the view", None),
    ("Is the heart enlarged?", "yes the heart is not enlarged", None),
    ("Is the left kidney enlarged?", "yes right kidney is enlarged", None),
])
def test_bare_yes(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a later sentence plainly denying what the opening yes affirmed: the reply contradicts itself
    ("Are there schistocytes?", "Yes, there are schistocytes. No schistocytes.", None),
    ("Are there schistocytes?", "Yes schistocytes are present. No schistocytes.", None),
    ("Is there a pleural effusion?", "Yes. No pleural effusion.", None),
    # ... not a denial of something else, or of the other side only
    ("Is there a pleural effusion?", "Yes, there is a right effusion. No left effusion.", "yes"),
    ("Is there a fracture?", "Yes, there is a fracture of the radius. No dislocation.", "yes"),
    ("Is there a pneumothorax?", "yes small apical pneumothorax. No mediastinal shift.", "yes"),
])
def test_yes_then_denied(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a hedge after the unpunctuated yes: a lean, never read as the verdict
    ("Is there a fracture?", "yes possibly a fracture", None),
    ("Is there a fracture?", "yes probably not", None),
    ("Is there a fracture?", "Yes perhaps, hard to say", None),
    ("Is there a fracture?", "yes suspicious lucency", None),
])
def test_bare_yes_hedged(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
