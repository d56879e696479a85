"""The closing yes/no verdict of a reply: "... The lungs are clear. So, no.", "It's subtle, but yes.", "So, likely not."

Kept apart from ``extract/closed.py`` (which reads the other verdict positions: the lead, a label, a mark) because the
closing verdict has rules of its own: a committed lean may carry it ("Overall, most probably no."), and with a lean
"not" closes as no ("So, likely not."); a lean against an earlier verdict word is a doubt, no verdict ("Yes, likely
no."); and a lean that answers the writer's own side question answers nothing asked ("There is a pneumothorax. Is it
under tension? Most likely not.", "There is cardiomegaly; whether it is new, probably not.": the answer is yes).
"""

from __future__ import annotations

import re

from medstep.answers import COMMITTED_LEANS, NO, hedges
from medstep.lazyre import lazy_compile

# A standalone verdict closing the text: preceded by start, newline or end of a sentence, or an arrow drawing it
# ("Intimal flap, two lumens. → yes"; optionally "so"/"thus"), or closing a turn after a hedge ("It's subtle, but
# yes.", "Possibly, but on balance no."), followed only by decoration.
_FINAL = lazy_compile(
    r"(?:^|[\n.!?:;,—–→⇒]|[-=]>|(?i:\b(?:say|answer|think|so|thus|therefore|hence|then|(but)|balance|overall)))"
    r"[\s*_\"'“”]*+"
    # each optional word opens on a letter and carries the one decoration run after it, so a run of blanks or stars
    # is taken one way, whole (possessive: a letter or the end follows each run); two adjacent runs would split it
    # every way ("\n" * 200 then a word took seconds)
    r"(?i:(?:so|thus|therefore|hence|then)[\s,][\s,*_\"'“”]*+)?"
    # a committed lean before the closing verdict ("So, likely yes.", "Overall, most probably no."), never a maybe-word
    r"(?i:(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in COMMITTED_LEANS)
    + r")[\s,:][\s,:*_\"'“”]*+)?"
    # ("not" only after that lean, "So, likely not.": ``closing`` reads it as no)
    r"(?i:(yes|no|not))[\s*_\"'“”.!]*+\Z"
)
# A closing verdict the writer says it would not give: "I would not say yes.", "I wouldn't say no.", "I can't
# answer yes." (the verdict after "say" is what is denied, not the answer).
_DENIED_FINAL = lazy_compile(
    r"(?i)(?:\bnot|n't|\bnever|\bcannot)\s+(?:\w+\s+){0,2}(?:say|answer|think)\b[\s,]*(?:(?:overall|on\s+balance)\s+)?"
    r"(?:yes|no)[\s*_\"'“”.!]*\Z"
)
VERDICT_WORD = lazy_compile(r"(?i)\b(?:yes|no)\b")
# A committed lean before the closing verdict (``_FINAL``'s "So, likely yes.").
_LEANED = lazy_compile("(?i)" + hedges.words(COMMITTED_LEANS))
# What a lean may answer instead of the asked question: the writer's own question just before it, after a statement
# ("There is a pneumothorax. Is it under tension? Most likely not."; a reply that opens on its question restates the
# asked one: "Is it a pneumothorax? Most likely yes."), or a "whether" clause of its sentence ("whether it is new,
# probably not"). Run on the last 200 characters before the lean: no sentence mark inside the question or clause.
_OWN_QUESTION = lazy_compile(r"\w[*_\"'”)]*[.!?]\s[^.!?\n]*\?[\s*_\"'“”)]*\Z|(?i:\bwhether\b)[^.!?;:\n]*\Z")


def closing(text: str) -> re.Match[str] | None:
    """``_FINAL``'s closing verdict (group 2), unless a lean carries it against an earlier verdict word ("Yes, likely
    no." leans the other way from its opening verdict, a doubt the readers after this one weigh) or answers the
    writer's own side question (module docstring)."""
    m = _FINAL.search(text, max(0, len(text) - 200))
    if m is None:
        return None
    if _ARROW.match(text, m.start()) is not None and _SUPPOSED.search(text, _line_start(text, m.start()), m.start()):
        return None  # "If the CTR is above 0.5 → yes": the arrow draws the verdict from a supposed case
    lean = _LEANED.search(text, m.start(), m.start(2))
    if m.group(2).lower() == "not" and (lean is None or not text[: m.start()].strip()):
        return None  # "..., so not." is no verdict; "Definitely not." opening the reply is ``_LEAN_LEAD``'s
    if lean is None:
        return m
    if _OWN_QUESTION.search(text[max(0, lean.start() - 200) : lean.start()].rstrip(" \t\n,")) is not None:
        return None
    return None if {w.lower() for w in VERDICT_WORD.findall(text, 0, m.start(2))} - {verdict(m)} else m


# An arrow opening the closing verdict, and a supposed case before it in its sentence ("if", "assuming", "when").
_ARROW = lazy_compile(r"→|⇒|[-=]>")
_SUPPOSED = lazy_compile("(?i)" + hedges.words(hedges.SUPPOSING, hedges.SUPPOSED_CASE))


_SENTENCE_END = lazy_compile(r"[.!?](?=\s)|\n")


def _line_start(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` starts ("0.5" holds no sentence end)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def verdict(m: re.Match[str]) -> str:
    """The closing verdict of a :func:`closing` match: a lean's "not" is no."""
    word = m.group(2).lower()
    return NO if word == "not" else word


def final_start(text: str) -> int | None:
    """Where the closing verdict word of ``text`` stands ("Coronal — yes."), or ``None``."""
    m = closing(text)
    return m.start(2) if m is not None else None


def denied_final_near(text: str, start: int) -> bool:
    """Whether the closing verdict matched at ``start`` is one the writer says it would not give ("I would not say
    yes.", "I can't say overall no.")."""
    return _DENIED_FINAL.search(text, max(0, start - 60)) is not None


def denied_closing(text: str) -> bool:
    """Whether ``text`` ends on a verdict the writer says it would not give ("I would not say yes")."""
    return _DENIED_FINAL.search(text) is not None


__all__ = ["VERDICT_WORD", "closing", "denied_closing", "denied_final_near", "final_start", "verdict"]
