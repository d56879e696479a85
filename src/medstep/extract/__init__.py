"""Answer extraction: split reasoning from the answer and read the answer.

Public API: :func:`extract`, :func:`split_reasoning`,
:func:`has_think_answer_format`, :func:`normalize_text`.
"""

from medstep.extract.core import extract
from medstep.extract.normalize import normalize_text, token_f1, token_recall, tokens
from medstep.extract.split import has_think_answer_format, split_reasoning

__all__ = [
    "extract",
    "split_reasoning",
    "has_think_answer_format",
    "normalize_text",
    "tokens",
    "token_recall",
    "token_f1",
]
