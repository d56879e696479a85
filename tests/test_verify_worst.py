"""Degenerate reasoning chains: the verifier's linear-time rewrites read as the scans they replaced (issues #8, #12).

GRPO rollouts degenerate (a sentence repeated to the token limit, one clause of 50k characters, side after side with
no full stop); each rewrite below replaced a scan that was quadratic on such a chain (``bench_verify_worst.py`` times
them) and is checked here against the old code, kept as the oracle, on random inputs. The end-to-end tests check that
a degenerate chain scores as its short form (or at least gets a finite score), through ``verify`` and the reward
callables as TRL calls them. No timing here: the benchmark measures growth."""

from __future__ import annotations

import math
import random
import re
from types import SimpleNamespace

import pytest

from medstep.rewards import clinical_reward, perception_reward, reasoning_reward
from medstep.verify import verify
from medstep.answers.sites import _SHARED_HEAD, tail_start
from medstep.verify.aligned_sites import _LANDMARK_BEFORE, _MODIFIERS, _blank
from medstep.verify.aligned_words import _stem, _things
from medstep.verify.claim_index import ByStart, ClaimIndex
from medstep.verify.scope_words import _RELATIVE, in_relative_clause

_WORDS = ("a an the its with and of in at on to into within behind above adjacent next close anterior lateral away "
          "separate from displacing level towards left right heart border x-in non-a mid-lung lung 3 , . ( é where "
          "which effusion or / land x,and").split()
_SPACES = (" ", "  ", "\n", "\t", " \n", "\u00a0", "")


def _text(rng: random.Random, most: int = 12) -> str:
    out = "".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randrange(0, most)))
    return rng.choice(_SPACES) + out if rng.random() < 0.3 else out


# --- the oracles: the code each rewrite replaced, as it was ---------------------------------------------------------

def _things_by_scan(low: str, attr_spans: list[tuple[int, int]], not_thing: frozenset[str]) -> set[str]:
    out = set()
    for m in re.finditer(r"[a-z][a-z0-9]*|\d+[a-z][a-z0-9]*", low):
        w = m.group()
        if len(w) > 1 and w not in not_thing:
            at = m.start()
            for a, b in attr_spans:
                if a <= at < b:
                    break
            else:
                out.add(_stem(w))
    return out


def _relative_by_scan(low: str, pos: int) -> bool:
    a = max(low.rfind(c, 0, pos) for c in ".;?!\n,:")
    return _RELATIVE.search(low, max(a + 1, pos - 80), pos) is not None


def test_thing_words_outside_attribute_spans_are_the_scans() -> None:
    rng = random.Random(3)
    not_thing = frozenset({"the", "of", "and", "left"})
    for _ in range(3000):
        low = _text(rng, 20).lower()
        spans = [(a, a + rng.randrange(-3, 15)) for a in (rng.randrange(0, len(low) + 2) for _ in range(rng.randrange(1, 6)))]
        assert _things(low, spans, not_thing) == _things_by_scan(low, spans, not_thing), (low, spans)


def _blank_by_copies(low: str, found: list[tuple[str, int, int]]) -> str:
    for _s, a, b in found:
        low = low[:a] + " " * (b - a) + low[b:]
    return low


def test_sites_blanked_at_once_read_as_blanked_one_by_one() -> None:
    rng = random.Random(4)
    for _ in range(5000):
        low = "".join(rng.choice("ab c\n") for _ in range(rng.randrange(0, 30)))
        found = [("s", a, a + rng.randrange(-2, 8)) for a in (rng.randrange(-2, len(low) + 3) for _ in range(4))]
        for sites in (found, [x for x in found if 0 <= x[1] <= x[2] <= len(low)]):
            assert _blank(low, sites) == _blank_by_copies(low, sites), (low, sites)


def test_relative_clause_looks_back_as_far_as_the_whole_text() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        low = _text(rng, 40).lower()
        for pos in {0, len(low), rng.randrange(0, len(low) + 1)}:
            assert in_relative_clause(low, pos) == _relative_by_scan(low, pos), (low, pos)
    long = "the areas where " + "x" * 200 + " vessels"
    assert in_relative_clause(long, len(long)) is False and in_relative_clause("the areas where the vessels", 27)


def test_patterns_before_a_site_match_from_the_last_words_as_from_the_text_start() -> None:
    """``_MODIFIERS`` spans at most 4 runs of non-space characters, ``_LANDMARK_BEFORE`` 7 ("adjacent to the upper
    level of the") and ``_SHARED_HEAD`` 2 ("transverse and"): searched from ``tail_start``, the same match as in the
    whole text before the site."""
    rng = random.Random(11)
    longest = ["adjacent to the upper level of the ", "away  from its mid level\nof the ", "in the left lower ",
               "x-in mid-lung\u00a0heart border ", "of a b c d "]
    cases = [(t, len(t)) for t in longest] + [(p + t, len(p + t)) for p in ("no ", "the lung ") for t in longest]
    for _ in range(8000):
        t = _text(rng)
        cases.append((t, rng.choice((len(t), rng.randrange(0, len(t) + 1)))))
    for t, at in cases:
        m1, m2 = _MODIFIERS.search(t[:at]), _MODIFIERS.search(t, tail_start(t, at, 4), at)
        assert (m1 and m1.group(1)) == (m2 and m2.group(1)), (t, at)
        assert (_LANDMARK_BEFORE.search(t, 0, at) is None) == (
            _LANDMARK_BEFORE.search(t, tail_start(t, at, 7), at) is None), (t, at)
        h1, h2 = _SHARED_HEAD.search(t, 0, at), _SHARED_HEAD.search(t, tail_start(t, at, 2), at)
        assert (h1 and h1.span(1)) == (h2 and h2.span(1)), (t, at)
    assert _SHARED_HEAD.search("the left transverse and ").group(1) == "transverse"
    assert _LANDMARK_BEFORE.search(longest[0]) and _MODIFIERS.search(longest[2]).group(1) == "the left lower "
    assert tail_start("a b  c ", 7, 2) == 2 and tail_start("abc", 3, 5) == 0 and tail_start("", 0, 1) == 0


