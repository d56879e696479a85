"""The verifier's reading outside the chest, second round (issue #8, vread18): stones called calculi, a hollow
organ's wall thickened, the collateral ligaments apart from the cruciates, lay words for the shapes of bleeds in the
head. Each case is a sentence of our own for a general reading, not a corpus phrasing."""

from medstep.verify import extract_findings
from support.verify_claims import claims as _claims, verdicts as _verdicts


def test_a_calculus_is_the_stone_of_the_organ_it_lies_in():
    assert _claims("A 9 mm calculus sits in the lower pole of the right kidney.") == {"kidney_stone": "present"}
    assert _claims("The gallbladder contains innumerable small calculi.") == {"cholelithiasis": "present"}
    assert _claims("No calculi in the common bile duct.") == {"choledocholithiasis": "absent"}
    # the bladder's own stone, no kidney stone (vocab41: a chain's kidney stone took support from it)
    assert _claims("There is a 2 cm calculus within the urinary bladder.") == {"bladder_stone": "present"}


def test_a_stone_with_no_organ_near_is_the_one_stone_holding_system_the_case_names():
    renal = "Renal ultrasound: a 6 mm shadowing calculus in the interpolar region of the left kidney. No hydronephrosis."
    assert _verdicts("A calculus is present.", renal) == {"kidney_stone": "supported"}
    assert _verdicts("No calculi are seen.", renal) == {"kidney_stone": "contradicted"}
    biliary = "Gallbladder ultrasound: several mobile calculi layering dependently. Wall thickness normal."
    assert _verdicts("Several stones are seen.", biliary) == {"cholelithiasis": "supported"}
    assert _verdicts("There are no stones.", biliary) == {"cholelithiasis": "contradicted"}


def test_a_thickened_wall_is_the_finding_of_the_organ_whose_wall_it_is():
    acute = "Ultrasound: gallstones, a gallbladder wall thickened to 6 mm and a little pericholecystic fluid."
    assert _verdicts("The gallbladder wall is thickened.", acute)["gallbladder_wall_thickening"] == "supported"
    calm = "Ultrasound: gallstones. The gallbladder wall is not thickened. No cholecystitis."
    assert _verdicts("The wall of the gallbladder looks thickened.", calm)["gallbladder_wall_thickening"] == "contradicted"
    # the thickened wall is the sign, not the disease: it may be adenomyomatosis as well as cholecystitis
    assert _claims("The gallbladder wall is thickened.") == {"gallbladder_wall_thickening": "present"}
    assert _claims("Several loops of small bowel are thickened.") == {"bowel_wall_thickening": "present"}
    assert _claims("The bladder wall is diffusely thickened.") == {"bladder_wall_thickening": "present"}
    # the pyloric muscle thickened is the stenosis it measures
    assert _claims("The pyloric muscle is thickened to 4.5 mm.") == {"pyloric_stenosis": "present"}
    # "not thickened" denies the wall finding only, not the organ's other findings
    assert _claims("Gallstones; the gallbladder wall is not thickened.") == {
        "cholelithiasis": "present", "gallbladder_wall_thickening": "absent"}


def test_the_collateral_ligaments_are_not_the_torn_cruciate():
    torn = "MRI left knee: the anterior cruciate ligament is torn. The medial and lateral collateral ligaments are intact."
    assert _verdicts("The collateral ligaments are intact.", torn) == {"collateral_ligament_tear": "supported"}
    assert _verdicts("The MCL is intact and the ACL is disrupted.", torn) == {
        "collateral_ligament_tear": "supported", "acl_tear": "supported"}
    assert _verdicts("The ACL is intact.", torn) == {"acl_tear": "contradicted"}
    # against a report of an ACL tear alone, intact collaterals are not contradicted
    only_acl = "MRI right knee: complete rupture of the ACL. Joint effusion."
    assert _verdicts("Both collateral ligaments look intact.", only_acl) != {"collateral_ligament_tear": "contradicted"}
    # a torn collateral ligament is a collateral ligament tear, and intact ligaments deny it
    assert _claims("The medial collateral ligament is torn.") == {"collateral_ligament_tear": "present"}
    assert _verdicts("There is an MCL tear.", "MRI knee: cruciate and collateral ligaments intact.") == {
        "collateral_ligament_tear": "contradicted"}


