"""Near misses of session 26's closed-answer rules (issue #7), in sentences of our own: each must stay unread (or
read the right way), never give a wrong yes/no.

* a set-off closing verdict to a question whose term is not parsed counts only when its clause restates the asked
  object ("consistent with X", the benign/malignant asked), never by a shared generic word (``closing.py``);
* a value's own bracketed normal range answers only when the value's subject is the asked one, in both branches,
  and not of a past study (``stated_cutoff.py``);
* a mid-sentence verdict needs its own clause to agree with it, in the asked place, outside quotes, questions,
  reports, past studies and later revisions (``closing.read_inner``);
* "both/bilateral" must qualify the asked term itself (``both_sides.py``);
* a denied Chinese degree word, a Chinese condition, a Chinese lean taken back (``implicit_langs.py``, ``closed.py``).
"""

from __future__ import annotations

import pytest

from support.readings import closed_word

_NONE = ("unparsed", "ambiguous")


@pytest.mark.parametrize("question, text", [
    # generic words ("consistent", "pattern", "likely", "lesion", "rhythm", "patient") tie nothing to the question
    ("Is this tracing consistent with a Brugada pattern?",
     "ST segments rise in the right precordial leads — yes, this fits a benign early repolarization pattern."),
    ("Is this mass more likely benign than malignant?",
     "Its margins are lobulated and it doubled in a year — yes, this mass is likely malignant."),
    ("Is this rhythm consistent with atrial fibrillation?",
     "Sawtooth waves at a regular rate — yes, the rhythm is atrial flutter with 2:1 conduction."),
    ("Is this 4 cm mass in an older man likely benign?",
     "The mass is lobulated. Did it exist on the old film — yes, the mass was seen three years ago."),
    ("Is this 4 cm mass in an older man likely benign?",
     "Lobulated and enlarging. Should it be sampled — yes, the mass warrants a core biopsy."),
    ("Is the patient a candidate for resection?",
     "Widespread deposits. Is systemic therapy indicated — yes, the patient should be offered chemotherapy."),
    ("Is this tracing consistent with a Brugada pattern?",
     "Hard to commit — yes, the ST segments are raised, but the pattern is not typical."),
])
def test_unparsed_question_needs_its_object(question: str, text: str) -> None:
    assert closed_word(question, text) in _NONE


@pytest.mark.parametrize("question, text, expected", [
    ("Is this tracing consistent with a Brugada pattern?",
     "Coved ST rise in V1 and V2 — yes, this is a Brugada pattern.", "yes"),
    ("Is this tracing consistent with Wolff-Parkinson-White pattern?",
     "Short PR and a delta wave — yes, this is a WPW pattern.", "yes"),
    ("Is this 1.8 cm nodule in a 70-year-old smoker likely malignant?",
     "Spiculated and growing.\n\n**Overall:** yes, this nodule is likely malignant.", "yes"),
])
def test_unparsed_question_object_restated(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # another structure's value: a vein, an artery, a duct, a septum, a nodule, a wall
    ("Is the spleen enlarged?", "Splenic vein 13 mm (normal < 10 mm)."),
    ("Is there hepatomegaly?", "Hepatic vein 13 mm (normal < 10 mm); liver span 15 cm."),
    ("Is there hepatomegaly?", "Hepatic duct 7 mm (normal < 4 mm)."),
    ("Is there splenomegaly?", "Splenic artery aneurysm 15 mm (normal < 10 mm)."),
    ("Is there cardiomegaly?", "Cardiac septum 13 mm (normal < 11 mm)."),
    ("Is there ventriculomegaly?", "The ventricular septum is 13 mm (normal < 11 mm)."),
    ("Is the thyroid enlarged?", "Thyroid nodule 15 mm (normal < 10 mm)."),
    ("Is the common bile duct dilated?",
     "The common bile duct measures 4 mm, and the pancreatic duct measures 5 mm (normal < 3 mm)."),
    ("Is the common bile duct dilated?", "The common bile duct is visible; pancreatic duct 5 mm (normal < 3 mm)."),
    ("Is the common bile duct dilated?", "The common bile duct wall measures 4 mm (normal < 2 mm); lumen 3 mm."),
    # a past study's value
    ("Is the spleen enlarged?", "Spleen 14 cm (normal < 12 cm) on the previous scan; now 10 cm."),
    ("Is the spleen enlarged?", "On the prior study the spleen measured 15 cm (normal < 12 cm). It is normal now."),
    # the "no" branch: another structure, or the subject called larger elsewhere
    ("Is the spleen enlarged?", "Splenic vein 7 mm (normal < 10 mm)."),
    ("Is the prostate enlarged?", "Bladder wall 4 mm (normal < 5 mm)."),
    ("Is the left ventricle dilated?", "LV septum 10 mm (normal < 11 mm)."),
    ("Is there ventriculomegaly?", "Cavum septum pellucidum 5 mm (normal < 6 mm)."),
    ("Is the thyroid enlarged?", "Thyroid nodule 7 mm (normal < 10 mm)."),
    ("Is the aorta dilated?", "Aortic root 3.4 cm (normal < 4 cm). The ascending aorta is aneurysmal."),
    ("Is the prostate enlarged?", "Prostate volume 24 mL (normal < 30 mL); an enlarged median lobe is seen."),
])
def test_bound_of_another_subject_reads_nothing(question: str, text: str) -> None:
    assert closed_word(question, text) in _NONE


