"""The neck of a long bone is its proximal third (the femur, humerus, radius: concepts.tsv bone_neck places), and a
finding named of an organ whose words name a place, or right after it ("radial neck fracture"), lies there, whatever
the finding (verify/scope_passes.organ_specific; issue #8, verr19). Sentences of our own."""

from medstep.verify import extract_findings, verify


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(f.concept, f.location) for f in extract_findings(text) if f.category == "finding"]


def test_a_fracture_of_a_bone_neck_lies_in_its_proximal_third():
    assert ("fracture", "proximal third") in _places("A fracture through the neck of the humerus.")
    assert ("fracture", "proximal third") in _places("Radial neck fracture, undisplaced.")
    assert any(loc == "proximal third" for _c, loc in _places("There is an oblique fracture across the radial neck."))
    assert ("meniscal_tear", "lateral side") in _places("Lateral meniscus tear.") or \
        ("ligament_tear", "lateral side") in _places("Lateral meniscus tear.")


def test_a_neck_fracture_against_a_shaft_fracture_is_a_place_conflict():
    report = "Forearm radiographs. A fracture of the middle third of the radial shaft. The elbow is congruent."
    wrong = verify("There is an undisplaced fracture of the radial neck.", report=report)
    assert any(v.rule == "location-conflict" for s in wrong.steps for v in s.verdicts)
    right = verify("There is an undisplaced fracture of the mid shaft of the radius.", report=report)
    assert not any(s.verdict.value == "contradicted" for s in right.steps)


def test_an_organ_named_before_a_finding_far_from_it_gives_no_place():
    # the organ starts another clause: "the radial neck is intact, a fracture ..." places nothing
    assert ("fracture", "proximal third") not in _places("The radial neck is intact and a fracture runs through the "
                                                         "distal third of the ulna.")
