"""Answer-text normalisation and token overlap for grading open answers.

Defined once in :mod:`medstep.answers.text` (the bottom layer, so extraction
and RL rewards share the very same definition); re-exported here for scoring code.
"""

from medstep.answers.text import normalize_text, token_f1, token_precision, token_recall, tokens

__all__ = ["normalize_text", "tokens", "token_recall", "token_precision", "token_f1"]
