"""The review-27 probes of lane closedfind27 (closed yes/no read from a statement of the asked finding), kept as
tests by lane fixclosed27: each text must be read right ("yes"/"no") or refused (no answer).

Why a file of its own: the reviewer's 125 probes are the branch's precision control for its rules (the question frame
cut, "That's a <finding>", "within normal limits?", the closing pronoun). Six were already read wrongly on main by
other readers (``findings.py``'s concept reader and the closing pronoun of the same organ on the other side); they
are marked xfail(strict) with the reason, so fixing them shows up.
"""

from __future__ import annotations

import pytest

from medstep.answers import canonical_verdict
from medstep.extract import extract
from medstep.types import AnswerType, Sample

PTX = "Is there a pneumothorax?"
HOLE = "Is there a macular hole?"
BANK = "Is there a Bankart lesion?"
LUNGBX = "Is there a pneumothorax after this lung biopsy?"
THORA = "Is there a pneumothorax following the thoracentesis?"
SWALLOW = "Is there a hiatal hernia on this barium swallow?"
LIVER_WNL = "Is the liver within normal limits?"
SPLEEN_ENL = "Is the spleen enlarged?"

PROBES: list[tuple[str, str, dict[str, str], str | None]] = [
    # ---- A. pointing rule "That's a / It is a <finding>" -------------------------------------------------------
    ("That's a full-thickness macular hole with a small operculum.", HOLE, {}, "yes"),
    ("Looking at the OCT, there is a foveal defect. It's a macular hole, stage 3.", HOLE, {}, "yes"),
    ("This is a pseudo-macular hole caused by an epiretinal membrane.", HOLE, {}, None),
    ("It is a pseudo macular hole from the ERM contracting.", HOLE, {}, None),
    ("That's a closed macular hole; the foveal contour is restored after the vitrectomy.", HOLE, {}, "no"),
    ("It is a previously repaired macular hole, now closed with no residual defect.", HOLE, {}, "no"),
    ("It is a resolved pneumothorax; the lung is fully re-expanded.", PTX, {}, "no"),
    ("It's a pneumothorax mimic: the line continues beyond the chest wall, so it is a skin fold.", PTX, {}, "no"),
    ("This is a pneumothorax mimic rather than a true pleural line.", PTX, {}, None),
    ("It is a macular hole mimic - the inner retina is intact.", HOLE, {}, None),
    ("It is a bulla or pneumothorax; a CT would tell them apart.", PTX, {}, None),
    ("That's a cyst or macular hole, I can't tell on this single B-scan.", HOLE, {}, None),
    ("It is a skin fold or pneumothorax.", PTX, {}, None),
    ("It's a pneumothorax, or possibly just a skin fold.", PTX, {}, None),
    ("It's a pneumothorax at first glance, but on closer look the line is a skin fold.", PTX, {}, "no"),
    ("It is a macular hole. Actually, on second look, the inner layers are intact: it is a lamellar defect.", HOLE,
     {}, "no"),
    ("It is a possible pneumothorax.", PTX, {}, None),
    ("It is a suspected pneumothorax, to be confirmed with a lateral decubitus film.", PTX, {}, None),
    ("That's a questionable macular hole.", HOLE, {}, None),
    ("That is a potential Bankart lesion, but the labrum may simply be a variant.", BANK, {}, None),
    ("It is an impending macular hole (stage 1), with no full-thickness defect yet.", HOLE, {}, "no"),
    ("It is a typical Bankart lesion companion: the Hill-Sachs lesion on the humeral head.", BANK, {}, None),
    ("If the lucency reaches the apex, it is a pneumothorax.", PTX, {}, None),
    ("Should the line persist on expiration, it is a pneumothorax.", PTX, {}, None),
    ("It is a pneumothorax only if the pleural line is real, which I cannot confirm.", PTX, {}, None),
    ("Whether it is a pneumothorax cannot be decided on this film.", PTX, {}, None),
    ("I would not say it is a pneumothorax.", PTX, {}, None),
    ("Q: Is it a pneumothorax?\nA: It is a skin fold.", PTX, {}, "no"),
    ("<think>The lucency at the apex... it is a pneumothorax? No, vessels cross it.</think>\nAnswer: No", PTX, {}, "no"),
    ("It is a Hill-Sachs lesion. There is no Bankart lesion.", BANK, {}, "no"),
    ("**Finding:** It's a small apical pneumothorax.\n**Answer:** Yes", PTX, {}, "yes"),
    ("The lucent crescent along the apex lacks lung markings. That's a pneumothorax.", PTX, {}, "yes"),
    ("It's a pneumothorax catheter, correctly positioned in the pleural space.", PTX, {}, None),
    ("It is a Bankart lesion repair with suture anchors in the glenoid.", BANK, {}, None),
    ("It is a thrombus-mimicking flow artefact.", "Is there a thrombus?", {}, None),
    ("It's a thrombus? No - slow flow artefact.", "Is there a thrombus?", {}, "no"),
    ("The right eye is normal. In the left eye, it is a macular hole.", "Is there a macular hole in the right eye?", {},
     "no"),
    ("It is a common complication, a pneumothorax, but none is seen here.", LUNGBX, {}, "no"),
    ("It is a pleural effusion.", PTX, {}, None),
    ("That's a textbook hiatal hernia.", "Is there a hiatal hernia?", {}, "yes"),
    ("It is a small sliding hiatal hernia.", "Is there a hiatal hernia?", {}, "yes"),
    ("It was a pneumothorax before the drain was placed; now the lung is up.", PTX, {}, "no"),
    ("It is a small pneumothorax (vs skin fold).", PTX, {}, None),
    ("It is a pneumothorax-free study.", PTX, {}, "no"),
    ("That's a negative study for pneumothorax.", PTX, {}, "no"),
    ("That's a macular hole in the fellow eye; this eye has an intact fovea.", "Is there a macular hole in this eye?",
     {}, "no"),

    # ---- B. question frame cut after -gram/-graphy/-scopy studies and procedures ---------------------------------
    ("A small apical pneumothorax is present.", LUNGBX, {}, "yes"),
    ("No pneumothorax is seen after the biopsy.", LUNGBX, {}, "no"),
    ("The pre-biopsy image showed a small pneumothorax.", LUNGBX, {}, None),
    ("Pneumothorax is the most common complication of CT-guided lung biopsy, occurring in about 20%.", LUNGBX, {}, None),
    ("Post-biopsy pneumothorax is a known risk; a follow-up film in 3 hours is advised.", LUNGBX, {}, None),
    ("There was a small pneumothorax before the thoracentesis; the current film shows none.", THORA, {}, "no"),
    ("There was a pneumothorax before the thoracentesis.", THORA, {}, None),
    ("A leak was present before the repair.", "Is there a leak after the repair?", {}, None),
    ("Recurrence after resection is common, up to 30% within 2 years.",
     "Is there recurrence after the resection?", {}, None),
    ("Bleeding is a recognized complication after biopsy.", "Is there bleeding after the biopsy?", {}, None),
    ("A hiatal hernia was described on the prior CT; the swallow itself is not conclusive.", SWALLOW, {}, None),
    ("A small sliding hiatal hernia is seen above the diaphragm.", SWALLOW, {}, "yes"),
    ("No hiatal hernia. Mild tertiary contractions.", SWALLOW, {}, "no"),
    ("The barium column is normal; the gastroesophageal junction lies below the diaphragm.", SWALLOW, {}, None),
    ("Vesicoureteral reflux is seen into the left ureter.", "Is there reflux on this voiding cystourethrogram?", {},
     "yes"),
    ("There is no filling defect in the common duct.", "Is there a stone on this cholangiogram?", {}, None),
    ("No stricture is seen.", "Is there a stricture on this ERCP cholangiography?", {}, "no"),
    ("A 6 mm pedunculated polyp is seen in the sigmoid colon.", "Is there a polyp on this colonoscopy?", {}, "yes"),
    ("The scope could not pass the sigmoid; a polyp cannot be excluded.", "Is there a polyp on this colonoscopy?", {},
     None),
    ("A thrombus fills the popliteal vein.", "Does this venogram show a thrombus?", {}, "yes"),
    ("If there were a thrombus, it would appear as a filling defect.", "Does this venogram show a thrombus?", {}, None),
    ("No thrombus in the femoral vein; the calf veins are not opacified.", "Does this venogram show a thrombus?", {},
     None),
    ("A hematoma after catheterization usually lies at the puncture site. Here, a pseudoaneurysm is seen.",
     "Is there a hematoma following the catheterization?", {}, None),
    ("The chest tube has been removed and a small pneumothorax is seen at the apex.",
     "Is there a pneumothorax after the chest tube removal?", {}, "yes"),
    ("Before the chest tube removal, there was a tiny pneumothorax.",
     "Is there a pneumothorax after the chest tube removal?", {}, None),
    ("Contrast extravasation is seen at the anastomosis.", "Is there a leak during the contrast injection?", {}, "yes"),
    ("Is there a leak? A leak would show contrast outside the bowel.", "Is there a leak on this fluoroscopy?", {}, None),
    ("A stone in the CBD is a common cause of jaundice.", "Is there a stone on this MRCP cholangiogram?", {}, None),
    ("There is a 5 mm stone in the distal CBD.", "Is there a stone on this MRCP cholangiogram?", {}, "yes"),
    ("在这张钡餐造影中可见滑动性食管裂孔疝。", SWALLOW, {}, None),  # reader need not read Chinese; must not misread

    # ---- C. "within normal limits / normal range?" asked as "normal?" -------------------------------------------
    ("The liver is normal in size but shows diffuse steatosis.", LIVER_WNL, {}, "no"),
    ("The liver is enlarged at 19 cm with a smooth contour.", LIVER_WNL, {}, "no"),
    ("The liver is unremarkable.", LIVER_WNL, {}, "yes"),
    ("Liver: enlarged. Spleen: normal.", LIVER_WNL, {}, "no"),
    ("The spleen is normal. The liver could not be assessed.", LIVER_WNL, {}, None),
    ("The thyroid gland is normal in size with a 1.5 cm nodule in the right lobe.",
     "Is the thyroid within normal limits?", {}, "no"),
    ("Left ventricular size is normal, but the walls are thickened to 15 mm.",
     "Is the left ventricle within normal limits?", {}, "no"),
    ("Normal sinus rhythm at 118 beats per minute.", "Is the heart rate within normal limits?", {}, "no"),
    ("LV size is normal. The ejection fraction is 35%.", "Is the ejection fraction within the normal range?", {}, "no"),
    ("The QRS duration is normal. The QT interval is prolonged at 520 ms.",
     "Is the QT interval within normal limits?", {}, "no"),
    ("The QRS duration is normal.", "Is the QT interval within normal limits?", {}, None),
    ("The cardiothoracic ratio is 0.58, indicating cardiomegaly.",
     "Is the cardiothoracic ratio within normal limits?", {}, "no"),
    ("The aortic root measures 4.6 cm, which is dilated.", "Is the aortic root within normal limits?", {}, "no"),
    ("If the heart were within normal limits, the CTR would be under 0.5.",
     "Is the heart size within normal limits?", {}, None),
    ("The heart appears normal in size? Hard to say on an AP film.", "Is the heart size within normal limits?", {},
     None),
    ("Bone density is reduced, consistent with osteopenia.", "Is the bone density within normal limits?", {}, "no"),
    ("The mediastinum is not widened. The heart is enlarged.", "Is the mediastinum within normal limits?", {}, "yes"),
    ("The mediastinum is normal. The heart is enlarged.", "Is the cardiac silhouette within normal limits?", {}, "no"),
    ("The kidneys are normal.", "Is the spleen within normal limits?", {}, None),
    ("The ventricles look normal in size but there is a large left frontal mass with midline shift.",
     "Is the brain within normal limits?", {}, "no"),
    ("The cardiac silhouette is normal in size, but the left atrium is enlarged.",
     "Is the cardiac silhouette within normal limits?", {}, None),
    ("The spleen measures 11 cm and is normal.", "Is the spleen within the normal range?", {}, "yes"),
    ("The pancreas would normally be within normal limits in a patient this age, but here it is atrophic.",
     "Is the pancreas within normal limits?", {}, "no"),

    # ---- D. closing pronoun and the asked organ -------------------------------------------------------------------
    ("The liver measures 20 cm. It is enlarged.", SPLEEN_ENL, {}, None),
    ("The spleen spans 17 cm. It is enlarged.", SPLEEN_ENL, {}, "yes"),
    ("The spleen spans 17 cm, while the liver is normal. It is enlarged.", SPLEEN_ENL, {}, None),
    ("The spleen measures 17 cm. The liver is normal. It is enlarged.", SPLEEN_ENL, {}, "yes"),  # 17 cm: enlarged
    ("The liver measures 20 cm. It is enlarged. The spleen is normal in size.", SPLEEN_ENL, {}, "no"),
    ("The liver measures 20 cm. It is enlarged. The spleen is also enlarged.", SPLEEN_ENL, {}, "yes"),
    ("The left kidney measures 14 cm. It is enlarged.", "Is the right kidney enlarged?", {}, None),
    ("The liver is 16 cm. It is not enlarged.", SPLEEN_ENL, {}, None),
    ("The kidneys are normal. They are not enlarged.", "Is the liver enlarged?", {}, None),
    ("The pleural effusion on the left is large. It is present.", PTX, {}, None),
    ("The liver is normal. So it is enlarged? No, the spleen is 16 cm and enlarged.", SPLEEN_ENL, {}, "yes"),
    ("The heart measures 16 cm transversely. It is enlarged.", "Is the aorta enlarged?", {}, None),
    ("The aorta measures 5.2 cm. This is aneurysmal.", "Is the aorta dilated?", {}, "yes"),
    ("The common bile duct measures 11 mm. It is dilated.", "Is the pancreatic duct dilated?", {}, None),

    # ---- E. unrelated right readings that must hold -----------------------------------------------------------
    ("No pneumothorax. A small right pleural effusion is present.", PTX, {}, "no"),
    ("A small pneumothorax is present. No pleural effusion.", PTX, {}, "yes"),
    ("There is no pneumothorax, but a chest tube is in place.", LUNGBX, {}, "no"),
    # ---- F. more: procedures, class statements, pointing with what follows the term ----------------------------
    ("A pneumothorax developed during the biopsy and was aspirated; the post-procedure film shows none.", LUNGBX, {},
     "no"),
    ("Free air is expected for several days after a laparotomy; a small amount is seen under the right hemidiaphragm.",
     "Is there free air following the bowel resection?", {}, "yes"),
    ("Free air is expected for several days after a laparotomy.", "Is there free air following the bowel resection?",
     {}, None),
    ("It is a hernia repair mesh in good position.", "Is there a hernia after the repair?", {}, None),
    ("The arthrogram is of poor quality; fracture assessment requires plain films.",
     "Is there a fracture on this arthrogram?", {}, None),
    ("That's a pneumothorax I'd want to rule out with a lateral film.", PTX, {}, None),
    ("It is a pneumothorax we need to exclude before discharge.", PTX, {}, None),
    ("It's a pneumothorax question, really: is that line pleural or a skin fold?", PTX, {}, None),
    ("Cardiomegaly with a CTR of 0.62.", "Is the heart size within normal limits?", {}, "no"),
]


