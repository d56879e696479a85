"""Review 29 of the closing refusal of the asked question (issue #7, ``extract/asked_refusal.py``): each probe the
reviewer found read before the rule and turned into ``refused`` by it, with its label as the expected answer, and the
probes the rule rightly withdrew (kept ``refused``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

_OPTIONS = {"A": "Pneumonia", "B": "Pulmonary oedema", "C": "Lung abscess", "D": "Sarcoidosis"}


def _read(kind: str, question: str, text: str, label: str | None) -> str | None:
    t = AnswerType(kind)
    gold = label or ("yes" if t is AnswerType.CLOSED else "B" if t is AnswerType.CHOICE else "x")
    options = _OPTIONS if t is AnswerType.CHOICE else {}
    return extract(text, Sample(id="r", question=question, answer=gold, answer_type=t, options=options)).answer


_KEPT = [
    ('p008', 'choice', 'What is the most likely diagnosis?', 'Based on the findings, B is most likely. I cannot identify the underlying cause from this image.', 'B'),
    ('p009', 'choice', 'What is the most likely diagnosis?', "The most likely diagnosis is B. Pulmonary oedema. I can't determine the cause of the oedema without echocardiography.", 'B'),
    ('p012', 'choice', 'What is the most likely diagnosis?', "Answer: B. I can't make a diagnosis from a single image alone, so please correlate clinically.", 'B'),
    ('p015', 'choice', 'What is the most likely diagnosis?', 'The answer is B. I cannot answer questions about dosing of diuretics.', 'B'),
    ('p023', 'choice', 'Which of the following is the most likely diagnosis of this bone lesion?', "The answer is C. I can't give a histological diagnosis without biopsy.", 'C'),
    ('p031', 'closed', 'Is there a pneumothorax?', "No. I can't identify any pneumothorax on this radiograph.", 'no'),
    ('p037', 'closed', 'Is there a pneumothorax?', "No. I can't confirm a pneumothorax on this image.", 'no'),
    ('p061', 'open', 'Where is the lesion?', "The lesion is in the left frontal lobe. I can't characterise it further without contrast.", 'left frontal lobe'),
    ('q004', 'choice', 'What is the most likely diagnosis?', "The answer is B. I can't confirm this without clinical information.", 'B'),
    ('q005', 'choice', 'What is the most likely diagnosis?', "<think>Bilateral perihilar opacities... oedema.</think>\n<answer>B</answer>\nI can't identify the cause of the oedema from this image alone.", 'B'),
    ('q010', 'closed', 'Is there a pneumothorax?', "No. I can't identify any pneumothorax.", 'no'),
    ('q012', 'closed', 'Is there a pneumothorax?', "No. I can't confirm a pneumothorax on this image.", 'no'),
    ('r013', 'choice', 'Which of the following is the most likely diagnosis of this bone lesion?', "The answer is C. I can't identify the origin of the tumour from this view.", 'C'),
    ('r018', 'closed', 'Is there a fracture?', "No. I can't identify a fracture.", 'no'),
    ('r019', 'closed', 'Is this image abnormal?', "No, I can't identify any abnormality.", 'no'),
]


@pytest.mark.parametrize(("pid", "kind", "question", "text", "label"), _KEPT, ids=[c[0] for c in _KEPT])
def test_answer_kept_after_another_refusal(pid: str, kind: str, question: str, text: str, label: str) -> None:
    got = _read(kind, question, text, label)
    assert got is not None and label.lower() in got.lower(), (pid, got)


_WITHDRAWN = [
    ('p028', 'choice', 'What is the most likely diagnosis?', "The answer is B. Actually, I can't answer this question from the image provided.", None),
    ('p029', 'choice', 'What is the most likely diagnosis?', "B. However, I'm unable to determine which option is correct without more clinical information.", None),
    ('p030', 'choice', 'Which of the following is the most likely diagnosis of this bone lesion?', "Answer: C\nHowever, I can't make a diagnosis of this lesion from the image.", None),
    ('p051', 'closed', 'Is there a pneumothorax?', "Yes, probably. But honestly I can't tell whether there is a pneumothorax on this image.", None),
    ('r011', 'choice', 'What is the most likely diagnosis?', 'Answer: B\n\nHowever, I cannot reliably identify the abnormality on this image.', None),
    ('r012', 'choice', 'What is the most likely diagnosis?', "D. Sarcoidosis? I can't tell which one it is.", None),
]


@pytest.mark.parametrize(("pid", "kind", "question", "text", "label"), _WITHDRAWN, ids=[c[0] for c in _WITHDRAWN])
def test_withdrawal_still_refused(pid: str, kind: str, question: str, text: str, label: None) -> None:
    t = AnswerType(kind)
    options = _OPTIONS if t is AnswerType.CHOICE else {}
    got = extract(text, Sample(id="r", question=question, answer="yes" if t is AnswerType.CLOSED else "B",
                               answer_type=t, options=options))
    assert got.answer is None and got.status is Status.REFUSED, (pid, got)