@pytest.mark.parametrize("question, text, expected", [
    ("Is the spleen enlarged?", "Spleen length 11 cm (normal < 12 cm).", "no"),
    ("Is there splenomegaly?", "Splenic length 15 cm (normal < 12 cm).", "yes"),
    ("Is there hepatomegaly?", "The liver span is 19 cm (normal < 16 cm).", "yes"),
    ("Is the prostate enlarged?", "Prostate volume is 55 mL (normal < 30 mL). Residual 90 mL.", "yes"),
    ("Is there ventriculomegaly?", "The atrium of the lateral ventricle measures 12 mm (normal < 10 mm).", "yes"),
    ("Is the thoracic aorta aneurysmal?", "The ascending aorta measures 5.4 cm (normal < 4 cm).", "yes"),
    # main's reading of the stated finding stays: another structure's value in range answers nothing
    ("Is the spleen enlarged?", "The spleen is enlarged. Splenic vein 7 mm (normal < 10 mm).", "yes"),
    ("Is the spleen enlarged?", "Splenic vein 7 mm (normal < 10 mm). Marked splenomegaly.", "yes"),
])
def test_bound_of_the_asked_subject(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # the clause's negation denies another predicate
    ("Is there pneumonia?", "Consolidation at the left base, and no, the pneumonia does not look viral."),
    ("Is there a pneumothorax?", "A drain is in situ, and no, the pneumothorax is not resolved."),
    ("Is there a pleural effusion?", "The left angle is blunted, and no, the pleural effusion has not resolved."),
    ("Is the aorta dilated?",
     "The root measures 3.3 cm, and no, the aorta is not dilated at the root, but the ascending part is 5 cm."),
    # another place
    ("Is there a fracture of the scaphoid?",
     "The wrist was examined, and yes, it is fractured at the ulnar styloid; the scaphoid is intact."),
    # quoted, reported, hypothetical, past, revised
    ("Is there a stone causing obstruction?",
     'The request card says: "yes, it is causing obstruction" — a stone is seen but the kidney is not dilated.'),
    ("Is there a stone causing obstruction?",
     "A trainee might say — yes, it is causing obstruction — but the ureter is not dilated."),
    ("Is there a fracture of the scaphoid?",
     "Suspected clinically, and yes, it is fractured on the MRI from last month; this film shows it intact."),
    ("Is there a pleural effusion?", "On the previous film, yes, there is a pleural effusion. Today the angles are clear."),
    ("Is the heart enlarged?",
     "Against last year, yes, the heart is enlarged — wait, that was a supine film. This PA film shows a CTR of 0.46."),
    ("Is there a cyst compressing the duct?",
     "Was the cyst seen before — yes, it is compressing the duct, per the old report. No cyst is seen today."),
    # inside a question
    ("Is there a fracture?", "The patient wonders: is it broken, yes, it is fractured? The cortices look intact."),
    ("Is the lesion enhancing?", "Arterial phase, and yes, the lesion is enhancing? Not on the late images."),
    # a decimal point is no sentence end: the condition or doubt before it still counts
    ("Is there a stone causing obstruction?",
     "If the stone is 7.5 mm — yes, it is causing obstruction; here it is 2 mm and passes."),
    ("Is there a stone causing obstruction?", "Not sure about the 3.5 mm stone, and yes, it is causing obstruction."),
])
def test_inner_verdict_near_misses(question: str, text: str) -> None:
    assert closed_word(question, text) in _NONE


