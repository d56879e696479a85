"""Closed answers that commit by a measurement or a graded scale (closedm12): the probe grid.

A yes/no question answered with a number a clinician reads against a widely used adult reference value ("QTc 520
ms." to "Is the QT interval prolonged?"), with a reporting category ("TR2" to "Is the thyroid nodule
suspicious?"), or with a measurement judged in words beside it ("78 bpm, which is bradycardic"). Each probe gives
the answer a careful clinician reads out, or ``None`` where a reader must not commit: a borderline value, a number
without its unit, two measurements of the subject, another structure measured, a child's or a neonate's value
against an adult table, a hedge, words and number that disagree. Invented texts, written for these tests in many
model styles (terse, report prose, markdown, ``<think>``, JSON-ish fields).
"""

from __future__ import annotations

from typing import NamedTuple


class Probe(NamedTuple):
    id: str
    question: str
    text: str
    expected: str | None  # "yes" / "no", or None: no reading is the right one


QT = "Is the QT interval prolonged?"
QTC_NORMAL = "Is the QTc normal?"
CTR_NORMAL = "Is the cardiothoracic ratio normal?"
HEART_SIZE = "Is the heart size normal?"
HEART = "Is the heart enlarged?"
GB = "Is the gallbladder wall thickened?"
CBD = "Is the common bile duct dilated?"
APPENDICITIS = "Is there evidence of appendicitis?"
APPENDIX_NORMAL = "Is the appendix normal?"
NODES = "Are the lymph nodes pathologically enlarged?"
ADENOPATHY = "Is there mediastinal lymphadenopathy?"
ETT_GOOD = "Is the endotracheal tube in a good position?"
ETT_LOW = "Is the ETT too low?"
ETT_HIGH = "Is the endotracheal tube too high?"
ETT_BRONCHUS = "Is the right main bronchus intubated?"
FHR = "Is the fetal heart rate normal?"
FETAL_BRADY = "Is there fetal bradycardia?"
HR_TACHY = "Is the patient tachycardic?"
HR_NORMAL = "Is the heart rate normal?"
THYROID = "Is the thyroid nodule suspicious?"
BREAST = "Is the breast lesion malignant?"
MAMMO = "Does this mammogram show a suspicious finding?"
LUNG_NODULE = "Is the lung nodule suspicious?"
PROSTATE = "Is there a lesion suspicious for clinically significant prostate cancer?"
HEMOTHORAX = "Is there a hemothorax?"
EF = "Is the ejection fraction reduced?"
EF_NORMAL = "Is the left ventricular ejection fraction normal?"
LVH = "Is the left ventricular wall thickened?"
CECUM = "Is the cecum dilated?"
SMALL_BOWEL = "Is the small bowel dilated?"
SPLEEN = "Is the spleen enlarged?"
UTERUS = "Is the uterus enlarged?"
AORTA = "Is there an abdominal aortic aneurysm?"
VENTRICLES = "Is there fetal ventriculomegaly?"
NT = "Is the nuchal translucency increased?"
PA = "Is the main pulmonary artery enlarged?"
BONE_AGE = "Is the bone age advanced?"