def test_lay_words_for_the_shape_of_a_bleed_in_the_head():
    sdh = "CT head: acute right subdural haematoma, 9 mm thick, with 5 mm of midline shift."
    assert _verdicts("There is a crescent of blood over the right hemisphere.", sdh)["subdural_hematoma"] == "supported"
    assert _verdicts("A crescent-shaped collection of blood lies over the left hemisphere.", sdh)[
        "subdural_hematoma"] == "contradicted"
    edh = "CT head: biconvex extradural haematoma over the left parietal lobe beneath a skull fracture."
    assert _verdicts("A lens-shaped collection of blood sits over the left parietal lobe.", edh)[
        "epidural_hematoma"] == "supported"
    ivh = "CT head: intraventricular haemorrhage in both occipital horns."
    assert _verdicts("There is bleeding into the ventricles.", ivh) == {"intraventricular_hemorrhage": "supported"}


def test_where_along_the_urinary_tract_a_stone_lodges_is_its_place():
    puj = ("Renal ultrasound: moderate left hydronephrosis down to an 8 mm calculus impacted at the left pelviureteric "
           "junction. The ureter below is not dilated.")
    assert _verdicts("An 8 mm calculus sits at the left PUJ.", puj)["kidney_stone"] == "supported"
    assert _verdicts("An 8 mm calculus sits in the lower pole of the left kidney.", puj)["kidney_stone"] == "contradicted"
    vuj = "CT KUB: a 4 mm calculus at the right vesicoureteric junction with mild right hydroureter."
    assert _verdicts("There is a 4 mm calculus at the right pelviureteric junction.", vuj)[
        "kidney_stone"] == "contradicted"


def test_a_wall_thicker_than_normal_is_thickened():
    assert _claims("The muscle of the pylorus is thicker than normal at 5 mm.") == {"pyloric_stenosis": "present"}
    assert _claims("The bladder wall looks too thick.") == {"bladder_wall_thickening": "present"}


def test_a_direction_is_the_side_a_shift_goes_to():
    report = "CT head: acute left subdural haematoma with 7 mm rightward midline shift."
    assert _verdicts("The midline is pushed 7 mm to the right: midline shift.", report)["midline_shift"] == "supported"
    assert _verdicts("There is a leftward midline shift.", report)["midline_shift"] == "contradicted"
    assert [f.laterality for f in extract_findings("The trachea is displaced rightwards.") if f.is_claim] == ["right"]


def test_the_basal_cisterns_effaced_or_patent():
    herniating = "CT head: large right acute subdural haematoma with 11 mm leftward midline shift. The basal cisterns " \
                 "are effaced."
    assert _verdicts("The basal cisterns are effaced.", herniating) == {"cisternal_effacement": "supported"}
    open_cisterns = "CT head: small left subdural haematoma without midline shift. The basal cisterns are patent."
    assert _verdicts("The basal cisterns are effaced.", open_cisterns) == {"cisternal_effacement": "contradicted"}
    assert _claims("The midline is shifted 4 mm to the left.") == {"midline_shift": "present"}


def test_a_collection_over_one_lobe_is_not_over_another():
    edh = "CT head: lentiform extradural haematoma over the left frontal convexity, 14 mm thick."
    assert _verdicts("A biconvex extradural haematoma lies over the left frontal lobe.", edh)[
        "epidural_hematoma"] == "supported"
    assert _verdicts("A biconvex extradural haematoma lies over the left parietal convexity.", edh)[
        "epidural_hematoma"] == "contradicted"


def test_the_parts_of_the_scaphoid_are_places():
    waist = "Scaphoid series: a minimally displaced fracture through the scaphoid waist."
    assert _verdicts("A fracture crosses the waist of the scaphoid.", waist) == {"fracture": "supported"}
    assert _verdicts("A fracture crosses the proximal pole of the scaphoid.", waist) == {"fracture": "contradicted"}


def test_findings_named_in_common_words_outside_the_chest():
    slip = "Lateral lumbar spine: grade 1 anterolisthesis of L4 on L5, mild, with facet arthropathy."
    assert _verdicts("There is a marked forward slip of L4 on L5.", slip)["spondylolisthesis"] == "contradicted"
    ducts = "Right upper quadrant ultrasound: gallstones, no intrahepatic duct dilatation, negative sonographic Murphy sign."
    assert _verdicts("The intrahepatic bile ducts are dilated.", ducts) == {"biliary_dilation": "contradicted"}
    assert _verdicts("The sonographic Murphy sign is positive.", ducts) == {"cholecystitis": "contradicted"}


def test_air_trapping_is_a_finding_with_a_change():
    prior = "HRCT with expiratory images: air trapping in both lower lobes, less extensive than on the previous study."
    assert _claims("There is expiratory air trapping in the lower lobes.") == {"air_trapping": "present"}
    assert _verdicts("Air trapping in both lower lobes has worsened since the previous study.", prior)[
        "air_trapping"] == "contradicted"
    # mosaic perfusion (a vascular cause of mosaic attenuation) is not air trapping
    assert "air_trapping" not in _claims("CT pulmonary angiogram: mosaic perfusion in both lungs.")
