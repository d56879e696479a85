"""Whether a "worry" cue's thing is said to be there, and "gone from" that only moved (issue #8, session 44 lane para44
and its review). ``triggers.tsv`` reads "the (main / first / obvious) worry" as a thing to look for (a ``watch`` cue, as
"risk of" is), but a clause that goes on to find it says the finding ("the obvious worry is the large pneumothorax"),
and "has gone from" reads as gone unless an amount moved on "to" another. Kept apart from ``scope`` (its caller) so that
file stays under 500 lines."""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

__all__ = ["GONE_FROM", "MOVED_TO", "worry_said"]

# "the main worry" (a ``watch`` cue) that the clause goes on to find: "the obvious worry is the large pneumothorax", "the
# main worry, a pneumothorax, is present", "a pneumothorax, which is visible at the apex" (review of para44): a finding
# said, not a thing to look for; its clause ends at a mark or a turn, and a denial in it keeps the watch ("and none is seen")
_WORRY_DEFINITE = lazy_compile(r"\s*(?:here\s+|now\s+)?(?:is|was|remains)\s+(?:the|this|these|that|those|its|his|her|their)\s+"
                               r"(?!risk\b|possibility\b|chance\b|question\b)")
_WORRY_CLAUSE = lazy_compile(r"[^.;:!?]*?(?=[.;:!?]|\b(?:but|and|although|though|however|whereas|while)\b|$)")
_WORRY_SEEN = hedges.alternation(negation.SEEN, negation.SEEN_RARE, ("confirmed",))
_SAID_ADVERB = r"(?:(?:clearly|now|indeed|definitely|also|obviously|certainly|actually|plainly|still)\s+)?"
_WORRY_FOUND = lazy_compile(r"\b(?:is|are|was|were)\s+" + _SAID_ADVERB + r"(?:" + _WORRY_SEEN + r")\b"
                            r"(?!\s+in\s+(?:up\s+to|about|around|roughly|a\s+few|some|many|most|\d))|\bthere\s+(?:is|are)\b")
_WORRY_ONE = lazy_compile(r"[^.;!?]*?\b(?:and|but)\s+(?:here\s+|indeed\s+|now\s+)?(?:one|it|this|that)\s+(?:is|was)\s+"
                          + _SAID_ADVERB + r"(?:" + _WORRY_SEEN + r"|there)\b")
GONE_FROM = ("has gone from", "have gone from")  # "gone from the left base" is gone (``triggers.tsv``) ...
MOVED_TO = lazy_compile(r"[^.;:,!?]{0,60}?\bto\b")  # ... unless it goes on "to" another amount
_WORRY_DENIED = lazy_compile(hedges.words(negation.DENY, negation.NONE, negation.NOTHING, negation.NEITHER) + r"|n't\b")
_WORRY_CHARS = 160  # how far a worry's clause is read (a text of many worries stays linear)


def worry_said(low: str, end: int) -> bool:
    """Whether the clause after a "worry" cue (ending at ``end``) says its thing is there (``_WORRY_*``)."""
    stop = min(len(low), end + _WORRY_CHARS)
    if _WORRY_DEFINITE.match(low, end, stop) is not None:
        return True
    m = _WORRY_CLAUSE.match(low, end, stop)
    clause = m.group(0) if m is not None else ""
    if _WORRY_FOUND.search(clause) is not None and _WORRY_DENIED.search(clause) is None:
        return True
    return _WORRY_ONE.match(low, end, stop) is not None  # "the usual worry is a pneumothorax, and here one is present"
