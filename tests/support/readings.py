"""What ``extract`` reads from a reply to a closed or open question, in the two views the extraction tests assert on:
the answer with the status, or the answer else the status's name. One home, so a test file states only its texts.
The gold is a placeholder (extraction does not depend on it), in the question's language for closed questions."""

from __future__ import annotations

from medstep.extract import extract
from medstep.types import AnswerType, Extraction, Sample, Status


def _closed(text: str, question: str) -> Extraction:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    return extract(text, Sample(id="closed", question=question, answer="是" if zh else "yes",
                                answer_type=AnswerType.CLOSED))


def closed_pair(text: str, question: str) -> tuple[str | None, Status]:
    """The answer and status read from ``text`` to the yes/no ``question``."""
    got = _closed(text, question)
    return got.answer, got.status


def closed_word(question: str, text: str) -> str:
    """The answer read from ``text`` to the yes/no ``question``, or the status's name when there is none."""
    got = _closed(text, question)
    return got.answer if got.answer is not None else got.status.value


def open_pair(text: str, question: str = "What is the abnormality?") -> tuple[str | None, Status]:
    """The answer and status read from ``text`` to the open ``question``."""
    got = extract(text, Sample(id="open", question=question, answer="x", answer_type=AnswerType.OPEN))
    return got.answer, got.status
