"""vlay27 (issue #8): lay size words of any organ ("the spleen is big")."""

from medstep.verify import verify


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


def test_lay_big_names_any_organs_enlargement():
    assert ("splenomegaly", "present", "supported") in [g for g in _verdicts("The spleen is big.", "CT. Splenomegaly.")]
    assert ("splenomegaly", "present", "contradicted") in [
        g for g in _verdicts("The spleen is big.", "CT. The spleen is normal in size.")]
    assert ("prostatomegaly", "present", "supported") in [
        g for g in _verdicts("The prostate looks big.", "US. Enlarged prostate.")]


def test_a_big_lump_in_an_organ_is_no_enlarged_organ():
    got = _verdicts("There is a big lump in the liver.", "CT. A large mass in the liver; normal liver size.")
    assert "hepatomegaly" not in [g[0] for g in got]
    got = _verdicts("There is a big stone in the left kidney.", "CT. A large left renal calculus.")
    assert "hydronephrosis" not in [g[0] for g in got]


def test_lay_change_verb_shrunk_is_a_change_not_a_collapse():
    got = _verdicts("The cyst has shrunk since the last scan.", "CT. The cyst is smaller than before.")
    assert ("cyst", "present", "supported") in got
    assert "atelectasis" not in [g[0] for g in got]
    assert "atelectasis" in [g[0] for g in _verdicts("The right lower lobe has shrunk.", "CXR. Right lower lobe collapse.")]


def test_lay_ballooned_ventricles_and_stretched_pumping_chamber():
    assert ("hydrocephalus", "present", "supported") in _verdicts(
        "The fluid spaces in the middle of the brain have ballooned.", "CT head. Dilated lateral ventricles: hydrocephalus.")
    assert ("hydrocephalus", "present", "contradicted") in _verdicts(
        "The fluid spaces in the middle of the brain have ballooned.", "CT head. The ventricles are normal in size.")
    assert ("left_ventricular_enlargement", "present", "supported") in _verdicts(
        "The main pumping chamber has stretched.", "Cardiac MRI. The left ventricle is dilated.")


def test_lay_effaced_cisterns_and_aortic_bulge():
    assert ("cisternal_effacement", "present", "supported") in _verdicts(
        "The fluid spaces at the base of the brain are squeezed shut.", "CT head. The basal cisterns are effaced.")
    assert ("cisternal_effacement", "present", "contradicted") in _verdicts(
        "The fluid spaces at the base of the brain are squeezed shut.", "CT head. The basal cisterns are patent.")
    assert ("aortic_aneurysm", "present", "supported") in _verdicts(
        "The main artery in the belly has a broad bulge.", "CT. A 5.5 cm infrarenal aortic aneurysm.")
    assert ("aortic_aneurysm", "present", "contradicted") in _verdicts(
        "The aorta has a broad bulge.", "CT. The aorta is normal in calibre.")
    assert "aortic_aneurysm" not in [g[0] for g in _verdicts("There is a disc bulge at L4-5.", "MRI. L4-5 disc bulge.")]


def test_lay_heart_artery_ureter_and_prostate_names():
    assert ("stenosis", "present", "supported") in _verdicts(
        "The artery running down the front of the heart is narrowed.", "CT coronary angiogram. Severe proximal LAD stenosis.")
    assert ("prostatomegaly", "present", "supported") in _verdicts("The gland under the bladder is big.", "US. Enlarged prostate.")
    assert ("prostatomegaly", "present", "contradicted") in _verdicts(
        "The gland under the bladder is big.", "US. The prostate is normal in size.")


def test_denied_shrinking_of_the_chest_is_no_collapse_and_a_shrunk_kidney_is_atrophic():
    assert ("atelectasis", "absent", "supported") in _verdicts("The space has not shrunk.", "CXR. There is no volume loss.")
    assert "atelectasis" not in [g[0] for g in _verdicts("The cyst has not shrunk.", "CT. The cyst is unchanged.")]
    assert ("renal_atrophy", "present", "supported") in _verdicts("The left kidney has shrunk.", "CT. Left renal atrophy.")
