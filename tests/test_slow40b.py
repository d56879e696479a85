"""No recursion per repeated unit of a reply (lane slow40b): a looping rollout of exclusions ("It is not pneumonia. "
x 1,800) or of declines of another question ("I can't advise on treatment. " x 1,400), and a JSON object nested some
hundreds deep, raised RecursionError, because each exclusion, decline or level of the object was one more recursion
(``open_reader.read_open``, ``other_question.without_other_refusals``, ``replywords._flatten``, ``open_json._answering``,
and ``json`` itself past its depth). Each is now walked in a loop; the recursive versions are kept here as the oracles,
on random texts of the tokens they turn on, and the hostile shapes are read without an exception under a recursion
limit far below their depth (and a generous CPU bound: the timings are bench_extract_worst's)."""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from medstep.extract import extract, open_json, replywords
from medstep.extract.choice import Reading
from medstep.extract.open_reader import _read_level, _ReadOn, read_open
from medstep.extract.other_question import (
    _after_opening_decline,
    _without_later_refusals,
    opens_with_answer,
    without_other_refusals,
)
from medstep.extract.open_refusal import first_sentence
from medstep.extract.refusal import is_refusal
from medstep.extract.split import Located, locate
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
SAMPLES = [
    Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN),
    Sample(id="w", question="What is the most likely diagnosis?", answer="pneumonia", answer_type=AnswerType.OPEN),
    Sample(id="w", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED),
    Sample(
        id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS
    ),
]
OPEN = SAMPLES[0]


def _depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1  # type: ignore[assignment]
    return depth


