"""vlay27 (issue #8): a chain's claim of the patient's background that the report's history section states is
shown supported as context and never counted (``verify/history.py``)."""

from medstep.verify import verify
from medstep.verify.history import history_text


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str, str, bool | None]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value, fv.rule, fv.consistent)
            for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


_MI = "Clinical history: previous myocardial infarction. Findings: thinned apical wall of the left ventricle."


def test_history_text_ends_at_the_next_header():
    assert history_text(_MI) == "previous myocardial infarction."
    assert history_text("INDICATION: known lymphoma.\nCT chest: enlarged nodes.") == "known lymphoma."
    assert history_text("Comparison: none. Technique: axial images. Findings: normal.") == ""
    assert history_text("Findings: the lungs are clear.") == ""


def test_a_claim_the_history_states_is_supported_and_not_counted():
    got = _verdicts("The patient has had a heart attack in the past.", _MI)
    assert ("myocardial_infarction", "present", "supported", "report-history", None) in got


def test_a_history_claim_the_report_does_not_give_stays_unverifiable():
    got = _verdicts("The patient has had a heart attack in the past.",
                    "Clinical history: chest pain. Findings: thinned apical wall of the left ventricle.")
    assert [g for g in got if g[0] == "myocardial_infarction"][0][2] == "unverifiable"


def test_history_in_the_findings_only_is_no_history_section():
    got = _verdicts("The patient has had a heart attack in the past.",
                    "Findings: thinned apical wall; the patient is said to have chest pain.")
    assert all(g[3] != "report-history" for g in got)


def test_an_image_denial_still_contradicts_a_history_claim():
    report = "History: prior pulmonary embolism. Findings: no pulmonary embolism."
    got = _verdicts("There is a pulmonary embolism.", report)
    assert [g[2] for g in got if g[0] == "pulmonary_embolism"] == ["contradicted"]


def test_restating_the_history_earns_no_clinical_credit():
    report = "Clinical history: known breast cancer. Findings: several liver metastases."
    only = verify("She has known breast cancer.", report=report)
    assert [fv.rule for s in only.steps for fv in s.verdicts] == ["report-history"]
    assert only.factuality_counts() == (0, 0)
