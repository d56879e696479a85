"""A reply that heads itself with one answer and closes on another: ``ambiguous``, not the closing one read.

"**Answer: A** ... Therefore, the correct answer is **D**.", "**Answer: No** ... **Final answer: Yes**": the readers
take the last final-answer phrase, and a conclusion word before it ("therefore", "final") lets it settle an earlier
phrase close by (``extract/lines.phrase``). A headline is not a step of reasoning the conclusion moves on from: the
reply stated it as its answer before explaining, and the explanation then ended elsewhere without saying it changed
its mind. With no revising word between the two ("actually", "wait", "on reflection", "correction":
``answers/revisions``), the reply gave two answers and chose neither (issue #7).

Only a phrase that opens the reply (nothing but markup before it) is a headline; an answer stated earlier inside the
discussion is left to ``extract/lines.phrase`` and ``extract/left_standing``. Read by :mod:`medstep.extract.core` on
an answer read from a final-answer phrase.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import revisions, same_verdict
from medstep.answers.text import normalize_text
from medstep.extract.choice import Reading
from medstep.extract.split import Located, phrases
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample

Reader = Callable[[Located, Sample], Reading]

_REVISING = revisions.single_words(revisions.CUES, revisions.RETHINK)
_WORD = lazy_compile(r"[a-z']+")
_MARKUP = " \t\r\n*_#>"


def _same(first: str, last: str, answer_type: AnswerType) -> bool:
    """Whether two readings name one answer: equal, the same verdict, or (open) one's words all within the other's
    ("pneumonia" and "right lower lobe pneumonia")."""
    if first == last or same_verdict(first, last):
        return True
    if answer_type is not AnswerType.OPEN:
        return False
    one, two = set(normalize_text(first).split()), set(normalize_text(last).split())
    return bool(one) and bool(two) and (one <= two or two <= one)


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
    if not _REVISING.isdisjoint(_WORD.findall(region[end:last[0]].lower())):
        return False  # "Answer: A ... Actually, on reflection, the answer is D.": the reply changed its mind
    got = reader(replace(loc, answer=head, others=()), sample).answer
    return got is not None and not _same(got, answer, sample.answer_type)


__all__ = ["disagrees"]
