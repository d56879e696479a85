"""The option an elimination leaves: "The only remaining option, C, matches.", "C is the only option left.".

Models that walk the options and set all but one aside close by naming the one
left over, often in apposition ("The only remaining option, hemangioma,
matches: ...") or after it ("Hemangioma is the only option left."). The
decision reader (``extract/decision.py``) takes these phrases as it takes "so"
or "that leaves"; because the apposition's comma ends the clause the reader
looks at, the rest of the sentence is checked here: a left-over option that
the same sentence doubts, negates or turns against ("..., would not explain it
either", "..., but it does not fit") is no choice. "The last option" is the one
listed last, not the one left over.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.lazyre import lazy_compile

_LEFT_OVER = r"(?:left|remaining|(?:still\s+)?standing)"
# The cue before the option: "the only remaining option", "the sole candidate left", "the one option still standing
# is" (a fragment of ``decision_words.ADVERB_ONLY``, which anchors it).
CUE = (r"(?:the\s+)?(?:(?:(?:only|sole)\s+(?:(?:remaining|surviving)\s+)?|(?:remaining|surviving)\s+)"
       r"(?:option|choice|candidate|possibility)(?:\s+" + _LEFT_OVER + r")?"
       r"|one\s+(?:option|choice|candidate|possibility)\s+" + _LEFT_OVER
       # ... or the set named, then "only": "Of the four choices only silicosis is an upper-zone disease"
       + r"|(?:of|among)\s+(?:the|these|those|all)(?:\s+[a-z]+){0,2}?\s+(?:options|choices|candidates|possibilities)"
       r"[\s,]+only)(?:\s+is)?")
# ... and after it, as a judgement of the option ("is the only option left", "is the remaining one").
JUDGED = (r"only\s+(?:one|option|choice|candidate|possibility)\s+" + _LEFT_OVER + r"\b|"
          r"(?:only\s+)?(?:remaining|surviving)\s+(?:one|option|choice|candidate|possibility)\b")
# Cheap gate words for the cue (``decision._ADVERB_WORDS``).
GATE_WORDS = frozenset({"remaining", "surviving", "standing", "left", "option", "choice", "candidate", "only"})

_CUE_BEFORE = lazy_compile(r"(?i)\b" + CUE + r"[\s,:]*(?:(?:option|choice)\s*)?[\s*\"'“(]*\Z")
_JUDGED_WORD = lazy_compile(r"(?i)\b(?:remaining|surviving|left|standing)\b")
_DOUBTED = lazy_compile(
    r"(?i)\?|n't\b|\b(?:" + hedges.alternation(negation.PLAIN, negation.NONE, hedges.POSSIBILITY, hedges.CONDITION,
                                             judgements.UNLIKELY, judgements.SET_ASIDE, hedges.TURN,
                                             ("either", "also")) + r")\b")
_SENTENCE_REST = lazy_compile(r"[^.!?\n]*")
# The set named, then "only" ("Of the four choices only ..."): the option after it is the answer only where its sentence
# says it fits ("only silicosis fits", "only silicosis is upper zone, and the history clinches it"); "only sarcoidosis
# causes hilar nodes" states a property, which a later verdict may turn on ("... and this patient is a sandblaster.
# Silicosis."), and "only sarcoidosis and silicosis involve the upper zones" leaves two.
_SET_ONLY = lazy_compile(r"(?i)\b(?:of|among)\s+(?:the|these|those|all)(?:\s+[a-z]+){0,2}?\s+(?:options|choices|"
                         r"candidates|possibilities)[\s,]+only[\s,:]*(?:(?:option|choice)\s*)?[\s*\"'“(]*\Z")
_FITS = lazy_compile("(?i)" + hedges.words(judgements.MATCH, judgements.RANK_VERBS, judgements.RIGHT, judgements.ANSWER,
                                          ("fitting", "clinches", "confirms", "accounts for", "like this", "in keeping",
                                           "compatible")))


def doubted_after_cue(left: str, text: str, end: int) -> bool:
    """Whether the option ending at ``end`` follows a left-over cue (``left``: its clause up to it) and the rest of
    its sentence doubts it ("The only remaining option, C, would not explain it either.")."""
    return _CUE_BEFORE.search(left[-90:]) is not None and _doubted(text, end, 0)


def set_only_unjudged(left: str, text: str, end: int, listed: bool) -> bool:
    """Whether the option ending at ``end`` follows "Of the options, only" (``left``: its clause up to it) and is no
    answer there: several options ``listed`` after the "only", or a sentence that does not say it fits
    (``_SET_ONLY``)."""
    if _SET_ONLY.search(left[-90:]) is None:
        return False
    rest = _SENTENCE_REST.match(text, end)
    return listed or rest is None or _FITS.search(rest.group()) is None


def doubted_after_judgement(judged: str, text: str, end: int) -> bool:
    """Whether ``judged`` (the words after the option ending at ``end``) calls it the one left over and the rest of
    its sentence doubts it ("C is the only option left, but it does not explain the effusion.")."""
    return _JUDGED_WORD.search(judged) is not None and _doubted(text, end, len(judged))


def _doubted(text: str, end: int, skip: int) -> bool:
    rest = _SENTENCE_REST.match(text, end)
    return rest is not None and _DOUBTED.search(rest.group(), skip) is not None
