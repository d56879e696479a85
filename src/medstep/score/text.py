"""Answer-text normalisation and token overlap for grading open answers.

The definitions live in :mod:`medstep.extract.normalize` because extraction
(an earlier stage) needs the same normalisation to match option texts, and a
stage never imports a later one. Scoring code imports them from here.
"""

from medstep.extract.normalize import normalize_text, token_f1, token_recall, tokens

__all__ = ["normalize_text", "tokens", "token_recall", "token_f1"]
