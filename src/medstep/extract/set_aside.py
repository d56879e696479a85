"""What a reply itself sets aside says nothing of the image: a question it asks itself, a finding it dismisses.

* "Is there an effusion? Yes." to "Is there a pneumothorax?": the closing verdict answers the reply's own question
  about another finding (:func:`asks_another`), not the one asked.
* "Forget the pneumothorax; the effusion is large.", "Leaving the pneumothorax aside, ...", "Ignore the effusion;
  there is a pneumothorax.": the dismissed finding is named without anything said of it (:func:`drop_dismissed`
  takes the dismissing clause out before the statement readers look for the asked finding).
"""

from __future__ import annotations

from medstep.extract import closing
from medstep.lazyre import lazy_compile

# A question sentence right before the closing verdict: "Is there an effusion? Yes."
_SELF_ASKED = lazy_compile(r"(?i)(?:^|[.!?\n]\s*)([^.!?\n]{3,200}\?)[\s*_\"']*(?:yes|no)[\s.!*_\"']*\Z")
# A clause dismissing what it names: "forget (about) the X", "ignore the X", "never mind the X", "leaving / setting /
# putting the X aside", "leaving aside the X", "X aside," at a clause's start. It ends at ";", ",", ":" or a stop.
_DISMISSED = lazy_compile(
    r"(?i)(?:^|(?<=[.;:!?\n])\s*)(?:(?:(?:forget(?:\s+about)?|ignore|disregard|never\s+mind)\s+[^.;:,!?\n]{1,60}"
    r"|(?:leaving|setting|putting)\s+(?:aside\s+[^.;:,!?\n]{1,60}|[^.;:,!?\n]{1,60}?\s+aside))\s*(?:[;,:]|[.!](?:\s|\Z)|\Z)"
    r"|[^.;:,!?\n]{1,40}?\s+aside\s*,)")
# A word every ``_DISMISSED`` clause holds: a text without one is searched in one linear pass, not by ``_DISMISSED``,
# which backtracks quadratically over a long run of spaces or newlines after a stop (issue #12).
_DISMISSING_WORD = lazy_compile(r"(?i)forget|ignore|disregard|never|leaving|setting|putting|aside")


def asks_another(region: str, question: str) -> bool:
    """Whether ``region`` closes on a verdict to its own question about another finding (module docstring)."""
    m = _SELF_ASKED.search(region, max(0, len(region) - 260))
    return m is not None and closing.answers_another(m.group(1), question)


def drop_dismissed(text: str) -> str:
    """``text`` without the clauses that dismiss a finding (module docstring)."""
    if _DISMISSING_WORD.search(text) is None or ("aside" not in text.lower() and _DISMISSED.search(text) is None):
        return text
    return _DISMISSED.sub(" ", text).strip()


__all__ = ["asks_another", "drop_dismissed"]
