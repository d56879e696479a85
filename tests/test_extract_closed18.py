"""Closed answers that name a sign of the asked finding and then report a number: session 18's readings of the
sign table (``extract/implications.py``). A trailing sentence that only reports a quantity ("Heart rate 96.")
does not take the conclusion from the sign before it; any other trailing sentence still may, so the sign then
counts only when it is the last thing said."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.implications import SIGN_RULE
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("question, text, expected", [
    ("Is the rhythm atrial fibrillation?",
     "Irregularly irregular ventricular response with no visible P waves. Ventricular rate about 130 bpm.", "yes"),
    ("Does the ECG show atrial fibrillation?", "An irregularly irregular tracing, absent P waves. Heart rate 96.", "yes"),
    ("Is this atrial fibrillation?",
     "Normal sinus rhythm with a normal axis. Rate 64 bpm.", "no"),
    ("Is there duodenal atresia?", "Double bubble sign on the abdominal film. Gastric diameter 4 cm.", "yes"),
])
def test_sign_before_a_reported_number(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    # the trailing sentence names something else the number belongs to: it may be the conclusion
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm without P waves. Atrial flutter 150 bpm."),
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm without P waves. Flutter rate 300 bpm."),
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm without P waves. Rate 140, multifocal atrial tachycardia."),
    # a hedge or a second thought after the sign still undoes it
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm without P waves. Rate 124, probably artefact."),
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm without P waves. Rate 124. Sinus rhythm on the repeat."),
])
def test_trailing_sentence_that_is_more_than_a_number(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # a property asked as an adjective, answered by its noun in a frame of presence
    ("Is the nodule calcified?", "There is coarse calcification within the nodule.", "yes"),
    ("Is the mass calcified?", "The mass contains punctate calcifications.", "yes"),
    ("Is the polyp ulcerated?", "There is a small central ulcer with a fibrinous base.", "yes"),
    ("Is the vertebral body collapsed?", "There is partial collapse of the L1 vertebral body.", "yes"),
    ("Is the femoral head collapsed?", "There is collapse of the dome of the femoral head.", "yes"),  # a part of it
    ("Is the tumour enhancing?", "Gadolinium-enhanced T1 images show intense enhancement of the tumour.", "yes"),
    ("Is the small bowel dilated?", "There is marked dilatation of the small bowel with air-fluid levels.", "yes"),
    ("Is the nodule calcified?", "There is no calcification within the nodule.", "no"),
    ("Is the mass enhancing?", "The mass shows no enhancement; it is a simple cyst.", "no"),
])
def test_property_noun_in_a_frame_of_presence(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is the nodule calcified?", "There is aortic calcification."),  # whose calcification?
    ("Is the nodule calcified?", "There is calcification of the aortic arch."),  # another structure's
    ("Is the colon dilated?", "There is marked dilatation of the small bowel."),
    ("Is the mass enhancing?", "Post-contrast images show avid enhancement of the adjacent meninges."),
    ("Is the nodule calcified?", "There is possible calcification within the nodule."),  # hedged
    ("Is the nodule calcified?", "There is no new calcification within the nodule."),  # old calcification open
    ("Is the femoral head collapsed?", "There is no collapse of the anterior femoral head."),  # one part denied
    ("Is the nodule calcified?", "There was calcification in the nodule on the 2019 study."),  # an earlier study
    # the "of" phrase ends on the asked structure but names another placed beside it
    ("Is the lesion enhancing?", "Post-contrast images show avid enhancement of the meninges around the lesion."),
    ("Is the nodule calcified?", "There is calcification of the vessel near the nodule."),
])
def test_property_noun_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_property_noun_after_an_earlier_study_frame() -> None:
    # the frame before the noun is dropped by the rewrite, so its time must be read before
    assert _read("Is the nodule calcified?", "The prior CT shows calcification of the nodule.")[0] is None
    assert _read("Is the lesion enhancing?", "Post-gadolinium sequences show enhancement of the lesion.")[0] == "yes"


@pytest.mark.parametrize("question, text, expected", [
    # a property asked of a paired structure without a side, said of one side
    ("Is the shoulder dislocated?", "The right shoulder is dislocated.", "yes"),
    ("Is the ureter dilated?", "The left ureter is moderately dilated.", "yes"),
    ("Is there a hip dislocation?", "The left hip is dislocated.", "yes"),
    ("Is the kidney enlarged?", "The right kidney is markedly enlarged.", "yes"),
])
def test_property_of_one_side(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is the ureter dilated?", "The left ureter is not dilated."),  # the right one is not spoken of
    ("Is the kidney normal?", "The right kidney is normal."),  # a whole state on one side leaves the other open
    ("Is the left ureter dilated?", "The right ureter is dilated."),  # the other side asked
    ("Is the ovary enlarged?", "The right ovary is perhaps enlarged."),
])
def test_property_of_one_side_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # where a tube's tip belongs (extract/placement.py)
    ("Is the orogastric tube appropriately positioned?", "The OG tube curls in the upper oesophagus.", "no"),
    ("Is the feeding tube misplaced?", "Its tip lies in the right lower lobe after entering the right main bronchus.", "yes"),
    ("Is the nasogastric tube satisfactorily sited?",
     "The tube descends through the oesophagus and terminates in the stomach.", "yes"),
    ("Is the PICC line in a good position?", "The PICC terminates in the superior vena cava.", "yes"),
    ("Is the central line malpositioned?", "Left subclavian line, tip in the right ventricle.", "yes"),
    ("Is the endotracheal tube correctly positioned?", "Tip in the left main bronchus.", "no"),
    # a clause of advice after the tip's place says where it should go: the place before it stands
    ("Is the PICC malpositioned?", "The tip lies in the right ventricle; recommend withdrawal into the SVC.", "yes"),
])
def test_tip_where_the_device_belongs(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "implicit_placement")


@pytest.mark.parametrize("question, text", [
    ("Is the nasogastric tube correctly placed?", "The tip lies in the duodenum."),  # neither column: may be meant
    ("Is the central line in good position?", "The tip lies in the right atrium."),  # debated: no reading
    ("Is the nasogastric tube correctly placed?", "The tip probably lies in the stomach."),  # hedged
    ("Is the nasogastric tube correctly placed?", "The tube does not reach the stomach."),  # a denial of a place
    ("Is the nasogastric tube correctly placed?", "The central line tip is in the superior vena cava."),  # another device
    ("Is the endotracheal tube in good position?", "The endotracheal tube lies in the trachea."),  # a distance decides
    # two places offered: which one holds the tip?
    ("Is the nasogastric tube correctly placed?", "The tip is in the stomach or the oesophagus."),
    ("Is the central line malpositioned?", "Its tip sits in the superior vena cava or in the right ventricle."),
    # a tip placed at an earlier time says nothing of where it lies now
    ("Is the nasogastric tube correctly placed?",
     "The tip was in the oesophagus on the prior film and is now in the stomach."),
    ("Is the feeding tube well positioned?", "On the previous radiograph the tip lay in the stomach."),
    # where the tip should go, not where it is
    ("Is the nasogastric tube correctly placed?", "Advance the tube so that its tip lies in the stomach."),
    ("Is the orogastric tube well positioned?", "Tip ideally within the gastric body."),
])
def test_tip_placement_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def _read_zh(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="是", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    # 是否显示X: the study shows the finding; the study named as the question's place names no place
    ("这张胸部CT是否显示磨玻璃影？", "双肺可见磨玻璃影。", "是"),
    ("该MRI是否显示脊髓受压？", "未见脊髓受压。", "否"),
    # a subject and its state asked in presence form: 是否显示肝脏增大 asks the liver enlarged
    ("该腹部CT是否显示肝脏增大？", "肝脏未见增大。", "否"),
    ("该腹部CT是否显示肝脏增大？", "肝脏明显增大。", "是"),
    # a shape before the finding: 条索状 / 斑片状
    ("这张胸片中有渗出吗？", "右下肺可见斑片状渗出。", "是"),
    # 是否为: the copula is no part of the property, "this" no part of the subject
    ("该病变是否为良性？", "符合纤维腺瘤，属良性病变。", "是"),
])
def test_chinese_question_frames(question: str, text: str, expected: str) -> None:
    assert _read_zh(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("该腹部CT是否显示肝脏增大？", "脾脏增大。"),  # another organ
    ("该结节是否为良性？", "考虑良性结节可能。"),  # hedged
    ("这张胸片中有渗出吗？", "右下肺可能有斑片状渗出。"),
    ("该CT是否显示脑出血？", "是，脑实质内未见异常高密度影。"),  # the lead and the denial of any abnormality disagree
])
def test_chinese_question_frame_guards(question: str, text: str) -> None:
    assert _read_zh(question, text) is None


def test_chinese_denial_of_any_abnormality_keeps_a_negative_lead() -> None:
    assert _read_zh("该CT是否显示脑梗死？", "否，脑实质内未见明显异常低密度影。") == "否"


@pytest.mark.parametrize("question, text, expected", [
    # textbook signs added to signs.tsv rows
    ("Is there an intussusception?", "Transverse view: a 3 cm target-like mass of concentric rings in the right flank.", "yes"),
    ("Is there choledocholithiasis?", "The CBD measures 9 mm and holds an echogenic focus casting an acoustic shadow.", "yes"),
    ("Are there gallstones?", "Several mobile echogenic foci with posterior acoustic shadows lie in the gallbladder.", "yes"),
    ("Is the ulcer actively bleeding?", "A 1 cm duodenal ulcer with a clean base.", "no"),
    ("Is there a pleural effusion?", "On the right, the spine sign is seen above the hemidiaphragm.", "yes"),
    ("Is there a pleural effusion?", "Spine sign negative at both bases.", "no"),
    ("Is there a pericardial effusion?", "Subcostal view: an echo-free space surrounds the heart, 12 mm at its widest.", "yes"),
    # "hard exudates" is a finding, not a difficulty
    ("Is there diabetic retinopathy?", "Microaneurysms and hard exudates temporal to the fovea: mild NPDR.", "yes"),
])
def test_textbook_sign_rows(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    ("Is there an intussusception?", "Several target lesions are scattered through the liver."),  # metastases' sign
    ("Is there a pericardial effusion?", "A meniscus fills the left costophrenic angle."),  # a pleural sign
    ("Is there a pericardial effusion?", "An echo-free space might surround the heart."),
    ("Is there a pleural effusion?", "The spine sign is absent, but an anechoic collection above the diaphragm is seen."),
    ("Is there diabetic retinopathy?", "It is hard to tell on this blurred photograph."),  # "hard" still doubts
])
def test_textbook_sign_row_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # an inference about something else after the statement (extract/inferred.py)
    ("Are there Kerley B lines?", "Kerley B lines are seen at both bases, indicating interstitial oedema.", "yes"),
    ("Is there a periosteal reaction?", "There is a lamellated periosteal reaction, concerning for an aggressive process.",
     "yes"),
    ("Is the heart enlarged?", "The heart is enlarged, suggestive of a dilated cardiomyopathy.", "yes"),
    ("Is there a pleural effusion?", "There is a large left pleural effusion, concerning for malignancy.", "yes"),
    # session 24: the asked one inferred at the reply's end is its conclusion (extract/inferred.concluded)
    ("Is there sinusitis?", "Mucosal thickening of the maxillary sinus, suggesting sinusitis.", "yes"),
])
def test_inference_about_another_thing_set_aside(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a nodule?", "A rounded density in the right lower zone, suggesting a nipple shadow."),  # a mimic
    ("Is there a pleural effusion?", "There may be a small effusion, suggesting heart failure."),  # its own hedge
    ("Is there intracranial hemorrhage?", "Blood in the ventricles, suggesting intraventricular haemorrhage."),
])
def test_inference_set_aside_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # a fused kidney by its textbook forms (signs.tsv)
    ("Are the kidneys fused?", "The lower poles are joined across the midline by a parenchymal isthmus.", "yes"),
    ("Is there renal fusion?", "A horseshoe kidney lies low in the abdomen.", "yes"),
    # the finding's own cut-off asked with "Is there a ... of more than ...?" (extract/asked_cutoff.py)
    ("Is there an internal carotid stenosis of more than 70%?", "There is an 85% stenosis.", "yes"),
    ("Is there an internal carotid stenosis of more than 70%?", "There is a 30% stenosis.", "no"),
    # an inference in a relative clause: "which ... may indicate X" (extract/inferred.py)
    ("Is there free fluid?", "Free fluid lies in Morison's pouch, which in this setting may indicate bleeding.", "yes"),
    # "and there is" opens a clause of its own (implicit.clauses)
    ("Is the spleen enlarged?", "The spleen is not enlarged and there is no perisplenic fluid.", "no"),
])
def test_late_shapes(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Are the kidneys fused?", "Two kidneys with an upper pole cyst on the left."),
    ("Is there free fluid?", "There may be free fluid in the pelvis, which may indicate bleeding."),  # its own hedge
    ("Is the spleen enlarged?", "The spleen is not enlarged and there is possibly an accessory spleen."),
])
def test_late_shape_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # a lung said fully expanded, in a report line without a verb too (signs.tsv)
    ("Is the right lung collapsed?", "Right lung fully inflated after drain insertion.", "no"),
    ("Is there a right pneumothorax?", "Drain in situ. Right lung well expanded.", "no"),
])
def test_expanded_lung(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    ("Is the right lung collapsed?", "Left lung fully inflated."),  # the other lung
    ("Is there a pneumothorax?", "Left lung fully expanded."),  # one side says nothing of the other
])
def test_expanded_lung_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # normal listed with other aspects, the size among them (extract/sizes.py)
    ("Is the common bile duct dilated?", "The common bile duct is normal in calibre and course.", "no"),
    ("Is the bowel wall thickened?", "The bowel wall is of normal thickness, enhancement and signal.", "no"),
    ("Is the pancreatic duct dilated?", "Pancreatic duct: normal calibre and course; no stone.", "no"),  # a report line
])
def test_normal_among_listed_aspects(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


def test_listed_aspects_without_the_asked_dimension() -> None:
    # thickness and enhancement say nothing of an enlarged organ
    assert _read("Is the bladder enlarged?", "The bladder wall is normal in thickness and enhancement.")[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # a sided place asked, the finding on the other side and the asked place called normal as a whole (extract/sides.py)
    ("Is there a mass in the left breast?", "A 9 mm spiculated mass in the right breast. The left breast is unremarkable.",
     "no"),
    ("Is there a mass in the left kidney?", "Right renal mass of 4 cm. The left kidney is normal.", "no"),
])
def test_sided_place_called_normal(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a mass in the left breast?", "The left breast is unremarkable apart from a small cyst."),  # qualified
    ("Is there a mass in the left kidney?", "The left kidney is normal in size."),  # size only
])
def test_sided_place_called_normal_guards(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_horseshoe_kidney_option_by_its_defining_description() -> None:
    # the fused-kidneys row also serves choice questions (extract/optionsign.py): lower poles joined across the
    # midline define a horseshoe kidney; lower poles only near the midline define nothing
    options = {"A": "Normal kidneys", "B": "Horseshoe kidney", "C": "Renal agenesis", "D": "Polycystic kidneys"}

    def choose(text: str) -> str | None:
        sample = Sample(id="x", question="Which is shown?", answer="A", answer_type=AnswerType.CHOICE, options=options)
        return extract(text, sample).answer

    assert choose("The lower poles are fused across the midline, anterior to the aorta.") == "B"
    assert choose("The lower poles lie close to the midline in front of the aorta.") is None
