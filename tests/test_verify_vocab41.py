"""vocab41 (issue #8 cause 5/6): a synonym that named another organ's or another entity's finding made a claim match
evidence about something else. Each test reads a right mapping and a near miss of another organ, in words of its own."""

from medstep.verify import verify
from medstep.verify.verdicts import Verdict


def _verdicts(chain: str, report: str) -> dict[str, str]:
    v = verify(chain, report=report)
    return {f.finding.concept: f.verdict.value for s in v.steps for f in s.verdicts}


def test_a_bladder_stone_is_no_kidney_stone():
    report = "Pelvic ultrasound: a 12 mm calculus layers in the urinary bladder. Kidneys: normal, no calculi."
    assert _verdicts("A bladder calculus is present.", report) == {"bladder_stone": "supported"}
    assert _verdicts("There are renal calculi.", report)["kidney_stone"] != "supported"
    # the tract's stone takes either organ's
    assert _verdicts("Urolithiasis.", "Staghorn calculus of the left kidney.") == {"urinary_stone": "supported"}
    # the bladder called normal denies its own stone, not the kidney's
    normal_bladder = "The urinary bladder is unremarkable. An 8 mm stone in the right renal pelvis."
    assert _verdicts("There is a stone in the bladder.", normal_bladder) == {"bladder_stone": "contradicted"}
    assert _verdicts("Right nephrolithiasis.", normal_bladder) == {"kidney_stone": "supported"}


def test_wall_thickening_is_the_wall_of_the_organ_it_is_named_in():
    gall = "The gallbladder shows mural thickening to 5 mm and pericholecystic fluid."
    assert _verdicts("The gallbladder wall is thickened.", gall) == {"gallbladder_wall_thickening": "supported"}
    assert _verdicts("Thickening of the bowel wall.", gall).get("bowel_wall_thickening") != "supported"
    bladder = "Diffuse wall thickening of the urinary bladder."
    assert _verdicts("The bladder wall is thickened.", bladder) == {"bladder_wall_thickening": "supported"}
    stomach = "Wall thickening of the gastric antrum with a 2 cm ulcer crater."
    assert _verdicts("There is bowel wall thickening.", stomach).get("bowel_wall_thickening") != "supported"
    heart = "Concentric left ventricular wall thickening with preserved systolic function."
    assert _verdicts("No bowel wall thickening.", heart).get("bowel_wall_thickening") != "contradicted"
    assert _verdicts("Left ventricular hypertrophy.", heart) == {"left_ventricular_hypertrophy": "supported"}
    # a thick wall is no dilated chamber, and a normal wall says nothing of the chamber's size
    dilated = "The left ventricle is dilated with thinned walls."
    assert (
        _verdicts("The left ventricular wall is thickened.", dilated).get("left_ventricular_hypertrophy") != "supported"
    )
    sized = "Left ventricular wall unremarkable. Left ventricle enlarged."
    assert _verdicts("The left ventricle is enlarged.", sized) == {"left_ventricular_enlargement": "supported"}
    # the bowel's reading stays where no other organ is named
    bowel = "Circumferential wall thickening of the caecum."
    assert _verdicts("There is bowel wall thickening.", bowel) == {"bowel_wall_thickening": "supported"}


def test_an_abnormal_word_before_a_list_of_organs_names_each_organ_s_finding():
    denied = "No calculi in the kidneys, ureters or bladder."
    assert _verdicts("There is a bladder calculus.", denied) == {"bladder_stone": "contradicted"}
    assert _verdicts("Left renal calculus.", denied) == {"kidney_stone": "contradicted"}
    both = "Stones in the gallbladder and common bile duct."
    assert _verdicts("Choledocholithiasis.", both) == {"choledocholithiasis": "supported"}
    assert _verdicts("Gallstones.", both) == {"cholelithiasis": "supported"}
    # an organ with a verb of its own is the next clause's subject, no item of the list
    own = "A stone in the left kidney and the bladder is unremarkable."
    assert _verdicts("There is a bladder stone.", own).get("bladder_stone") != "supported"


