"""A few-shot continuation: the model answers, then writes a question-and-answer pair of its own.

Base and few-shot-prompted models run on past their answer in the prompt's own format ("yes\\nQuestion: is there a
left pleural effusion? Answer: no"). The invented pair answers a question nobody asked, so its "Answer:" is no
answer to the sample's question and must not compete with (or replace) the reply written before it: the output is
cut where the invented turn starts. The answer to the asked question is the one before that turn.

Cut only when all of these hold, so reasoning that poses itself a question is left alone:

- the turn is a "Question:" (or "Q:") label opening a line or following a finished sentence, with written text before
  it;
- an "Answer:" (or "A:") label follows it in the same turn: the prompt's pair format, not a rhetorical question;
- the invented question is another question: a turn re-asking the sample's own question is a second answer to it
  (left to the readers, which weigh two answers as they find them).

Read by :mod:`medstep.extract.core`.
"""

from __future__ import annotations

from medstep.answers.text import normalize_text
from medstep.lazyre import lazy_compile

# "Question:" / "Q:" opening a line, or after a finished sentence or a lone reply word on its own.
_TURN = lazy_compile(r"(?:(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*[*_#]*[ \t]*(?:Question|Q)[ \t]*[*_]*[:：][*_]*[ \t]*")
# The invented answer label of the pair: "Answer:" / "A:" after the invented question.
_ANSWER_LABEL = lazy_compile(r"(?:Answer|A)[ \t]*[*_]*[:：]")
_QUESTION_END = lazy_compile(r"[?？]")


def invented_turn(region: str, question: str) -> int | None:
    """Where an invented question-and-answer turn starts in ``region`` (see module docstring), or ``None``."""
    if "Q" not in region:
        return None
    for m in _TURN.finditer(region):
        if not region[:m.start()].strip(" \t\r\n*_#"):
            continue  # the reply opens with the pair: the model's own format for its answer, nothing invented
        asked = _QUESTION_END.search(region, m.end())
        label = _ANSWER_LABEL.search(region, m.end())
        if asked is None or label is None or label.start() < asked.start():
            continue  # no "...? Answer:" pair
        if normalize_text(region[m.end():asked.start()]) == normalize_text(question):
            return None  # the sample's own question asked again: a second answer to it, not an invented turn
        return m.start()
    return None


__all__ = ["invented_turn"]
