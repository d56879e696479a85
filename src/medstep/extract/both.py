"""The "Both" option: "Both are present." or "Both reticular and nodular opacities are present." for options
"Reticular opacities / Nodular opacities / Both / Neither" (rule ``option_text``).

The decision reader sees the two options each stated and, with nothing to choose between them, calls the output
ambiguous; but stating both is the answer when an option says "Both". Read when exactly one option is "Both" (or
"Both of the above", "All of the above") and a sentence says so: "both" standing for the options ("Both are
present.", "Both of them are seen."), or "both X and Y" where X and Y open the texts of the two other options.
Never in a sentence that negates or hedges ("Not both.", "It could be both."). An option naming the two by
their letters ("Both A and B", "A and B") takes those two as its parts; "both" may lead the pair after a verb of
showing ("The film shows both a pleural effusion and a pneumothorax.").

The "Neither" option ("Neither", "Neither A nor B", "None of the above") is read the same way
(:func:`read_neither`): "Neither is seen.", "Neither finding is present.", "None of them.", or "neither X nor Y"
naming the two other options. A last-resort reader (``extract/core.py``): it runs only when the output was read as
ambiguous or unparsed.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.extract import optionconcept
from medstep.extract.mentions import CONFLICT, OptionIndex
from medstep.lazyre import lazy_compile

RULE = "option_text"

# An option letter inside an option's text: "Both A and B", "Neither (A) nor (B)".
_LETTER = r"[\s(\[]*(?-i:([A-Z]))[\s)\]]*"
BOTH_OPTION = lazy_compile(r"(?i)^\s*(?:both(?:\s+of\s+(?:the\s+above|them|these))?|all\s+of\s+the\s+above|"
                            r"(?:both\s+)?(?:options?\s+)?" + _LETTER + r"(?:and|&)" + _LETTER + r")\s*\.?\s*$")
_NONE_OPTION = lazy_compile(r"(?i)^\s*(?:neither|none)\b")
NEITHER_OPTION = lazy_compile(r"(?i)^\s*(?:neither(?:\s+of\s+(?:the\s+above|them|these))?|"
                               r"none(?:\s+of\s+(?:the\s+above|them|these))?|"
                               r"neither\s+(?:options?\s+)?" + _LETTER + r"nor" + _LETTER + r")\s*\.?\s*$")
_SENTENCE = lazy_compile(r"[^.!?:;\n]+")
_CLAUSE = lazy_compile(r"[^,]+")  # "There is a hydropneumothorax, so both.": the pronoun ends its sentence
# Words saying a finding is there: the predicate of "Both are present." and of "Both X and Y are seen.".
_THERE = r"(?:" + hedges.alternation(negation.SEEN, ("shown",)) + ")"
# "Both are present.", "Both of them are seen.", "Both." — "both" standing for the options.
_PRONOUN = lazy_compile(r"(?i)^\W*(?:so\s+|therefore\s+|thus\s+)?(?:both|all)"
                        r"(?:\s+(?:findings|options|signs|features|abnormalities|organs|structures|lesions))?(?:\s+of\s+(?:them|these|the\s+above))?"
                        rf"(?:\s+(?:are|were)\s+(?:\w+\s+)?(?:{_THERE}|correct|true|enlarged|abnormal|affected|involved))?\W*$")
_PAIR = lazy_compile(r"(?i)\bboth\s+(?:the\s+|a\s+|an\s+)?([\w-]+)\s+and\s+(?:the\s+|a\s+|an\s+)?([\w-]+)")
# "Both" leading the pair after a verb of showing: "The film shows both a pleural effusion and a pneumothorax."
_SHOWS_BOTH = lazy_compile(r"(?i)\b(?:shows?|showing|demonstrates?|demonstrating|reveals?|revealing|"
                           r"there\s+(?:is|are))\s+both\b")
# What the pair's own clause must say of it: that both are there. "Both reticular and nodular opacities were
# considered; reticular opacities are present." weighs the pair and then states one of them.
_PRESENT = lazy_compile(r"(?i)[^;,:—–]*\b" + _THERE + r"\b")
# A negation or hedge in the sentence ("Not both.", "It could be both."; "both" itself is a weighing word of
# ``is_hedge``, so its other word lists are read here).
_TURNS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE,
                                           negation.ABSENT, hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT,
                                           hedges.LIKELIHOOD, ("either", "between", "plausible"))
                      + "|" + negation.CONTRACTION)


def option_parts(pattern: re.Pattern[str], idx: OptionIndex) -> tuple[str, dict[str, str]] | None:
    """The one option ``pattern`` matches (a "Both" or a "Neither" option) and its parts: the letters its text names
    ("Both A and B"), else every other option but the other kind's ("Both" beside "Neither" and two findings)."""
    found = [(letter, m) for letter, text in idx.texts.items() if (m := pattern.match(text)) is not None]
    if len(found) != 1:
        return None
    letter, m = found[0]
    named = {g for g in m.groups() if g is not None}
    if named:
        parts = {k: idx.keys[k] for k in named if k in idx.keys and k != letter}
        return (letter, parts) if len(parts) == 2 else None
    others = {k: key for k, key in idx.keys.items() if k != letter and _NONE_OPTION.match(key) is None
              and BOTH_OPTION.match(idx.texts[k]) is None}
    return letter, others


