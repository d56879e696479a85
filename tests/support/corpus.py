"""The labelled extraction corpus (benchmarks/corpus), loaded once for the table-driven tests."""

from __future__ import annotations

import sys
from pathlib import Path

_CORPUS_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus"
if str(_CORPUS_DIR) not in sys.path:
    sys.path.insert(0, str(_CORPUS_DIR))

import items  # noqa: E402  (benchmarks/corpus/items.py: loading and label judging, shared with the benchmark)

DEV = items.load(items.DEV)
HELDOUT = items.load(items.HELDOUT) + items.load(items.HELDOUT2) + items.load(items.HELDOUT3)
CORPUS = DEV + HELDOUT
