"""Answer extraction: split reasoning from the answer and read the answer.

Public API: :func:`extract`, :func:`split_reasoning`, :func:`has_think_answer_format`.
Answer semantics (normalisation, yes/no words, options) live in :mod:`medstep.answers`.
"""

from medstep.extract.core import extract
from medstep.extract.split import has_think_answer_format, split_reasoning

__all__ = ["extract", "split_reasoning", "has_think_answer_format"]
