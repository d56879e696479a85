"""Option judgements: the one list of the words that judge an answer option for or against, in sub-lists.

A choice answer is often a verdict per option ("A: incorrect. B: unlikely.
C: correct.", a table whose last column says "match" / "no match", "C (ruled
out)") rather than a letter stated once. Several readers look for these words,
each in its own place: a verdict list's lines (``extract/lines.py``), a compact
reply's one-word verdicts and a table's verdict column (``extract/tally.py``),
a bracket after a mention (``extract/decision.py``), the words right after a
mention (``extract/clauses.REJECTION``), the last words of a short reply
(``extract/letters.py``). The words live here, once, so a word added for one
reader is added for every reader of the same sub-list. The plain yes/no words
are the negation's and the yes/no answers' (``negation.PLAIN``,
``yesno.YES``); the words of a question asking which option does NOT hold are
``kinds.EXCEPTION_WORDS``.

Entries are lower-case phrases, words separated by one space; build patterns
with :func:`medstep.answers.hedges.words` / ``alternation``.
"""

from __future__ import annotations

from typing import Iterable

# Called wrong: "A: incorrect", "B – wrong". "False" is one of them (``WRONG``) but also names findings ("false
# aneurysm", "false lumen"), so a reader of option names leaves it out.
CALLED_WRONG = ("incorrect", "wrong")
FALSE = ("false",)
WRONG = CALLED_WRONG + FALSE
# Set aside as a diagnosis: "A: excluded", "B ruled out", "C (eliminated)".
SET_ASIDE = ("excluded", "ruled out", "eliminated")
# Weighed down: "A: unlikely", "B – less likely".
UNLIKELY = ("unlikely", "less likely")
# Weighed lowest: "A: least likely". Against the option in a question asking for the most likely one, the answer in
# one asking which is least likely; readers that do not know the question's kind leave it out.
LEAST = ("least likely",)
# Does not fit the image: "inconsistent", "does not fit", "no match", "not supported".
MISFIT = ("inconsistent", "does not fit", "no match", "not supported", "unsupported")
# Called right: "C: correct", "C – right", "C is true". "Right" also names a side ("A: right", options of sides),
# so a reader of one-word verdicts takes it only where no option names a side.
RIGHT = ("correct", "right", "true")
# Fits the image: "C: consistent", "| C | ... | match |".
MATCH = ("match", "matches", "consistent", "fits", "best fit", "best match")
# Weighed up: "C: likely", "most likely" (only the latter chooses the option in a verdict list: "likely" is said of
# several).
MOST_LIKELY = ("most likely",)
LIKELY = ("likely",) + MOST_LIKELY
# Named as the answer: "C: best answer", a table cell "answer".
BEST_ANSWER = ("best answer",)
ANSWER = ("answer",) + BEST_ANSWER


def single_words(*groups: Iterable[str]) -> frozenset[str]:
    """The one-word entries of ``groups``: what a reader of single tokens can compare."""
    return frozenset(w for group in groups for w in group if " " not in w)


__all__ = ["ANSWER", "BEST_ANSWER", "CALLED_WRONG", "FALSE", "LEAST", "LIKELY", "MATCH", "MISFIT", "MOST_LIKELY", "RIGHT",
           "SET_ASIDE", "UNLIKELY", "WRONG", "single_words"]