PROBES: list[Probe] = [
    # QTc
    Probe("qt-long-terse", QT, "QTc 520 ms.", "yes"),
    Probe("qt-normal-prose", QT, "The corrected QT interval measures 412 ms, with no other abnormality.", "no"),
    Probe("qt-msec", QT, "Sinus rhythm. QTc of 498 msec.", "yes"),
    Probe("qt-borderline", QT, "QTc 455 ms.", None),
    Probe("qt-seconds", QT, "The QTc is 0.52 s.", "yes"),
    Probe("qt-other-interval", QT, "The QRS duration is 150 ms.", None),
    Probe("qt-beside-uncorrected", QT, "QT 440 ms, QTc 490 ms.", "yes"),
    Probe("qt-normal-question", QTC_NORMAL, "QTc 400 ms.", "yes"),
    Probe("qt-normal-question-long", QTC_NORMAL, "Her QTc is 530 ms.", "no"),
    Probe("qt-markdown-agrees", QT, "**QTc:** 510 ms → prolonged", "yes"),
    Probe("qt-words-disagree", QT, "QTc 420 ms, which is prolonged.", None),
    Probe("qt-hedged", QT, "QTc maybe around 500 ms, hard to measure with this baseline.", None),
    Probe("qt-no-unit", QT, "QTc 520.", None),
    Probe("qt-interval-list", QT, "Rate 70 bpm; PR 170 ms, QRS 96 ms, QTc 418 ms.", "no"),
    Probe("qt-think", QT, "<think>Measure QT, correct with Bazett... about 540.</think>\nQTc ≈ 540 ms.", "yes"),
    Probe("qt-words-gap", QT, "QTc 462 ms, which is mildly prolonged.", "yes"),
    # cardiothoracic ratio
    Probe("ctr-normal-pa", CTR_NORMAL, "The cardiothoracic ratio measures about 0.45 on this PA film.", "yes"),
    Probe("ctr-normal-high", CTR_NORMAL, "CTR 0.62.", "no"),
    Probe("ctr-heart-size-words", HEART_SIZE, "The cardiothoracic ratio is 0.48, which is normal.", "yes"),
    Probe("ctr-heart-size-borderline", HEART_SIZE, "CTR 0.52.", None),
    Probe("ctr-ap-film", CTR_NORMAL, "CTR is 0.58 on this AP supine film.", None),
    Probe("ctr-percent", HEART_SIZE, "Cardiothoracic ratio 44%.", "yes"),
    Probe("ctr-other-thing", CTR_NORMAL, "The aortic knob measures 3 cm.", None),
    # gallbladder wall
    Probe("gb-thin-reference", GB, "The gallbladder wall measures 2 mm, which is within normal limits (<3 mm).", "no"),
    Probe("gb-thick-reference", GB, "The wall measures about 6 mm (normal < 3 mm), so it is thickened.", "yes"),
    Probe("gb-thick-terse", GB, "Gallbladder wall: 5 mm.", "yes"),
    Probe("gb-borderline", GB, "Gallbladder wall 3.5 mm.", None),
    Probe("gb-other-structure", GB, "The CBD measures 8 mm.", None),
    Probe("gb-two-values", GB, "The gallbladder wall measures 2 mm in the fundus and 7 mm at the neck.", None),
    Probe("gb-words-only", GB, "Gallbladder wall thickness 4.5 mm, thickened, with pericholecystic fluid.", "yes"),
    Probe("gb-hedged", GB, "The gallbladder wall may measure about 5 mm but the gallbladder is contracted.", None),
    # common bile duct
    Probe("cbd-normal", CBD, "CBD 4 mm.", "no"),
    Probe("cbd-dilated", CBD, "The common bile duct measures 11 mm.", "yes"),
    Probe("cbd-gap", CBD, "The CBD measures 7 mm.", None),
    Probe("cbd-other-duct", CBD, "The pancreatic duct measures 5 mm.", None),
    Probe("cbd-words", CBD, "The CBD measures 7 mm, which is dilated for her age.", "yes"),
    Probe("cbd-no-unit", CBD, "CBD 4.", None),
    # appendix
    Probe("appendix-11mm", APPENDICITIS,
          "The appendix measures 11 mm in diameter and is non-compressible, with surrounding echogenic fat.", "yes"),
    Probe("appendix-normal-4mm", APPENDIX_NORMAL,
          "The appendix measures 4 mm, is compressible and there is no periappendiceal fluid.", "yes"),
    Probe("appendix-4mm-appendicitis", APPENDICITIS, "Appendix: 4 mm, compressible.", "no"),
    Probe("appendix-borderline", APPENDICITIS, "Appendiceal diameter 7 mm.", None),
    Probe("appendix-12mm-normal-q", APPENDIX_NORMAL, "The appendix is 12 mm in diameter.", "no"),
    Probe("appendix-turn", APPENDICITIS, "The appendix measures 10 mm, but it is compressible with no fat stranding.",
          None),
    Probe("appendix-other", APPENDICITIS, "The appendix is not seen; the terminal ileum wall measures 3 mm.", None),
    Probe("appendix-child", APPENDICITIS, "In this 6-year-old, the appendix measures 5 mm and is compressible.", None),
    # lymph nodes
    Probe("node-8mm-short", NODES, "The largest mediastinal node measures 8 mm in short axis.", "no"),
    Probe("node-22mm", ADENOPATHY, "A subcarinal node measures 22 mm in short axis.", "yes"),
    Probe("node-long-axis", NODES, "The largest node measures 25 mm in long axis.", None),
    Probe("node-up-to", NODES, "Nodes measure up to 6 mm.", "no"),
    Probe("node-two", NODES, "Two nodes: 7 mm and 16 mm in short axis.", None),
    Probe("node-borderline", NODES, "The largest node measures 11 mm in short axis.", None),
    Probe("node-dimensions-small", NODES, "The largest right paratracheal node is 9 × 6 mm.", "no"),
    Probe("node-dimensions-large-long", NODES, "The right hilar node measures 24 × 9 mm.", None),
    Probe("node-no-unit", NODES, "Largest node 8 short axis.", None),
    # endotracheal tube
    Probe("ett-good", ETT_GOOD, "The ETT tip is 4.5 cm above the carina.", "yes"),
    Probe("ett-beyond", ETT_GOOD, "Tip projects over the right main bronchus, ~1 cm beyond the carina. "
          "Needs withdrawal by ~3 cm.", "no"),
    Probe("ett-low-acceptable", ETT_LOW, "The ETT tip is 2 cm above the carina, which is acceptable.", "no"),
    Probe("ett-low-words", "Is the endotracheal tube too low?",
          "It sits 1 cm above the carina — too low; withdraw it by 2–3 cm.", "yes"),
    Probe("ett-appropriate", "Is the ETT appropriately positioned?", "ETT tip 5 cm above the carina.", "yes"),
    Probe("ett-too-high-far", ETT_GOOD, "The ETT tip lies 10 cm above the carina.", "no"),
    Probe("ett-borderline", ETT_GOOD, "The ETT tip is 2.5 cm above the carina.", None),
    Probe("ett-high-no", ETT_HIGH, "The tube tip is 4 cm above the carina.", "no"),
    Probe("ett-ng-question", "Is the nasogastric tube in good position?", "The tip is 4 cm above the carina.", None),
    Probe("ett-neonate", ETT_GOOD, "The ETT tip is 4 cm above the carina in this neonate.", None),
    Probe("ett-clavicles", ETT_GOOD, "ETT tip at the level of the clavicular heads, ~5 cm above the carina.", "yes"),
    Probe("ett-bronchus-above", ETT_BRONCHUS, "The ETT tip is in the trachea 5 cm above the carina.", "no"),
    Probe("ett-bronchus-beyond", ETT_BRONCHUS, "ETT tip 2 cm below the carina, in the right main bronchus.", "yes"),
    Probe("ett-low-beyond", ETT_LOW, "The ETT tip is 1.5 cm distal to the carina.", "yes"),
    Probe("ett-two-devices", ETT_GOOD,
          "The ETT tip is 5 cm above the carina. The right IJ line tip is 3 cm below the carina.", None),
    # fetal heart rate
    Probe("fhr-148", FHR, "The M-mode trace shows a fetal heart rate of 148 bpm.", "yes"),
    Probe("fhr-78-words", FHR, "The fetal heart rate is 78 bpm, which is bradycardic for this gestational age.", "no"),
    Probe("fhr-brady-q", FETAL_BRADY, "FHR 142 bpm, regular.", "no"),
    Probe("fhr-brady-yes", FETAL_BRADY, "The fetal heart rate measures 85 beats per minute.", "yes"),
    Probe("fhr-borderline", FHR, "FHR 108 bpm.", None),
    Probe("fhr-high", FHR, "Fetal heart rate 185 bpm, regular.", "no"),
    Probe("fhr-no-unit", FHR, "FHR 150.", None),
    Probe("fhr-maternal", FHR, "Maternal heart rate 88 bpm; the fetal heart is not seen.", None),
    # adult heart rate
    Probe("hr-tachy", HR_TACHY, "Heart rate 128 bpm.", "yes"),
    Probe("hr-tachy-no", HR_TACHY, "The ventricular rate is 74 bpm.", "no"),
    Probe("hr-borderline", HR_TACHY, "Heart rate 102 bpm.", None),
    Probe("hr-normal", HR_NORMAL, "Rate 72 bpm, regular.", "yes"),
    Probe("hr-child", HR_TACHY, "This 2-year-old has a heart rate of 125 bpm.", None),
    Probe("hr-fetal-vs-adult", HR_NORMAL, "The fetal heart rate is 150 bpm.", None),
    # reporting categories
    Probe("tirads-tr2", THYROID, "TR2", "no"),
    Probe("tirads-5", THYROID,
          "The nodule is solid, hypoechoic, taller-than-wide, with microcalcifications — TI-RADS 5 (highly suspicious). "
          "FNA is recommended.", "yes"),
    Probe("tirads-3", THYROID, "ACR TI-RADS TR3.", None),
    Probe("tirads-4-json", THYROID, '{"composition": "solid", "tirads": "TR4"}', "yes"),
    Probe("tirads-two", THYROID, "Right nodule TR2; left nodule TR5.", None),
    Probe("birads-5", BREAST, "Irregular spiculated mass — BI-RADS 5.", "yes"),
    Probe("birads-2", BREAST, "BI-RADS 2.", "no"),
    Probe("birads-1-mammo", MAMMO, "No mass or calcifications. BI-RADS 1.", "no"),
    Probe("birads-0", MAMMO, "BI-RADS 0: additional imaging needed.", None),
    Probe("birads-3", BREAST, "BI-RADS 3, probably benign; short-interval follow-up.", None),
    Probe("birads-4a-suspicious", MAMMO, "BIRADS 4A.", "yes"),
    Probe("birads-thyroid-q", THYROID, "BI-RADS 2.", None),
    Probe("lungrads-2", LUNG_NODULE, "Lung-RADS 2.", "no"),
    Probe("lungrads-4b", LUNG_NODULE, "Lung-RADS category 4B.", "yes"),
    Probe("pirads-5", PROSTATE, "PI-RADS 5 lesion in the left peripheral zone.", "yes"),
    Probe("pirads-2", PROSTATE, "PI-RADS 2.", "no"),
    Probe("birads-category-words", BREAST, "Assessment: category 5.", None),
    # attenuation of a collection
    Probe("hemothorax-45hu", HEMOTHORAX, "There is a large left pleural collection measuring 45 HU, consistent with blood.",
          "yes"),
    Probe("hemothorax-5hu", HEMOTHORAX, "There is a moderate left pleural effusion of simple fluid attenuation (5 HU).",
          "no"),
    Probe("hemothorax-borderline", HEMOTHORAX, "Left pleural effusion measuring 25 HU.", None),
    Probe("hemothorax-other", HEMOTHORAX, "The liver lesion measures 45 HU.", None),
    Probe("hemothorax-no-unit", HEMOTHORAX, "Pleural fluid density 50.", None),
    # cardiac function and wall
    Probe("ef-65", EF, "The left ventricle contracts vigorously; EF visually estimated at 65%.", "no"),
    Probe("ef-30", EF, "LVEF 30%.", "yes"),
    Probe("ef-borderline", EF, "LVEF 48%.", None),
    Probe("ef-normal-q", EF_NORMAL, "Ejection fraction 60%.", "yes"),
    Probe("ef-normal-q-low", EF_NORMAL, "Ejection fraction is 25% by Simpson's biplane.", "no"),
    Probe("lvh-9mm", LVH, "Left ventricular wall thickness is 9 mm, normal.", "no"),
    Probe("lvh-16mm", LVH, "The interventricular septum measures 16 mm.", "yes"),
    Probe("lvh-borderline", LVH, "Septal thickness 12 mm.", None),
    # bowel
    Probe("cecum-11", CECUM, "Cecal diameter is 11 cm, concerning for impending perforation.", "yes"),
    Probe("cecum-6", CECUM, "The cecum measures 6 cm.", "no"),
    Probe("cecum-8", CECUM, "The cecum measures 8.5 cm.", None),
    Probe("sb-4", SMALL_BOWEL, "Small bowel loops measure up to 4.2 cm with air-fluid levels.", "yes"),
    Probe("sb-2", SMALL_BOWEL, "Small bowel loops measure 2 cm.", "no"),
    # organs
    Probe("spleen-16", SPLEEN, "The spleen measures 16 cm in craniocaudal length.", "yes"),
    Probe("spleen-10", SPLEEN, "Spleen length 10 cm.", "no"),
    Probe("spleen-13", SPLEEN, "Spleen length 13 cm.", None),
    Probe("spleen-child", SPLEEN, "Spleen length 10 cm in this 4-year-old.", None),
    Probe("uterus-7", UTERUS, "The uterus measures 7.5 × 4 × 5 cm.", "no"),
    Probe("uterus-words", UTERUS,
          "The uterus measures 14 × 8 × 9 cm with multiple fibroids, which is enlarged for a premenopausal woman.", "yes"),
    Probe("uterus-girl", UTERUS, "In this 8-year-old girl the uterus measures 6 cm.", None),
    Probe("aorta-5", AORTA, "The infrarenal aorta measures 5.4 cm.", "yes"),
    Probe("aorta-2", AORTA, "Aortic diameter 2.1 cm.", "no"),
    Probe("pa-34", PA, "The main pulmonary artery measures 34 mm.", "yes"),
    Probe("pa-24", PA, "Main pulmonary artery diameter 24 mm.", "no"),
    Probe("pa-aorta-two", PA, "The main pulmonary artery measures 24 mm and the ascending aorta 33 mm.", None),
    # fetal measurements
    Probe("ventricle-13", VENTRICLES, "The atrium of the lateral ventricle measures 13 mm.", "yes"),
    Probe("ventricle-6", VENTRICLES, "Lateral ventricular atrial width 6 mm.", "no"),
    Probe("ventricle-10", VENTRICLES, "Atrial diameter 10 mm.", None),
    Probe("nt-4", NT, "Nuchal translucency measures 4.1 mm.", "yes"),
    Probe("nt-1", NT, "NT 1.6 mm.", "no"),
    # bone age (two ages compared)
    Probe("bone-age-same", BONE_AGE, "Bone age ≈ chronological age (both around 8 years); within 2 SD.", "no"),
    Probe("bone-age-13-10", BONE_AGE,
          "The bone age corresponds to about 13 years using Greulich and Pyle, for a chronological age of 10 years.",
          "yes"),
    Probe("bone-age-close", BONE_AGE, "Bone age 11 years; chronological age 10 years 6 months.", "no"),
    Probe("bone-age-gap", BONE_AGE, "Bone age 12 years; chronological age 10 years 3 months.", None),
    Probe("bone-age-delayed-q", "Is the bone age delayed?",
          "Chronological age is 12 years and the bone age is about 9 years by Greulich and Pyle.", "yes"),
    Probe("bone-age-one-number", BONE_AGE, "Bone age is 12 years.", None),
    # styles
    Probe("style-bullets", CBD, "- CBD: 3 mm\n- Gallbladder: no stones", "no"),
    Probe("style-json", QT, '{"rate": 64, "qtc_ms": 515}', "yes"),  # the unit in the key (closedp13)
    Probe("style-question-mark", CBD, "CBD 11 mm?", None),
    Probe("style-previous", CBD, "The CBD measured 12 mm on the prior study; today it is 5 mm.", None),
]

