"""Closed-answer precision round (closedw11): yes/no readings that were wrong, each with its fix's probes.

A wrong yes/no costs more than an unparsed one, so every case here is either a reading that used to be the opposite
verdict (now the right one, or nothing) or a probe beside it that must keep its reading. Invented texts, written for
these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str) -> Sample:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    return Sample(id="cw11", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)


T2_SIGNAL = _closed("Is the lesion hyperintense on T2?")
DWI_INFARCT = _closed("Is there evidence of an acute infarct on DWI?")
T1_IMAGE = _closed("Is this a T1-weighted image?")
ROTATED = _closed("Is this chest radiograph rotated?")
CONTRAST_GIVEN = _closed("Was intravenous contrast given for this CT?")
FUNDUS = _closed("Is this a fundus image?")
OCT = _closed("Is this an OCT image?")
BOTH_KIDNEYS = _closed("Are both kidneys present?")
SEPTUM_ABSENT = _closed("Is the septum pellucidum absent?")
FLOW_ABSENCE = _closed("Is there absence of flow in the vein?")
HEART_ZH = _closed("心脏是否增大？")
HEART = _closed("Is the heart enlarged?")
LIVER = _closed("Is the liver enlarged?")
HYDRONEPHROSIS = _closed("Is there hydronephrosis?")
EFFUSION = _closed("Is there a pleural effusion?")
PNEUMOTHORAX = _closed("Is there a pneumothorax?")
CONSOLIDATION = _closed("Is there consolidation?")
NO_PNEUMOTHORAX = _closed("Is there no pneumothorax?")
HEART_NOT_ENLARGED = _closed("Is the heart not enlarged?")

CLOSEDW11_CASES = [
    # the technique reader reads a question about the image's technique, not a finding seen on a sequence
    Case("technique-signal-on-sequence", T2_SIGNAL, "The lesion is hypointense on T2.", "no",
         "implicit_antonym"),  # read no since closedr12 (the antonym pair, the sequence asked)
    Case("technique-finding-on-dwi", DWI_INFARCT,
         "There's a focus of restricted diffusion with corresponding low ADC — an acute lacunar infarct.",
         None, "unparsed"),
    Case("technique-still-weighting", T1_IMAGE, "This is a T2-weighted image.", "no", "technique"),
    Case("technique-still-rotation", ROTATED, "The clavicles are equidistant from the spinous processes.", "no",
         "technique"),
    Case("technique-still-contrast", CONTRAST_GIVEN, "This is a non-contrast CT.", "no", "technique"),
    # OCT is its own modality, not a fundus photograph
    Case("oct-is-not-fundus", FUNDUS, "This image is an OCT scan of the macula.", "no", "implicit_finding"),
    Case("fundus-is-not-oct", OCT, "This is a fundus photograph.", "no", "implicit_finding"),
    Case("oct-is-oct", OCT, "This image is an OCT scan of the macula.", "yes", "implicit_finding"),
    # a question about both of a pair: one of them seen is no yes
    Case("both-only-one", BOTH_KIDNEYS, "Only the right kidney is seen; the left renal fossa is empty.", None,
         "unparsed"),
    Case("both-one-side", BOTH_KIDNEYS, "The right kidney is seen.", None, "unparsed"),
    Case("both-both", BOTH_KIDNEYS, "Both kidneys are present.", "yes", "implicit_yes_no"),
    # an absence asked: "Absent." agrees with it
    Case("absent-asked-absent", SEPTUM_ABSENT, "Absent.", "yes", "answer_word"),
    Case("absent-asked-present", SEPTUM_ABSENT, "Present.", "no", "answer_word"),
    Case("absent-asked-statement", SEPTUM_ABSENT, "The septum pellucidum is present and midline.", "no",
         "negated_question"),
    Case("absence-of-unknown-polarity", FLOW_ABSENCE, "Absent.", None, "unparsed"),
    # the whole denied, a part of it (or something after a turn) given the asked property: which did it mean?
    Case("part-enlarged-zh", HEART_ZH, "心脏不大，但左心室稍大", None, "ambiguous"),
    Case("part-enlarged", HEART, "The heart is not enlarged, but the left ventricle is slightly enlarged.", None,
         "ambiguous"),
    Case("part-enlarged-lobe", LIVER, "The liver is not enlarged but the left lobe is enlarged.", None, "ambiguous"),
    Case("whole-denied-zh", HEART_ZH, "心脏不大，肺野清晰。", "否", "implicit_yes_no"),
    Case("whole-denied-other-denied", HEART, "The heart is not enlarged; the aorta is not enlarged either.", "no",
         "implicit_yes_no"),
    # a normal structure beside the asked one answers nothing: the ureter is not the collecting system, the lungs
    # are not the pleural space
    Case("ureter-not-dilated", HYDRONEPHROSIS, "The ureter is not dilated.", None, "unparsed"),
    Case("ureter-dilated", HYDRONEPHROSIS, "The left ureter is dilated.", None, "unparsed"),
    Case("collecting-system-not-dilated", HYDRONEPHROSIS, "The renal collecting systems are not dilated.", "no",
         "implicit_finding"),
    Case("lungs-clear-effusion", EFFUSION, "The lungs are clear.", None, "unparsed"),
    Case("lungs-clear-pneumothorax", PNEUMOTHORAX, "The lungs are clear.", None, "unparsed"),
    Case("lungs-clear-consolidation", CONSOLIDATION, "The lungs are clear.", "no", "implicit_finding"),
    Case("lungs-clear-effusion-listed", EFFUSION, "The lungs are clear, with no consolidation, effusion or "
         "pneumothorax.", "no", "implicit_finding"),
    Case("angles-sharp-effusion", EFFUSION, "Both lungs are clear; the costophrenic angles are sharp.", "no",
         "implicit_finding"),
    # a yes or no to a negated question: the statement after it says which way round it was meant
    Case("negated-yes-present", NO_PNEUMOTHORAX, "Yes, there is a pneumothorax on the right.", "no",
         "negated_question"),
    Case("negated-no-absent", NO_PNEUMOTHORAX, "No, there is no pneumothorax.", "yes", "negated_question"),
    Case("negated-yes-absent", NO_PNEUMOTHORAX, "Yes, there is no pneumothorax.", "yes", "yes_no_lead"),
    Case("negated-no-present", NO_PNEUMOTHORAX, "No, there is a pneumothorax on the right.", "no", "yes_no_lead"),
    Case("negated-property", HEART_NOT_ENLARGED, "Yes, the heart is enlarged.", "no", "negated_question"),
    Case("negated-bare", NO_PNEUMOTHORAX, "Yes.", "yes", "yes_no_final"),
]

MASS = _closed("Is there a mass?")
MASS_LEFT = _closed("Is there a mass on the left?")
HEMORRHAGE = _closed("Is there a hemorrhage?")
RUL_NODULE = _closed("Is there a nodule in the right upper lobe?")
LEFT_EFFUSION = _closed("Is there a pleural effusion on the left?")
LLL_CONSOLIDATION = _closed("Is there consolidation in the left lower lobe?")
FRACTURE = _closed("Is there a fracture?")
NO_FRACTURE = _closed("Is there no fracture?")

CLOSEDW11_CASES += [
    # a denial limited to one place says nothing of the rest of the image, nor of another place
    Case("placed-denial-organ", MASS, "No mass in the liver.", None, "unparsed"),
    Case("placed-denial-scalp", HEMORRHAGE, "No hemorrhage in the scalp.", None, "unparsed"),
    Case("placed-denial-other-side-question", MASS_LEFT, "No mass in the liver.", None, "unparsed"),
    Case("placed-denial-other-organ", RUL_NODULE, "No nodule in the thyroid.", None, "unparsed"),
    Case("whole-place-denial", HEMORRHAGE, "No hemorrhage in the brain.", "no", "implicit_finding"),
    Case("side-place-denial", LEFT_EFFUSION, "No pleural effusion in the left hemithorax.", "no", "implicit_finding"),
    Case("lung-covers-lobe", LLL_CONSOLIDATION, "No consolidation in the left lung.", "no", "implicit_side"),
    Case("asked-place-denial", RUL_NODULE, "No nodule in the right upper lobe.", "no", "implicit_yes_no"),
    # a "pseudo" finding is not the finding; two negations are no denial
    Case("pseudo-finding", FRACTURE, "Pseudo-fracture.", None, "unparsed"),
    Case("double-negation", FRACTURE, "There is no evidence that this is not a fracture.", None, "unparsed"),
    Case("double-negation-sided", MASS_LEFT, "There is no evidence that this is not a mass.", None, "unparsed"),
    Case("two-denials", FRACTURE, "No fracture. No dislocation.", "no", "implicit_yes_no"),
    # a field naming the finding answers a negated question the right way round
    Case("field-negated-question", NO_FRACTURE, "Fracture: no.", "yes", "answer_field"),
    Case("field-negated-question-yes", NO_FRACTURE, "Fracture: yes.", "no", "answer_field"),
    Case("field-answer-negated-question", NO_FRACTURE, "Answer: no", "no", "answer_field"),
]

LIVER_NORMAL = _closed("Is the liver normal?")
CT_IMAGE = _closed("Is this a CT image?")
ETT = _closed("Is there an endotracheal tube?")
CHEST_TUBE = _closed("Is there a chest tube?")
LINE = _closed("Is there a central line?")

CLOSEDW11_CASES += [
    # an organ called normal apart from something is not normal as a whole, whichever comes first
    Case("qualified-normal-leading", LIVER_NORMAL, "Apart from a small cyst, the liver is normal.", None, "unparsed"),
    Case("normal-unqualified", LIVER_NORMAL, "The liver is normal.", "yes", "implicit_yes_no"),
    # a modality named as another study says nothing of this image's
    Case("modality-comparison", CT_IMAGE, "Compared with the previous MRI, the mass is larger.", None, "unparsed"),
    Case("modality-recommended", CT_IMAGE, "An MRI is recommended.", None, "unparsed"),
    Case("modality-correlate", CT_IMAGE, "Correlate with MRI.", None, "unparsed"),
    Case("modality-stated", CT_IMAGE, "This is an MRI image.", "no", "implicit_finding"),
    # a device wanted, removed, or its state denied is no device in the image now
    Case("device-removed", ETT, "The endotracheal tube has been removed.", None, "unparsed"),
    Case("device-removal", LINE, "Interval removal of the central line.", None, "unparsed"),
    Case("device-recommended", CHEST_TUBE, "Recommend placement of a chest tube.", None, "unparsed"),
    Case("device-needed", CHEST_TUBE, "The patient needs a chest tube.", None, "unparsed"),
    Case("device-state-denied", ETT, "There is no endotracheal tube malposition.", None, "unparsed"),
    Case("device-present", ETT, "There is an endotracheal tube.", "yes", "implicit_yes_no"),
    Case("device-denied", ETT, "No endotracheal tube is seen.", "no", "implicit_yes_no"),
]

LIVER_ENLARGED = _closed("Is the liver enlarged?")
EDEMA = _closed("Is there evidence of edema?")
XRAY = _closed("Is this an X-ray?")
MALIGNANCY = _closed("Is there any evidence of malignancy?")
ABDOMINAL_FLUID = _closed("Is there any fluid in the abdomen?")
SOLITARY = _closed("Is the lesion solitary?")
FREE_AIR = _closed("Is there free air under the diaphragm?")

CLOSEDW11_CASES += [
    # two sentences opening (or a reply closing) with opposite verdicts, no revision between: which one?
    Case("opposite-openings", LIVER_ENLARGED, "Yes, the liver is enlarged. No, it is normal in size.", None,
         "ambiguous"),
    Case("opposite-openings-restated", EDEMA, "Yes, there is edema. No, there is no edema.", None, "ambiguous"),
    Case("opposite-closing", XRAY, "Yes, this is a chest x-ray. No.", None, "ambiguous"),
    Case("opposite-then-refusal", MALIGNANCY, "Yes. No. Sorry — I cannot tell definitively.", None, "refused"),
    Case("revised-verdict", PNEUMOTHORAX, "Yes. Wait, no.", "no", "yes_no_final"),
    Case("denial-after-verdict", PNEUMOTHORAX, "Yes, small. No pleural effusion.", "yes", "yes_no_lead"),
    # a lead contradicted by its own clause, in the question's words or as the other pole
    Case("lead-contradicted", PNEUMOTHORAX, "No, there is a pneumothorax.", None, "ambiguous"),
    Case("lead-contradicted-pole", SOLITARY, "Yes, there are multiple lesions.", None, "ambiguous"),
    Case("lead-explained", PNEUMOTHORAX, "No, there is a skin fold mimicking a pneumothorax.", "no", "yes_no_lead"),
    Case("lead-elliptic-denial", FREE_AIR, "No, free subdiaphragmatic air.", "no", "yes_no_lead"),
    Case("number-pole", SOLITARY, "There are multiple lesions.", "no", "implicit_antonym"),
    Case("number-other-count", SOLITARY, "Multiple views were obtained.", None, "unparsed"),
    # an unmarked last sentence against a short answer stating the other verdict first
    Case("conclusion-against-answer", ABDOMINAL_FLUID,
         "There is no fluid in the abdomen. There is fluid in the abdomen.", None, "ambiguous"),
]

CXR_NORMAL = _closed("Is this chest X-ray normal?")
ANY_ABNORMALITY = _closed("Is there any abnormality?")
PTX_ZH = _closed("有气胸吗？")
FRACTURE_ZH = _closed("是否有骨折？")
CT_ZH = _closed("这是CT图像吗？")

CLOSEDW11_CASES += [
    # a whole-study normality answer that hedges, looks back, supposes, or names a normal variant
    Case("normal-hedged", CXR_NORMAL, "Likely normal.", None, "unparsed"),
    Case("normal-prior-study", CXR_NORMAL, "The prior study was normal.", None, "unparsed"),
    Case("normal-supposed", CXR_NORMAL, "A normal study would show sharp costophrenic angles.", None, "unparsed"),
    Case("normal-variant", ANY_ABNORMALITY, "Normal variant azygos lobe.", None, "unparsed"),
    Case("normal-plain", CXR_NORMAL, "Normal chest radiograph.", "yes", "implicit_normality"),
    # a lead held open by "cannot be excluded" in its own clause
    Case("lead-not-excluded", PNEUMOTHORAX, "Yes, a pneumothorax cannot be excluded.", None, "ambiguous"),
    Case("lead-but-not-excluded", PNEUMOTHORAX, "No, but one cannot be excluded.", None, "ambiguous"),
    Case("lead-then-other-not-excluded", PNEUMOTHORAX, "No. A small effusion cannot be excluded.", "no",
         "yes_no_lead"),
    # Chinese: a denial limited to a side or a place, or beside the term stated; another study named
    Case("zh-side-denial", PTX_ZH, "左侧未见气胸。", None, "unparsed"),
    Case("zh-place-denial-and-stated", FRACTURE_ZH, "肋骨未见骨折，锁骨骨折。", None, "unparsed"),
    Case("zh-image-denial", PTX_ZH, "图中未见气胸。", "否", "implicit_yes_no"),
    Case("zh-plain-denial", FRACTURE_ZH, "未见骨折。", "否", "implicit_yes_no"),
    Case("zh-modality-recommended", CT_ZH, "建议进一步行MRI检查。", None, "unparsed"),
    Case("zh-modality-comparison", CT_ZH, "与既往MRI比较。", None, "unparsed"),
    Case("zh-modality-stated", CT_ZH, "这是MRI图像。", "否", "implicit_finding"),
]

AORTA = _closed("Is the aorta aneurysmal?")
PA_FILM = _closed("Is this a PA film?")
HEART_NORMAL_SIZE = _closed("Is the heart normal in size?")
CXR_NORMAL_RADIOGRAPH = _closed("Is the chest radiograph normal?")
LEFT_KIDNEY_ABNORMALITY = _closed("Is there an abnormality in the left kidney?")

CLOSEDW11_CASES += [
    # a bare "Yes." / "No." against the sentence after it, read by every statement reader
    Case("bare-lead-measure", AORTA, "Yes. The abdominal aorta measures 2.1 cm, normal calibre.", None, "ambiguous"),
    Case("bare-lead-technique", PA_FILM, "Yes. This is an AP portable radiograph.", None, "ambiguous"),
    Case("bare-lead-finding", HEART_NORMAL_SIZE, "Yes. Cardiomegaly.", None, "ambiguous"),
    Case("bare-lead-normality", CXR_NORMAL_RADIOGRAPH, "No. Unremarkable.", None, "ambiguous"),
    Case("bare-lead-other-finding", PNEUMOTHORAX, "No. There is a small effusion.", "no", "yes_no_lead"),
    Case("bare-lead-agrees", PA_FILM, "No. This is an AP portable radiograph.", "no", "yes_no_lead"),
    # a question rewritten the other way round is not negated: its lead is no negated-question lead
    Case("rewritten-question-lead", LEFT_KIDNEY_ABNORMALITY, "Yes. The left kidney appears normal.", None,
         "ambiguous"),
]

CLOSEDW11_CASES += [
    # a finding expected, asked about or gone is no finding in the image now
    Case("finding-resolved", EFFUSION, "Interval resolution of the pleural effusion.", None, "unparsed"),
    Case("finding-expected", PNEUMOTHORAX, "A pneumothorax is expected.", None, "unparsed"),
    Case("finding-indication", PNEUMOTHORAX, "Indication: pneumothorax.", None, "unparsed"),
    Case("finding-residual", PNEUMOTHORAX, "Residual pneumothorax.", "yes", "implicit_yes_no"),
]

CLOSEDW11_CASES += [
    # a projection that magnifies the heart, named after a turn, takes the size back; a past state is no answer now
    Case("magnified-heart", HEART, "The heart appears enlarged, but this is an AP film.", None, "ambiguous"),
    Case("heart-enlarged", HEART, "The heart is enlarged.", "yes", "implicit_yes_no"),
    Case("previously-normal", LIVER_NORMAL, "The liver was previously normal.", None, "unparsed"),
    Case("fracture-years-ago", FRACTURE, "Fracture of the left radius two years ago.", None, "unparsed"),
    Case("previously-noted-gone", EFFUSION, "Previously noted effusion is no longer seen.", "no", "implicit_resolved"),
]

ETT_POSITION = _closed("Is the endotracheal tube in good position?")
ROTATED_FILM = _closed("Is the film rotated?")

CLOSEDW11_CASES += [
    # "too low" of a tube is a position, not an image too poor to read
    Case("tube-too-low-no-refusal", ETT_POSITION, "The ETT is too low.", "no", "implicit_antonym"),
    Case("image-too-low-resolution", ROTATED_FILM, "The image provided is too low in resolution to assess rotation.",
         None, "refused"),
    Case("image-too-small", ROTATED_FILM, "The image is too small.", None, "refused"),
]

LEFT_KIDNEY_STONE = _closed("Is there a stone in the left kidney?")
RADIOGRAPH_NORMAL = _closed("Is the radiograph normal?")

CLOSEDW11_CASES += [
    # found by closedr11 on main: a denial on the other side; a finding beside a whole-study normal conclusion
    Case("other-side-denial", LEFT_KIDNEY_STONE, "The right kidney has no stones.", None, "unparsed"),
    Case("same-side-denial", LEFT_KIDNEY_STONE, "The left kidney has no stones.", "no", "implicit_yes_no"),
    Case("finding-then-normal-conclusion", RADIOGRAPH_NORMAL, "Pleural effusion. No significant abnormality.", None,
         "ambiguous"),
]
