"""Wrong readings found in review of choice10's per-option verdicts (review10), one sentence per case; invented
texts. Each read an option the reply had asked again, taken back, or left judged both ways."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"}


def _choice(text: str) -> str | None:
    sample = Sample(id="r10", question="Which finding?", answer="A", answer_type=AnswerType.CHOICE, options=OPTIONS)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, expected", [
    ("A? No. B? No. C? Yes? Hmm, maybe not. D? No.", None),  # asked again, then doubted (read C)
    ("A? No. B? No. C? Yes, but actually no. D? No.", None),  # taken back (read C)
    ("Option A: False. Option B: False. Option C: True? Option D: False.", None),  # the verdict asked (read C)
    ("A: not incorrect\nB: incorrect\nC: correct\nD: incorrect", None),  # A judged right too (read C)
    ("A: ✗\nB: ✓?\nC: ✗\nD: ✗", None),  # the tick questioned (read B, before the session too)
    ("Pneumothorax: ✗\nPleural effusion: ✓?\nCardiomegaly: ✗\nNormal: ✗", None),  # d892d27's text marks (read B)
    ("Pneumothorax: ✗\nPleural effusion: ✓\nCardiomegaly: ✗\nNormal: ✗", "B"),
    ("A? No. B? No. C? Yes. D? No.", "C"),
    ("Option A: False. Option B: False. Option C: True. Option D: False.", "C"),
    ("A: incorrect\nB: not correct\nC: correct\nD: incorrect", "C"),
])
def test_option_verdicts_review10(text: str, expected: str | None) -> None:
    assert _choice(text) == expected