@contextmanager
def _shallow(frames: int = 200) -> Iterator[None]:
    """A recursion limit ``frames`` above the caller's depth: far below a chain of some hundreds read by recursion."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(_depth() + frames)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def _read_hostile(text: str, sample: Sample, cpu: float, frames: int = 200) -> None:
    extract(text[:200], sample)  # the lazily compiled patterns compiled before the limit is lowered
    start = time.process_time()
    with _shallow(frames):
        extract(text, sample)
    assert time.process_time() - start < cpu


# --- read_open: main's recursion (read_open -> _after_exclusion / _revised -> read_open), over the same levels.
def _recursive_read_open(loc: Located, sample: Sample) -> Reading:
    step = _read_level(loc, sample)
    if not isinstance(step, _ReadOn):
        return step
    return step.finish(_recursive_read_open(replace(loc, answer=step.rest, marker=None), sample))


EXCLUSION_TOKENS = [
    "It is not ",
    "Not ",
    "not ",
    "This isn't ",
    "It does not look like ",
    "I don't think this is ",
    "Rather than ",
    "Neither ",
    " nor ",
    "no es ",
    "不是",
    " is ruled out",
    " is unlikely",
    "pneumonia",
    "pneumothorax",
    "atelectasis",
    "a fracture",
    "the liver",
    "enlarged",
    "Actually, wait — ",
    "Actually, ",
    "On second thought, ",
    "The answer is ",
    "Final answer: ",
    "**Answer:** ",
    "## Final Response\n",
    "Impression: ",
    ". ",
    ", ",
    "; ",
    "\n",
    " but ",
    " or ",
    " vs ",
    "? ",
    "given the clear lungs",
    "The prior CT showed ",
    "left",
    "Not sure, but ",
    "most likely ",
    "could be ",
    "—",
    "(",
    ")",
    "Diagnosis: ",
    '{"answer": "effusion"}',
]


def test_read_open_walks_the_chain_as_the_recursion_did() -> None:
    rng = random.Random(40)
    chained = 0
    for i in range(600):
        text = "".join(rng.choice(EXCLUSION_TOKENS) for _ in range(rng.randint(1, 30)))
        sample = SAMPLES[i % 3]
        loc = locate(text)
        chained += isinstance(_read_level(loc, sample), _ReadOn)
        assert read_open(loc, sample) == _recursive_read_open(loc, sample), text
    assert chained > 60  # the texts do reach the chain


def test_exclusion_chains_read_without_recursion() -> None:
    for unit in ("It is not pneumonia. ", "not pneumothorax, not ", "Neither A nor B. "):
        text = unit * (3000 // len(unit))  # 140-180 exclusions: 280-360 frames nested before, 100 allowed here
        _read_hostile(text, OPEN, 30.0, frames=100)
    assert extract("It is not pneumonia. " * 150 + "It is atelectasis.", OPEN).answer == "atelectasis"


# --- other_question.without_other_refusals: main's recursion over opening declines.
def _recursive_without(region: str, asked: str, open_answer: bool) -> str | None:
    body = region.strip()
    opening = _after_opening_decline(body, asked)
    if opening is not None:
        rest = body[opening:].lstrip(" \t\n.!?;,")
        kept = (_recursive_without(rest, asked, open_answer) or rest) if rest else ""
        if not kept or is_refusal(kept) or not opens_with_answer(first_sentence(kept), asked, open_answer):
            return None
        return kept
    return _without_later_refusals(body, asked, open_answer)


DECLINE_TOKENS = [
    "I can't advise on treatment",
    "I cannot comment on management",
    "I'm not in a position to advise surgery",
    "We can't recommend follow-up",
    "Sorry, I can't say what the prognosis is",
    "I can't diagnose this",
    ", but ",
    ". ",
    "; ",
    "\n",
    " and ",
    " or ",
    "yes",
    "Yes, there is a fracture",
    "no",
    "pneumonia",
    "There is a right pneumothorax",
    "The abnormality is a pneumothorax",
    " though",
    "Difficult case",
    "?",
]


def test_declines_walked_as_the_recursion_did() -> None:
    rng = random.Random(41)
    opened = 0
    for i in range(2000):
        text = "".join(rng.choice(DECLINE_TOKENS) for _ in range(rng.randint(1, 14)))
        asked, open_answer = ("What abnormality is shown?", True) if i % 2 else ("Is there a fracture?", False)
        opened += _after_opening_decline(text.strip(), asked) is not None
        assert without_other_refusals(text, asked, open_answer) == _recursive_without(text, asked, open_answer), text
    assert opened > 100


def test_decline_chains_read_without_recursion() -> None:
    text = "I can't advise on treatment. " * 1400  # 40,000 characters: RecursionError before
    for sample in SAMPLES:
        _read_hostile(text, sample, 20.0)
        _read_hostile(text + "Yes, there is.", sample, 20.0)
    assert extract(text + "Yes, there is.", SAMPLES[2]).answer == "yes"


# --- JSON: main's recursive _flatten and _answering / _text.
def _recursive_flatten(obj: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    if isinstance(obj, replywords._Pairs):
        return [p for k, v in obj for p in _recursive_flatten(v, (*path, str(k)))]
    if isinstance(obj, dict):
        return [p for k, v in obj.items() for p in _recursive_flatten(v, (*path, str(k)))]
    return [(path, obj)]


def _recursive_text(value: object, question: str, candidates: bool = True) -> str | None:
    if isinstance(value, dict):
        return _recursive_answering(value, "")
    return open_json._text(value, question, candidates)


def _recursive_answering(obj: dict[str, object], question: str) -> str | None:
    keys = {open_json._key(k): v for k, v in obj.items()}
    asked = set(open_json._WORD.findall(question.lower()))
    for word in list(asked):
        asked.update(open_json._ASKED_KEYS.get(word, ()))
    for accept in (
        lambda k: (
            k in replywords.ANSWER_KEYS or k.replace(" ", "_") in replywords.ANSWER_KEYS or replywords.is_answer_key(k)
        ),
        lambda k: k in open_json.CONCLUSION_KEYS,
        lambda k: bool(k) and all(w in asked or w.rstrip("s") in asked for w in k.split()),
    ):
        values = [_recursive_text(value, question) for key, value in keys.items() if accept(key)]
        if values:
            said = list(dict.fromkeys(v for v in values if v))
            return " or ".join(said) if len(said) > 1 else values[0]
    return None


KEYS = ["answer", "final_answer", "diagnosis", "organ", "location", "reasoning", "confidence", "x", "findings", "side"]
VALUES = ["pneumonia", "liver", "left", "", "yes", 3, 1.5, True, None, ["liver", "spleen"], ["a"], []]


def _random_object(rng: random.Random, depth: int) -> dict[str, object]:
    return {
        rng.choice(KEYS): (_random_object(rng, depth - 1) if depth and rng.random() < 0.4 else rng.choice(VALUES))
        for _ in range(rng.randint(0, 4))
    }


def test_json_objects_read_as_the_recursion_did() -> None:
    rng = random.Random(42)
    asked = ["What organ is abnormal?", "Where is the lesion?", "What is the diagnosis?", ""]
    for i in range(3000):
        obj = _random_object(rng, 6)
        question = asked[i % len(asked)]
        assert open_json._answering(obj, question) == _recursive_answering(obj, question), (obj, question)
        pairs = json.loads(json.dumps(obj), object_pairs_hook=replywords._Pairs)
        assert replywords._flatten(pairs) == _recursive_flatten(pairs)
        assert replywords._flatten(obj) == _recursive_flatten(obj)


def test_deep_json_read_without_recursion() -> None:
    for depth in (300, 900, 3000):  # 3,000: past json's own depth, which raised from replywords' reader
        for key in ("a", "answer"):
            text = f'{{"{key}": ' * depth + '"pneumonia"' + "}" * depth
            for sample in SAMPLES:
                _read_hostile(text, sample, 20.0)
    list_nest = '{"answer": ' + "[" * 5000 + '"x"' + "]" * 5000 + "}"
    for sample in SAMPLES:
        _read_hostile(list_nest, sample, 20.0)
