"""A spaced dash that sets a clause off, written as the em dash (``scan.lower_text``).

Why (issue #8, verify59): a hyphen or en dash with a space on each side ("No effusion - consolidation at the left
base") became a blank, so "no" denied the consolidation after it. Review of verify59: only a dash after a denial in its
sentence is a clause break that matters ("Pneumothorax - unlikely", "Pneumothorax - absent on both sides" keep their
label's verdict, and an unrelated dash breaks no reading of the aligned readers), a dash before a list word ("No effusion
- or pneumothorax") or inside a word of one letter ("X - ray") joins, as before.
"""

from __future__ import annotations

import re

from medstep.answers import negation
from medstep.lazyre import lazy_compile

__all__ = ["clause_dashes"]

# A hyphen or en dash with a space on each side ("No effusion - consolidation at the left base", "no pneumothorax –
# small left effusion") is the em dash of a keyboard: a clause break (``triggers.tsv``: the em dash ends a denial's
# reach, and sets a label off from its verdict, ``post_verdicts``). Issue #8: the hyphen became a blank, so "no"
# denied the consolidation after it. Not between numbers ("5 - 10 mm", "T4 - T6": a range) nor at a line's start
# (a bullet).
_SPACED_DASH = lazy_compile(r"(?<=\S) [-\u2013] (?=\S)")
_RANGE_END = lazy_compile(r"[a-z]{0,2}\d")  # what follows a number's dash in a range: "5 - 10", "T4 - T6", "C5 - C7"
# a bare verdict closing its item after the dash ("Pneumothorax - absent", "bone expansion, cortical thickening -
# absent", "Effusion - none seen"): the dash sets the verdict off, not a clause (``post_verdicts``), and stays
_VERDICT = lazy_compile(r"(?:" + "|".join(sorted(negation.VERDICT_AFTER, key=len, reverse=True)) + r")\b(?:\s+(?:"
                        + "|".join(negation.SEEN) + r")\b)?(?:\s+(?:here|now|today|again|either|too|also|bilaterally|"
                        r"throughout)\b)?\s*(?:[.,;:)!?\n*]|$)")
_DASHED_SENTENCE = lazy_compile(r"[^.;!?\n]+")
# a denial the dash may end the reach of (review: with none before it in its sentence the dash changes nothing to read)
_DENIAL = lazy_compile(r"\b(?:" + negation.alternation(negation.DENY, negation.NEVER, negation.NOR, negation.BEFORE,
                                                      negation.EXCLUDES, negation.OTHER_WITHOUT) + r")\b|n't\b")
_JOINS = lazy_compile(r"(?:" + negation.alternation(negation.NOR, ("or", "and")) + r")\b")  # the list goes on
# an aside set off by a pair of dashes, its sentence going on with a verb or a list word after the second ("the specific
# patterns - metaphyseal lesions and rib fractures - are absent", "a large effusion or a haemothorax - would do the
# opposite", "No effusion - as expected - or pneumothorax"): the dashes enclose an aside, no clause break (review of
# verify59); they stay blanks, as before
_ASIDE_CLOSE = lazy_compile(r"(?:or|nor|and|is|are|was|were|would|could|has|have|had|do|does|did|will|can|may|might|"
                            r"should|must|remains?|seems?|appears?|lies?|lie)\b")


def _dashes(m: re.Match[str]) -> str:
    """The sentence ``m`` with each spaced dash that sets a clause off written as the em dash (``_dash``); a sentence
    whose dashes enclose an aside keeps them all, and so do the dashes before its first denial (review)."""
    piece = m.group()
    denial = _DENIAL.search(piece)
    dashes = list(_SPACED_DASH.finditer(piece))
    if denial is None or not dashes or len(dashes) > 1 and any(_ASIDE_CLOSE.match(piece, d.end()) for d in dashes[1:]):
        return piece
    return piece[:denial.end()] + _SPACED_DASH.sub(_dash, piece[denial.end():])


def _dash(m: re.Match[str]) -> str:
    """The em dash for a spaced dash that sets a clause off; a range's dash and a verdict's stay (a blank, as before)."""
    s = m.string
    if _JOINS.match(s, m.end()) or s[m.start() - 1].isalpha() and not s[m.start() - 2:m.start() - 1].isalpha():
        return m.group()  # "No effusion - or pneumothorax": the list goes on; "x - ray": a word of one letter joined
    if s[m.start() - 1].isdigit() and _RANGE_END.match(s, m.end()) is not None or _VERDICT.match(s, m.end()):
        return m.group()
    return " \u2014 "


def clause_dashes(low: str) -> str:
    """``low`` with each spaced dash that ends a denial's reach written as the em dash (same length)."""
    return _DASHED_SENTENCE.sub(_dashes, low)