@pytest.mark.parametrize("question, text", [
    ("Is there a right pneumothorax?", "Bilateral chest tubes in situ with a pneumothorax."),
    ("Is there a right pneumothorax?", "Pneumothorax, with bilateral surgical emphysema."),
    ("Is there a left pleural effusion?", "Bilateral basal consolidation with a small pleural effusion."),
    ("Is the right costophrenic angle blunted?", "Both hila look normal and the costophrenic angle is blunted."),
    ("Is there a right pleural effusion?", "Both lungs are inflated; pleural effusion on the L."),
    ("Is there a right pleural effusion?", "Both bases show atelectasis with a pleural effusion in the affected lung."),
    ("Is the right lung hyperinflated?", "Both lungs are clear; lung hyperinflation at the apex of one lung."),
    ("Is the right lung collapsed?", "Both lungs are seen; the lung is collapsed on the opposite side to the drain."),
    ("Is there a right renal cyst?", "Both kidneys are of normal size; a simple renal cyst in the transplanted kidney."),
    ("Is there a right inguinal hernia?", "Both groins scanned; an inguinal hernia is seen in the unrepaired groin."),
])
def test_both_sides_of_another_noun(question: str, text: str) -> None:
    assert closed_word(question, text) in _NONE


@pytest.mark.parametrize("question, text, expected", [
    ("Is the right costophrenic angle blunted?", "The costophrenic angles are sharp bilaterally.", "no"),
    ("Is the right costophrenic angle blunted?", "Both costophrenic angles are sharp.", "no"),
    ("Is there a left pleural effusion?", "Small bilateral pleural effusions.", "yes"),
    ("Is there a right pleural effusion?", "Moderate bilateral pleural effusions.", "yes"),
])
def test_both_sides_of_the_term(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # a denied degree word denies that degree only
    ("该MRI是否显示前交叉韧带撕裂？", "未见前交叉韧带完全撕裂，但可见部分撕裂。"),
    ("该MRI是否显示前交叉韧带撕裂？", "未见前交叉韧带完全撕裂。"),
    ("该MRI是否显示前交叉韧带撕裂？", "无前交叉韧带完全撕裂。"),
    ("该MRI是否显示半月板撕裂？", "未见半月板完全撕裂。"),
    ("该MRI是否显示前交叉韧带撕裂？", "未见前交叉韧带广泛撕裂，局部纤维断裂。"),
    # a condition
    ("左肾是否有积水？", "若有结石梗阻，可提示左肾积水。"),
    ("左肾是否有积水？", "如果是梗阻，会提示左肾积水。"),
    # a lean taken back or contradicted
    ("该超声是否提示恶性肿瘤？", "倾向于否。不过再看，实际上是。"),
    ("该超声是否提示恶性肿瘤？", "倾向于否，\n但复查后倾向于是。"),
    ("该超声是否提示恶性肿瘤？", "倾向于是，恶性可能性小。"),
])
def test_chinese_near_misses(question: str, text: str) -> None:
    assert closed_word(question, text) in _NONE


@pytest.mark.parametrize("question, text, expected", [
    ("该MRI是否显示前交叉韧带撕裂？", "可见前交叉韧带完全撕裂。", "是"),
    ("该MRI是否显示前交叉韧带撕裂？", "未见前交叉韧带明显撕裂。", "否"),
    ("左肾是否有积水？", "提示左肾积水。", "是"),
    ("该超声是否提示恶性肿瘤？", "倾向于否。病灶边界清楚。", "否"),
])
def test_chinese_readings_kept(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected
