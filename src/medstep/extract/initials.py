"""An option named by the initials of its words: "Diagnosis: complete ACL tear." for "Anterior cruciate ligament".

Radiologists and models name findings by their common abbreviation (SBO,
SCFE, DDH, MCA, RCC, DWI, MRI) and then give no letter and no option text,
so every other reader finds nothing. The abbreviation is read only when it
is the initials of an option's content words (all of them, or all but a
last generic word: "LAD" for "Left anterior descending artery"), written in
capitals, three to six letters, and only that option has those initials.
Two- letter abbreviations are not read: "PE" is a pulmonary embolism to a
radiologist even where the only option it spells is "Pleural effusion".

Only the decision sentence's kept clauses are read (see
:func:`medstep.extract.optwords.kept_clauses`: no hedge, alternative,
negation, question, definition or score), and every abbreviation there
that spells an option must spell the same one. Rule ``option_initials``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.extract.mentions import OptionIndex
from medstep.extract.optwords import kept_clauses

RULE = "option_initials"

_TOKEN = re.compile(r"(?<![\w.\-])([A-Z]{3,6})s?(?![\w\-])")
_WORD = re.compile(r"[A-Za-z]+")
# Words an abbreviation skips: "DDH" is Developmental Dysplasia (of the) Hip.
_SKIPPED = frozenset({"of", "the", "and", "with", "in", "on", "to", "for", "a", "an", "or"})


@lru_cache(maxsize=2048)
def spelled(options: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Abbreviation -> the one letter whose option's words it spells (see module docstring)."""
    seen: dict[str, set[str]] = {}
    for letter, text in options:
        words = [w for w in _WORD.findall(text) if w.lower() not in _SKIPPED]
        if len(words) < 2:
            continue
        full = "".join(w[0] for w in words).upper()
        for abbr in {full, full[:-1]}:
            if 3 <= len(abbr) <= 6:
                seen.setdefault(abbr, set()).add(letter)
    return {abbr: next(iter(letters)) for abbr, letters in seen.items() if len(letters) == 1}


def read_initials(region: str, idx: OptionIndex, options: dict[str, str], question: str,
                  sentence: str | None = None) -> str | None:
    """The one option the decision sentence (``sentence`` when the caller has it) names by its initials, else None."""
    if _TOKEN.search(region) is None:
        return None  # no abbreviation at all: skip finding the decision sentence
    clauses = kept_clauses(region, idx, sentence)
    if not clauses:
        return None
    table = spelled(tuple(sorted(options.items())))
    asked = set(_TOKEN.findall(question))
    named = {table[t] for clause in clauses for t in _TOKEN.findall(clause) if t in table and t not in asked}
    if len(named) != 1:
        return None
    letter = next(iter(named))
    return letter if letter in idx.letters else None
