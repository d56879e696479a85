"""One subject, opposite states: the chain calls a thing normal that the report calls abnormal in the same words, or
the reverse ("the adjacent endplates of L3 and L4 remain intact" against "... are eroded"; "The posterior cortex is
disrupted" against "the posterior cortex is intact"; "The left epididymis is enlarged and markedly hyperaemic" against
"The left epididymis is not hyperaemic"), issue #8, vdistr25.

A part named by its own words (an endplate, a cortex, a wall, a fat plane) is no concept of the table, so a chain that
flipped its state was judged on the rest of what it said: on the retired blind sets such one-error chains scored as
their faithful twins. A clause "[the] <subject> is/are/remain(s)/appear(s) <predicate>" states its subject's state:
*normal* when the predicate holds a normal word of the lexicon (``states.tsv``: "intact", "spared", "preserved",
"normal") and no abnormal word, *abnormal* when it holds an abnormal word ("eroded", "involved", "disrupted",
"thinned") and no normal word, and *denied* words when it opens with "not" ("is not hyperaemic"). A normal word of
size ("normal in size", "normal in calibre") is against a size word only ("prominent", "dilated"): a thing of normal size
may be abnormal otherwise. An organ's generic normal word ("The lungs are clear") is left to the lexicon, which reads
the absences it implies: "The lungs are hyperinflated" is not against it. A report
subject stated in one state only (no other report clause of the same subject words states another; none in a clause of
the past, "was"), met by a chain clause the step asserts, with no hedge, of exactly the same subject words in any
order ("the L3 and L4 endplates", "the adjacent endplates of L3 and L4"; sides and places included: "the medial cortex"
is not "the lateral cortex", nor "the L3 endplate" "the endplates of L3 and L4") in the other state -- or stating
present a word the report denies of it -- is contradicted (``aligned-state-conflict``). A subject with a word of part or quantity ("the
other wires", "all the ribs", "the remaining cortex") is left alone: "the other wires are intact" beside "the fifth wire
is fractured" is faithful.
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.answers.negation import NONE, PLAIN
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ABN, K_CONCEPT, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.verdicts import FindingVerdict

NORMAL, NORMAL_SIZE, ABNORMAL, DENIED = "normal", "normal size", "abnormal", "denied"
_SIZE_WORDS = frozenset({"enlarged", "dilated", "distended", "widened", "prominent", "expanded", "ballooned", "bulky",
                         "large", "narrowed", "small", "shrunken"})
# (a conjunction's blanks are tried from the first of their run only: from each blank of a long run the search read
# the rest of the run again, quadratic: "against" + 20,000 blanks took 1.7 s)
_CLAUSE = lazy_compile(r"[;,:]\s*|(?<!\s)\s+(?:and|while|whereas|but)\s+(?=the\s)")
_STATEMENT = lazy_compile(r"\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?((?:[a-z0-9][a-z0-9/-]*\s+){0,7}?"
                          r"[a-z0-9][a-z0-9/-]*)\s+(?:is|are|remains?|appears?|looks?|seems?)\s+(?:still\s+)?(.+)$")
# a subject that is no one thing: a pronoun, a denial, a part or a quantity of a group
_NOT_SUBJECT = lazy_compile(r"\b(?:there|it|this|these|those|that|which|who|what|" + "|".join(PLAIN + NONE) + r"|rest|"
                            r"remainder|remaining|other|others|otherwise|all|each|every|both|some|most|many|several|one|any|either|neither|"
                            r"overall|appearance|appearances|finding|findings|patient|study|image|images)\b")
_GENERIC = lazy_compile(r"(?:(?:grossly|essentially)\s+)?(?:clear|normal|unremarkable)|within normal limits|wnl|"
                        r"appears?\s+normal|no\s+abnormality")
_SIZE_ONLY = lazy_compile(r"size|calib|enlarg|dilat|widen|height|volume|thick|length|diameter")
_TURN = lazy_compile(r"\b(?:but|however|although|though|except|apart|whereas|while|yet|save|besides|aside|than|if|"
                     r"whether|when|or)\b")
_HEDGING = (K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)
_WORDS = lazy_compile(r"[a-z][a-z-]*")
_FUNCTION = frozenset({"the", "a", "an", "its", "their", "of", "and", "adjacent"})
_DENIED_WORDS = lazy_compile(r"not\s+((?:[a-z-]+\s*){1,3}?)\s*(?:$|,|\band\b|\bor\b|\bwith\b|\bon\b|\bin\b)")

State = tuple[str, frozenset[str], int, int]  # (state, denied words, span of the clause in its text)


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


@owner_memo(16384)
def statements(scanner: Scanner, text: str) -> list[tuple[frozenset[str], State]]:
    """The subject statements of ``text`` (see the module docstring): (subject words, (state, denied words, start,
    end)) for each clause that states its subject's state. Memoised per scanner (a benchmark's reports are new, their
    sentences and its chains' steps are not); no caller changes the list."""
    low = lower_text(text)
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(low)] + [len(low)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        m = _STATEMENT.match(low, a, b)
        if m is None or _NOT_SUBJECT.search(m.group(1)) or _TURN.search(low, m.start(2), b):
            continue
        # (its words in any order: "the L3 and L4 endplates" is "the endplates of L3 and L4")
        subject = frozenset(_stem(w) for w in m.group(1).split() if w not in _FUNCTION)
        events = sentence_events(scanner, low[m.start(2):b])
        if not subject or any(e[2] in _HEDGING for e in sentence_events(scanner, low[a:b])):
            continue
        kinds = {e[2] for e in events}
        pred = low[m.start(2):b]
        if pred.startswith("not "):
            d = _DENIED_WORDS.match(pred)
            if d is not None and K_ABN not in kinds:
                out.append((subject, (DENIED, frozenset(_WORDS.findall(d.group(1))), a, b)))
            continue
        if K_NEG_PRE in kinds or K_NEG_POST in kinds:
            continue
        normal = [e for e in events if e[2] == K_NORMAL]
        if normal and K_ABN not in kinds:
            if any(_SIZE_ONLY.search(pred, e[0], e[1] + 16) for e in normal):
                out.append((subject, (NORMAL_SIZE, frozenset(), a, b)))  # ("normal in calibre")
            elif all(_GENERIC.fullmatch(pred[e[0]:e[1]]) for e in normal) and any(
                    e[2] == K_CONCEPT for e in sentence_events(scanner, m.group(1))):
                continue  # ("The lungs are clear": an organ's generic normal word denies what its lexicon row
                # expands to, judged there; "The lungs are hyperinflated" is not denied by it)
            else:
                out.append((subject, (NORMAL, frozenset(), a, b)))
        elif K_ABN in kinds and not normal:
            out.append((subject, (ABNORMAL, frozenset(_WORDS.findall(pred)), a, b)))
    return out


def may_hold(low: str, subject: frozenset[str]) -> bool:
    """Whether some subject of ``statements`` of the lower-case text ``low`` may be ``subject`` (a report subject's
    words): each word of a statement's subject is a run of ``low``'s characters with at most its last "s" off
    (``_stem``), so a subject none of whose words is missing from ``low`` is the only kind it can equal
    (``aligned_gate``)."""
    return all(w in low for w in subject)


@owner_memo(4096)
def report_states(scanner: Scanner, sentences: tuple[tuple[int, str], ...]) -> dict[frozenset[str], State]:
    """The report's subjects stated in one state only, each with its statement (spans in the report)."""
    found: dict[frozenset[str], list[State]] = {}
    for start, text in sentences:
        for subject, (state, words, a, b) in statements(scanner, text):
            found.setdefault(subject, []).append((state, words, start + a, start + b))
    return {k: v[0] for k, v in found.items() if len({x[0] for x in v}) == 1}


def _conflict(mine: State, theirs: State) -> bool:
    if theirs[0] == DENIED:
        return mine[0] == ABNORMAL and bool(theirs[1] & mine[1])
    if {mine[0], theirs[0]} == {NORMAL_SIZE, ABNORMAL}:  # (a size normal against a size word only)
        return bool((mine[1] | theirs[1]) & _SIZE_WORDS)
    return {mine[0], theirs[0]} == {NORMAL, ABNORMAL}


def state_errors(scanner: Scanner, s: StepVerdict, asserted: Sequence[tuple[int, int]],
                 reported: dict[frozenset[str], State], report: str, unit: int) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s subject statements by the report's (see the module docstring)."""
    out = []
    for subject, mine in statements(scanner, s.text):
        theirs = reported.get(subject)
        if theirs is None or not any(x <= mine[2] < y for x, y in asserted) or not _conflict(mine, theirs):
            continue
        out.append(unnamed_conflict(s, (s.text[mine[2]:mine[3]], mine[2], mine[3]),
                                    (report[theirs[2]:theirs[3]], theirs[2], theirs[3]), report,
                                    "aligned-state-conflict", unit, (Polarity.PRESENT, Polarity.PRESENT)))
    return out


__all__ = ["may_hold", "report_states", "state_errors", "statements"]