def _part_pattern(letter: str, idx: OptionIndex) -> re.Pattern[str]:
    """Where ``sentence`` names a part: by its option text (searched alone: to the index the joined pair is one
    mention), or by its last word when no other option's text holds it ("an effusion" for "Pleural effusion")."""
    pattern = next(p for k, p, _, _ in idx.text_res if k == letter)
    head = idx.keys[letter].split()[-1] if idx.keys[letter] else ""
    if len(head) < 4 or not head.isalpha() or any(head in key.split() for k, key in idx.keys.items() if k != letter):
        return pattern
    return re.compile(pattern.pattern + r"|\b" + re.escape(head) + r"(?:e?s)?\b")


def _names_pair(sentence: str, idx: OptionIndex, parts: dict[str, str], lead: str) -> int | None:
    """Where the pair ends when ``sentence`` names the two parts by their texts right after ``lead`` ("both",
    "neither") and joined by "and" / "nor" ("both pleural effusion and pneumothorax"), else None."""
    low = sentence.lower()
    at = low.find(lead + " ")
    if at < 0:
        return None
    spans = sorted((m.start(), m.end()) for letter in parts
                   for m in [_part_pattern(letter, idx).search(low, at)] if m is not None)
    if len(spans) != 2:
        return None
    (start1, end1), (start2, end2) = spans
    if low[at + len(lead):start1].strip(" *_") not in ("", "a", "an", "the") or low[end1:start2].strip(" *_") not in (
            ("and", "and a", "and an", "and the") if lead == "both" else ("nor", "nor a", "nor an", "nor any")):
        return None
    return end2


def read_both(region: str, idx: OptionIndex) -> str | None:
    """The "Both" option when the output says both hold (module docstring), else None."""
    if "both" not in region.lower() and "all" not in region.lower():
        return None
    together = option_parts(BOTH_OPTION, idx)
    if together is None or len(together[1]) != 2:
        return None
    both, parts = together
    firsts = {text.split()[0].lower() for text in parts.values() if text.split()}
    for m in _SENTENCE.finditer(region):
        sentence = m.group()
        if _TURNS.search(sentence) is not None or _NEITHER_WORD.search(sentence) is not None:
            continue
        if any(_PRONOUN.match(clause) is not None for clause in _CLAUSE.findall(sentence)):
            return both
        pair = _PAIR.search(sentence)
        if pair is not None and {pair.group(1).lower(), pair.group(2).lower()} == firsts \
                and _PRESENT.match(sentence, pair.end()) is not None:
            return both
        end = _names_pair(sentence, idx, parts, "both")
        if end is not None and (_PRESENT.match(sentence, end) is not None or _SHOWS_BOTH.search(sentence)):
            return both
    return None


def read_both_stated(region: str, idx: OptionIndex) -> str | None:
    """The "Both" option when a short reply states each part's finding in its own words, and nothing else of theirs
    ("The liver is enlarged. The spleen is enlarged." for "Hepatomegaly" / "Splenomegaly" / "Both"): the shared
    vocabulary reads the two as two options stated (:func:`medstep.extract.optionconcept.read_option`)."""
    together = option_parts(BOTH_OPTION, idx)
    if together is None or len(together[1]) != 2 or len(region) > optionconcept.OPTION_MAX_CHARS:
        return None
    both, parts = together
    stated = optionconcept.read_option(region, {letter: idx.texts[letter] for letter in parts})
    return both if stated == CONFLICT else None


# "Neither is seen.", "Neither finding is present.", "None of them.", "Neither." — standing for the options.
_NEITHER = lazy_compile(r"(?i)^\W*(?:so\s+|therefore\s+|thus\s+)?(?:neither|none)"
                        r"(?:\s+(?:finding|findings|option|options|sign|signs|feature|features|one))?"
                        r"(?:\s+of\s+(?:them|these|the\s+two|the\s+above|the\s+findings|the\s+options))?"
                        rf"(?:\s+(?:is|are)\s+(?:\w+\s+)?{_THERE})?\W*$")
_NEITHER_WORD = lazy_compile(r"(?i)\b(?:neither|none)\b")  # "Both, or neither.": the two kept open
# A hedge in the sentence ("Neither is clearly seen, but it could be ..."; the denial is the reading itself).
# "Neither X nor Y can be excluded" keeps both open: an exclusion word turns the denial around.
_HEDGED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT, hedges.LIKELIHOOD,
                                            negation.heads(negation.EXCLUDED),
                                            ("either", "between", "plausible", "both", "can")) + r"|\?")


def read_neither(region: str, idx: OptionIndex) -> str | None:
    """The "Neither" option when the output says neither holds (module docstring), else None."""
    low = region.lower()
    if "neither" not in low and "none" not in low:
        return None
    together = option_parts(NEITHER_OPTION, idx)
    if together is None or len(together[1]) < 2:
        return None
    neither, parts = together
    for m in _SENTENCE.finditer(region):
        sentence = m.group()
        if _HEDGED.search(sentence) is not None:
            continue
        if any(_NEITHER.match(clause) is not None for clause in _CLAUSE.findall(sentence)):
            return neither
        if len(parts) == 2 and _names_pair(sentence, idx, parts, "neither") is not None:
            return neither
    return None


__all__ = ["BOTH_OPTION", "NEITHER_OPTION", "RULE", "read_both", "read_both_stated", "read_neither", "option_parts"]
