"""Session 59 review probes of lane errloc59 (height conflicts), pinned: each probe's expected reading holds;
the ids in _BAD_AT_REVIEW were still read wrongly when the review ended (xfail, not strict)."""
import functools

import pytest

C, N = "C", "N"
P = [
    # --- the class the lane claims to fix, new wordings (true contradictions)
    ("fix01", "The right hilum is depressed.", "The right hilum is high-riding.", C),
    ("fix02", "The left hemidiaphragm is elevated.", "The left hemidiaphragm sits low.", C),
    ("fix03", "There is elevation of the right hemidiaphragm.", "The right hemidiaphragm is depressed.", C),
    ("fix04", "The right hilum is pulled upward by fibrosis.", "There is a low-lying right hilum.", C),
    ("fix05", "The right hilum is elevated.", "The right hilum is displaced inferiorly.", C),
    ("fix06", "The left hilum is depressed, with the lower lobe collapsed.", "Step 2: the left hilum is raised.", C),
    ("fix07", "The left kidney is high-lying, in the upper abdomen.", "The left kidney is low in the pelvis.", C),
    ("fix08", "The humeral head is high-riding.", "The humeral head is displaced inferiorly.", C),
    ("fix09", "The patella is high-riding.", "The patella is low-lying, consistent with patella baja.", C),
    ("fix10", "The right hemidiaphragm is depressed and flattened.", "An elevated right hemidiaphragm is seen.", C),
    ("fix11", "The horizontal fissure is displaced inferiorly.", "The horizontal fissure is displaced superiorly.", C),
    ("fix12", "The left hilum is elevated.", "<think>The left hilum is pulled down.</think>\nAnswer: B", C),
    ("fix13", "The right hilum is depressed.", "1. The right hilum is elevated.\n2. So this is RUL collapse.", C),
    ("fix14", "The endotracheal tube is low.", "The endotracheal tube is high, well above the carina.", C),
    ("fix15", "The right hemidiaphragm is elevated.", "The right hemidiaphragm is lowered.", C),
    ("fix16", "The right hilum is depressed.", "The right hilum looks elevated.", C),
    ("fix17", "The left hemidiaphragm is raised.", "Inferior displacement of the left hemidiaphragm is present.", C),
    ("fix18", "The left hilum is low-lying.", "The left hilum is abnormally high.", C),
    # --- same height paraphrased: must not be contradicted
    ("same01", "The right hilum is elevated.", "The right hilum is raised.", N),
    ("same02", "The right hilum is elevated.", "The right hilum is pulled upward.", N),
    ("same03", "The right hilum is elevated.", "The right hilum is high-riding.", N),
    ("same04", "The right hilum is depressed.", "The right hilum sits low.", N),
    ("same05", "The right hilum is depressed.", "The right hilum is displaced inferiorly.", N),
    ("same06", "The left hemidiaphragm is elevated.", "Elevation of the left hemidiaphragm.", N),
    ("same07", "The left hemidiaphragm is elevated.", "There is an elevated left hemidiaphragm with gastric bubble beneath.", N),
    ("same08", "The right hilum is retracted superiorly.", "The right hilum is elevated.", N),
    ("same09", "The left hilum is low-lying.", "The left hilum is depressed.", N),
    ("same10", "The right hilum is elevated.", "The right hilum sits lower than the left.", N),
    ("same11", "The right hilum is elevated.", "The right hilum sits higher than usual.", N),
    ("same12", "The right hemidiaphragm is elevated.", "The right hemidiaphragm is still elevated.", N),
    # --- heights of different structures in one sentence
    ("diff01", "The right hilum is elevated and the right hemidiaphragm is depressed.", "The right hemidiaphragm is depressed and the right hilum is elevated.", N),
    ("diff02", "The right hilum is elevated with depression of the right hemidiaphragm.", "The right hilum is elevated.", N),
    ("diff03", "The left hemidiaphragm is elevated.", "The left hilum is depressed.", N),
    ("diff04", "The right hemidiaphragm is elevated.", "The elevated right hemidiaphragm pushes the liver up; the right hilum is depressed.", N),
    ("diff05", "The horizontal fissure is elevated.", "The horizontal fissure is elevated and the oblique fissure is displaced inferiorly.", N),
    ("diff06", "The right hilum is elevated, and the left hilum is depressed.", "The left hilum is depressed while the right hilum is elevated.", N),
    ("diff07", "The right hemidiaphragm is elevated.", "The liver is pushed up, with the right kidney low in the abdomen.", N),
    # --- different side
    ("side01", "The right hemidiaphragm is elevated.", "The left hemidiaphragm is depressed.", N),
    ("side02", "The hemidiaphragm is elevated on the right.", "The hemidiaphragm is depressed on the left.", N),
    ("side03", "The hilum is elevated on the right side.", "The hilum is low on the left.", N),
    ("side04", "The hilum is elevated on the right side.", "The hilum is pulled down on the left side.", N),
    ("side05", "The right kidney is low-lying.", "The left kidney lies high in its fossa.", N),
    ("side06", "The right hilum is depressed.", "The left hilum is elevated.", N),
    ("side07", "The hemidiaphragm is elevated on the right.", "On the left, the hemidiaphragm is depressed.", N),
    # --- two heights at two times
    ("time01", "On the prior study the right hemidiaphragm was elevated. The right hemidiaphragm is now depressed.", "The right hemidiaphragm is depressed.", N),
    ("time02", "The right hemidiaphragm was elevated on the radiograph of 2019; today the right hemidiaphragm is depressed.", "The right hemidiaphragm is depressed.", N),
    ("time03", "The right hemidiaphragm is depressed.", "The right hemidiaphragm was elevated before the effusion; it is now depressed.", N),
    ("time04", "The right hemidiaphragm is elevated.", "Previously the right hemidiaphragm was low; now the right hemidiaphragm is elevated.", N),
    ("time05", "The right hemidiaphragm is depressed. Earlier, before thoracentesis, the right hemidiaphragm was elevated.", "The right hemidiaphragm is depressed now.", N),
    ("time06", "The right hilum is elevated.", "On the earlier film the right hilum is depressed, now it is elevated.", N),
    ("time07", "The right hilum is elevated.", "In 2019 the right hilum is low-lying; today the right hilum is elevated.", N),
    ("time08", "The right hilum is depressed.", "Before surgery, the right hilum is elevated. After lobectomy, the right hilum is depressed.", N),
    # --- general knowledge / alternatives weighed
    ("know01", "The right hilum is depressed.", "In right upper lobe collapse, the right hilum is elevated; here the right hilum is depressed, so this is lower lobe collapse.", N),
    ("know02", "The right hilum is depressed.", "With upper lobe collapse, the right hilum is elevated. With lower lobe collapse, the right hilum is depressed.", N),
    ("know03", "The right hilum is depressed.", "If the right hilum is elevated, that points to upper lobe collapse.", N),
    ("know04", "The left hemidiaphragm is depressed.", "Phrenic nerve palsy would leave the left hemidiaphragm elevated.", N),
    ("know05", "The left hemidiaphragm is depressed.", "In phrenic nerve palsy the left hemidiaphragm is elevated, which is not what we see.", N),
    ("know06", "The right hilum is depressed.", "RUL collapse: the right hilum is elevated. RLL collapse: the right hilum is depressed. The image fits RLL collapse.", N),
    ("know07", "The right hemidiaphragm is depressed.", "Hyperinflation makes the right hemidiaphragm low and flat; an effusion can invert it.", N),
    ("know08", "The right hilum is depressed.", "Whether the right hilum is elevated is the key question.", N),
    ("know09", "The right hilum is depressed.", "Is the right hilum elevated? No, the right hilum is depressed.", N),
    ("know10", "The right hilum is depressed.", "To check whether the right hilum is elevated, compare with the left.", N),
    ("know11", "The left hemidiaphragm is elevated.", "Expected finding for COPD: the left hemidiaphragm is depressed.", N),
    ("know12", "The right hilum is depressed.", "Classically, the right hilum is elevated in upper lobe collapse.", N),
    # --- options listed
    ("opt01", "The right hilum is depressed.", "Choice A: the right hilum is elevated.\nChoice B: the right hilum is depressed.\nThe answer is B.", N),
    ("opt02", "The right hilum is depressed.", "**A:** The right hilum is elevated.\n**B:** The right hilum is depressed.\nAnswer: B", N),
    ("opt03", "The right hilum is depressed.", "(A) The right hilum is elevated\n(B) The right hilum is depressed\nAnswer: B", N),
    ("opt04", "The right hilum is depressed.", "Option 1: the right hilum is elevated. Option 2: the right hilum is depressed. Option 2 is correct.", N),
    ("opt05", "The right hilum is depressed.", "- A) right hilum elevated\n- B) right hilum depressed\nThe answer is B.", N),
    ("opt06", "The right hilum is depressed.", "Answer A says the right hilum is elevated, which is wrong.", N),
    ("opt07", "The right hilum is depressed.", "The options are: the right hilum is elevated, or the right hilum is depressed. I choose the second.", N),
    ("opt08", "The right hilum is depressed.", "Options: A. The right hilum is elevated B. The right hilum is depressed. Answer: B", N),
    # --- signal / density / sequence uses of high and low
    ("sig01", "The mass is high in the T2-weighted images.", "The mass is low in the T1-weighted images.", N),
    ("sig02", "The lesion is high at b1000.", "The lesion is low at ADC, confirming restricted diffusion.", N),
    ("sig03", "The lesion is high on T2.", "The lesion is low on T1.", N),
    ("sig04", "The liver is low in attenuation.", "The liver is high in the arterial phase.", N),
    ("sig05", "The lesion is high in the diffusion-weighted sequence.", "The lesion is low in the ADC map.", N),
    ("sig06", "The cyst is high in T2 signal.", "The cyst is low in T1 signal.", N),
    ("sig07", "The lesion is hyperintense on T2.", "The lesion is low in the T1 images and high in the T2 images.", N),
    ("sig08", "The nodule is high in the PET images.", "The nodule is low in the CT images.", N),
    ("sig09", "The spleen is low in the arterial phase.", "The spleen is high in the portal venous phase.", N),
    ("sig10", "A low attenuation lesion is seen in the liver.", "A high attenuation lesion in the liver.", N),
    ("sig11", "The lesion is bright on T2.", "The lesion is T2 high and T1 low.", N),
    # --- ECG / lab / pressure
    ("lab01", "The ST is elevated in V1 to V4.", "There is reciprocal depression of ST in II, III and aVF.", N),
    ("lab02", "The ST is elevated in leads II, III and aVF.", "The ST is depressed in I and aVL, a reciprocal change.", N),
    ("lab03", "There is elevation of PR in aVR.", "There is widespread depression of PR in the limb leads.", N),
    ("lab04", "The J point is elevated in V2.", "The J point is depressed in lead III.", N),
    ("lab05", "The ST segments are elevated in V1-V3.", "ST-segment depression is present in V5-V6.", N),
    ("lab06", "Sodium is low.", "Sodium is high in the urine, pointing to SIADH.", N),
    ("lab07", "Glucose is high.", "Glucose is low in the CSF, suggesting bacterial meningitis.", N),
    ("lab08", "Protein is high in the CSF.", "Protein is low in the serum.", N),
    ("lab09", "The white cell count is elevated.", "The white cell count is low.", C),
    ("lab10", "Blood pressure is low.", "Blood pressure is elevated.", N),
    ("lab11", "Calcium is low in the serum.", "Calcium is high in the urine.", N),
    ("lab12", "The potassium is high at 6.1.", "The potassium is high at presentation.", N),
    ("lab13", "The troponin is elevated.", "The troponin is elevated at 3 hours.", N),
    ("lab14", "The intracranial pressure is elevated.", "Cerebral perfusion pressure is low.", N),
    ("lab15", "The hemoglobin is low at 7.2.", "The hemoglobin is low at admission and iron studies are pending.", N),
    ("lab16", "The ST is elevated in V2.", "The T wave is depressed.", N),
    ("lab17", "The jugular venous pressure is raised.", "The jugular venous pressure is low.", N),
    ("lab18", "Ejection fraction is depressed at 30%.", "Ejection fraction is depressed.", N),
    ("lab19", "The mood is elevated.", "The patient is depressed.", N),
    ("lab20", "Heart rate is high at 120.", "Respiratory rate is low.", N),
    # --- Chinese / Spanish / other languages
    ("lang01", "El hemidiafragma derecho está elevado.", "El hemidiafragma derecho está descendido.", N),
    ("lang02", "右侧肺门上移。", "右侧肺门下移，提示下叶不张。", N),
    ("lang03", "The right hilum is depressed.", "右侧肺门抬高 (the right hilum is depressed).", N),
    ("lang04", "El hilio derecho está elevado.", "El hilio derecho está elevado, con pérdida de volumen.", N),
    ("lang05", "The right hilum is elevated.", "El hilio derecho está elevado. The right hilum is elevated.", N),
    ("lang06", "Le hile droit est surélevé.", "Le hile droit est abaissé.", N),
    ("lang07", "右侧膈肌抬高。", "右侧膈肌抬高，右下肺体积缩小。", N),
    ("lang08", "The right hilum is elevated.", "右侧肺门下移。", N),
    # --- hedging / gaming
    ("game01", "The right hilum is depressed.", "The right hilum may be elevated.", N),
    ("game02", "The right hilum is depressed.", "The right hilum is possibly elevated or depressed.", N),
    ("game03", "The right hilum is depressed.", "The right hilum is elevated or depressed; the right hilum is depressed.", N),
    ("game04", "The right hilum is depressed.", "The right hilum could be high or low.", N),
    ("game05", "The right hilum is depressed.", "The right hilum is not elevated.", N),
    ("game06", "The right hilum is depressed.", "There is no elevation of the right hilum.", N),
    ("game07", "The right hilum is depressed.", "The right hilum is probably elevated.", N),
    ("game08", "The right hilum is depressed.", "The right hilum is either elevated or depressed, hard to say.", N),
    ("game09", "The right hilum is depressed.", "The right hilum is abnormal in position.", N),
    ("game10", "The right hilum is depressed.", "The question asks whether the right hilum is elevated or depressed.", N),
    ("game11", "The right hilum is depressed.", "The right hilum is displaced.", N),
    ("game12", "The right hilum is depressed.", "The right hilum is elevated? No.", N),
    ("game13", "The right hilum is depressed.", "I cannot tell whether the right hilum is elevated.", N),
    ("game14", "The right hilum is depressed.", "The right hilum is depressed, not elevated.", N),
    ("game15", "The right hilum is depressed.", "The right hilum does not appear elevated.", N),
    ("game16", "The right hilum is depressed.", "The right hilum is neither elevated nor normal; it is depressed.", N),
    # --- cut outputs and markdown
    ("cut01", "The right hilum is depressed.", "Looking at the film, the right hilum is depr", N),
    ("cut02", "The right hilum is depressed.", "**Findings**\n- The right hilum is depressed\n- The right hemidiaphragm is", N),
    ("cut03", "The right hilum is depressed.", "## Step 1\nThe right hilum is low\n## Step 2\nThe", N),
    ("cut04", "The right hilum is elevated.", "| Structure | Position |\n|---|---|\n| Right hilum | elevated |", N),
    ("cut05", "The right hilum is elevated.", "> The right hilum is elevated\n\nSo the answer", N),
    ("cut06", "The left hemidiaphragm is elevated.", "* **Left hemidiaphragm** is elevated, with the stomach bubble", N),
    # --- report with two heights for one subject, or mixed subject words
    ("mix01", "The right hemidiaphragm is elevated. Laterally the right hemidiaphragm is depressed by the effusion.", "The right hemidiaphragm is depressed.", N),
    ("mix02", "The right hilum is elevated.", "The right hilum is elevated and the right hilum vessels are pulled down.", N),
    ("mix03", "The right hemidiaphragm is elevated.", "The right hemidiaphragm dome is elevated; the right hemidiaphragm is low laterally.", N),
    ("mix04", "The right hemidiaphragm is elevated.", "The right hemidiaphragm is depressed by a subpulmonic effusion.", C),
    ("mix05", "The right hemidiaphragm is elevated.", "The right hemidiaphragm is elevated; the right costophrenic angle is depressed.", N),
    ("mix06", "The trachea is deviated to the right.", "The trachea is pulled up and to the right.", N),
    ("mix07", "The right hilum is elevated.", "The right hilum is elevated, with the minor fissure depressed.", N),
    # --- depressed fractures, surgery, other meanings of the words
    ("oth01", "There is a depressed skull fracture.", "The depressed skull fracture should be elevated surgically.", N),
    ("oth02", "The fracture fragment is depressed by 8 mm.", "The fragment was elevated at surgery.", N),
    ("oth03", "The fracture fragment is depressed.", "The fracture fragment is elevated after surgery.", N),
    ("oth04", "The right leg is elevated on a pillow.", "The left leg is low.", N),
    ("oth05", "The head of the bed is elevated.", "The bed is low.", N),
    ("oth06", "The tibial plateau is depressed.", "The tibial plateau is depressed 5 mm.", N),
    ("oth07", "The likelihood of malignancy is low.", "The likelihood of malignancy is low.", N),
    ("oth08", "The patient is high risk.", "The patient is low risk.", C),
    ("oth09", "The conus is low-lying, at L3.", "The conus is low at L3, consistent with tethering.", N),
    ("oth10", "The placenta is low-lying.", "A low-lying placenta is present.", N),
    ("oth11", "The cyst lies inferiorly in the left kidney.", "The cyst is superiorly displacing the renal pelvis.", N),
    ("oth12", "The mass is inferiorly located.", "The mass is superiorly bordered by the liver.", N),
    ("oth13", "The lesion lies superiorly in the right lobe.", "The lesion lies inferiorly to the portal vein.", N),
    ("oth14", "The right hilum is elevated.", "The right hilum is elevated; this is the answer.", N),
    # --- no heights: must not move
    ("none01", "There is a right pleural effusion.", "There is a right pleural effusion.", N),
    ("none02", "There is a right pleural effusion.", "There is no pleural effusion.", C),
    ("none03", "The heart is enlarged.", "The heart is enlarged, with a high cardiothoracic ratio.", N),
    ("none04", "The lungs are clear.", "The lungs are clear; the diaphragm is in a normal position.", N),
    ("none05", "Right upper lobe collapse.", "The right upper lobe has collapsed and the minor fissure is raised.", N),
]



def run() -> dict[str, list[str]]:
    """Readings (contradicted rules) of every probe, with medstep imported from ``tree`` (already on sys.path)."""
    from medstep.verify import verify
    out = {}
    for pid, report, chain, _ in P:
        v = verify(chain, report=report)
        out[pid] = sorted({fv.rule for s in v.steps for fv in s.verdicts if fv.verdict.name == "CONTRADICTED"})
    return out


def check(expected: str, rules: list[str]) -> bool:
    return bool(rules) == (expected == C)


_BAD_AT_REVIEW = {'oth03', 'fix17', 'lab09', 'fix12', 'sig08', 'fix04', 'oth08'}
_READ = functools.lru_cache(maxsize=1)(run)


@pytest.mark.parametrize("pid, expected", [pytest.param(p[0], p[3], marks=pytest.mark.xfail(strict=False)) if p[0] in _BAD_AT_REVIEW
                                           else (p[0], p[3]) for p in P])
def test_probe(pid: str, expected: str) -> None:
    assert check(expected, _READ()[pid])
