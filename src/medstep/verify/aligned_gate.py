"""Which of ``aligned_errors``' per-step checks can fire on a chain step at all, read from the step's text once.

Why (issue #12): ``aligned_errors`` asked every step of every chain four placed-thing checks (normal places,
landmarks, sites, sides: ``placed_errors``), the polarity flip check and the subject-state check, each walking the
step's clauses again. On ``bench_score_scale.py`` samples not one of those ~5,000 calls per 500 samples found anything
(~15% of the verifier's time): a benchmark's steps are mostly "The trachea is midline.", which names no side, no site,
no abnormal word and no denied item. Each check needs, in some clause of the step, a thing this module reads from the
clause's text alone, memoised per step text (a benchmark's chains repeat their steps):

* ``side_errors``: "left" or "right" in the clause (its own first test);
* ``site_errors``: a site the clause names as a place (``aligned_sites._places``, its own first test);
* ``normal_place_errors`` and ``landmark_errors``: one of the report's normal places or landmark words in the clause
  (each check's own first test, ``name in low``), and ``_found`` of the clause, whose only ways to be true are an
  abnormal word (a ``K_ABN`` event) in the clause or a finding of the step it states present starting in the clause
  (the findings are the step's, read per call, not from the memo);
* ``flipped_denials``: an item the clause denies (``aligned_flips._denied_items``, its own first test);
* ``state_errors``: a subject statement of the step (``aligned_states.statements``, its own loop).

Each test is one the check itself makes before it can return anything (the gate reads every clause, where the checks
read only the ones the step asserts: it can only let more through), and every check is a pure reading: a step the gate
holds back gets the empty answer the check would have given. ``tests/test_verify_vspeed27.py`` compares both on
adversarial steps."""

from __future__ import annotations

from dataclasses import dataclass

from medstep.verify.aligned_flips import _denied_items, thing_reader
from medstep.verify.aligned_sites import _places
from medstep.verify.aligned_states import statements
from medstep.verify.aligned_words import _clauses, _things
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ABN
from medstep.verify.memo import owner_memo
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events

_MEMO_LIMIT = 8192  # step texts whose reading is kept per scanner


@dataclass(frozen=True)
class ClauseMarks:
    """What one clause of a step (``a``..``b``) holds that a check needs."""

    a: int
    b: int
    low: str  # its lower-case text (``lower_text``, as every check reads it)
    sided: bool  # "left" or "right"
    sited: bool  # a site named as a place
    abnormal: bool  # an abnormal word
    denies: bool  # an item it denies


@dataclass(frozen=True)
class StepMarks:
    clauses: tuple[ClauseMarks, ...]
    states: bool  # a subject statement

    @property
    def flips(self) -> bool:
        return any(c.denies for c in self.clauses)


@owner_memo(_MEMO_LIMIT)
def step_marks(scanner: Scanner, text: str, not_thing: frozenset[str]) -> StepMarks:
    """The marks of each clause of ``text`` (``_clauses``, as every check cuts it), and whether it states a subject's
    state. Memoised per scanner (``not_thing`` is the scanner's, fixed)."""
    things = thing_reader(not_thing, _things)
    out = []
    for a, b in _clauses(text, not_thing):
        low = lower_text(text[a:b])
        out.append(ClauseMarks(a, b, low, "left" in low or "right" in low, bool(_places(low)),
                               any(e[2] == K_ABN for e in sentence_events(scanner, low)),
                               bool(_denied_items(scanner, low, things))))
    return StepMarks(tuple(out), bool(statements(scanner, text)))


def may_place(s: StepVerdict, marks: StepMarks, named: tuple[str, ...], sites: bool, sides: bool) -> bool:
    """Whether ``placed_errors`` can find anything in step ``s``: ``named``, the report's normal places and landmark
    words (their checks need one in a clause and ``_found`` of it); ``sites``, ``sides``: it has placed sites, sides."""
    for c in marks.clauses:
        if sides and c.sided or sites and c.sited:
            return True
        if named and any(n in c.low for n in named) and (c.abnormal or any(
                f.polarity is Polarity.PRESENT and c.a <= f.start < c.b for f in s.findings)):
            return True
    return False


__all__ = ["ClauseMarks", "StepMarks", "may_place", "step_marks"]
