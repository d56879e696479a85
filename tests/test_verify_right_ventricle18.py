"""The right ventricle as an organ with a size (verr18). "The right ventricle is dilated" and "the right ventricle is
normal in size" read nothing (the chamber was only a place for a catheter tip), so a chain that called a strained
ventricle normal said nothing the verifier could check. Sentences of our own."""

from medstep.verify import extract_findings, verify


def _read(text: str) -> dict[str, str]:
    return {f.concept: f.polarity.value for f in extract_findings(text) if f.category == "finding"}


def test_the_right_ventricles_size_is_read():
    assert _read("The right ventricle is dilated.") == {"right_heart_enlargement": "present"}
    assert _read("The right ventricle is normal in size.") == {"right_heart_enlargement": "absent"}
    assert _read("Dilated right ventricle with flattening of the septum.")["right_heart_enlargement"] == "present"
    assert _read("Features of right heart strain.") == {"right_heart_strain": "present"}


def test_a_normal_right_ventricle_contradicts_a_dilated_one():
    report = "Saddle embolus. The right ventricle is enlarged, RV/LV ratio 1.5, with septal flattening."
    assert verify("The right ventricle is normal in size.", report=report).has_contradiction
    assert not verify("The right ventricle is enlarged, with a flattened septum.", report=report).has_contradiction
    # strain is a kind of the enlargement: a chain that names it agrees with the report
    assert not verify("There is right ventricular strain.", report=report).has_contradiction


def test_a_catheter_in_the_right_ventricle_is_still_a_catheter():
    assert _read("The catheter tip lies in the right ventricle.") == {}
    assert any(f.concept == "catheter" for f in extract_findings("The catheter tip lies in the right ventricle."))
