"""A finding the chain places at an anatomical site the report never gives it ("a polypoid lesion of the sigmoid colon"
against "... arises from the wall of the ascending colon") is contradicted (verify/aligned_sites, sites.tsv, issue #8,
vsite23). Sentences of our own."""

import pytest

from medstep.verify import verify
from medstep.verify.aligned_sites import read_sites, related, sites_in

_COLON = ("CT of the abdomen. A 2 cm enhancing polypoid lesion arises from the wall of the ascending colon. The liver "
          "and spleen are unremarkable. No free fluid in the pelvis.")
_ANKLE = ("Radiographs of the left ankle. There is a transverse fracture of the lateral malleolus at the level of the "
          "joint line. The medial malleolus is intact.")
_BRAIN = ("MRI of the brain. There is an 11 mm ring-enhancing lesion in the right cerebellar hemisphere with surrounding "
          "oedema. The fourth ventricle is mildly compressed.")
_AIRWAY = "CT of the chest. A smooth 12 mm endobronchial nodule arises in the bronchus intermedius."
_DUCT = "MRCP. Two smooth filling defects lie in the distal common bile duct. The pancreatic duct is not dilated."
_RULE = "aligned-site-conflict"


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_finding_moved_to_another_site_of_the_region():
    for chain, report in (("A 2 cm enhancing polypoid lesion arises from the wall of the sigmoid colon.", _COLON),
                          ("A 2 cm enhancing polypoid lesion arises from the rectum.", _COLON),
                          ("A 2 cm enhancing polypoid lesion sits in the midline pelvis.", _COLON),
                          ("A transverse fracture runs through the tibial plateau at the level of the joint line.",
                           _ANKLE),
                          ("A smooth 12 mm endobronchial nodule arises in the left main bronchus.", _AIRWAY),
                          ("Two smooth filling defects lie in the common hepatic duct.", _DUCT)):
        assert _RULE in _rules(chain, report), chain


def test_the_report_s_site_a_coarser_or_finer_one_or_a_landmark():
    for chain, report in (("There is a 2 cm enhancing polypoid lesion of the ascending colon wall.", _COLON),
                          ("An enhancing polypoid lesion of 2 cm arises in the large bowel.", _COLON),
                          ("A transverse fracture of the lateral malleolus at the joint line, with an intact medial "
                           "malleolus.", _ANKLE),
                          ("A transverse break runs through the distal fibula at the level of the joint line.", _ANKLE),
                          ("A ring-enhancing 11 mm lesion with oedema lies in the cerebellum.", _BRAIN),
                          ("An 11 mm ring-enhancing lesion with oedema lies behind the fourth ventricle.", _BRAIN)):
        assert _RULE not in _rules(chain, report), chain


def test_denied_hedged_or_normal_sites_are_no_claim():
    for chain in ("No polypoid lesion arises from the sigmoid colon.",
                  "A 2 cm enhancing polypoid lesion might arise from the sigmoid colon.",
                  "The sigmoid colon is normal, and a 2 cm enhancing polypoid lesion arises from the ascending colon."):
        assert _RULE not in _rules(chain, _COLON), chain


def test_a_site_the_report_names_as_normal_only_is_still_another_place():
    assert _RULE in _rules("A 2 cm enhancing polypoid lesion arises in the pelvis.", _COLON)
    # (a report sentence opening with a denial places nothing there: "No free fluid in the pelvis.")
    assert _RULE not in _rules("A 2 cm enhancing polypoid lesion arises in the pelvis.",
                               _COLON.replace("No free fluid in the pelvis.", "Free fluid lies in the pelvis."))


def test_sites_of_the_table():
    assert [s for s, _a, _b in sites_in("the left transverse and sigmoid sinuses")] == ["sigmoid_sinus",
                                                                                       "transverse_sinus"]
    assert [s for s, _a, _b in sites_in("the middle and lower lobes")] == ["lower_lobe", "middle_lobe"]
    assert sites_in("the transverse process and the sigmoid notch") == []  # (a name of two places only in full)
    assert related("appendix", "right_lower_quadrant") and related("colon", "sigmoid_colon")
    assert not related("sigmoid_colon", "ascending_colon") and not related("main_bronchus", "bronchus_intermedius")


def test_the_table_refuses_a_name_of_two_sites_and_an_unknown_parent():
    with pytest.raises(ValueError):
        read_sites("a\t-\tgut\nb\t-\tgut\n")
    with pytest.raises(ValueError):
        read_sites("a\tnowhere\tgut\n")


_HIP = ("Radiographs of the pelvis. The right femoral head is flattened and sclerotic, with a thin subchondral lucent "
        "crescent in its lateral part. The left hip is normal.")
_TRACHEA = "CT of the chest. A smooth 9 mm polypoid density sits on the posterior wall of the trachea, 3 cm above the carina."


