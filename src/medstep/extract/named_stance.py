"""The stance of the clause that names an option by its words: only an affirmed one may select (issue #7, lane judged52).

Why: a short reply or a closing sentence that names one option by its text is read as choosing it
(``option_text``, ``option_words``, ``option_concept``). Replies name an option as often to judge it against
("Pleural effusion — doubtful.", "Pneumothorax is very unlikely.", "Cardiomegaly is a poor fit here.",
"Cardiomegaly — I don't think so.", "A mass cannot be confirmed.", "Se descarta ... neumonía."), or to say what it is
in general ("Pulmonary edema typically presents with ...", "Cardiomegaly is defined as a cardiothoracic ratio above
0.5."). Neither states the option of this case. The reader here reads the clause's structure, not a phrase family:
what is predicated of the name right after it (a judgement of unlikelihood, misfit or disbelief; a definition frame or a habit said of it, ``extract/asides.py``), and a
rejection verb of another language before it (``langwords.REJECT``). The words are the owning modules' lists
(``answers/judgements.py``, ``answers/hedges.py``, ``answers/negation.py``, ``answers/yesno.py``); nothing is retyped.

Near misses kept: "Pleural effusion — no doubt.", "X is the best fit", "Not pneumonia; the picture is X." (the
denial is another clause's), "Unlikely to be anything other than X" (the judgement stands before the name and is
turned by "other than"), "X, which typically presents this way, is the answer" (the habit is an aside; the
predicate selects), "X typically presents like this, as seen here" (a pointer to this case).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from medstep.answers import hedges, judgements, negation
from medstep.answers.yesno import NEGATIVE_REPLIES
from medstep.extract import asides, verdict_tag
from medstep.extract.langwords import FOREIGN_COPULA, FOREIGN_VERDICT_LEAD, REJECT
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile


class NamedStance(Enum):
    """What the clause naming an option says of it."""

    AFFIRMED = "affirmed"  # stated of this case, or nothing said against it
    AGAINST = "against"  # judged unlikely, a poor fit, disbelieved, unconfirmed, rejected
    GENERAL = "general"  # defined, or what it usually does said of it


# A linking verb and degree words between the name and its judgement: "is very", "seems", "would be quite".
_LINK = (r"(?:(?:is|are|was|were|seems?|appears?|looks?|sounds?|remains?|feels?|would\s+be|would\s+seem)\s+)?"
         r"(?:(?:very|highly|quite|rather|most|extremely|fairly|somewhat|pretty|also|even|clearly|frankly|probably|"
         r"really|rather)\s+)*(?:an?\s+)?")
_AGAINST_WORDS = hedges.alternation(judgements.UNLIKELY, judgements.POOR_FIT, judgements.MISFIT, judgements.WRONG,
                                    hedges.UNLIKELY_WORDS)
# A judgement turned by "other than" / "else" is no judgement of the name: "unlikely to be anything else".
_TURNED = r"(?![^.;!?\n]{0,30}\b(?:else|other\s+than|besides)\b)"
# Right after the name, past a dash, colon or comma: its judgement ("— doubtful", "seems improbable", "is a poor fit"),
# a reply of disbelief ("— I don't think so", ``yesno.NEGATIVE_REPLIES``), or an unconfirmed modal ("cannot be
# confirmed", ``negation.CANNOT``).
_SEP = r"\A[\s*_\"'”)\]]*(?:(?:[—–:]|(?P<comma>,)|\s-|\?)[\s*_]*)?"
_AGAINST_AFTER = lazy_compile(r"(?i)" + _SEP + _LINK + r"(?:" + _AGAINST_WORDS + r")\b" + _TURNED)
# After a bare comma a judgement is the name's only where it closes its clause or gives its reason ("Pneumothorax,
# unlikely given ...", "X, doubtful."); one that goes on to name something is the next item of a differential ("Most
# likely pneumothorax, doubtful for effusion", "X, less likely Y"), said of what follows it.
_OWN_CLOSE = lazy_compile(r"(?i)(?:[\s*_]*(?:[^\w\s]|\Z)|\s+(?:given|because|as|since|here|now|in|on|at|to|with|"
                          r"without|due|considering|clinically|overall|based|though|although|but)\b)")
_DISBELIEF_AFTER = lazy_compile(r"(?i)\A[\s*_\"'”)\]]*(?:[—–:,?]|\s-)[\s*_]*(?:i\s+(?:am\s+|'m\s+)?)?(?:"
                                + hedges.alternation(NEGATIVE_REPLIES, hedges.DOUBT) + r")\b[\s*_]*(?:[.!;]|\Z)")
_UNCONFIRMED_AFTER = lazy_compile(r"(?i)" + _SEP + r"(?:" + hedges.alternation(negation.CANNOT)
                                  + r"|could\s+not|can\s+not)\s+be\s+(?:" + hedges.alternation(judgements.UNCONFIRMED)
                                  + r")\b")
# A definition frame right after the name: "is defined as", "is characterised by", "refers to", "is the term for".
_DEFINED_AFTER = lazy_compile(r"(?i)\A[\s*_\"'”)\]]*(?:(?:is|are)\s+(?:defined|characteri[sz]ed|described)\s+(?:as|by)|"
                              r"refers?\s+to|(?:is|are)\s+(?:the|a)\s+(?:term|name)\s+(?:for|given\s+to))\b")
# Another language's rejection verb before the name in its clause: "Se descarta un cuadro compatible con neumonía."
_REJECTED_BEFORE = lazy_compile(r"(?i)\b(?:" + REJECT + r")\b")
_CLAUSE_END = lazy_compile(r"[;!?\n]|\.(?=[\s*_\"'”)\]]|\Z)")  # ("**X.** Resection is generally advised": "**" ends it)
_CLAUSE_START = lazy_compile(r"[;!?\n]|\.\s")
_REACH = 300  # how far a clause is read on either side of a name


def stance_at(text: str, start: int, end: int) -> NamedStance:
    """The stance of the clause naming an option at ``text[start:end]`` (see the module docstring)."""
    # (each look bounded to a window: this runs on every mention of long outputs, and must stay linear)
    stop = _CLAUSE_END.search(text, end, end + _REACH)
    close = stop.start() if stop is not None else min(len(text), end + _REACH)
    right = text[end:close]
    against = _AGAINST_AFTER.match(right)
    if against and (against.group("comma") is None or _OWN_CLOSE.match(right, against.end())) \
            or _DISBELIEF_AFTER.match(text[end:end + 80]) or _UNCONFIRMED_AFTER.match(right) \
            or verdict_tag.tagged_against(text, end):  # ("— I doubt it.", ", not likely.": ``extract/verdict_tag.py``)
        return NamedStance.AGAINST
    begin = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - _REACH), start)),
                default=max(0, start - _REACH))
    if _rejected_before(text, begin, start) or verdict_tag.dismissed_before(text, begin, start):  # "Hardly X."
        return NamedStance.AGAINST
    rest = text[close:close + 200]
    # (a name given, "This pattern is called tree-in-bud and usually indicates ...": what follows says what it means)
    if _DEFINED_AFTER.match(right) and not asides.points_here(right, rest) \
            or asides.habit_said(right, rest) and asides.GIVEN_NAME.search(text, begin, start) is None \
            or _defined_before(text, begin, start):
        # ("Pneumothorax refers to |air in the pleural space.": a reference inside the definition is general too)
        return NamedStance.GENERAL
    return NamedStance.AFFIRMED


# What ends a foreign rejection's reach before a name: a comma right after the rejection word (it closed the clause
# before: "Pneumothorax ausgeschlossen, ...", "Pneumotórax improvável, ..."), or a comma opening a clause with its own
# verb ("Se descarta neumotórax, y el hallazgo es ...", "Escluso lo pneumotorace, la diagnosi è ...").
_OWN_VERB = lazy_compile(r"(?i)\b(?:" + FOREIGN_COPULA + r"|" + FOREIGN_VERDICT_LEAD + r")(?!\w)")
_MATCHED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(judgements.MATCH) + r")\b")


def _rejected_before(text: str, begin: int, start: int) -> bool:
    """Whether a rejection word of another language before ``start`` in its clause reaches the name there."""
    last = None
    for last in _REJECTED_BEFORE.finditer(text, begin, start):
        pass
    if last is None:
        return False
    between = text[last.end():start]
    if between.lstrip(" *_").startswith(","):
        return False
    return not any(_OWN_VERB.search(between, c + 1) for c in range(len(between)) if between[c] == ",")


def _defined_before(text: str, begin: int, start: int) -> bool:
    """Whether the name stands inside a definition in its clause ("X refers to |air in the pleural space"); not where
    the frame described this case and the clause concludes on the name ("The image is characterized by ...,
    consistent with pneumothorax") or points to this case."""
    for m in _DEFINED.finditer(text, begin, start):
        if _MATCHED.search(text, m.end(), start) is None and not asides.points_here(text[m.end():start]) \
                and not asides.points_here(text[begin:m.start()]):
            return True
    return False


def unaffirmed(text: str, idx: OptionIndex, letter: str) -> bool:
    """Every mention of ``letter`` by its text in ``text`` stands in a clause that does not affirm it (and there is
    one): what names it is no selection."""
    named = [m for m in find_mentions(text, idx) if m.letter == letter and m.by_text]
    return bool(named) and all(stance_at(text, m.start, m.end) is not NamedStance.AFFIRMED for m in named)


# The same judgements closing a sentence, for readers that know the sentence but not where the option is named
# (``extract/otherwords.py``, ``choice.stated_concept``): "A mass cannot be confirmed.", "... seems improbable."
_AGAINST_CLOSE = lazy_compile(r"(?i)(?<!\bnot)(?<!n't)(?:[—–:,?]|\s-|\s)[\s*_]*" + _LINK + r"(?:" + _AGAINST_WORDS + r"|(?:"
                              + hedges.alternation(negation.CANNOT) + r"|could\s+not|can\s+not)\s+be\s+(?:"
                              + hedges.alternation(judgements.UNCONFIRMED) + r"))(?:\s+(?:here|now|in\s+this\s+"
                              r"(?:case|patient|image|film|study)))?[\s*_]*[.!]?[\s*_\"'”]*\Z")
_DISBELIEF_CLOSE = lazy_compile(r"(?i)(?:[—–:,?]|\s-)[\s*_]*(?:i\s+(?:am\s+|'m\s+)?)?(?:"
                                + hedges.alternation(NEGATIVE_REPLIES, hedges.DOUBT)
                                + r")\b[\s*_]*[.!]?[\s*_\"'”]*\Z")
_DEFINED = lazy_compile(r"(?i)\b(?:(?:is|are)\s+(?:defined|characteri[sz]ed)\s+(?:as|by)|refers?\s+to)\b")


def sentence_stance(sentence: str) -> NamedStance:
    """The stance of a sentence that names an option somewhere before its close: AGAINST where it closes on a
    judgement against ("A mass cannot be confirmed.") or holds another language's rejection verb, GENERAL where it
    defines or says what holds in general (``asides.habit_said``), else AFFIRMED."""
    body = sentence.strip()
    close = body[-_REACH:]  # (the close only: a search anchored at the end stays linear on long runs of blanks)
    if _AGAINST_CLOSE.search(close) is not None or _DISBELIEF_CLOSE.search(close) is not None \
            or _REJECTED_BEFORE.search(body) is not None:
        return NamedStance.AGAINST
    if _DEFINED.search(body) is not None or asides.habit_said(body):
        return NamedStance.GENERAL
    return NamedStance.AFFIRMED


_CLAUSES = lazy_compile(r"(?<=[;!?])\s*|(?<=\.)\s+|\n+")


def none_affirmed(text: str, names: Callable[[str], bool]) -> bool:
    """Every clause of ``text`` that ``names`` its option on its own (a reader that knows the option, not where it is
    named: the concept reader) has a stance other than affirmed, and there is one: "Atrophy is incorrect; NPH is
    correct." names cerebral atrophy only in a clause judging it. A reply that names it only across clauses is left
    to the caller."""
    cuts = [0] + [p for m in _CLAUSES.finditer(text) for p in (m.start(), m.end())] + [len(text)]
    parts = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip() and names(text[a:b])]
    # (the located name adds only a judgement against right after it: a general remark found there, "as X usually
    # indicates ...", is the sentence reader's to call, which reads the whole clause)
    return bool(parts) and all(sentence_stance(text[a:b].rstrip(" ;")) is not NamedStance.AFFIRMED
                               or _located_stance(text, a, b, names) is NamedStance.AGAINST for a, b in parts)


