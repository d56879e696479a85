"""An option read only where the reply ties it to another condition than the one the question asks: ``ambiguous``.

"Which sign on an abdominal radiograph suggests sigmoid volvulus?" — "The coffee bean sign is a dilated inverted loop
of sigmoid colon. The double bubble is seen in duodenal obstruction, the string of pearls with small-bowel
obstruction." names option A's text only as what another condition shows: the foil of a textbook answer, which
describes the right sign in its own words. Reading the option named there would be the wrong letter, and which option
the reply's own words restate is not known, so the reading is ``ambiguous`` (never a guess at another option).

The question must ask which option goes with a named condition ("Which sign suggests X?", "Which finding is typical
of X?", "... is seen in X?", "... is associated with X?"). An option mention is tied to another condition when the
words right after it say it goes with a noun phrase ("is (classically) seen in Y", "is associated with Y", "is typical
of Y", "is a sign of Y") that shares no content word with the asked condition, and the phrase names no place of this
image ("seen in the right lower lobe" is a finding here). The reading is set aside only when every mention of the
chosen option is so tied and its letter is never named. Sibling of ``extract/other_class.py`` (another grade or
pole than the one asked).
"""

from __future__ import annotations

from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# "Which sign suggests sigmoid volvulus?", "Which finding is most typical of sarcoidosis?", "... is seen in X?"
_ASKS = lazy_compile(
    r"(?i)\bwhich\b[^?]*?\b(?:suggests?|indicates?|points?\s+to|is\s+(?:most\s+)?(?:typical|characteristic|diagnostic|"
    r"pathognomonic|suggestive|indicative)\s+(?:of|for)|is\s+(?:classically\s+|typically\s+)?(?:seen|found)\s+in|is\s+"
    r"associated\s+with)\s+(?P<condition>[^?]{3,80})\?")
_HABIT = r"(?:(?:typically|classically|usually|commonly|often|characteristically|mainly|also|most\s+often)\s+)?"
# What the mention is said to go with, right after it: "is seen in Y", "is associated with Y", "is a sign of Y".
_TIED = lazy_compile(
    r"(?i)[*_\"'”)\]]*\s+(?:is|are)\s+" + _HABIT + r"(?:(?:seen|found|encountered|observed)\s+(?:in|with)|"
    r"associated\s+with|typical\s+of|characteristic\s+of|(?:a|the)\s+(?:classic\s+)?sign\s+of|pathognomonic\s+(?:of|for)|"
    r"indicative\s+of|suggestive\s+of)\s+(?P<other>[^.;,\n]{3,80})")
# A place of this image or case after "seen in": "in the right lower lobe", "in this patient", "here".
_HERE = lazy_compile(r"(?i)\b(?:this|these|here|the\s+(?:image|film|scan|study|radiograph|right|left|upper|lower|"
                     r"middle))\b|\b(?:lobe|quadrant|zone)s?\b")
_WORD = lazy_compile(r"[a-z]+")
_STOP = frozenset({"a", "an", "the", "of", "in", "on", "with", "and", "or", "abdominal", "chest", "radiograph",
                   "ct", "mri", "image", "sign", "finding", "feature", "most", "likely", "this", "that"})


def _content(text: str) -> set[str]:
    """Content words of ``text`` cut to their first five letters (so "volvulus" meets "volvuli")."""
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def tied_to_another(text: str, idx: OptionIndex, question: str, letter: str) -> bool:
    """Whether every mention of ``letter`` in ``text`` is its option's text said to go with another condition than
    the one ``question`` asks (module docstring)."""
    asked = _ASKS.search(question)
    if asked is None:
        return False
    condition = _content(asked.group("condition"))
    if not condition:
        return False
    mentions = [m for m in find_mentions(text, idx) if m.letter == letter]
    if not mentions or any(not m.by_text for m in mentions):
        return False
    for m in mentions:
        tied = _TIED.match(text, m.end)
        if tied is None:
            return False
        other = tied.group("other")
        if _HERE.search(other) is not None or not condition.isdisjoint(_content(other)):
            return False  # "seen in the left lower lobe", "is associated with sigmoid volvulus": this case, or the one asked
    return True


__all__ = ["tied_to_another"]