# Already wrong on main (not from this branch's rules): why each still reads wrongly.
_MAIN_WRONG = {
    14: "findings.py reads 'a pneumothorax at first glance' as stated; the later 'the line is a skin fold' is not seen "
        "as taking it back",
    32: "findings.py takes the compound 'pneumothorax catheter' for the finding",
    41: "findings.py has no sense of 'was ... before the drain' (past state)",
    44: "findings.py reads 'a negative study for pneumothorax' as the finding",
}


def _params() -> list[object]:
    out: list[object] = []
    for i, probe in enumerate(PROBES):
        marks = [pytest.mark.xfail(strict=True, reason=_MAIN_WRONG[i])] if i in _MAIN_WRONG else []
        out.append(pytest.param(i, *probe, marks=marks, id=f"r27-{i}"))
    return out


@pytest.mark.parametrize(("index", "text", "question", "options", "right"), _params())
def test_review_probe_reads_right_or_refuses(index: int, text: str, question: str, options: dict[str, str],
                                             right: str | None) -> None:
    sample = Sample(id=f"r27-{index}", question=question, answer=right or "yes", answer_type=AnswerType.CLOSED,
                    options=options)
    got = extract(text, sample)
    verdict = canonical_verdict(got.answer) if got.answer is not None else None
    assert verdict is None or verdict == right, (verdict, got.rule)


