"""Which grading an answer gets: ``choice``, ``closed`` (yes/no), ``open`` or ``box``.

Loaders with an explicit type column (VQA-RAD, SLAKE) use it; everything else
(custom files, RL reward columns) infers the type here, once, so that eval
and training grade the same record the same way.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from medstep.answers.hedges import words
from medstep.answers.negation import CONTRACTION
from medstep.answers.options import bare_letter
from medstep.answers.yesno import canonical_verdict
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType

# Spellings of the type seen in released files and user columns.
_NAMES = {
    "choice": AnswerType.CHOICE, "multiple choice": AnswerType.CHOICE, "multiple-choice": AnswerType.CHOICE,
    "mcq": AnswerType.CHOICE, "closed": AnswerType.CLOSED, "yes/no": AnswerType.CLOSED,
    "open": AnswerType.OPEN, "open-ended": AnswerType.OPEN, "free": AnswerType.OPEN,
    "box": AnswerType.BOX, "bbox": AnswerType.BOX, "grounding": AnswerType.BOX,
}


def answer_type_named(name: str) -> AnswerType | None:
    """The answer type a type label names (``"CLOSED"``, ``"choice"``, ``"MCQ"``...), or ``None``."""
    return _NAMES.get(" ".join(str(name).lower().split()))


def infer_answer_type(gold: str, options: Mapping[str, str]) -> AnswerType:
    """Options -> choice; a yes/no gold -> closed; a lone option letter -> choice; else open.

    A lone letter ("B", "(B)", "<answer>B</answer>") with no options is a
    choice question whose options live in the prompt text; grading it as
    open text would compare letters as words.
    """
    if options:
        return AnswerType.CHOICE
    if canonical_verdict(gold) is not None:
        return AnswerType.CLOSED
    if bare_letter(gold) is not None:
        return AnswerType.CHOICE
    return AnswerType.OPEN


# The words of a question asking which option does NOT hold: "Which of these is NOT seen?", "All of the following
# EXCEPT", "the least likely", "Which statement is false?", "Which finding is missing?". Three readers use them: the
# question's kind (:func:`asks_for_exception`, with the contracted "n't": "Which isn't seen?"), the decision nouns
# such a question qualifies ("the finding that is not seen is", ``extract/cues.py``) and the judge's choice of
# option evidence (:data:`EXCEPTION_STEM`).
EXCEPTION_CORE = ("not", "except", "incorrect", "false", "absent", "unlikely")
EXCEPTION_WORDS = EXCEPTION_CORE + ("least", "untrue", "wrong", "exclude", "excluded", "missing", "lacking")
# The judge's narrower stem (``judges/verifier.option_evidence``): only "least likely", not "least" or "missing";
# widening it changes which RadRBench questions get option evidence, so the judge's cached verdicts (its version)
# would change with it.
EXCEPTION_STEM = EXCEPTION_CORE + ("least likely",)
# ("at least 2 cm" asks for a size, not an exception)
_EXCEPTION = lazy_compile(r"(?i)(?!(?<=\bat\s)least\b)" + words(EXCEPTION_WORDS) + "|" + CONTRACTION)


@lru_cache(maxsize=4096)
def asks_for_exception(question: str) -> bool:
    """Whether a choice question asks for the option that does *not* hold.

    Then the answer is what the model calls absent or wrong ("the finding not
    seen is C"), and a description of what the image shows names options
    that are *not* the answer. Where the question asks in a sentence of its own ("… a P wave is not conducted,
    then the cycle repeats. What is the rhythm?"), only that sentence is read: the case described before it may
    say what is not seen without asking for an exception.

    Without a question sentence the stem may still ask ("All of the following are signs of X EXCEPT:", "Identify the
    finding that is NOT present."), but a stem that only describes the case ("… shows absent Doppler flow and a
    twisted cord.", "Klein's line does not intersect the epiphysis.") asks nothing: its "absent" and "not" are
    findings. So there only a sentence that asks by its opening words or by "the following" / "except" is read.
    """
    sentences = _SENTENCE.findall(question)
    asking = [s for s in sentences if s.rstrip().endswith(("?", "？"))]
    if asking:
        return any(_EXCEPTION.search(s) is not None for s in asking)
    return any(_EXCEPTION.search(s) is not None and _ASKING_STEM.search(s) is not None for s in sentences)


# How a stem without a question mark asks: "All of the following … EXCEPT:", "Identify / Select / Name the …",
# "Which … not …:", "Each of these … except".
_ASKING_STEM = lazy_compile(r"(?i)\bexcept\b|\bthe\s+following\b|^\W*(?:question\s*:\s*)?(?:which|what|identify|select|"
                            r"choose|pick|name|indicate|state|all|each|none|mark)\b")


# A sentence of a question, its stop kept ("What is the rhythm?").
_SENTENCE = lazy_compile(r"[^.?!？\n]*(?:[.?!？]+|\n|$)")
