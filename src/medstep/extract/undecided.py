"""Whether a choice output ends undecided, whatever it leaned to before (read by ``extract/choice.py``).

A discussion may commit to an option on the way and still close by keeping two open: declining to choose between
them ("I can't reliably choose between CF and ABPA."), saying the writer is not sure, saying both or either remain
possible ("Both remain possible from this strip alone.", "Without the fellow eye, either is plausible."), saying
they cannot be told apart ("I can't separate them"), or ending on the options offered together ("... : B or C.").
A closing that turns back to one ("Both are possible, but the meniscus makes it B.") decides.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, revisions
from medstep.extract import cues
from medstep.extract.clauses import NEG_WORDS, clause_left
from medstep.extract.mentions import CONFLICT, OptionIndex, find_mentions
from medstep.extract.refusal import is_refusal
from medstep.lazyre import lazy_compile

_BETWEEN = lazy_compile(r"(?i)\b(?:between|either)\b")
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=64)  # (asked of one output by each closing check in turn)
def last_sentence(region: str) -> str:
    """The output's last sentence (within its last ``LAST_SENTENCE_MAX`` characters)."""
    tail = region.rstrip()[-LAST_SENTENCE_MAX:]
    return _SENTENCES.split(tail.rstrip(" .!*_"))[-1]


LAST_SENTENCE_MAX = 300
_BETWEEN_AND = lazy_compile(r"(?i)\bbetween\b[^.;!?\n]+?\band\b")


def refuses_between(region: str) -> bool:
    """The output's last sentence declines to choose between two candidates ("I can't reliably choose between
    cystic fibrosis and ABPA.", "It is not possible to distinguish between A and B on this image alone."), or the one
    before a closing call for a further test ("... A biopsy would be needed."): whatever it leaned to before, it ends
    undecided."""
    last = last_sentence(region)
    if _BETWEEN_AND.search(last) is None and _FURTHER_TEST.match(last) is not None:
        last = last_sentence(region[:region.rfind(last)])
    if _BETWEEN_AND.search(last) is None:
        return False
    said = _UNDECIDED.search(last)  # ("... back and forth between C and D, but the sail sign settles it: D." decides)
    return is_refusal(last) or said is not None and _TURN_BACK.search(last, said.end()) is None


# A closing call for a further test or more information, nothing else: "A biopsy would be needed.", "Tissue sampling
# is required.", "Further imaging is recommended."
_FURTHER_TEST = lazy_compile(r"(?i)^[\s*_]*(?:an?\s+|the\s+)?(?:further\s+|additional\s+|more\s+)?"
                             r"[a-z][a-z -]{0,40}?\s+"
                             r"(?:would\s+be|is|are|will\s+be)\s+(?:needed|required|necessary|recommended|warranted)"
                             r"[\s.!*_]*$")


_DOUBT = lazy_compile("(?i)" + hedges.words(hedges.DOUBT))


def closing_doubt(region: str) -> bool:
    """The output's last sentence says the writer is not sure ("... honestly I'm not sure.")."""
    last = last_sentence(region)
    return _DOUBT.search(last) is not None


# The writer says it cannot settle on one reading: "I can't settle it.", "Hard to be sure either way.", "I'm torn.",
# "I honestly cannot decide between them.", "I am not confident in any of the four.", "It could go either way.",
# "Without a CT it could be any of these."
# ("Either way, the management is the same." and "The treatment is the same either way." mean regardless; "The
# ligament is torn." is a finding; "I can't call that a pneumothorax." names it.)
_UNDECIDED = lazy_compile(
    r"(?i)\b(?:i'?m|i[ \t]+am|feel|remain|still)[ \t]+torn\b|\btorn[ \t]+between\b|\b(?:go|goes|going|went)[ \t]+(?:either|both)[ \t]+ways?\b|\bback[ \t]+and[ \t]+forth\b"
    r"|\b(?:can(?:not|'t|[ \t]+not)|could(?:not|n't|[ \t]+not)|unable[ \t]+to|hard[ \t]+to|difficult[ \t]+to|"
    r"impossible[ \t]+to|not[ \t]+possible[ \t]+to)[ \t]+"
    r"(?:really[ \t]+|honestly[ \t]+|reliably[ \t]+|confidently[ \t]+|"
    r"truly[ \t]+)?(?:decide|settle|choose|pick|commit|(?:distinguish|differentiate|discriminate)[ \t]+between|"
    r"call(?:[ \t]+(?:it|this(?:[ \t]+one)?))?(?=[ \t]*(?:[,;]|\Z)))\b"
    r"|\bnot[ \t]+(?:\w+[ \t]+)?(?:confident|sure|certain)[ \t]+(?:in|about|of)[ \t]+(?:any|either)\b"
    r"|\b(?:could|might|may)[ \t]+(?:\w+[ \t]+)?be[ \t]+(?:any|either|one)[ \t]+of[ \t]+(?:these|them|those|the[ \t]+\w+)\b"
    r"|\b(?:sure|certain|say|tell|call|confident|could|might|may|unclear)\b[^.;!?]*[ \t]either[ \t]+way[ \t]*\Z"
    # the commitment put off: "... before committing.", "I'd want a lateral film before deciding.", "not ready to commit"
    r"|\bbefore[ \t]+(?:committing|deciding|i[ \t]+(?:commit|decide))(?:[ \t]+to[ \t]+(?:one|either|it|an?[ \t]+(?:final[ \t]+)?"
    r"(?:answer|choice|option)))?[ \t]*\Z|\bnot[ \t]+(?:yet[ \t]+)?(?:ready|prepared|willing)[ \t]+to[ \t]+commit\b")
