"""A polarity flipped against the report on a thing the lexicon does not judge (issue #8, vneg23): the chain denies
what a report sentence states ("Colour Doppler shows no flow in the bowel wall." against "Colour Doppler shows
preserved flow in the bowel wall."), or states what the report denies with a verb ("They enhance after contrast."
against "The defects ... do not enhance after contrast.").

Flow, enhancement, signal and the like are no concepts of the table, so a chain that flipped them was judged on the
rest of what it said. The mirror of ``aligned_denials`` (a report's list of denied things):

* ``flipped_denials``: a chain clause the step asserts, with a denial before its item ("no", "without": a K_NEG_PRE
  event; the item: the words after it up to a comma, "and", "or", a verb) or after it ("Lung markings are absent
  lateral to the line": a K_NEG_POST event, the words before it back to a cut), whose item holds at least two thing
  words, no attribute word ("no signal change": "change" grades; "no effusion on the left": a side) and no normal
  word, every one of them in one
  report sentence that has no denial word and names them all -> contradicted (``aligned-polarity-flip``). A report
  sentence with a normal word states its thing only when the word stands right before one of the item's ("preserved
  flow"; "The pulmonary arteries are of normal calibre" states no arteries a chain may not deny enlarged). When any
  report sentence that denies something holds every word of the item, the report may deny it there: left alone.
  A normal statement denied ("The bones are not intact", "The heart is not normal in size") is an item of its subject
  and normal word, met by a report sentence of the same words that is a plain normal statement (no abnormal word, no
  qualification: "The lungs are clear apart from ..." is not all normal).
* a report sentence's items denied by "do not" / "does not" / "did not" + a verb ("do not enhance after contrast")
  join the denied items of ``aligned_denials`` (``verb_denials`` there), so a chain clause stating them without a
  denial of its own is contradicted there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.findings import Polarity
from medstep.verify.memo import owner_memo
from medstep.verify.scope_passes import EXCEPTIONS
from medstep.verify.lexicon import (K_ABN, K_CONCEPT, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_PSEUDO_POST,
                                    K_PSEUDO_PRE, K_ROLE, K_SKIP, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE)
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.verdicts import FindingVerdict

MIN_WORDS = 2  # the thing words of a flipped item
_CUT = lazy_compile(r"[,;:]|\b(?:or|and|nor|no|but|with|which|that|to|as|than)\b")
_VERB = lazy_compile(r"\b(?:is|are|was|were|be|been|extends?|extending|lies|lie|measures?|measuring|shows?|has|have|"
                     r"contains?|passes|reaches|remains?)\b|" + hedges.words(negation.SEEN))
_WORD = lazy_compile(r"[a-z][a-z'-]*")
# a normal statement qualified ("The lungs are clear apart from ...", "otherwise", "but"): not all of it is normal
_QUALIFIED = lazy_compile(hedges.words(hedges.QUALIFICATION, hedges.TURN, EXCEPTIONS))
_DENYING = lazy_compile(hedges.words(negation.DENY, negation.ABSENT, negation.NONE, negation.NEITHER, negation.NEVER))  # (beside the denial events)

# a denial standing for the thing it denies, said before it ("Siderosis over the right convexity; none on the left")
_STANDING = lazy_compile(hedges.words(negation.NONE, negation.NOTHING, negation.NEITHER))

Things = Callable[[str], frozenset[str]]


def _item(low: str, start: int, stop: int) -> tuple[int, int]:
    """The item a denial ending at ``start`` governs: up to the first list cut or verb, and at most to ``stop`` (where
    the next denial starts)."""
    cut = _CUT.search(low, start, stop)
    end = cut.start() if cut is not None else stop
    verb = _VERB.search(low, start, end)
    return start, verb.start() if verb is not None else end


@owner_memo(256)
def _report_sides(scanner: Scanner, sentences: tuple[tuple[int, str], ...], things: Things
                  ) -> tuple[list[tuple[frozenset[str], int, int, frozenset[str] | None, bool]], list[frozenset[str]]]:
    """The report's sentences that deny nothing (thing words, span, when they hold a normal word the thing words right
    after one: "preserved flow", and whether they are a normal statement with no abnormal word) and the thing words of
    those that deny. Memoised per scanner: a chain's steps and a benchmark's chains share their report."""
    stating, denying = [], []
    for start, text in sentences:
        words, denies, after, plain = _sentence_side(scanner, text, things)
        if denies:
            denying.append(words)
        else:
            stating.append((words, start, start + len(text), after, plain))
    return stating, denying


@owner_memo(16384)
def _sentence_side(scanner: Scanner, text: str, things: Things) -> tuple[frozenset[str], bool, frozenset[str] | None,
                                                                         bool]:
    """One report sentence's part of ``_report_sides``: its thing words (of one that denies, only those its denials
    reach: ``_denied_reach``), whether it denies, and when not, the thing
    words right after its normal words and whether it is a plain normal statement. Memoised per scanner (a benchmark's
    reports are new, their sentences are not)."""
    low = lower_text(text)
    words = things(low)
    evs = sentence_events(scanner, low)
    denials = [e for e in evs if e[2] == K_NEG_PRE or e[2] == K_NEG_POST]
    loose = [m for m in _DENYING.finditer(low) if not any(e[0] <= m.start() and m.end() <= e[1] for e in denials)]
    if loose or any(_STANDING.search(low, e[0], e[1]) is not None for e in denials):
        # (a denying word no denial event reads, or one that stands for what it denies, "...; none in the brainstem":
        # its reach unknown, the whole sentence)
        return words, True, None, False
    if denials:
        return _denied_reach(low, denials, things), True, None, False
    held = _held_from(low, evs)
    if held is not None:  # ("Normal colon; comparison: small bowel faeces sign in 2019": what it holds open)
        words = things(low[:held])
    normals = [e[1] for e in evs if e[2] == K_NORMAL]
    after = frozenset().union(*(things(" ".join(_WORD.findall(low, n)[:1])) for n in normals)) if normals else None
    plain = bool(normals) and _QUALIFIED.search(low) is None and all(e[2] != K_ABN for e in evs)
    return words, False, after, plain


def _denied_reach(low: str, denials: Sequence[tuple], things: Things) -> frozenset[str]:
    """The thing words a report sentence's denials can reach: every word after its first denial that governs what
    follows ("no", "without") and every word before its last denial that governs what precedes ("X is not seen",
    "X is absent"). Each reach runs to the sentence's edge, wider than any list the denial governs, so a thing the
    sentence may deny stays in it; what lies wholly before the first and after the last stays out. Why (issue #8,
    negerr51): "... and focal cortical superficial siderosis over the right frontal convexity, with no deep
    microbleeds" states the siderosis and denies only the microbleeds, yet the whole sentence's words shielded a
    chain's "no cortical superficial siderosis is seen" from the report's plain statement of it."""
    pre = [e for e in denials if e[2] == K_NEG_PRE]
    post = [e for e in denials if e[2] == K_NEG_POST]
    out: frozenset[str] = frozenset()
    if pre:
        out |= things(low[pre[0][1]:])
    if post:
        out |= things(low[:post[-1][0]])
    return out


@owner_memo(16384)
def _free_words(scanner: Scanner, text: str, things: Things) -> frozenset[str]:
    """The thing words of a report sentence's parts (cut at a comma, semicolon or colon) that hold no normal word: a
    normal word speaks of its own part ("... deep to the midline laparotomy scar"), and the sentence's other parts
    state their things as any sentence does ("with a small bowel faeces sign immediately proximal to ..."). Why
    (issue #8, negerr51): a place word read as normal ("midline") in one part made the whole sentence state only
    what follows it, so a chain's "No small bowel faeces sign is present" met nothing (b31-v125)."""
    low = lower_text(text)
    out: frozenset[str] = frozenset()
    if _PAST.search(low) is not None or any(e[2] in _UNSTATING for e in sentence_events(scanner, low)):
        return out
    start = 0
    for cut in (*_PART_CUT.finditer(low), None):
        end = cut.start() if cut is not None else len(low)
        part = low[start:end]
        if not any(e[2] == K_NORMAL for e in sentence_events(scanner, part)):
            out |= things(part)
        start = cut.end() if cut is not None else end
    return out


_PART_CUT = lazy_compile(r"[,;:]")
# a sentence whose parts may state nothing now (review of negerr51): a hedge, a hypothesis ("if present", "to
# exclude"), the request ("on the referral"), a comparison ("comparison: ... in 2019") or an earlier time ("on the
# prior CT", "previously"): "Normal colon, query small bowel faeces sign on the referral" states no sign a chain may
# not deny; such a sentence's parts are not read apart
_UNSTATING = frozenset((K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO, K_ROLE, K_SKIP, K_PSEUDO_PRE, K_PSEUDO_POST))
_HOLDS_BACK = frozenset((K_UNC_POST, K_UNC_BOTH, K_HYPO))  # ("..., if present, would", "to exclude ...")
_HOLDS_ON = frozenset((K_UNC_PRE, K_SKIP))  # ("possibly ...", "concerning for ...", "comparison: ...")


def _held_from(low: str, evs: Sequence[tuple]) -> int | None:
    """Where a stating report sentence stops stating (review of negerr51): nowhere (None) with no hedge; its start
    with a hedge that may look back ("small bowel faeces sign, if present, would favour ...", "to exclude ...");
    the start of the comma/colon part of the first hedge or comparison that looks ahead ("..., concerning for acute
    aortic dissection": the parts before it still state theirs). Why: with the size word of "small bowel faeces
    sign" read as a name, a chain's faithful "No small bowel faeces sign" met "Colon normal; small bowel faeces
    sign, if present, would favour obstruction" and "comparison: small bowel faeces sign in 2019"."""
    if any(e[2] in _HOLDS_BACK for e in evs):
        return 0
    at = next((e[0] for e in evs if e[2] in _HOLDS_ON), None)
    if at is None:
        return None
    return max((m.end() for m in _PART_CUT.finditer(low, 0, at)), default=0)
_PAST = lazy_compile(hedges.words(hedges.PAST) + r"(?!-)")  # ("post-contrast" is no past)


def _said_words(text: str) -> frozenset[str]:
    """Every word of a report sentence (lower case): the attribute words of a denied finding's own name must be
    among them. Why (review of negerr51): with "small" of "small bowel faeces sign" read as part of the name, "no
    small bowel obstruction due to the sigmoid mass" met "Large bowel obstruction due to a sigmoid mass" (their thing
    words are the same)."""
    return frozenset(_WORD.findall(lower_text(text)))


@lru_cache(maxsize=8)
def thing_reader(not_thing: frozenset[str], thing_words: Callable[[str, list, frozenset[str]], set[str]]) -> Things:
    """The thing words of a lower-case text as a frozenset (one reader per word set: a stable key of the memo)."""
    def things(low: str) -> frozenset[str]:
        return frozenset(thing_words(low, [], not_thing))
    return things


def flipped_denials(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                    sentences: Sequence[tuple[int, str]], report: str, unit: int, scanner: Scanner,
                    not_thing: frozenset[str], thing_words: Callable[[str, list, frozenset[str]], set[str]]
                    ) -> list[FindingVerdict]:
    """The first item of step ``s`` that a clause it asserts denies and a report sentence states (module docstring);
    ``thing_words`` is ``aligned_words._things`` (its words that name no thing: ``not_thing``)."""
    things = thing_reader(not_thing, thing_words)
    stating: list | None = None
    denying: list = []
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        for words, unsaid in _denied_items(scanner, lower_text(s.text[a:b]), things):
            if stating is None:
                stating, denying = _report_sides(scanner, tuple(sentences), things)
            named = words & scanner.attr_words  # ("small" of "small bowel": the report's sentence says it too)
            words = words - named
            if any(words <= d for d in denying):
                continue
            for said, r0, r1, normal, plain in stating:
                if words <= said and named <= _said_words(report[r0:r1]) and (
                        plain if unsaid else normal is None or normal & words
                        or words <= _free_words(scanner, report[r0:r1], things)):
                    # ("of normal calibre" states no thing, though the sentence's parts without a normal word state
                    # theirs; a normal statement denied meets a plain one)
                    return [unnamed_conflict(s, (s.text[a:b].strip(), a, b), (report[r0:r1].strip(), r0, r1), report,
                                             "aligned-polarity-flip", unit, (Polarity.ABSENT, Polarity.PRESENT))]
    return []


@owner_memo(16384)
def _denied_items(scanner: Scanner, low: str, things: Things) -> tuple[tuple[frozenset[str], bool], ...]:
    """The items a chain clause (lower-case) denies, in order: their thing words (``MIN_WORDS`` at least, no attribute
    or normal word in the item) and whether the item is a normal statement denied. Memoised per scanner (a
    benchmark's chains repeat their clauses)."""
    attr_words = scanner.attr_words
    evs = sentence_events(scanner, low)
    where = _Where.of(low, evs)
    # an item ends where the next denial starts and begins after the one before ("lacks fat lacks calcium"): the
    # items of a text of denials with no list cut ("lacks lacks ... lacks") stay apart, each read once, not each to
    # the text's end (quadratic: 3,500 "lacks " took 10 s)
    denials = [e for e in evs if e[2] == K_NEG_PRE or e[2] == K_NEG_POST]
    out = []
    k = -1  # the index in ``denials`` of the current event
    for i, e in enumerate(evs):
        nxt = evs[i + 1] if i + 1 < len(evs) else None
        if e[2] != K_NEG_PRE and e[2] != K_NEG_POST:
            continue
        k += 1
        after = denials[k + 1][0] if k + 1 < len(denials) else len(low)
        before = denials[k - 1][1] if k > 0 else 0
        # "The bones are not intact": a normal statement denied, its subject and normal word the item
        unsaid = e[2] == K_NEG_PRE and nxt is not None and nxt[2] == K_NORMAL and not low[e[1]:nxt[0]].strip()
        if unsaid and nxt is not None:
            x, y = max(before, where.cut_before(low, e[0])), nxt[1]
        elif e[2] == K_NEG_PRE:
            x, y = _item(low, e[1], after)
        else:  # "Lung markings are absent lateral to the line": the item before it
            x, y = max(before, where.cut_before(low, e[0])), e[0]
        if where.normal_in(x, y) and not unsaid or any(w in attr_words for w in _WORD.findall(_unnamed(low, x, y,
                                                                                                      where))):
            continue  # ("no signal change", "no abnormal flow": graded or called abnormal)
        words = things(low[x:y])
        if len(words) >= MIN_WORDS and not _named(low, x, y, where, things):
            # (with the attribute words of the finding's own name: "no large bowel obstruction" is not "small bowel
            # obstruction" stated)
            out.append((words | attr_words.intersection(_WORD.findall(low, x, y)), unsaid))
    return tuple(out)


@dataclass(frozen=True)
class _Where:
    """A clause's normal-word starts, concept spans and list-cut ends, each sorted once per clause.

    Why: asked per denied item, a pass over every event of the clause (or a cut search from its start) made a clause
    of 2,000 denied items ("no X, no Y, ...") quadratic: seconds of one reward step. Bisecting these lists answers
    the same questions."""

    normals: list[int]
    concepts: list[tuple[int, int]]  # (start, end), by start
    longest: int  # the longest concept span: one ending after ``x`` starts after ``x - longest``
    cut_ends: list[int]

    @classmethod
    def of(cls, low: str, evs: Sequence) -> _Where:
        concepts = sorted((e[0], e[1]) for e in evs if e[2] == K_CONCEPT)
        return cls(sorted(e[0] for e in evs if e[2] == K_NORMAL), concepts,
                   max((b - a for a, b in concepts), default=0), [m.end() for m in _CUT.finditer(low)])

    def normal_in(self, x: int, y: int) -> bool:
        """Whether a normal word starts in ``[x, y)``."""
        i = bisect_left(self.normals, x)
        return i < len(self.normals) and self.normals[i] < y

    def concepts_over(self, x: int, y: int) -> list[tuple[int, int]]:
        """The concept spans overlapping ``[x, y)``."""
        lo = bisect_right(self.concepts, (x - self.longest, 1 << 62))  # (no span starting there ends after x)
        hi = bisect_left(self.concepts, (y, -1))
        return [(a, b) for a, b in self.concepts[lo:hi] if b > x]

    def cut_before(self, low: str, at: int) -> int:
        """The end of the last list cut before ``at`` (0 when none): the cuts of the whole clause are the cuts of
        ``low[:at]`` unless ``at`` splits a word (a cut word's ``\b`` reads the two differently): then searched."""
        if at > 0 and _MID_WORD.match(low, at - 1) is not None:
            return max((m.end() for m in _CUT.finditer(low, 0, at)), default=0)
        i = bisect_right(self.cut_ends, at)
        return self.cut_ends[i - 1] if i else 0


_MID_WORD = lazy_compile(r"\w\w")


def _unnamed(low: str, x: int, y: int, where: _Where) -> str:
    """The item ``low[x:y]`` with the table's concept phrases blanked: a word of a finding's own name is no attribute
    of the item ("no small bowel faeces sign": "small" names the bowel, it grades nothing; "no small effusion" keeps
    its grade). Why (issue #8, negerr51): a denied "small bowel faeces sign" the report states (b31-v125) was taken
    for a graded denial and never compared."""
    spans = [(max(a, x), min(b, y)) for a, b in where.concepts_over(x, y)]
    if not spans:
        return low[x:y]
    rest = list(low[x:y])
    for a, b in spans:
        rest[a - x:b - x] = " " * (b - a)
    return "".join(rest)


def _named(low: str, x: int, y: int, where: _Where, things: Things) -> bool:
    """Whether the concept phrases of the table hold every thing word of the item ``low[x:y]`` ("no fluid around the
    lung" is a denied pleural effusion): the finding is judged as itself, and its words, spread over a report sentence
    about another thing ("fluid-filled cysts ... hypovascular lung"), are no proof of a flip."""
    spans = [(max(a, x), min(b, y)) for a, b in where.concepts_over(x, y)]
    if not spans:
        return False
    rest = list(low[x:y])
    for a, b in spans:
        rest[a - x:b - x] = " " * (b - a)
    return not things("".join(rest))


__all__ = ["flipped_denials"]
