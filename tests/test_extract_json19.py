"""An open answer given by a trailing JSON object after prose that gave another answer by a final-answer phrase
(review18's finding): "The answer is pneumothorax." then an object naming a pleural effusion read the effusion. Two
answers given are neither read, as two disagreeing answer phrases are; prose that leads in, or names the object's
answer with more or fewer words, leaves the object's answer. Sentences of our own."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_FENCE = "```"


def _read(text: str, question: str = "What is the main abnormality?") -> str | None:
    return extract(text, Sample(id="j19", question=question, answer="x", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize("text", [
    f'The answer is a tension pneumothorax.\n{_FENCE}json\n{{"finding": "pleural effusion"}}\n{_FENCE}',
    'The heart is large, so my final answer is cardiomegaly.\n{"answer": "pericardial effusion"}',
    f'Final answer: osteosarcoma\n\n{_FENCE}json\n{{"diagnosis": "Ewing sarcoma", "confidence": "high"}}\n{_FENCE}',
])
def test_prose_answer_against_the_object_is_ambiguous(text):
    assert _read(text) is None


@pytest.mark.parametrize("text,answer", [
    (f'Here is my answer:\n{_FENCE}json\n{{"finding": "pleural effusion"}}\n{_FENCE}', "pleural effusion"),
    ('The answer is in the JSON below.\n{"answer": "subdural haematoma"}', "subdural haematoma"),
    ('Final answer: a large left pleural effusion.\n{"answer": "pleural effusion"}', "pleural effusion"),
    ('The answer is osteosarcoma.\n{"diagnosis": "distal femoral osteosarcoma"}', "distal femoral osteosarcoma"),
    ('{"diagnosis": "pneumonia", "confidence": "low"}', "pneumonia"),  # a hedged pick is the answer (open_json)
])
def test_prose_that_leads_in_or_agrees_keeps_the_object(text, answer):
    assert _read(text) == answer
