"""Trigger rows of denials whose words live in ``answers.negation`` (one home), added to the packaged table.

Why (issue #8, verify59): Spanish, Portuguese, French, Italian and German "without" ("sin derrame", "sem consolidação",
"sans épanchement") deny what follows as "without" does, and "ni" carries the denial on as "nor": a Spanish report's
"sin neumotórax" read the pneumothorax present, and a chain denying it was contradicted. A bare "Pneumothorax
excluded." denies as "ruled out" does (only "is/was/has been excluded" did); in front of a noun ("the excluded bowel
segment") it is an adjective and denies nothing (``post_verdicts.post_reach``).
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.lazyre import lazy_compile

__all__ = ["denial_rows", "idle_without"]


def denial_rows() -> str:
    """The rows, in ``triggers.tsv`` form."""
    rows = [f"{w}\tneg_pre\n" for w in negation.OTHER_WITHOUT]
    rows += [f"{w}\tconj\n" for w in negation.OTHER_NOR]
    rows += [f"{w}\tpseudo_pre\n" for w in negation.OTHER_WITHOUT_IDIOMS]  # ("sin embargo": however, review)
    rows.append(f"{negation.BARE_EXCLUDED}\tneg_post\n")
    return "".join(rows)


_IDLE_AFTER = lazy_compile(r"\s*(?:[^\w\s]|$)")  # punctuation or the end right after the word: a name ("Dr Sin, ...")
_STATISTIC = lazy_compile(r"\s*\u00b1")  # (reversed) "mean ± SEM": the standard error of the mean


def idle_without(low: str, start: int, end: int) -> bool:
    """Whether the other language's "without" at ``start:end`` of the lower-cased ``low`` denies nothing: no word
    follows it ("Reported by Dr Sin, large right pneumothorax") or it is the statistic ("mean ± SEM"; review of
    verify59)."""
    return low[start:end] in negation.OTHER_WITHOUT and (
        _IDLE_AFTER.match(low, end) is not None or _STATISTIC.match(low[max(0, start - 3):start][::-1]) is not None)
