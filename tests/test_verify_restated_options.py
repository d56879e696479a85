"""A chain that only denies the other options and picks one has restated the answer key (issue #8, verify11).

Why: "There is no <option B>. There is no <option C>. There is no <option D>. Answer: A" scored the clinical credit of
a faithful chain on 36 of 92 development cases (at or above the median faithful chain): option evidence marks the
distractors absent, so each denial was "supported", and the chosen option gave the finding.
"""

import pytest

from medstep.verify import verify

REPORT = "PA chest radiograph. Small right apical pneumothorax, 1.5 cm rim. No pleural effusion. Heart normal."
OPTIONS = {"A": "Right pneumothorax", "B": "Bulla", "C": "Pleural effusion", "D": "Cardiomegaly"}


def _v(chain: str):
    return verify(chain, report=REPORT, options=OPTIONS, chosen="A", gold="A", option_evidence=True)


def test_denying_every_other_option_is_not_an_observation() -> None:
    v = _v("There is no bulla. There is no pleural effusion. There is no cardiomegaly. Answer: A")
    assert v.committed is False


@pytest.mark.parametrize("chain", [
    "Small right apical pneumothorax with a 1.5 cm rim. No pleural effusion. Heart normal. Answer: A",
    "R apical PTX, small. No effusion. A.",
])
def test_a_chain_that_observes_is_committed(chain: str) -> None:
    assert _v(chain).committed is True
