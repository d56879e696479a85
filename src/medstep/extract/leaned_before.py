"""A lean stated before a closing verdict word: "..., so probably not. Yes." (ambiguous, not yes).

A closing "Yes." or "No." is read as the answer (``yes_no_final``) unless what comes before contradicts it. A lean
worded as a verdict ("probably not", "likely yes", "I don't think so") is a verdict of its own, of the value it names:
when it names the other value than the closing word, and no revision cue ("actually", "on reflection") stands
between them, the writer gave both answers and the reader cannot tell which one is meant. A lean of the same value
("Probably not. No.") agrees and changes nothing. The same holds right after an opening verdict ("Yes, probably
not.", and "Yes — well, possibly not.", the other value held possible: :func:`lead_leans_otherwise`). Also here, as a
denial of another property than the one asked: "No displaced fracture." to "Is there a non-displaced fracture?"
(:func:`denies_the_unprefixed`). Used by ``extract/closed_reader.py``.
"""

from __future__ import annotations

import re
from typing import Iterable

from medstep.answers import COMMITTED_LEANS, NEGATIVE_REPLIES, NO, YES, hedges, negation, revisions
from medstep.lazyre import lazy_compile


def _alternation(words: Iterable[str]) -> str:
    """As ``hedges.alternation``, with either apostrophe ("I don't think so", "I don’t think so")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


# Where a lean can open: the text's start, a sentence or clause break, or a conclusion word ("so probably not").
_OPEN = r"(?:^|(?<=[.!?;:,(—–\n])|\b(?:so|thus|hence|therefore|then|and|but)\b)[\s*_\"'“”]*"
_CLOSE = r"(?=[\s*_\"'“”]*(?:[.!?;:,)—–\n]|\Z))"
# "probably not", "likely yes", "most likely no": a committed lean with its verdict word
_LEANED = lazy_compile(r"(?i)" + _OPEN + r"(?:" + _alternation(COMMITTED_LEANS) + r")[\s,]+(yes|no|not)\b" + _CLOSE)
# "I don't think so", "not that I can see" (no); "I think so", "I believe so" (yes): a reply in other words
_NEGATIVE = lazy_compile(r"(?i)" + _OPEN + r"(?:" + _alternation(NEGATIVE_REPLIES) + r")" + _CLOSE)
_AFFIRMATIVE = lazy_compile(r"(?i)" + _OPEN + r"(?:i\s+think\s+so|i\s+believe\s+so)" + _CLOSE)
_REVISED = lazy_compile(r"(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                revisions.DISOWN, revisions.RESTATE))


def lean_before(said: str) -> str | None:
    """The verdict (``YES`` / ``NO``) a worded lean in ``said`` gives, when it gives one value only, else ``None``."""
    found = {NO if m.group(1).lower() in ("no", "not") else YES for m in _LEANED.finditer(said)}
    if _NEGATIVE.search(said) is not None:
        found.add(NO)
    if _AFFIRMATIVE.search(said) is not None:
        found.add(YES)
    return next(iter(found)) if len(found) == 1 else None


def contradicts_closing(said: str, verdict: str) -> bool:
    """Whether the lean stated in ``said`` (the text before a closing verdict word) gives the other value than
    ``verdict`` with no revision cue after it: "The cortex looks intact, so probably not. Yes."."""
    lean = lean_before(said)
    if lean is None or lean == verdict:
        return False
    end = max(m.end() for pattern in (_LEANED, _NEGATIVE, _AFFIRMATIVE) for m in pattern.finditer(said))
    return _REVISED.search(said, end) is None


# Right after an opening verdict, the other value held possible: "Yes — well, possibly not.", "No, maybe so.", "Yes,
# or perhaps not; ...". Not a lean of its own (a possibility commits to nothing), but the verdict just given is
# doubted: neither value stands. The doubt must close its clause (``_STOP``: not "Yes, possibly not, depending on the
# windowing, but I'd still say there is one", which goes on to turn back); the maybe-words of every language are
# ``hedges.MAYBE`` and ``hedges.OTHER_POSSIBILITY``.
_DOUBT_REACH = 80  # how far after the doubt a revision cue still turns it back ("... possibly not. Actually, yes.")
_STOP = r"(?=[\s*_\"'“”]*(?:[.!?;)—–\n]|\Z))"
_DOUBTED = lazy_compile(r"(?i)^(?:(?:well|or|then\s+again|hmm)[\s,]+)?"
                        + hedges.words(hedges.MAYBE, hedges.OTHER_POSSIBILITY) + r"[\s,]+(not|no|yes|so)\b" + _STOP)


def lead_leans_otherwise(rest: str, verdict: str) -> bool:
    """Whether the words right after an opening verdict (``rest``) open on a lean of the other value: "Yes, probably
    not." (a yes, then a no in other words), "No, I think so." (which one the writer meant is not the reader's), or
    hold the other value possible ("Yes — well, possibly not.", ``_DOUBTED``)."""
    clause = rest.lstrip(" ,;:—–-*_")
    doubted = _DOUBTED.match(clause[:40])
    if (doubted is not None and (NO if doubted.group(1).lower() in ("no", "not") else YES) != verdict
            and _REVISED.search(clause[:_DOUBT_REACH], doubted.end()) is None):
        return True
    lean = lean_before(clause[:40])
    return lean is not None and lean != verdict and _REVISED.search(clause[:40]) is None


# "non-displaced", "non displaced", "nondisplaced": a property the prefix negates.
_NON = lazy_compile(r"(?i)\bnon[- ]?([a-z]{4,})")


def denies_the_unprefixed(text: str, question: str) -> bool:
    """Whether ``question`` asks a "non-X" property ("Is there a non-displaced fracture?") and ``text`` denies plain
    X ("No displaced fracture.") without naming "non-X": a denial of a different property answers nothing asked (the
    statement readers would match the finding and read the denial as a no)."""
    asked = {m.group(1).lower() for m in _NON.finditer(question)}
    if not asked or any(m.group(1).lower() in asked for m in _NON.finditer(text)):
        return False
    return any(re.search(r"(?i)\b(?:" + negation.alternation(negation.DENY) + r")\s+(?:\w+\s+)?" + re.escape(word) + r"\b",
                         text) is not None for word in asked)
