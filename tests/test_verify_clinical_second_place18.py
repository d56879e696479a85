"""The clinical score compares a finding's second place too (verr18): a tear put in the posterior horn of the other
meniscus was an error of the step verdicts but none of the clinical score, which read only the first place (the horn):
``Finding.location2`` (the meniscus's side) was dropped when a text's findings were merged."""

from medstep.verify import ErrorKind, verify

_REPORT = "MRI of the left knee. Oblique tear of the posterior horn of the medial meniscus. Cruciate ligaments intact."


def test_the_other_menisci_horn_is_a_location_error():
    wrong = verify("An oblique tear involves the posterior horn of the lateral meniscus.", report=_REPORT)
    right = verify("An oblique tear involves the posterior horn of the medial meniscus.", report=_REPORT)
    assert wrong.clinical is not None and right.clinical is not None
    assert wrong.clinical.attribute_errors.get(ErrorKind.LOCATION.value) == 1
    assert not right.clinical.attribute_errors
    assert wrong.clinical.score < right.clinical.score


def test_a_second_place_stated_by_one_side_only_is_no_error():
    v = verify("There is an oblique meniscal tear in the posterior horn.", report=_REPORT)
    assert v.clinical is not None and ErrorKind.LOCATION.value not in v.clinical.attribute_errors