PROBES += [
    # a value before the quantity's name
    Probe("before-appendix", APPENDICITIS, "An 11-mm non-compressible appendix with periappendiceal fat stranding.",
          "yes"),
    Probe("before-spleen-other", SPLEEN, "A 3 cm cyst in an otherwise normal spleen.", None),
    # vertebral height
    Probe("vertebra-50", "Are the vertebral body heights preserved?", "There is a 50% loss of height of the L1 "
          "vertebral body.", "no"),
    Probe("vertebra-fracture-40", "Is there a vertebral compression fracture?", "T12 shows anterior height loss of "
          "about 40%.", "yes"),
    Probe("vertebra-borderline", "Is there a vertebral compression fracture?", "L2: 15% loss of anterior height.",
          None),
    Probe("vertebra-two-levels", "Is there a vertebral compression fracture?",
          "T11 has 5% height loss and T12 has 35% height loss.", None),
]

MEDIASTINUM = "Is the mediastinum widened?"
KIDNEYS_SIZE = "Are both kidneys of normal size?"
PROBES += [
    # a measurement judged in words where no reference row applies (extract/measured_words.py)
    Probe("judged-mediastinum", MEDIASTINUM, "The mediastinum measures 9.5 cm at the level of the aortic arch on "
          "this supine film, which is widened. CT angiography is recommended.", "yes"),
    Probe("judged-mediastinum-normal", MEDIASTINUM, "Mediastinal width is 6 cm at the carina — normal.", "no"),
    Probe("judged-kidneys-normal", KIDNEYS_SIZE, "Right kidney 10.5 cm, left kidney 11 cm; both within normal limits.",
          "yes"),
    # (the adult renal length row of thresholds_more.py reads 7.9 cm as small: not normal in size)
    Probe("judged-kidneys-small", "Is the left kidney normal in size?",
          "The left kidney measures 7.9 cm, which is small for an adult.", "no"),
    Probe("judged-other-structure", "Is the pancreatic duct dilated?",
          "The CBD measures 5 mm; the pancreatic duct is not visualised.", None),
    Probe("judged-other-side", "Is the right ovary enlarged?", "The left ovary measures 5 cm, which is enlarged.",
          None),
    Probe("judged-negated", "Is the thyroid enlarged?", "The thyroid lobes measure 4.5 cm each, not enlarged.", "no"),
    Probe("judged-hedged", "Is the thyroid enlarged?", "The right lobe measures 6 cm, possibly enlarged.", None),
    Probe("judged-ventricles", "Are the lateral ventricles dilated?",
          "The lateral ventricles measure 12 mm at the atrium, which is mildly dilated.", "yes"),
    Probe("judged-next-finding", "Is the aorta dilated?", "The ascending aorta measures 4.3 cm, which is dilated. "
          "There is a small pericardial effusion.", "yes"),
    Probe("judged-mediastinum-normal-noun", MEDIASTINUM, "The mediastinum is 6 cm wide at the carina on this PA film, "
          "within normal limits.", "no"),
]