# fixclosed27's own adversarial probes against its guards (new wording): (question, text, right), right None = no
# answer may be read. A pointing clause with a take-back qualifier, something after the term, or a term whose words lie
# apart; a concluding statement of another organ; a procedure or -gram frame that is no longer cut.
_GB = "Is there a gallstone?"
_DISS = "Is there an aortic dissection?"
_OWN: list[tuple[str, str, str | None]] = [
    (_GB, "That's a gallstone.", "yes"),
    (_GB, "It is a small gallstone with posterior shadowing.", "yes"),
    (_GB, "That's a resolved gallstone.", "no"),
    (_GB, "It is an old gallstone from the prior scan.", None),
    (_GB, "That's a gallstone or a polyp.", None),
    (_GB, "That's a gallstone versus sludge.", None),
    (_GB, "It is a gallstone mimic.", None),
    (_GB, "It's a gallstone protocol image.", None),
    (_GB, "That's a gallstone in the other patient's study.", None),
    (_GB, "It is a gallstone at first glance only.", None),
    (_GB, "That's a healed gallstone perforation.", None),
    (_DISS, "That's a repaired aortic dissection.", None),
    (_DISS, "It is an impending aortic dissection.", None),
    (_DISS, "It is a former aortic dissection.", None),
    (_DISS, "That's a pseudo-aortic dissection from motion.", None),
    (_DISS, "It is an aortic dissection flap artefact.", None),
    (_DISS, "That's a typical aortic dissection.", "yes"),
    ("Is there a cyst in the left kidney?", "That's a cyst in the right kidney.", None),
    ("Is there a nodule in the left lung?", "It is a nodule in the right lung.", None),
    # a concluding statement said of another thing than the asked subject
    ("Is the aorta within normal limits?", "The aortic valve is thickened. The heart is enlarged.", None),
    ("Is the pancreas within normal limits?", "The pancreatic duct is normal. The liver is enlarged.", None),
    ("Is the spleen enlarged?", "The kidneys measure 12 cm. The liver is enlarged.", None),
    ("Is the gallbladder distended?", "The stomach is distended.", None),
    ("Is the liver within normal limits?", "The liver is enlarged.", "no"),
    ("Is the liver enlarged?", "The liver spans 21 cm. It is enlarged.", "yes"),
    ("Is the spleen enlarged?", "The kidney is 11 cm. It is enlarged.", None),
    # frames no longer cut: the text may speak of the time before the procedure or of the class
    ("Is there bleeding after this biopsy?", "Bleeding before the biopsy was minor.", None),
    ("Is there a pneumothorax following the line placement?", "Pneumothorax is a risk of line placement.", None),
    ("Is there a leak after the anastomosis?", "A leak was seen pre-operatively.", None),
    ("Is there a stenosis on this angiography?", "Stenosis grading needs a dedicated protocol.", None),
    ("Is there a polyp on this endoscopy?", "Polyp surveillance is due in 3 years.", None),
    ("Does this venogram show a clot?", "Clot assessment requires duplex ultrasound.", None),
]


