"""The clinical score compares a finding's second place too (verr18): two findings in the same third of a bone whose
fragments tilt opposite ways, or the same horn of the other meniscus, were an error of the step verdicts but none of
the clinical score, which read only the first place (``Finding.location2`` was dropped when a text's findings were
merged). Compared here on findings as the extractor gives them, so the test does not depend on how a sentence is read.
"""

from medstep.verify import ErrorKind, Finding, Polarity, default_verifier


def _fracture(location2: str | None) -> Finding:
    return Finding("fracture", "Fracture", "finding", Polarity.PRESENT, "fracture", 0, 8, laterality="left",
                   location="distal third", location2=location2)


def test_a_second_place_on_the_same_axis_that_differs_is_a_location_error():
    scorer = default_verifier().clinical
    truth = [_fracture("dorsal")]
    wrong = scorer.compare([_fracture("volar")], truth)
    right = scorer.compare([_fracture("dorsal")], truth)
    assert wrong.attribute_errors.get(ErrorKind.LOCATION.value) == 1
    assert not right.attribute_errors
    assert wrong.score < right.score


def test_a_second_place_stated_by_one_side_only_is_no_error():
    scorer = default_verifier().clinical
    assert not scorer.compare([_fracture(None)], [_fracture("dorsal")]).attribute_errors
