"""Two answers: one stated as such ("The answer is C.", "The answer is epiglottitis.") and, shortly after in its
paragraph, another option chosen by a plain cue with nothing revising the first ("However, ... would suggest croup, so
I would say B."). The decision reader (``extract/decision.py``) then reads neither.

The stated answer is a final-answer commitment the reader collected, or (when the reader stopped short of it, or
the phrase's line held a hedge further on) an answer phrase within reach before the later choice whose own sentence
names one option plainly: no hedge, no judgement against it.
"""

from __future__ import annotations

from medstep.answers import revisions
from medstep.extract.commit import WORD, Commitment, Tier
from medstep.extract.letters import letter_form, option_text
from medstep.extract.lines import lead_judged_against
from medstep.extract.mentions import CONFLICT, INVALID, OptionIndex
from medstep.extract.refusal import is_hedge
from medstep.extract.resolve import CONFLICT_REACH
from medstep.extract.split import phrases
from medstep.lazyre import lazy_compile

# Words that close on a new answer after a stated one: a revision ("wait", "on reflection", "I'll change") or a
# concluding label ("In conclusion", "Overall", "Final").
_OVERTURNING = frozenset(revisions.single_words(revisions.CUES, revisions.RETHINK, revisions.TAKE_BACK, revisions.DISOWN)
                         | {"final", "finally", "conclusion", "conclude", "overall", "ultimately", "summary", "no"})
_SENTENCE_END = lazy_compile(r"[.!?;\n]")


def answer_left_standing(text: str, idx: OptionIndex, commitments: list[Commitment], letter: str,
                         revising: tuple[str, ...]) -> bool:
    """Whether an answer stated as such for another option stands before the last commitment to ``letter`` (module
    docstring); ``revising`` are the revision phrases that, between the two, hand the answer over."""
    chosen = max((c for c in commitments if c.letter == letter and c.tier >= Tier.DECISION), key=lambda c: c.pos,
                 default=None)
    if chosen is None:
        return False  # (a description read when nothing stronger is said)
    stated = [c.pos for c in commitments if c.rule == "final_answer_phrase" and c.letter not in (letter, CONFLICT)]
    stated += _stated_before(text, idx, chosen.pos, letter)
    for pos in stated:
        if not 0 < chosen.pos - pos <= CONFLICT_REACH:
            continue
        between = text[pos:chosen.pos]
        if "\n\n" in between or "?" in between or any(map(between.lower().__contains__, revising)):
            continue
        if _OVERTURNING.isdisjoint(WORD.findall(between.lower())):
            return True
    return False


def _stated_before(text: str, idx: OptionIndex, before: int, letter: str) -> list[int]:
    """Where an answer phrase within reach before ``before`` states, in its own sentence, one option other than
    ``letter`` ("The answer is epiglottitis."); its own sentence, not the rest of its line, is read for a hedge."""
    found = []
    for _, start in phrases(text, max(0, before - CONFLICT_REACH), before):
        end = _SENTENCE_END.search(text, start + 1)
        own = text[start:end.end() if end is not None and end.start() < before else before]
        if not own.strip(" *_:") or is_hedge(own) or lead_judged_against(own.lstrip(" *_:："), idx):
            continue
        said = letter_form(own, idx, strict=False) or option_text(own, idx, first_clause=True)
        if said is not None and said not in (letter, CONFLICT, INVALID):
            found.append(start)
        break  # only the nearest phrase before the choice
    return found


__all__ = ["answer_left_standing"]
