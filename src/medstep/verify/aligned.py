"""A grade, a change, a place or a measurement stated of a thing the concept table does not name, compared with the
report sentence about the same thing (issue #8, verr18).

A claim's attributes are compared only when its words name a concept: "a severe forward slip of L5 on S1" against
"mild anterolisthesis of L5 on S1", or "mosaic attenuation with air trapping that has improved" against "... which has
increased since the prior CT", read no finding the grade or the change could belong to, so a chain that turned a mild
slip severe or a worsening into an improvement scored as the faithful one. The thing is recognised instead by the
words the two sentences share: a chain step is aligned with the report sentence sharing the most *thing words* with it
(content words that are not places, sides, grades, changes or function words: "slip", "l5", "s1", "pars", "mosaic",
"trapping"), at least ``MIN_SHARED`` of them and strictly more than any other report sentence shares. When both
sentences state one value of the same kind (one grade, one change, one place, one measurement of one dimension) and
the two disagree (``severities_conflict``, ``changes_conflict``, ``locations_conflict``; two measurements by
``aligned_sizes.unnamed_sizes_conflict``: at the lesion rule when both measure one thing, else by a factor of two),
the step is contradicted (``aligned-<kind>-conflict``).

Only attributes no claim of the step carries are compared this way: an attribute of a named finding was judged with
that finding, against every evidence source. A sentence with two values of a kind ("a small left and a large right
effusion"), an attribute after a denial in its sentence, or a tie between report sentences compares nothing: a wrong
alignment would contradict a faithful chain, a missed one only leaves the chain as it was. A report sentence about the
other side ("The left kidney is small, 4.5 cm long" for a clause on the right kidney) is about another thing, and a value
an earlier study showed ("Previously, ...", "On the comparison study ...", a clause of the past) is no value of now:
neither is aligned with, however many words it shares (verr21).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from medstep.lazyre import lazy_compile
from medstep.verify.changes import _EXCEPT, first_change
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import (K_ATTR, K_CONCEPT, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_UNC_BOTH,
                                    K_UNC_POST, K_UNC_PRE, locations_conflict)
from medstep.verify.memo import owner_memo
from medstep.verify.adjective_runs import coordinate
from medstep.verify.measured_change import ratio_change
from medstep.verify.quantities import KINDS, NAMED_KINDS, quantities_conflict, quantity_name, read_quantities
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events, sentence_spans
from medstep.verify.aligned_said import EARLIER, MEASURED_KINDS, MEMO_LIMIT, _Said, read_sentence
from medstep.verify.aligned_words import (MIN_SHARED, _antecedent, _clauses, _not_thing, _thing_words, _things,
                                          topic_heading)
from medstep.verify.aligned_denials import asserted_spans, denial_errors, denied_items
from medstep.verify.aligned_flips import flipped_denials, thing_reader
from medstep.verify.aligned_lone import lone_flips, lone_items
from medstep.verify.aligned_gate import meeting_words, may_flip, may_place, may_state, step_marks
from medstep.verify.aligned_landmarks import landmarks
from medstep.verify.aligned_normal_places import normal_places, placed_errors, placed_sides, placed_sites
from medstep.verify.aligned_sizes import hedged, mm, unnamed_sizes_conflict
from medstep.verify.aligned_pairs import pair_errors
from medstep.verify.aligned_heads import other_side as _other_side, placing_noun as _placing_noun, same_head as _same_head
from medstep.verify.aligned_places import UNNAMED, place_errors, places
from medstep.verify.aligned_states import report_states, state_errors
from medstep.verify.aligned_vertical import height_errors, may_height, report_heights
from medstep.verify.aligned_grades import grade_errors, report_grades
from medstep.verify.aligned_levels import LevelSentences, level_errors, may_level, report_levels
from medstep.verify.valued_change import valued_change_errors
from medstep.verify.attr_conflicts import NORMAL, STATE_GRADE, changes_conflict, grades_conflict
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

_UNIT_BASE = 4_500_000


def report_sentences(scanner: Scanner, report: str) -> list[tuple[_Said, str]]:
    """``read_sentence`` of each sentence of ``report`` with its text, spans in the report."""
    out: list[tuple[_Said, str]] = []
    not_thing = _not_thing(scanner.attr_words)
    for a, b in sentence_spans(report):
        sent = report[a:b]
        if sent.strip():
            said = read_sentence(scanner, sent)
            context = _report_antecedent(sent, out[-1][1], not_thing) if out else frozenset()
            sides = said.sides or (out[-1][0].sides if context else frozenset())
            out.append((said.placed(a, b, context, sides), sent))
    return out



def _report_antecedent(sent: str, before: str, not_thing: frozenset[str]) -> frozenset[str]:
    """``_antecedent(sent, before, not_thing, superlative=True)`` of a report sentence after the one ``before`` it,
    memoised for short pairs (``_ANTECEDENTS``). Why (issue #12, session 46): a benchmark's new reports are pairs of
    sentences met before ("Heart size normal." then "The lungs are clear."), and the reading is pure (exact)."""
    if len(sent) + len(before) > 600:
        return _antecedent(sent, before, not_thing, superlative=True)
    return _ANTECEDENTS(sent, before, not_thing, superlative=True)


_ANTECEDENTS = lru_cache(maxsize=8192)(_antecedent)

def _quantity(kind: str) -> Callable[[str, str], bool]:
    return lambda a, b: quantities_conflict(kind, a, b)


_CONFLICT: dict[str, Callable[[str, str], bool]] = {
    "severity": grades_conflict, "change": changes_conflict, "location": locations_conflict,
    **{kind: _quantity(kind) for kind in KINDS}}


def _carried(f: Finding, kind: str, value: str) -> bool:
    # (no claim carries an angle, a percentage, a ratio or a score; nor does a study's name: "Compared with the CT of
    # the previous day, the changes have resolved" states no change of the CT, which is shown, never judged)
    if kind in KINDS or f.category == "modality":
        return False
    if kind == "size":
        return f.size is not None and abs(f.size - mm(value)[0]) < 1e-6
    return getattr(f, kind) == value or kind == "location" and f.location2 == value


def _carries(f: Finding, kind: str, said: tuple[str, int, int], text: str, judged: frozenset[int],
             measured: frozenset[int] | None = None, clause: tuple[int, int] | None = None) -> bool:
    """Whether claim ``f`` carries the value ``said`` (value, start, end in the step's ``text``), judged with it. A grade
    among the claim's comma-split adjectives ("a massive, circumferential wall thickening"; ``mentions.attach``) of a
    claim no evidence speaks of (not in ``judged``) was judged with nothing: it is compared as an unnamed thing's, as
    before the claim took it ("Mild, segmental thickening of the sigmoid wall"; review errdetect36). So is a
    measurement of a claim no measured evidence spoke of (not in ``measured``, when given): the claim was matched with
    a mention that states no size ("A callosal lesion is present" for "the largest lesion measures 19 mm") while the
    report measures the thing in a sentence that names no concept ("The largest measures 9 mm"); the size itself was
    compared with nothing (errs42). Nor does a claim carry the measurement of a ``clause`` (start, end in ``text``,
    when given) its own sentence has no part in (``_sentence_meets``)."""
    if not _carried(f, kind, said[0]):
        return False
    if kind == "size":
        return (measured is None or id(f) in measured) and (clause is None or _sentence_meets(text, f.start, clause))
    return kind != "severity" or id(f) in judged or not coordinate(lower_text(text), said[1], said[2], f.start)


def _sentence_meets(text: str, at: int, clause: tuple[int, int]) -> bool:
    """Whether the sentence of a step's ``text`` holding offset ``at`` (a claim's start; ``scan.sentence_spans``) has a
    part in ``clause``: a claim carries a measurement of its own sentence only. A step measuring two things by one value
    ("The appendix measures about 7 mm ... A 7 mm appendicolith is present at the base") left the appendix's 7 mm
    carried by the appendicolith's claim and compared with nothing, while the report's appendix measures 12 mm (retired
    blind 33). (The clause, not the value's offset: a clause's values are read from its lower-cased text, whose offsets
    need not be the step's.)"""
    a, b = clause
    return any(x <= at < y and x < b and a < y for x, y in sentence_spans(text)) or not any(
        x <= at < y for x, y in sentence_spans(text))


def _unclaimed(scanner: Scanner, text: str, findings: Sequence[Finding], judged: frozenset[int] = frozenset()
               ) -> bool:
    """Whether a step may state a grade, place, measurement or change no claim of it carries: the cheap test before
    its clauses are read one by one (a grade or place its claims carry is skipped; a measurement or a change never).
    ``judged``: the ids of the claims some evidence speaks of (``_carries``)."""
    for s, e, kind, _p, attrs in sentence_events(scanner, lower_text(text)):
        if kind == K_ATTR and attrs:
            key, value = attrs[0]
            if key == "size" or key in ("severity", "location") and not any(
                    _carries(f, key, (value, s, e), text, judged) for f in findings):
                return True
    return _states_more(scanner, text)


@owner_memo(MEMO_LIMIT)
def _states_more(scanner: Scanner, text: str) -> bool:
    """Whether ``text`` states a change, a quantity or a place (the part of ``_unclaimed`` read from the text alone,
    memoised per scanner: a benchmark's steps repeat)."""
    low = lower_text(text)
    return first_change(scanner, text) is not None or bool(read_quantities(low)) or bool(places(low))


def aligned_errors(steps: list[StepVerdict], report: str | None, sentences: Sequence[tuple[_Said, str]],
                   scanner: Scanner) -> list[StepVerdict]:
    """``steps`` with each step whose unattached grade, change or place disagrees with the aligned report sentence's
    judged contradicted (see the module docstring)."""
    if not report or not sentences:
        return steps
    out = steps
    named: frozenset[tuple[str, str]] | None = None  # every place the report names, denied or not
    not_thing = _not_thing(scanner.attr_words)
    observes = any(v.consistent is not None and v.finding.polarity is not Polarity.UNCERTAIN for s in steps
                   for v in s.verdicts)  # (a chain that observes nothing is not made to observe by a denied thing)
    spans = tuple((r.start, t) for r, t in sentences)  # (each sentence with where it starts in the report)
    denied = _denials(scanner, spans) if observes else []
    normal = normal_places(scanner, spans)
    marks = landmarks(spans, lambda low: _thing_words(low, not_thing))
    sites = placed_sites(scanner, spans, not_thing, _things)
    sides = placed_sides(scanner, spans, not_thing, _things)
    states = report_states(scanner, spans)
    heights = report_heights(scanner, spans)  # (a height of a thing: ``aligned_vertical``)
    grades = report_grades(scanner, spans, not_thing)
    leveled = report_levels(spans, lambda low: _thing_words(low, not_thing))  # (sentences placing at a level)
    named_at = tuple(p[0] for p in normal) + tuple(m[0] for m in marks)  # (normal places, landmark words: the gate)
    site_words, side_words = meeting_words(sites), meeting_words(sides)  # (once per report: ``may_place``'s first test)
    for k, s in enumerate(steps):
        if s.verdict is Verdict.CONTRADICTED:
            continue
        gate = step_marks(scanner, s.text, not_thing)  # (the checks a clause of the step can feed: ``aligned_gate``)
        judged = frozenset(id(v.finding) for v in s.verdicts if v.sources)
        flips = observes and may_flip(scanner, gate, not_thing)
        unclaimed = _unclaimed(scanner, s.text, s.findings, judged)
        placing = may_place(scanner, s, gate, named_at, sites, sides, site_words, side_words)
        stating = bool(states) and may_state(scanner, gate, states)
        # (a clause denying one noun the report may state of the same structure: ``aligned_lone``)
        lone = observes and any(lone_items(scanner, c.low, thing_reader(not_thing, _things)) for c in gate.clauses)
        levels = bool(leveled) and may_level(s.text)
        raising = bool(heights) and may_height(s.text)
        if not (denied or flips or lone or placing or stating or grades or unclaimed or levels or raising):
            continue
        asserted = asserted_spans(s)
        added = denial_errors(s, _clauses(s.text, not_thing), asserted, denied, report, _UNIT_BASE + s.index, lambda low: (
            _thing_words(low, not_thing)), lambda low: any(e[2] in _DENYING for e in sentence_events(scanner, low))
        ) if denied else []
        added = added or flipped_denials(s, _clauses(s.text, not_thing), asserted, spans,
                                         report, _UNIT_BASE + s.index, scanner, not_thing, _things) if flips else added
        added = added or lone_flips(s, _clauses(s.text, not_thing), asserted, spans, report, _UNIT_BASE + s.index,
                                    scanner, not_thing, _things) if lone else added
        if placing and not added:
            added = placed_errors(scanner, s, _clauses(s.text, not_thing), asserted, (normal, marks, sites, sides),
                                  report, _UNIT_BASE + s.index, lambda low: _thing_words(low, not_thing))
        if stating and not added:
            added = state_errors(scanner, s, asserted, states, report, _UNIT_BASE + s.index)
        if raising and not added:
            added = height_errors(scanner, s, asserted, heights, report, _UNIT_BASE + s.index, steps)
        if not unclaimed:
            if grades and not added:
                added = grade_errors(scanner, s, asserted, grades, report, _UNIT_BASE + s.index, not_thing)
            if levels and not added:
                added = _level_errors(scanner, s, asserted, leveled, report, not_thing)
            if added:
                out = out if out is not steps else list(steps)
                out[k] = s.with_contradictions(added)
            continue
        # (read only for a step whose clauses are compared one by one: most steps stop above)
        measured = frozenset(id(v.finding) for v in s.verdicts if any(e.finding.size is not None for e in v.sources))
        for a, b in _clauses(s.text, not_thing):
            whole = read_sentence(scanner, s.text[a:b])
            if whole.places and any(x <= a + (b - a) // 2 < y for x, y in asserted):
                if named is None:
                    named = frozenset((m, n) for _r, t in sentences for m, n, _at in places(lower_text(t)))
                i = _aligned(whole, sentences)
                if i is None:
                    i = _placing_noun(scanner, whole, s.text, (a, b), sentences)
                if i is not None:
                    added += place_errors(s, a, whole.places, sentences[i], report, named, _UNIT_BASE + s.index)
            # (a clause measuring several things, piece by piece: ``_measured_parts``)
            for said in (whole, *whole.parts):
                # (only a clause the step asserts: not an option listed, a plan, a hedge or a definition)
                said = _Said(said.start, said.end, said.things, {
                    k: v for k, v in said.values.items() if any(x <= a + v[1] < y for x, y in asserted)},
                    sides=said.sides, measures=said.measures)
                # (a claim of another clause carries none of this one's changes: "There are no filling defects or
                # enlarged nodes, and the pulmonary artery calibre is stable" gave the denied nodes the artery's change)
                kinds = [kind for kind, (value, x, y) in said.values.items() if not any(
                    _carries(f, kind, (value, a + x, a + y), s.text, judged, measured, (a, b)) for f in s.findings if kind != "change" or a <= f.start < b)]
                if kinds and hedged(sentence_events(scanner, lower_text(s.text[a:b])), _HEDGING, K_UNC_BOTH, K_ATTR):
                    continue  # ("The appearances might be unchanged", "There may be mild thinning": hedged values)
                if kinds and (len(said.things) >= MIN_SHARED or "change" in kinds and said.things or any(
                        k in NAMED_KINDS or k in MEASURED_KINDS for k in kinds)):
                    earlier = s.text[:a + said.start] if a + said.start else _step_before(steps, k, not_thing)
                    before = _antecedent(s.text[a:b], earlier, not_thing) if not said.start else frozenset()
                    if before and "change" in said.values and said.values["change"] == ratio_change(
                            lower_text(s.text[a:b])):
                        # (a ratio's two values tell the ratio's change, not that of the thing a pronoun stands for:
                        # "A small effusion. It comes with a CTR of 0.62, previously 0.51"; ``changes.others_ratio``
                        # gives it to a finding the ratio measures)
                        before = frozenset()
                    if before and not said.sides:  # ("The left kidney is small. It measures 4.5 cm.": the left one)
                        said = replace(said, sides=read_sentence(scanner, earlier).sides)
                    added += _conflicts(s, a, said, kinds, sentences, report, before)
        if grades and not added:
            added = grade_errors(scanner, s, asserted, grades, report, _UNIT_BASE + s.index, not_thing)
        if not added:  # (a change beside a value of now, against the report's beside the same value)
            added = valued_change_errors(scanner, s, asserted, report, _UNIT_BASE + s.index)
        if levels and not added:
            added = _level_errors(scanner, s, asserted, leveled, report, not_thing)
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    # a measurement said beside one the report gives, against the report's beside it (``aligned_pairs``), in a step
    # nothing above contradicted
    for k, s in enumerate(out):
        if s.verdict is not Verdict.CONTRADICTED and (paired := pair_errors(
                s, report, asserted_spans(s), _UNIT_BASE + s.index, lambda text: hedged(
                    sentence_events(scanner, lower_text(text)), _HEDGING, K_UNC_BOTH, K_ATTR, reach=True))):
            out = out if out is not steps else list(steps)
            out[k] = s.with_contradictions(paired)
    return out


# a step that is a heading only ("### Has it changed?", "**Size:**"): it names the topic of the step after it, not
# the thing that step's pronoun stands for
_HEADING_STEP = lazy_compile(r"#{1,6}[^\n]{0,80}|[^\n]{1,80}[?:]\**")


def _step_before(steps: Sequence[StepVerdict], k: int, not_thing: frozenset[str]) -> str:
    """The text of the step before step ``k`` that is no heading only (``_HEADING_STEP``) of a topic (``topic_heading``):
    "It measures about 4 x 3 cm" after "### Has it changed?" stands for the opacity of the step before the heading
    (session 44); after "### Spleen" or "What about the mass?" for the thing that heading names; "" for none."""
    j = k - 1
    while j > 0 and _HEADING_STEP.fullmatch(steps[j].text.strip()) and topic_heading(
            lower_text(steps[j].text), not_thing):
        j -= 1
    return steps[j].text if j >= 0 else ""


_HEDGING = (K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)
_DENYING = (K_NEG_PRE, K_NEG_POST, K_NORMAL)  # (a clause with one states no denied thing present)


def _level_errors(scanner: Scanner, s: StepVerdict, asserted: Sequence[tuple[int, int]], leveled: LevelSentences,
                  report: str, not_thing: frozenset[str]) -> list[FindingVerdict]:
    """``aligned_levels.level_errors`` of step ``s`` with this module's readers of a sentence's things, hedges and
    denials (one call for both paths of ``aligned_errors``: a step read whole and one read clause by clause)."""
    return level_errors(s, asserted, leveled, report, _UNIT_BASE + s.index, lambda low: _thing_words(low, not_thing),
                        lambda low: hedged(sentence_events(scanner, low), _HEDGING, K_UNC_BOTH, K_ATTR),
                        lambda low: _denied_spans(scanner, low))


def _denied_spans(scanner: Scanner, low: str) -> list[tuple[int, int]]:
    """The spans of a lower-case sentence its denials before their thing cover ("no fracture at T12"); a denial after
    its thing is left alone ("loss of height of T10 ..., not present 2 years ago" denies the past, not the level)."""
    return [(e[0], len(low)) for e in sentence_events(scanner, low) if e[2] == K_NEG_PRE]


@owner_memo(MEMO_LIMIT)
def _denials(scanner: Scanner, sentences: tuple[tuple[int, str], ...]) -> list:
    """``denied_items`` of a report's sentences, memoised per scanner (a benchmark's chains share their report)."""
    not_thing = _not_thing(scanner.attr_words)
    return denied_items(sentences, lambda low: _thing_words(low, not_thing),
                        lambda text: any(e[2] == K_CONCEPT for e in sentence_events(scanner, lower_text(text))))


def _aligned(said: _Said, sentences: Sequence[tuple[_Said, str]]) -> int | None:
    """The report sentence sharing the most thing words with ``said`` (at least ``MIN_SHARED``, strictly more than any
    other, none about the other side), or None."""
    ranked = sorted(((len(said.things & r.things), i) for i, (r, _t) in enumerate(sentences)
                     if not _other_side(said, r)), reverse=True)
    if not ranked or ranked[0][0] < MIN_SHARED or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]




def _measuring(said: _Said, things: frozenset[str], kind: str, sentences: Sequence[tuple[_Said, str]],
               clause: str = "") -> tuple[_Said, str] | None:
    """The report sentence stating a value of ``kind`` that shares the most thing words with ``things`` (at least
    ``MIN_SHARED``, strictly more than any other sentence stating one): "the distal fragment is extended by about 60
    degrees" in a clause that shares most words with "The anterior humeral line passes anterior to the capitellum"
    is compared with "The distal fragment is extended by about 20 degrees", the sentence that measures the fragment.
    A report measures a thing in one sentence and goes on about it in the next ("Pleural thickening encases the right
    lung, up to 14 mm thick. The thickening extends into the fissure."): a chain sentence about the thing may share more
    words with the second. A sentence whose subject stands for the thing before it shares that one's words too
    (``_Said.context``). A sentence measuring several things offers each piece of one measurement (``_Said.parts``).
    Sentences that tie must state one value between them, as ``_changing``'s must state one change: a report repeats
    its measurement in the impression ("The largest lesion ... measures 18 mm." and "Largest 18 mm in the right
    posterior 6th rib."), and a tie of the two left a chain's wrong "the largest is 38 mm" uncompared (session 44).
    The sentence (or piece) with its text, or None."""
    measuring = [(r, t) for r, t in sentences if kind in r.values] + [
        (_Said(r.start, r.end, p.things, p.values, r.context if not p.start else frozenset(), p.sides or r.sides,
               measures=p.measures), t)
        for r, t in sentences for p in r.parts if kind in p.values]
    # (of sentences sharing as many words, the one whose measurement measures what the clause's does: "the right ovary
    # ..., measuring 7.8 cm" over "It contains a 5.0 cm cyst", whose subject stands for the ovary too)
    ranked = sorted(((len(things & (r.things | r.context)), bool(said.measures & r.measures), j)
                     for j, (r, _t) in enumerate(measuring) if not _other_side(said, r)), reverse=True)
    if not ranked or ranked[0][0] < MIN_SHARED:
        return _same_head(said, kind, measuring, sentences, clause)
    top = [measuring[j] for n, m, j in ranked if (n, m) == ranked[0][:2]]
    return top[0] if len({mm(r.values[kind][0]) if kind == "size" else r.values[kind][0] for r, _t in top}) == 1 \
        else None


# the thing words of a subject that stands for all the study shows ("These appearances are unchanged from the MRI of
# three weeks ago", "The findings have progressed since 2019"), a study's own name ("from the radiographs 3 months ago")
_WHOLE_STUDY = frozenset({"appearanc", "finding", "chang", "abnormaliti", "everyth", "pictur", "overall", "featur",
                          "radiograph", "imag", "film", "scan", "study", "studi", "examination", "exam"})
# (a comparison with the other side or the norm, "reduced by 30% compared with the left", compares no studies)
_COMPARED = lazy_compile(r"\b(?:(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))(?!\s+(?:the\s+)?(?:left|right|"
                         r"other|opposite|contralateral|normal|adjacent)\b)|since)\b")


def _study_change(mine: str, sentences: Sequence[tuple[_Said, str]]) -> tuple[_Said, str] | None:
    """The report sentence a change said of the whole study (``_WHOLE_STUDY``) disagrees with: of the report's
    sentences naming an earlier study or time, each states a change and every one disagrees with ``mine`` ("the changes
    are new" against "These appearances are unchanged"); a report that also says something is unchanged, or names an
    earlier study in a sentence whose change it does not state, leaves the chain's whole-study change alone. The first
    such sentence, or None."""
    found = None
    for r, t in sentences:
        low = lower_text(t)
        if EARLIER.search(low) is None and _COMPARED.search(low) is None:
            continue
        theirs = r.values.get("change")
        if theirs is None or not changes_conflict(mine, theirs[0]):
            return None
        found = found or (r, t)
    return found


def _whole_study(sentences: Sequence[tuple[_Said, str]]) -> tuple[_Said, str] | None:
    """The report sentence stating a change of the whole study ("The appearances are unchanged from the prior
    radiograph"), when it is the only sentence of the report stating a change: the change of every thing the report
    describes ("the boot-shaped configuration is new" against it)."""
    changing = [(r, t) for r, t in sentences if "change" in r.values]
    if len(changing) != 1 or not changing[0][0].things or not changing[0][0].things <= _WHOLE_STUDY:
        return None
    return changing[0] if not _EXCEPT.search(lower_text(changing[0][1])) else None


def _changing(said: _Said, things: frozenset[str], sentences: Sequence[tuple[_Said, str]]
              ) -> tuple[_Said, str] | None:
    """The report sentence stating a change that shares the most thing words with ``things`` (at least
    ``MIN_SHARED``), when the chain's clause aligns with no one sentence: a report names a thing where it describes it
    and again where it compares it ("The nidus is surrounded by cortical thickening ..." and "Compared with the
    radiograph of 6 months ago, the cortical thickening has increased"), so a chain's "the cortical thickening has
    decreased" ties between the two. The sentences stating a change that tie for the most shared words must state one
    change between them; else None."""
    ranked = sorted(((len(things & (r.things | r.context)), j) for j, (r, _t) in enumerate(sentences)
                     if "change" in r.values and not _other_side(said, r)), reverse=True)
    if not ranked or ranked[0][0] < MIN_SHARED:
        return None
    top = [sentences[j] for n, j in ranked if n == ranked[0][0]]
    return top[0] if len({r.values["change"][0] for r, _t in top}) == 1 else None


def _conflicts(s: StepVerdict, a: int, said: _Said, kinds: list[str], sentences: Sequence[tuple[_Said, str]],
               report: str, before: frozenset[str] = frozenset()) -> list[FindingVerdict]:
    """The contradictions of the clause of step ``s`` at ``a`` (``said``) by its aligned report sentence; of a ratio or
    a score, by the report sentences naming it, when they give it one value ("the ASPECTS is 8" in a sentence of its
    own names the thing the chain's "early ischaemic change ... with an ASPECTS of 4" is aligned elsewhere for); of a
    measurement, by the sentence measuring the same thing when the aligned one measures nothing (``_measuring``, with
    ``before``: the thing words of the step before when the clause's subject stands for its thing)."""
    pairs = []
    for kind in kinds:
        if kind in NAMED_KINDS:
            name = quantity_name(said.values[kind][0])
            same = [(r, t) for r, t in sentences if kind in r.values and quantity_name(r.values[kind][0]) == name
                    and not _other_side(said, r)]  # (the left resistive index is not the right one's)
            if len({r.values[kind][0] for r, _t in same}) == 1:
                pairs.append((kind, same[0]))
    rest = [kind for kind in kinds if kind not in NAMED_KINDS]
    ranked = sorted(((len(said.things & r.things), i) for i, (r, _t) in enumerate(sentences)
                     if not _other_side(said, r)), reverse=True) or [(0, 0)]
    best, i = ranked[0]
    aligned = rest and best >= MIN_SHARED and (len(ranked) < 2 or ranked[1][0] < best)
    for kind in rest:
        if aligned and kind in sentences[i][0].values:
            pairs.append((kind, sentences[i]))
        elif kind == "change" and said.things and said.things <= _WHOLE_STUDY:
            j = _study_change(said.values[kind][0], sentences)
            if j is not None:
                pairs.append((kind, j))
        elif kind == "change" and len(said.things) < MIN_SHARED:
            # a change said of a thing of one word ("the slip is unchanged"): the one report sentence stating a change
            # of that word ("The slip has progressed since the prior radiograph")
            changing = [(r, t) for r, t in sentences if "change" in r.values and said.things <= r.things]
            if len(changing) == 1:
                pairs.append((kind, changing[0]))
        elif kind == "change":
            j = _changing(said, said.things | before, sentences)
            if j is None and best >= MIN_SHARED:
                j = _whole_study(sentences)  # (a thing the report names, when the report changes the whole study)
            if j is not None:
                pairs.append((kind, j))
        elif kind in MEASURED_KINDS:
            j = _measuring(said, said.things | before, kind, sentences, s.text[a:a + said.end])
            if j is not None:
                pairs.append((kind, j))
    added = []
    for kind, (other, text) in pairs:
        mine, theirs = said.values[kind], other.values.get(kind)
        if theirs is None or not (unnamed_sizes_conflict(mine[0], theirs[0], said.measures, other.measures)
                                  if kind == "size" else _CONFLICT[kind](mine[0], theirs[0])):
            continue
        if kind == "severity" and NORMAL in (mine[0], theirs[0]) and not STATE_GRADE.fullmatch(
                (text[theirs[1]:theirs[2]] if mine[0] == NORMAL else s.text[a + mine[1]:a + mine[2]]).lower()):
            continue  # (a size word is no grade of a state: "the large vein in the neck" against "... is midline")
        f = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, s.text[a + mine[1]:a + mine[2]],
                    a + mine[1], a + mine[2], source="aligned", unit=_UNIT_BASE + s.index, role=s.role)
        ev = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, text[theirs[1]:theirs[2]],
                     other.start + theirs[1], other.start + theirs[2], source="aligned")
        if kind not in KINDS:  # (an angle, a percentage, a ratio or a score is said by the spans' words alone)
            setattr(f, kind, mm(mine[0])[0] if kind == "size" else mine[0])
            setattr(ev, kind, mm(theirs[0])[0] if kind == "size" else theirs[0])
        added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, f"aligned-{kind}-conflict",
                                    (SourcedFinding(ev, "report", report),)))
    return added


__all__ = ["MIN_SHARED", "UNNAMED", "aligned_errors", "report_sentences"]
