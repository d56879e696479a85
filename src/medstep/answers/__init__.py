"""Answer semantics, defined once: types, yes/no words, options and letters, text, reference steps, and the
hedge and negation words (:mod:`medstep.answers.hedges`, :mod:`medstep.answers.negation`) that the answer
extractor and the verifier both read.

The bottom layer of medstep (it imports only :mod:`medstep.types`):
datasets, extraction, grading and RL rewards all import these definitions,
so a record means the same thing at eval time and at training time.
"""

from medstep.answers.kinds import answer_type_named, asks_for_exception, infer_answer_type
from medstep.answers.options import (
    LETTERS, bare_letter, letter_of, option_key, option_keys, options_from_value, split_inline_choices,
    split_options, strip_letter_prefix, unwrap_answer_tag,
)
from medstep.answers.steps import split_reference_steps
from medstep.answers.text import (
    normalize_text, same_text, token_f1, token_overlap, token_precision, token_recall, tokens,
)
from medstep.answers.yesno import (
    AFFIRMATIVE_REPLIES, COMMITTED_LEANS, OTHER_VERDICT_WORDS, NEGATIVE_REPLIES, NO, PRESENCE_WORDS, PRO_FORM_ASSENT, PRO_FORM_DENIAL, SEVERITY_WORDS, VERDICTS, WORD_VERDICTS, YES, YES_NO, ZH_DEGREE_DENIABLE, ZH_DEGREE_INSIDE, ZH_LEANS, ZH_NO, ZH_VERDICT_WORDS, ZH_YES, ZH_YES_NO, canonical_verdict, is_yes_no,
    same_verdict, verdict_meaning,
)

__all__ = [
    "AFFIRMATIVE_REPLIES", "COMMITTED_LEANS", "OTHER_VERDICT_WORDS", "NEGATIVE_REPLIES", "LETTERS", "NO", "PRESENCE_WORDS", "PRO_FORM_ASSENT", "PRO_FORM_DENIAL", "SEVERITY_WORDS", "VERDICTS", "WORD_VERDICTS", "YES", "YES_NO", "ZH_DEGREE_DENIABLE", "ZH_DEGREE_INSIDE", "ZH_LEANS", "ZH_NO", "ZH_VERDICT_WORDS", "ZH_YES", "ZH_YES_NO",
    "answer_type_named", "asks_for_exception", "bare_letter", "canonical_verdict", "infer_answer_type", "is_yes_no", "letter_of",
    "normalize_text", "option_key", "option_keys", "options_from_value", "split_inline_choices", "split_options",
    "same_text", "split_reference_steps", "strip_letter_prefix", "token_f1", "token_overlap", "token_precision", "token_recall", "tokens",
    "same_verdict", "unwrap_answer_tag", "verdict_meaning",
]
