"""Foils: another option named after the answer only to be set against it.

"Thalassaemia major (A). Multiple myeloma gives punched-out lesions instead, and hyperparathyroidism gives a 'salt and
pepper' skull." Once an answer is stated, a sentence that opens on another option and tells what that option does as
a kind is the reasoning that sets it aside, not a second finding: a careful reader takes it so when the sentence sets
the option against what was said (a contrast word: "instead", "by contrast", "on the other hand", "conversely",
"whereas") or tells what it does in general (a word of habit: "usually", "more often", "classically", or "later"; what it is tied
to or kept for: "is linked to", "is used for", ``hedges.TIED``).
An option joined to the foil by ", and" shares its sentence and is a foil too.

Never when the foil's sentence says it fits the case after all ("B, by contrast, matches the image", "... as here",
"... this", "also", "more likely", "explains"), hedges ("could", "may"), or when the sentence before denies or sets
aside ("Not sarcoidosis. HP instead gives ...": then "instead" replaces). Never in the output's first sentence. A word
of habit, or a contrast word not right after the option, needs an answer stated before in a sentence about this case:
a textbook roll ("Cholesteatoma typically erodes the scutum. Otosclerosis usually involves the oval window.") has
every option opening a general sentence, and stays unread.

Used by the decision reader (``extract/decision.py``: the foil's mention commits to nothing) and by
``optionconcept.names_another`` (the foil's sentence is no second finding stated).
"""

from __future__ import annotations

from typing import Iterable

from medstep.answers import hedges, judgements, negation, revisions
from medstep.extract.mentions import Mention
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

# A contrast adverb right after the option: "Endometriomas instead show shading", "Sarcoidosis, by contrast, favours
# nodes", "Myeloma, on the other hand, gives ...". Not "it is atrophy instead." (the adverb closes its sentence: that
# option replaces another), not "instead of" / "rather than".
_CONTRAST_AFTER = lazy_compile(
    r"(?i)[*_\"'”)\]]*(?:s\b)?(?:\s*,\s*(?:by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|conversely)\s*,\s*"
    r"|\s+(?:instead|rather|by\s+contrast|in\s+contrast|conversely)\s+)(?!of\b|than\b|to\b|with\b)[a-z]")
# ... or later in the foil's sentence, after its predicate ("Myeloma gives punched-out lesions instead"), or a word of
# habit telling what the option does in general ("Warthin tumours are more often bilateral", "The air crescent sign
# shows up later").
_MARKS = r"instead(?!\s+of\b)|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|conversely|whereas|tends?\s+to|later|"
FOIL_MARK = lazy_compile(r"(?i)\b(?:" + _MARKS + hedges.alternation(hedges.HABIT, hedges.TIED) + r")\b")
# ... where the answer before was held as a first thought, turned, revised or asked ("My first thought: NF1 (A). But NF1
# is linked to ...; RET is linked to MEN 2A (B)."), what an option is tied to is the correction's ground, not a foil's:
# only a contrast or a word of habit marks one then (issue #7 review).
_UNTIED_MARK = lazy_compile(r"(?i)\b(?:" + _MARKS + hedges.alternation(hedges.HABIT) + r")\b")
_PROVISIONAL = lazy_compile(r"(?i)\?|" + hedges.words(hedges.TURN, revisions.CUES, revisions.SECOND_LOOK, revisions.RESTATE,
                                                       revisions.EARLIER)
                            + r"|\b(?:first|initial|original)\s+" + hedges.words(revisions.FIRST_VIEWS))
_FITS_CASE = lazy_compile(
    r"(?i)\b(?:match\w*|fit\w*|consistent|compatible|here|this\s+(?:case|patient|image|film|scan|study)|answer|"
    r"correct|likel\w*|favou?r(?:ed|s)?\s+(?:it|this)|choose|pick|go\s+with|so\s+it|this|these|our|present|also|too|"
    r"noted|visible|identified|explain\w*|account\w*|better|best|more\s+likely)\b")
# ... and, for a foil told by a word further on, what is seen or concluded in its sentence ("... usually seen here").
_CONCLUDED = lazy_compile(r"(?i)\b(?:seen|shown|so|therefore|thus|hence)\b")
# A sentence before the foil that denies or sets aside: "Not sarcoidosis. HP instead gives ..." (then "instead" replaces).
_DENIED_BEFORE = lazy_compile(r"(?i)" + hedges.words(negation.DENY) + r"|" + negation.CONTRACTION + r"|\b(?:rather\s+than|instead\s+of|"
                              + hedges.alternation(judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY) + r")\b")
_SENTENCE_START = lazy_compile(r"(?i)(?:\A|[.!?;\n]|\.\*\*)[\s*_\"'“(\-•]*(?:(?:the|an?)\s+)?\Z")
# An option joined to a foil opening the sentence: "..., and hyperparathyroidism gives ...".
# ... or in brackets glossing the noun that opens the sentence: "Scurvy (vitamin C) shows a Wimberger ring instead."
_GLOSSED = lazy_compile(r"(?:\A|[.!?;\n])[\s*_\"'“\-•]*(?:(?:the|an?)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s*\(\s*\Z")
# (the comma may be left out: "RET is linked to MEN 2 and NF1 to neurofibromatosis")
_JOINED = lazy_compile(r"(?i)(?:,\s*|\s)and\s+(?:(?:the|an?)\s+)?[\s*_\"'“]*\Z")
_ENDS = ".!?;\n"
_SET_OFF = ("", "(", "[", "—", "–", "-", ":", ",", ".", "!", ";", "\n")
_OPENING = " \t*_\"'“(-•"
_ARTICLES = ("the ", "a ", "an ")


