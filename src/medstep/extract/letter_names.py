"""Capitals that end a name rather than stand as an option letter ("type A dissection", "Weber B fracture",
"hepatitis C" against "is C", "pick A"): one home for the test that every letter reader asks before it takes a
bare capital as a choice (moved out of ``extract/mentions.py``, which finds the options' mentions)."""

from __future__ import annotations

from medstep.extract import langwords
from medstep.lazyre import lazy_compile

# Words after which a bare capital is still a letter: function and cue words ("is C", "pick A", "only B", "la C").
# After any other word it ends a name: "type A dissection", "vitamin D", "hepatitis B", "Stanford A".
_LETTER_LEADS = frozenset({
    "is", "are", "be", "was", "remains", "remain", "only", "just", "so", "then", "thus", "therefore", "hence",
    "pick", "picked", "choose", "chose", "select", "selected", "say", "mark", "with", "for", "to", "as", "answer",
    "option", "choice", "letter", "it's", "that's", "leaves", "leaving", "clearly", "definitely", "probably",
    "likely", "and", "la", "el", "es", "opción", "lo", "respuesta", "the", "on", "statement",
    "ok", "okay", "alright", "yes", "yeah",  # an interjection closing the thought: "... so myeloma. OK A."
    "why", "toward", "towards",  # where the reasoning points: "that's why D", "points toward C" (no name ends so)
})
_WORD_BEFORE = lazy_compile(r"([^\W\d_][\w'’]*)[\s*_\"'“(\[]*\Z")


def name_letters(text: str) -> frozenset[str]:
    """The capitals standing alone that end a name in ``text`` (:func:`in_name`): the class a name gives ("Weber
    B fracture", "type A dissection", "hepatitis C": ``{"b"}``, ``{"a"}``, ``{"c"}``), lower-cased; an article
    opening the text ("A Weber B fracture") is none."""
    return frozenset(m.group().lower() for m in _CAPITAL_ALONE.finditer(text) if in_name(text, m.start()))


_CAPITAL_ALONE = lazy_compile(r"(?<![\w'’\-])[A-Z](?![\w'’])")


def in_name(text: str, start: int) -> bool:
    """Whether the capital at ``start`` ends a name rather than standing as a letter: the word before it is neither
    a function nor a cue word ("type A dissection", "vitamin D", "hepatitis B"; not "is C", "pick A", "la C").
    Chinese before it ("最可能的是A") and punctuation ("Best fit: D") leave it a letter."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if "\u4e00" <= word[-1] <= "\u9fff":
        return False
    # "Je choisis C", "Ich wähle C", "Escolho a C": a choice verb of another language (``extract/langwords.py``)
    return word.lower() not in _LETTER_LEADS and not langwords.chooses(text[max(0, start - 60):start])