# Declining to pick between the candidates kept: "I would not commit to one over the other", "I won't choose between
# them", "... and I would not commit to either (of the two)" (not "I would not commit to A", which sets A aside, nor
# "I wouldn't choose one of the others", "any other option", "either of the tumours", which reject the rest, nor
# "would not commit to one hemisphere").
_NOT_COMMITTING = lazy_compile(
    r"(?i)(?:\b(?:would|will|do|should)(?:n't|[ \t]+not)|\bwon't)[ \t]+(?:want[ \t]+to[ \t]+)?(?:commit|choose)[ \t]+"
    r"(?:to[ \t]+)?(?:one[ \t]+(?:answer[ \t]+|option[ \t]+|diagnosis[ \t]+)?over[ \t]+(?:the[ \t]+)?"
    r"(?:other|another)\b|between[ \t]+(?:them|the[ \t]+two|these|those)\b"
    r"|either\b(?![ \t]+of[ \t]+the[ \t]+(?!two\b)[a-z]))")
# What turns back to a verdict after it: "Hard to call, but I'd say yes.", "I'm torn, so B."
_TURN_BACK = lazy_compile("(?i)" + hedges.words(hedges.TURN, ("so", "therefore", "thus", "hence", "overall", "still")))


def closing_undecided(region: str) -> bool:
    """The output's last sentence says the writer cannot settle between readings (see ``_UNDECIDED``), turning back
    to none after it: whatever it stated before ("The answer is A. ... I honestly cannot decide between them.",
    "Yes, ... No, actually ... Hard to be sure either way."), it ends undecided."""
    last = last_sentence(region)
    said = _UNDECIDED.search(last.rstrip(" \t.!?…"))
    return said is not None and _TURN_BACK.search(last, said.end()) is None


# The choice itself said to need more, closing the sentence: "More information would be needed to decide.", "Further
# views would be required to choose (between them)." Not a later decision that needs more ("... needed to decide on
# treatment", "... required to decide whether it is loculated"), nor one said to need nothing ("No further imaging is
# needed to decide.", "... is not needed to decide").
_PUT_OFF = lazy_compile(
    r"(?i)(?![\s*_]*no\b)[^.;!?]*?(?<!\bnot[ \t])(?<!n't[ \t])\b(?:needed|required|necessary)[ \t]+"
    r"(?:in[ \t]+order[ \t]+)?to[ \t]+(?:decide|choose|pick|commit)"
    r"(?:[ \t]+between[ \t]+(?:them|these|those|the[ \t]+(?:two|options)))?[ \t]*\Z"
)


def decision_put_off(region: str) -> bool:
    """The output's last sentence says the choice needs more than is given (``_PUT_OFF``). Weaker than
    ``closing_undecided``: a reply may state its answer and then say what a further decision needs, so this is read
    only where the answer is an option's text named in passing (``extract/choice.py``), never after a stated answer
    ("The answer is B. ... A CT would be needed to decide." keeps B)."""
    return _PUT_OFF.match(last_sentence(region).rstrip(" \t.!?…*_")) is not None


def declines_to_commit(region: str) -> bool:
    """The output's last sentence declines to pick one of the candidates it kept (``_NOT_COMMITTING``), turning back
    to none after it. Weaker than ``closing_undecided``: read only where no answer is given in so many words
    ("Answer: A. I would not commit to one over the other." states its answer; the caller checks)."""
    last = last_sentence(region)
    said = _NOT_COMMITTING.search(last)
    return said is not None and _TURN_BACK.search(last, said.end()) is None


# A second look that reopens the verdict with another reading called possible: "..., but on reflection it could be a
# nutrient canal", "Looking again, it might just be pleural thickening" (``revisions.SECOND_LOOK``, then a modal "be").
_REOPENED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(revisions.SECOND_LOOK) + r")\b[,\s]*(?:(?:it|this|that|"
                         r"the\s+\w+)\s+)?(?:could|might|may)\s+(?:(?:also|just|well|equally|instead)\s+){0,2}be\b")
_CLOSING_DOUBT = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DOUBT) + r")\b")


def reopened(region: str) -> bool:
    """A verdict reopened by a second look calling another reading possible, and a closing sentence of doubt after it
    ("Yes, I think there is a fracture, but on reflection it could be a nutrient canal. I'm not certain."): it ends
    undecided. Without the closing doubt ("..., on reflection it could be a stress fracture.") it is a caveat."""
    found = _REOPENED.search(region)
    if found is None:
        return False
    last = last_sentence(region)
    return region.rfind(last) > found.start() and _CLOSING_DOUBT.search(last) is not None and _TURN_BACK.search(last) is None


