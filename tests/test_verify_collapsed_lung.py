"""A whole lung called collapsed beside a pneumothorax is the pneumothorax's lung (issue #8, verify10).

Why: "the left lung has collapsed" was read as atelectasis only, so a faithful lay chain describing a left
pneumothorax was contradicted by a distractor's "left lower lobe collapse" (one-error dev 3, P10), and a
report's "right lung collapsed towards the hilum" stood apart from the chain's pneumothorax in the clinical score.
A lobe's collapse, a denied one and one on the other side stay atelectasis.
"""

from medstep.verify import Verdict, verify

REPORT = "Large left tension pneumothorax with mediastinal shift to the right. No pleural effusion."
OPTIONS = {"A": "Left tension pneumothorax", "B": "Left lower lobe collapse", "C": "Right pleural effusion"}


def _concepts(chain: str, report: str = REPORT) -> set[tuple[str, str | None]]:
    v = verify(chain, report=report, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    return {(f.concept, f.laterality) for f in v.findings if f.polarity.value == "present"}


def test_a_collapsed_lung_beside_a_pneumothorax_is_the_pneumothorax() -> None:
    chain = "Air has leaked around the left lung and the left lung has collapsed. Answer: A"
    v = verify(chain, report=REPORT, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    assert v.steps[0].verdict is Verdict.SUPPORTED
    assert ("atelectasis", "left") not in {(f.concept, f.laterality) for f in v.findings}


def test_a_collapsed_lobe_or_the_other_lung_stays_atelectasis() -> None:
    assert ("atelectasis", "left") in _concepts("Left pneumothorax. The left lower lobe has collapsed.")
    assert ("atelectasis", "right") in _concepts("Left pneumothorax. The right lung has collapsed.")
    assert ("atelectasis", "left") in _concepts("The left lung has collapsed.")  # no pneumothorax named


def test_the_reports_collapsed_lung_counts_as_the_pneumothorax_in_the_clinical_score() -> None:
    report = "Large right pneumothorax with the right lung collapsed towards the hilum. Left lung clear."
    v = verify("There is a large right pneumothorax. The left lung is clear.", report=report)
    assert v.clinical is not None and not [e for e in v.clinical.errors if e.concept == "atelectasis"]


def test_a_collapsed_lung_beside_a_denied_pneumothorax_is_one_error() -> None:
    # verify11: the chain's collapse was atelectasis (no pneumothorax of its own to re-read it by), so the
    # denial cost a missed pneumothorax and the collapse a false atelectasis besides: one error charged twice
    report = "Large right pneumothorax with collapse of the right lung."
    v = verify("The right lung is collapsed. No pneumothorax.", report=report)
    assert v.clinical is not None and [e.concept for e in v.clinical.errors] == ["pneumothorax"]
    assert v.errors[0] == 1
