"""False decisions fixed in session 24 (precise24): unmarked open replies that weigh candidates without committing
(each offered as a question, several said to explain the image together, two called possible in turn), a reopened
revision ("... it could also just be Y"), a refusal in other words ("I'd rather not give a diagnosis") and a reply
denying what a "which ... is X?" question asks. Near misses keep their reading. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the diagnosis?"


def _open(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="p24", question=question, answer="x", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text, question", [
    ("Diagnosis: pneumonia? Or simply atelectasis?", DX),
    ("Right lower lobe? Or right middle lobe.", "Where is the consolidation?"),
    ("Sarcoidosis? Could also be lymphoma.", DX),
    ("Osteoid osteoma? Brodie abscess? Hard to say from this one view.", DX),
    ("Hydronephrosis? Maybe just an extrarenal pelvis.", DX),
    ("Pneumonia, atelectasis or effusion could all give this appearance.", DX),
    ("It could be either.", DX),
    ("It might be a meningioma but honestly it might just be a schwannoma.", DX),
    ("Gout and pseudogout might both explain these erosions.", DX),
    ("Could be a simple cyst. Might equally be a cystic metastasis.", DX),
    ("Honestly, any of these could fit: abscess, necrotic tumour, infected cyst.", DX),
    ("This may be a lipoma; it may also be a well-differentiated liposarcoma.", DX),
    ("Diagnosis: pneumonia. Actually, looking again, it could also just be atelectasis.", DX),
    ("Osteosarcoma. Hmm, on second look it might well just be a Ewing sarcoma.", DX),
    ("It's either one, honestly.", DX),
    ("Perhaps a hemangioma, though it may equally be a metastasis.", DX),
])
def test_candidates_weighed_without_commitment_are_ambiguous(text: str, question: str) -> None:
    assert _open(text, question) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, question", [
    ("What is the diagnosis? Pneumonia.", DX),
    ("Right or left? Right.", "Which side is the effusion on?"),
    ("It may be a meningioma, which could be resected.", DX),
    ("It could be a pneumothorax that may be seen better on expiration.", DX),
    ("Osteosarcoma. Actually, wait, it is an Ewing sarcoma.", DX),
    ("Perhaps a small cyst, which may be drained.", DX),
    ("It is either a left or a right effusion? No: it is a left effusion.", "Which side is the effusion on?"),
    ("The left hemidiaphragm is elevated; the right is not elevated.", "Which hemidiaphragm is elevated?"),
    ("The right is elevated.", "Which side is elevated?"),
])
def test_near_misses_keep_an_answer(text: str, question: str) -> None:
    assert _open(text, question)[0] is not None


def test_a_second_modal_of_another_subject_is_no_second_candidate() -> None:
    text = "I'm unable to identify any clear finding in this image; it may be normal or the quality may be insufficient."
    assert _open(text, "What is the abnormal finding?") == (None, Status.REFUSED)


@pytest.mark.parametrize("text", [
    "I'd rather not give a diagnosis — the image quality is poor and the view is limited.",
    "I would rather not offer a diagnosis on such a blurred film.",
    "I'd prefer not to name a diagnosis given how grainy this is.",
])
def test_rather_not_giving_one_is_refused(text: str) -> None:
    assert _open(text) == (None, Status.REFUSED)


def test_rather_not_then_a_pick_answers() -> None:
    assert _open("I'd rather not guess, but most likely it is a lipoma.")[0] is not None


@pytest.mark.parametrize("text, question", [
    ("The right sits higher, but that's normal — I wouldn't call it truly elevated.", "Which side is elevated?"),
    ("The left is a touch higher than the right, within normal limits; neither is really elevated.",
     "Which hemidiaphragm is elevated?"),
    ("The left kidney is a little bigger, but I would not consider it enlarged.", "Which kidney is enlarged?"),
])
def test_the_asked_property_denied_names_no_answer(text: str, question: str) -> None:
    assert _open(text, question) == (None, Status.UNPARSED)


def _closed(text: str, question: str = "Is there a fracture?") -> str | None:
    return extract(text, Sample(id="p24", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("text", [
    "Yes, I think there is a fracture, but on reflection it could be a nutrient canal. I'm not certain.",
    "Yes, probably a fracture, although looking again it might be a vascular groove. Can't be sure.",
])
def test_a_verdict_reopened_then_doubted_is_ambiguous(text: str) -> None:
    assert _closed(text) is None


@pytest.mark.parametrize("text", [
    "Yes there is a fracture, though I am not certain.",
    "Yes, there is a fracture, though it could be subtle on other views.",
    "Yes, there is a fracture. On reflection it could be a nutrient canal, but no, the cortex is broken, so yes, I'm certain.",
])
def test_a_verdict_with_a_caveat_or_turned_back_stands(text: str) -> None:
    assert _closed(text) == "yes"


@pytest.mark.parametrize("text", [
    "1. Lymphoma\n2. Sarcoidosis\n3. Metastases\nA CT would help to narrow this down.",
    "- Appendicitis\n- Mesenteric adenitis\nUltrasound is suggested.",
])
def test_a_list_then_a_next_step_names_no_pick(text: str) -> None:
    assert _open(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text", [
    "1. Pneumonia (most likely)\n2. Lung abscess\nCT recommended.",
    "1. Pneumonia\n2. Lung abscess\nThe cavity favours an abscess; CT recommended.",
])
def test_a_list_with_its_pick_before_the_next_step_answers(text: str) -> None:
    assert _open(text)[0] is not None


@pytest.mark.parametrize("text", ["Left: yes. Right: no.", "Right side - no. Left side - yes."])
def test_verdicts_per_side_that_disagree_answer_no_unsided_question(text: str) -> None:
    assert _closed(text, "Is there a pleural effusion?") is None


@pytest.mark.parametrize("text, question, verdict", [
    ("Left: no. Right: no.", "Is there a pleural effusion?", "no"),
    ("Left: yes. Right: yes.", "Is there a pleural effusion?", "yes"),
])
def test_verdicts_per_side_that_agree_answer(text: str, question: str, verdict: str) -> None:
    assert _closed(text, question) == verdict


LOBES = {"A": "Right upper lobe", "B": "Right middle lobe", "C": "Left upper lobe", "D": "Left lower lobe"}


def _choice(text: str) -> str | None:
    return extract(text, Sample(id="p24", question="Which lobe is collapsed?", answer="A",
                                answer_type=AnswerType.CHOICE, options=LOBES)).answer


@pytest.mark.parametrize("text", [
    "I'm leaning towards C, the veil-like haze fits. But I can't really exclude D without a lateral view before committing.",
    "Probably D. That said, I cannot rule out C and would want a lateral film before committing.",
    "Likely C, but I'm not ready to commit to it.",
])
def test_a_lean_with_the_commitment_put_off_is_ambiguous(text: str) -> None:
    assert _choice(text) is None


@pytest.mark.parametrize("text, letter", [
    ("C looks most likely, though I can't fully exclude D.", "C"),
    ("The answer is C. A lateral view is advisable before committing to bronchoscopy.", "C"),
    ("Probably D, but I'd want a lateral before deciding. Still, D.", "D"),
])
def test_a_lean_with_a_caveat_or_a_later_step_stands(text: str, letter: str) -> None:
    assert _choice(text) == letter


def test_a_closed_verdict_put_off_is_ambiguous() -> None:
    assert _closed("Yes, probably, but I'd want an expiratory film before committing.", "Is there a pneumothorax?") is None
    assert _closed("Yes. I would get a CT before committing to a chest drain.", "Is there a pneumothorax?") == "yes"
