"""A closed answer that names the asked thing by its initials or its side by a short form, read in full words.

"Is there a thrombus in the left atrial appendage?" - "No thrombus in the LAA."; "Is the left anterior descending
artery occluded?" - "The LAD is occluded proximally."; "Is there a left pleural effusion?" - "Lt effusion, small.";
"Is there stenosis of the left internal carotid artery?" - "Severe L ICA stenosis.". The statement readers
(``extract/implicit.py``, ``extract/findings.py``) look for the question's own words, so before they read, an answer's
abbreviation that spells a run of the question's words (as ``extract/initials.py`` spells an option: every word's
initial in order, a letter from inside a compound allowed, a last generic word left out) is written as those words,
and a side's short form ("Lt", "Rt", and a lone "L" / "R" before a named structure or an abbreviation) as the side.

Only the question's words are spelled, so nothing is guessed from the abbreviation alone; an abbreviation the
vocabulary already knows is left as it is (the concept reader reads "ETT" itself; "PE" is a pulmonary embolism, not a
pleural effusion), as are two-letter ones and those the question itself writes.
"""

from __future__ import annotations

import re

from medstep.answers.concepts import vocabulary
from medstep.extract.initials import spells
from medstep.lazyre import lazy_compile

_ABBR = lazy_compile(r"(?<![\w\-])([A-Z]{3,6})(s?)(?![\w\-])")
_WORD = lazy_compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SKIPPED = frozenset({"of", "the", "and", "with", "in", "on", "to", "for", "a", "an", "or"})
# "Lt", "Rt" (with or without a stop) are sides wherever they stand.
_SIDE_SHORT = lazy_compile(r"(?<![\w\-])([LlRr])t\.?(?=\s+[A-Za-z])")
# A lone capital "L" / "R" is a side only before a word (not "R > L", "2 L of fluid", "L4"): checked below against
# what follows it.
_SIDE_LETTER = lazy_compile(r"(?<![\w\-./])(?<!\d\s)([LR])\.?\s+([A-Za-z][A-Za-z\-]*)")
_SIDE = {"l": "left", "r": "right"}


def _phrases(question: str) -> list[tuple[tuple[str, ...], str]]:
    """Every run of two or more of the question's content words, with the question's text from its first to its last."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(question) if m.group(0).lower() not in _SKIPPED]
    out = []
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 7) + 1):
            run = words[i:j]
            out.append((tuple(w.lower() for w, _, _ in run), question[run[0][1]:run[-1][2]]))
    return out


def _known(abbr: str) -> bool:
    """Whether the vocabulary reads ``abbr`` as a concept already: its own concept ("ETT") is read by the concept
    reader as it stands, another one ("PE" for "pleural effusion") is not the question's words."""
    return any(m.concept and m.end - m.start == len(abbr) for m in vocabulary().mentions(abbr.lower()))


def _expanded_initials(text: str, question: str) -> str:
    found = {m.group(1) for m in _ABBR.finditer(text)}
    if not found:
        return text
    asked = set(re.findall(r"\b[A-Z]{2,6}\b", question))
    phrases = _phrases(question)
    table: dict[str, str] = {}
    for abbr in found - asked:
        spelled = {said for words, said in phrases if spells(abbr.lower(), words)}
        if len(spelled) == 1 and not _known(abbr):
            table[abbr] = spelled.pop()
    if not table:
        return text
    return _ABBR.sub(lambda m: table.get(m.group(1), m.group(0)), text)  # "the LAAs": the words, no plural ending


def _names_a_structure(word: str) -> bool:
    """Whether ``word`` opens something a side belongs to: an abbreviation or a vocabulary phrase ("lung", "ICA")."""
    if re.fullmatch(r"[A-Z]{2,6}s?", word):
        return True
    return any(m.start == 0 for m in vocabulary().mentions(word.lower()))


def _expanded_sides(text: str) -> str:
    text = _SIDE_SHORT.sub(lambda m: _SIDE[m.group(1).lower()], text)
    return _SIDE_LETTER.sub(lambda m: f"{_SIDE[m.group(1).lower()]} {m.group(2)}"
                            if _names_a_structure(m.group(2)) else m.group(0), text)


def expand(text: str, question: str) -> str:
    """``text`` with the abbreviations of the question's words and the short forms of sides written out (module
    docstring); the same text when there are none."""
    if question.isascii() and text.isascii():
        return _expanded_initials(_expanded_sides(text), question)
    return text


__all__ = ["expand"]