# Own probes read wrongly by readers this branch does not touch, identically on main (findings.py's concept reader
# reads the name in "It is a X ..." whatever stands round it; the part's "normal" taken for the whole's).
_OWN_MAIN_WRONG = {
    "That's a gallstone or a polyp.": "a one-word term before 'or' is read as stated by implicit_yes_no on main too",
    "It's a gallstone protocol image.": "findings.py takes the compound noun for the finding (main too)",
    "That's a gallstone in the other patient's study.": "implicit_yes_no reads the place-less term on main too",
    "It is a gallstone at first glance only.": "findings.py has no sense of 'at first glance' (main too)",
    "That's a repaired aortic dissection.": "findings.py reads a repaired finding as present (main too)",
    "It is an impending aortic dissection.": "findings.py reads an impending finding as present (main too)",
    "It is a former aortic dissection.": "findings.py reads a former finding as present (main too)",
    "It is an aortic dissection flap artefact.": "findings.py takes the compound noun for the finding (main too)",
    "The pancreatic duct is normal. The liver is enlarged.":
        "findings.py takes the duct's 'normal' for the pancreas's ('Is the pancreas normal?' reads yes on main); the "
        "within-normal-limits question now reaches it",
}


def _own_params() -> list[object]:
    return [pytest.param(q, t, r, marks=[pytest.mark.xfail(strict=True, reason=_OWN_MAIN_WRONG[t])]
                         if t in _OWN_MAIN_WRONG else []) for q, t, r in _OWN]


