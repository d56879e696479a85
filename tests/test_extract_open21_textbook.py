"""A textbook list of candidates by frequency ("Typical causes of X are A, B and C.") is general knowledge, no open
answer (extract/open_knowledge.py); a candidate said of this case, or a label with such an aside, still answers."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN))
    return got.answer, got.status.value


@pytest.mark.parametrize("text, question", [
    ("Typical causes of a widened mediastinum are aortic dissection, lymphoma and a thymoma.", "What is the abnormality?"),
    ("The commonest sites of a berry aneurysm are the anterior communicating artery and the posterior communicating "
     "artery.", "Where is the aneurysm?"),
    ("The most common causes of a solitary lytic lesion in an adult are metastasis and myeloma.",
     "What is the diagnosis?"),
])
def test_a_textbook_list_of_candidates_is_no_answer(text: str, question: str) -> None:
    assert _read(text, question) == (None, "unparsed")


@pytest.mark.parametrize("text, question", [
    ("The most common cause of small bowel obstruction is adhesions, as here.", "What is the cause of the obstruction?"),
    ("This patient has a thymoma, a typical cause of a widened mediastinum.", "What is the diagnosis?"),
    ("Widened mediastinum, typical causes of which are dissection and lymphoma.", "What is the abnormality?"),
])
def test_one_candidate_or_a_label_with_a_textbook_aside_still_answers(text: str, question: str) -> None:
    assert _read(text, question)[0] is not None
