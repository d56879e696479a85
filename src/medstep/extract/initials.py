"""An option named by the initials of its words: "Diagnosis: complete ACL tear." for "Anterior cruciate ligament".

Radiologists and models name findings by their common abbreviation (SBO,
SCFE, DDH, MCA, RCC, DWI, MRI) and then give no letter and no option text,
so every other reader finds nothing. The abbreviation is read only when it
is the initials of an option's content words (all of them, or all but a
last generic word: "LAD" for "Left anterior descending artery"), written in
capitals, three to six letters, and only that option has those initials.
Two- letter abbreviations are not read: "PE" is a pulmonary embolism to a
radiologist even where the only option it spells is "Pleural effusion".

Many abbreviations take a letter from inside a compound word as well: "EDH"
(EpiDural Haematoma), "SAH" (SubArachnoid Haemorrhage), "IMH", "ETT", "MNG"
(MultiNodular Goitre), "ZMC". They are read too, more strictly (:func:`by_parts`):
every content word gives its initial, in order (a last generic word may be left
out), and a word gives at most one letter from inside it, the start of a later
part of the compound (after a prefix such as sub-, epi-, intra-, or the linking
o of a combining form: zygomatic-o-maxillary), never any letter inside it
("SAH" is not Subdural haematoma by the a of "dural"); an option of one word
can never be spelled so ("PTX", "AML" are left unread: two letters from one word
would match too much). An option written with another name in brackets
("Koilocytosis (low-grade squamous intraepithelial lesion)") is spelled by
either name ("LSIL"). British spellings are folded first ("oesophageal" gives
an E: "DES" for "Diffuse oesophageal spasm").

Only the decision sentence's kept clauses are read (see
:func:`medstep.extract.decision_clauses.kept_clauses`: no hedge, alternative,
negation, question, definition or score), and every abbreviation there
that spells an option must spell the same one, and name no other option by its text in its clause ("GPA and
metastases can cavitate": options listed, none picked). Rule ``option_initials``.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.extract.abbreviations import BRACKETED, SKIPPED, WORD, spelled
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.answers.wordforms import spelling as _spelling
from medstep.extract.decision_clauses import called_normal, kept_clauses
from medstep.lazyre import lazy_compile

RULE = "option_initials"

_TOKEN = lazy_compile(r"(?<![\w.\-])([A-Z]{3,6})s?(?![\w\-])")
_WORD = WORD
_SKIPPED = SKIPPED  # (``extract/abbreviations.py``: the one rule of an option's initials)


# A word for the letter-from-inside reading: a hyphenated compound is one word ("low-grade").
_COMPOUND = lazy_compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_BRACKETED = BRACKETED


def _names(text: str) -> tuple[str, ...]:
    """An option's names: its text, and with one bracketed part, the text without it and the bracketed part."""
    m = _BRACKETED.match(text)
    if m is None:
        return (text,)
    return (text, f"{m.group(1)} {m.group(3)}".strip(), m.group(2))


# Prefixes after which a compound's next part starts ("sub|dural", "epi|dural", "intra|mural", "endo|tracheal").
_PREFIXES = ("sub", "epi", "extra", "intra", "inter", "endo", "multi", "para", "peri", "trans", "supra", "infra",
             "retro", "hyper", "hypo", "poly", "post", "pre", "ante", "anti", "hemi", "semi", "micro", "macro",
             "pseudo", "uni", "bi", "tri")


def _part_initials(word: str) -> set[str]:
    """The letters that start a later part of a compound word: after a prefix ("sub|arachnoid"), or after the
    linking o of a combining form ("zygomatic-o-|maxillary", "gastr-o-|intestinal")."""
    out = {word[len(p)] for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 3}
    out.update(word[k] for k in range(4, len(word) - 3) if word[k - 1] == "o" and word[k] not in "aeiou")
    return out


def _spells(abbr: str, words: tuple[str, ...]) -> bool:
    """Whether ``abbr`` (lower case) is every word's initial in order, each followed by at most one later letter of
    the same word; the last word may be left out when there are 3+ words."""

    def walk(i: int, j: int) -> bool:
        if i == len(abbr):
            return j == len(words) or (j == len(words) - 1 and len(words) >= 3)
        if j == len(words) or words[j][0] != abbr[i]:
            return False
        if walk(i + 1, j + 1):
            return True
        return i + 1 < len(abbr) and abbr[i + 1] in _part_initials(words[j]) and walk(i + 2, j + 1)

    return len(words) >= 2 and walk(0, 0)


