"""One structure, opposite heights: the chain places a thing higher than the report does, or lower ("The right hilum
is elevated" against "The right hilum is depressed"; "the left hilum is low-lying" against "The left hilum is
abnormally high"; "Depression of the left hemidiaphragm" against "The left hemidiaphragm is elevated"), issue #8,
lane errloc59.

Why: a height is a position that no concept of the table names and no place word carries: "elevated" and "depressed"
are both abnormal states to ``aligned_states``, so a chain that turned a raised hilum into a depressed one (volume loss
of an upper lobe read as a lower lobe collapse) scored as its faithful twin. On the retired blind sets the hilum, the
hemidiaphragm and the fissures carry such errors; the reading is about where a sentence puts a thing on the vertical
axis, not about which thing, so it is written for any subject.

A clause states a thing's height in one of three shapes, each committing to it: a predicate that opens with a word of
height after the subject and a verb of being or lying ("the right hilum is pulled down", "The left kidney lies high
in the renal fossa", "Right hilum is elevated"); a word of height before the thing's noun ("an elevated right hilum");
or a noun of height before "of" and the thing ("depression of the left hemidiaphragm"). The subject is its words in
any order without function words (sides included: "the right hilum" is not "the left hilum"), as in
``aligned_states``. "high" and "low" count only as a predicate's or an adjective's whole word of position (at the end
of the clause, before "-lying"/"-riding"/"-set", or before "in the"/"at"/"above"/"below"): "high on T2", "low in
signal", "low attenuation" are signal and density, no height. A comparative ("higher than the left") commits to no
height of its own and is not read.

A report subject given one height only (every clause of the report that states its height agrees; none in a sentence
about an earlier study), met by a chain clause the step asserts, unhedged and undenied, of exactly the same subject
words at the other height, is contradicted (``aligned-height-conflict``). A denied height ("is not elevated",
"no elevation of") states none; a modal ("should be elevated") is no verb of being here. A subject the chain gives both
heights, in any of its steps, is weighed, not claimed ("In upper lobe collapse the right hilum is elevated; here the
right hilum is depressed", "Choice A: ... elevated. Choice B: ... depressed"); a subject without a side, in a text that
names a side elsewhere ("The hemidiaphragm is depressed on the left"), may be either side's and states none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from medstep.answers import concepts, hedges
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_said import EARLIER
from medstep.verify.aligned_states import _FUNCTION, _HEDGING, _NOT_SUBJECT, _stem
from medstep.verify.lexicon import K_NEG_POST, K_NEG_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.verdicts import FindingVerdict


class Height(Enum):
    """Where a clause puts a thing on the vertical axis."""

    UP = "up"
    DOWN = "down"


# "high"/"low" as a word of position: the clause ends, a compound of lying follows, or a place ("in the renal fossa")
# ("low in the T1-weighted images", "high at b1000", "high in the urine": a value read in an image or a specimen)
_FRAME = (r"(?!\s+(?:in|at)\s+(?:the\s+|its\s+)?(?:[a-z0-9=/-]+\s+){0,2}?(?:t[12]\b|adc|dwi|b\s*=?\s*\d|flair|stir|"
          r"images?|sequences?|phase|map|weighted|window|scans?|urine|serum|plasma|blood|csf|fluid|sputum|stool))")
_PLACE_AFTER = _FRAME + (r"(?=\s*$|-(?:lying|riding|set|placed)\b|\s+(?:lying|riding|set|placed|in\s+(?:the|its)|at|above|"
                r"below|and\s+(?:flat|flattened|medial|lateral)|with)\b)")
_UP = (r"elevated|raised|high-riding|high-lying|high-set|high" + _PLACE_AFTER + r"|pulled\s+up(?:wards?)?|"
       r"retracted\s+(?:up(?:wards?)?|superiorly)|(?:displaced|deviated|pulled|shifted|moved)\s+(?:superiorly|upwards?)|"
       r"(?:superiorly|upwardly)\s+(?:displaced|retracted|pulled|shifted)|(?:superiorly|upwards?)(?=\s*$)")
_DOWN = (r"depressed|lowered|low-lying|low-riding|low-set|low" + _PLACE_AFTER + r"|pulled\s+down(?:wards?)?|"
         r"retracted\s+(?:down(?:wards?)?|inferiorly)|(?:displaced|deviated|pulled|shifted|moved)\s+"
         r"(?:inferiorly|downwards?)|(?:inferiorly|downwardly)\s+(?:displaced|retracted|pulled|shifted)|"
         r"(?:inferiorly|downwards?)(?=\s*$)")
_DEGREE = r"(?:(?:still|now|also|slightly|mildly|moderately|markedly|abnormally|unusually|somewhat|clearly|further)\s+)*"
_SUBJECT = r"((?:[a-z0-9][a-z0-9/-]*\s+){0,5}?[a-z0-9][a-z0-9/-]*)"
_LEAD = r"[\s*#>\-\u2022]*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?"
_BEING = (r"(?:is|are|remains?|appears?|looks?|seems?|lies|lie|sits?|has\s+been|have\s+been|has\s+moved|"
          r"have\s+moved|(?=(?:elevated|raised|depressed|lowered|low-lying|high-riding|high-lying|high|low)\s*$))")
# subject, a verb of being or lying (or none before a predicate that ends the clause: "Right hilum elevated"), height
_STATED = lazy_compile(_LEAD + _SUBJECT + r"\s+" + _BEING + r"\s*" + _DEGREE + r"(?:(" + _UP + r")|(" + _DOWN + r"))")
# a word of height before the thing ("an elevated right hilum"), a noun of height before it ("elevation of the ...")
_BEFORE = lazy_compile(r"\b(?:an?|the)\s+" + _DEGREE + r"(?:(elevated|raised|high-riding|high-lying|high)|"
                       r"(depressed|low-lying|low-riding|low))\s+((?:[a-z0-9][a-z0-9/-]*\s+){0,2}?[a-z0-9][a-z0-9/-]*)"
                       r"(?=\s*(?:$|[,;.]|\b(?:with|and|is|are|which|that|in|on|at|from|due|suggesting|"
                       r"consistent|compatible|in keeping)\b))")
_NOUN = lazy_compile(r"\b(?:(elevation|upward\s+(?:displacement|retraction)|superior\s+displacement)|"
                     r"(depression|downward\s+(?:displacement|retraction)|inferior\s+displacement))\s+of\s+(?:the\s+)?"
                     r"((?:[a-z0-9][a-z0-9/-]*\s+){0,2}?[a-z0-9][a-z0-9/-]*)(?=\s*(?:$|[,;.]|\b(?:with|and|by|from|"
                     r"due|in|on|at|which|that|suggesting|consistent)\b))")
_CUT = lazy_compile(r"[;,:!?\n()]|\.(?!\d)|\s(?:and|but|while|whereas)\s(?=the\s)")
# a thing named by a noun of height: "elevation of the ST segment" is no structure, and a signal is no thing
_NO_THING = lazy_compile(r"\b(?:signal|intensity|attenuation|density|enhancement|pressure|level|levels|grade|risk|"
                         r"suspicion|probability|output|flow|velocity|uptake|value|values|count|segment|segments|st|pr|j[ -]?point|waves?)\b")

# what an alternative would show or usually shows ("Upper lobe collapse gives an elevated hilum"), and a line that
# lists an answer option ("Option A: the right hilum is elevated"): no height of this image
_WEIGHED = lazy_compile(hedges.words(hedges.EXPECTS, hedges.HABIT))
_OPTION_LINE = lazy_compile(r"\W*(?:option\s+)?[a-h][\).:]\s")
# a stem of some word of height: the gate before the clause readings
# a side named anywhere in the text: a subject without one may be either side's ("The hemidiaphragm is depressed on
# the left")
_SIDE = lazy_compile(r"\b(?:" + "|".join(concepts.LATERALITIES) + r")\b")
_WORD = lazy_compile(r"\b(?:elevat|raised|high|low|depress|pulled|retracted|superior|inferior|upward|downward)")

Height_ = tuple[Height, int, int]  # (height, span of the clause in its text)


def _subject(words: str) -> frozenset[str] | None:
    """The subject's words without function words, or None for no one thing (a pronoun, a quantity, a signal)."""
    if _NOT_SUBJECT.search(words) or _NO_THING.search(words):
        return None
    subject = frozenset(_stem(w) for w in words.split() if w not in _FUNCTION)
    return subject or None