PROBES += [
    # precision: the judgement, a value or a word, belongs to something else
    Probe("judged-other-organ", SPLEEN, "The liver measures 19 cm, which is enlarged; the spleen is unremarkable.",
          "no"),
    Probe("guard-judged-latter", SPLEEN, "The spleen and liver measure 12 and 19 cm, the latter enlarged.", None),
    Probe("guard-judged-word-elsewhere", "Are the lateral ventricles dilated?",
          "The lateral ventricles measure 8 mm, which is normal; the third ventricle is dilated.", None),
    Probe("guard-judged-one-of-two", KIDNEYS_SIZE,
          "The right kidney measures 11 cm and the left 7 cm; the right is within normal limits.", None),
    Probe("guard-ctr-turn", HEART, "CTR 0.45, but there is a large pericardial effusion.", None),
    Probe("guard-spleen-two-organs", SPLEEN, "Liver 18 cm, spleen 10 cm.", None),
    Probe("guard-qt-prior", QT, "QTc 520 ms on the prior ECG; now 430 ms.", None),
    Probe("guard-appendix-normal-with-finding", APPENDIX_NORMAL,
          "The appendix measures 5 mm with an appendicolith and surrounding fluid.", None),
    Probe("guard-node-with-mass", NODES, "The largest node measures 8 mm in short axis; there is a 3 cm necrotic mass.",
          None),
    Probe("guard-sinus-question", "Is there sinus tachycardia?", "Atrial fibrillation at 140 bpm.", None),
    Probe("guard-heart-normal-not-size", "Is the heart normal?", "CTR 0.45.", None),
    Probe("guard-respiratory-rate", HR_TACHY, "Respiratory rate 30/min.", None),
    Probe("guard-scale-other-organ", THYROID, "BI-RADS 5.", None),
    Probe("guard-bladder-wall", GB, "The bladder wall measures 6 mm.", None),
    Probe("guard-line-below-carina", "Is the central line in good position?", "The tip is 4 cm below the carina.", None),
    Probe("guard-bronchus-other-side", "Is the left main bronchus intubated?",
          "ETT tip 2 cm beyond the carina in the right main bronchus.", None),
    Probe("guard-bronchus-side-unsaid", ETT_BRONCHUS, "The ETT tip is 1 cm below the carina.", None),
    Probe("guard-hu-two-values", HEMOTHORAX,
          "Right pleural effusion measuring 8 HU; a small focus of 60 HU clot layers dependently.", None),
    Probe("guard-hu-words-disagree", HEMOTHORAX, "Pleural fluid measures 45 HU, consistent with simple fluid.", None),
    Probe("guard-infant-ctr", HEART, "CTR 0.58 in this infant.", None),
    # both polarities of the negated question
    Probe("negated-qt", "Is the QT interval not prolonged?", "QTc 520 ms.", "no"),
    Probe("reference-stripped", CBD, "CBD 4 mm (normal < 6 mm).", "no"),
    Probe("reference-stripped-high", QT, "QTc 480 ms (normal ≤ 440 ms).", "yes"),
    Probe("af-rate", "Is there tachycardia?", "Atrial fibrillation with a ventricular rate of 150 bpm.", "yes"),
    Probe("birads-6", BREAST, "BI-RADS 6 — known biopsy-proven malignancy.", "yes"),
]

