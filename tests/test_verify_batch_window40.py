"""A segment's analysis reads nothing past its own end, so a batch (which memoises it on a window) answers as a
cold verifier does.

Why: ``verify_golden.py`` once printed "a verifier in a batch (lines_only=False) differs from one without: 1 ...
retired_blind3_extract.jsonl" (session 40). A generic verb after a bare disease name ("Miliary TB gives tiny
nodules ...") is a definition unless its object points at this image, e.g. by a side further on
(``clause_roles.generic_subject``). That object was read up to 200 characters past the verb, across the segment's
end into the next segment; a batch analyses a segment on a window of the text ending ``AHEAD`` (12) characters past
it (``clauses.py``), so a side beyond the window made the cold verifier read an observation and the batch a
definition. Every hash seed gave the same difference: it was the memo's window, not set order. The object now ends
at its clause's end (a segment start is a clause break).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medstep.verify import Verifier

ROOT = Path(__file__).resolve().parents[1]

# (text, where the second segment starts): the first segment ends inside a sentence whose side comes after the cut,
# more than AHEAD characters on
CASES = [
    ("Miliary TB gives tiny nodules with an appearance in the upper zones of the right lung more than elsewhere.", 35),
    ("Achalasia gives an esophageal mass with air-fluid levels seen behind the heart on the right.", 40),
]


def _analyses(text: str, starts: list[int]) -> list:
    cold = Verifier().extractor.analyse(text, starts, claims_only=True)
    out = [cold]
    for lines_only in (False, True):
        batch = Verifier()
        with batch.batch(lines_only):
            out.append(batch.extractor.analyse(text, starts, claims_only=True))
    return out


@pytest.mark.parametrize("text,cut", CASES)
def test_a_batch_reads_a_segment_cut_inside_a_sentence_as_a_cold_verifier(text, cut):
    assert text[cut - 1] == " " and text[cut] != " "
    cold, batch, lines = _analyses(text, [0, cut])
    assert batch == cold
    assert lines == cold


@pytest.mark.parametrize("text,cut", CASES)
def test_a_segment_reads_nothing_past_its_end(text, cut):
    """The first segment's findings and clauses are those of the text cut at its end (no side after it counts)."""
    whole = Verifier().extractor.analyse(text, [0, cut], claims_only=True)
    alone = Verifier().extractor.analyse(text[:cut], [0], claims_only=True)
    assert whole[0][0] == alone[0][0]
    assert [c[:4] for c in whole[1][0]] == [c[:4] for c in alone[1][0]]


_SCRIPT = r"""
import sys
from medstep.verify import Verifier
text, cut = sys.argv[1], int(sys.argv[2])
cold = Verifier().extractor.analyse(text, [0, cut], claims_only=True)
batch = Verifier()
with batch.batch(False):
    memo = batch.extractor.analyse(text, [0, cut], claims_only=True)
print(repr(cold) == repr(memo), repr(cold))
"""


def test_the_same_under_two_hash_seeds():
    text, cut = CASES[0]
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    runs = {seed: subprocess.run([sys.executable, "-c", _SCRIPT, text, str(cut)], capture_output=True, text=True,
                                 check=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path}).stdout
            for seed in ("0", "1")}
    assert all(r.startswith("True ") for r in runs.values()), runs
    assert runs["0"] == runs["1"]
