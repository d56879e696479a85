"""A sized claim is not supported by a narrower finding whose size it does not agree with: "a 9 cm solid lesion"
against a report of cysts up to 14 mm and a 3 cm solid lesion is the 3 cm lesion's size error, not a cyst's support
(verify/verdicts._judge, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_REPORT = ("CT of the abdomen. Several simple cysts measuring up to 14 mm lie in the liver. A 3 cm solid lesion arises "
           "from the lower pole of the transplant kidney.")


def _verdicts(chain: str) -> list[tuple[str, str]]:
    return [(fv.verdict.name, fv.rule) for s in verify(chain, report=_REPORT).steps for fv in s.verdicts
            if fv.finding.concept == "lesion"]


def test_a_narrower_finding_of_another_size_does_not_support_a_sized_claim():
    assert _verdicts("A 9 cm solid lesion arises from the lower pole of the transplant kidney.") == [
        ("CONTRADICTED", "size-conflict")]


def test_a_size_within_the_tolerance_is_still_supported():
    assert _verdicts("A 3 cm solid lesion arises from the lower pole of the transplant kidney.") == [
        ("SUPPORTED", "same-finding")]
    assert _verdicts("A 12 mm lesion arises from the lower pole of the transplant kidney.") == [
        ("SUPPORTED", "narrower-evidence")]
