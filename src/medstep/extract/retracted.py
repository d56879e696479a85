"""A decision the reply states and then takes back, ending undecided: ``ambiguous``, not the answer (issue #7).

"The answer is B, pneumonia. On further review ... typical of atelectasis, so A. The air bronchograms could be seen in
either, so it's really hard to say.", "Yes, there's a lucent line ... But that could just be the normal apophysis - in
which case, no. It depends on the orientation of the line.", "Yes, there might be a tumor. However, it is also possible
that the lesion is a simple cyst. No definite conclusion can be made.", "Yes, there is a small pneumothorax. On
reviewing again, the line could be a skin fold ... It may also be a true pleural line." The readers take the first (or
the last) decision; a human reader takes none: the writer held two answers and ended on neither.

The test reads the structure, not a phrase family: the reply is split into sentences and each is read alone by the
answer type's reader. The reply commits when its last sentence that reads an answer ends it, or is followed only by
words that reopen nothing. It is taken back when, after its last answering sentence, only sentences reading no answer
follow (the tail), and

- the sentences read two different answers, and the tail says the writer cannot decide (``held_open`` doubt words,
  "no definite conclusion", "it depends", "either way"); or
- one answer is read, and the tail raises a second candidate held beside it named with its article or a clause ("may also be a
  skin fold", "it is also possible that", "or it could be a", "也可能") while it says it cannot decide or opens with a second look
  ("On reviewing again", ``answers/revisions.SECOND_LOOK``).

Left alone: a doubt the writer overrides in its own sentence ("I can't be certain, but it looks like a fracture"), a
caveat that raises no candidate ("B. However, a CT would confirm."), a self-correction that ends on its final word
("Yes - actually, no." is read no: its last sentence answers), a doubt before the decision, a single sentence; a
further finding held beside the first ("it is also possible that there is a second fracture"), a doubt tied to the
second candidate only ("it may also be a loculated collection, which is hard to tell"), and for a choice a second
candidate that is none of the other options ("D. ... it may also be a Langerhans cell histiocytosis lesion").
Read by :mod:`medstep.extract.core` of a choice or yes/no answer read without an answer wrapper.
"""

from __future__ import annotations

from typing import Callable, Sequence

from medstep.answers import hedges, revisions, same_verdict
from medstep.extract.anchors import anchored_search
from medstep.lazyre import lazy_compile

# A sentence: up to its stop (a stop inside a number, "2.5 cm", is no stop).
_SENTENCE = lazy_compile(r"(?:[^.!?\n。！？]|\.(?=\d))+[.!?。！？]*")
# The writer cannot decide the question: "it's really hard to say", "difficult to tell", "I'm not sure", "I can't
# decide", "no definite conclusion can be made", "it depends on", "could go either way", "难以确定".
_DOUBT = lazy_compile(
    r"(?i)\b(?:hard|difficult|impossible|tricky)\s+to\s+(?:say|tell|decide|call|judge|know|be\s+sure)\b|"
    r"\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?not\s+(?:\w+\s+)?(?:sure|certain)\b|\b(?:uncertain|unsure|undecided)\b|"
    r"\b(?:can(?:not|'t|’t|\s+not)|unable\s+to)\s+(?:\w+\s+)?(?:decide|say\s+(?:which|for\s+sure|definitively)|commit|"
    r"settle)\b|\bno\s+(?:definite|definitive|firm|clear)\s+(?:conclusion|answer|call|decision)\b|"
    r"\bit\s+depends\s+on\b|\beither\s+way\b|"
    r"难以(?:确定|判断|区分|鉴别|明确)|无法(?:确定|判断|区分|明确)|不确定"
)
# Where a match of ``_DOUBT`` can begin in ASCII text.
_DOUBT_HEADS = ("hard", "diffic", "impossible", "tricky", "i", "uncertain", "unsure", "undecided", "can", "unable",
                "no", "it", "either")
# After the doubt in its own sentence, a turn back to a decision: "hard to say, but it looks like B", "I'm unsure;
# nonetheless, B", "难以确定，不过倾向于B". The turns of ``answers/hedges`` (TURN, DESPITE, CONTRAST, ZH_TURN) and a
# "still"; not "alternatively", which turns to another candidate rather than back to the first.
_OVERRIDE = lazy_compile("(?i)" + hedges.words((w for w in hedges.TURN if w != "alternatively"), hedges.DESPITE,
                                               hedges.CONTRAST, ("still",)) + "|" + hedges.alternation(hedges.ZH_TURN))
