"""The clinical error score: counts of false, missed and attribute errors, weighted by significance.

The report pairs below were written for these tests (in the spirit of radiologists' ranking suites,
not copied from one); each asserts an ordering a radiologist would expect.
"""

from __future__ import annotations

import pytest

from medstep.types import MedstepError
from medstep.verify import (
    LABEL_SETS,
    ErrorKind,
    PatientContext,
    Polarity,
    Significance,
    default_verifier,
)

V = default_verifier()


def score(pred: str, truth: str, **ctx) -> float:
    return V.compare_reports(pred, truth, PatientContext(**ctx) if ctx else None).score


def test_perfect_and_normal_reports_score_one() -> None:
    assert score("Small left pleural effusion.", "Small left pleural effusion.") == 1.0
    assert score("The lungs are clear. Heart size is normal.", "No acute cardiopulmonary process.") == 1.0
    # normal statements are never errors by themselves
    assert score("Left upper lobe opacity. No effusion. No pneumothorax.", "Left upper lobe opacity.") == 1.0


def test_more_false_findings_score_lower() -> None:
    one = score("Pneumothorax.", "Cardiomegaly.")
    four = score("Pneumothorax. Pleural effusion. Pulmonary edema. Pneumonia.", "Cardiomegaly.")
    assert 0 < four < one < 1
    errs = V.compare_reports("Pneumothorax. Pleural effusion.", "Cardiomegaly.")
    assert (errs.false_findings, errs.missed_findings, errs.matched) == (2, 1, 0)


def test_worse_errors_score_lower() -> None:
    # missing an urgent finding costs more than missing an actionable one
    assert score("Mild cardiomegaly.", "Tension pneumothorax. Mild cardiomegaly.") < \
        score("Tension pneumothorax.", "Tension pneumothorax. Mild cardiomegaly.")
    # a large severity error on an urgent finding costs more than a small one on an actionable finding
    truth = "Large pneumothorax. Small left pleural effusion."
    assert score("Small pneumothorax. Small left pleural effusion.", truth) < \
        score("Large pneumothorax. Moderate left pleural effusion.", truth)


def test_silence_and_negation_are_the_same_miss() -> None:
    truth = "Right apical pneumothorax. No pleural effusion."
    assert score("No pleural effusion.", truth) == score("The lungs are clear.", truth)


def test_partial_credit_falls_with_attribute_errors_and_stays_above_a_miss() -> None:
    truth = "5 cm mass in the right lung."
    exact = score("Right lung mass measuring 5 cm.", truth)
    wrong_size_and_type = score("2 cm nodule in the right lung.", truth)
    miss = score("Clear lungs.", truth)
    assert exact > wrong_size_and_type > miss
    errs = V.compare_reports("2 cm nodule in the right lung.", truth)
    kinds = {e.kind for e in errs.errors}
    assert {ErrorKind.SIZE, ErrorKind.INTERPRETATION} <= kinds and errs.false_findings == 0


@pytest.mark.parametrize(("closer", "farther", "truth"), [
    ("14 mm right lower lobe nodule.", "20 mm right lower lobe nodule.", "12 mm right lower lobe nodule."),
    ("Bilateral hilar lymphadenopathy.", "Right hilar lymphadenopathy.", "Enlarged bilateral hilar lymph nodes."),
    ("Right lower lobe pneumonia.", "Right lower lobe opacity.", "Pneumonia in the right lower lobe."),
    ("Moderate pleural effusion.", "Small pleural effusion.", "Large pleural effusion."),
    ("Left lower lobe consolidation.", "Right lower lobe consolidation.", "Left lower lobe consolidation."),
])
def test_smaller_attribute_errors_score_higher(closer: str, farther: str, truth: str) -> None:
    assert score(closer, truth) > score(farther, truth)


def test_more_detail_than_the_truth_is_not_an_error() -> None:
    truth = "Pleural effusion. Consolidation."
    assert score("Left pleural effusion. Right lower lobe consolidation.", truth) == score(truth, truth)


