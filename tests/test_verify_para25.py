"""Faithful chains in other words: scope and reading fixes that sank paraphrased and terse chains (issue #8, vpara25).

Why: on retired blind 21 the faithful paraphrases scored below most one-error chains, largely because a wrong reading
(a denial running on into the next clause, a lay word read as another finding) made one of their steps, or the
report itself, say the opposite of what it says. Every sentence here is written for this file.
"""

import pytest

from medstep.verify import verify
from medstep.verify.verifier import extract_findings


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text)}


# --- "there's" is "there is"; a second predicate after a denied one ---------------------------------------------

@pytest.mark.parametrize("text, present", [
    ("The lump presses on the airway but doesn't block it, and there's a small effusion on the right.",
     "pleural_effusion"),
    ("The gallbladder wall isn't thick, and there's a stone in its neck.", "cholelithiasis"),
])
def test_theres_opens_a_clause_of_its_own(text: str, present: str) -> None:
    assert (present, "present") in _found(text)


@pytest.mark.parametrize("text, state, concept", [
    ("There's no effusion.", "absent", "pleural_effusion"),
    ("There's no sign of a pneumothorax.", "absent", "pneumothorax"),
    ("Maybe there's a small effusion.", "uncertain", "pleural_effusion"),
    ("Perhaps there's some consolidation at the left base.", "uncertain", "consolidation"),
])
def test_theres_keeps_the_denial_or_hedge_it_opens(text: str, state: str, concept: str) -> None:
    assert (concept, state) in _found(text)


def test_if_theres_is_no_claim() -> None:
    assert ("pleural_effusion", "present") not in _found("If there's an effusion, it should be tapped.")


@pytest.mark.parametrize("text, present", [
    ("The splenic vein is not opacified and contains a filling defect of clot.", "thrombus"),
    ("The renal vein doesn't enhance and looks full of clot.", "thrombus"),
    ("The left ovary is not seen separately and appears replaced by a large cyst.", "cyst"),
])
def test_a_second_predicate_after_a_denied_one_is_stated_present(text: str, present: str) -> None:
    assert (present, "present") in _found(text)


@pytest.mark.parametrize("text, denied", [
    ("The kidneys are not enlarged and contain no stones.", "kidney_stone"),
    ("There is no effusion and no pneumothorax.", "pneumothorax"),
])
def test_a_second_predicate_with_its_own_denial_stays_denied(text: str, denied: str) -> None:
    assert (denied, "absent") in _found(text)


def test_a_place_fronted_before_theres_is_its_side() -> None:
    f = [f for f in extract_findings("High up in the left lung there's a round white patch.")
         if f.concept == "lung_opacity"]
    assert f and f[0].laterality == "left"


# --- the reference steps are one text -------------------------------------------------------------------------

_REPORT = ("CT of the abdomen. The splenic vein is filled with low-attenuation thrombus. The portal vein is patent. "
           "The pancreas is swollen with peripancreatic fat stranding.")
_STEPS = ["The splenic vein contains thrombus.", "The portal vein is patent.",
          "Pancreatic swelling with fat stranding and splenic vein thrombus indicate pancreatitis with thrombosis."]


def test_a_chain_naming_the_thrombus_recalls_a_patent_vein_another_step_states() -> None:
    chain = "The splenic vein is blocked by thrombus. The portal vein is patent. So this is pancreatitis."
    v = verify(chain, report=_REPORT, reference=_STEPS)
    patent = [u for u in v.reference_units if "patent" in u.findings[0].text]
    assert patent and all(u.recalled for u in patent)


def test_a_chain_denying_the_patent_vein_does_not_recall_it() -> None:
    chain = "The splenic vein is blocked by thrombus. The portal vein is occluded. So this is pancreatitis."
    v = verify(chain, report=_REPORT, reference=_STEPS)
    patent = [u for u in v.reference_units if "patent" in u.findings[0].text]
    assert patent and not any(u.recalled for u in patent)


# --- a clause of its own after a denial: "and the X is new", "..., the Y is big" -----------------------------------

@pytest.mark.parametrize("text, present", [
    ("There is no free air, and the abscess is new since March.", "abscess"),
    ("No fluid in the pelvis that wasn't there before, the spleen is big, and a feeding tube sits in the stomach.",
     "enteric_tube"),
    ("The oesophagus does not look involved, the mass is lobulated.", "mass"),
])
def test_a_subject_and_its_verb_after_a_denial_open_a_clause(text: str, present: str) -> None:
    assert (present, "present") in _found(text)


