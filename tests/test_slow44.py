"""Linear reads of the verifier's super-linear pieces left after session 43 (issue #12, lane slow44): each rewrite reads
every input as before (the old reading kept here as the oracle, on random inputs of the tokens it turns on), and the
hostile shapes grow linearly (measured on a fresh text at each call, so that neither size is served from the
verifier's caches).

* ``textmarks.last_of`` (``scope_passes.bracketed`` / ``outside``, ``mentions._opens_clause``,
  ``far_places.fronted_run``): ``str.rfind`` back to the last bracket or mark scanned to the text's start on a text
  with none ("too fast for " * 6,000);
* ``clause_roles.SubjectWindow``: each subject cue ("does not explain", "gives", "requires") was handed every earlier
  mention of its clause ("Cardiomegaly does not explain the normal chest radiograph, " * 5,000);
* ``relative_sides.names_relative`` and the sentence's end after a place label (``mentions._opens_clause``, with
  ``textmarks.next_of``): each label searched on to the end of a text without a full stop ("Left base: " * 2,000);
* ``adjective_runs.coordinate``: the words between a side and the next claim split before the comma they need
  was looked for (the same labels: the text to the claim at its end split once per side);
* ``defined._States``: whether the report states a defining finding, asked of every finding with a definition,
  scanned all the report's findings ("nodule mass " * 1,664 as the report: 3.5 s -> 0.28 s);
* ``change_level.persisting_yields``: "persist" looked for in the whole text once per clause (8,000 lines of
  "Left base: clear, with an effusion on the other side.").
"""

from __future__ import annotations

import itertools
import random
import re
from types import SimpleNamespace

from support.timing import Grown, reads_linearly

from medstep.textmarks import last_of, next_of
from medstep.verify import verify
from medstep.verify import change_level
from medstep.verify.change_level import _CONTRAST_COMPARATIVE, _DIRECTIONS, _HELD_DIRECTION, _SEEN
from medstep.verify.clause_roles import SubjectWindow, generic_subject, reject_subject, task_subject
from medstep.verify.adjective_runs import _COORDINATE, _NOT_ADJECTIVES, coordinate
from medstep.verify.defined import _side_ok, _States
from medstep.verify.findings import Finding, Polarity
from medstep.verify.mentions import Mention
from medstep.verify.relative_sides import _RELATIVE, names_relative
from medstep.verify.scope_passes import bracketed, outside

MARK_TOKENS = ["(", ")", ".", ";", ":", "!", "?", "\n", "a", " ", "nor", "x" * 300, " " * 600, "é"]


def _texts(seed: int, count: int, tokens: list[str], most: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(0, most))) for _ in range(count)]


def test_last_of_reads_as_rfind() -> None:
    rng = random.Random(44)
    for text in _texts(44, 6000, MARK_TOKENS):
        for chars in ("(", ")", ".;:!?\n", ".;!?\n"):
            for _ in range(4):
                pos = rng.randint(-len(text) - 5, len(text) + 5)
                assert last_of(text, chars, pos) == max(text.rfind(c, 0, pos) for c in chars), (text, chars, pos)


def test_next_of_reads_as_find() -> None:
    rng = random.Random(48)
    for text in _texts(48, 6000, MARK_TOKENS):
        for chars in (".;!?\n", "("):
            for _ in range(4):
                pos = rng.randint(0, len(text) + 5)
                found = [i for i in (text.find(c, pos) for c in chars) if i >= 0]
                assert next_of(text, chars, pos) == (min(found) if found else -1), (text, chars, pos)


RELATIVE_TOKENS = ["other side", "other sides", "the other", "side", "opposite side", "contralateral", "ipsilateral",
                   "same side", "same", "left", " ", ".", "\n", "x" * 40, "a" * 90, "s", "-"]


def test_names_relative_reads_as_before() -> None:
    rng = random.Random(49)
    for low in _texts(49, 4000, RELATIVE_TOKENS, 20):
        for _ in range(6):
            start = rng.randint(0, len(low))
            end = rng.choice((-1, rng.randint(start, len(low))))
            old = _RELATIVE.search(low, start, len(low) if end < 0 else end) is not None
            assert names_relative(low, start, end) == old, (low, start, end)


def _old_coordinate(low: str, pos: int, end: int, start: int) -> bool:
    words = low[end:start].split()
    return _COORDINATE.fullmatch(low, end, start) is not None and _NOT_ADJECTIVES.isdisjoint(words) \
        and not any(w.endswith("ing") for w in words) and not low.endswith("the ", 0, pos)


def test_coordinate_reads_as_before() -> None:
    rng = random.Random(50)
    tokens = ["left", "the", "bilateral", ",", " ", "  ", "fairly", "symmetric", "and", "coarse", "indicating", "3"]
    for low in _texts(50, 6000, tokens, 12):
        for _ in range(4):
            pos = rng.randint(0, len(low))
            end = rng.randint(pos, len(low))
            start = rng.randint(end, len(low))
            assert coordinate(low, pos, end, start) == _old_coordinate(low, pos, end, start), (low, pos, end, start)