_WORD_EDGE = lazy_compile(r"[\w'’-]+")
_LOCATE_WORDS = 40  # (a clause longer than this is read by its close only: locating costs a reader call per word)


def _located_stance(text: str, lo: int, hi: int, names: Callable[[str], bool]) -> NamedStance:
    """The stance of the words that name the option in ``clause``, found by the reader ``names`` itself: the shortest
    opening that names it, then the latest start within that still naming it ("Pneumothorax, doubtful given the
    preserved lung markings.", "Pneumothorax is inconsistent with the findings.": a judgement right after the name
    that does not close the sentence, read as ``stance_at`` reads it where the name's place is known, in the whole
    ``text`` around the clause ``text[lo:hi]``: "Pneumothorax. Not likely.")."""
    words = list(_WORD_EDGE.finditer(text, lo, hi))
    if len(words) > _LOCATE_WORDS:
        return NamedStance.AFFIRMED
    end = next((w.end() for w in words if names(text[lo:w.end()])), None)
    if end is None:
        return NamedStance.AFFIRMED
    start = next((w.start() for w in reversed(words) if w.end() <= end and names(text[w.start():end])), lo)
    return stance_at(text, start, end)


__all__ = ["NamedStance", "none_affirmed", "sentence_stance", "stance_at", "unaffirmed"]