PROBES += [
    Probe("guard-one-node-normal", NODES, "The right hilar node measures 7 mm in short axis.", None),
    Probe("one-node-enlarged", ADENOPATHY, "The right hilar node measures 19 mm in short axis.", "yes"),
]

PROBES += [
    # two sides compared by their measurements (extract/measured_words.py)
    Probe("compared-kidney-larger", "Is the right kidney smaller than the left?",
          "The right kidney measures 11.4 cm and the left measures 8.3 cm.", "no"),
    Probe("compared-kidney-smaller", "Is the left kidney smaller than the right?",
          "Right kidney 11.4 cm; left kidney 8.3 cm.", "yes"),
    Probe("compared-close", "Is the right kidney smaller than the left?",
          "The right kidney measures 11.0 cm and the left 11.3 cm.", None),
    Probe("compared-ovary-larger", "Is the left ovary larger than the right?",
          "The left ovary measures 52 mm and the right ovary 28 mm.", "yes"),
    Probe("compared-one-side", "Is the right kidney smaller than the left?", "The right kidney measures 9 cm.", None),
    Probe("compared-three-values", "Is the right kidney smaller than the left?",
          "The right kidney measures 9 cm, the left 11 cm, and a 2 cm cyst sits in the left.", None),
]

PROBES += [
    # Spanish questions and answers
    Probe("es-qt", "¿Está prolongado el intervalo QT?", "QTc de 510 ms.", "yes"),
    Probe("es-qt-normal", "¿Está prolongado el intervalo QT?", "El QTc es de 410 ms.", "no"),
    Probe("es-cbd", "¿Está dilatado el colédoco?", "El colédoco mide 4 mm.", "no"),
    Probe("es-appendix", "¿Hay signos de apendicitis?", "El apéndice mide 11 mm y no es compresible.", "yes"),
    Probe("es-tirads", "¿Es sospechoso el nódulo tiroideo?", "TI-RADS 5.", "yes"),
    Probe("es-birads-2", "¿Es maligna la lesión de la mama?", "BI-RADS 2.", "no"),
    Probe("es-fcf", "¿Es normal la frecuencia cardiaca fetal?", "La frecuencia cardiaca fetal es de 145 lpm.", "yes"),
    Probe("es-fcf-bpm", "¿Es normal la frecuencia cardiaca fetal?", "FCF 145 bpm.", "yes"),
    Probe("es-spleen-hedged", "¿Está aumentado el bazo?", "El bazo mide 16 cm, probablemente.", None),
    Probe("es-child", "¿Está dilatado el colédoco?", "En este niño, el colédoco mide 4 mm.", None),
]

