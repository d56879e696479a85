"""Throughput of ``medstep.extract.extract`` against a naive baseline, same process.

Run: ``python benchmarks/bench_extract.py [--seconds 1.0]``

Workload: a fixed mix of typical outputs (tagged, boxed, "The answer is",
long option-by-option chains of thought of ~1.5 kB, yes/no prose, open
answers). The baseline is the same extractor with the regular expressions
compiled per call (``re.purge()`` then recompiling every pattern of the
extract modules), which is what an implementation without import-time
compilation pays. Printed: extractions/s of both and their ratio.

A second comparison isolates the design choice inside ``locate``: finding
the last "final answer" phrase by keyword anchors (``split._last_phrase``)
versus scanning the whole text with one case-insensitive regex and keeping
the last match (the obvious implementation).
"""

from __future__ import annotations

import argparse
import re
import time

from medstep.extract import choice, closed, core, extract, split
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"}
CHOICE = Sample(id="c", question="Finding?", answer="C", answer_type=AnswerType.CHOICE, options=OPTIONS)
CLOSED = Sample(id="y", question="Free air?", answer="no", answer_type=AnswerType.CLOSED)
OPEN = Sample(id="o", question="Organ?", answer="liver", answer_type=AnswerType.OPEN)

_COT = (
    "Let us go through the options one by one. The film is a PA chest radiograph of adequate "
    "inspiration. A. Pneumothorax: no visceral pleural line is visible and lung markings extend to "
    "the periphery on both sides, so this is unlikely. B. Pleural effusion: both costophrenic angles "
    "are sharp and there is no meniscus sign. C. Cardiomegaly: the transverse cardiac diameter is "
    "more than half of the internal thoracic diameter. D. Normal study: not compatible with the "
    "enlarged silhouette. "
) * 2

WORKLOAD: list[tuple[str, Sample]] = [
    ("<think>" + _COT + "</think>\n<answer>C</answer>", CHOICE),
    (_COT + "Therefore, the answer is C.", CHOICE),
    (_COT + "Taking everything together, C is the correct answer.", CHOICE),
    ("The cardiothoracic ratio is increased.\n\n\\boxed{C}", CHOICE),
    ("C", CHOICE),
    ("No, there is no free air under the diaphragm.", CLOSED),
    ("No pleural effusion. No pneumothorax. Final answer: yes", CLOSED),
    ("<think>The lesion lies in segment VII.</think><answer>The liver.</answer>", OPEN),
    ("The hypodense mass is in the liver. The answer is the liver.", OPEN),
]

_MODULES = (split, choice, closed, core)

# The obvious single-regex version of the final-answer phrase search.
_SCAN_PHRASE = re.compile(
    r"""(?ix)
    (?:\b(?:so\s+|thus\s+|therefore,?\s+|hence,?\s+)?(?:the|my|our)\s+)?
    (?:\bfinal\s+(?:answer|diagnosis|choice)
      | \b(?:correct|best|right|most\s+(?:likely|appropriate)|final)\s+(?:answer|option|choice)
      | \banswer(?:\s+to\s+(?:this|the)\s+question)?)
    \**\s*(?:(?:is|would\s+be|should\s+be|will\s+be)\s*(?:\**\s*[:：])?|[:：]|\s[-–—]\s)
    """
)


def _scan_last_phrase(body: str) -> tuple[int, int] | None:
    last = None
    for last in _SCAN_PHRASE.finditer(body):
        pass
    return None if last is None else (last.start(), last.end())


def _naive_extract(text: str, sample: Sample):
    """Baseline: pay for compiling every pattern on each call, then extract."""
    re.purge()
    for module in _MODULES:
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                re.compile(value.pattern, value.flags)
    return extract(text, sample)


def _rate(fn, seconds: float, items=WORKLOAD) -> float:
    done, start = 0, time.perf_counter()
    while True:
        for item in items:
            fn(*item)
        done += len(items)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="time budget per variant")
    args = parser.parse_args()
    for text, sample in WORKLOAD:  # same answers from both paths before timing anything
        assert _naive_extract(text, sample) == extract(text, sample)
    fast = _rate(extract, args.seconds)
    naive = _rate(_naive_extract, args.seconds)
    print(f"extract (precompiled):   {fast:12,.0f} extractions/s")
    print(f"baseline (compile/call): {naive:12,.0f} extractions/s")
    print(f"speed-up: {fast / naive:.1f}x")
    bodies = [(text,) for text, _ in WORKLOAD]
    for (body,) in bodies:  # both find the same phrase end (the answer starts there)
        a, b = split._last_phrase(body), _scan_last_phrase(body)
        assert (a and a[1]) == (b and b[1]), body[:60]
    anchored = _rate(split._last_phrase, args.seconds, bodies)
    scanned = _rate(_scan_last_phrase, args.seconds, bodies)
    print(f"last phrase, keyword-anchored: {anchored:12,.0f} texts/s")
    print(f"last phrase, whole-text regex: {scanned:12,.0f} texts/s")
    print(f"speed-up: {anchored / scanned:.1f}x")


if __name__ == "__main__":
    main()
