""""non-calcified" is the absence of calcification (issue #8, verify11).

Why: "non-calcified" was read as "calcified" (the prefix is no trigger, "calcified nodule" is a granuloma), so a
faithful terse chain "RUL nodule 2.3 cm, spiculated, non-calcified" paid a false calcification (retired blind 8
V3: RadRScore 0.410 against 0.958 for the same chain without the word).
"""

import pytest

from medstep.verify import Verdict, verify
from medstep.verify.verifier import extract_findings


@pytest.mark.parametrize("text", ["A non-calcified nodule.", "A noncalcified nodule.", "An uncalcified nodule.",
                                  "It is non-calcified."])
def test_non_calcified_is_no_calcification(text: str) -> None:
    found = {(f.concept, f.polarity.value) for f in extract_findings(text)}
    assert ("calcification", "absent") in found
    assert not {c for c, p in found if p == "present" and c in ("calcification", "granuloma")}


def test_a_calcified_nodule_is_still_a_granuloma() -> None:
    assert [(f.concept, f.polarity.value) for f in extract_findings("A calcified nodule.")] == [("granuloma", "present")]


def test_a_non_calcified_nodule_is_judged_against_the_report() -> None:
    assert verify("A non-calcified nodule in the right upper lobe.",
                  report="Non-calcified 8 mm nodule in the right upper lobe.").steps[0].verdict is Verdict.SUPPORTED
    assert verify("A non-calcified nodule in the right upper lobe.",
                  report="Calcified nodule in the right upper lobe, a granuloma.").steps[0].verdict is Verdict.CONTRADICTED