def _old_finding_states(findings: list[Finding], concepts: dict, parent: Finding, cid: str, present: bool) -> bool:
    """``defined._finding_states`` before slow44: every finding scanned for each question."""
    c = concepts[cid]
    for g in findings:
        if g is parent or (g.polarity is Polarity.ABSENT) == present:
            continue
        if (g.concept == cid or g.concept in c.descendants or g.narrow == cid) and _side_ok(parent, g):
            return True
    return False


def test_the_report_states_as_before() -> None:
    rng = random.Random(51)
    concepts = {"mass": SimpleNamespace(descendants=frozenset({"nodule", "tumour"})),
                "nodule": SimpleNamespace(descendants=frozenset()), "tumour": SimpleNamespace(descendants=frozenset()),
                "effusion": SimpleNamespace(descendants=frozenset())}
    for _ in range(3000):
        findings = []
        for k in range(rng.randint(0, 8)):
            f = Finding(rng.choice(list(concepts)), "x", "finding", rng.choice(list(Polarity)), "x", k, k + 1,
                        laterality=rng.choice((None, "left", "right", "bilateral")))
            f.narrow = rng.choice((None, None, "nodule", "tumour"))
            findings.append(f)
        if findings and rng.random() < 0.3:
            findings.append(rng.choice(findings))  # one finding twice in the list
        states = _States(findings, concepts)
        for _ in range(6):
            parent = rng.choice(findings) if findings and rng.random() < 0.8 else Finding(
                "mass", "x", "finding", Polarity.PRESENT, "x", 0, 1, laterality=rng.choice((None, "left")))
            cid, present = rng.choice(list(concepts)), rng.random() < 0.5
            assert states.states(parent, cid, present) == _old_finding_states(findings, concepts, parent, cid, present)


def _old_bracketed(low: str, pos: int, trigger: str = "") -> bool:
    return trigger != "nor" and low.rfind("(", 0, pos) > low.rfind(")", 0, pos)


def _old_outside(low: str, pre: tuple, outer: tuple | None) -> tuple | None:
    if outer is None or outer is pre or outer[3] >= low.rfind("(", 0, pre[3]):
        return None
    return outer


def test_bracket_reads_read_as_before() -> None:
    rng = random.Random(45)
    for low in _texts(45, 4000, MARK_TOKENS):
        for _ in range(4):
            pos, trigger = rng.randint(0, len(low)), rng.choice(("", "no", "nor"))
            assert bracketed(low, pos, trigger) == _old_bracketed(low, pos, trigger), (low, pos)
            pre = (None, "no", (), rng.randint(0, len(low)))
            outer = rng.choice((None, pre, (None, "no", (), rng.randint(-1, len(low)))))
            assert outside(low, pre, outer) == _old_outside(low, pre, outer), (low, pre, outer)


def _old_persisting_yields(events: list, starts: list[int], low: str) -> list:
    """``persisting_yields`` before slow44 (the early return asked of the whole text)."""
    if not low or "persist" not in low:
        return events
    out = []
    for k, e in enumerate(events):
        if e[2] and e[2][0] == ("change", "stable") and low.startswith("persist", e[0]):
            nxt = next((x for x in events[k + 1:] if x[2] and x[2][0][0] == "change"), None)
            if nxt is not None and nxt[2][0] in _DIRECTIONS and not any(e[3] <= s < nxt[0] for s in starts) \
                    and not _HELD_DIRECTION.search(low, max(0, nxt[0] - 24), nxt[0]) \
                    and not _SEEN.match(low, nxt[0], min(len(low), nxt[3] + 16)):
                continue
            turn = _CONTRAST_COMPARATIVE.match(low, e[3])
            if turn is not None and (nxt is None or nxt[0] >= turn.end()) \
                    and not any(e[3] <= s < turn.end() for s in starts):
                continue
        out.append(e)
    return out


CHANGE_TOKENS = ["persists", "persistent", "persisting", "smaller", "larger", "less", "more", "but", "no", "not",
                 "effusion", "conspicuous", "the", ".", ",", "and", "has", "increased", "stable"]
CHANGE_ATTRS = [(), (("change", "stable"),), (("change", "improved"),), (("change", "worsened"),),
                (("laterality", "left"),), (("severity", "mild"),)]


def test_persisting_yields_reads_as_before() -> None:
    rng = random.Random(46)
    for _ in range(6000):
        words = [rng.choice(CHANGE_TOKENS) for _ in range(rng.randint(0, 16))]
        low = " ".join(words)
        spots = [m.span() for m in re.finditer(r"\S+", low)]
        picked = sorted(rng.sample(spots, min(len(spots), rng.randint(0, 6))))
        events = [(a, rng.randint(0, 2), rng.choice(CHANGE_ATTRS), b) for a, b in picked]
        starts = sorted(rng.sample([a for a, _ in spots], min(len(spots), rng.randint(0, 3))))
        assert change_level.persisting_yields(events, starts, low) == _old_persisting_yields(events, starts, low), (
            low, events, starts)


