"""Lay and terse wordings of faithful paraphrases that a reader did not connect to the report (vlay26, issue #8).

Each family is a wording a faithful chain used for a report's finding that matched nothing (or a different,
unrelated concept), so the paraphrase lost completeness to a chain that copied the report's terms: a replaced
joint called artificial (or a replacement joint, a THA), nodes called big, a vein called blocked, clots carried to
the lungs, a central line named by the neck or groin vein it enters, bones called thin, an organ bigger than
normal, a cyst behind the knee, an aorta that has split, and a TIPS that is a stent (a device, as any stent is).
The texts are written for these tests; each family has a guard that a nearby wording which is not the finding
stays unread or unsupported.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from support.verify_claims import claims, verdicts


def _recalled(report: str, chain: str) -> bool:
    v = verify(chain, report=report, reference=[report])
    return all(u.recalled for u in v.reference_units)


@pytest.mark.parametrize(("report", "chain"), [
    # a replaced joint by its lay name, with or without a side inside the phrase
    ("A right knee arthroplasty is in satisfactory position.", "The artificial right knee sits well."),
    ("A left hip prosthesis is noted.", "Her artificial left hip is in place."),
    ("Status post shoulder arthroplasty.", "The shoulder has been replaced."),
    ("Right total knee arthroplasty without loosening.", "Right TKA in good position."),
    ("A left hip hemiarthroplasty is in place.", "The replacement joint on the left is unchanged."),
    # nodes in lay size words
    ("There is no axillary lymphadenopathy.", "No big glands in the armpit."),
    # clots carried to the lungs
    ("Multiple pulmonary emboli are present.", "There are clots in the lung arteries."),
    # thin bones are osteopenic
    ("The skeleton is diffusely osteopenic.", "Her bones are generally thin."),
    # a central line named by where it goes in
    ("A left internal jugular central venous catheter terminates in the SVC.",
     "The line from the left side of the neck ends in the SVC."),
    ("A right femoral central venous catheter is in place.", "The line put into the right groin vein is in place."),
    # bigger than normal is enlarged, whatever organ "enlarged" names
    ("The spleen is enlarged at 16 cm.", "The spleen is bigger than normal."),
    ("The thyroid gland is enlarged.", "The thyroid is larger than usual."),
    # a popliteal cyst by where it lies
    ("No popliteal cyst is seen.", "There is no cyst behind the knee."),
    # a dissection in lay words, the aorta named
    ("There is a dissection of the descending aorta.", "The aorta has split along its descending part."),
    # a TIPS is a stent
    ("The TIPS stent is patent with normal velocities.", "The TIPS shunt is open."),
    ("A stent is present.", "A TIPS shunt is present."),
])
def test_lay_wording_recalls_the_report_finding(report: str, chain: str) -> None:
    assert _recalled(report, chain)


def test_a_blocked_deep_vein_is_a_clot() -> None:
    assert claims("The deep veins of the calf are blocked.").get("dvt") == "present"
    assert claims("The deep veins of the calf are not blocked.").get("dvt") == "absent"


@pytest.mark.parametrize(("text", "concept"), [
    # "big" sizes a node, not whatever sits next to the word
    ("A big effusion lies beside the glands.", "lymphadenopathy"),
    ("There is a big mass in the liver.", "hepatomegaly"),
    # an artificial valve or lens is no orthopaedic hardware
    ("An artificial heart valve is seen.", "orthopedic_hardware"),
    ("She has an artificial lens in the left eye.", "orthopedic_hardware"),
    # a thin part of a bone is no thin skeleton
    ("A thin rim of bone surrounds the cyst.", "osteopenia"),
    ("The cortex of the tibia is thin over the lesion.", "osteopenia"),
    # a torn aorta after trauma is a transection, not a dissection
    ("After the crash the worry is a torn aorta.", "aortic_dissection"),
    # a line in the groin crease is no catheter without the vein or the line itself
    ("There is a fold line in the groin crease.", "central_venous_catheter"),
    # a blocked bowel is no vessel clot
    ("The small bowel loops look blocked.", "thrombus"),
])
def test_nearby_wording_is_not_the_finding(text: str, concept: str) -> None:
    assert concept not in claims(text)


def test_a_tips_is_not_supported_by_another_stent_alone() -> None:
    # the report's stent is broader than a TIPS: a chain's TIPS claim is not confirmed by it
    assert verdicts("A TIPS shunt is present.", "A biliary stent is in place.").get("tips") != "supported"