PROBES += [
    # more styles: brackets, "approx.", ranges, a later denial, advice after a semicolon, a table
    Probe("style-bold-answer", QT, "**Answer:** QTc 520 ms", "yes"),
    Probe("style-bracket", QT, "Measured QTc (Bazett) = 505 ms.", "yes"),
    Probe("style-approx", QT, "The QTc measures approx. 410 ms.", "no"),
    Probe("style-seconds-colon", QT, "QTc: 0.50 sec", "yes"),
    Probe("style-advice-semicolon", QT, "Corrected QT 530 msec — markedly prolonged; review QT-prolonging drugs.", "yes"),
    Probe("style-gb-abbreviation", GB, "GB wall 7 mm.", "yes"),
    Probe("style-table", CBD, "| Structure | Size |\n|---|---|\n| CBD | 4 mm |", "no"),
    Probe("style-colon-after-name", CBD, "Common duct diameter: 3.5 mm", "no"),
    Probe("style-think-then-answer", APPENDICITIS,
          "<think>Appendix measured 4 mm, compressible.</think>\nThe appendix is 4 mm and compressible.", "no"),
    Probe("style-ett-from-carina", ETT_GOOD, "ETT tip approximately 5 cm from the carina.", "yes"),
    Probe("style-ett-just-above", ETT_GOOD, "The endotracheal tube terminates 0.5 cm above the carina.", "no"),
    Probe("style-fhr-cardiac-activity", FHR, "Cardiac activity is present with a heart rate of 150 bpm.", "yes"),
    Probe("style-fhr-165", FHR, "Fetal cardiac activity present at 165 bpm.", None),
    Probe("style-tirads-points", THYROID, "Total points 1 → TR2 (not suspicious).", "no"),
    Probe("style-ef-range", EF, "Estimated LVEF 25-30%.", "yes"),
    Probe("style-ef-range-across", EF, "Estimated LVEF 35-60%.", None),
    Probe("style-later-denial", QT, "QTc 520 ms. No other abnormality.", "yes"),
    Probe("style-later-denial-turned", CBD, "CBD 4 mm. No stones, but the duct is dilated distally.", None),
    Probe("style-uterus-dimensions", UTERUS, "Uterus: 13.5 × 7 × 8 cm.", "yes"),
    Probe("style-bone-age-delayed", "Is the bone age delayed?", "Bone age: 7 years; chronological age: 10 years.", "yes"),
    Probe("guard-maternal-rate", FHR, "The heart rate (maternal) is 90 bpm.", None),
    Probe("guard-last-year", QT, "The QTc was 520 ms on the ECG from last year; today it is not reported.", None),
]

