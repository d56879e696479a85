"""The standard findings of imaging besides the plain film, by modality family (issue #8, vfresh25): nuclear uptake,
venous duplex, the contrast swallow and MRI of an extra-axial mass; and a bleeding disorder, which is no bleed. Each
family is tested on organs and cases other than the ones that showed the gap. Test texts written for this file."""

from __future__ import annotations

import pytest
from support.verify_claims import claims as _claims, verdicts as _verdicts


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    # nuclear medicine: a nodule by its function, the rest of the gland suppressed
    ("Scintigraphy shows a hot nodule in the upper pole of the left lobe.", "hot_nodule", "present"),
    ("There is a hyperfunctioning nodule in the isthmus.", "hot_nodule", "present"),
    ("A cold nodule occupies the mid left lobe.", "cold_nodule", "present"),
    ("The dominant nodule is photopenic nodule territory: a hypofunctioning nodule.", "cold_nodule", "present"),
    ("A warm nodule is seen at the right lower pole.", "thyroid_nodule", "present"),
    ("Tracer uptake in the remainder of the left lobe is suppressed.", "suppressed_uptake", "present"),
    ("The bone scan shows a focus of increased uptake in the left sacral ala.", "focal_uptake", "present"),
    ("A hot spot lies in the right fifth rib.", "focal_uptake", "present"),
    ("There is suppression of the rest of the gland.", "suppressed_uptake", "present"),
    # venous duplex: a vein that will not compress holds clot
    ("The right popliteal vein is non-compressible.", "dvt", "present"),
    ("The left basilic and cephalic veins will not compress under the probe.", "thrombus", "present"),
    ("She has a deep vein clot in the right calf.", "dvt", "present"),
    ("There is a non-occlusive thrombus in the internal jugular vein.", "thrombus", "present"),
    # contrast swallow and enema
    ("A contrast-filled pouch arises from the distal oesophagus.", "diverticulosis", "present"),
    ("There is hold-up of barium at the gastro-oesophageal junction.", "contrast_holdup", "present"),
    ("Free reflux of barium reaches the level of the aortic arch.", "gastroesophageal_reflux", "present"),
    ("There is no laryngeal penetration.", "laryngeal_penetration", "absent"),
    # MRI of an extra-axial mass
    ("A dural-based mass lies along the falx.", "brain_tumor", "present"),
    ("The adjacent sphenoid wing shows hyperostosis.", "hyperostosis", "present"),
    ("This is a tumour of the brain lining.", "meningioma", "present"),
])
def test_modality_finding_is_read(text: str, concept: str, polarity: str) -> None:
    assert _claims(text).get(concept) == polarity


def test_a_thyroid_hot_nodule_is_no_lung_nodule() -> None:
    assert "pulmonary_nodule" not in _claims("A hot nodule sits in the right lobe of the thyroid.")


def test_normal_uptake_claims_no_suppression() -> None:
    assert "suppressed_uptake" not in _claims("Salivary gland uptake is normal.")
    assert "suppressed_uptake" not in _claims("Tracer uptake is diffusely increased in both lobes.")


def test_fat_suppressed_images_are_no_finding() -> None:
    assert "suppressed_uptake" not in _claims("Fat-suppressed images show marrow oedema in the talus.")



def test_a_focus_of_uptake_on_the_wrong_side_is_contradicted() -> None:
    report = "Bone scintigraphy shows an intensely avid focus in the right femoral neck."
    assert _verdicts("There is an avid focus in the left femoral neck.", report).get("focal_uptake") == "contradicted"




def test_a_bleeding_disorder_is_no_bleed() -> None:
    report = "Blood-stained fluid was drawn from the knee; she has no known bleeding disorder."
    found = _claims(report)
    assert found.get("coagulopathy") == "absent" and "hemorrhage" not in found
    assert _verdicts("There is bleeding into the joint.", report).get("hemorrhage") != "contradicted"
