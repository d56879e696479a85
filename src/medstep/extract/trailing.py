"""Advice after the pick: a closing letter followed only by words that name no option and turn nothing.

General chat models often close the decision sentence with the option's letter and then add a sentence or two of
management, causes or next steps: "... it's a tension collapse: C. A chest drain is needed now.", "So the tube is
in the right main bronchus — B. Pull it back 2 cm and repeat the film." The letter is still the last option named;
the advice after it is about the patient, not about the options. ``decision._classify`` reads a letter handed over
at the end of its sentence (by an arrow, a dash, a colon, "i.e.") as the closing decision when the output ends
there; this module says when what follows may be set aside so the same reading holds.

Kept narrow on purpose, since a wrong parse costs more than an unparsed one: the letter must end its sentence, the
words after it must name no option (by letter or by text, ``mentions.find_mentions``; unless the letter is named as an
option, "— option C.", when the decision reader judges what they name), hold no question, no turn
("but", "however", "although"), no revision cue ("wait", "actually", "on second thought"), no doubt ("not sure")
and no alternative ("or possibly", "versus", "differential"), and be short (``TRAILER_MAX`` characters): a long
text after the letter is more discussion, not a coda.
"""

from __future__ import annotations

from medstep.answers import hedges, revisions
from medstep.extract.mentions import Mention, OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# At most this many characters of advice after the closing sentence (two or three short sentences).
TRAILER_MAX = 320

# The letter ends its sentence: a full stop or "!" (after a closing bracket or emphasis; the mention may hold the
# letter's own dot, "D."), then a space or a line.
_SENTENCE_END = lazy_compile(r"[)\]]?[*_\"'”]*[.!][*_\"'”]*(?=\s)")
_OWN_DOT_END = lazy_compile(r"[*_\"'”]*(?=\s)")
# What undoes or reopens a choice in the words after it.
_UNDOING = lazy_compile(
    "(?i)" + hedges.words(hedges.TURN, hedges.DOUBT, hedges.ALTERNATIVE, hedges.NOT_EXCLUDED, hedges.OTHER_TURN,
                          revisions.CUES, revisions.SECOND_LOOK, revisions.RESTATE, revisions.TAKE_BACK,
                          revisions.DISOWN, ("or possibly", "or perhaps", "or maybe", "instead", "rather", "option",
                                             "options", "choice", "answer"))
)


# An option's text carrying its letter in brackets: "... an elevated right hemidiaphragm (D)".
_LABEL = lazy_compile(r"[(\[][ \t*_]*(?:option[ \t]+)?[A-Z][ \t*_]*[)\]]\Z")


def labelled(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` is an option's text followed by its own letter in brackets."""
    return m.by_text and _LABEL.search(text, m.start, m.end) is not None


def advice_after(text: str, m: Mention, idx: OptionIndex | None) -> bool:
    """Whether the letter of ``m`` ends its sentence and only option-free advice follows (module docstring)."""
    if idx is None:
        return False
    own_dot = text[m.end - 1:m.end] in (".", "!")
    end = (_OWN_DOT_END if own_dot else _SENTENCE_END).match(text, m.end)
    if end is None:
        return False
    rest = text[end.end():]
    if not rest.strip() or len(rest.strip()) > TRAILER_MAX or "?" in rest or "？" in rest:
        return False
    if _UNDOING.search(rest) is not None:
        return False
    if _OPTION_WORD.search(text, max(0, m.start - 12), m.start) is not None:
        # "... cannot be judged on this film — option C. It is certainly not small (D).": the letter named as an option
        # is the pick; the options named after it are left to the decision reader, which sets a rejected one aside
        # and makes a hedged or chosen one a conflict
        return True
    return not find_mentions(text, idx, end.end(), len(text))


# The letter named as an option right before it: "— option C", ": choice (B)".
_OPTION_WORD = lazy_compile(r"(?i)\b(?:option|choice)[\s*_(\[]*\Z")


# A clause listing the differential or the causes of the finding just chosen: "— the differential includes myeloma or
# a metastasis", "; causes range from eventration to nerve palsy". Its "or" joins the finding's causes, not answers.
# (The label of a candidates list, ``hedges.DIFFERENTIAL``, and of causes, not "possibilities": those are answers.)
_CAUSE_LABELS = hedges.DIFFERENTIAL + tuple(w for w in hedges.CAUSES if w == "causes" or w.endswith("ologies"))
_DIFFERENTIAL = lazy_compile(
    r"(?i)(?:[—–;:,.]|\s-)\s*(?:the\s+|its\s+|a\s+)?(?:underlying\s+)?(?:" + hedges.alternation(_CAUSE_LABELS)
    + r")(?:\s+diagnosis)?\s+(?:here\s+)?(?:includes?|would\s+include|range|ranges|to\s+consider|are|is)\b[^.!?\n]*"
)


def without_differential(text: str, idx: OptionIndex) -> str:
    """``text`` less each clause listing a differential or causes (``_DIFFERENTIAL``) that names no option: what
    offers alternatives there offers none among the options (``choice.read_choice``'s ambiguity test)."""
    low = text.lower()
    if not any(map(low.__contains__, _CAUSE_LABELS)):
        return text
    kept, start = [], 0
    for m in _DIFFERENTIAL.finditer(text):
        if find_mentions(text, idx, m.start(), m.end()):
            continue
        kept.append(text[start:m.start() + 1])
        start = m.end()
    return "".join(kept) + text[start:]


__all__ = ["TRAILER_MAX", "advice_after", "labelled", "without_differential"]