def contrasted_after(text: str, m: Mention, texts: Iterable[str] | None = None) -> bool:
    """Whether the by-text mention ``m`` is a foil (module docstring). Without the option ``texts`` only a contrast
    adverb right after the option is read (the other shapes need the answer's sentence told from a roll)."""
    start = m.start
    if _SENTENCE_START.search(text, max(0, start - 10), start) is None \
            and _GLOSSED.search(text, max(0, start - 40), start) is None:
        if texts is None or _JOINED.search(text, max(0, start - 16), start) is None:
            return False
        start = _sentence_start(text, start)  # "..., and hyperparathyroidism gives ...": the sentence's opening foil
        opening = _opening_text(text[start:], texts)
        if opening is None:
            return False
        end = start + opening
    else:
        end = m.end
    before = text[:start].rstrip(" \t\n*_\"'“(-•")
    if not before:
        return False
    previous = before[max(before.rfind(c, 0, len(before) - 1) for c in _ENDS) + 1:]
    if _DENIED_BEFORE.search(previous) is not None:
        return False
    if end == m.end and _foil_after(text, m.end):
        return True
    return texts is not None and _foil_later(text, end, before) and _answer_before(before, texts)


def foil_sentence(sentence: str, texts: Iterable[str], previous: str, earlier: str = "",
                  every: Iterable[str] = ()) -> bool:
    """Whether ``sentence`` opens on one of the option ``texts`` as a foil set against the ``previous`` sentence;
    ``earlier`` is all the text before it and ``every`` all option texts (for the other shapes than an adverb right
    after the option: the answer stated before)."""
    if _DENIED_BEFORE.search(previous) is not None:
        return False
    low = _without_article(sentence.lstrip(_OPENING).lower())
    texts = [t for t in texts if t]
    if any(low.startswith(t.lower()) and _foil_after(low, len(t)) for t in texts):
        return True
    opening = _opening_text(low, texts)
    return bool(earlier.strip()) and opening is not None and _foil_later(low, opening, earlier) \
        and _answer_before(earlier, every)


def _foil_after(text: str, end: int) -> bool:
    found = _CONTRAST_AFTER.match(text, end)
    if found is None:
        return False
    tail = text[found.end() - 1:found.end() + 200]
    ends = [i for i in (tail.find(c) for c in ".!?\n") if i >= 0]
    return _FITS_CASE.search(tail[:min(ends)] if ends else tail) is None


def _foil_later(text: str, end: int, earlier: str) -> bool:
    """The rest of the foil's sentence from ``end`` (its opening option's end): a contrast word or a word of habit and a
    predicate beside it ("Myeloma instead." replaces), nothing saying it fits the case or concluding, no hedge."""
    tail = text[end:end + 240]
    stops = [i for i in (tail.find(c) for c in _ENDS) if i >= 0]
    tail = tail[:min(stops)] if stops else tail
    provisional = _PROVISIONAL.search(earlier[-600:] + " " + text[max(0, end - 80):end]) is not None
    mark = (_UNTIED_MARK if provisional else FOIL_MARK).search(tail)
    return mark is not None and any(c.isalpha() for c in tail[:mark.start()].strip(" *_\"'”)]s,") + tail[mark.end():]) \
        and _FITS_CASE.search(tail) is None and _CONCLUDED.search(tail) is None and not is_hedge(tail)


def _answer_before(before: str, texts: Iterable[str]) -> bool:
    """Whether some sentence of ``before`` states an answer about this case: it names an option inside it, or opens on
    one set off by itself (a bracket, dash, colon, comma or its end) or said to fit, and tells no general truth.
    Not a textbook roll ("Angiomyolipoma contains fat. Renal cell carcinoma typically enhances ...")."""
    lows = [t.lower() for t in texts if t]
    for sentence in _sentences(before):
        low = sentence.lower()
        if not any(t in low for t in lows):
            continue
        rest = _without_article(low.lstrip(_OPENING))
        opening = _opening_text(rest, lows)
        if opening is None:
            return True  # "This is the deep sulcus sign.", "... points to an abscess."
        if FOIL_MARK.search(low) is None and (_FITS_CASE.search(rest, opening) is not None
                                                 or rest[opening:].lstrip(" \t")[:1] in _SET_OFF):
            return True  # "Thalassaemia major (A).", "Whirlpool sign — ...", "**Pleomorphic adenoma** fits best"
    return False


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for k, c in enumerate(text):
        if c in _ENDS:
            out.append(text[start:k + 1])
            start = k + 1
    return out + [text[start:]]


def _sentence_start(text: str, at: int) -> int:
    start = max(text.rfind(c, 0, at) for c in _ENDS) + 1
    while start < at and text[start] in _OPENING:
        start += 1
    low = text[start:start + 4].lower()
    return start + next((len(a) for a in _ARTICLES if low.startswith(a)), 0)


def _without_article(low: str) -> str:
    return next((low[len(a):] for a in _ARTICLES if low.startswith(a)), low)


def _opening_text(text: str, texts: Iterable[str]) -> int | None:
    """Where the option text that ``text`` opens with ends (plural "s" and emphasis included), else None."""
    low = text.lower()
    for t in texts:
        if t and low.startswith(t.lower()):
            end = len(t)
            while end < len(low) and low[end] in "*_\"'”":
                end += 1
            return end
    return None


__all__ = ["FOIL_MARK", "contrasted_after", "foil_sentence"]
