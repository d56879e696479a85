"""Session 59 review probes of lane opengrade59 (glosses, asked fields, organ parts, brackets), pinned: each
probe's expected grade holds; the ids in _BAD_AT_REVIEW were still graded wrongly when the review ended (xfail)."""
import functools

import pytest


DX = "What is the most likely diagnosis?"
ABN = "What is the abnormality?"
FIND = "What is the main finding?"
WHERE = "Where is the lesion located?"
P = []


def e(i, q, g, t, ok):
    P.append((i, "e", q, g, t, ok))


def m(i, q, g, t, ok):
    P.append((i, "m", q, g, t, ok))


# ---- (a) gloss reader: claimed gains in new wordings
e("g01", DX, "psoriasis", "Psoriasis vulgaris (chronic plaque psoriasis).", True)
e("g02", DX, "rheumatoid arthritis", "**Diagnosis:** Rheumatoid arthritis (seropositive rheumatoid arthritis)", True)
e("g03", DX, "pulmonary embolism", "Answer: pulmonary embolism (saddle pulmonary embolism).", True)
e("g04", DX, "appendicitis", "Acute appendicitis (uncomplicated appendicitis).", True)
e("g05", DX, "osteosarcoma", "Final answer: Osteosarcoma (conventional high-grade osteosarcoma)", True)
e("g06", DX, "sarcoidosis", "Sarcoidosis (stage II pulmonary sarcoidosis).", True)
e("g07", DX, "tuberculosis", "Tuberculosis (reactivation pulmonary tuberculosis).", True)
e("g08", DX, "pneumonia", "Lobar pneumonia (bacterial pneumonia).", True)
# gloss naming a DIFFERENT disease
e("g10", DX, "psoriasis", "Psoriasis (psoriatic arthritis).", False)
e("g11", DX, "lichen planus", "Lichen planus (lichen sclerosus).", False)
e("g12", DX, "ulcerative colitis", "Ulcerative colitis (Crohn colitis).", False)
e("g13", DX, "pneumonia", "Pneumonia (pneumonitis).", False)
e("g14", DX, "hepatocellular carcinoma", "Hepatocellular carcinoma (cholangiocarcinoma).", False)
e("g15", DX, "pulmonary embolism", "Pulmonary embolism (fat embolism).", False)
e("g16", DX, "pulmonary embolism", "Pulmonary embolism (septic pulmonary emboli).", True)
e("g17", DX, "osteosarcoma", "Osteosarcoma (Ewing sarcoma).", False)
e("g18", DX, "basal cell carcinoma", "Basal cell carcinoma (squamous cell carcinoma).", False)
e("g19", DX, "tuberculosis", "Tuberculosis (non-tuberculous mycobacterial infection).", False)
# narrower / broader in the bracket
e("g20", DX, "aspiration pneumonia", "Pneumonia (aspiration pneumonia).", True)
e("g21", DX, "aspiration pneumonia", "Aspiration pneumonia (pneumonia).", True)
e("g22", DX, "bacterial pneumonia", "Viral pneumonia (pneumonia).", False)
e("g23", DX, "small cell lung cancer", "Lung cancer (non-small cell lung cancer).", False)
e("g24", DX, "small cell lung cancer", "Small cell lung cancer (non-small cell lung cancer).", False)
e("g25", DX, "type 1 diabetes", "Type 1 diabetes (type 2 diabetes).", False)
e("g26", DX, "diabetes", "Diabetes (type 2 diabetes mellitus).", True)
e("g27", DX, "pneumothorax", "Left pneumothorax (right pneumothorax).", False)
e("g28", DX, "acute cholecystitis", "Acute cholecystitis (chronic cholecystitis).", False)
e("g29", DX, "chronic cholecystitis", "Acute cholecystitis (chronic cholecystitis).", False)
e("g30", DX, "benign prostatic hyperplasia", "Prostatic hyperplasia (malignant prostatic hyperplasia)", False)
# hedge or second candidate in the bracket
e("g31", DX, "psoriasis", "Psoriasis (possibly plaque psoriasis or eczema).", False)
e("g32", DX, "psoriasis", "Psoriasis (vs eczema).", False)
e("g33", DX, "pneumonia", "Pneumonia (cannot exclude aspiration pneumonia).", False)
e("g34", DX, "sarcoidosis", "Sarcoidosis (or lymphoma).", False)
e("g35", DX, "sarcoidosis", "Sarcoidosis (less likely pulmonary sarcoidosis).", False)
e("g36", DX, "pneumonia", "Pneumonia (probable atypical pneumonia).", True)
e("g37", DX, "tuberculosis", "Tuberculosis (rule out miliary tuberculosis).", False)
e("g38", DX, "appendicitis", "Appendicitis (perforated appendicitis? unclear).", False)
e("g39", DX, "pneumonia", "Pneumonia (resolved pneumonia).", False)
e("g40", DX, "pneumonia", "Pneumonia (no pneumonia).", False)
e("g41", DX, "pneumonia", "Pneumonia (pneumonia versus atelectasis).", False)
e("g42", DX, "hemorrhage", "Hemorrhage (old hemorrhage).", False)
e("g43", DX, "fracture", "Fracture (healed fracture).", False)
# Chinese glosses
e("g50", DX, "psoriasis", "Psoriasis (银屑病).", True)
e("g51", DX, "pneumonia", "肺炎 (pneumonia)", True)
e("g52", DX, "pneumonia", "Pneumonia (肺结核).", False)
e("g53", DX, "tuberculosis", "Tuberculosis（肺结核）", True)
e("g54", DX, "pneumothorax", "左侧气胸 (right pneumothorax)", False)
e("g55", DX, "pneumothorax", "Pneumothorax（可能为气胸或肺大疱）", False)
# gaming: list every option / restate question as the gloss
e("g60", DX, "pneumonia", "Pneumonia (pneumonia, atelectasis, effusion, edema).", False)
e("g61", DX, "pneumonia", "Pneumonia (most likely diagnosis pneumonia).", True)
e("g62", DX, "pneumonia", "Atelectasis (pneumonia).", False)
e("g63", DX, "pneumonia", "Effusion pneumonia pneumonia edema.", False)
e("g64", DX, "pulmonary edema", "Pulmonary edema (non-cardiogenic pulmonary edema).", True)
e("g65", DX, "cardiogenic pulmonary edema", "Pulmonary edema (non-cardiogenic pulmonary edema).", False)
e("g66", DX, "pneumonia", "Pneumonia (superimposed on pulmonary edema).", False)
# bracket contradicting the name (pre-existing drop) and its near misses that must still pass
e("b01", DX, "right upper lobe pneumonia", "Right upper lobe pneumonia (right lower lobe pneumonia).", False)
e("b02", DX, "pneumothorax", "Left pneumothorax (left-sided).", True)
e("b03", DX, "type 2 diabetes", "Type 2 diabetes (type 2 diabetes mellitus).", True)
e("b04", DX, "pneumonia", "Pneumonia (right lower lobe).", True)
e("b05", DX, "ischemic stroke", "Ischemic stroke (hemorrhagic stroke).", False)
e("b06", DX, "pneumothorax", "Right pneumothorax (small apical pneumothorax).", True)
e("b07", DX, "femoral neck fracture", "Femoral neck fracture (Garden type 3).", True)
e("b08", DX, "cholecystitis", "Acute cholecystitis (acute calculous cholecystitis).", True)
e("b09", DX, "crohn disease", "Crohn disease (terminal ileitis).", True)
e("b10", DX, "aortic dissection", "Aortic dissection (Stanford type A).", True)
# direct match_step probes on normalised answers
m("m01", DX, "pneumothorax", "left pneumothorax right pneumothorax", False)
m("m02", DX, "diabetes", "type 1 diabetes type 2 diabetes", False)
m("m03", DX, "pneumonia", "pneumonia atypical pneumonia", True)
m("m04", DX, "pneumonia", "pneumonia pneumonia and abscess", False)
m("m05", DX, "pneumonia", "pneumonia fungal pneumonia rather bacterial", False)
m("m06", DX, "pneumonia", "atelectasis pneumonia", False)
m("m07", DX, "hepatitis", "hepatitis alcoholic hepatitis", True)
m("m08", DX, "hepatitis", "hepatitis autoimmune hepatitis excluded", False)
m("m09", DX, "pulmonary embolism", "pulmonary embolism chronic thromboembolic pulmonary embolism", True)
m("m10", DX, "stroke", "stroke hemorrhagic stroke ischemic stroke", False)
m("m11", DX, "ischemic stroke", "ischemic stroke hemorrhagic stroke", False)
m("m12", DX, "breast cancer", "breast cancer metastatic breast cancer lung", False)
m("m13", DX, "cyst", "cyst hemorrhagic cyst mimic", False)
m("m14", DX, "aneurysm", "aneurysm pseudo aneurysm", False)
m("m15", DX, "aneurysm", "aneurysm ruptured aneurysm", True)
m("m16", DX, "cholecystitis", "cholecystitis acalculous cholecystitis", True)
m("m17", DX, "fracture", "fracture stress fracture old", False)
m("m18", DX, "kidney stone", "kidney stone bladder stone", False)
m("m19", DX, "liver abscess", "liver abscess hepatic abscess", True)
m("m20", DX, "lymphoma", "lymphoma hodgkin lymphoma", True)
m("m21", DX, "lymphoma", "lymphoma non hodgkin lymphoma", True)
m("m22", DX, "hodgkin lymphoma", "lymphoma non hodgkin lymphoma", False)
m("m23", DX, "appendicitis", "appendicitis mimic appendicitis", False)
m("m24", DX, "psoriasis", "psoriasis pseudo psoriasis", False)
# ---- (b) asked_field
e("f01", ABN, "pneumothorax", "**Abnormality:** Left-sided pneumothorax.\n\n**Details:** Visceral pleural line with absent lung markings; no mediastinal shift.", True)
e("f02", FIND, "pleural effusion", "**Finding:** Right pleural effusion\n**Severity:** moderate\n**Recommendation:** Consider thoracentesis if symptomatic.", True)
e("f03", ABN, "pneumothorax", "Abnormality: none\nImpression: Right pneumothorax.", True)
e("f04", ABN, "pneumothorax", "Abnormality: pneumothorax\nImpression: No acute abnormality.", False)
e("f05", FIND, "cardiomegaly", "**Finding:** Cardiomegaly\n**Impression:** Pulmonary edema", False)
e("f06", FIND, "pulmonary edema", "**Finding:** Cardiomegaly\n**Impression:** Pulmonary edema", True)
e("f07", "What is the size of the nodule?", "8 mm", "Size: 8 mm\nLocation: right upper lobe\nMargins: smooth", True)
e("f08", "What is the size of the nodule?", "8 mm", "Size: small\nLocation: right upper lobe\nMeasurement: 12 mm", False)
e("f09", "What is the size of the heart?", "enlarged", "Size: enlarged\nShape: globular\nImpression: cardiomegaly", True)
e("f10", "What is shown in the image?", "pneumonia", "Image: PA chest radiograph\nFinding: right lower lobe consolidation\nImpression: pneumonia", True)
e("f11", "What is the organ shown?", "liver", "Organ: Liver\nTissue: hepatocytes arranged in plates\nDiagnosis: normal liver", True)
e("f12", "Which organ is shown?", "kidney", "Organ: Kidney\nStain: H&E", True)
e("f13", "Which organ is shown?", "kidney", "Organ: probably kidney, possibly adrenal\nStain: H&E", False)
e("f14", "What is the abnormality?", "pneumothorax", "Abnormality: pneumothorax or skin fold\nSide: left", False)
e("f15", "What is the abnormality?", "pneumothorax", "Abnormality: Pneumothorax\nAbnormality: Pleural effusion", False)
e("f16", "What is the abnormality?", "pneumothorax", "Abnormality: Pneumothorax\nDifferential: skin fold, bulla", True)
e("f17", "What modality is used?", "ct", "Modality: CT\nPlane: axial\nFinding: liver lesion", True)
e("f18", "What plane is this image?", "axial", "Modality: CT\nPlane: Axial\nFinding: liver lesion", True)
e("f19", "What plane is this image?", "coronal", "Modality: CT\nPlane: Axial\nFinding: liver lesion", False)
e("f20", "What is the finding?", "pneumothorax", "Finding: none\nAnswer: pneumothorax", True)
e("f21", "What is the abnormality?", "fracture", "Abnormality: fracture of the distal radius\nTreatment: casting", True)
e("f22", "What is the abnormality?", "fracture", "Abnormality: No fracture\nOther: soft tissue swelling", False)
e("f23", "What is abnormal in this image?", "pneumothorax", "Heart: normal\nLungs: left pneumothorax\nBones: intact", True)
e("f24", "What is the abnormality?", "pneumothorax", "Heart: normal\nLungs: clear\nBones: intact\nAbnormality: none", False)
e("f25", "What is the most likely diagnosis?", "pneumonia", "Diagnosis: pneumonia\nDifferential: atelectasis, aspiration", True)
e("f26", "What is the most likely diagnosis?", "atelectasis", "Diagnosis: pneumonia\nDifferential: atelectasis, aspiration", False)
e("f27", "What is the main finding?", "pneumothorax", "Main finding: pneumothorax\nSecondary finding: rib fracture", True)
e("f28", "What is the main finding?", "rib fracture", "Main finding: pneumothorax\nSecondary finding: rib fracture", False)
e("f29", "What is the abnormality in the liver?", "cyst", "Liver: simple cyst\nSpleen: normal\nKidneys: normal", True)
e("f30", "What is the abnormality?", "cyst", "- **Abnormality** — simple cyst\n- **Size** — 3 cm", True)
e("f31", "What is the location of the mass?", "left kidney", "Location: left kidney\nSize: 4 cm\nEnhancement: heterogeneous", True)
e("f32", "What is the type of fracture?", "transverse", "Type: transverse\nLocation: mid shaft\nDisplacement: none", True)
e("f33", "What is the type of fracture?", "transverse", "Fracture type: oblique\nType: transverse", False)
e("f34", "What is the color of the lesion?", "red", "Color: red\nBorder: irregular", True)
e("f35", "What is the abnormality?", "pneumothorax", "Step 1: look at the apex\nStep 2: visceral pleural line\nAbnormality: pneumothorax", True)
e("f36", "What is the abnormality?", "effusion", "Abnormality: pneumothorax\nNote: no effusion", False)
e("f37", "What is the diagnosis?", "melanoma", "Diagnosis: melanoma?\nConfidence: low", False)
e("f38", "What is the abnormality?", "pneumothorax", "Abnormality: Left-sided pneumothorax.\nConclusion: No pneumothorax; skin fold.", False)
e("f39", "What is the abnormality?", "pneumothorax", "Abnormality: 气胸\nDetails: 左侧", True)
e("f40", "What is the finding?", "consolidation", "Finding: consolidation\nFinding: consolidation", True)
# ---- (c) _part_of
e("p01", "Where is the consolidation?", "right lower lobe", "Right lung, lower lobe.", True)
e("p02", "Where is the lesion?", "left kidney upper pole", "Left kidney, upper pole.", True)
e("p03", "Where is the lesion?", "left kidney", "Left kidney, upper pole.", True)
e("p04", "Where is the mass?", "right lung", "Right lung, lower lobe mass.", True)
e("p05", "Where is the mass?", "right lower lobe", "Right lung, lower lobe mass with cavitation.", True)
e("p06", "Where is the abnormality?", "left lung", "Left lung, pneumothorax.", True)
e("p07", "Where is the abnormality?", "left upper lobe", "Left lung - upper lobe.", True)
e("p08", "Where is the abnormality?", "left upper lobe", "Left lung — upper lobe.", True)
e("p09", "Where is the lesion?", "left kidney", "Left kidney, right kidney.", False)
e("p10", "Where is the lesion?", "right kidney", "Left kidney, right kidney.", False)
e("p11", "Where is the fracture?", "left femur", "Left femur, neck fracture.", True)
e("p12", "Where is the lesion?", "left lower lobe", "Right lung, lower lobe.", False)
e("p13", "Where is the lesion?", "right lower lobe", "Right lung, upper lobe.", False)
e("p14", "Where is the lesion?", "liver", "Liver, segment 7.", True)
e("p15", "Where is the lesion?", "breast", "Left breast, upper outer quadrant.", True)
e("p16", "Where is the lesion?", "left breast upper outer quadrant", "Left breast, upper outer quadrant.", True)
e("p17", "Where is the effusion?", "bilateral", "Both lungs - lower lobes.", True)
e("p18", "Where is the lesion?", "right lung", "Right lung, lower lobe, left lung upper lobe.", False)
e("p19", "Where is the opacity?", "right lower lobe", "Right lung, lower lobe, likely pneumonia.", True)
e("p20", "Where is the lesion?", "temporal lobe", "Brain, frontal lobe.", False)
e("p21", "Where is the lesion?", "frontal lobe", "Brain, frontal lobe.", True)
e("p22", "What is the abnormality?", "pneumonia", "Right lung, lower lobe pneumonia.", True)
e("p23", "Which lobe is affected?", "right lower lobe", "Right lung, lower lobe.", True)
e("p24", "Where is the lesion?", "right kidney", "Right kidney, lower pole cyst.", True)
e("p25", "Where is the lesion?", "left lung", "Left lung, hilum.", True)
e("p26", "Where is the lesion?", "lower lobe", "Right lung, lower lobe or upper lobe.", False)



