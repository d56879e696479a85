"""A reply to a presence question that leaves the finding out: "None whatsoever.", "Can't see one.", "Seen on the left.".

"Is there a pleural effusion?" is often answered without naming it and without yes or no: "No evidence thereof.",
"Nothing of the sort.", "Can't see one.", "Seen on the left.", "Visible at the left base.", "I see one on the right.",
"Indeed there is one.". Such a reply is read by its make-up, not by a list of phrases: every word of it is a word of
seeing, of denial, of pointing back at the asked thing ("one", "any", "it", "thereof", "of the sort"), of the image, or
of a place; at least one word sees or denies. A denial reads no, but only where no place limits it ("None on the
left." leaves the right open); a sighting reads yes, only for a presence question, and never on a side the question
did not ask. Anything else in the reply (a finding, a hedge, a turn, a second sentence of another make-up) leaves it
to the other readers. Rule ``elliptic_reply``.
"""

from __future__ import annotations

from medstep.answers import COMMITTED_LEANS, NO, YES, hedges, negation
from medstep.extract import implicit_terms
from medstep.extract.implicit_words import IMAGE, LATERAL, SIDES, STOP
from medstep.lazyre import lazy_compile

RULE = "elliptic_reply"

_TOKEN = lazy_compile(r"[a-z]+(?:['’][a-z]+)?")
_SENTENCE = lazy_compile(r"[.!;]+\s*")
# Words pointing back at the asked thing, or filling the reply round it.
_POINTING = frozenset({"one", "ones", "any", "it", "them", "thereof", "sort", "kind", "such", "thing", "whatsoever", "all",
                       "that", "evidence", "sign", "signs", "here", "indeed", "at", "of", "the", "a", "an", "is", "are", "there", "i", "we", "can", "could", "do",
                       "does", "this", "on", "in", "either", "both", "some", "small", "tiny", "little", "bit"})
_SEEING = frozenset(negation.SEEN + negation.SEEN_RARE) | frozenset({"see", "sees", "visualise", "visualize", "spot",
                                                                      "detect", "identify", "find", "appreciate"})
_DENYING = (frozenset(negation.DENY + negation.NEITHER + negation.NEVER + negation.NONE + negation.ABSENT
                       + negation.NEGATIVE + negation.NIL + negation.CANNOT)
            | frozenset({"nothing", "cant", "don't", "dont", "doesn't", "isn't", "aren't"}))
_PLACES = SIDES | LATERAL | frozenset({"bilaterally", "sides", "zone", "zones", "lobe", "lobes", "lung", "lungs", "anterior",
                                       "posterior", "medial", "lateral", "mid", "apices"})
# Words a complete reply does not end on: the generation stopped before the thing it was about to name.
_DANGLING = frozenset({"is", "are", "no", "not", "a", "an", "the", "of", "evidence", "there", "any", "some", "in", "on",
                       "at", "sign", "signs", "i", "we", "can", "do", "does", "this", "that", "either", "both"})
# A pointing word contracted with its copula: "It's present.", "That's absent.", "There's one on the left."
_CONTRACTED = lazy_compile(r"\b(it|that|there|this)'s\b")
_EVERYWHERE = frozenset({"bilateral", "bilaterally", "both", "either", "sides"})
# A word of certainty before the sighting or the denial: "Definitely present —", "Clearly not seen." (the likely
# words among the committed leans are hedges here, ``_HEDGE``).
_CERTAIN = frozenset(w for w in COMMITTED_LEANS if " " not in w)
_HEDGE = lazy_compile("(?i)" + hedges.words(hedges.LIKELIHOOD, hedges.POSSIBILITY, hedges.SUSPICION, hedges.TURN))


def read_elliptic(text: str, question: str) -> str | None:
    """yes / no for a reply made only of seeing, denying, pointing and place words (module docstring), else ``None``."""
    text = text.strip().strip("*_\"'“” ")
    if not text or len(text) > 80 or not text.isascii() or "?" in text or _HEDGE.search(text):
        return None
    q = implicit_terms.parse_question(question)
    if q is None or q.prop is not None:
        return None
    words = _TOKEN.findall(_CONTRACTED.sub(r"\1 is", text.lower().replace("’", "'")))  # "It's present."
    allowed = _POINTING | _SEEING | _DENYING | _PLACES | STOP | IMAGE | _CERTAIN
    if not words or any(w not in allowed for w in words):
        return None
    if any(w in IMAGE and not {"on", "in", "at"} & set(words[max(0, i - 2):i]) for i, w in enumerate(words)):
        return None  # "I can't see the image.": the image is what is not seen (a refusal), not the finding
    if words[-1] in _DANGLING:
        return None  # "There is", "There is no", "There is evidence of": cut off before the thing (truncated)
    sentences = [s for s in _SENTENCE.split(text.lower()) if s.strip()]
    if len(sentences) > 2:
        return None
    denied = any(w in _DENYING for w in words)
    if denied and _sighted(words):
        return None  # "No, indeed there is one.": a denial word and a sighting it does not govern
    if denied:  # a place limits a denial, unless it is every place ("Absent bilaterally.", "None on either side.")
        return NO if not any(w in _PLACES and w not in _EVERYWHERE for w in words) else None
    sees = any(w in _SEEING for w in words) or ("there" in words and ("is" in words or "are" in words))
    if not sees:
        return None
    asked_sides = LATERAL.intersection(q.words)
    said_sides = LATERAL.intersection(words)
    if asked_sides and said_sides and not said_sides <= asked_sides:
        return None
    return YES


def _sighted(words: list[str]) -> bool:
    """Whether a sighting stands undenied: "there is/are" not followed by a denial, or a seeing word with no denial in
    the two words before it ("seen on the left", not "none seen" or "can't see one")."""
    for i, w in enumerate(words):
        if w == "there" and words[i + 1:i + 2] in (["is"], ["are"]) and not (words[i + 2:i + 3]
                                                                          and words[i + 2] in _DENYING):
            return True
        if w in _SEEING and not any(b in _DENYING for b in words[max(0, i - 2):i]):
            return True
    return False


# The opening clause of a longer reply, ended by a dash, colon or semicolon, or a full stop with more after it: "That's
# present — a small amount of fluid ...", "None seen; the angles are sharp." Words only (not a field, "{'present': 'no'}"),
# and no comma (a comma may open anything, "It is, however, ...").
# The blank run after the clause is read whole (``\s*+``; a newline ending it, ``(?<=\n)``): split between ``\s*`` and
# ``\n+`` it was tried at each of its newlines for each length of the clause (quadratic, 5 s on 30,000 newlines).
_OPENING = lazy_compile(r"^([\s*_\"'“”]*)([A-Za-z][A-Za-z'’ ]{1,79}?)[*_\"'”]*"
                        r"(?:\s*+(?:[;:—–]|\.(?=\s+\S)|(?<=\n)(?=\S))|\s++-\s)")


def as_lead(region: str, question: str) -> str:
    """``region`` with an opening clause that is an elliptic reply (:func:`read_elliptic`) written as the verdict word
    it gives ("That's present — a small amount of fluid ..." -> "Yes — a small amount of fluid ..."), so the lead
    reader weighs it with every check a "Yes — ..." gets (the rest stating otherwise, a hedge, a revision); else
    ``region`` unchanged."""
    m = _OPENING.match(region)
    if m is None:
        return region
    verdict = read_elliptic(m.group(2), question)
    if verdict is None:
        return region
    return m.group(1) + verdict.capitalize() + region[m.end(2):]


__all__ = ["RULE", "as_lead", "read_elliptic"]
