"""How far back a verdict reaches that stands after what it judges: "Effusion: none seen", "..., TB not favoured",
"Paget disease: bone expansion, cortical thickening - absent".

Its own module because it is one decision of the clause loop (``scope.py``) with its own cases: a bare verdict
closing a label, a short verdict clause of its own after a comma, and a list a label opens whose verdict a dash sets
off (issue #8: faithful chains' checklists of a differential read their first features present).
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.answers import negation
from medstep.lazyre import lazy_compile

# "Effusion: none.", "pneumothorax not seen" (``answers/negation.py``), "boot-shaped heart, right arch - neither present"
DANGLING_NEG = frozenset((*negation.AFTER, *negation.NEITHER[:1]))


def bare_after(low: str, pos: int) -> bool:
    """Nothing but punctuation or space follows ``pos`` up to the next break, or only a word of seeing: "Effusion:
    none.", "Effusion: none seen." (issue #8: read present). "Nodules, none seen to cavitate" or "none present on the
    prior film" go on, and stay no verdict on what stands before."""
    n = len(low)
    while pos < n and low[pos] in " \t":
        pos += 1
    seen = _SEEN_WORD.match(low, pos)
    if seen is not None:
        pos = seen.end()
    return pos >= n or not low[pos].isalnum()


_SEEN_WORD = lazy_compile(r"(?:" + "|".join(negation.SEEN) + r")\b[ \t]*")


# a short verdict clause after a comma, "Consolidation in the right lower lobe, TB not favoured", "Large effusion,
# empyema unlikely": its own subject and no list word or verb between the comma and the verdict
_OWN_VERDICT_CLAUSE = lazy_compile(r"[^,;:]*?\b(?:and|or|nor|is|are|was|were|be|been|has|have)\b")


def verdict_clause(low: str, comma: int, at: int, attrs: Sequence[tuple] | None = None) -> bool:
    """Whether the post-denial at ``at`` ("not favoured", "unlikely", "improbable") judges only what stands between
    the comma at ``comma`` and it: a short clause of its own ("..., TB not favoured"), so the finding before the comma
    stands (review of denials36: "Consolidation in the right lower lobe, TB not favoured" read the consolidation
    absent). A list ("Effusion, consolidation and pneumothorax are absent") reads on, and so does a labelled list
    whose verdict a dash sets off ("Paget disease: bone expansion, cortical thickening - absent": the features the
    label lists, each judged; issue #8, a faithful chain read the first features present). Not where the clause
    gives something before the comma a side, grade or size (``attrs``: its attribute events so far): "Pleura: right
    effusion, pneumothorax - absent" and "Right side: effusion, pneumothorax - absent" describe what is there first."""
    if not 0 <= comma < at <= comma + _VERDICT_CLAUSE_CHARS or _OWN_VERDICT_CLAUSE.match(low, comma + 1, at):
        return False
    if not _SET_OFF.search(low, max(comma + 1, at - 8), at) or not _labelled(low, comma):
        return True
    return any(a[0] < comma and a[2] and a[2][0][0] in _DESCRIBING for a in attrs or ())


_DESCRIBING = frozenset({"laterality", "severity", "size"})  # attributes that state a finding there, as it is


_VERDICT_CLAUSE_CHARS = 60  # a short clause: a longer stretch is no verdict clause (and each is read once, linearly)
# a dash between the list and its verdict: " - absent" (``scan.lower_text`` has made the hyphen a blank: three blanks
# in a row), " – absent", "—absent"
_SET_OFF = lazy_compile(r"(?: {3}|[\u2013\u2014])[ \t]*$")
_LABEL_REACH = 160  # how far back from the list's comma its label's colon is looked for (one list item's line)


def _labelled(low: str, comma: int) -> bool:
    """Whether a label's colon opens the list holding the comma at ``comma``: a colon after its sentence's or line's
    last break ("Paget disease: bone expansion, ..."), within ``_LABEL_REACH``."""
    lo = max(0, comma - _LABEL_REACH)
    colon = low.rfind(":", lo, comma)
    return colon >= 0 and max(low.rfind(c, colon, comma) for c in ".;!?\n") < 0


__all__ = ["DANGLING_NEG", "bare_after", "verdict_clause"]