def between(region: str, idx: OptionIndex) -> bool:
    """A sentence that weighs two or more options against each other ("between A and D", "either B or C")."""
    for sentence in _SENTENCES.split(region):
        if _BETWEEN.search(sentence) is not None:
            letters = {m.letter for m in find_mentions(sentence, idx)}
            if len(letters) >= 2 or CONFLICT in letters:  # ("between B and C" is one mention of two letters)
                return True
    return False


# Both or either kept possible: "both remain possible", "either is plausible", "both are equally likely".
_BOTH_OPEN = lazy_compile(r"(?i)\b(?:both|either)\b(?:[ \t]+(?:of[ \t]+them|one|options?|diagnoses|remain|remains|is|are|"
                          r"seem|seems|look|looks|stay|stays|could[ \t]+be|would[ \t]+be|equally|still|quite|very|"
                          r"entirely|fit|fits|right|correct))*[ \t]+(?:possible|plausible|likely|reasonable|viable|"
                          r"in[ \t]+play|open|consistent|compatible)\b"
                          # ... and the two named: "I'd say either A or B is reasonable.", "either one or the other remains
                          # possible"
                          r"|\beither[ \t]+[^.;!?\n]{1,60}?[ \t]or[ \t]+[^.;!?\n]{1,60}?[ \t](?:is|are|remains?|seems?|would[ \t]+be|"
                          r"could[ \t]+be)[ \t]+(?:equally[ \t]+|quite[ \t]+|entirely[ \t]+)?(?:possible|plausible|likely|"
                          r"reasonable|viable|acceptable|defensible)\b")
# Cannot be told apart: "I can't separate them", "impossible to distinguish the two", "can't tell them apart" ("a
# biopsy would distinguish them" after a choice only says how to confirm it).
_NOT_TOLD_APART = lazy_compile(r"(?i)\b(?:can(?:not|'t|[ \t]+not)|could(?:not|n't|[ \t]+not)|unable[ \t]+to|impossible[ \t]+to|"
                               r"no[ \t]+way[ \t]+to)[ \t]+(?:reliably[ \t]+|confidently[ \t]+|really[ \t]+)?"
                               r"(?:separate|distinguish|differentiate|tell)[ \t]+(?:between[ \t]+)?"
                               r"(?:them|the[ \t]+two|these[ \t]+two)\b")
# A label setting the listed options aside: "**Differential:** A, C", "Less likely: B, D".
_OTHERS_LABEL = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.DIFFERENTIAL) + r"|alternatives?|also[ \t]+consider(?:ed)?|other[ \t]+(?:considerations|"
                             r"possibilities|options|candidates)|less[ \t]+likely|excluded|ruled[ \t]+out|considered|"
                             r"mimics?)\b")
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN, ("so", "therefore", "thus", "hence")))


# Every option kept open: "it could be any of these", "any of them is possible" (not "any of the above" as an option's
# name chosen: "the answer is any of the above").
_ANY_OPEN = lazy_compile(r"(?i)\b(?:(?:could|might|may|can)[ \t]+(?:\w+[ \t]+)?be[ \t]+any[ \t]+(?:one[ \t]+)?of[ \t]+"
                         r"(?:these|them|those|the[ \t]+above|the[ \t]+options)|any[ \t]+(?:one[ \t]+)?of[ \t]+(?:these|"
                         r"them|those|the[ \t]+above)[ \t]+(?:is|are|remains?|seems?)[ \t]+(?:\w+[ \t]+)?(?:possible|plausible"
                         r"|likely))\b")


def any_open(region: str) -> bool:
    """The last sentence keeps every option open ("Without history it could be any of these."), no turn after it."""
    last = last_sentence(region)
    said = _ANY_OPEN.search(last) if "any" in last else None
    return said is not None and _TURN.search(last, said.end()) is None


def kept_open(region: str, idx: OptionIndex) -> bool:
    """The last sentence keeps two options open (see module docstring) in an output naming two or more."""
    last = last_sentence(region)
    found = find_mentions(last, idx)
    closing = found[-1] if found else None
    listed = closing is not None and closing.letter == CONFLICT and not last[closing.end:].strip(" \t.!*_)\"'”") \
        and _OTHERS_LABEL.search(last, 0, closing.start) is None \
        and NEG_WORDS.isdisjoint(t for t in cues.tokens(clause_left(last, closing.start))[-8:] if t[0].isalpha())
    if not listed:
        said = _BOTH_OPEN.search(last) or _NOT_TOLD_APART.search(last)
        if said is None or _TURN.search(last, said.end()) is not None or any(m.start >= said.end() and m.letter != CONFLICT for m in found):
            return False  # "Both are possible, but the meniscus makes it B." ("… can't separate them: B or C" keeps both)
    letters = {m.letter for m in find_mentions(region, idx)}
    return len(letters) >= 2 or CONFLICT in letters
