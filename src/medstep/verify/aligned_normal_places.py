"""A finding the chain places in a place the report calls normal: "There is thrombus in the superior sagittal sinus."
against "The superior sagittal sinus is patent." (thrombus in the transverse sinus), "A nodule arises in the left main
bronchus." against "The left main bronchus is patent." (issue #8, vloc22).

A chain that moved a finding to another named place kept every word of the finding, so each claim was supported by
the report's finding elsewhere, and the place, no concept of the table, was judged by nothing. A report sentence that
calls a place normal from its start ("[The] <place> [and <place>] is/are/shows <normal word> ...", the normal word one of the
lexicon's, nothing abnormal after it, no turn: "but", "except", ...) names a normal place (of two words or more: an organ's name alone is no place here), unless another report
sentence, not itself such a one, names the same place (a finding of the place the sentence then spares in part). A
chain clause the step asserts, with an abnormal word or a present finding in it, no denial or normal word in its
sentence up to its end, that places something in the whole place ("in", "within", "at", "into", "fills",
"occludes", ... then the place's words, at most two modifiers between; or the place as its subject, "the <place>
is/has/contains ...") is contradicted (``aligned-place-normal``).
A chain naming the place more coarsely ("in the chest", "in a vein") or in other words claims nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_landmarks import Landmark, landmark_errors
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_sides import ReportSides, Side, report_sides, sentence_sides, side_errors
from medstep.verify.aligned_sites import ReportSites, report_sites, site_errors
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import (K_ABN, K_CONCEPT, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_UNC_BOTH, K_UNC_POST,
                                    K_UNC_PRE)
from medstep.verify.memo import owner_memo
from medstep.verify.prior_state import past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.verdicts import FindingVerdict

MAX_WORDS = 6  # the words of a normal sentence's subject
# the words of a normal place: one word names an organ ("The lungs are clear."), whose normal word speaks of its tissue
# and leaves a finding of its vessels or airways within it ("the vessels in both lungs are thin"), not one named part
MIN_WORDS = 2
# (the subject ends before a blank run, not inside one, and that run is read once: the same matches as "\s+" after it,
# without the quadratic backtracking over a word + 30k blanks, test_slow39b)
_NORMAL_SUBJECT = lazy_compile(r"\s*(?:the\s+)?([a-z][a-z ,/-]*?)(?<! )\s++(?:is|are|remains?|appears?|shows?|demonstrates?|has|have)\s+(?:now\s+)?(.*)$")
_SUBJECT_CUT = lazy_compile(r"\s*(?:,|\band\b|/)\s*(?:the\s+)?")
_NOT_PLACE = lazy_compile(r"\b(?:no|not|there|it|they|this|these|that|which|rest|remainder|otherwise|all|each|both|"
                          r"other|remaining)\b")
_TURN = lazy_compile(r"\b(?:but|however|although|though|except|apart|whereas|while|yet|save|besides|aside)\b")
_PLACING = r"(?:in|within|at|into|inside|throughout|fills|filling|filled|occludes|occluding|involves|involving)"

# a clause whose subject is the place ("the superior sagittal sinus is thrombosed", "..., and the left main bronchus
# contains a nodule"): its words before the place
_OPENING = r"\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?"

Place = tuple[str, int, int]  # (a normal place's words, the span of its sentence in the report)


def read_normal_places(sentences: Sequence[tuple[int, str]], events: Callable[[str], Sequence[tuple[int, int, int]]],
                  normal: int, abnormal: frozenset[int], denial: int,
                  read: Callable[[str], tuple[str, tuple[str, ...] | None]] | None = None) -> list[Place]:
    """The normal places of a report's sentences (each as (start in the report, text); see the module docstring):
    ``events`` of a lower-case text as (start, end, kind); ``normal``, ``abnormal`` and ``denial`` the kinds of a
    normal word, of a word of a present finding or an abnormal word, of a denial before its finding. ``read``: how one
    sentence is read (``normal_subject`` with these, memoised by the caller), when given."""
    found: list[tuple[tuple[str, ...], int, int]] = []
    other: list[str] = []
    for start, text in sentences:
        low, names = read(text) if read is not None else normal_subject(text, events, normal, abnormal, denial)
        if names is None:
            other.append(low)
            continue
        found.append((names, start, start + len(text)))
    return [(n, a, b) for names, a, b in found for n in names
            if not any(n in o and re.search(r"\b" + re.escape(n) + r"\b", o) for o in other)]


def normal_subject(text: str, events: Callable[[str], Sequence[tuple[int, int, int]]], normal: int,
                   abnormal: frozenset[int], denial: int) -> tuple[str, tuple[str, ...] | None]:
    """One report sentence read for ``read_normal_places``: its lower-case text (its final stop off) and the places
    of two words or more it calls normal (none: a normal sentence of an organ alone), or None when it calls no place
    normal."""
    low = lower_text(text).rstrip(" .")
    m = _NORMAL_SUBJECT.match(low)
    ok = m is not None and len(m.group(1).split()) <= MAX_WORDS and not _NOT_PLACE.search(m.group(1)) \
        and not _TURN.search(m.group(2)) and not any(c.isdigit() for c in m.group(1))
    if ok and m is not None:
        pred = events(m.group(2))
        denied_from = min((s for s, _e, k in pred if k == denial), default=len(low))
        ok = any(k == normal for _s, _e, k in pred) and not any(
            k in abnormal and s < denied_from for s, _e, k in pred)
    if not ok or m is None:
        return low, None
    return low, tuple(n.strip() for n in _SUBJECT_CUT.split(m.group(1)) if len(n.split()) >= MIN_WORDS)


def normal_place_errors(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                        places: Sequence[Place], report: str, unit: int, finding: Callable[[int, int], bool],
                        denies: Callable[[str], bool]) -> list[FindingVerdict]:
    """The first clause of step ``s`` (``clauses``: its spans) it asserts (``asserted``), with a finding in it
    (``finding`` of its span), no denial or normal word in its sentence up to its end (``denies``), placing it in a
    normal place of the report (``places``)."""
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        low = lower_text(s.text[a:b])
        opened = -1  # (where the clause's sentence opens: found once a place is met)
        for name, x, y in places:
            if name not in low:  # (both patterns hold the place's words as they are: the exact prefilter)
                continue
            m = re.search(r"\b" + _PLACING + r"\s+(?:(?:the|its|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(" + re.escape(name)
                          + r")\b", low) or re.match(_OPENING + r"(" + re.escape(name) + r")\s+(?:is|are|has|have|"
                                                      r"contains?|shows?)\b", low)
            if m is None or not finding(a, b):
                continue
            if opened < 0:
                opened = max(s.text.rfind(c, 0, a) for c in ".;!?\n") + 1
            if denies(lower_text(s.text[opened:b])):
                continue
            return [unnamed_conflict(s, (s.text[a + m.start(1):a + m.end(1)], a + m.start(1), a + m.end(1)),
                                     (report[x:y].strip(), x, y), report, "aligned-place-normal", unit,
                                     (Polarity.PRESENT, Polarity.ABSENT))]
    return []


# a clause with one of these in its sentence up to its end states nothing placed: a denial, a normal word, a hedge
# ("could extend into")
NOT_STATED = (K_NEG_PRE, K_NEG_POST, K_NORMAL, K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)
_MEMO_LIMIT = 2048  # reports whose normal places are kept per scanner


_SENTENCE_LIMIT = 16384  # report sentences whose reading is kept per scanner
_ABNORMAL = frozenset({K_ABN, K_CONCEPT})


@owner_memo(_MEMO_LIMIT)
def normal_places(scanner: Scanner, sentences: tuple[tuple[int, str], ...]) -> list[Place]:
    """``read_normal_places`` of a report's sentences, memoised per scanner (a benchmark's chains share a report), each
    sentence's reading memoised too (a benchmark's reports are new, their sentences are not)."""
    return read_normal_places(sentences, lambda low: _events(scanner, low), K_NORMAL, _ABNORMAL, K_NEG_PRE,
                              lambda text: _normal_subject(scanner, text))


def _events(scanner: Scanner, low: str) -> list[tuple[int, int, int]]:
    return [(e[0], e[1], e[2]) for e in sentence_events(scanner, low)]


@owner_memo(_SENTENCE_LIMIT)
def _normal_subject(scanner: Scanner, text: str) -> tuple[str, tuple[str, ...] | None]:
    """``normal_subject`` of one report sentence with ``scanner``'s events, memoised per scanner."""
    return normal_subject(text, lambda low: _events(scanner, low), K_NORMAL, _ABNORMAL, K_NEG_PRE)


