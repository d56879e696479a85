"""Trigger rows of denials whose words live in ``answers.negation`` (one home), added to the packaged table.

Why (issue #8, verify59): Spanish, Portuguese, French, Italian and German "without" ("sin derrame", "sem consolidação",
"sans épanchement") deny what follows as "without" does, and "ni" carries the denial on as "nor": a Spanish report's
"sin neumotórax" read the pneumothorax present, and a chain denying it was contradicted. A bare "Pneumothorax
excluded." denies as "ruled out" does (only "is/was/has been excluded" did); in front of a noun ("the excluded bowel
segment") it is an adjective and denies nothing (``post_verdicts.post_reach``).
"""

from __future__ import annotations

from medstep.answers import negation

__all__ = ["denial_rows"]


def denial_rows() -> str:
    """The rows, in ``triggers.tsv`` form."""
    rows = [f"{w}\tneg_pre\n" for w in negation.OTHER_WITHOUT]
    rows += [f"{w}\tconj\n" for w in negation.OTHER_NOR]
    rows.append(f"{negation.BARE_EXCLUDED}\tneg_post\n")
    return "".join(rows)
