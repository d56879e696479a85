"""A reply that heads itself with one answer and closes on another: ``ambiguous``, not the closing one read.

"**Answer: A** ... Therefore, the correct answer is **D**.", "**Answer: No** ... **Final answer: Yes**": the readers
take the last final-answer phrase, and a conclusion word before it ("therefore", "final") lets it settle an earlier
phrase close by (``extract/lines.phrase``). A headline is not a step of reasoning the conclusion moves on from: the
reply stated it as its answer before explaining, and the explanation then ended elsewhere without saying it changed
its mind. With no revising word between the two ("actually", "wait", "on reflection", "correction":
``answers/revisions``), the reply gave two answers and chose neither (issue #7). Two open answers differ only when they
exclude each other (opposite sides, different findings): an open headline is often restated in other words ("ACL
tear" ... "Complete anterior cruciate ligament rupture"), which is one answer.

Only a phrase that opens the reply (nothing but markup before it) is a headline; an answer stated earlier inside the
discussion is left to ``extract/lines.phrase`` and ``extract/left_standing``. Read by :mod:`medstep.extract.core` on
an answer read from a final-answer phrase.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import revisions, same_verdict
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.antonym_pairs import PAIRS, SIDE
from medstep.extract.concept_question import category_of
from medstep.extract.choice import Reading
from medstep.extract.split import Located, phrases
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample

Reader = Callable[[Located, Sample], Reading]

_REVISING = revisions.single_words(revisions.CUES, revisions.RETHINK)
_WORD = lazy_compile(r"[a-z']+")
_MARKUP = " \t\r\n*_#>"
# The vocabulary's kinds an open answer names: a finding, or the study called normal.
_ANSWER_KINDS = ("finding", "normal")


def _findings(text: str) -> frozenset[str]:
    """The findings (or the normal study) ``text`` names in the vocabulary."""
    return frozenset(m.concept for m in vocabulary().mentions(normalize(text)) if category_of(m) in _ANSWER_KINDS)


def _poles(text: str) -> set[tuple[str, int]]:
    """The antonym poles ``text`` holds, one per pair (``extract/antonym_pairs``: "left" / "right", "benign" /
    "malignant"); a pair whose two poles it holds gives none."""
    held = set()
    for pair in (*PAIRS, SIDE):
        found = [i for i, pole in enumerate(pair.poles) if pole.search(text) is not None]
        if len(found) == 1:
            held.add((pair.name, found[0]))
    return held


def _exclusive(first: str, last: str) -> bool:
    """Whether two open answers cannot both be meant: opposite poles of one property ("right" / "left"), or findings of
    the vocabulary none of which is the other's or a kind of it ("Pneumonia" / "Pleural effusion"; not "Colles
    fracture" / "Distal radius fracture"). Two wordings the vocabulary cannot place ("Pneumothorax" / "Collapsed right
    lung from air in the pleural space") may say one thing, and are left read."""
    one, two = _poles(first), _poles(last)
    if any(name == other and pole != side for name, pole in one for other, side in two):
        return True
    said, closing = _findings(first), _findings(last)
    if not said or not closing or said & closing:
        return False
    concepts = vocabulary().concepts
    return not any(a in concepts[b].ancestors or b in concepts[a].ancestors for a in said for b in closing)


def _same(first: str, last: str, sample: Sample) -> bool:
    """Whether two readings name one answer: equal, the same verdict, or (open) not exclusive (:func:`_exclusive`):
    "MRI" / "Magnetic resonance imaging" and "3" / "Three lesions" name no finding and no pole, so they stand as one.
    (Not the grader's ``score.open_grade.match_step``: extraction is a stage before scoring and never imports it.)"""
    if first == last or same_verdict(first, last):
        return True
    if sample.answer_type is not AnswerType.OPEN:
        return False
    return not _exclusive(first, last)


def disagrees(answer: str, loc: Located, sample: Sample, reader: Reader) -> bool:
    """Whether the reply ``loc`` opens with a final-answer phrase whose line reads as another answer than ``answer``
    (read from a later phrase), with no revising word between them (module docstring)."""
    region = loc.answer
    found = sorted(phrases(region))
    if len(found) < 2:
        return False
    (start, end), last = found[0], found[-1]
    if region[:start].strip(_MARKUP) or last[0] <= end:
        return False  # not a headline, or the headline is the phrase the answer was read from
    stop = region.find("\n", end)
    head = region[:stop] if stop >= 0 else region
    if not _REVISING.isdisjoint(_WORD.findall(region[end : last[1]].lower())):
        # "Answer: A ... Actually, on reflection, the answer is D.", "Answer: A\nCorrection: B" (the closing phrase's
        # own label revises): the reply changed its mind
        return False
    got = reader(replace(loc, answer=head, others=()), sample).answer
    return got is not None and not _same(got, answer, sample)


__all__ = ["disagrees"]
