"""The option a NOT / EXCEPT question is answered with, named in other words after an exception cue.

"Which of the following is NOT a sign of …?" is often answered by naming the
exception in the writer's own words: "The one that does not belong is a
meniscus (that is a sign of pleural fluid).", "All fit except vascular septa.",
"The odd one out is …". The word readers (``optwords``, ``initials``) never run
for such questions elsewhere, because there naming an option usually states
that it holds; after an exception cue the named option is the answer. Only the
phrase right after the output's last cue is read, cut before an explanation
(", which …", "(…", " because …"), by the same word and initials readers with
all their vetoes; it must name exactly one option. Rule ``option_words`` /
``option_initials`` (the reader that named it).
"""

from __future__ import annotations

from medstep.extract import initials, optwords
from medstep.extract.mentions import OptionIndex
from medstep.lazyre import lazy_compile

_CUE = lazy_compile(
    r"(?i)(?:\bthe\s+(?:one|option|answer|finding|sign|feature|item|choice|statement)\s+(?:that|which)\s+"
    r"(?:does\s+not|doesn't|do\s+not|don't)\s+(?:belong|fit)(?:\s+(?:here|in))?\s+is"
    r"|\bthe\s+odd\s+one(?:\s+out)?\s+is"
    r"|\b(?:all|each|every\s+one|they|the\s+others|the\s+rest)\b[^.;:\n]{0,40}?\bexcept(?:\s+for)?"
    r"|\bthe\s+exception\s+is)[\s:,—–-]*"
)
_PHRASE_END = lazy_compile(r"[.;!?\n(]|,|\s[-–—]\s|\b(?:which|because|since|as|that\s+is)\b")


def read_odd_one(region: str, idx: OptionIndex, options: dict[str, str], question: str) -> tuple[str, str] | None:
    """``(letter, rule)`` of the option named after the last exception cue (see module docstring), else None."""
    if "xcept" not in region and "belong" not in region and "odd one" not in region and "fit" not in region:
        return None
    cue = None
    for cue in _CUE.finditer(region):
        pass
    if cue is None:
        return None
    rest = region[cue.end():]
    end = _PHRASE_END.search(rest)
    phrase = (rest[:end.start()] if end is not None else rest).strip(" *_\"'")
    if not phrase:
        return None
    letter = optwords.read_words(phrase, idx, options, question, phrase)
    if letter is not None:
        return letter, optwords.RULE
    letter = initials.read_initials(phrase, idx, options, question, phrase)
    return (letter, initials.RULE) if letter is not None else None


__all__ = ["read_odd_one"]
