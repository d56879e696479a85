"""An unmarked open reply that weighs candidates and commits to none, in shapes the pair readers
(``extract/refusal.offers_alternatives``, ``extract/open_refusal.weighs_two``) do not see: the candidates each offered
as a question ("Pneumonia? Or simply atelectasis?", "Right lower lobe? Or the middle lobe."), several said able to
explain the image together ("A, B or C could all give this appearance", "It could be either."), or two candidates each
called possible in turn ("It might be a meningioma, but honestly it might just be a schwannoma."). Read as text, the
whole reply would be graded as an answer; it is ``ambiguous``.

A reply that is one candidate asked back and nothing more ("Pneumothorax?", "左侧气胸？") states no answer either: the
extractor's text drops the "?", so read as text it would be graded as the statement it only asks (``unparsed``).

And a reply that denies what a "which ... is X?" question asks of every candidate ("The right sits higher, but that's
normal; I wouldn't call it truly elevated." to "Which side is elevated?"): it names no answer (``unparsed``).
"""

from __future__ import annotations

import re

from medstep.answers.asking import INTERROGATIVES, QUESTION_AUXILIARIES
from medstep.lazyre import lazy_compile

# The words a question opens with: an interrogative or an auxiliary ("What ...", "Would ...").
_QUESTION_WORDS = (*INTERROGATIVES, *QUESTION_AUXILIARIES)
# A sentence asking a question, not offering a candidate: it opens with a question word.
_QUESTION_OPENING = lazy_compile(r"(?i)^[\s*_\"'(]*(?:" + "|".join(_QUESTION_WORDS) + r"|isn't|aren't|any|anything)\b")
_SENTENCE = lazy_compile(r"[^.!?\n]+[.!?]*")
# A sentence offering a further candidate after an asked one: "Or ...", "Could also be ...", "Maybe ...".
_FURTHER = lazy_compile(r"(?i)^[\s*_\"'(]*(?:or\b|(?:it\s+)?(?:could|might|may)\s+(?:also\s+|just\s+|equally\s+|well\s+)*be\b|"
                        r"(?:maybe|perhaps|possibly|alternatively)\b)")
_WORDS_MAX = 8


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip(" \t*_\"'")]


def _candidate_asked(sentence: str) -> bool:
    """A short fragment ending in a question mark that is no question: a candidate offered ("Pneumonia?")."""
    return sentence.endswith("?") and _QUESTION_OPENING.match(sentence) is None \
        and 0 < len(sentence.split()) <= _WORDS_MAX


def asked_candidates(text: str) -> bool:
    """Whether ``text`` offers a candidate as a question and then another: a second asked candidate, or a sentence
    opening with "Or", a possibility ("Could also be ...", "Maybe ...") right after it."""
    parts = _sentences(text)
    for first, second in zip(parts, parts[1:]):
        if _candidate_asked(first) and (_candidate_asked(second) or _FURTHER.match(second) is not None):
            return True
    return False


# The end of a sentence, in any script: a reply holding one before its closing question mark says more than a question.
_STOP = lazy_compile(r"[.!?。！？\n]")
# The tail kept of a closing question: its clause is short, and a search from every clause break of a long reply
# would be quadratic.
_TAIL_CHARS = 300
_QUOTES = " \t\r\n*_\"'`“”‘’"
# A closing clause that asks the reader something after a stated answer, or offers more ("..., is there a history of
# trauma?", "— does that fit?", "; anything else?", "- would you like more detail?", "— want me to measure it?",
# "，需要我进一步解释吗", ", ¿necesita más detalles", ", voulez-vous ..."): the answer before it is stated. A tag
# ("..., right?", "..., isn't it?", "，对吗") asks the answer itself back.
_ASKS_READER = lazy_compile(
    r"(?i)(?:[,;:—–，；：]|\s-)\s*(?:¿|(?:(?:and|so)\s+)?(?:" + "|".join(_QUESTION_WORDS)
    + r"|shall|may|any|anything|want|need|if|happy|let)\b|[^\W\d_]+-(?:vous|tu|nous)\b|需要|您|你|要不要|是否|还有)"
    r"[^,;:—–，；：]*$"
)


def asked_only(text: str) -> bool:
    """Whether ``text`` is a single sentence ending in a question mark ("Left pneumothorax?", "Could it be a lipoma?",
    "左侧气胸？"): it asks, it states nothing. A question followed by its own answer ("Pneumothorax? Yes.") is not, nor
    an answer followed in its sentence by a question to the reader ("Left pneumothorax, would you like more detail?",
    "Left pneumothorax — does that fit the history?")."""
    said = text.strip(_QUOTES)
    if not said.endswith(("?", "？")):
        return False
    body = said.rstrip("?？" + _QUOTES)
    if not body or _STOP.search(body) is not None:
        return False
    return _ASKS_READER.search(body[-_TAIL_CHARS:]) is None  # "Left pneumothorax — shall I measure it?": stated