# A second candidate held beside the first: "may also be", "it is also possible that", "or it could be".
# The candidate is a thing named with its article or a clause of its own, not a quality of the first one ("It could
# also be pathological" qualifies a fracture found; "It may also be a true pleural line" names another).
# Not a further finding beside the first, which keeps it ("it is also possible that there is a second fracture of the
# styloid", "it may also be an additional focus"): the candidate must stand in the first one's place.
_ALSO = lazy_compile(r"(?i)(?:\b(?:could|might|may)\s+(?:also|equally|just\s+as\s+well)\s+be|\bor\s+it\s+(?:could|"
                     r"might|may)\s+be)\s+(?:a|an|the|just\s+(?:a|an|the))\s(?!(?:second|third|another|further|"
                     r"additional|separate|coexisting|concomitant)\b)|\balso\s+(?:possible|plausible|conceivable)\s+"
                     r"that\b(?!\s+there\b)|也可能|亦可能|也有可能|或可能")
# A second look opening the tail: ``revisions.SECOND_LOOK`` and the review verbs ("On reviewing again", "On further
# review", "Re-reviewing").
_SECOND_LOOK = lazy_compile(r"(?i)^[\s*_]*(?:" + "|".join(p.replace(" ", r"\s+") for p in revisions.SECOND_LOOK)
                            + r"|on\s+(?:re-?)?review\w*(?:\s+again)?|re-?review\w*|review\w*\s+again)\b")

_WORDS = lazy_compile(r"\w+")
# A clause joined to the candidate before its doubt: "..., which is hard to tell", "..., but I can't say for sure".
# (the joining word opens the doubt's clause, two words before it at most: not "..., though, and I'm not sure")
_TIED = lazy_compile(r"(?i)\b(?:which|but|although|whether)\s+(?:\w+\s+){0,2}\Z")

# Sentences read alone: a reply of more is a discussion, not one decision retracted.
_MAX_SENTENCES = 12


def _same(one: str, other: str) -> bool:
    """Whether two readings are one answer: the same option letter, or the same verdict in any language."""
    return one == other or same_verdict(one, other)


def _doubts_anywhere(text: str) -> bool:
    """Whether ``text`` holds a doubt word of ``_DOUBT`` anywhere."""
    return (anchored_search(_DOUBT, text, _DOUBT_HEADS) if text.isascii() else _DOUBT.search(text)) is not None


def _doubts(sentence: str) -> bool:
    """Whether ``sentence`` says the writer cannot decide, with no turn back to a decision after the doubt."""
    m = anchored_search(_DOUBT, sentence, _DOUBT_HEADS) if sentence.isascii() else _DOUBT.search(sentence)
    return m is not None and _OVERRIDE.search(sentence, m.end()) is None


def _names_rival(tail: str, rivals: Sequence[str]) -> bool:
    """Whether ``tail`` names one of ``rivals`` (the other options' texts): a choice is taken back only for another
    option, not for a candidate outside them ("D. ... it may also be a Langerhans cell histiocytosis lesion")."""
    words = " " + " ".join(_WORDS.findall(tail.lower())) + " "
    return any(f" {' '.join(_WORDS.findall(r.lower()))} " in words for r in rivals if _WORDS.search(r))


def retracted(text: str, answer: str, read: Callable[[str], str | None], rivals: Sequence[str] | None = None) -> bool:
    """Whether ``text``, read as ``answer``, states a decision and then takes it back (see module docstring).
    ``read`` reads one sentence alone (``None``: no answer); ``rivals``, given for a choice, are the other options'
    texts, one of which the second candidate held must name."""
    if not _doubts_anywhere(text) and _ALSO.search(text) is None:
        return False  # (a cheap gate: each test below needs a doubt or a second candidate; sentences read alone cost
        # a reading each)
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
    if not 2 <= len(sentences) <= _MAX_SENTENCES:
        return False
    readings = [read(s) for s in sentences]
    answered = [i for i, got in enumerate(readings) if got is not None]
    if not answered or answered[-1] == len(sentences) - 1:
        return False  # no sentence decides alone, or the reply ends on a decision ("Yes - actually, no.")
    tail = sentences[answered[-1] + 1:]
    doubt = any(_doubts(s) for s in tail)
    answers = [got for got in readings if got is not None]
    if any(not _same(a, answers[0]) for a in answers[1:]):
        return doubt  # two decisions, then "it's really hard to say"
    if not all(_same(a, answer) for a in answers):
        return False
    rest = " ".join(tail)
    second = _ALSO.search(rest) is not None and (rivals is None or _names_rival(rest, rivals))
    doubt = any(_doubts(s) and not _doubts_candidate(s) for s in tail)
    return second and (doubt or _SECOND_LOOK.search(tail[0]) is not None)


def _doubts_candidate(sentence: str) -> bool:
    """Whether the doubt of ``sentence`` is tied by a clause to the second candidate it raises, and so doubts that one
    only ("It may also be a loculated collection, which is hard to tell", "it is also possible that an appendicolith
    is present, but I can't say for sure"): the first decision stands beside it."""
    also = _ALSO.search(sentence)
    if also is None:
        return False
    m = anchored_search(_DOUBT, sentence, _DOUBT_HEADS) if sentence.isascii() else _DOUBT.search(sentence)
    return m is not None and _TIED.search(sentence[also.end():m.start()]) is not None
