"""The wrong claims review_verify26 found the session's denial-reach and organ-word rules let through, each caught
again (verify/denial_reach, normals, verdicts.relation, organ_words; issue #8, fixvneg26). Sentences of our own."""

import pytest

from medstep.verify import extract_findings, verify


def _contradicted(chain: str, report: str) -> bool:
    return any(v.verdict.name == "CONTRADICTED" for s in verify(chain, report=report).steps for v in s.verdicts)


def _absent(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity.value == "absent"}


def test_a_telegraphic_list_of_two_findings_denies_both():
    assert {"fracture", "dislocation"} <= _absent("Ankle series. No fracture dislocation.")
    assert {"hemorrhage", "infarct"} <= _absent("No haemorrhage infarct on this head CT.")


@pytest.mark.parametrize(("report", "chain"), [
    ("Shoulder radiograph. No fracture dislocation. Joint space preserved.", "A humeral fracture is seen."),
    ("Head CT. No bleed infarct. Grey-white differentiation kept.", "There is an acute infarct."),
    ("CT head. No haemorrhage mass effect. Sulci normal.", "An intracranial haemorrhage is present."),
    ("CT chest. No consolidation collapse. Airways patent.", "The right upper lobe shows consolidation."),
    ("Aortic CT. No aneurysm dissection. Calibre within limits.", "The aorta is aneurysmal."),
    ("Frontal chest film. No pleural effusion pneumothorax or collapse.", "A left pleural effusion is present."),
])
def test_the_first_item_of_a_telegraphic_list_is_denied(report: str, chain: str):
    assert _contradicted(chain, report)


def test_a_head_taking_a_modifier_still_denies_the_head_only():
    assert "tumor" not in _absent("The portal vein is patent, without tumour thrombus.")
    assert "thrombus" in _absent("The portal vein is patent, without tumour thrombus.")


@pytest.mark.parametrize(("report", "chain"), [
    ("Ultrasound of the right iliac fossa. The appendix is normal 4-5 mm across.", "Acute appendicitis is shown."),
    ("Renal ultrasound. Both kidneys are normal 10-12 cm long.", "There is hydronephrosis on the left."),
    ("Abdominal ultrasound. The spleen is normal up to 12 cm.", "The spleen is enlarged."),
])
def test_an_organ_stated_normal_with_its_measure_is_normal(report: str, chain: str):
    assert _contradicted(chain, report)


def test_a_bracketed_reference_range_is_still_no_normal_statement():
    assert "goiter" not in _absent("Thyroid uptake at 24 hours is 40% (normal 10-30%).")
    assert "goiter" not in _absent("Thyroid uptake is 40%, normal range 10-30%.")


@pytest.mark.parametrize(("report", "chain"), [
    ("CT of the abdomen. The liver is unremarkable, with no focal lesion.", "A hepatic cyst lies in the liver."),
    ("CT abdomen. No lesion is identified in the liver.", "There is a deposit of metastasis in the liver."),
    ("CT. No lesion is identified in the kidneys.", "A cyst is present in the left kidney."),
])
def test_an_organs_denial_reaches_a_claim_named_in_that_organ(report: str, chain: str):
    assert _contradicted(chain, report)


def test_an_organs_denial_still_spares_another_organs_claim():
    assert not _contradicted("A cyst is present in the left kidney.", "CT. No lesion is identified in the liver.")


@pytest.mark.parametrize(("report", "chain"), [
    ("Neck ultrasound. No swollen lymph nodes are seen in the neck.", "Swollen lymph nodes lie in the neck."),
    ("MRCP. No filling defect in the common duct.", "A filling defect lies in the common duct."),
    ("CT. No rupture of the spleen is seen.", "The spleen shows a rupture."),
])
def test_an_organless_word_denied_in_an_organ_is_judged(report: str, chain: str):
    assert _contradicted(chain, report)
