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
adversarial steps.

What the report holds decides which marks are read at all (vfast41b): on chains whose every line is new the marks
cost ~15% of the verifier's time, read for every step before anything was known of the report. Now each is read only
when its check has something of the report to act on (the check's own first test of the report's structure), and
three are read only when the step can meet the report at all, by word sets read once per step text:

* a side or a site counts only when the step shares ``MIN_SHARED`` thing words with some sentence of the report's
  sides or sites (``side_errors``, ``site_errors``: a clause aligned with fewer compares nothing). A clause's thing
  words are among its step's (clauses are cut right after a punctuation mark, so no word spans a cut), and so are a
  clause's with its site names blanked unless a digit stands right before a letter in the step
  (``aligned_sites.blanking_keeps_words``): a clause shares no more with a sentence than its step does;
* a subject statement counts only when every word of some report subject is in the step's text
  (``aligned_states.may_hold``): ``state_errors`` compares a step subject only with a report subject of exactly its
  words;
* a clause's abnormal word counts only where a normal place or landmark of the report is named in it (read there).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from medstep.verify.aligned_flips import _denied_items, thing_reader
from medstep.verify.aligned_sites import _places, blanking_keeps_words
from medstep.verify.aligned_states import may_hold, statements
from medstep.verify.aligned_words import MIN_SHARED, _clauses, _thing_words, _things
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ABN
from medstep.verify.memo import owner_memo
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events

_MEMO_LIMIT = 8192  # step texts whose reading is kept per scanner

# a report's sides or sites (``ReportSides``, ``ReportSites``): each sentence's thing words first
Aligning = Sequence[tuple[frozenset[str], object, int, int]]


@dataclass(frozen=True)
class ClauseMarks:
    """What one clause of a step (``a``..``b``) holds that a check needs, read from its text alone."""

    a: int
    b: int
    low: str  # its lower-case text (``lower_text``, as every check reads it)
    sided: bool  # "left" or "right"


@dataclass(frozen=True)
class StepMarks:
    clauses: tuple[ClauseMarks, ...]
    words: frozenset[str]  # the step's thing words: every clause's are among them
    whole: bool  # every clause's thing words with its site names blanked are among ``words`` too
    low: str  # the step's lower-case text
    text: str


@owner_memo(_MEMO_LIMIT)
def step_marks(scanner: Scanner, text: str, not_thing: frozenset[str]) -> StepMarks:
    """The marks of each clause of ``text`` (``_clauses``, as every check cuts it) and the step's word sets. Memoised
    per scanner (``not_thing`` is the scanner's, fixed)."""
    low = lower_text(text)
    out = []
    for a, b in _clauses(text, not_thing):
        clause = lower_text(text[a:b])
        out.append(ClauseMarks(a, b, clause, "left" in clause or "right" in clause))
    return StepMarks(tuple(out), _thing_words(low, not_thing), blanking_keeps_words(low), low, text)


def may_flip(scanner: Scanner, marks: StepMarks, not_thing: frozenset[str]) -> bool:
    """Whether a clause of the step denies an item (``aligned_flips._denied_items``, its own first test). ``marks``
    must be ``step_marks(scanner, marks.text, not_thing)`` (as ``aligned_errors`` reads them): the answer is memoised
    on the step's text (``_may_flip``)."""
    return _may_flip(scanner, marks.text, not_thing)


@owner_memo(_MEMO_LIMIT)
def _may_flip(scanner: Scanner, text: str, not_thing: frozenset[str]) -> bool:
    """``may_flip`` of a step's text, memoised per scanner (issue #12, session 51): asked of every step of every chain
    whose report denies something, each clause looked up in ``_denied_items``'s memo again; a benchmark's chains repeat
    their steps, and the answer is read from the text (its ``step_marks``) alone."""
    things = thing_reader(not_thing, _things)
    return any(_denied_items(scanner, c.low, things) for c in step_marks(scanner, text, not_thing).clauses)


def may_state(scanner: Scanner, marks: StepMarks, reported: Mapping[frozenset[str], object]) -> bool:
    """Whether the step states a subject's state that may be one of ``reported``'s subjects (the report's:
    ``aligned_states.report_states``)."""
    return any(may_hold(marks.low, subject) for subject in reported) and bool(statements(scanner, marks.text))


def meeting_words(sentences: Aligning) -> frozenset[str]:
    """Every thing word of a report's sides or sites: the union ``_meets`` tests a step against first (read once per
    report by ``aligned_errors``, not once per step)."""
    return frozenset().union(*[t[0] for t in sentences])


def _meets(words: frozenset[str], sentences: Aligning, union: frozenset[str] | None = None) -> bool:
    """Whether ``words`` share ``MIN_SHARED`` with some sentence's thing words. Why the ``union`` (``meeting_words`` of
    ``sentences``) first (issue #12): most steps share fewer than ``MIN_SHARED`` words with the whole report's, and a
    step shares no more with one sentence than with all of them, so one intersection rules out every sentence (this
    test, once per step and report, was the verifier's largest caller of ``any``)."""
    if union is not None and len(words & union) < MIN_SHARED:
        return False
    return any(len(words & t[0]) >= MIN_SHARED for t in sentences)


def may_place(
    scanner: Scanner, s: StepVerdict, marks: StepMarks, named: tuple[str, ...], sites: Aligning, sides: Aligning,
    site_words: frozenset[str] | None = None, side_words: frozenset[str] | None = None,
) -> bool:
    """Whether ``placed_errors`` can find anything in step ``s``: ``named``, the report's normal places and landmark
    words (their checks need one in a clause and ``_found`` of it); ``sites``, ``sides``: the report's placed sites and
    sides (each sentence's thing words first); ``site_words``, ``side_words``: their ``meeting_words`` when the caller
    read them once for the report (the answer is the same without). Whether the step meets the report's sides is read
    only when a clause names a side (the only clause it can let through)."""
    sided: bool | None = None if sides else False
    sited = bool(sites) and (not marks.whole or _meets(marks.words, sites, site_words))
    for c in marks.clauses:
        if c.sided and sided is None:
            sided = _meets(marks.words, sides, side_words)
        if sided and c.sided or sited and _places(c.low):
            return True
        if (
            named
            and any(n in c.low for n in named)
            and (
                any(f.polarity is Polarity.PRESENT and c.a <= f.start < c.b for f in s.findings)
                or any(e[2] == K_ABN for e in sentence_events(scanner, c.low))
            )
        ):
            return True
    return False


__all__ = ["ClauseMarks", "StepMarks", "may_flip", "may_place", "may_state", "meeting_words", "step_marks"]