SUBJECT_TOKENS = ["pneumonia", "the", "a", "evaluating", "treatment", "and", " ", ",", ".", "(c)", "(", "x" * 120,
                  "does not explain", "gives", "miliary", "tb", "nodules", "left"]


def _mentions(rng: random.Random, low: str) -> list[Mention]:
    """Mentions at word starts, partly out of order (as a finding made when its organ comes is appended)."""
    starts = [m.start() for m in re.finditer(r"[a-z]+", low)]
    chosen = sorted(rng.sample(starts, min(len(starts), rng.randint(0, 12))))
    for _ in range(rng.randint(0, 2)):
        if len(chosen) > 1:
            i, j = sorted(rng.sample(range(len(chosen)), 2))
            chosen[i], chosen[j] = chosen[j], chosen[i]
    return [Mention(rng.choice(("pneumonia", "tuberculosis", "lungs")), s, s + 3, 0, ()) for s in chosen]


def test_a_subject_cue_reads_the_same_mentions() -> None:
    rng = random.Random(47)
    for _ in range(3000):
        low = " ".join(rng.choice(SUBJECT_TOKENS) for _ in range(rng.randint(0, 40)))
        old, new = _mentions(random.Random(len(low)), low), _mentions(random.Random(len(low)), low)
        first = rng.randint(0, len(old))
        window = SubjectWindow(new, first)
        for _ in range(rng.randint(1, 4)):  # several cues of one clause, the window kept between them
            at = rng.randint(0, len(low))
            after = rng.randint(-1, at)
            mine = new[first:]
            assert task_subject(old[first:], low, after, at) == task_subject(window.since(after, at), low, after, at)
            assert generic_subject(old[first:], low, after, at) == generic_subject(window.since(after, at), low,
                                                                                   after, at)
            reject_subject(old[first:], low, after, at)
            reject_subject(window.since(after, at), low, after, at)
            assert [m.dropped for m in old] == [m.dropped for m in new], (low, after, at)
            assert mine == new[first:]
            if rng.random() < 0.5:  # the clause goes on: a later mention, maybe one placed before the cue
                s = rng.randint(max(0, at - 250), len(low))
                old.append(Mention("pneumonia", s, s + 3, 0, ()))
                new.append(Mention("pneumonia", s, s + 3, 0, ()))


def _bracket_reads(low: str) -> None:
    for pos in range(0, len(low), 8):
        bracketed(low, pos, "no")
        last_of(low, ".;:!?\n", pos)


def test_the_bracket_and_mark_reads_are_linear_without_marks() -> None:
    reads_linearly(_bracket_reads, Grown(lambda n: "too fast for " * n, 20000))  # main: 0.009 s -> 0.81 s (x86)


def _subject_reads(n: int) -> None:
    window, mentions = None, []
    for k in range(n):  # a clause of n rejected subjects: "pneumonia does not explain ... , " * n
        mentions.append(Mention("pneumonia", 60 * k, 60 * k + 9, 0, ()))
        window = window or SubjectWindow(mentions, 0)
        reject_subject(window.since(60 * k - 2, 60 * k + 10), "", 60 * k - 2, 60 * k + 10)


def test_subject_cues_read_linearly() -> None:
    reads_linearly(_subject_reads, Grown(lambda n: n, 20000))  # main: 0.074 s -> 8.6 s (x116)


def _persisting_reads(n: int) -> None:
    low = "left base: clear, with an effusion on the other side.\n" * n + "it persists."
    for k in range(n):  # once per line's clause, each with an event of its own
        change_level.persisting_yields([(54 * k, 0, (("laterality", "left"),), 54 * k + 4)], [], low)


def test_the_persisting_check_reads_linearly() -> None:
    reads_linearly(_persisting_reads, Grown(lambda n: n, 4000))  # the whole text asked each time: quadratic


_FRESH = itertools.count()


def _fresh(unit: str, count: int, tail: str = "") -> Grown[str]:
    """``unit * count + tail`` behind a number never used before: each call reads a new text (no cache serves it)."""
    return Grown(lambda n: f"{next(_FRESH)}. " + unit * n + tail, count)


def test_the_hostile_texts_verify_linearly() -> None:
    reads_linearly(lambda text: verify(text + "pneumonia.", report="No pneumonia."), _fresh("too fast for ", 12000))
    reads_linearly(lambda text: verify(text, report="The lungs are clear."),
                   _fresh("Cardiomegaly does not explain the normal chest radiograph, ", 2000, "Normal."))