@pytest.mark.parametrize("text, denied", [
    ("No effusion, consolidation or pneumothorax.", "pneumothorax"),
    ("There is no pneumothorax and the lungs are clear.", "pneumothorax"),
])
def test_a_list_or_a_normal_clause_after_a_denial_stays_as_it_was(text: str, denied: str) -> None:
    assert (denied, "absent") in _found(text)


# --- a tissue's density is an attenuation, no lung opacity ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A mass of soft-tissue density in the neck.",
    "The lump in the thigh is of muscle density.",
    "A fat-density nodule sits beside the sigmoid colon.",
])
def test_a_tissue_density_is_no_lung_opacity(text: str) -> None:
    assert not any(c == "lung_opacity" for c, _ in _found(text))


@pytest.mark.parametrize("text", ["Hazy density at the left base.", "There is a new density in the right upper zone.",
                                  "A round soft-tissue density projects over the right upper zone."])
def test_a_bare_density_is_still_a_lung_opacity(text: str) -> None:
    assert ("lung_opacity", "present") in _found(text)


# --- a kind of pyelonephritis is a pyelonephritis: a distractor's other kind does not deny it -----------------------

_KIDNEY = ("CT of the abdomen. The left kidney is enlarged with gas in its parenchyma and perinephric fat stranding. "
           "No stone or collection.")
_OPTIONS = {"A": "Emphysematous pyelonephritis", "B": "Xanthogranulomatous pyelonephritis", "C": "Renal abscess"}


def test_a_sign_of_pyelonephritis_is_not_denied_by_a_distractor_of_another_kind() -> None:
    v = verify("Perinephric stranding on the left. -> emphysematous pyelonephritis.", report=_KIDNEY,
               options=_OPTIONS, chosen="A", gold="A", option_evidence=True)
    assert not v.has_contradiction


def test_the_distractor_kind_itself_is_still_denied() -> None:
    v = verify("Gas in the left kidney. -> xanthogranulomatous pyelonephritis.", report=_KIDNEY,
               options=_OPTIONS, chosen="B", gold="A", option_evidence=True)
    assert v.has_contradiction


# --- a swelling in a head is the brain's; a swollen kidney is no hydronephrosis unless swollen with urine ---------

_HEAD = "MRI of the brain. There is vasogenic oedema in both occipital lobes. No haemorrhage. No midline shift."


def _verdicts(chain: str, report: str) -> set[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return {(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)}


def test_a_swelling_naming_no_organ_in_a_head_case_is_brain_oedema() -> None:
    assert ("cerebral_edema", "present", "supported") in _verdicts(
        "The back of the brain on both sides shows patchy swelling.", _HEAD)


def test_a_denied_swelling_in_a_head_case_is_contradicted() -> None:
    assert ("cerebral_edema", "absent", "contradicted") in _verdicts("There is no swelling anywhere.", _HEAD)


def test_a_scalp_swelling_stays_the_soft_tissues() -> None:
    assert {c for c, _, _ in _verdicts("There is a swelling under the scalp on the left.", _HEAD)} == {
        "soft_tissue_swelling"}


@pytest.mark.parametrize("text, hydro", [
    ("The right kidney is swollen.", False),
    ("The right kidney is swollen with urine.", True),
    ("The left kidney is swollen with fluid that cannot drain.", True),
])
def test_a_kidney_is_hydronephrotic_only_when_swollen_with_urine(text: str, hydro: bool) -> None:
    assert (("hydronephrosis", "present") in _found(text)) is hydro


# --- the colon's fat appendage: twisted or inflamed, an epiploic appendagitis, no volvulus --------------------------

@pytest.mark.parametrize("text", [
    "A twisted little fat appendage hangs off the descending colon.",
    "The fat tag next to the sigmoid is inflamed.",
])
def test_a_twisted_or_inflamed_fat_appendage_is_appendagitis(text: str) -> None:
    found = _found(text)
    assert ("epiploic_appendagitis", "present") in found and ("volvulus", "present") not in found


def test_a_twisted_colon_is_still_a_volvulus() -> None:
    assert ("volvulus", "present") in _found("The sigmoid colon has twisted on itself.")


# --- a grade of enhancement is no grade of the finding ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A 6 cm mass in the pelvis enhances mildly and evenly.",
    "There is a markedly enhancing mass in the neck.",
])
def test_an_enhancement_adverb_grades_no_finding(text: str) -> None:
    assert all(f.severity is None for f in extract_findings(text) if f.concept == "mass")