def run() -> list[tuple[str, str, bool]]:
    from medstep.extract import extract
    from medstep.score.open_grade import match_step
    from medstep.score.outcome import grade
    from medstep.types import AnswerType, Generation, Sample
    out = []
    for pid, kind, q, g, t, _ok in P:
        try:
            if kind == "m":
                st = match_step(t, g, q)
                out.append((pid, str(st), st is not None))
                continue
            s = Sample(id=pid, question=q, answer=g, answer_type=AnswerType.OPEN, options={})
            ext = extract(t, s)
            got = False if ext.answer is None else bool(grade(s, ext, Generation(text=t)).correct)
            out.append((pid, repr(ext.answer), got))
        except Exception as exc:  # noqa: BLE001
            out.append((pid, "ERR " + type(exc).__name__, False))
    return out



_BAD_AT_REVIEW = {'p15', 'g19', 'f09', 'g50', 'f11', 'g24', 'g66', 'f29', 'b09', 'p24', 'g36', 'f39', 'f23', 'p17', 'g11', 'g17', 'g20', 'p04', 'g53', 'p05', 'g51', 'm21', 'g15', 'p07', 'p08', 'g21'}
_READ = functools.lru_cache(maxsize=1)(lambda: {pid: got for pid, _rd, got in run()})
_EXPECTED = {p[0]: p[5] for p in P}


@pytest.mark.parametrize("pid", [pytest.param(p[0], marks=pytest.mark.xfail(strict=False)) if p[0] in _BAD_AT_REVIEW else p[0]
                                 for p in P])
def test_probe(pid: str) -> None:
    assert _READ()[pid] == _EXPECTED[pid]
