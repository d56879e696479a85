"""``extract``: one raw output + its sample -> an :class:`Extraction`.

Dispatch is by answer type through a table of parser functions. Each parser
sees the located region and reports the rule that fired; when a marker
delimited the region the rule is the marker's name (``answer_tag``,
``boxed``, ``final_answer_phrase``), otherwise the content rule of the parser
(``letter_only``, ``option_text``, ``letter_final``, ``conclusion_phrase``,
``letter_lead``, ``yes_no_final``, ``yes_no_lead``, ``open_text``). Box answers
always name their unit reading (``box_pixels``, ``box_unit1``, ``box_unit1000``).
Anything undecided is ``Extraction(None, UNPARSED)``: never a guess.
"""

from __future__ import annotations

import re
from typing import Callable

from medstep.extract import box, choice, closed
from medstep.extract.normalize import normalize_text
from medstep.extract.split import Located, locate
from medstep.types import UNPARSED, AnswerType, Extraction, MedstepError, Sample

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")

Parser = Callable[[Located, Sample], "tuple[str | None, str]"]


def _choice(loc: Located, sample: Sample) -> tuple[str | None, str]:
    if not sample.options:
        raise MedstepError(f"sample {sample.id!r} ({sample.benchmark}): choice question without options")
    options = choice.options_of(sample.options)
    if not all(len(k) == 1 and "A" <= k <= "Z" for k in options):
        # Letter parsing would silently never fire; loaders must map options to letters.
        raise MedstepError(
            f"sample {sample.id!r} ({sample.benchmark}): option keys must be single letters, got {sorted(sample.options)}"
        )
    if loc.marker is not None:
        return choice.parse_marked(loc.answer, options), loc.marker
    return choice.parse_free(loc.answer, options)


def _open(loc: Located, sample: Sample) -> tuple[str | None, str]:
    """Normalised answer text; a marked region is cut to its first sentence.

    Unmarked output is kept whole: its exact match will usually fail and its
    token recall be generous, which is the honest reading of a model that did
    not state a short answer.
    """
    region = loc.answer
    rule = loc.marker or "open_text"
    if loc.marker is not None:
        region = _SENTENCE_END.split(choice.clean(region), maxsplit=1)[0]
    text = normalize_text(region)
    return (text or None), rule


def _closed(loc: Located, sample: Sample) -> tuple[str | None, str]:
    """Yes/no verdict when the gold is yes/no; otherwise a short open answer ("left")."""
    gold = normalize_text(sample.answer)
    if gold in closed.ZH_YES_NO:
        verdict = closed.parse_zh(loc.answer)
        return (verdict, loc.marker or "yes_no_lead") if verdict else _open(loc, sample)
    if gold not in closed.YES_NO:
        return _open(loc, sample)
    if loc.marker is not None:
        return closed.parse_marked(loc.answer), loc.marker
    return closed.parse_free(loc.answer)


def _box(loc: Located, sample: Sample) -> tuple[str | None, str]:
    """One box in pixels of the sample's image; the rule names the unit reading (see ``extract/box.py``)."""
    return box.parse_box(loc.answer, sample.grounding)


_PARSERS: dict[AnswerType, Parser] = {
    AnswerType.CHOICE: _choice,
    AnswerType.CLOSED: _closed,
    AnswerType.OPEN: _open,
    AnswerType.BOX: _box,
}


def extract(text: str, sample: Sample, server_reasoning: str | None = None) -> Extraction:
    """Answer, rule and reasoning of ``text`` for ``sample`` (see module docstring).

    ``server_reasoning`` is a server's separate ``reasoning_content``; it is
    merged into ``Extraction.reasoning`` ahead of any ``<think>`` text.
    """
    loc = locate(text, server_reasoning)
    if loc.truncated or not loc.answer:
        return Extraction(answer=None, rule=UNPARSED, reasoning=loc.reasoning)
    answer, rule = _PARSERS[sample.answer_type](loc, sample)
    if answer is None:
        return Extraction(answer=None, rule=UNPARSED, reasoning=loc.reasoning)
    return Extraction(answer=answer, rule=rule, reasoning=loc.reasoning)
