"""Hostile review probes of lane faithful58 (session 58), pinned: the polarity of a finding after a denied list, and
the verdict of a chain claim against such a report. Probes the code still reads otherwise at the review are xfail
(known gaps, not expectations)."""
import pytest

from medstep.verify import verify
from medstep.verify.verifier import extract_findings

A, P_, U, N = "absent", "present", "uncertain", None

P = [
    # --- items after a list denied one by one that ARE said (the lane's gain)
    ("g01", "No pneumothorax, no effusion, mild cardiomegaly.", "cardiomegaly", {P_}),
    ("g02", "No pneumothorax, no effusion, right lower lobe consolidation.", "consolidation", {P_}),
    ("g03", "No midline shift, no hydrocephalus, acute subdural haematoma over the left convexity.", "subdural_hematoma", {P_}),
    ("g04", "No edema, no nodule, collapse of the left lower lobe.", "atelectasis", {P_}),
    ("g05", "On exam: no jaundice, no ascites, hepatomegaly 3 cm below the costal margin.", "hepatomegaly", {P_}),
    ("g06", "No fracture, no dislocation, moderate joint effusion.", "joint_effusion", {P_}),
    ("g07", "CTR 0.58, no septal lines, no diversion, bilateral effusions.", "pleural_effusion", {P_}),
    ("g08", "No pneumothorax, no effusion, small left basal atelectasis.", "atelectasis", {P_}),
    ("g09", "No infarct, no haemorrhage, moderate hydrocephalus.", "hydrocephalus", {P_}),
    ("g10", "No stones, no hydronephrosis, a 2 cm simple cyst in the left kidney.", "cyst", {P_}),
    ("g11", "No free air, no ascites, dilated small bowel loops.", "small_bowel_dilatation", {P_, N}),
    ("g12", "No mass, no adenopathy, upper lobe emphysema.", "emphysema", {P_}),
    ("g13", "No pneumothorax, no effusion, cardiomegaly with pulmonary venous congestion.", "cardiomegaly", {P_}),
    ("g14", "Heart failure (D): CTR 0.44, no diversion, no septal lines, unilateral effusion.", "pleural_effusion", {P_}),
    ("g15", "No fracture, no dislocation, soft tissue swelling over the lateral malleolus.", "soft_tissue_swelling", {P_}),
    # --- bullets / semicolons: each item is its own
    ("b01", "- No pneumothorax\n- No effusion\n- Consolidation in the right lower lobe", "consolidation", {P_}),
    ("b02", "No pneumothorax; no effusion; consolidation in the right lower lobe.", "consolidation", {P_}),
    ("b03", "* no pneumothorax\n* no pleural effusion\n* cardiomegaly", "cardiomegaly", {P_}),
    ("b04", "1. No pneumothorax.\n2. No effusion.\n3. Left lower lobe collapse.", "atelectasis", {P_}),
    ("b05", "No pneumothorax; no effusion; no consolidation.", "consolidation", {A}),
    ("b06", "Findings:\n- no pneumothorax, no effusion\n- consolidation or collapse: none", "consolidation", {A, N}),
    # --- one "no" over the list / the list going on to "or"/"nor": stays denied
    ("d01", "No pneumothorax, no effusion, consolidation or collapse.", "consolidation", {A}),
    ("d02", "No pneumothorax, no effusion, consolidation or collapse.", "atelectasis", {A}),
    ("d03", "No pneumothorax, no effusion, consolidation nor collapse.", "consolidation", {A}),
    ("d04", "No pneumothorax, no effusion, consolidation, or collapse.", "consolidation", {A}),
    ("d05", "No pneumothorax, no effusion, focal consolidation or collapse.", "consolidation", {A}),
    ("d06", "No pneumothorax, no effusion, cardiomegaly or widened mediastinum.", "cardiomegaly", {A}),
    ("d07", "No pneumothorax, no effusion, consolidation, atelectasis, or edema.", "atelectasis", {A}),
    ("d08", "No pneumothorax, no effusion, consolidation, atelectasis, or edema.", "consolidation", {A}),
    ("d09", "No pneumothorax, no pleural effusion, consolidation or collapse is seen.", "consolidation", {A}),
    ("d10", "No pneumothorax, no effusion, consolidation or collapse identified.", "atelectasis", {A}),
    ("d11", "No pneumothorax, no effusion, no consolidation, collapse or mass.", "atelectasis", {A}),
    ("d12", "No pneumothorax, no effusion and no consolidation.", "consolidation", {A}),
    ("d13", "No pneumothorax, no effusion, and no consolidation.", "consolidation", {A}),
    ("d14", "No pneumothorax, effusion, consolidation or collapse.", "consolidation", {A}),
    ("d15", "No pneumothorax or effusion, no consolidation.", "consolidation", {A}),
    ("d16", "No evidence of pneumothorax, no effusion, consolidation or collapse.", "consolidation", {A}),
    ("d17", "There is no pneumothorax, no effusion, consolidation or collapse.", "consolidation", {A}),
    ("d18", "Without effusion, without pneumothorax, consolidation.", "consolidation", {A}),
    ("d19", "No fracture, no dislocation, subluxation or joint effusion.", "joint_effusion", {A}),
    ("d20", "No infarct, no haemorrhage, mass or midline shift.", "mass", {A}),
    ("d21", "No stones, no hydronephrosis, cyst or mass in either kidney.", "cyst", {A}),
    ("d22", "No free air, no ascites, abscess or collection.", "abscess", {A}),
    ("d23", "No pneumothorax, no effusion, consolidation or collapse on either side.", "consolidation", {A}),
    ("d24", "Lungs: no pneumothorax, no effusion, consolidation or collapse.", "atelectasis", {A}),
    ("d25", "No pneumothorax, no effusion, cardiomegaly, or edema.", "edema", {A}),
    ("d26", "No PTX, no effusion, consolidation or collapse.", "consolidation", {A}),
    ("d27", "no pneumothorax, no effusion, consolidation or collapse", "consolidation", {A}),
    ("d28", "No pneumothorax, no effusion, no consolidation.", "consolidation", {A}),
    ("d29", "No pneumothorax, no effusion, consolidation, or collapse, no fracture.", "consolidation", {A}),
    ("d30", "No pneumothorax, no effusion, consolidation, collapse, or mass.", "atelectasis", {A}),
    # --- a comma inside one denied item: adjectives of the same noun (near misses the lane must NOT read present)
    ("c01", "No pneumothorax, no large, loculated effusion.", "loculated_effusion", {A}),
    ("c02", "No pneumothorax, no new, focal consolidation.", "consolidation", {A}),
    ("c03", "No effusion, no large, dense consolidation.", "consolidation", {A}),
    ("c04", "No dislocation, no acute, displaced fracture.", "fracture", {A, N}),
    ("c05", "No mass, no discrete, enhancing lesion.", "lesion", {A, N}),
    ("c06", "No infarct, no acute, large-vessel occlusion.", "occlusion", {A, N}),
    ("c07", "No pneumothorax, no significant, new pleural effusion.", "pleural_effusion", {A}),
    ("c08", "No hydronephrosis, no obstructing, radio-opaque calculus.", "calculus", {A, N}),
    ("c09", "No pneumothorax, no definite, focal consolidation.", "consolidation", {A}),
    ("c10", "No fracture, no large, haemorrhagic joint effusion.", "joint_effusion", {A}),
    ("c11", "No free air, no large, organised collection.", "fluid_collection", {A, N}),
    ("c12", "No pneumothorax, no new, suspicious pulmonary nodule.", "pulmonary_nodule", {A}),
    ("c13", "No effusion, no dense, lobar consolidation.", "consolidation", {A}),
    ("c14", "No pneumothorax, no large, i.e. clinically significant, effusion.", "pleural_effusion", {A}),
    # --- the denial ends at the predicate / the item is denied by its own predicate
    ("e01", "No pneumothorax, no effusion, consolidation is absent.", "consolidation", {A}),
    ("e02", "No pneumothorax, no effusion, consolidation not seen.", "consolidation", {A}),
    ("e03", "No pneumothorax, no effusion, consolidation excluded.", "consolidation", {A}),
    ("e04", "No pneumothorax, no effusion, consolidation was not identified.", "consolidation", {A}),
    ("e05", "No pneumothorax, no effusion, consolidation ruled out.", "consolidation", {A}),
    ("e06", "No pneumothorax, no effusion, consolidation: none.", "consolidation", {A, N}),
    ("e07", "No pneumothorax, no effusion, consolidation etc.", "consolidation", {A}),
    ("e08", "No pneumothorax, no effusion, consolidation, etc.", "consolidation", {A}),
    ("e09", "No pneumothorax, no effusion, consolidation and collapse absent.", "consolidation", {A}),
    ("e10", "No pneumothorax, no effusion, consolidation has resolved.", "consolidation", {A, N}),
    # --- hedges after the list
    ("h01", "No pneumothorax, no effusion, possible consolidation.", "consolidation", {U}),
    ("h02", "No pneumothorax, no effusion, probable early consolidation at the left base.", "consolidation", {U, P_}),
    ("h03", "No pneumothorax, no effusion, small consolidation cannot be excluded.", "consolidation", {U}),
    ("h04", "No pneumothorax, no effusion, ?consolidation at the right base.", "consolidation", {U}),
    ("h05", "No pneumothorax, no effusion, consolidation questionable.", "consolidation", {U, A}),
    ("h06", "No definite pneumothorax, no effusion, equivocal consolidation.", "consolidation", {U}),
    ("h07", "No pneumothorax, no effusion, query consolidation.", "consolidation", {U}),
    ("h08", "No pneumothorax, no effusion, consolidation less likely.", "consolidation", {U, A}),
    ("h09", "No pneumothorax, no effusion, suspected consolidation.", "consolidation", {U}),
    ("h10", "No pneumothorax, no effusion, consolidation vs atelectasis.", "consolidation", {U}),
    # --- normal as a present normal, not one more denied item
    ("n01", "No focal consolidation, no effusion, normal heart size.", "cardiomegaly", {A}),
    ("n02", "No focal consolidation, no effusion, heart size normal.", "cardiomegaly", {A}),
    ("n03", "No consolidation, no effusion, enlarged heart.", "cardiomegaly", {P_}),
    ("n04", "No consolidation, no effusion, the heart is enlarged.", "cardiomegaly", {P_}),
    ("n05", "No consolidation, no effusion, heart not enlarged.", "cardiomegaly", {A}),
    # --- Spanish / other languages (sin / pas de): the lane touches only English "no"
    ("s01", "No neumotórax, no derrame, consolidación basal derecha.", "consolidation", {P_, N}),
    ("s02", "Sin neumotórax, sin derrame, consolidación o atelectasia.", "consolidation", {A, N}),
    ("s03", "Pas de pneumothorax, pas d'épanchement, consolidation basale droite.", "consolidation", {P_, N}),
    # --- chain sentences (per-option discussion, markdown, terse)
    ("m01", "**A) Pneumothorax** - no pneumothorax, no mediastinal shift, lung markings reach the periphery. Unlikely.", "pneumothorax", {A}),
    ("m02", "**B) Pleural effusion** - no blunting, no meniscus, effusion or fluid level. Excluded.", "pleural_effusion", {A}),
    ("m03", "**C) Pneumonia** - no effusion, no cavity, right lower lobe consolidation with air bronchograms. Answer: C", "consolidation", {P_}),
    ("m04", "Option D (heart failure): no cardiomegaly, no septal lines, effusion or diversion -> D unlikely.", "pleural_effusion", {A}),
    ("m05", "Step 2: no pneumothorax, no effusion, consolidation or collapse; so the lungs are clear.", "consolidation", {A}),
    ("m06", "Step 3: no pneumothorax, no effusion, but consolidation in the RLL.", "consolidation", {P_}),
    ("m07", "no ptx, no effusion, RLL consolidation -> pneumonia (C).", "consolidation", {P_}),
    ("m08", "I initially considered consolidation, but no pneumothorax, no effusion, consolidation or mass is present.", "consolidation", {A}),
    ("m09", "Findings: no pneumothorax, no effusion, consolidation or collapse. Impression: normal chest.", "consolidation", {A}),
    ("m10", "The least likely option is effusion: no pneumothorax, no blunting, effusion or meniscus.", "pleural_effusion", {A}),
    ("m11", "No pneumothorax, no effusion, and consolidation is seen in the right lower lobe.", "consolidation", {P_}),
    ("m12", "No pneumothorax, no effusion, while consolidation is seen in the right lower lobe.", "consolidation", {P_}),
    ("m13", "No pneumothorax, no effusion, with consolidation in the right lower lobe.", "consolidation", {P_}),
    ("m14", "No pneumothorax, no effusion, no consolidation, no cardiomegaly, no edema, no nodule.", "pulmonary_nodule", {A}),
    ("m15", "There is no pneumothorax, no effusion, consolidation, atelectasis or edema (the chest is normal)", "atelectasis", {A}),
    ("m16", "No pneumothorax, no effusion, consolidation or collapse (truncated output...", "atelectasis", {A}),
    ("m17", "No pneumothorax, no effusion, consolidat", "pneumothorax", {A}),
    ("m18", "No pneumothorax, no effusion. Consolidation in the RLL.", "consolidation", {P_}),
    ("m19", "No pneumothorax, no effusion, no consolidation, collapse.", "atelectasis", {A}),
    ("m20", "No pneumothorax, no effusion, consolidation nor collapse, no cardiomegaly.", "atelectasis", {A}),
]

