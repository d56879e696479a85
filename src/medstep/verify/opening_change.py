"""How a step that opens with its change reads (retired blind 37, issue #8): what may stand before the change word
when the sentence has no subject ("No change", "Overall unchanged", after a heading: "Comparison: unchanged"), whether
the change is a piece of its own ("Increased in number since 2019, though ..."), and whether the piece after it
concedes something of another subject, so that the change is the antecedent's (review_errdetect38 F2). Read by
``changes``; apart from it so that ``changes.py`` stays one concern under 500 lines.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

# what may open a sentence before its change word when it has no subject: "No change", "There has been no interval
# change", "Overall unchanged", "Essentially stable"
BARE_CHANGE = lazy_compile(
    r"\s*(?:(?:there(?:'s|\s+(?:is|has\s+been|was))\s+)?no\s+(?:significant\s+|interval\s+|appreciable\s+|"
    r"further\s+|definite\s+)?|(?:overall|otherwise|essentially|appearances?)\s+)?$"
)
# a heading before a step's change ("Comparison: unchanged ...", "**2. Interval change:** stable ...")
# (also what may stand before a pronoun subject: "Change: it is unchanged in size", ``changes.SUBJECT``)
LABEL = r"[\s*#\d.)-]*[a-z][a-z ]{0,30}:[\s*]*"
_LABEL = lazy_compile(LABEL)
# the piece after a step's opening change conceding something of another subject ("..., though the nodules are
# similar in size"): the change is the antecedent's, not the subject named after it
_CONCEDES = lazy_compile(r"[^,.;]*[,.;]\s*(?:though|although|but|while|whereas|yet)\b", re.IGNORECASE)


def label_end(low: str, end: int) -> int:
    """Where a heading before ``end`` ends (0 when there is none)."""
    return m.end() if (m := _LABEL.match(low, 0, end)) is not None else 0


def concedes(text: str, end: int) -> bool:
    """Whether the piece after the change ending at ``end`` opens with a concession ("..., though ...")."""
    return _CONCEDES.match(text, end) is not None


def opens_with(text: str, change: tuple[str, int, int], first: int) -> bool:
    """Whether ``text`` opens with ``change`` (after a heading at most, no subject before it) in a piece of its own,
    ended by a comma or a sentence end before the first finding it names (at ``first``)."""
    low = text.lower()
    return (
        any(c in low[change[2] : first] for c in ",.;")
        and BARE_CHANGE.match(low, label_end(low, change[1]), change[1]) is not None
    )