def test_patient_context_changes_significance() -> None:
    truth = "Bibasilar atelectasis. Aortic atherosclerosis."
    pred = "Bibasilar atelectasis."
    assert score(pred, truth, age=82, indication="Routine preoperative evaluation") > \
        score(pred, truth, age=25, indication="Chest pain")
    assert V.clinical.significance("rib_fracture", PatientContext(age=3)) is Significance.URGENT
    assert V.clinical.significance("rib_fracture", PatientContext(indication="post CPR")) \
        is Significance.EXPECTED_BENIGN
    assert V.clinical.significance("pneumomediastinum", PatientContext(indication="post sternotomy")) \
        is Significance.EXPECTED_BENIGN


def test_a_reasonable_interpretation_is_free_with_the_indication() -> None:
    truth = "Left lower lobe consolidation."
    with_fever = score("Left lower lobe pneumonia.", truth, indication="Fever and cough")
    without = score("Left lower lobe pneumonia.", truth)
    assert with_fever == 1.0 and without < 1.0


def test_context_from_a_mapping() -> None:
    ctx = PatientContext.from_mapping({"Age": "82 years", "Indication": "routine"})
    assert ctx == PatientContext(82.0, "routine")
    assert PatientContext.from_mapping({}) is None
    assert PatientContext.from_mapping({"age": "unknown"}) == PatientContext(None, None)


def test_json_lists_each_error() -> None:
    d = V.compare_reports("Left pneumothorax.", "Left pleural effusion.").to_json()
    kinds = sorted(e["kind"] for e in d["errors"])
    assert kinds == ["false_finding", "missed_finding"] and 0 < d["score"] < 1
    assert d["weighted"]["false"] == 1.0  # a pneumothorax is urgent


def test_report_labels_in_public_label_sets() -> None:
    report = ("Small right pleural effusion. No pneumothorax. Possible right lower lobe pneumonia. "
              "Tension pneumothorax is not seen. Calcified granuloma.")
    labels = V.report_labels(report)
    assert labels["Effusion"] is Polarity.PRESENT and labels["Pneumothorax"] is Polarity.ABSENT
    assert labels["Pneumonia"] is Polarity.UNCERTAIN and labels["Cardiomegaly"] is None
    assert set(labels) == set(LABEL_SETS["chestxray14"])
    chexpert = V.report_labels("The lungs are clear. A right internal jugular catheter is seen.", "chexpert")
    assert chexpert["No Finding"] is Polarity.PRESENT and chexpert["Support Devices"] is Polarity.PRESENT
    assert chexpert["Consolidation"] is Polarity.ABSENT
    assert V.report_labels("Mild cardiomegaly.", "chexpert")["No Finding"] is Polarity.ABSENT
    with pytest.raises(MedstepError, match="unknown label set"):
        V.report_labels("x", "mimic")


def test_two_findings_that_can_coexist_are_not_one() -> None:
    # pneumothorax and effusion share a narrower concept (hydropneumothorax) but are two findings
    errs = V.compare_reports("Right pneumothorax and a right pleural effusion.", "Right pneumothorax.")
    assert errs.false_findings == 1 and [e.concept for e in errs.errors] == ["pleural_effusion"]


def test_a_vaguer_mention_folded_into_a_diagnosis_still_describes_the_truth() -> None:
    truth = "Consolidation in the right middle lobe, consistent with pneumonia."
    right = V.compare_reports("Airspace opacity in the right lower zone, consistent with pneumonia.", truth)
    wrong_side = V.compare_reports("Airspace opacity in the left lower zone, consistent with pneumonia.", truth)
    assert right.missed_findings == 0 and right.false_findings == 0
    assert wrong_side.score < right.score and wrong_side.attribute_errors.get("laterality") == 1


def test_zone_and_lobe_words_agree_where_they_overlap_on_a_frontal_film() -> None:
    from medstep.verify.lexicon import locations_conflict

    assert not locations_conflict("lower zone", "middle lobe") and not locations_conflict("base", "lower lobe")
    assert locations_conflict("apex", "lower lobe") and locations_conflict("upper lobe", "lower lobe")
    assert locations_conflict("base", "upper zone")
    same = score("Right basilar consolidation.", "Right lower lobe consolidation.")
    other = score("Right apical consolidation.", "Right lower lobe consolidation.")
    assert same == 1.0 and other < same