# Several candidates said together to explain the image: "could all give", "might both explain", "any of these could",
# "it could be either", "either is possible".
_TOGETHER = lazy_compile(
    r"(?i)\b(?:could|might|may|can)\s+(?:all|both|each|equally)\s+(?:\w+\s+)?(?:give|cause|explain|produce|account|look|"
    r"mimic|appear|present|fit|be\s+responsible)\w*\b|"
    r"\b(?:any|either|each)\s+(?:one\s+)?(?:of\s+(?:these|them|those|the\s+\w+)\s+)?(?:could|might|may|would)\s+"
    r"(?:\w+\s+)?(?:fit|explain|give|cause|account|be\s+(?:it|the\s+answer|right|responsible))\b|"
    r"\b(?:could|might|may)\s+(?:well\s+)?be\s+either(?:\s+(?:one|of\s+(?:them|these|those|the\s+two)))?\s*[.!;]?\s*$|"
    r"\beither\s+(?:one\s+)?(?:is|seems|would\s+be)\s+(?:possible|plausible|likely|reasonable)\b|"
    r"^[\s*_\"']*(?:it'?s|it\s+is|could\s+be)\s+either\s+(?:one|of\s+(?:them|these|those|the\s+two))?\s*(?:,\s*\w+\s*)?[.!]?\s*$")
# A candidate called possible, then another called possible in turn: "might be X but honestly might just be Y",
# "Perhaps X, though it may equally be Y",
# "could be X; could equally be Y", "May be a cyst. It may also be an abscess." Not a second modal of the same
# thing ("..., which could be resected"), of an action ("could be seen", "may be due to") or of a property ("It could be
# lymphoma. It could be bilateral."): the second "be" names a thing (an article, or a word no adjective or participle).
_MODAL = r"(?:could|might|may)\s+(?:(?:also|just|equally|well|simply|as\s+easily|instead)\s+){0,2}be\b"
_TWICE = lazy_compile(
    r"(?i)\b(?:" + _MODAL + r"|perhaps|possibly|maybe)(?P<between>[^!?\n]{1,80}?)\b(?:it\s+|this\s+|that\s+)?" + _MODAL
    + r"(?=\s+(?:an?|the|some)\s|\s+(?!\w+(?:al|ar|ous|ive|ic|ed|en|ful|ble|ent|ant|ing|ly|ate)\b)(?!(?:seen|shown|done|"
    r"due|worth|normal|benign|small|large|big|more|less|better|best|further|one|both|either|it|this|that)\b)\w)")
_SAME_THING = lazy_compile(r"(?i)\b(?:which|who|that|and|so|if|when|because|since)\b|\.\s+(?:this|that|which)\b")
# The second candidate's clause opens right after a turn or a stop, its subject "it" at most ("..., but honestly it might
# ..."): "... may be normal or the quality may be insufficient" says the second modal of another subject.
_TURN_END = lazy_compile(r"(?i)(?:[,;.—–-]|\b(?:but|or|though|although|honestly|frankly|really|also|again|equally|then|"
                         r"it|perhaps))\s*$")


def held_together(text: str) -> bool:
    """Whether ``text`` offers several candidates together (``_TOGETHER``) or two in turn (``_TWICE``)."""
    if _TOGETHER.search(text) is not None:
        return True
    for m in _TWICE.finditer(text):
        between = m.group("between")
        if _SAME_THING.search(between) is None and _TURN_END.search(between) is not None:
            return True
    return False


# The question's asked property: "Which side is elevated?", "Which kidney is enlarged?" -> "elevated", "enlarged".
_WHICH_IS = lazy_compile(r"(?i)^\s*(?:which|what)\s+(?:\w+\s+){0,3}?(?:is|are|appears?|looks?|seems?)\s+(?:\w+\s+)?"
                         r"(?P<prop>\w+(?:ed|en|ic|al|ant|ent))\s*\??\s*$")


def denies_asked(text: str, question: str) -> bool:
    """Whether ``text`` denies of every candidate the property a "which ... is X?" question asks ("I wouldn't call
    it truly elevated", "neither is really elevated", "none is enlarged"); a reply that says it of one side
    ("The left is elevated; the right is not.") says it of one and is not denied."""
    asked = _WHICH_IS.match(question)
    if asked is None:
        return False
    prop = re.escape(asked.group("prop"))
    denied = re.search(
        r"(?i)\b(?:neither|none)\b[^.;!?\n]{0,40}?\b" + prop + r"\b|"
        r"\b(?:wouldn't|would\s+not|don't|do\s+not|can't|cannot)\s+(?:really\s+)?(?:call|consider|describe|regard)\s+"
        r"(?:it|this|that|either|them|any|the\s+\w+)\s+(?:(?:as|truly|really|actually|genuinely|significantly)\s+)*"
        + prop + r"\b|"
        r"\b(?:not|isn't|aren't|is\s+not|are\s+not)\s+(?:truly|really|actually|genuinely|significantly|abnormally)\s+"
        + prop + r"\b", text)
    return denied is not None


__all__ = ["asked_candidates", "asked_only", "denies_asked", "held_together"]
