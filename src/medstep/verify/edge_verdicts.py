"""Bare verdicts on an alternative, "smooth hila (against lymphadenopathy)", "the hila are normal, against primary
TB", "3. Against fluid overload: ...": a trigger row marked ``needs=edge`` in ``triggers.tsv`` (issue #8, retired
blind 35 read the rejected lymphadenopathy present).

Why a rule of its own: the same word places things ("lies against the chest wall", "Against the heart shadow, a
retrocardiac consolidation is seen", "curled, against the gastric fundus") or names the study compared ("against
this morning's film"). A list of such places is open-ended (review of denials36: any anatomy outside it was read as a
denial), so the rule names what a verdict looks like instead, and everything else is no verdict:

* the word opens its clause, a list item or a bracket (after ``,;:(*.``, a dash or at the text's start:
  :func:`at_edge`);
* what it names is a finding: the first concept after it is a finding of the lexicon, reached over at most three
  plain words after an optional "a/an" (:func:`names_finding`): no "the", "this", possessive or "of" ("against a
  background of emphysema" is a place), no study noun (``answers/studies.STUDY_NOUNS``) and no earlier-time word
  (``answers/hedges.EARLIER_WORDS``) before it. "(against C)" names no finding: an option letter, whose words the
  decision reads.

A row marked so also ends at its closing bracket ("(against posterior mediastinal mass), normal hila": the hila
stand; ``scope.ClauseScoper``). The scanner decides once, so every reader sees the same events.
"""

from __future__ import annotations

from medstep.answers.hedges import EARLIER_WORDS
from medstep.answers.studies import STUDY_NOUNS
from medstep.lazyre import lazy_compile

NEEDS_EDGE = "needs=edge"  # the attribute of a trigger row (``triggers.tsv``), read by ``Lexicon`` alone
_EDGES = frozenset(",;:(*.")  # (".": a new sentence or a list item's number, "3. Against fluid overload: ...")
# a dash opens a clause of its own too ("no hilar mass — against a central obstructing tumour": retired blind 37
# read the tumour present; lane reject46)
_DASHES = frozenset("\u2013\u2014")
_GAP_CHARS = 40  # three words and an article: a longer gap names something else first
# the words between the verdict and its finding: an optional article, then up to three plain words
_GAP = lazy_compile(r"\s*(?:an?\s+)?(?:[a-z][a-z-]*\s+){0,3}")
# a gap word that makes the phrase a place, a comparison or an option ("the", "this", "of", "film", "prior")
_NOT_VERDICT = lazy_compile(
    r"\b(?:the|this|that|these|those|its|their|his|her|of|" + STUDY_NOUNS + "|" + "|".join(EARLIER_WORDS) + r")\b"
)


def needs_edge(value: str) -> tuple[bool, str]:
    """Whether a trigger row's attribute column marks it a bare verdict (``needs=edge``), and the column without it
    (the finding attributes ``parse_attrs`` reads)."""
    parts = [p.strip() for p in value.split(";")]
    return NEEDS_EDGE in parts, ";".join(p for p in parts if p and p != NEEDS_EDGE)


def at_edge(padded: str, start: int) -> bool:
    """Whether the word at ``start`` of ``padded`` (a text with a blank before it) opens its clause, a list item or a
    bracket: only blanks between it and one of ``_EDGES`` or the text's start."""
    k = start - 1
    while k >= 0 and padded[k].isspace():  # (no slice of the text before: a text of many verdicts stays linear)
        k -= 1
    # (no hyphen branch: the scanner's lower text has turned every "-" into a space before this runs, review of
    # reject46)
    return k < 0 or padded[k] in _EDGES or padded[k] in _DASHES


def names_finding(gap: str) -> bool:
    """Whether ``gap``, the text between the verdict word and the finding concept after it, is a verdict's: short,
    plain words, none of ``_NOT_VERDICT``."""
    return len(gap) <= _GAP_CHARS and _GAP.fullmatch(gap) is not None and _NOT_VERDICT.search(gap) is None


__all__ = ["NEEDS_EDGE", "at_edge", "names_finding", "needs_edge"]
