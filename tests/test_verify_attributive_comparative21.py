"""A comparative after an indefinite article tells one finding from another ("A smaller filling defect in a left upper
lobe artery" after the right-sided ones): no change since an earlier study, so a report without one still compares
with nothing, and a chain's invented "unchanged from the CT of last year" is contradicted (verify/scope_words.
attributive_comparative, verify/no_comparison, issue #8, verr21). Sentences of our own."""

from medstep.verify import extract_findings, verify

_CTPA = ("CT pulmonary angiogram. Acute filling defects lie in the right lower lobe segmental arteries. A smaller filling "
         "defect lies in a left upper lobe segmental artery. There are no chronic features such as webs.")


def _changes(text: str) -> list[str | None]:
    return [f.change for f in extract_findings(text) if f.concept == "thrombus"]


def test_a_comparative_that_tells_findings_apart_is_no_change():
    assert _changes("A smaller filling defect lies in a left upper lobe segmental artery.") == [None]
    assert _changes("A smaller filling defect than on the previous CT lies in a left upper lobe artery.") == ["improved"]
    assert _changes("The filling defect in the left upper lobe artery is smaller.") == ["improved"]


def test_an_invented_comparison_against_a_report_comparing_nothing():
    chain = "Filling defects lie in the right lower lobe segmental arteries, unchanged from the previous CT."
    assert "change-without-prior" in [v.rule for s in verify(chain, report=_CTPA).steps for v in s.verdicts]
    faithful = "Filling defects lie in the right lower lobe segmental arteries, and a smaller one in the left upper lobe."
    assert "change-without-prior" not in [v.rule for s in verify(faithful, report=_CTPA).steps for v in s.verdicts]
