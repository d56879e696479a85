"""Advice after the pick: a closing letter followed only by words that name no option and turn nothing, and a
closing clause of advice in the decision sentence itself (``advice_tail``).

General chat models often close the decision sentence with the option's letter and then add a sentence or two of
management, causes or next steps: "... it's a tension collapse: C. A chest drain is needed now.", "So the tube is
in the right main bronchus — B. Pull it back 2 cm and repeat the film." The letter is still the last option named;
the advice after it is about the patient, not about the options. ``decision._classify`` reads a letter handed over
at the end of its sentence (by an arrow, a dash, a colon, "i.e.") as the closing decision when the output ends
there; this module says when what follows may be set aside so the same reading holds.

Kept narrow on purpose, since a wrong parse costs more than an unparsed one: the letter must end its sentence, the
words after it must name no option (by letter or by text, ``mentions.find_mentions``), hold no question, no turn
("but", "however", "although"), no revision cue ("wait", "actually", "on second thought"), no doubt ("not sure")
and no alternative ("or possibly", "versus", "differential"), and be short (``TRAILER_MAX`` characters): a long
text after the letter is more discussion, not a coda. The sentence leading to the letter must not judge it wrong or
unlikely, negate, suppose, ask or hedge (``_JUDGED``): on main the letter had to close the output, and a lead-in such
as "The commonest wrong answer here is: C." was safe only because nothing followed.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation, revisions
from medstep.extract import named_stance
from medstep.extract.mentions import Mention, OptionIndex, find_mentions
from medstep.extract.option_cut import name_cut
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# At most this many characters of advice after the closing sentence (two or three short sentences).
TRAILER_MAX = 320

# The letter ends its sentence: a full stop or "!" (after a closing bracket or emphasis; the mention may hold the
# letter's own dot, "D."), then a space or a line.
_SENTENCE_END = lazy_compile(r"[)\]]?[*_\"'”]*[.!][*_\"'”]*(?=\s)")
_OWN_DOT_END = lazy_compile(r"[*_\"'”]*(?=\s)")
_SUPPOSING = lazy_compile("(?i)" + hedges.words(hedges.SUPPOSING))
# A bare letter's comment after a dash: "C — follow-up ultrasound." (``advice_after``).
_DASH_COMMENT = lazy_compile(r"[)\]]?[*_\"'”]*[ \t]+[—–-][ \t]+(?=\w)")
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
    if end is None and not own_dot and len(text[m.start:m.end].strip(" *_()")) == 1:
        # "C — follow-up ultrasound.": a bare letter opening its sentence, its comment after a dash (the comment is
        # read as advice is, and must not judge the letter: "C — unlikely.", "C — I doubt it.")
        end = _DASH_COMMENT.match(text, m.end)
        if end is not None and (text[:m.start].rstrip(" \t*_")[-1:] not in (".", "!", "\n", "")
                                or named_stance.stance_at(text, m.start, m.end) is not named_stance.NamedStance.AFFIRMED
                                or _SUPPOSING.search(text, end.end()) is not None):
            return False  # ("A — if the meniscus is real.": the pick under a condition)
    if end is None:
        return False
    rest = text[end.end():]
    if not rest.strip() or len(rest.strip()) > TRAILER_MAX or "?" in rest or "？" in rest:
        return False
    if name_cut(text[m.end:], idx.texts.get(m.letter, "")):
        return False  # "... A. Emphysema: low attenuation. B. Interstitial lung dis": its name, cut, heads a discussion
    if _UNDOING.search(rest) is not None or is_hedge(rest):
        return False
    lead = text[:m.start]
    lead = lead[max(lead.rfind(c) for c in ".!?\n") + 1:]
    if _JUDGED.search(lead) is not None or is_hedge(lead):
        return False  # "The commonest wrong answer here is: C.", "If the tip were lower — C.": no pick to keep
    return not find_mentions(text, idx, end.end(), len(text))


# A closing clause of advice on a test or procedure ("..., and a biopsy should be obtained.", "..., and an MRI is
# recommended."): its "should" recommends the next step, it supposes nothing of the finding stated before it. The
# verbs: a procedure carried out, or the advice words of ``hedges.INTENT``.
_DONE = ("obtained", "performed", "done", "arranged", "taken", "sent")
_ADVICE_TAIL = lazy_compile(
    r"(?i),\s*(?:and\s+)?(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:(?:"
    + hedges.alternation(hedges.OBLIGATION, ("must",)) + r")\s+be\s+(?:" + hedges.alternation(_DONE) + r")|(?:is|are)\s+(?:"
    + hedges.alternation(w for w in hedges.INTENT if w in ("recommended", "needed")) + r"))\b[\s.!]*\Z"
)


def advice_tail(sentence: str, idx: OptionIndex) -> int | None:
    """Where a closing clause of option-free advice starts in ``sentence`` (``_ADVICE_TAIL``), else None: the clause
    names no option and, as the words after a closing letter (``advice_after``), turns, doubts and hedges nothing."""
    tail = _ADVICE_TAIL.search(sentence)
    if tail is None or find_mentions(tail.group(), idx) or _UNDOING.search(tail.group()) is not None \
            or is_hedge(tail.group()):
        return None
    return tail.start()


# What, in the sentence leading to the letter, judges it wrong or unlikely, negates, supposes or asks: the letter is
# then no pick, whatever follows ("The least likely option here — C.", "Not the bronchus — C.").
_JUDGED = lazy_compile("(?i)" + hedges.words(judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY,
                                             judgements.LOW_RANKED, judgements.LEAST, judgements.MISFIT,
                                             ("least", "rule out", "exclude"), negation.PLAIN, negation.NEITHER,
                                             negation.NEVER, hedges.SUPPOSING, hedges.ASKING)
                       + "|" + negation.CONTRACTION)


__all__ = ["TRAILER_MAX", "advice_after", "advice_tail", "labelled"]