@pytest.mark.parametrize(("question", "text", "right"), _own_params())
def test_own_probe_reads_right_or_refuses(question: str, text: str, right: str | None) -> None:
    sample = Sample(id="fc27", question=question, answer=right or "yes", answer_type=AnswerType.CLOSED, options={})
    got = extract(text, sample)
    verdict = canonical_verdict(got.answer) if got.answer is not None else None
    assert verdict is None or verdict == right, (verdict, got.rule)


@pytest.mark.parametrize(("question", "text", "right"), [
    # the antonym reader's closing "It is <pole>." after another thing named, and the asked subject never named
    ("Is the spleen normal?", "The liver spans 20 cm. It is normal.", None),
    ("Is the gallbladder within normal limits?", "The common duct measures 4 mm. It is normal.", None),
    ("Are the kidneys normal?", "The bladder is distended. They are normal.", None),
    # the asked subject named before the pronoun, or a case's own lesion: the pronoun may take it up
    ("Is the spleen normal?", "The spleen spans 10 cm. It is normal.", "yes"),
    ("Is the lesion malignant?", "A 2 cm lesion lies in the liver. It is malignant.", "yes"),
])
def test_closing_pronoun_of_another_thing(question: str, text: str, right: str | None) -> None:
    sample = Sample(id="fc27", question=question, answer=right or "yes", answer_type=AnswerType.CLOSED, options={})
    got = extract(text, sample)
    verdict = canonical_verdict(got.answer) if got.answer is not None else None
    assert verdict is None or verdict == right, (verdict, got.rule)
    if right is not None:
        assert verdict == right, got.rule