REP_EFF = "FINDINGS: Small right pleural effusion. No pneumothorax. No consolidation."
REP_CONS = "FINDINGS: Right lower lobe consolidation. No pneumothorax or pleural effusion."
REP_CLEAR = "FINDINGS: No pneumothorax, no effusion, consolidation or collapse. Heart size normal."
REP_LIST_PRES = "FINDINGS: No pneumothorax, no effusion, right basal consolidation."
REP_LOC = "FINDINGS: No pneumothorax, no large, loculated effusion. Heart size normal."
REP_CARDIO = "FINDINGS: Cardiomegaly. No pneumothorax, no effusion."
REP_NORMAL = "FINDINGS: No focal consolidation, no effusion, normal heart size."

C, S, X = "contradicted", "supported", "unverifiable"

V = [
    # error chains denying a present item after such a list: still contradicted
    ("v01", REP_EFF, "No pneumothorax, no consolidation, no effusion.", "pleural_effusion", {C}),
    ("v02", REP_EFF, "No pneumothorax, no consolidation, effusion or collapse.", "pleural_effusion", {C}),
    ("v03", REP_EFF, "No pneumothorax, no consolidation, effusion nor collapse.", "pleural_effusion", {C}),
    ("v04", REP_EFF, "No pneumothorax, no consolidation, and no effusion.", "pleural_effusion", {C}),
    ("v05", REP_EFF, "No pneumothorax, consolidation or effusion.", "pleural_effusion", {C}),
    ("v06", REP_EFF, "No pneumothorax, no consolidation, no large, loculated effusion, so the costophrenic angles are clear.", "pleural_effusion", {C, X}),
    ("v07", REP_CONS, "No pneumothorax, no effusion, consolidation or collapse.", "consolidation", {C}),
    ("v08", REP_CONS, "No pneumothorax, no effusion, consolidation, or collapse, so B is unlikely.", "consolidation", {C}),
    ("v09", REP_CONS, "No pneumothorax, no effusion, no focal consolidation.", "consolidation", {C}),
    ("v10", REP_CONS, "No pneumothorax, no effusion, no new, focal consolidation.", "consolidation", {C}),
    ("v11", REP_CARDIO, "No effusion, no pneumothorax, normal heart size.", "cardiomegaly", {C}),
    ("v12", REP_CARDIO, "No effusion, no pneumothorax, cardiomegaly or edema.", "cardiomegaly", {C}),
    # faithful chains: supported
    ("v13", REP_EFF, "No pneumothorax, no consolidation, small right effusion.", "pleural_effusion", {S}),
    ("v14", REP_CONS, "No pneumothorax, no effusion, right lower lobe consolidation.", "consolidation", {S}),
    ("v15", REP_CARDIO, "No effusion, no pneumothorax, enlarged cardiac silhouette (cardiomegaly).", "cardiomegaly", {S}),
    ("v16", REP_NORMAL, "No consolidation, no effusion, normal heart size.", "cardiomegaly", {S}),
    ("v17", REP_CONS, "No pneumothorax, no effusion, but there is consolidation at the right base.", "consolidation", {S}),
    # the report's own lists
    ("v18", REP_CLEAR, "There is consolidation in the right lower lobe.", "consolidation", {C}),
    ("v19", REP_CLEAR, "Left lower lobe collapse is present.", "atelectasis", {C}),
    ("v20", REP_CLEAR, "No consolidation or collapse.", "consolidation", {S}),
    ("v21", REP_LIST_PRES, "Right basal consolidation is present.", "consolidation", {S}),
    ("v22", REP_LIST_PRES, "There is no consolidation.", "consolidation", {C}),
    ("v23", REP_LOC, "There is a loculated pleural effusion.", "loculated_effusion", {C}),
    ("v24", REP_LOC, "No loculated effusion.", "loculated_effusion", {S}),
    ("v25", REP_NORMAL, "The heart is enlarged.", "cardiomegaly", {C}),
    ("v26", REP_CLEAR, "No pneumothorax.", "pneumothorax", {S}),
    ("v27", "FINDINGS: No dislocation, no acute, displaced fracture.", "There is a displaced fracture.", "fracture", {C}),
    ("v28", "FINDINGS: No pneumothorax, no new, focal consolidation.", "There is focal consolidation.", "consolidation", {C}),
    ("v29", "FINDINGS: No infarct, no haemorrhage, mass or midline shift.", "There is an intracranial mass.", "mass", {C}),
    ("v30", "FINDINGS: No stones, no hydronephrosis, a simple cyst in the left kidney.", "There is a renal cyst.", "cyst", {S}),
]


