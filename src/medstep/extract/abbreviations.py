"""The initials an option's words give, one rule for the readers that take an abbreviation for an option.

``extract/initials.py`` reads an abbreviation in the decision sentence; ``extract/option_names.py`` makes it a
mention of the option for the decision reader. Both must agree on which abbreviations spell which option, so the
rule lives here, apart from ``extract/initials.py`` (which imports ``extract/mentions.py``, which imports
``extract/option_names.py``).

An abbreviation is the initials of all of an option's content words, or of all but its last ("LAD" for "Left
anterior descending artery"), three to six letters, and only one option spells it: two-letter initials clash with
everyday short forms of a report (MS, PD, HD, PA, CC), so they are never derived.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.lazyre import lazy_compile

WORD = lazy_compile(r"[A-Za-z]+")
# Words an abbreviation skips: "DDH" is Developmental Dysplasia (of the) Hip.
SKIPPED = frozenset({"of", "the", "and", "with", "in", "on", "to", "for", "a", "an", "or"})
# An option written with one bracketed part: "Mediolateral oblique (MLO)".
BRACKETED = lazy_compile(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$")
SHORTEST, LONGEST = 3, 6


def initials_of(text: str) -> set[str]:
    """The abbreviations (upper case) ``text``'s content words give: all their initials, and all but the last's."""
    words = [w for w in WORD.findall(text) if w.lower() not in SKIPPED]
    if len(words) < 2:
        return set()
    full = "".join(w[0] for w in words).upper()
    return {abbr for abbr in (full, full[:-1]) if SHORTEST <= len(abbr) <= LONGEST}


@lru_cache(maxsize=2048)
def spelled(options: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Abbreviation (upper case) -> the one letter whose option's words it spells (see module docstring)."""
    seen: dict[str, set[str]] = {}
    for letter, text in options:
        for abbr in initials_of(text):
            seen.setdefault(abbr, set()).add(letter)
    return {abbr: next(iter(letters)) for abbr, letters in seen.items() if len(letters) == 1}


__all__ = ["BRACKETED", "LONGEST", "SHORTEST", "SKIPPED", "WORD", "initials_of", "spelled"]