@owner_memo(_MEMO_LIMIT)
def placed_sites(scanner: Scanner, sentences: tuple[tuple[int, str], ...], not_thing: frozenset[str],
                 read: Callable[[str, list[tuple[int, int]], frozenset[str]], set[str]]) -> ReportSites:
    """``report_sites`` of a report's sentences, memoised per scanner; ``read`` the thing words of a text (with
    ``not_thing``, ``aligned_words._things``). Each sentence is read on its own (``report_sites`` reads each apart),
    memoised too."""
    return tuple((t, placed, start + a, start + b) for start, text in sentences
                 for t, placed, a, b in _sentence_sites(scanner, text, not_thing, read))


@owner_memo(_SENTENCE_LIMIT)
def _sentence_sites(scanner: Scanner, text: str, not_thing: frozenset[str],
                    read: Callable[[str, list[tuple[int, int]], frozenset[str]], set[str]]) -> ReportSites:
    return report_sites(((0, text),), lambda low: _events(scanner, low), lambda low: frozenset(read(low, [], not_thing)),
                        K_NORMAL, _ABNORMAL_KINDS, _DENIAL_KINDS)


_ABNORMAL_KINDS = (K_ABN, K_CONCEPT)
_DENIAL_KINDS = frozenset({K_NEG_PRE, K_NEG_POST})


