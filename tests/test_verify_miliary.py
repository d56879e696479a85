"""A miliary pattern is a nodule pattern, "no larger nodules" leaves the small ones standing, and "paratracheal node
enlargement" is mediastinal lymphadenopathy (issue #8, verify11).

Why: retired blind 9 Z6's good chain ("innumerable tiny nodules ... no larger nodules or masses ... mild right
paratracheal node enlargement ... This is a miliary pattern.") scored RadRScore 0.396 and clinical 0.2, below four
one-error chains: "miliary pattern" read as tuberculosis (a false finding), "no larger nodules" withdrew the nodules
it had just named, and the node enlargement was read as nothing.
"""

from medstep.verify import verify
from medstep.verify.verifier import extract_findings

REPORT = ("Innumerable tiny nodules, 1-3 mm, throughout both lungs. No larger nodules or masses. Mild right "
          "paratracheal lymph node enlargement. No pleural effusion.")


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity.value == "present"}


def test_a_miliary_pattern_is_nodules_not_tuberculosis() -> None:
    assert _present("This is a miliary pattern.") == {"pulmonary_nodule"}
    assert "tuberculosis" in _present("Miliary tuberculosis.")


def test_paratracheal_node_enlargement_is_mediastinal_lymphadenopathy() -> None:
    assert "mediastinal_lymphadenopathy" in _present("Mild right paratracheal node enlargement.")


def test_no_larger_nodules_does_not_withdraw_the_small_ones() -> None:
    chain = ("Both lungs hold innumerable tiny 1-3 mm nodules. There are no larger nodules or masses. Mild right "
             "paratracheal node enlargement, no effusion. This is a miliary pattern.")
    v = verify(chain, report=REPORT)
    assert not v.has_contradiction
    assert v.clinical is not None and not [e for e in v.clinical.errors if e.concept == "pulmonary_nodule"]


def test_an_old_healed_infection_scar_is_a_granuloma() -> None:
    # verify11: one-error dev 3 P9's lay chain paid a false infection and scar (RadRScore 0.303 -> 0.933)
    assert _present("This is an old healed infection scar.") == {"granuloma"}