def pol(text, concept):
    found = [f.polarity.value for f in extract_findings(text) if f.source == "mention" and f.concept == concept]
    return found[-1] if found else None


def ver(report, chain, concept):
    got = [fv.verdict.value for s in verify(chain, report=report).steps for fv in s.verdicts
           if fv.finding.concept == concept]
    return got[-1] if got else None



_BAD_AT_REVIEW = {'n05', 'c07', 'h07', 's01', 's02', 'm19', 'v27', 'v29', 'n01', 'n02', 'v30', 'e03', 'c14'}


def _mark(pid: str) -> list:  # type: ignore[type-arg]
    return [pytest.mark.xfail(strict=False)] if pid in _BAD_AT_REVIEW else []


@pytest.mark.parametrize("pid,text,concept,exp", [pytest.param(*x, id=x[0], marks=_mark(x[0])) for x in P])
def test_polarity(pid, text, concept, exp) -> None:  # type: ignore[no-untyped-def]
    assert pol(text, concept) in exp


@pytest.mark.parametrize("pid,report,chain,concept,exp", [pytest.param(*x, id=x[0], marks=_mark(x[0])) for x in V])
def test_verdict(pid, report, chain, concept, exp) -> None:  # type: ignore[no-untyped-def]
    assert ver(report, chain, concept) in exp