@owner_memo(_MEMO_LIMIT)
def placed_sides(scanner: Scanner, sentences: tuple[tuple[int, str], ...], not_thing: frozenset[str],
                 read: Callable[[str, list[tuple[int, int]], frozenset[str]], set[str]]) -> ReportSides:
    """``report_sides`` of a report's sentences, memoised per scanner; ``read`` as for ``placed_sites``. Each
    sentence is read on its own, memoised too."""
    return report_sides(sentences, lambda text: _sentence_sides(scanner, text, not_thing, read))


@owner_memo(_SENTENCE_LIMIT)
def _sentence_sides(scanner: Scanner, text: str, not_thing: frozenset[str],
                    read: Callable[[str, list[tuple[int, int]], frozenset[str]], set[str]]
                    ) -> tuple[frozenset[str], frozenset[Side]]:
    return sentence_sides(text, lambda low: _events(scanner, low), lambda low: frozenset(read(low, [], not_thing)),
                          K_NORMAL, _ABNORMAL_KINDS, _DENIAL_KINDS)


def _found(scanner: Scanner, s: StepVerdict, a: int, b: int) -> bool:
    """Whether the span a..b of step ``s`` holds an abnormal word or a finding the step states present, no device (a
    device lies in a normal place: "the catheter tip lies in the superior vena cava") and none of an earlier study."""
    held = [f for f in s.findings if a <= f.start < b]
    if any(f.category == "device" for f in held) or any(x <= a < y for x, y in past_spans(s.text)):
        return False
    return any(f.polarity is Polarity.PRESENT for f in held) or any(
        e[2] == K_ABN for e in sentence_events(scanner, lower_text(s.text[a:b])))


def placed_errors(scanner: Scanner, s: StepVerdict, clauses: Sequence[tuple[int, int]],
                  asserted: Sequence[tuple[int, int]],
                  places: tuple[Sequence[Place], Sequence[Landmark], ReportSites, ReportSides], report: str, unit: int,
                  things: Callable[[str], frozenset[str]]) -> list[FindingVerdict]:
    """A clause of step ``s`` placing a finding in a normal place of the report, at a landmark the report places
    it a distance from (``aligned_landmarks``), at a site the report does not give it (``aligned_sites``), or on the
    side the report does not give it (``aligned_sides``); ``places``: (the normal places, the landmarks, the report's
    sites, the report's sides)."""
    def found(a: int, b: int) -> bool:
        return _found(scanner, s, a, b)

    def denies(low: str) -> bool:
        return any(e[2] in NOT_STATED for e in sentence_events(scanner, low))

    def hedges(low: str) -> bool:  # (a normal word is no denial of a site: "in the midline pelvis there is a mass")
        return any(e[2] in NOT_STATED and e[2] != K_NORMAL for e in sentence_events(scanner, low))

    def device(a: int, b: int) -> bool:
        return any(f.category == "device" and a <= f.start < b for f in s.findings)

    normal, marks, sites, sides = places
    return (normal_place_errors(s, clauses, asserted, normal, report, unit, found, denies) if normal else []) or (
        landmark_errors(s, clauses, asserted, marks, report, unit, found, denies, things) if marks else []) or (
        site_errors(s, clauses, asserted, sites, report, unit, (found, device), (hedges, denies), things) if sites else []
    ) or (side_errors(s, clauses, asserted, sides, report, unit, (found, device), denies, things) if sides else [])


__all__ = ["NOT_STATED", "normal_place_errors", "normal_places", "normal_subject", "placed_errors", "placed_sides",
           "placed_sites", "read_normal_places"]
