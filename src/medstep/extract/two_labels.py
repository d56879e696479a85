"""Two labelled answers that disagree: a header field and a closing answer phrase naming different answers (issue #7).

"**Answer: No** ... **Final answer: Yes**", "**Diagnosis:** Sarcoidosis ... **Final diagnosis:** Lymphoma",
"**Answer: A** ... Therefore, the correct answer is **D**." The readers take the last answer phrase, so these were read
as the closing answer. But the header is as much the reply's answer as the closing line: the reply states two answers
in the same labelled form and never says which one stands, and a careful reader labels it ambiguous.

The reply is ambiguous only when

- its first non-empty line is a labelled answer field with its answer on the line ("Answer: No", "**Final answer:**
  C", "Diagnosis: Sarcoidosis"; an "Initial answer:" or "First impression:" names itself an earlier view and is no
  such field: ``extract/earlier_view.py`` sets it aside when a revision follows);
- the answer was read from a later final-answer phrase (``split.last_phrase``, rule ``final_answer_phrase``);
- the header's line, read alone by the same reader, gives another answer (not the same verdict; for open answers no
  shared word and neither the abbreviation of the other);
- and nothing from the header to the later phrase marks the later one as a revision of it: no revision cue or rethink
  word (``answers/revisions.py``: "wait", "on reflection", "I was wrong", "revised", "Corrected answer:").

The same answer repeated ("Answer: B ... Final answer: B (pneumonia)") is one answer and keeps its reading.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import hedges, revisions, same_text, same_verdict, tokens
from medstep.extract.choice import Reading
from medstep.extract.split import FINAL_ANSWER_PHRASE, Located, last_phrase
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample

Reader = Callable[[Located, Sample], Reading]

# A labelled answer field opening its line: "Answer:", "**Final answer:**", "### Diagnosis:", "Correct answer -".
_HEADER = lazy_compile(r"(?i)[ \t*_#>]*(?:(?:final|correct)[ \t]+)?(?:answer|diagnosis)[ \t*_]*(?:[:：]|[ \t][-–—][ \t])")
# The words with which a later answer revises an earlier one ("Wait", "on reflection", "I was wrong", "Revised answer").
_REVISING_WORDS = revisions.single_words(revisions.CUES, revisions.RETHINK, revisions.SELF_DENIAL[1:])
_REVISING_PHRASES = lazy_compile(r"(?i)\b(?:" + hedges.alternation(
    revisions.SECOND_LOOK, revisions.TAKE_BACK, revisions.DISOWN, revisions.RESTATE, revisions.EARLIER) + r")\b")
_WORD = lazy_compile(r"[a-z]+")


def _header_line(text: str) -> tuple[str, int] | None:
    """The reply's first non-empty line and where it ends, when it is a labelled answer field with its answer."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    m = _HEADER.match(line)
    if m is None or not line[m.end():].strip(" \t*_.:"):
        return None
    return line, end


def _revised(between: str) -> bool:
    """Whether the words between the two answers mark the later one as a revision."""
    low = between.lower()
    return not _REVISING_WORDS.isdisjoint(_WORD.findall(low)) or _REVISING_PHRASES.search(low) is not None


def _differ(first: str, last: str, answer_type: AnswerType) -> bool:
    """Whether two read answers are two answers: another letter or verdict, or open words sharing none."""
    if first == last or same_verdict(first, last):
        return False
    if answer_type is not AnswerType.OPEN:
        return True
    a, b = tokens(first), tokens(last)
    if not a or not b or same_text(first, last) or not set(a).isdisjoint(b):
        return False
    # "PE" and "pulmonary embolism": one the initials of the other
    return "".join(a) != "".join(t[0] for t in b) and "".join(b) != "".join(t[0] for t in a)


def disagree(reading: Reading, loc: Located, sample: Sample, reader: Reader) -> bool:
    """Whether the reply's header field states another answer than the closing phrase ``reading`` was read from."""
    if reading.answer is None or reading.rule != FINAL_ANSWER_PHRASE or loc.marker is not None:
        return False
    header = _header_line(loc.answer)
    if header is None:
        return False
    line, end = header
    phrase = last_phrase(loc.answer)
    if phrase is None or phrase[0] < end or _revised(loc.answer[end:phrase[1]]):
        return False
    first = reader(replace(loc, answer=line.strip(), others=()), sample).answer
    return first is not None and _differ(first, reading.answer, sample.answer_type)