@owner_memo(16384)
def heights(scanner: Scanner, text: str) -> list[tuple[frozenset[str], Height_]]:
    """(subject words, (height, start, end)) for each clause of ``text`` that states its subject's height unhedged and
    undenied (see the module docstring). Memoised per scanner; no caller changes the list."""
    low = lower_text(text)
    marks = list(_CUT.finditer(low))
    out = []
    # (each clause without the mark that ends it: "high," ends its clause)
    for a, b in zip([0] + [m.end() for m in marks], [m.start() for m in marks] + [len(low)]):
        a += len(low[a:b]) - len(low[a:b].lstrip())  # (the clause from its first word: where a step's span starts)
        clause = low[a:b]
        if not clause or _WORD.search(clause) is None:  # (most clauses name no height: the cheap test first)
            continue
        found: list[tuple[str, Height]] = []
        m = _STATED.match(clause)
        if m is not None:
            found.append((m.group(1), Height.UP if m.group(2) else Height.DOWN))
        for n in (*_BEFORE.finditer(clause), *_NOUN.finditer(clause)):
            found.append((n.group(3), Height.UP if n.group(1) else Height.DOWN))
        line = low.rfind("\n", 0, a) + 1
        if not found or EARLIER.search(clause) or _WEIGHED.search(low, line, b) or _OPTION_LINE.match(low, line):
            continue  # (a height an earlier study showed is no height of now; one weighed or listed is no claim)
        kinds = {e[2] for e in sentence_events(scanner, clause)}
        if kinds & {K_NEG_PRE, K_NEG_POST, *_HEDGING} or re.search(r"\bnot\b", clause):
            continue
        sided = _SIDE.search(low) is not None
        for words, height in found:
            subject = _subject(words)
            if subject is not None and not (sided and _SIDE.search(" ".join(subject)) is None):
                out.append((subject, (height, a, b)))
    return out