def spells(abbr: str, words: tuple[str, ...]) -> bool:
    """Whether ``abbr`` (lower case) spells ``words`` (lower case, in order, function words left out) as
    :func:`by_parts` reads an option's words (British spellings folded first)."""
    return _spells(abbr, tuple(_spelling(w) for w in words))


@lru_cache(maxsize=4096)
def by_parts(abbr: str, options: tuple[tuple[str, str], ...]) -> str | None:
    """The one letter whose option (by any of its names) ``abbr`` spells, letters from inside its words allowed, else
    None (see module docstring); an abbreviation two options spell names neither."""
    low = abbr.lower()
    found = set()
    for letter, text in options:
        for name in _names(text):
            words = tuple(_spelling(w.lower()) for w in _COMPOUND.findall(name) if w.lower() not in _SKIPPED)
            if words and _spells(low, words):
                found.add(letter)
    return next(iter(found)) if len(found) == 1 else None


def spelled_out(abbr: str, words: tuple[str, ...]) -> bool:
    """Whether a run of ``words`` (lower-cased, in order) spells ``abbr`` as :func:`by_parts` reads an option's words:
    "left anterior descending artery" spells "LAD" (the reverse reading: an option written as an abbreviation)."""
    low = abbr.lower()
    content = [_spelling(w) for w in words if w not in _SKIPPED]
    for i, word in enumerate(content):
        if word[:1] != low[:1]:
            continue
        for j in range(i + 2, min(len(content), i + len(low)) + 1):
            if _spells(low, tuple(content[i:j])):
                return True
    return False


def read_initials(region: str, idx: OptionIndex, options: dict[str, str], question: str,
                  sentence: str | None = None) -> str | None:
    """The one option the decision sentence (``sentence`` when the caller has it) names by its initials, else None."""
    if _TOKEN.search(region) is None:
        return None  # no abbreviation at all: skip finding the decision sentence
    clauses = kept_clauses(region, idx, sentence)
    if not clauses:
        return None
    items = tuple(sorted(options.items()))
    table = spelled(items)
    asked = set(_TOKEN.findall(question))
    named = set()
    for said, t in ((c, t) for c in clauses for t in _TOKEN.findall(c) if t not in asked):
        letter = table.get(t) or by_parts(t, items) or _led_in(said, t, items)
        if letter is not None and not called_normal(said, options[letter]):  # "The ZMC is intact."
            named.add(letter)
            # "GPA and metastases can cavitate, but ...": another option named by its text in the same clause makes
            # the abbreviation one of the options listed there, no pick of its own
            named.update(m.letter for m in find_mentions(said, idx) if m.by_text and m.letter in idx.letters)
    if len(named) != 1:
        return None
    letter = next(iter(named))
    return letter if letter in idx.letters else None


def letters_spelled(sentence: str, options: dict[str, str]) -> frozenset[str]:
    """The option letters that an abbreviation in ``sentence`` spells (:func:`by_parts`, the spelled table), wherever
    it stands and whatever its clause says of it."""
    items = tuple(sorted(options.items()))
    table = spelled(items)
    found = (table.get(t) or by_parts(t, items) for t in _TOKEN.findall(sentence))
    return frozenset(letter for letter in found if letter is not None)


def _led_in(clause: str, abbr: str, options: tuple[tuple[str, str], ...]) -> str | None:
    """"Pulmonary AVM." for "Pulmonary arteriovenous malformation": the option's first words written out right before
    the abbreviation closing the clause, which spells (:func:`_spells`) the two or more words left; the one option
    read so, else None."""
    at = clause.find(abbr)
    if clause[at + len(abbr):].strip(" \t\n.!*_)]'\"”s"):
        return None  # the abbreviation closes its clause ("... : toxic MNG."), not a subject ("toxic MNG shows ...")
    before = tuple(_spelling(w.lower()) for w in _COMPOUND.findall(clause[:at]) if w.lower() not in _SKIPPED)
    found = set()
    for letter, text in options:
        for name in _names(text):
            words = tuple(_spelling(w.lower()) for w in _COMPOUND.findall(name) if w.lower() not in _SKIPPED)
            if any(before[len(before) - k:] == words[:k] and _spells(abbr.lower(), words[k:])
                   for k in range(1, len(words) - 1) if len(before) >= k):
                found.add(letter)
    return next(iter(found)) if len(found) == 1 else None
