"""The 129 review probes of lane/status27 (session 27, review27_status27), as data for
``tests/test_extract_fixstatus27.py``: reviewer-written texts (no corpus item), each
(id, kind, question, text, expect[, options]); expect is the right reading, "NONE" for no answer, or
("EITHER", gold) where no answer and ``gold`` are both acceptable. ``judge`` says right / wrong / lost.
"""

from __future__ import annotations

CH = {"A": "Sarcoidosis", "B": "Tuberculosis", "C": "Lymphoma", "D": "Silicosis"}
DX = "What is the most likely diagnosis?"
FX = "Is there a fracture?"
PTX = "Is there a pneumothorax?"
EFF = "Is there a pleural effusion?"
HEART = "Is the heart enlarged?"
N = "NONE"

PROBES: list[tuple] = [
    # ---- A. other_question: a refusal of the ASKED question, in words the rule does not recognise --------------------
    ("oq01", "closed", FX, "The cortex is difficult to follow on this oblique view. I can't exclude a subtle break "
     "without dedicated scaphoid views.", N),
    ("oq02", "closed", FX, "Maybe yes. I cannot confirm a break on this single projection.", N),
    ("oq03", "closed", PTX, "Possibly. I'm unable to assess for a collapsed lung on a supine film.", N),
    ("oq04", "closed", EFF, "Possibly. I can't evaluate the costophrenic angles on this cropped image.", N),
    ("oq05", "closed", "Is the mass malignant?", "There is a 2 cm spiculated mass in the upper outer quadrant. I can't "
     "assess its biology on imaging alone.", N),
    ("oq06", "open", "Is the lesion benign or malignant?", "A well-circumscribed lesion in the left breast. I can't "
     "determine its behaviour from a single mammographic view.", N),
    ("oq07", "open", DX, "Pulmonary nodule in the right upper lobe. I cannot characterise the nodule without prior "
     "imaging.", N),
    ("oq08", "open", DX, "Mass in the pancreatic head. I can't determine malignancy versus inflammation from this "
     "single phase.", N),
    ("oq09", "closed", FX, "Based on this image I can't say whether there is a fracture; I can't comment on alignment "
     "either.", N),
    ("oq10", "closed", FX, "Soft tissue swelling over the lateral malleolus. I can't exclude a bony injury without "
     "further views.", N),
    ("oq11", "closed", "Is there appendicitis?", "The appendix is not clearly visualised. I can't evaluate the "
     "right lower quadrant adequately on this study.", N),
    ("oq12", "closed", "Is there a brain bleed?", "There is some hyperdensity near the falx. I cannot determine "
     "whether this represents haemorrhage or calcification.", N),
    ("oq13", "choice", "Which diagnosis fits best?", "The hilar nodes are bilateral and symmetric. I can't determine "
     "the underlying disease without tissue.", N, CH),
    ("oq14", "choice", "Which diagnosis fits best?", "Pattern favours A. I can't determine the underlying disease "
     "without tissue.", ("EITHER", "A"), CH),
    ("oq15", "open", "Which organ is abnormal?", "Likely the kidney. I can't localise the abnormal structure "
     "confidently on this image.", N),
    ("oq16", "open", "What type of hernia is shown?", "There is bowel in the groin. I can't determine the hernia "
     "type on this single view.", N),
    ("oq17", "closed", "Is there an acute infarct?", "Hypodensity in the left MCA territory. I cannot date the "
     "change on CT alone.", N),
    ("oq18", "closed", "Is the tube in the correct position?", "The tip is near the carina. I can't judge its "
     "placement precisely on this rotated film.", N),
    ("oq19", "open", "What is the abnormality?", "<think>Opacity, maybe consolidation.</think>\nOpacity in the right "
     "lower zone. I can't characterise the opacity further on a single view.", ("EITHER", "opacity")),
    ("oq20", "closed", "Is there cardiomegaly?", "The film is AP and supine. I cannot assess cardiac size reliably "
     "on an AP film.", N),
    ("oq21", "closed", PTX, "Probably not. I'm unable to confirm or exclude air in the pleural space here.", N),
    ("oq22", "closed", "Is the lesion malignant?", "Irregular margins are seen. I can't comment on the "
     "histology from imaging.", N),
    ("oq23", "open", "What is the abnormality?", "Left lower lobe. I can't characterize the process without "
     "a lateral film.", N),
    # ---- B. other_question: a real caveat on another question (should be read) -------------------------------------
    ("oq30", "open", DX, "Right lower lobe pneumonia. I can't comment on the choice of antibiotics.", "pneumonia"),
    ("oq31", "closed", PTX, "Yes, a large left pneumothorax. I can't comment on whether a drain is required.", "yes"),
    ("oq32", "choice", "Which diagnosis fits best?", "**Answer: A**\n\nThe perilymphatic nodules and symmetric hilar "
     "nodes fit. I'm unable to comment on treatment or prognosis.", "A", CH),
    ("oq33", "closed", HEART, "No. The CTR is under 0.5. I cannot comment on the valves from a radiograph.", "no"),
    ("oq34", "open", "Which bone is fractured?", "The distal radius. I cannot assess ligament injury on plain film.",
     "radius"),
    ("oq35", "closed", "是否存在气胸？", "是。I can't comment on management.", "是"),
    ("oq36", "closed", PTX, "No pneumothorax; I can't assess the heart from this cropped view.", "no"),
    ("oq37", "open", DX, "Acute appendicitis — the appendix is 11 mm with fat stranding. I can't comment on "
     "perforation risk.", "appendicitis"),
    # ---- C. invented_turn --------------------------------------------------------------------------------------------
    ("it01", "closed", PTX, "No shift is seen, but let me check each sign.\nQ: Is there a visible pleural line? "
     "A: Yes, at the left apex.\nQ: Are lung markings seen beyond it? A: No.\nSo there is a pneumothorax.", "yes"),
    ("it02", "closed", PTX, "Yes, I can help with that.\nQuestion: Is the heart enlarged? Answer: yes\nQuestion: Is "
     "there a pneumothorax? Answer: no", "no"),
    ("it03", "closed", "Based on this chest radiograph, is there a pneumothorax?", "Let me review the image first."
     "\n\n**Question:** Is there a pneumothorax?\n**Answer:** Yes, a small apical one.", "yes"),
    ("it04", "closed", HEART, "No problem, let me restate it.\nQ: Is there cardiomegaly on this PA film?\nA: Yes, the "
     "CTR is above 0.5.", "yes"),
    ("it05", "open", DX, "Let me think about this.\nQ: What structure is abnormal? A: The left kidney.\nQ: What is the "
     "abnormality? A: Hydronephrosis.", "hydronephrosis"),
    ("it06", "closed", PTX, "Sure.\nQuestion: Is there a pneumothorax in this image?\nAnswer: Yes", "yes"),
    ("it07", "choice", "Which diagnosis fits best?", "Let me restate the question.\nQuestion: Which diagnosis fits "
     "best for this patient?\nA: Sarcoidosis\nB: Tuberculosis\nC: Lymphoma\nD: Silicosis\nAnswer: C", "C", CH),
    ("it08", "closed", "Is there free air under the diaphragm?", "Examples of the format:\nQuestion: Is the liver "
     "enlarged? Answer: no\n\nNow the real one.\nQuestion: Is there free air under the diaphragm? Answer: yes", "yes"),
    ("it09", "closed", PTX, "no\nQuestion: is the heart enlarged? Answer: yes", "no"),
    ("it10", "open", "Which organ is shown?", "Liver.\nQuestion: What modality is used? Answer: CT", "liver"),
    ("it11", "closed", EFF, "Looking at the costophrenic angles.\nQ: Are they blunted?\nA: Yes, on the right.\n"
     "Therefore there is a right pleural effusion.", "yes"),
    ("it12", "closed", "Is there pneumoperitoneum?", "The user asked: \"Question: Is there free gas? Answer "
     "yes or no.\" No, there is no free gas.", "no"),
    ("it13", "closed", FX, "No. Q: why not? A: the cortex is intact throughout.", "no"),
    ("it14", "closed", PTX, "Yes.\n\nQuestion: Is there a pneumothorax?\nAnswer: Yes", "yes"),
    ("it15", "closed", EFF, "Not that I can see. Question: Is there consolidation? Answer: yes", "no"),
    ("it16", "choice", "Which diagnosis fits best?", "Step 1 — the nodes. Q: Are they calcified? A: No, so "
     "silicosis (D) is less likely.\nStep 2 — the lungs. Q: Perilymphatic nodules? A: Yes.\nFinal answer: A", "A", CH),
    ("it17", "closed", HEART, "No.\nQuestion: Is the heart enlarged (yes/no)?\nAnswer: No", "no"),
    # ---- D. unfinished: complete short answers (should be kept) -------------------------------------------------------
    ("un01", "open", "Which bone is fractured?", "Fracture of the temporal", "temporal bone"),
    ("un02", "open", "Which lobe of the brain is involved?", "The lesion is in the frontal", "frontal lobe"),
    ("un03", "open", "Which artery is occluded?", "It is the superficial femoral", "superficial femoral artery"),
    ("un04", "open", "Which artery is occluded?", "Occlusion of the popliteal", "popliteal artery"),
    ("un05", "open", "Which organ is the mass arising from?", "The mass arises from the adrenal", "adrenal gland"),
    ("un06", "open", "What type of fracture is shown?", "It is a spiral", "spiral"),
    ("un07", "open", "What type of hernia is this?", "This is an inguinal", "inguinal hernia"),
    ("un08", "open", "Which nerve is at risk?", "the radial", "radial nerve"),
    ("un09", "open", "In which plane is this image taken?", "This is an axial", "axial"),
    ("un10", "open", "What type of bone lesion is this?", "This is a lytic", "lytic"),
    ("un11", "open", "Which lobe is affected?", "It involves the parietal", "parietal lobe"),
    ("un12", "open", "Which organ is enlarged?", "Liver", "liver"),
    ("un13", "open", "What is the abnormality?", "Cardiomegaly with small bilateral effusions", "cardiomegaly"),
    ("un14", "open", "What is shown?", "肝脏囊肿", "肝脏囊肿"),
    ("un15", "open", "Which sinus is opacified?", "The right maxillary", "maxillary"),
    ("un16", "open", "Where is the lesion located?", "In the cerebellar vermis", "cerebellar vermis"),
    ("un17", "open", "Which vessel is involved?", "The left renal", "left renal"),
    ("un18", "open", "Which organ shows the abnormality?", "Abnormality in the pancreatic", ("EITHER", "pancreas")),
    ("un19", "open", "What kind of calcification is this?", "These are typical of a dystrophic",
     ("EITHER", "dystrophic")),
    ("un20", "open", "Which ventricle is dilated?", "the lateral", "lateral ventricle"),
    ("un21", "open", "What is the diagnosis?", "TB, i.e. post-primary", ("EITHER", "tuberculosis")),
    ("un22", "open", "Which bone is fractured?", "the distal fibula", "fibula"),
    ("un23", "open", "What type of scan is this?", "An axial non-contrast", ("EITHER", "axial non-contrast")),
    ("un24", "open", "Which type of effusion is this?", "It is a simple", ("EITHER", "simple")),
    # ---- D2. unfinished: real cuts (should be no answer) ------------------------------------------------------------
    ("uc01", "open", DX, "The most likely diagnosis is a primary", N),
    ("uc02", "open", DX, "The most likely diagnosis is pulmonary", N),
    ("uc03", "open", DX, "The findings are most consistent with metastatic", N),
    ("uc04", "open", DX, "Findings: a lobulated soft tissue mass in the anterior mediastinum. The most likely "
     "diagnosis here is a thymic", N),
    ("uc05", "open", "What is the abnormality?", "On this CT, the liver shows multiple", N),
    ("uc06", "open", "What is the abnormality?", "There is a large heterogeneous", N),
    ("uc07", "open", DX, "Based on the ring enhancement and surrounding oedema, this is most likely a high-grade", N),
    ("uc08", "open", DX, "**Diagnosis:** The appearance is consistent with an acute", N),
    ("uc09", "open", "What is the abnormality?", "肝右叶可见一低密度", N),
    ("uc10", "open", DX, "Looking at the image there is a well-defined round lesion in the right kidney, with "
     "internal septations and peripheral", N),
    # ---- E. open_deferred on a committed reply ----------------------------------------------------------------------
    ("od01", "open", DX, "Pneumonia. The differential remains broad, including atelectasis and aspiration.",
     "pneumonia"),
    ("od02", "open", DX, "The mass is a pheochromocytoma. It could be confused with an adenoma or a metastasis on CT, "
     "and washout imaging is needed to tell them apart.", "pheochromocytoma"),
    ("od03", "open", DX, "Meningioma. The differential diagnosis remains schwannoma and hemangiopericytoma, which are "
     "less likely given the dural tail.", "meningioma"),
    ("od04", "open", DX, "Glioblastoma. The differential remains metastasis or lymphoma, but the butterfly pattern "
     "across the corpus callosum makes glioblastoma the diagnosis.", "glioblastoma"),
    ("od05", "open", DX, "Diagnosis: acute appendicitis.\nThe appendix is dilated with stranding. It might be "
     "appendicitis or an inflamed Meckel's diverticulum; the normal-position caecal origin settles it as appendicitis, "
     "and no further imaging is needed to decide between them.", "appendicitis"),
    ("od06", "open", DX, "This is a schwannoma. The main alternative is a meningioma or a neurofibroma, and contrast "
     "MRI is needed to differentiate between them definitively, but the ice-cream-cone shape is classic.",
     "schwannoma"),
    ("od07", "open", DX, "Hepatocellular carcinoma. In a cirrhotic liver, arterial enhancement with washout is "
     "diagnostic; the differential otherwise remains FNH and adenoma in a normal liver.",
     "hepatocellular carcinoma"),
    ("od08", "open", "Which lobe contains the mass?", "Right middle lobe. On the frontal view alone it could be in the "
     "middle lobe or the lower lobe, but the lateral film shows it anterior to the fissure, so no CT is needed to "
     "say which.", "right middle lobe"),
    ("od09", "open", DX, "Sarcoidosis is my answer. It could be sarcoidosis or lymphoma; tissue is required to "
     "distinguish between them with certainty.", "sarcoidosis"),
    ("od10", "open", DX, "**Diagnosis: Osteosarcoma**\n\nThe sunburst periosteal reaction and Codman triangle are "
     "classic. It may be an osteosarcoma or Ewing sarcoma by age, but biopsy is required to confirm which subtype.",
     "osteosarcoma"),
    # ---- E2. open_deferred: real deferrals (should be ambiguous) ----------------------------------------------------
    ("od20", "open", DX, "There is a cavitating lesion in the right upper lobe. It could be tuberculosis or a "
     "squamous cell carcinoma. Sputum and biopsy would be needed to tell which.", N),
    ("od21", "open", DX, "Hypoechoic thyroid nodule with microcalcifications. Could be papillary carcinoma or a "
     "benign nodule; FNA is needed to decide.", N),
    ("od22", "open", DX, "Enhancing lesion at the cerebellopontine angle. The differential remains vestibular "
     "schwannoma versus meningioma.", N),
    # ---- F. other statuses / mixed -----------------------------------------------------------------------------------
    ("mx01", "closed", PTX, "Yes, there is a small left apical pneumothorax. I can't comment on the size in "
     "centimetres.", "yes"),
    ("mx02", "open", DX, "Ground-glass opacities in both lower lobes, likely viral pneumonia. I can't comment on "
     "COVID-19 status without PCR.", "viral pneumonia"),
    ("mx03", "closed", FX, "I can't say for sure. I can't comment on the ligaments either.", N),
    ("mx04", "open", DX, "Hard to tell; I can't comment on the lungs without a better image.", N),
    ("mx05", "closed", FX, "No fracture. I can't comment on management.", "no"),
    ("mx06", "choice", "Which diagnosis fits best?", "I would need more history. I can't comment on the nodes "
     "without a CT.", N, CH),
    ("mx07", "closed", HEART, "The heart is at the upper limit of normal. I can't judge chamber enlargement on a "
     "radiograph.", N),
    ("mx08", "closed", EFF, "Blunting of the right angle. I can't determine whether this represents fluid or "
     "pleural thickening.", N),
    ("mx09", "open", "What is the abnormality?", "Cardiomegaly. There are also", "cardiomegaly"),
    ("mx10", "closed", FX, "Probably a fracture of the fifth metatarsal base. I can't determine if it is a Jones "
     "or avulsion type.", "yes"),
    ("mx11", "open", "What is the abnormality in the left kidney?", "A cyst. I can't classify the Bosniak category "
     "without contrast.", "cyst"),
    ("mx12", "closed", "Is the lesion enhancing?", "There is a lesion. I can't assess enhancement without a "
     "post-contrast series.", N),
    # ---- G. added after the first run ------------------------------------------------------------------------------
    ("oq40", "open", DX, "Bilateral hilar lymphadenopathy. I can't determine the aetiology from the radiograph alone.",
     N),
    ("oq41", "open", DX, "Multiple ring-enhancing lesions. I cannot differentiate abscess from metastases, and I "
     "can't determine the primary.", N),
    ("oq42", "open", DX, "Fracture of the left clavicle I can't comment on management.", "clavicle fracture"),
    ("oq43", "open", "Is the lesion benign or malignant?", "Benign. I can't comment on follow-up intervals.", "benign"),
    ("oq44", "open", "What is the organ shown?", "The liver. I cannot assess liver function.", "liver"),
    ("oq45", "closed", "Is there pneumonia?", "There is patchy opacity in the right lower zone. I can't determine "
     "infection versus atelectasis without clinical details.", N),
    ("oq46", "open", DX, "Dilated small bowel loops with air-fluid levels. I can't determine the transition point or "
     "its aetiology on a plain film.", N),
    ("oq47", "open", DX, "Hydronephrosis of the left kidney. I can't determine the underlying cause from one image.",
     N),
    ("it20", "closed", HEART, "Yes, of course.\nQuestion: Is the heart enlarged on this radiograph?\nAnswer: No, the "
     "CTR is 0.45.", "no"),
    ("it21", "closed", PTX, "At first I thought there was no pneumothorax. Let me double-check.\nQ: Is a pleural line "
     "visible? A: Yes, at the left apex.\nFinal answer: yes", "yes"),
    ("it22", "choice", "Which diagnosis fits best?", "Tuberculosis (B) came to mind first.\nQ: Are the nodes calcified "
     "like eggshells? A: No.\nQ: Is the distribution perilymphatic? A: Yes.\nAnswer: A", "A", CH),
    ("it23", "open", DX, "Initially this looks like a simple cyst.\nQ: Is there internal enhancement? A: Yes, a mural "
     "nodule.\nSo the diagnosis is cystic renal cell carcinoma.", "cystic renal cell carcinoma"),
    ("it24", "closed", EFF, "**Reasoning:** The right angle is sharp.\n**Question:** Is the left angle blunted?\n"
     "**Answer:** Yes, there is a meniscus.\n\nTherefore: yes, a left pleural effusion.", "yes"),
    ("it25", "closed", HEART, "The heart does not look enlarged at first glance, but let me measure.\nQ: What is the "
     "CTR? A: 0.62.\nSo yes, the heart is enlarged.", "yes"),
    ("it26", "closed", PTX, "No worries, here is the answer in the requested format.\nQuestion: Is there a "
     "pneumothorax in this chest film?\nAnswer: Yes.", "yes"),
    ("it27", "open", "What is the abnormality?", "Pneumothorax. Question: Which side? Answer: left.", "pneumothorax"),
    ("it28", "closed", "是否有胸腔积液？", "无明显异常。\nQuestion: Is there consolidation? Answer: yes", ("EITHER", "否")),
    ("od30", "open", DX, "Consistent with pulmonary embolism. The differential remains limited, and a CTPA confirms "
     "it.", "pulmonary embolism"),
    ("od31", "open", DX, "Osteoarthritis of the knee. The differential remains inflammatory arthritis and CPPD, which "
     "are unlikely here.", "osteoarthritis"),
    ("od32", "open", "Which lobe is the nodule in?", "Left lower lobe. It could be in the lingula or lower lobe on the "
     "frontal, but the lateral resolves it; a CT is not needed to say which.", "left lower lobe"),
    ("od33", "open", DX, "Findings favour sarcoidosis. It could also be lymphoma or TB; a biopsy is needed to "
     "distinguish between them.", ("EITHER", "sarcoidosis")),
    ("un30", "open", DX, "Cardiomegaly. There are also bilateral", "cardiomegaly"),
]


def judge(kind: str, question: str, got, expect) -> str:
    from medstep.score.open_grade import grade_open
    either = isinstance(expect, tuple)
    gold = expect[1] if either else expect
    if got.answer is None:
        return "right" if gold == N or either else "lost"
    if gold == N:
        return "wrong"
    if kind == "open":
        from medstep.answers.text import normalize_text
        inside = set(normalize_text(gold).split()) <= set(normalize_text(got.answer).split())
        return "right" if inside or grade_open(got.answer, gold, question).matched else "wrong"
    return "right" if got.answer.strip().lower() == gold.lower() else "wrong"


__all__ = ["PROBES", "judge"]
