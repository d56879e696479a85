"""Seventh closed round (closed10): yes/no questions answered in report words instead of yes or no.

Each mechanism has its positive phrasings and, beside them, precision probes that must stay unparsed,
ambiguous or refused (a guess is worse than no answer). Invented texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="c10", question=question, answer=answer, answer_type=AnswerType.CLOSED)


ICH = _closed("Is there any intracranial hemorrhage?")
EFFUSION = _closed("Is there a pleural effusion?")
FRACTURE = _closed("Is there a fracture?")
RIB_FRACTURE = _closed("Are there any rib fractures?")
PTX = _closed("Is there a pneumothorax?")
INFARCT = _closed("Is there an infarct?")
OLD_INFARCT = _closed("Is there evidence of an old infarct?")
PRIOR_FRACTURE = _closed("Is there a prior fracture?")
CXR_NORMAL = _closed("Is the chest X-ray normal?")
SCAN_ABNORMAL = _closed("Is this scan abnormal?")
STUDY_NORMAL = _closed("Is the study normal?")
HEART_ENLARGED = _closed("Is the heart enlarged?")
SILHOUETTE_NORMAL = _closed("Is the cardiac silhouette normal?")
HYDRONEPHROSIS = _closed("Is there hydronephrosis?")
EDEMA = _closed("Is there pulmonary edema?")
LIVER_LESION = _closed("Is there a lesion in the liver?")
THYROID_NODULE = _closed("Is there a nodule in the thyroid?")
LUNG_ABNORMALITY = _closed("Is there any abnormality in the lungs?")
MEDIASTINUM_ABNORMALITY = _closed("Is there an abnormality of the mediastinum?")
HEART_ABNORMALITY = _closed("Is there any abnormality in the heart?")

NG_POSITION = _closed("Is the nasogastric tube correctly positioned?")
CHEST_TUBE = _closed("Is the chest tube in good position?")
NG_GOOD = _closed("Is the NG tube in good position?")
LIVER_MASS = _closed("Is there a mass in the liver?")
KIDNEYS_MASS = _closed("Is there a mass in the kidneys?")
FEMUR_FRACTURE = _closed("Is there a fracture of the femur?")
BONE_LESION = _closed("Is there a bone lesion?")
ANY_HEMORRHAGE = _closed("Is there any hemorrhage?")
RIGHT_CONSOLIDATION = _closed("Is there consolidation in the right lung?")
MRI_ABNORMAL = _closed("Is the MRI abnormal?")
RIGHT_HYDRO = _closed("Is there hydronephrosis of the right kidney?")
THIS_NORMAL = _closed("Is this normal?")
MALIGNANT = _closed("Is the lesion malignant?")
MAMMOGRAM = _closed("Is this a normal mammogram?")

ETT_POSITION = _closed("Is the endotracheal tube in good position?")
LINE_POSITION = _closed("Is the central line correctly positioned?")
OSTEOARTHRITIS = _closed("Is there osteoarthritis?")
CONSOLIDATION = _closed("Is there consolidation?")
MASS = _closed("Is there a mass?")
HEMORRHAGE = _closed("Is there a hemorrhage?")

CLOSED10_CASES = [
    # a denial qualified by report words ("acute", "significant", "definite", "obvious") still denies
    Case("qualified-acute", ICH, "No acute intracranial hemorrhage.", "no", "implicit_yes_no"),
    Case("qualified-significant", EFFUSION, "No significant pleural effusion.", "no", "implicit_yes_no"),
    Case("qualified-definite", FRACTURE, "No definite fracture is identified.", "no", "implicit_yes_no"),
    Case("qualified-negated-seeing", RIB_FRACTURE, "I don't see any definite rib fractures.", "no", "implicit_yes_no"),
    Case("qualified-acute-pneumothorax", PTX, "No acute pneumothorax.", "no", "implicit_yes_no"),
    # ... but not where the qualifier meant something, nor a word naming a kind, nor a qualifier outside a denial
    Case("qualified-then-old-one", RIB_FRACTURE, "No acute rib fracture. Old healed fracture of the left 7th rib.",
         None, "ambiguous"),
    Case("qualified-then-chronic-one", INFARCT, "No acute infarct. Chronic lacunar infarct in the left thalamus.",
         None, "ambiguous"),
    Case("qualified-then-only", EFFUSION, "No significant pleural effusion, only a trace of fluid at the left base.",
         None, "unparsed"),
    Case("kind-word-still-narrows", PTX, "No large pneumothorax.", None, "unparsed"),
    Case("qualifier-of-a-change", EFFUSION, "There is no significant change in the pleural effusion.", None, "unparsed"),
    Case("qualifier-outside-denial", FRACTURE, "Definite evidence of fracture is lacking.", None, "unparsed"),
    Case("qualifier-not-definite", FRACTURE, "The fracture is not definite.", None, "unparsed"),
    # a hedge word the question itself asks ("old") is no hedge in the answer; other hedges still are
    Case("asked-old-infarct", OLD_INFARCT,
         "There is encephalomalacia in the right occipital lobe consistent with an old infarct.", "yes", "implicit_yes_no"),
    Case("asked-prior-still-hedged", PRIOR_FRACTURE, "There is possibly an old fracture.", None, "ambiguous"),
    # the whole study denied any abnormality
    Case("not-abnormal", SCAN_ABNORMAL, "Not abnormal.", "no", "implicit_normality"),
    Case("nothing-abnormal-seen", SCAN_ABNORMAL, "Nothing abnormal is seen.", "no", "implicit_normality"),
    Case("nothing-abnormal-on-radiograph", CXR_NORMAL, "Nothing abnormal is seen on this radiograph.", "yes",
         "implicit_normality"),
    Case("not-an-abnormal-study", STUDY_NORMAL, "This is not an abnormal study.", "yes", "implicit_normality"),
    Case("no-obvious-abnormality", STUDY_NORMAL, "No obvious abnormality is seen.", "yes", "implicit_normality"),
    Case("nothing-abnormal-except", STUDY_NORMAL, "Nothing abnormal is seen apart from a small nodule.", "no",
         "implicit_normality"),
    Case("not-abnormal-hedged", STUDY_NORMAL, "Not abnormal, I think.", None, "unparsed"),
    # an organ as a sentence's label is the subject of its state
    Case("organ-label-markdown", HEART_ENLARGED, "**Heart:** normal in size. **Lungs:** clear.", "no", "implicit_finding"),
    Case("organ-label-fields", SILHOUETTE_NORMAL, "Cardiac silhouette: within normal limits. Mediastinum: normal. "
         "Lungs: clear.", "yes", "implicit_finding"),
    Case("organ-label-hedged", HEART_ENLARGED, "Heart: possibly enlarged.", None, "ambiguous"),
    # a sign of absence of hydronephrosis; a sign of presence beside it is no reading
    Case("collecting-system-not-dilated", HYDRONEPHROSIS, "The renal pelvis and calyces are not dilated.", "no",
         "implicit_finding"),
    Case("collecting-system-both", HYDRONEPHROSIS, "The renal pelvis is not dilated but the calyces are distended.",
         None, "ambiguous"),
    Case("no-features-of", EDEMA, "No features of pulmonary oedema.", "no", "implicit_yes_no"),
    # a located finding "is seen in" its organ
    Case("located-seen-in", LIVER_LESION, "A 2 cm hypodense lesion is seen in segment VI of the liver.", "yes",
         "implicit_yes_no"),
    Case("located-seen-adjacent", LIVER_LESION, "A 2 cm hypodense lesion is seen adjacent to the liver.", None,
         "unparsed"),
    Case("located-gland", THYROID_NODULE, "There is a nodule in the right lobe of the thyroid gland, measuring "
         "approximately 1.2 cm.", "yes", "implicit_yes_no"),
    # an abnormality of an organ is the organ not being normal
    Case("organ-abnormality-clear", LUNG_ABNORMALITY, "The lungs are clear bilaterally.", "no",
         "implicit_finding"),  # (the concept reader reads an organ's abnormality since asked40)
    Case("organ-abnormality-widened", MEDIASTINUM_ABNORMALITY, "The mediastinum is widened.", "yes",
         "implicit_finding"),
    Case("organ-abnormality-except", LUNG_ABNORMALITY, "The lungs are clear apart from a small nodule.", None,
         "unparsed"),
    Case("organ-abnormality-size-only", HEART_ABNORMALITY, "The heart is normal in size.", None, "unparsed"),
    # a tube or line in good position, or malpositioned (extract/antonyms.py, pair "placement")
    Case("placement-pronoun", NG_POSITION, "The NG tube courses below the diaphragm with its tip over the gastric "
         "fundus. This is an appropriate position.", "yes", "implicit_placement"),  # place and judgement agree (s43)
    Case("placement-elliptic", CHEST_TUBE, "Tip at the right apex within the pleural space. Good position.", "yes",
         "implicit_antonym"),
    Case("placement-malpositioned", NG_GOOD, "The NG tube is malpositioned.", "no", "implicit_antonym"),
    Case("placement-other-device", NG_GOOD, "The endotracheal tube is in good position.", None, "unparsed"),
    Case("placement-hedged", NG_GOOD, "The NG tube may be malpositioned.", None, "unparsed"),
    Case("placement-both", NG_GOOD, "The ETT is in good position but the NG tube is malpositioned.", None, "unparsed"),
    # a finding asked in one organ (extract/sides.py): the organ called normal, the finding elsewhere
    Case("organ-normal-finding-elsewhere", LIVER_MASS, "There is a 3 cm enhancing mass in the left kidney; the liver "
         "is unremarkable.", "no", "implicit_side"),
    Case("organ-finding-elsewhere-only", LIVER_MASS, "There is a 3 cm enhancing mass in the left kidney.", None,
         "unparsed"),
    Case("organ-normal-size-only", LIVER_MASS, "The liver is normal in size.", None, "unparsed"),
    Case("organ-normal-except", LIVER_MASS, "The liver is normal apart from a small cyst.", None, "unparsed"),
    Case("organ-one-side-normal", KIDNEYS_MASS, "The left kidney is unremarkable.", None, "unparsed"),
    Case("organ-both-normal", KIDNEYS_MASS, "Both kidneys are unremarkable.", "no", "implicit_side"),
    Case("organ-coarse-anatomy", FEMUR_FRACTURE, "The hip joint is normal.", None, "unparsed"),
    # a margin word is no hedge ("defined" is, in a definition)
    Case("well-defined-margin", BONE_LESION, "There is a well-defined lytic lesion in the femur.", "yes",
         "implicit_finding"),
    Case("defined-as", BONE_LESION, "A lytic lesion is defined as a bone lesion.", None, "unparsed"),
    # "neither X shows"; the whole-study region narrows nothing
    Case("neither-shows", HYDRONEPHROSIS, "Neither kidney shows hydronephrosis.", "no", "implicit_yes_no"),
    Case("neither-shows-kind", HYDRONEPHROSIS, "Neither kidney shows severe hydronephrosis.", None, "unparsed"),
    Case("intracranial-region", ANY_HEMORRHAGE, "No acute intracranial hemorrhage.", "no", "implicit_yes_no"),
    Case("intracranial-then-scalp", ANY_HEMORRHAGE, "No intracranial hemorrhage. Small scalp hematoma.", None,
         "ambiguous"),
    # a broader finding on the other side says nothing of the asked side
    Case("side-broader-elsewhere", RIGHT_CONSOLIDATION, "The right lung is clear; there is patchy airspace opacity in "
         "the left lower lobe.", "no", "implicit_side"),
    Case("side-broader-same-side", RIGHT_CONSOLIDATION, "The right lung is clear; there is patchy airspace opacity in "
         "the right lower lobe.", None, "unparsed"),
    Case("dont-see-anything-abnormal", MRI_ABNORMAL, "I don't see anything abnormal on this MRI.", "no",
         "implicit_normality"),
    Case("anything-abnormal-stated", MRI_ABNORMAL, "There is anything abnormal.", None, "unparsed"),
    # a finding that names its organ answers the organ's side
    Case("organ-intrinsic-side", RIGHT_HYDRO, "Right hydronephrosis is present.", "yes", "implicit_side"),
    Case("organ-intrinsic-no-side", RIGHT_HYDRO, "Hydronephrosis is present.", None, "unparsed"),
    # "Is this normal?" asks the picture as a whole: the whole-study reader answers first (closed47, same verdict)
    Case("not-an-abnormal-pole", THIS_NORMAL, "This is not an abnormal study.", "yes", "implicit_normality"),
    Case("not-a-qualified-pole", MALIGNANT, "It is not a typical benign lesion.", None, "unparsed"),
    Case("mammogram-finding", MAMMOGRAM, "The mammogram shows a spiculated mass in the upper outer quadrant of the left "
         "breast.", "no", "implicit_normality"),
    # the asked device named by its abbreviation; advice on a stated finding is no hedge (the distance to the carina
    # is read first, against extract/thresholds.py, closedm12)
    Case("placement-abbreviation", ETT_POSITION, "The ETT tip is 4 cm above the carina, which is an appropriate "
         "position.", "yes", "implicit_measure"),
    Case("placement-abbreviation-words", ETT_POSITION, "The ETT tip lies above the carina, which is an appropriate "
         "position.", "yes", "implicit_antonym"),
    Case("placement-tip-of-what", NG_GOOD, "The tip is in good position.", None, "unparsed"),
    Case("placement-advice", LINE_POSITION, "The right IJ line tip is in the right atrium; it is malpositioned and "
         "should be withdrawn.", "no", "implicit_antonym"),
    Case("advice-alone", LINE_POSITION, "The central line should be withdrawn.", None, "unparsed"),
    # a broader finding beside the asked one stated is consistent with it; alone it says nothing
    Case("broader-beside-asked", OSTEOARTHRITIS, "Joint space narrowing, subchondral sclerosis and marginal osteophytes"
         " in the medial compartment: osteoarthritis.", "yes", "implicit_yes_no"),
    Case("broader-alone", OSTEOARTHRITIS, "Degenerative changes.", None, "unparsed"),
    Case("broader-then-hedged", CONSOLIDATION, "There is an opacity in the right lower lobe, likely consolidation.",
         None, "ambiguous"),
    Case("previously-seen-resolved", MASS, "The mass previously seen has resolved.", "no", "implicit_resolved"),
    Case("previously-seen-not-resolved", MASS, "The mass previously seen has not resolved.", None, "unparsed"),
    # a qualified denial beside a small thing stated, or of a longer noun, denies nothing
    Case("qualified-then-small", HEMORRHAGE, "No significant hemorrhage. Small amount of blood in the sulci.", None,
         "ambiguous"),
    Case("qualified-longer-noun", FRACTURE, "No significant fracture displacement.", None, "unparsed"),
    Case("near-the-organ", LIVER_LESION, "There is a lesion adjacent to the liver.", None, "unparsed"),
    Case("organ-named-and-denied", LIVER_LESION, "A lesion is seen in the kidney, not the liver.", None, "unparsed"),
]
