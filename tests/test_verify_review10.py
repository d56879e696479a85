"""Verifier readings found in review of session 10 (review10), one sentence per case; invented texts.

Why: a lay phrase of b27d98c ("not getting air") read a patient's breathlessness as a collapsed lung, an invented
finding charged to a faithful chain; and a faithful chain in plain clinical words ("The right upper lobe has
collapsed, pulling the trachea to the right.") missed both findings and scored below the same chain in lay words.
"""

import pytest

from medstep.verify import Polarity, extract_findings, verify


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("The right upper lobe has collapsed.", "atelectasis", Polarity.PRESENT),
    ("The collapsed lobe is pulling the trachea to the right.", "tracheal_deviation", Polarity.PRESENT),
    ("The effusion is not pushing the trachea.", "tracheal_deviation", Polarity.ABSENT),
])
def test_a_clinical_phrase_reads_as_its_finding(text: str, concept: str, polarity: Polarity) -> None:
    found = {f.concept: f.polarity for f in extract_findings(text)}
    assert found.get(concept) is polarity, found


def test_breathlessness_is_no_collapsed_lung() -> None:
    assert "atelectasis" not in {f.concept for f in extract_findings("The patient is not getting air.")}


def test_a_faithful_clinical_chain_misses_nothing_the_lay_one_finds() -> None:
    report = "Right upper lobe collapse with the trachea pulled to the right. No pneumothorax."
    v = verify("The right upper lobe has collapsed, pulling the trachea to the right. No pneumothorax.", report=report)
    assert v.clinical is not None and v.clinical.missed_findings == 0, v.clinical.errors
