"""Attributes and normal statements around a finding named with its organ or by an adjective (issue #8, vpara16).
Each case is a sentence of our own for a general mechanism.

A broad finding named with its organ ("fracture of the left clavicle") hid every kind of it from a normal statement
("the ribs are intact" said nothing of rib fractures); an adjective finding on another finding's noun ("a 6 cm
cavitated mass") took the noun's size; "..., which is fine" judging a placement called the organ before it normal.
"""

from medstep.verify import extract_findings
from medstep.verify.findings import Polarity


def test_a_broad_finding_named_with_its_organ_yields_only_that_organs_kind_to_a_normal_statement():
    found = {(f.concept, f.polarity) for f in extract_findings("Fracture of the left clavicle. The ribs are intact.")}
    assert ("rib_fracture", Polarity.ABSENT) in found


def test_an_adjective_finding_leaves_the_size_and_place_to_its_noun():
    found = {f.concept: f for f in extract_findings("A 6 cm cavitated mass in the left upper lobe.")}
    assert found["cavitation"].size is None and found["mass"].size == 60.0
    assert found["mass"].laterality == "left"


def test_which_is_fine_judges_the_statement_not_the_organ():
    assert [f.concept for f in extract_findings("The tube tip sits in the trachea, which is fine.")
            if f.category == "finding"] == []
