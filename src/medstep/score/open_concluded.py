"""The ``concluded`` rung of the open-answer grader (``score/open_grade.py``): a reply read whole (a description, then
what it concludes) whose last conclusion link introduces the gold ("... coffee-bean configuration; this picture is
classic for sigmoid volvulus" for "sigmoid volvulus"; "... honey-coloured crusts, consistent with impetigo" for
"impetigo").

Why a rung of its own: when no reader narrows a long reply, the grader gets the reply's normalised words, and the
other rungs read the answer from its start (``contained``, ``head``) or take one typed value; a reply that describes
first and names its answer at the end reached none of them. What the reply commits to is read by its structure, not
by the phrasing of a dev item: the LAST conclusion link of the reply (an identity or inference link of
``answers/hedges.py``: "consistent with", "in keeping with", "typical of", "indicative of", "suggests", "indicates";
or a frame saying what the thing is: "this is", "these are", "represents", "the diagnosis is", "classic for"), and the
words right after it, graded by the ladder itself (one answer written otherwise, or the gold narrowed in its noun
phrase: "large pericardial effusion").

Precision kept (a wrong answer is the worst error): only the last link counts, so a conclusion drawn and then
replaced ("... suggests X. ... this is Y") is read as Y; a link denied, doubted or lowered in the few words before it
("no features to suggest", "may be consistent with", "less in keeping with") is no conclusion and is passed over; the
gold must follow the link at once (after narrowing words at most), so "consistent with a fracture of the pneumothorax"
is not "pneumothorax"; what follows the gold may not offer another answer ("or", "versus", "either", "than"), deny or
doubt it, or go on with a second finding at once ("... consistent with pneumonia atelectasis ...", a list whose commas
the normalised text lost, "and", a finding of the vocabulary), and a gold that is a side, a number or a measure is left
to the typed rungs. A reply that only lists candidates ("pneumonia, atelectasis or effusion") has no link and matches
nothing here.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.answers import hedges, negation
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import LATERALITIES, vocabulary
from medstep.answers.text import tokens
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import CONTRAST, DOUBT, OFFERING
from medstep.score.open_narrow import CHANGING

# The conclusion links, in the normalised words the grader gets (articles and punctuation gone): an identity or
# inference link from their one home (``answers/hedges.py``: IDENTIFYING, INFERRING, DRAWING), and the frames that say
# what the thing is.
_LINK = lazy_compile(
    r"(?:^| )(?:" + hedges.alternation(hedges.IDENTIFYING, hedges.INFERRING, hedges.DRAWING)
    + r"|(?:classic|classical|diagnostic|pathognomonic)\s+(?:of|for)|represents|in\s+favou?r\s+of"
    + r"|(?:this|these|that|it)\s+(?:is|are|represents?|appears\s+to\s+be|appear\s+to\s+be|looks\s+like)"
    + r"|diagnosis\s+(?:is|would\s+be)|impression)(?= )")
# The words before a link that take it back: a denial ("no features to suggest"), a doubt ("may be consistent with"),
# a lowered likelihood ("less in keeping with"), a turn of a conditional ("would be consistent with").
_TAKEN_BACK = frozenset({*negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.NOTHING),
                         *(w for w in DOUBT), *hedges.LOWERING, *hedges.CONDITION, "if", "nor", "neither", "t"})
# How many words before a link are read for such a word (a clause, without its punctuation).
_BEFORE = 4
# How many words after the gold are read for another answer offered beside it ("X, atelectasis or effusion").
_AFTER = 5
# Words of a second answer joined to the gold at once ("pneumonia and effusion", "pneumonia with or without").
_JOINED = frozenset({"and", "plus", "also"})
# How many narrowing words may stand between the link and the gold ("consistent with a large left pleural effusion").
_NARROWING = 3


def concluded(answer: str, gold: str, question: str, same: Callable[[str, str], bool]) -> bool:
    """Whether the last conclusion link of ``answer`` (normalised words) introduces ``gold`` (module docstring);
    ``same(phrase, gold)`` grades a phrase by the ladder (one answer written otherwise, or narrowed)."""
    del question  # the link's words decide; the question's kind is left to the typed rungs
    gold_words = tokens(gold)
    if not gold_words or any(any(c.isdigit() for c in w) for w in gold_words) \
            or all(w in LATERALITIES or w in _SIDE_WORDS for w in gold_words):
        return False
    words = answer.split()
    links = [m for m in _LINK.finditer(answer)]
    if not links:
        return False
    last = None
    for m in reversed(links):
        start = len(answer[:m.start()].split())
        if not _taken_back(words[max(0, start - _BEFORE):start]):
            last = m
            break
    if last is None:
        return False
    rest = answer[last.end():].split()
    for skip in range(_NARROWING + 1):
        for length in range(max(1, len(gold_words) - 1), len(gold_words) + 2):
            end = skip + length
            if end > len(rest):
                break
            phrase = " ".join(rest[:end])
            if same(phrase, gold):
                return _stands_alone(rest[end:end + _AFTER])
    return False


# Words after the gold that keep another answer beside it: a comparison, a differential.
_OTHERS_OFFERED = frozenset({"than", "unlikely", *hedges.DIFFERENTIAL})
# What the gold is chosen over, said right after it (``answers/negation.INSTEAD``: "rather than", "instead of").
_SET_ASIDE = tuple(f"{w} " for w in negation.INSTEAD)
_SIDE_WORDS = frozenset({"left", "right", "bilateral", "both", "sided"})


def _taken_back(before: list[str]) -> bool:
    return any(w in _TAKEN_BACK for w in before)


def _stands_alone(after: list[str]) -> bool:
    """Whether the words after the gold leave it the one answer: no other offered ("or", "versus", "than"), no denial
    or doubt of it, no word making it another thing ("osteomyelitis-like", ``open_narrow.CHANGING``), no second finding
    joined to it at once. What it is chosen over ("hemangioma rather than metastasis") sets the other aside."""
    if " ".join(after[:3]).startswith(_SET_ASIDE):
        return True
    if after and after[0] in CHANGING:
        return False
    if any(w in OFFERING or w in _OTHERS_OFFERED for w in after):
        return False
    if after and (after[0] in _JOINED or after[0] in CONTRAST or after[0] in DOUBT or after[0] in _TAKEN_BACK):
        return False
    for k in (3, 2, 1):  # a finding named at once after the gold: a list whose commas the normalised text lost
        concept = whole_concept(" ".join(after[:k])) if len(after) >= k else None
        if concept is not None and vocabulary().concepts[concept].category == "finding":
            return False
    return True