def may_height(text: str) -> bool:
    """Whether a clause of ``text`` may state a height (the cheap gate before ``heights``)."""
    return _WORD.search(text.lower()) is not None


@owner_memo(4096)
def report_heights(scanner: Scanner, sentences: tuple[tuple[int, str], ...]) -> dict[frozenset[str], Height_]:
    """The report's subjects given one height only, each with its first statement (spans in the report); a sentence
    about an earlier study states no height of now."""
    found: dict[frozenset[str], list[Height_]] = {}
    for start, text in sentences:
        if not may_height(text) or EARLIER.search(lower_text(text)):
            continue
        for subject, (height, a, b) in heights(scanner, text):
            found.setdefault(subject, []).append((height, start + a, start + b))
    heights_of = {k: {x[0] for x in v} for k, v in found.items()}
    return {k: v[0] for k, v in found.items() if len(set().union(*(h for j, h in heights_of.items() if k <= j))) == 1}


def _weighed(scanner: Scanner, texts: tuple[str, ...]) -> frozenset[frozenset[str]]:
    """The subjects the chain's steps give both heights: alternatives weighed ("In upper lobe collapse the hilum is
    elevated; here it is depressed"), options listed ("Choice A: ... elevated. Choice B: ... depressed")."""
    given: dict[frozenset[str], set[Height]] = {}
    for text in texts:
        for subject, (height, _a, _b) in heights(scanner, text) if may_height(text) else ():
            given.setdefault(subject, set()).add(height)
    # (a subject weighed under more words counts: "In upper lobe collapse the hilum is elevated; here the hilum is ...")
    return frozenset(k for k in given if len(set().union(*(v for j, v in given.items() if k <= j or j <= k))) > 1)


def height_errors(scanner: Scanner, s: StepVerdict, asserted: Sequence[tuple[int, int]],
                  reported: dict[frozenset[str], Height_], report: str, unit: int,
                  steps: Sequence[StepVerdict] = ()) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s height statements by the report's (see the module docstring); a subject the
    chain (``steps``) gives both heights is weighed, no claim."""
    out = []
    weighed = _weighed(scanner, tuple(t.text for t in steps) or (s.text,))
    for subject, mine in heights(scanner, s.text):
        theirs = reported.get(subject)
        if theirs is None or theirs[0] is mine[0] or subject in weighed or not any(x <= mine[1] < y for x, y in asserted):
            continue
        out.append(unnamed_conflict(s, (s.text[mine[1]:mine[2]], mine[1], mine[2]),
                                    (report[theirs[1]:theirs[2]], theirs[1], theirs[2]), report,
                                    "aligned-height-conflict", unit))
    return out


__all__ = ["Height", "height_errors", "heights", "may_height", "report_heights"]
