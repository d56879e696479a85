"""A closing caveat about the method's limits, set aside before a statement is read.

"I don't see any definite rib fractures, though rib fractures are often occult on frontal chest radiographs." and
"... so no gallstones are evident on this image, though small stones may be missed." state the finding and then a
limit of the examination: a careful reader takes the statement (no), the caveat doubting the method, not the
reading. Its "may" or "though" would otherwise hedge the sentence. Only a concession ("though", "although", "but",
"however") that ends its sentence and holds a limitation phrase (:data:`medstep.answers.hedges.LIMITATION`: "may be
missed", "often occult", "more sensitive") and no other doubt ("cannot be excluded", "possibly") is set aside;
"though a small one could be present" is a possibility, and stays.
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.lazyre import lazy_compile

_CAVEAT = lazy_compile(r"(?i)(?:,\s*|;\s*|\s+)(?:" + hedges.alternation(hedges.CONCESSION, ("but", "however"))
                       + r")\b[^.;!?\n]*?" + hedges.words(hedges.LIMITATION) + r"[^.;!?\n]*(?=[.!]?\s*(?:\n|$))")


# What a caveat may not hold besides its limitation: "though subtle fractures may be missed and one cannot be
# excluded" doubts the reading itself.
_DOUBT = lazy_compile(r"(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.SUSPICION,
                                           hedges.DOUBT))
_LIMIT = lazy_compile(r"(?i)" + hedges.words(hedges.LIMITATION))


def _caveat(m: re.Match[str]) -> str:
    return "" if _DOUBT.search(_LIMIT.sub(" ", m.group(0))) is None else m.group(0)


def set_aside(text: str) -> str:
    """``text`` without its closing caveats about the method's limits (see module docstring)."""
    if not any(w in text for w in ("sensitiv", "missed", "occult", "undetected")):
        return text
    return _CAVEAT.sub(_caveat, text)


__all__ = ["set_aside"]