@pytest.mark.parametrize("text, grade", [
    ("A large mass fills the pelvis.", "severe"),
    ("Enhancing mild thickening of the pleura.", "mild"),
])
def test_a_grade_of_the_finding_itself_stays(text: str, grade: str) -> None:
    assert grade in {f.severity for f in extract_findings(text)}


# --- a side among a noun's adjectives is its side, the side it is worse on none of its own ---------------------------

def _sides(text: str, concept: str) -> set[str | None]:
    return {f.laterality for f in extract_findings(text) if f.concept == concept}


@pytest.mark.parametrize("text, concept", [
    ("Bilateral patchy consolidation, slightly worse on the left.", "consolidation"),
    ("There are bilateral effusions, more on the right.", "pleural_effusion"),
    ("There is bilateral, fairly symmetric FLAIR hyperintensity, a little more extensive on the left, with tiny foci "
     "in the right frontal lobe.", "hyperintense_lesion"),
])
def test_a_bilateral_finding_stays_bilateral(text: str, concept: str) -> None:
    assert _sides(text, concept) == {"bilateral"}


@pytest.mark.parametrize("text, concept, side", [
    ("A larger effusion on the right.", "pleural_effusion", "right"),
    ("The heart is pushed to the right, indicating air trapping on the left.", "air_trapping", "left"),
    ("Left-sided, moderate pneumothorax.", "pneumothorax", "left"),
])
def test_a_side_of_the_finding_itself_stays(text: str, concept: str, side: str) -> None:
    assert _sides(text, concept) == {side}


@pytest.mark.parametrize("text", ["Patchy consolidation, worse on the left.", "Nodular thickening, more marked in the right."])
def test_the_side_a_finding_is_worse_on_is_not_its_side(text: str) -> None:
    assert all(f.laterality is None for f in extract_findings(text))


def test_a_side_with_the_finding_named_after_a_comparative_is_its_side() -> None:
    assert _sides("A larger nodule in the right lung.", "pulmonary_nodule") == {"right"}


# --- lay and terse words in their homes: each readable, each deniable, each with a near miss -----------------------

@pytest.mark.parametrize("text, concept, state", [
    ("Two fluid pockets sit beside the kidney.", "fluid_collection", "present"),
    ("No walled-off fluid in the pancreas bed.", "fluid_collection", "absent"),
    ("The lump has no chalk in it.", "calcification", "absent"),
    ("There are a few specks of chalk in the wall.", "calcification", "present"),
    ("Many outpouchings of the sigmoid colon.", "diverticulosis", "present"),
    ("No colonic pouches are seen.", "diverticulosis", "absent"),
    ("Picture of PRES.", "pres", "present"),
    ("T2 hyperint in the pons.", "hyperintense_lesion", "present"),
])
def test_lay_and_terse_words_read_their_finding(text: str, concept: str, state: str) -> None:
    assert (concept, state) in _found(text)


@pytest.mark.parametrize("text, concept", [
    ("A pocket of fluid around the lung.", "fluid_collection"),  # the lung's effusion, no collection
    ("Blood pressure 200/110.", "pres"),
    ("Serum calcium is high.", "calcification"),
])
def test_near_misses_read_no_such_finding(text: str, concept: str) -> None:
    assert not any(c == concept for c, _ in _found(text))


def test_the_armpits_are_the_axillae() -> None:
    assert ("breast_mass", "absent") in _found("Both armpits look normal.")


# --- "at the lung edge" is a place, no pneumothorax's visible lung edge ---------------------------------------------

@pytest.mark.parametrize("text", ["A new wedge of shadowing sits at the lung edge.", "A small nodule near the edge of the lung."])
def test_a_place_at_the_lung_edge_is_no_pneumothorax(text: str) -> None:
    assert not any(c == "pneumothorax" for c, _ in _found(text))


@pytest.mark.parametrize("text", ["A lung edge is visible at the left apex.", "The lung edge lies 2 cm from the ribs."])
def test_a_visible_lung_edge_is_still_a_pneumothorax(text: str) -> None:
    assert ("pneumothorax", "present") in _found(text)