def test_atrophy_said_of_a_kidney_is_the_kidney_s():
    kidney = "Cortical atrophy of the left kidney."
    assert _verdicts("The left kidney is atrophic.", kidney) == {"renal_atrophy": "supported"}
    assert _verdicts("There is cerebral atrophy.", kidney)["brain_atrophy"] != "supported"
    assert _verdicts("Brain atrophy.", "Generalised cerebral atrophy with prominent sulci.") == {
        "brain_atrophy": "supported"
    }


def test_a_long_bone_fracture_is_no_ankle_fracture():
    humerus = "Transverse fracture of the humeral shaft."
    assert "ankle_fracture" not in _verdicts("A humerus fracture is present.", humerus)
    assert _verdicts("There is an ankle fracture.", humerus)["ankle_fracture"] != "supported"
    assert _verdicts("Tibial fracture.", "Depressed fracture of the lateral tibial plateau.") == {
        "fracture": "supported"
    }


def test_a_listed_organ_with_a_predicate_of_its_own_takes_no_stone():
    # a telegraphic report's adjective after the organ is that organ's own description, no list item
    telegraphic = "Several calculi in the left ureter, bladder decompressed and smooth-walled."
    assert _verdicts("There is a bladder calculus.", telegraphic).get("bladder_stone") != "supported"
    assert _verdicts("No calculus in the bladder.", telegraphic).get("bladder_stone") != "contradicted"
    # a bare listed organ still takes it, the list ending at a full stop or going on
    listed = "Several calculi in the left ureter, bladder."
    assert _verdicts("There is a bladder calculus.", listed) == {"bladder_stone": "supported"}
    ends = "No calculi in the gallbladder, bile ducts or bladder; the liver is normal."
    assert _verdicts("Bladder calculus present.", ends) == {"bladder_stone": "contradicted"}


def test_an_endless_organ_list_reads_in_linear_time():
    import time

    verify("Bladder stone.", report="No calculi in the kidneys, bladder.")  # warm the lexicon
    times = []
    for n in (1000, 4000):
        t = time.perf_counter()
        verify("There is a bladder stone.", report="No calculi in the kidneys" + ", bladder" * n)
        times.append(time.perf_counter() - t)
    assert times[1] < 8 * times[0] + 0.5


def test_an_em_dash_before_a_bare_verdict_denies_the_label():
    assert _verdicts("Pneumothorax \u2014 none seen.", "Moderate left pneumothorax.") == {
        "pneumothorax": "contradicted"
    }
    assert _verdicts("Effusion \u2014 absent.", "No pleural effusion.") == {"pleural_effusion": "supported"}
    # the dash still ends a denial before it, and a verdict that goes on judges nothing
    assert _verdicts("Not an effusion \u2014 consolidation.", "Right lower lobe consolidation.")["consolidation"] == (
        "supported"
    )
    got = verify("Effusion \u2014 none seen last week, now present on the left.", report="Small left pleural effusion.")
    assert all(f.verdict is not Verdict.CONTRADICTED for s in got.steps for f in s.verdicts)


def test_a_bare_polyp_or_ulcer_is_the_organ_s_it_is_named_in():
    gall = "A 5 mm polyp arises from the gallbladder wall."
    assert _verdicts("Gallbladder polyp.", gall) == {"gallbladder_polyp": "supported"}
    assert _verdicts("There is a colonic polyp.", gall)["colon_polyp"] != "supported"
    assert _verdicts("A colonic polyp is seen.", "Sessile polyp in the sigmoid colon.") == {"colon_polyp": "supported"}


def test_the_label_verdict_reads_a_20k_hostile_line_in_linear_time():
    import time

    text = "Effusion \u2014 " + "none \u2014 " * 2500 + "seen."
    t = time.perf_counter()
    verify(text, report="No pleural effusion.")
    assert time.perf_counter() - t < 10
    listed = "No stones in the kidneys" + ", and the bladder" * 1200 + "."  # the organ list's joiner, 20k characters
    t = time.perf_counter()
    verify(listed, report="No urinary tract calculi.")
    assert time.perf_counter() - t < 10
