"""The "Both" option: "Both are present." or "Both reticular and nodular opacities are present." for options
"Reticular opacities / Nodular opacities / Both / Neither" (rule ``option_text``).

The decision reader sees the two options each stated and, with nothing to choose between them, calls the output
ambiguous; but stating both is the answer when an option says "Both". Read when exactly one option is "Both" (or
"Both of the above", "All of the above") and a sentence says so: "both" standing for the options ("Both are
present.", "Both of them are seen."), or "both X and Y" where X and Y open the texts of the two other options.
Never in a sentence that negates or hedges ("Not both.", "It could be both."). A last-resort reader
(``extract/core.py``): it runs only when the output was read as ambiguous or unparsed.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.mentions import OptionIndex
from medstep.lazyre import lazy_compile

RULE = "option_text"

_BOTH_OPTION = lazy_compile(r"(?i)^\s*(?:both(?:\s+of\s+(?:the\s+above|them|these))?|all\s+of\s+the\s+above)\s*\.?\s*$")
_NONE_OPTION = lazy_compile(r"(?i)^\s*(?:neither|none)\b")
_SENTENCE = lazy_compile(r"[^.!?\n]+")
# Words saying a finding is there: the predicate of "Both are present." and of "Both X and Y are seen.".
_THERE = r"(?:" + hedges.alternation(negation.SEEN, ("shown",)) + ")"
# "Both are present.", "Both of them are seen.", "Both." — "both" standing for the options.
_PRONOUN = lazy_compile(r"(?i)^\W*(?:so\s+|therefore\s+|thus\s+)?(?:both|all)(?:\s+of\s+(?:them|these|the\s+above))?"
                        rf"(?:\s+(?:are|were)\s+(?:\w+\s+)?(?:{_THERE}|correct|true))?\W*$")
_PAIR = lazy_compile(r"(?i)\bboth\s+(?:the\s+|a\s+|an\s+)?([\w-]+)\s+and\s+(?:the\s+|a\s+|an\s+)?([\w-]+)")
# What the pair's own clause must say of it: that both are there. "Both reticular and nodular opacities were
# considered; reticular opacities are present." weighs the pair and then states one of them.
_PRESENT = lazy_compile(r"(?i)[^;,:—–]*\b" + _THERE + r"\b")
# A negation or hedge in the sentence ("Not both.", "It could be both."; "both" itself is a weighing word of
# ``is_hedge``, so its other word lists are read here).
_TURNS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE,
                                           negation.ABSENT, hedges.POSSIBILITY, hedges.CONDITION, hedges.DOUBT,
                                           hedges.LIKELIHOOD, ("either", "between", "plausible"))
                      + "|" + negation.CONTRACTION)


def read_both(region: str, idx: OptionIndex) -> str | None:
    """The "Both" option when the output says both hold (module docstring), else None."""
    if "both" not in region.lower() and "all" not in region.lower():
        return None
    both = [letter for letter, text in idx.keys.items() if _BOTH_OPTION.match(text)]
    if len(both) != 1:
        return None
    parts = {letter: text for letter, text in idx.keys.items()
             if letter != both[0] and _NONE_OPTION.match(text) is None}
    if len(parts) != 2:
        return None
    firsts = {text.split()[0].lower() for text in parts.values() if text.split()}
    for m in _SENTENCE.finditer(region):
        sentence = m.group()
        if _TURNS.search(sentence) is not None:
            continue
        if _PRONOUN.match(sentence) is not None:
            return both[0]
        pair = _PAIR.search(sentence)
        if pair is not None and {pair.group(1).lower(), pair.group(2).lower()} == firsts \
                and _PRESENT.match(sentence, pair.end()) is not None:
            return both[0]
    return None


__all__ = ["RULE", "read_both"]