def test_a_thing_of_no_finding_word_moved_when_three_words_align():
    assert _RULE in _rules("The right femoral head is flattened and sclerotic. A thin subchondral lucent crescent lies "
                           "in the femoral neck.", _HIP)
    for chain in ("The right femoral head is flattened and sclerotic. A thin subchondral lucent crescent lies in its "
                  "lateral part.",
                  "The right femoral head is flattened and sclerotic. A thin subchondral lucent crescent is seen in the "
                  "head of the femur.",
                  "The right femoral head is flattened. A thin subchondral lucent crescent lies close to the femoral "
                  "neck."):
        assert _RULE not in _rules(chain, _HIP), chain


def test_a_report_sentence_with_a_normal_word_and_a_thing_places_its_sites():
    # ("above the carina" is a normal word of a tube's tip; the density is a thing, so the sentence is no normal one)
    assert _RULE in _rules("A smooth 9 mm polypoid density sits in the left main bronchus.", _TRACHEA)
    assert _RULE not in _rules("A smooth 9 mm polypoid density sits on the back wall of the trachea above the carina.",
                               _TRACHEA)


_FIXED = ("Radiographs of the left ankle after fixation. A lateral plate with six screws fixes the distal fibula. "
          "Alignment is anatomical.")
_PACED = ("Chest radiograph. A dual-chamber pacemaker generator lies over the left chest wall with leads in the right "
          "atrium and right ventricle.")


def test_a_device_placed_at_another_site():
    assert _RULE in _rules("A plate with six screws fixes the medial malleolus.", _FIXED)
    assert _RULE in _rules("A dual-chamber pacemaker generator lies over the left chest wall with leads in the left "
                           "ventricle and left atrium.", _PACED)
    for chain, report in (("The fibula is plated laterally with six screws and alignment is anatomical.", _FIXED),
                          ("A lateral plate with six screws fixes the distal fibula.", _FIXED),
                          ("A dual-chamber pacemaker sits over the left chest with leads in the right atrium and right "
                           "ventricle.", _PACED)):
        assert _RULE not in _rules(chain, report), chain


_SELLA = ("MRI of the pituitary. A 14 mm enhancing lesion expands the sella turcica and extends into the right cavernous "
          "sinus. The optic chiasm is not compressed.")
_TUBE = ("Pelvic ultrasound. A 4 cm tubular fluid-filled structure with incomplete septa lies in the right adnexa, arising "
         "from the fallopian tube. The uterus is normal.")


def test_skull_base_and_adnexal_sites():
    assert _RULE in _rules("A 14 mm enhancing lesion expands the right cerebellopontine angle.", _SELLA)
    assert _RULE in _rules("A 4 cm tubular fluid-filled structure with incomplete septa lies within the uterus.", _TUBE)
    for chain, report in (("A 14 mm enhancing lesion in the pituitary fossa reaches the right cavernous sinus.", _SELLA),
                          ("In the right adnexa there is a 4 cm fluid-filled tubular structure with incomplete septa.",
                           _TUBE)):
        assert _RULE not in _rules(chain, report), chain


_RUQ = ("Abdominal ultrasound. In the right upper quadrant, just below the liver, there is a 3.4 cm round structure "
        "with a target appearance of concentric rings.")
_LINE = ("Chest radiograph. A right internal jugular catheter turns laterally, its tip projecting over the right "
         "subclavian vein.")


def test_the_report_sentence_s_landmark_is_no_place_and_over_places():
    # (the liver is where the mass is measured from; the quadrant is its place, and the flexure lies in it)
    ring = "A 3.4 cm round structure with a target appearance of concentric rings lies "
    assert _RULE not in _rules(ring + "at the hepatic flexure.", _RUQ)
    assert _RULE in _rules(ring + "in the sigmoid colon.", _RUQ)
    assert _RULE not in _rules("The right internal jugular catheter tip projects over the subclavian vein.", _LINE)



_WRIST = ("Radiographs of the left wrist. There is a transverse fracture of the distal radial metaphysis with dorsal "
          "angulation. There is an associated undisplaced fracture of the ulnar styloid.")


def test_forearm_parts():
    assert _RULE in _rules("There is an associated undisplaced fracture of the mid ulnar shaft.", _WRIST)
    assert _RULE not in _rules("There is an associated undisplaced fracture at the tip of the ulnar styloid.", _WRIST)


_VENOGRAM = ("CT venogram. An occlusive filling defect expands the right transverse sinus. The superior sagittal sinus and "
             "the straight sinus fill normally.")


def test_a_site_said_to_fill_normally_is_not_the_finding_s():
    assert _RULE in _rules("An occlusive filling defect expands the straight sinus.", _VENOGRAM)
    for chain in ("An occlusive filling defect expands the right transverse sinus, while the superior sagittal sinus "
                  "fills normally.",
                  "An occlusive filling defect expands a dural venous sinus on the right."):
        assert _RULE not in _rules(chain, _VENOGRAM), chain
