"""Whether a clause only repeats the answer options (a listing) or frames them as the answer (the decision).

Split from ``extract.py``: the clause cutter (``clauses.py``) asks these questions of each clause, and
the verifier filters a text's options with :func:`quoted_in` before its reference steps are analysed.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from medstep.answers import option_key

_LISTING_WORDS = frozenset({"or", "and", "answer", "the", "a", "an", "option", "options", "choice", "choices", "is",
                            "b", "c", "d", "e", "f", "g", "h"})
# Words that frame an option's text as the answer without saying anything about the image ("the finding
# that best accounts for the appearance is ...", "we are asked for the most significant finding"); in
# option-key form (articles dropped, plurals folded). Observation words ("there", "seen", "shows") are
# not here: "a left apical pneumothorax is seen" observes, even in the option's words.
_FRAMING_WORDS = _LISTING_WORDS | frozenset(
    "we i am are asked for ask most more significant important relevant notable likely probable main primary key "
    "finding diagnosis abnormality impression conclusion correct best explain account accounting fit match "
    "matche appearance appearance image picture radiograph film x ray xray chest cxr here one in of on to this "
    "that these which what it so therefore thus hence final my our think believe select choose pick would be "
    "question given based above overall consistent with analysis analyze evaluation assessment review after all "
    "considering reasoning evidence information provided available options choice after having weighed weighing "
    "all them each every considered carefully".split())
# At least one of these makes the clause a statement of the answer rather than a bare listing.
_ANSWER_FRAME = frozenset("answer option choice diagnosis finding abnormality impression conclusion correct "
                          "explain account accounting fit match matche asked select choose pick".split())


class Quotes(Enum):
    """What a clause does with the answer options' text (``restates``)."""

    LISTED = "listed"  # nothing but options and connectives: an option listing
    DECIDED = "decided"  # options framed as the answer, nothing observed: the decision restated


LISTED, DECIDED = Quotes.LISTED, Quotes.DECIDED


def restates(clause: str, quoted: Sequence[str], asked: frozenset[str] = frozenset()) -> Quotes | None:
    """Whether ``clause`` is nothing but answer options (their keys, longest first) and connectives
    (LISTED), or options framed as the answer with framing or question words (DECIDED); else None.

    Why the decision: "the most significant finding is the one in option B, a left apical pneumothorax"
    states the chain's answer, not an observation; counting its findings let a chain that only
    restated question and answer earn factuality and effectiveness. An option text must be at least
    four characters ("yes" / "no" are too common to count as quoting)."""
    key = f" {option_key(clause)} "
    found = quoting = False
    for q in quoted:
        if q and f" {q} " in key:
            key = key.replace(f" {q} ", " ")
            found = True
            quoting = quoting or len(q) >= 4
    if not found:
        return None
    words = key.split()
    if all(w in _LISTING_WORDS for w in words):
        return DECIDED if quoting and "answer" in words else LISTED
    if quoting and all(w in _FRAMING_WORDS or w in asked for w in words) and any(w in _ANSWER_FRAME for w in words):
        return DECIDED
    return None


def quoted_in(text: str, quoted: Sequence[str]) -> tuple[str, ...]:
    """The option keys of ``quoted`` that some clause of ``text`` may restate (order kept).

    Why: ``restates`` normalises every clause of every chain and reference step, and most option
    texts never occur in a given text. A clause's option-key tokens are lower-cased word runs of the
    clause (plurals cut), so each token of an option it quotes is a substring of ``text.lower()``;
    an option with a token that is not cannot be restated anywhere in ``text`` and is dropped
    without changing any clause's result. Non-ASCII text (NFKC may create letters) keeps them all.
    """
    if not quoted or not text.isascii():
        return tuple(quoted)
    low = text.lower()
    return tuple(q for q in quoted if all(t in low for t in q.split()))


def may_quote(low: str, a: int, b: int, tokens: list[list[str]]) -> bool:
    """Whether the clause ``low[a:b]`` holds every key token of some option (else it quotes none)."""
    clause = low[a:b]
    for ts in tokens:
        for t in ts:
            if t not in clause:
                break
        else:
            return True
    return False
