"""A closing refusal of the asked question withdraws the answer before it; a refusal of another matter leaves it
(issue #7, ``extract/asked_refusal.py``). Each answer below reads on its own (checked first), so a ``refused`` after
the refusal is the withdrawal, and an answer kept is the caveat left alone."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked_refusal import nature_asked, withdrawn_at
from medstep.types import AnswerType, Extraction, Sample, Status

_OPTIONS = {"A": "Pneumonia", "B": "Pulmonary oedema", "C": "Lung abscess", "D": "Sarcoidosis"}
_GOLD = {AnswerType.CHOICE: "B", AnswerType.CLOSED: "no", AnswerType.OPEN: "pleural effusion"}


def _read(text: str, question: str, kind: AnswerType) -> Extraction:
    options = _OPTIONS if kind is AnswerType.CHOICE else {}
    return extract(text, Sample(id="r", question=question, answer=_GOLD[kind], answer_type=kind, options=options))


_CHOICE = ("What is the most likely diagnosis?", AnswerType.CHOICE, "The answer is B.", "B")
_PRESENCE = ("Is there a pneumothorax?", AnswerType.CLOSED, "No, there is no pneumothorax.", "no")
_MALIGNANT = ("Is this lesion malignant?", AnswerType.CLOSED, "Yes, it looks malignant.", "yes")
_OPEN = ("What is the abnormality?", AnswerType.OPEN, "Pleural effusion.", "pleural effusion")
_WHERE = ("Where is the lesion?", AnswerType.OPEN, "In the right upper lobe.", "right upper lobe")


@pytest.mark.parametrize(("case", "refusal"), [
    (_CHOICE, "I can't determine its aetiology or nature from this image alone."),
    (_CHOICE, "However, I cannot reliably assess this on the study provided, so I can't answer the question."),
    (_CHOICE, "I'm unable to confirm or exclude it from this image."),
    (_CHOICE, "I cannot say which option is correct."),
    (_CHOICE, "Honestly, I can't tell which answer is correct from this image."),
    (_CHOICE, "On reflection, I am not able to give an answer to this question."),
    (_CHOICE, "We cannot say what the right answer is without better images."),
    (_CHOICE, "I can't make a diagnosis from this study."),
    (_PRESENCE, "I'm unable to confirm or exclude it from this image."),
    (_PRESENCE, "I can't say whether there is a pneumothorax."),
    (_PRESENCE, "I can't tell from this image."),
    (_MALIGNANT, "I can't determine its aetiology or nature from this image alone."),
    (_MALIGNANT, "I'm unable to confirm or exclude it from this image."),
    (_OPEN, "I can't determine its aetiology or nature from this image alone."),
    (_OPEN, "I'm unable to confirm or exclude it from this image."),
    (_OPEN, "I cannot identify what this is on the images provided."),
    (_WHERE, "I can't say where it is from this image."),
])
def test_a_closing_refusal_of_the_asked_thing_withdraws_the_answer(case: tuple[str, AnswerType, str, str],
                                                                   refusal: str) -> None:
    question, kind, answer, read = case
    assert _read(answer, question, kind).answer == read
    got = _read(f"{answer} {refusal}", question, kind)
    assert (got.answer, got.status) == (None, Status.REFUSED)


@pytest.mark.parametrize(("case", "caveat"), [
    (_CHOICE, "I can't comment on management."),
    (_CHOICE, "I can't comment on the best treatment for this patient."),
    (_CHOICE, "I cannot give a prognosis from imaging alone."),
    (_CHOICE, "I'm unable to say how the patient should be followed up."),
    (_CHOICE, "I can't tell you what the surgical options would be."),
    (_CHOICE, "I cannot assess the patient's symptoms or history from an image."),
    (_CHOICE, "I can't comment on the patient's prognosis."),
    (_CHOICE, "I cannot diagnose from the description alone."),
    (_PRESENCE, "I cannot exclude a small apical pneumothorax on a supine film."),
    (_PRESENCE, "I cannot determine the size of the heart."),
    (_PRESENCE, "I can't determine its aetiology or nature from this image alone."),
    (_PRESENCE, "I can't comment on the age of the rib fractures."),
    (_MALIGNANT, "I cannot comment on the staging."),
    (_OPEN, "I can't comment on management."),
])
def test_a_refusal_of_another_matter_leaves_the_answer(case: tuple[str, AnswerType, str, str], caveat: str) -> None:
    question, kind, answer, read = case
    assert _read(answer, question, kind).answer == read
    assert _read(f"{answer} {caveat}", question, kind).answer == read


@pytest.mark.parametrize("caveat", [
    "I can't determine its aetiology or nature from this image alone.",  # the place was asked, not what it is
    "I can't determine its size.",
    "I can't tell you when it appeared.",
])
def test_a_refusal_of_another_matter_withdraws_nothing(caveat: str) -> None:
    # (the open reader declines such a reply on its own, before this rule: only the rule's verdict is checked here)
    question, kind, answer, read = _WHERE
    assert withdrawn_at(f"{answer} {caveat}", question, kind, read) is None


@pytest.mark.parametrize(("case", "tail"), [
    (_CHOICE, "I cannot determine the diagnosis with certainty."),  # less confidence, not none
    (_CHOICE, "I can't determine its cause, but B is most likely."),  # it turns back to the answer
    (_CHOICE, "I can't say for sure which option is correct."),
    (_CHOICE, "I cannot definitively answer the question from one view."),
    (_PRESENCE, "I can't say whether there is a pneumothorax; none is seen, though."),
])
def test_a_hedge_or_a_turn_back_keeps_the_answer(case: tuple[str, AnswerType, str, str], tail: str) -> None:
    question, kind, answer, read = case
    assert _read(f"{answer} {tail}", question, kind).answer == read


def test_the_refusal_must_close_the_reply() -> None:
    question, kind, answer, read = _CHOICE
    text = f"I can't determine its aetiology from this image alone. Still, {answer}"
    assert _read(text, question, kind).answer == read


@pytest.mark.parametrize(("text", "kind"), [
    ("<answer>B</answer> However, I cannot reliably assess this on the study provided, so I can't answer the question.",
     AnswerType.CHOICE),
    ("Thus the final answer is $\\boxed{B}$. I'm unable to confirm or exclude it from this image.", AnswerType.CHOICE),
    ("<answer>no</answer> I'm unable to confirm or exclude it from this image.", AnswerType.CLOSED),
    ("Answer: B However, I cannot reliably assess this on the study provided, so I can't answer the question.",
     AnswerType.CHOICE),
])
def test_a_refusal_after_the_answer_tag_box_or_line_withdraws_it(text: str, kind: AnswerType) -> None:
    question = _PRESENCE[0] if kind is AnswerType.CLOSED else _CHOICE[0]
    assert _read(text, question, kind).status is Status.REFUSED


def test_a_caveat_after_the_answer_tag_keeps_it() -> None:
    got = _read("<answer>B</answer> I can't comment on management or dosing here.", *_CHOICE[:2])
    assert got.answer == "B"


def test_none_of_the_above_then_a_refusal_is_withdrawn() -> None:
    # "None of the above" is refusal-shaped to ``is_refusal``; the withdrawal starts at the refusal of the question
    text = "The radiograph is normal, so D (none of the above). On reflection, I am not able to give an answer to this question."
    sample = Sample(id="r", question="Which abnormality is present?", answer="D", answer_type=AnswerType.CHOICE,
                    options={"A": "Pneumothorax", "B": "Effusion", "C": "Mass", "D": "None of the above"})
    assert extract(text.split(" On reflection")[0], sample).answer == "D"
    assert extract(text, sample).status is Status.REFUSED


def test_withdrawn_at_points_at_the_refusing_clause() -> None:
    region = "Pleural effusion. However, I cannot reliably assess this, so I can't answer the question."
    at = withdrawn_at(region, "What is the abnormality?", AnswerType.OPEN, "pleural effusion")
    assert at is not None and region[at:].startswith("However, I cannot")
    assert withdrawn_at("Pleural effusion. I can't comment on management.", "What is the abnormality?",
                        AnswerType.OPEN, "pleural effusion") is None


@pytest.mark.parametrize(("question", "kind", "asks"), [
    ("What is the most likely diagnosis?", AnswerType.CHOICE, True),
    ("CT shows a lytic lesion of the femur with a narrow zone of transition.", AnswerType.CHOICE, True),  # a told case
    ("Which imaging plane is this?", AnswerType.CHOICE, False),
    ("Is there a pneumothorax?", AnswerType.CLOSED, False),
    ("Is this lesion malignant?", AnswerType.CLOSED, True),
    ("What is the abnormality?", AnswerType.OPEN, True),
    ("Where is the lesion?", AnswerType.OPEN, False),
    ("Which organ is shown?", AnswerType.OPEN, False),
])
def test_which_questions_ask_what_something_is(question: str, kind: AnswerType, asks: bool) -> None:
    assert nature_asked(question, kind) is asks