def _items(rng: random.Random) -> list[SimpleNamespace]:
    """Claims in text order whose starts may fall back (an abnormal word added at its organ), spans of 0-8."""
    out, at = [], 0
    for _ in range(rng.randrange(0, 14)):
        at = max(0, at + rng.randrange(-6, 12))
        out.append(SimpleNamespace(start=at, end=at + rng.randrange(0, 9), chunk=len(out) // 3))
    return out


def test_claims_found_by_start_are_those_a_scan_finds() -> None:
    rng = random.Random(7)
    for _ in range(600):
        claims = _items(rng)
        index, by = ClaimIndex(claims), ByStart(claims)  # type: ignore[arg-type]
        for pos in range(-2, (claims[-1].end if claims else 0) + 3):
            assert index.next_from(pos) is next((m for m in claims if m.start >= pos), None)
            assert index.next_from(pos, strict=True) is next((m for m in claims if m.start > pos), None)
            assert index.holding(pos) is next((m for m in claims if m.start <= pos < m.end), None)
            for reach in (3, 40):
                assert next((m for m in index.claims_from(pos) if m.start <= pos + reach), None) is next(
                    (m for m in claims if pos <= m.start <= pos + reach), None)
            hi = pos + rng.randrange(-2, 12)
            assert by.any_between(pos, hi) == any(pos <= m.start < hi for m in claims)
            assert by.between(pos, hi) == [m for m in claims if pos <= m.start < hi]


# --- end to end: degenerate chains ---------------------------------------------------------------------------------

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly"}
REPORT = "Small left pleural effusion. No pneumothorax. Heart size is normal."
REFERENCE = ["The left costophrenic angle is blunted by a small effusion.", "There is no pneumothorax."]
SENTENCE = "There is a small left pleural effusion. There is no pneumothorax. "

# the shapes of bench_verify_worst.py, each a function of its repeat count
DEGENERATE = {
    "repeated word": lambda k: "effusion " * k,
    "newlines": lambda k: SENTENCE + "\n" * k + "No pneumothorax.",
    "no punctuation": lambda k: "the left lung shows a small pleural effusion and the right lung shows no pneumothorax "
                                "and " * k,
    "hedges": lambda k: "Possible effusion versus pneumonia or atelectasis, cannot exclude edema; " * k,
    "opening sides": lambda k: "on the right there is an effusion and on the left a 3 cm mass and " * k,
    "displacements": lambda k: "the trachea is displaced to the right by the mass and " * k,
    "number list": lambda k: "1.5, 2.3, 4.0, 12, 7 mm, " * k,
    "markdown wall": lambda k: "## Findings\n**Left lung:** *small* effusion\n- **Right:** clear\n---\n" * k,
    "nested brackets": lambda k: "([{" * k + "no pneumothorax" + "}])" * k,
    "digit string": lambda k: "The nodule measures " + "1" * (20 * k) + " mm.",
    "mixed scripts": lambda k: "There is 左侧 pleural effusion 积液, no 气胸 pneumothorax. " * k,
    "think tags": lambda k: "<think>" * k + "effusion",
}


def _completion(chain: str) -> list[str]:
    return [f"<think>{chain}</think><answer>A</answer>"]


def _columns() -> dict:
    return {"answer": ["A"], "options": [OPTIONS], "report": [REPORT], "reference_steps": [REFERENCE]}


@pytest.mark.parametrize("shape", sorted(DEGENERATE))
def test_a_degenerate_chain_gets_a_finite_score_from_verify_and_each_reward(shape: str) -> None:
    chain = DEGENERATE[shape](120)
    v = verify(chain, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen="A", question="Which finding?")
    assert v.to_json()["steps"] is not None
    assert v.clinical is None or math.isfinite(v.clinical.score)
    for reward in (reasoning_reward, clinical_reward, perception_reward):
        (value,) = reward(None, _completion(chain), **_columns())
        assert value is None or math.isfinite(value), (reward.__name__, value)


def test_a_sentence_repeated_to_the_token_limit_scores_as_said_once() -> None:
    once, again = SENTENCE, SENTENCE * 400
    for reward in (reasoning_reward, clinical_reward, perception_reward):
        short, = reward(None, _completion(once), **_columns())
        assert short is not None and short > 0.5
        assert reward(None, _completion(again), **_columns()) == [short], reward.__name__
    a, b = (verify(c, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen="A") for c in (once, again))
    assert a.clinical is not None and b.clinical is not None and a.clinical.score == b.clinical.score
    assert a.completeness_counts() == b.completeness_counts()


def test_opening_sides_and_displacements_repeated_read_as_repeated_short_forms() -> None:
    """The two shapes whose quadratic scans were rewritten (a later side of a chunk, the claim a displacement's word
    names): the long chain's findings are the short chain's, again and again."""
    for unit in ("On the right there is an effusion, and on the left a 3 cm mass. ",
                 "The trachea is displaced to the right by the mass. "):
        one = verify(unit, report=REPORT).findings
        many = verify(unit * 200, report=REPORT).findings
        assert one and len(many) == 200 * len(one)
        for k in (0, 1, 199):
            for f, g in zip(one, many[k * len(one):(k + 1) * len(one)]):
                assert (g.concept, g.polarity, g.laterality, g.size, g.text) == (
                    f.concept, f.polarity, f.laterality, f.size, f.text)
