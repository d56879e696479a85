"""The thing words of a chain's or a report's text, and a chain step's clauses: what ``aligned`` (and the checks it
calls: denied things, landmarks, normal places, sites) reads to tell which report sentence a step is about.

A *thing word* is a content word that names no place, side, grade, change or function (``_NOT_THING`` plus a
scanner's one-word attribute words), stemmed so two writers' inflections meet ("thickened", "thickening"). Split out
of ``aligned.py`` (session 22) so that module keeps the alignment and its checks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from medstep.answers.hedges import EARLIER_WORDS
from medstep.answers.negation import SEEN, SEEN_RARE
from medstep.answers.text import NUMBER_WORDS, UNITS_AFTER
from medstep.lazyre import lazy_compile
from medstep.verify.scan import lower_text
from medstep.verify.scope_words import UNIT_MM

MIN_SHARED = 2

# "slip", "l5", "3rd"; not a bare number (a number from its first digit: see quantities._ANGLE)
_WORD = lazy_compile(r"[a-z][a-z0-9]*|(?<!\d)\d+[a-z][a-z0-9]*")
# words that name no thing: function words, verbs of seeing and being, comparison and time words, sides, and the
# places of the lung and the body, with the earlier-time words of ``hedges.EARLIER_WORDS``, the words of seeing of
# ``negation.SEEN`` / ``SEEN_RARE`` and the number words of ``answers/text.NUMBER_WORDS`` (a shared "lower lobe" or
# "present" says nothing of which finding two sentences are about); the one-word grades, changes and sides of the
# scanner's attribute phrases ("mild", "worsening", "bilateral": ``Lexicon.attr_words``) join them per scanner
# (:func:`_not_thing`)
_NOT_THING = frozenset("""
a an the of on in at to by for from with without within into onto over under above below behind beside between
and or but nor as than then that this these those there here it its they their them which who whose what when
is are was were be been being has have had having do does did can could may might must should would will shall
no not any some each both all every other another more most less least much many few several very also only
still now again already yet just about approximately roughly around nearly almost up down out off further
see sees shows show showed note appears
appear appeared looks look looked seems seem remains remain measuring measures measure measured extending extends
involving involves containing contains compared comparison versus vs against since today yesterday study scan film image images exam examination radiograph ct mri ultrasound view views series
year years month months week weeks day days hour hours
lies lie lying sits sit sitting projects project projecting post procedure including dilated enlarged
side sides sided lobe lobes zone zones upper lower mid middle central
peripheral proximal distal anterior posterior medial lateral superior inferior apex apical base basal
predominantly mostly mainly largely same size extent degree grade amount degrees percent per cent
""".split()) | frozenset(EARLIER_WORDS) | frozenset(SEEN + SEEN_RARE) | frozenset(NUMBER_WORDS)


@lru_cache(maxsize=8)
def _not_thing(attr_words: frozenset[str]) -> frozenset[str]:
    """``_NOT_THING`` with a scanner's one-word attribute words (one set per lexicon, built once)."""
    return _NOT_THING | attr_words


_SUFFIX = lazy_compile(r"(?:ing|ed|es|s|ments?)$")


@lru_cache(maxsize=16384)
def _stem(w: str) -> str:
    """A word's stem for matching two writers' words: an inflection ending (-s, -es, -ed, -ing) or a noun's "-ment"
    and a final "e" off, leaving four letters at least ("tilted", "tilts" -> "tilt"; "thickened", "thickening" ->
    "thicken"; "encases", "encasing" -> "encas"; "enhancement", "enhance" -> "enhanc"); "-ss" kept ("mass")."""
    if w.endswith("ss"):
        return w
    m = _SUFFIX.search(w)
    if m is not None and m.start() >= 4:
        w = w[:m.start()]
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


# a measurement's unit, no thing (the units of ``answers.text.UNITS_AFTER`` and the spelled-out ones of
# ``scope_words.UNIT_MM``; read as a thing word elsewhere, as before)
_UNIT = lazy_compile(UNITS_AFTER)


def _unit(word: str) -> bool:
    return word in UNIT_MM or _UNIT.fullmatch(word) is not None


