"""A grade of the word it stands before: "The lesion ... causes severe compression of the right middle lobe." against
"There is mild compression of the adjacent right middle lobe" (issue #8, vdistr25).

A grade is compared by the aligned sentence (``aligned``) only when a chain clause shares two thing words or more with
one report sentence more than with any other; a clause about the lesion that compresses names the lesion, which half
the report names, so the grade of the compression was compared with nothing. A grade written right before its noun
("mild compression", "severe narrowing", "marked thickening") says which thing it grades. A report whose present
sentences grade a noun (the first thing word after the grade word, none after a denial in its clause, none in a
clause of the past) with one grade only, the noun in no other report sentence, and a chain clause the step asserts,
unhedged, grading the same noun otherwise (``grades_conflict``), on a compatible side, its clause sharing another
thing word or a place with the report's ("of the right middle lobe"): contradicted (``aligned-severity-conflict``),
unless the aligned sentence already contradicted the grade. A noun the report names twice ("mild thickening of the left pleura ... the
thickening extends ...") may be two things: left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_words import MIN_SHARED, _stem, _thing_words
from medstep.verify.attr_conflicts import grades_conflict
from medstep.verify.lexicon import K_ATTR, K_HYPO, K_NEG_POST, K_NEG_PRE, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.prior_state import earlier_sentence, past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events, sentence_spans
from medstep.verify.stop_index import StopIndex
from medstep.verify.verdicts import FindingVerdict

_NEXT_WORD = lazy_compile(r"\s+([a-z][a-z-]+)\b")
# (a sentence's end too: "... margins and no callus - acute. The fragments are markedly displaced" read the grade in
# the clause of the denial before it and dropped it; retired blind 31)
_STOP = lazy_compile(r"[;,:]|\.(?=\s)|\b(?:and|but|while|whereas|with|without)\b")
_STOP_REACH = 12  # an attempt of ``_STOP`` at p reads no further than p + 8 ("whereas" and its ``\b``): ``StopIndex``
_SIDES = lazy_compile(r"\b(?:left|right|bilateral|both)\b")
# an adjective of an organ or a place between a grade and its noun ("pulmonary", "pleural", "hepatic", "vascular",
# "peribronchial"): the grade is the noun's after it ("marked pulmonary plethora" grades the plethora, which the
# report may name once, not "pulmonary", which it names everywhere)
_ADJECTIVE = lazy_compile(r"(?:ary|al|ic|ous|ar)$")
_HEDGING = (K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)

# (noun stem, grade, span of the grade and noun, sides, the clause's other thing words and places)
Graded = tuple[str, str, int, int, frozenset[str], frozenset[str]]


def _first(place: tuple[int, frozenset[str]]) -> int:
    return place[0]


@owner_memo(16384)
def graded_nouns(scanner: Scanner, text: str, not_thing: frozenset[str]) -> list[Graded]:
    """The nouns ``text`` grades by a grade word right before them (see the module docstring). Memoised per scanner (a
    benchmark's reports are new, their sentences and its chains' steps are not); no caller changes the list."""
    low = lower_text(text)
    then = ((0, len(low)),) if earlier_sentence(text) else past_spans(text)
    out = []
    denied = -1
    events = sentence_events(scanner, low)
    stops: StopIndex | None = None  # (built at the first grade word: most texts have none)
    places: list[tuple[int, frozenset[str]]] = []  # each attribute event's start and its places ("@" + value)
    for s, e, kind, _p, attrs in events:
        if kind in (K_NEG_PRE, K_NEG_POST) or kind in _HEDGING:
            denied = s
            continue
        if kind != K_ATTR or not attrs or attrs[0][0] != "severity" or any(a <= s < b for a, b in then):
            continue
        if stops is None:
            stops = StopIndex(_STOP, low, _STOP_REACH)
            places = sorted([(x, frozenset("@" + str(v) for key, v in at if key == "location"))
                             for x, _y, k, _q, at in events if k == K_ATTR], key=_first)
        clause_start = stops.last_end_before(s)  # (the last stop before the grade word: once per text, by bisect)
        if denied >= clause_start:
            continue
        m = _NEXT_WORD.match(low, e)
        for _ in range(2):  # (the noun, past the adjectives of its organ or place: "marked pulmonary plethora")
            after = _NEXT_WORD.match(low, m.end()) if m is not None and _ADJECTIVE.search(m.group(1)) else None
            if after is None or _ADJECTIVE.search(after.group(1)) is None and after.group(1) in not_thing:
                break
            m = after
        if m is None or m.group(1) in not_thing:
            continue
        stop = stops.first_from(m.end())
        end = len(low) if stop is None else stop
        rest = low[m.end():end]
        sides = frozenset(x.replace("both", "bilateral") for x in _SIDES.findall(low[clause_start:s] + rest))
        noun = _stem(m.group(1))
        inside = places[bisect_left(places, clause_start, key=_first):bisect_left(places, end, key=_first)]
        near = _thing_words(low[clause_start:end], not_thing).union(*(at for _x, at in inside))
        out.append((noun, attrs[0][1], s, m.end(), sides, near - {noun}))
    return out


@owner_memo(4096)
def report_grades(scanner: Scanner, sentences: tuple[tuple[int, str], ...], not_thing: frozenset[str]
                  ) -> dict[str, Graded]:
    """The report's nouns graded with one grade only and graded in every sentence that names them (spans in the
    report). A noun named again without its grade ("mild thickening of the left pleura ... the thickening extends")
    may be two things and is left alone; one an impression repeats with its grade ("marked pulmonary plethora" in the
    findings and again in the impression) is one thing of one grade (session 45: read as two, a chain's "mild
    plethora" was compared with nothing)."""
    found: dict[str, list[Graded]] = {}
    named: dict[str, int] = {}
    graded_in: dict[str, set[int]] = {}
    for k, (start, text) in enumerate(sentences):
        for w in _thing_words(lower_text(text), not_thing):
            named[w] = named.get(w, 0) + 1
        for noun, grade, a, b, sides, near in graded_nouns(scanner, text, not_thing):
            found.setdefault(noun, []).append((noun, grade, start + a, start + b, sides, near))
            graded_in.setdefault(noun, set()).add(k)
    return {k: v[0] for k, v in found.items() if len({x[1] for x in v}) == 1
            and named.get(k, 0) == len(graded_in[k])}


def _subject_before(text: str, at: int, theirs: frozenset[str], not_thing: frozenset[str]) -> bool:
    """Whether the step's sentence before the one graded at ``at`` names the report clause's thing by ``MIN_SHARED``
    words or more: a graded predicate's subject is often a word of its own for the thing the sentence before names
    ("Fracture lines through the left 5th, 6th and 7th ribs ... The fragments are markedly displaced" against "Acute,
    minimally displaced fractures of the left 5th, 6th and 7th ribs"; retired blind 31), so its clause shares no word
    with the report's. Only the sentence right before, and two shared words: one is no proof of one thing."""
    spans = sentence_spans(text)
    k = next((i for i, (x, y) in enumerate(spans) if x <= at < y), None)
    if not k:
        return False
    x, y = spans[k - 1]
    return len(_thing_words(lower_text(text[x:y]), not_thing) & theirs) >= MIN_SHARED


def grade_errors(scanner: Scanner, s: StepVerdict, asserted: Sequence[tuple[int, int]], reported: dict[str, Graded],
                 report: str, unit: int, not_thing: frozenset[str]) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s graded nouns by the report's (see the module docstring)."""
    out = []
    for noun, grade, a, b, sides, near in graded_nouns(scanner, s.text, not_thing):
        theirs = reported.get(noun)
        if theirs is None or not any(x <= a < y for x, y in asserted) or not grades_conflict(grade, theirs[1]):
            continue
        if not near & theirs[5] and not _subject_before(s.text, a, theirs[5], not_thing):
            continue  # (one shared word is no proof of one thing: "Marked scalloping is present." against "Mild
            # scalloping is present at L3"; the object or the place must agree too)
        if sides and theirs[4] and sides.isdisjoint(theirs[4]) and "bilateral" not in sides | theirs[4]:
            continue
        if any(f.severity == grade and a <= f.start < b + 40 for f in s.findings):
            continue  # (a named finding's grade was judged with it)
        out.append(unnamed_conflict(s, (s.text[a:b], a, b), (report[theirs[2]:theirs[3]], theirs[2], theirs[3]),
                                    report, "aligned-severity-conflict", unit))
    return out


__all__ = ["grade_errors", "graded_nouns", "report_grades"]