PROBES += [
    # precision: a value that belongs to another thing, two times, a condition
    Probe("guard-stone-in-duct", CBD, "The CBD contains a 4 mm stone.", None),
    Probe("guard-other-duct-after-semicolon", CBD,
          "The CBD is obscured by bowel gas; the pancreatic duct measures 2 mm.", None),
    Probe("guard-duct-not-seen", CBD, "CBD not seen, pancreatic duct 2 mm.", None),
    Probe("guard-polyp", GB, "The gallbladder contains a 2 mm polyp.", None),
    Probe("guard-spleen-cyst", SPLEEN, "The spleen has a 2 cm cyst.", None),
    Probe("guard-spleen-and-infarct", SPLEEN, "A 12 cm spleen with a 3 cm infarct.", None),
    Probe("guard-nodule-not-node", NODES, "The 8 mm nodule in the right upper lobe is stable.", None),
    Probe("guard-fibroid", UTERUS, "The uterus contains a 9 cm fibroid.", None),
    Probe("guard-uncorrected-qt", QT, "Heart rate 110 bpm, QT 360 ms.", None),
    Probe("guard-ctr-beside-width", HEART, "The heart is 14 cm wide with a CTR of 0.48.", None),
    Probe("guard-crl", FHR, "Fetal heart rate: not assessable; crown-rump length 12 mm.", None),
    Probe("guard-ef-then-now", EF, "The EF was 30% last year and is 60% now.", None),
    Probe("guard-tirads-prior", THYROID, "TR5 per the prior report; today TR3.", None),
    Probe("guard-birads-two-sides", BREAST, "BI-RADS 4 on the left, BI-RADS 2 on the right.", None),
    Probe("guard-birads-then-now", BREAST, "Previously BI-RADS 5; biopsy benign, now BI-RADS 2.", None),
    Probe("guard-ett-concession", ETT_GOOD, "The tube tip is 4 cm above the carina, although the cuff is overinflated.",
          None),
    Probe("guard-ett-inlet", ETT_LOW, "Tip 3 cm below the thoracic inlet.", None),
    Probe("guard-ett-withdrawn", ETT_GOOD,
          "The ETT was 1 cm above the carina and has been withdrawn; now 5 cm above.", None),
    Probe("guard-hu-liver", HEMOTHORAX, "The 45 HU lesion in the liver and a simple left effusion.", None),
    Probe("guard-cecal-mass", CECUM, "A 10 cm cecal mass.", None),
    Probe("guard-mass-by-aorta", AORTA, "A 6 cm mass abuts the aorta.", None),
    Probe("guard-probable-node", ADENOPATHY, "A 22 mm subcarinal mass, probably a node.", None),
    Probe("guard-condition", QT, "If the QTc is 520 ms, it is prolonged.", None),
    Probe("guard-would", QT, "QTc would be 520 ms if corrected by Bazett.", None),
    Probe("guard-two-heart-rates", FHR, "The fetal heart rate is 148 bpm, the maternal 80 bpm.", None),
    Probe("cbd-with-stone", CBD, "The CBD measures 12 mm with a distal stone.", "yes"),
]

PROBES += [
    Probe("style-bullets-then-finding", CBD, "- CBD: 3 mm\n- Gallbladder: several stones", None),
    Probe("style-bullets-denial-turned", CBD, "- CBD: 3 mm\n- Gallbladder: no stones, but sludge", None),
]

PROBES += [
    Probe("reference-named-cut-off", QT, "QTc 430 ms (prolonged > 460 ms).", "no"),
    Probe("reference-named-cut-off-high", CBD, "CBD 12 mm (dilated if > 6 mm).", "yes"),
]