_CLAUSE_BREAK = lazy_compile(r"[,;:]")
# a piece that goes on describing the thing before it ("..., with pars defects", "..., which has increased"): the
# same clause
_GOES_ON = lazy_compile(r"\s*(?:with|without|which|that|including|measuring|extending|involving|containing|causing|"
                        r"in keeping|consistent|compatible|as|than|since|compared)\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _clauses(text: str, not_thing: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """The clauses of a chain step (split at commas, semicolons and colons), a clause with fewer than ``MIN_SHARED``
    thing words joined to the next one ("a mildly dilated, inverted U-shaped loop of large bowel"): a step that lists
    several things ("New wedge in the right lower zone, enlarged right pulmonary artery, no effusion") is aligned
    thing by thing, not as one sentence that shares words with every report sentence. Memoised: a step's clauses are
    asked for by each check of it (denied things, normal places, aligned values), and a benchmark's steps repeat."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text) if not _GOES_ON.match(text, m.end())] + [len(text)]
    out: list[tuple[int, int]] = []
    start, words = 0, set[str]()
    for a, b in zip(cuts, cuts[1:]):
        if b <= a:
            continue
        words |= _thing_words(lower_text(text[a:b]), not_thing)
        if all(_unit(w) for w in words) and b == len(text) and out and start == a:
            # (a last piece naming no thing, only a unit perhaps, says its value of the clause before's thing: "the
            # largest patch is in the right upper zone, about 15 cm", "It measures 9 mm, similar to 18 months ago")
            out[-1] = (out[-1][0], b)
        elif len(words) >= MIN_SHARED or b == len(text):
            out.append((start, b))
            start, words = b, set()
    if out and start < len(text):
        out[-1] = (out[-1][0], len(text))
    return tuple(out) or ((0, len(text)),)


def _things(low: str, attr_spans: list[tuple[int, int]], not_thing: frozenset[str]) -> set[str]:
    """The stems of ``low``'s thing words that start in no attribute span (``attr_spans``: half-open, in any order,
    overlapping or not). The spans are merged once and each word found among them by bisection: a test of every
    span per word took 6 s on a 256k-character list of measurements (issue #12)."""
    if not attr_spans:  # (most clauses: the words alone, no span test per word)
        return {_stem(w) for w in _WORD.findall(low) if len(w) > 1 and w not in not_thing}
    starts, ends = merged_spans(attr_spans)
    out = set()
    for m in _WORD.finditer(low):
        w = m.group()
        if len(w) > 1 and w not in not_thing:
            at = m.start()
            i = bisect_right(starts, at) - 1
            if i < 0 or at >= ends[i]:  # (in no attribute's words)
                out.add(_stem(w))
    return out


def merged_spans(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of half-open ``spans`` as disjoint, sorted runs (starts, ends): a position lies in some span exactly
    when it lies in the run that starts last at or before it (empty spans hold nothing and are dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(s for s in spans if s[0] < s[1]):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


@lru_cache(maxsize=32768)
def _thing_words(low: str, not_thing: frozenset[str]) -> frozenset[str]:
    """``_things`` of a lower-case text with no attribute spans, memoised: a report's sentences and a step's clauses
    are read for their thing words by several checks (clauses, antecedents, denied items, landmarks, normal places),
    and a benchmark's reports and chains repeat sentences."""
    return frozenset(_things(low, [], not_thing))


# a clause whose subject stands for the thing named before it: a pronoun, or "the <noun>" of a noun said before
# ("Circumferential pleural thickening encases the lung. The thickening reaches 14 mm.")
# (after a step's heading of a few words, "**Step 2: Interval change.** It measures 5.0 x 2.2 cm" read as "Interval
# change.** It measures ...", "Change: it is unchanged", a question "### Has it changed?\nIt measures ...": the
# heading names the step's topic, the pronoun its thing; session 44: the heading hid the pronoun and the chain's wrong
# size was compared with nothing)
_HEADING = r"(?:[a-z][a-z0-9/-]*\s+){0,3}[a-z][a-z0-9/-]*\s*[.:?]\**\s+"
_SUBJECT = lazy_compile(r"\W*(?P<head>" + _HEADING + r")?(?:and\s+|but\s+)?(?:(?P<pronoun>it|its|they|their|this|these)|"
                        r"the\s+(?P<noun>[a-z]+))\b", re.IGNORECASE)
# the words of a heading that names a topic only, no thing ("Interval change.", "Size:", "Has it changed?", "How big
# is it?", "**Measurements:**"): a short sentence or heading naming a thing ("Mass.", "Mass seen.", "A mass is
# present.", "Lower lobe mass.", "What about the mass?") is where the pronoun after it finds its thing, not the step
# before (review of session 44: "A right effusion, 4 cm deep. / Mass seen. It measures 6 cm" met the effusion's size)
_TOPIC = frozenset(_stem(w) for w in (
    "size sizes sizing change changes changed changing interval measurement measurements measure measures measured "
    "dimension dimensions diameter diameters depth calibre caliber growth grown grow grew extent comparison compared "
    "evolution progression trend status assessment appearance appearances how big bigger biggest large larger largest "
    "small smaller smallest has have had did does do what now current currently prior previous previously today step "
    "follow follow-up stable stability course findings finding impression answer conclusion summary analysis review "
    "key observation observations morphology shape location position density features characteristics detail details "
    "part section question point first second third next then overall").split())


def topic_heading(low: str, not_thing: frozenset[str]) -> bool:
    """Whether a heading's lower-case text names a topic only (``_TOPIC``), no thing of its own."""
    return _thing_words(low, not_thing) <= _TOPIC


# a report sentence whose subject is a superlative with no noun of its own, the largest of the things named before
# ("Multiple nodules. The largest measures 8 mm.": errs42; "largest" was taken for a noun the sentence before lacked,
# and the report's measurement was aligned with no chain clause). A report's only: a chain's "the biggest is 2.2 cm"
# after "stones move within the gallbladder" took the gallbladder's words and met the gallbladder's size
SUPERLATIVE_SUBJECT = lazy_compile(r"\W*(?:and\s+|but\s+)?the\s+(?:largest|biggest|smallest|dominant)(?:\s+one)?"
                                   r"(?=\s*(?:,|\b(?:is|was|measures|measuring|lies|sits)\b))", re.IGNORECASE)


# the chain's superlatives that a report's size of the largest of a set answers (review of session 44: "several
# nodules in both lungs; the smallest is about 4 mm" met the report's "the largest 14 mm")
_LARGEST = lazy_compile(r"\b(?:largest|biggest|dominant)\b", re.IGNORECASE)


# a plural noun: the set a chain's superlative subject is the largest of ("thin-walled apical bullae", "five nodules
# and masses", "sclerotic foci"); not a singular in -ss, -us, -is ("mass", "thrombus", "pelvis")
_PLURAL = lazy_compile(r"\b[a-z]{2,}(?:(?<!s)(?<!u)(?<!i)s|ae|i)\b")


def _antecedent(clause: str, before: str, not_thing: frozenset[str], superlative: bool = False) -> frozenset[str]:
    """The thing words of the text ``before`` a clause whose subject stands for its thing (``_SUBJECT``; with
    ``superlative``, a report sentence's ``SUPERLATIVE_SUBJECT`` too), else none. A chain clause's superlative subject
    ("the largest, in the right apex, is 6.5 cm" after "there are thin-walled apical bullae") stands for the plural
    things named before it only (``_PLURAL``: "bullae"), not every thing word there: all of them met the gallbladder's
    size for "the biggest is 2.2 cm" after "stones move within the gallbladder"; none left the chain's wrong size of
    the largest bulla uncompared (session 44)."""
    if not before:
        return frozenset()
    top = SUPERLATIVE_SUBJECT.match(clause)
    if top is not None:
        if superlative:
            return _thing_words(lower_text(before), not_thing)
        if _LARGEST.search(top.group()) is None:
            return frozenset()  # (a chain's "the smallest is 4 mm": a report gives the largest, not the smallest)
        return frozenset(_stem(w) for w in _PLURAL.findall(lower_text(before))
                         if _WORD.fullmatch(w) and w not in not_thing)
    m = _SUBJECT.match(clause)
    if m is None or m.group("head") and not topic_heading(lower_text(m.group("head")), not_thing):
        return frozenset()
    things = _thing_words(lower_text(before), not_thing)
    if m.group("noun") is not None and _stem(m.group("noun").lower()) not in things:
        return frozenset()
    return frozenset(things)


__all__ = ["MIN_SHARED", "merged_spans", "_WORD", "_NOT_THING", "_not_thing", "_stem", "_clauses", "_things", "_thing_words", "_antecedent", "SUPERLATIVE_SUBJECT", "topic_heading"]
