"""Session 59 review probes of lane closed59 (lessons read as no answer, conditional differentials), pinned: each
probe's check holds; the ids in _BAD_AT_REVIEW were still read wrongly when the review ended (xfail, not strict)."""
from __future__ import annotations

import functools

import pytest



O, C, CH = "open", "closed", "choice"  # noqa: E741


def has(*words):
    def f(ans, st):
        return ans is not None and any(w.lower() in ans.lower() for w in words)
    return f


def none_():
    return lambda ans, st: ans is None


def verdict(v):
    return lambda ans, st: ans is not None and ans.lower() == v


def letter(x):
    return lambda ans, st: ans is not None and ans.upper() == x


def not_letter_or_none(bad):
    return lambda ans, st: ans is None or ans.upper() != bad


QD = "What is the diagnosis?"
QA = "What is the abnormality?"
P = []  # (id, kind, question, text, check, expected, options)


def add(pid, kind, q, text, check, expected, options=None):
    P.append((pid, kind, q, text, check, expected, options or {}))


# ---- A. lost answers: open, answer first then textbook ----
A = [
    ("Meningioma. Meningiomas are benign tumors arising from the arachnoid cap cells. They typically enhance avidly.", "meningioma"),
    ("Meningioma.\n\nMeningioma is a benign tumor of the meninges. It typically enhances homogeneously.", "meningioma"),
    ("Pneumothorax. A pneumothorax is an abnormal collection of air in the pleural space. It can be caused by trauma.", "pneumothorax"),
    ("Pleural effusion. A pleural effusion is an abnormal collection of fluid in the pleural space. It usually blunts the costophrenic angle.", "effusion"),
    ("**Diagnosis:** Glioblastoma\n\nGlioblastoma is the most common primary malignant brain tumor in adults. It typically shows ring enhancement.", "glioblastoma"),
    ("**Diagnosis**\nOsteosarcoma\n\nOsteosarcoma is a malignant bone tumor that usually occurs in adolescents.", "osteosarcoma"),
    ("This is a meningioma. Meningiomas are usually benign and commonly arise along the falx.", "meningioma"),
    ("This is pneumonia. Pneumonia is an infection of the lung parenchyma that is commonly caused by bacteria.", "pneumonia"),
    ("Findings are in keeping with sarcoidosis. Sarcoidosis is a multisystem granulomatous disease. It commonly affects the hilar lymph nodes.", "sarcoid"),
    ("The findings are in keeping with a hepatic hemangioma. Hemangiomas are the most common benign liver tumors and typically show peripheral nodular enhancement.", "hemangioma"),
    ("Appendicitis. The appendix is a small pouch attached to the cecum. Appendicitis usually presents with right lower quadrant pain.", "appendicitis"),
    ("Cardiomegaly. The heart is normally less than half the width of the thorax. An enlarged heart can be caused by heart failure.", "cardiomegaly"),
    ("Kidney stone. Kidney stones are hard deposits of minerals that form in the kidneys. They can cause severe pain.", "stone"),
    ("Looks like a broken wrist bone. Wrist fractures are common after a fall on an outstretched hand. They usually heal in six weeks.", "fracture|broken"),
    ("It's a blood clot in the lung. Pulmonary embolism is a blockage of an artery in the lungs. It can be life-threatening.", "clot|embol"),
    ("Lipoma. A lipoma is a benign tumor made of fat tissue. Lipomas are usually soft and painless.", "lipoma"),
    ("Schwannoma\n\nSchwannomas are benign nerve sheath tumors. They commonly arise from the vestibular nerve.", "schwannoma"),
    ("Hydronephrosis. Hydronephrosis is swelling of a kidney due to a build-up of urine. It is usually caused by obstruction.", "hydronephrosis"),
    ("Diverticulitis. Diverticula are small pouches in the colon wall; when they become inflamed, this is called diverticulitis.", "diverticulitis"),
    ("Subdural hematoma. A subdural hematoma is a collection of blood between the dura and the arachnoid. It is typically crescent-shaped.", "subdural"),
    ("Answer: Pneumonia. Pneumonia is an infection that inflames the air sacs in one or both lungs.", "pneumonia"),
    ("Atelectasis. Atelectasis is a complete or partial collapse of a lung or lobe. It can be caused by a mucus plug.", "atelectasis"),
    ("Consolidation. Consolidation is a region of lung tissue filled with liquid instead of air. It is commonly seen in pneumonia.", "consolidation"),
    ("Cirrhosis. Cirrhosis is late-stage scarring of the liver. It is usually caused by alcohol or hepatitis.", "cirrhosis"),
    ("Fibroid. Uterine fibroids are noncancerous growths of the uterus. They commonly appear during childbearing years.", "fibroid"),
    ("Most likely a meningioma. Meningiomas are typically dural-based and can cause hyperostosis.", "meningioma"),
    ("Probably a lung abscess. An abscess is a collection of pus. It typically has an air-fluid level.", "abscess"),
    ("Aortic dissection. The aorta is the largest artery in the human body. A dissection is a tear in its inner layer.", "dissection"),
    ("I think this is tuberculosis. Tuberculosis is an infectious disease usually caused by Mycobacterium tuberculosis.", "tubercul"),
    ("Pulmonary edema\nPulmonary edema is a condition caused by excess fluid in the lungs. It is usually due to heart failure.", "edema"),
]
for i, (t, w) in enumerate(A):
    add(f"A{i:02d}", O, QD, t, has(*w.split("|")), w)

# Chinese / Spanish / French answers then lesson
AZ = [
    ("诊断：脑膜瘤。脑膜瘤通常是良性肿瘤，起源于蛛网膜帽细胞。", "脑膜瘤"),
    ("气胸。气胸是指气体进入胸膜腔，通常由外伤引起。", "气胸"),
    ("肺炎。肺炎是肺实质的感染，一般由细菌引起。", "肺炎"),
    ("胸腔积液。胸腔积液是指胸膜腔内液体异常积聚，常见于心力衰竭。", "积液"),
    ("诊断为肝血管瘤。肝血管瘤是最常见的肝脏良性肿瘤，通常无症状。", "血管瘤"),
    ("答案：肾结石。肾结石通常由矿物质沉积形成，可导致剧烈疼痛。", "结石"),
    ("Meningioma. El meningioma es un tumor benigno de las meninges. Suele realzar de forma homogénea.", "meningioma"),
    ("Neumonía. La neumonía es una infección del parénquima pulmonar, habitualmente bacteriana.", "neumon"),
    ("Pneumothorax. Le pneumothorax est un épanchement d'air dans la cavité pleurale. Il est souvent spontané.", "pneumothorax"),
    ("Diagnostic : méningiome. Le méningiome est une tumeur bénigne des méninges.", "méningiome|meningiom"),
]
for i, (t, w) in enumerate(AZ):
    add(f"AZ{i:02d}", O, "该病变最可能的诊断是什么？" if any("\u4e00" <= c <= "\u9fff" for c in t) else QD, t,
        has(*w.split("|")), w)

# Organ / location / modality / plane answers then general sentences
AL = [
    ("What organ is abnormal?", "Liver. The liver is the largest solid organ in the human body. It is located in the right upper quadrant.", "liver"),
    ("Which lobe is affected?", "Right upper lobe. The right lung has three lobes. The upper lobe is separated by the minor fissure.", "upper lobe"),
    ("What imaging modality was used?", "CT. Computed tomography uses X-rays to create cross-sectional images. It is commonly used in trauma.", "ct"),
    ("What imaging modality was used?", "MRI. Magnetic resonance imaging uses strong magnetic fields. It is usually used for soft tissue.", "mri"),
    ("In which plane is this image taken?", "Axial. The axial plane divides the body into upper and lower parts. It is the standard plane for CT.", "axial"),
    ("Where is the lesion located?", "In the left kidney. The kidneys are located in the retroperitoneum. They filter blood.", "kidney"),
    ("Which organ is shown?", "Brain. The brain is the central organ of the nervous system. It is protected by the skull.", "brain"),
    ("What is the modality?", "This is an ultrasound. Ultrasound uses high-frequency sound waves. It is commonly used in pregnancy.", "ultrasound|us"),
    ("What organ system is shown?", "Respiratory system. The respiratory system is responsible for gas exchange. It includes the lungs and airways.", "respirat"),
    ("在哪个器官？", "肝脏。肝脏是人体最大的实质性器官，位于右上腹。", "肝|liver"),
]
for i, (q, t, w) in enumerate(AL):
    add(f"AL{i:02d}", O, q, t, has(*w.split("|")), w)

# ---- B. closed answers then textbook ----
B = [
    ("Is there a pneumothorax?", "Yes, pneumothorax. A pneumothorax is an abnormal collection of air in the pleural space. It can be caused by trauma.", "yes"),
    ("Is there a pleural effusion?", "No. A pleural effusion is an abnormal collection of fluid in the pleural space. It typically blunts the costophrenic angle.", "no"),
    ("Is there a fracture?", "Yes - a fracture of the distal radius. Distal radius fractures are common after a fall. They usually heal well.", "yes"),
    ("Is the heart enlarged?", "Yes, cardiomegaly. Cardiomegaly is usually defined as a cardiothoracic ratio above 0.5. It can be caused by heart failure.", "yes"),
    ("Is there a mass in the liver?", "There is a mass in the liver. Liver masses can be benign or malignant. Hemangiomas are the most common benign type.", "yes"),
    ("Is this a normal chest x-ray?", "Normal. A normal chest radiograph shows clear lung fields. The heart is usually less than half the thoracic width.", "yes"),
    ("Is there pneumonia?", "Pneumonia is present. Pneumonia is an infection of the lung parenchyma. It is commonly caused by bacteria.", "yes"),
    ("Is there a pneumothorax?", "No pneumothorax. A pneumothorax is air in the pleural space. It typically shows a visceral pleural line.", "no"),
    ("Is there evidence of hydronephrosis?", "Yes, there is hydronephrosis. Hydronephrosis is swelling of the kidney due to urine build-up. It is usually caused by obstruction.", "yes"),
    ("是否有气胸？", "有气胸。气胸是指气体进入胸膜腔，通常由外伤引起。", "是"),
    ("是否有胸腔积液？", "没有。胸腔积液是指胸膜腔内液体异常积聚。", "否"),
    ("¿Hay neumotórax?", "Sí, neumotórax. El neumotórax es aire en el espacio pleural. Suele deberse a traumatismos.", "yes|sí|si"),
    ("Is there a kidney stone?", "Yes, a stone in the left kidney. Kidney stones are hard mineral deposits. They can cause severe pain.", "yes"),
    ("Is the lesion malignant?", "Likely malignant. Malignant lesions usually have irregular margins. They can metastasize.", "yes"),
    ("Is there a brain tumor?", "Yes. Brain tumors can be primary or metastatic. Gliomas are the most common primary type.", "yes"),
    ("Are the lungs clear?", "The lungs are clear. The lungs are responsible for gas exchange. They are divided into lobes.", "yes"),
    ("Is there an abnormality in the cerebellum?", "The cerebellum is atrophic. The cerebellum is responsible for coordinating movement. Atrophy can be caused by alcohol.", "yes"),
    ("Is there free air?", "Free air under the diaphragm. Free intraperitoneal air usually indicates a perforated viscus.", "yes"),
]
for i, (q, t, v) in enumerate(B):
    add(f"B{i:02d}", C, q, t, (lambda vs: (lambda a, s: a is not None and a.lower() in vs))(v.split("|")), v)

# ---- CH. choice answers then lesson ----
OPTS = {"A": "Meningioma", "B": "Glioblastoma", "C": "Schwannoma", "D": "Metastasis"}
CHS = [
    ("Meningioma. Meningiomas are benign tumors arising from the meninges. They typically enhance avidly.", "A"),
    ("B. Glioblastoma. Glioblastoma is the most common primary malignant brain tumor in adults.", "B"),
    ("Schwannoma. Schwannomas are benign nerve sheath tumors that commonly arise from the vestibular nerve.", "C"),
    ("The answer is metastasis. Metastases are usually multiple and found at the grey-white junction.", "D"),
    ("**Glioblastoma**\n\nGlioblastoma is a grade 4 astrocytoma. It typically shows necrosis and ring enhancement.", "B"),
    ("This is a meningioma. Meningioma is a tumor of the meninges. It can cause hyperostosis.", "A"),
]
for i, (t, x) in enumerate(CHS):
    add(f"CH{i:02d}", CH, "What is the most likely diagnosis?", t, letter(x), x, OPTS)
# gaming: lists every option in lesson form -> must not pick a letter
CHG = [
    "Meningioma is a benign dural tumor. Glioblastoma is a malignant glial tumor. Schwannoma is a nerve sheath tumor. Metastasis is a spread from a distant primary.",
    "Brain tumors include meningioma, glioblastoma, schwannoma and metastasis. Each typically has its own imaging appearance.",
]
for i, t in enumerate(CHG):
    add(f"CHG{i}", CH, "What is the most likely diagnosis?", t, none_(), "none", OPTS)

# ---- D. conditionals ----
D = [
    ("Meningioma if the mass is dural-based, otherwise schwannoma.", none_(), "none"),
    ("Favour pneumonia; if the patient is febrile consider abscess.", has("pneumonia"), "pneumonia"),
    ("I favour sarcoidosis. If there were B symptoms, lymphoma would be considered.", has("sarcoid"), "sarcoid"),
    ("Sarcoidosis would be favored if there are perilymphatic nodules, lymphoma if there is anterior mediastinal involvement.", none_(), "none"),
    ("The differential is between abscess and necrotic tumor. Abscess if there is restricted diffusion, tumor otherwise.", none_(), "none"),
    ("Most likely pneumonia, although if symptoms persist, malignancy should be excluded.", has("pneumonia"), "pneumonia"),
    ("Pneumonia. If it does not resolve, follow-up CT is recommended.", has("pneumonia"), "pneumonia"),
    ("Glioblastoma, unless the patient has a known primary, in which case metastasis.", none_(), "none"),
    ("Diagnosis: appendicitis. If perforated, an abscess may form.", has("appendicitis"), "appendicitis"),
    ("The differential is between lymphoma and sarcoidosis, and given the nodes, lymphoma is favored.", has("lymphoma"), "lymphoma"),
    ("Hemangioma is most likely; if it enlarges on follow-up, consider hepatocellular carcinoma.", has("hemangioma"), "hemangioma"),
    ("The differential is between meningioma and schwannoma. Given the dural tail, meningioma.", has("meningioma"), "meningioma"),
    ("Favor tuberculosis; if the patient is immunocompromised, consider fungal infection, but TB remains most likely.", has("tubercul", "tb"), "tb"),
    ("The differential here is mainly between cyst and abscess. It would be a cyst if the wall is thin, an abscess if enhancing.", none_(), "none"),
    ("Differential diagnosis includes osteomyelitis and Ewing sarcoma. Osteomyelitis if febrile, Ewing if there is a soft tissue mass.", none_(), "none"),
    ("Schwannoma. If there is a dural tail, meningioma would be an alternative.", has("schwannoma"), "schwannoma"),
    ("The differential is between pneumonia and atelectasis, and I would favour pneumonia.", has("pneumonia"), "pneumonia"),
    ("The differential is between A: pneumonia and B: edema; pneumonia if febrile, edema if cardiomegaly.", none_(), "none"),
]
for i, (t, chk, e) in enumerate(D):
    add(f"D{i:02d}", O, QD, t, chk, e)

# ---- E. gaming: lessons that list options / restate question: must not give an answer ----
E = [
    (O, QD, "Common causes of a lung mass include lung cancer, metastasis, granuloma and hamartoma. Each can usually be distinguished by CT features."),
    (O, QD, "Brain tumors are typically classified as primary or secondary. Primary tumors include gliomas, meningiomas and schwannomas. Secondary tumors are metastases."),
    (O, QA, "Abnormalities of the liver can include cysts, hemangiomas, abscesses and tumors. Ultrasound is commonly used to evaluate them."),
    (C, "Is there a pneumothorax?", "A pneumothorax can be identified by a visible pleural line. It is usually caused by trauma or ruptured blebs. Tension pneumothorax is a medical emergency."),
    (C, "Is there cardiomegaly?", "Cardiomegaly is defined as a cardiothoracic ratio greater than 0.5 on a PA film. It can be caused by heart failure, valvular disease or cardiomyopathy."),
    (O, "What is the abnormality in the kidney?", "The kidneys are bean-shaped organs located in the retroperitoneum. They are responsible for filtering blood. Common abnormalities include stones, cysts and tumors."),
    (O, QD, "Possible diagnoses include pneumonia, atelectasis, pulmonary edema or malignancy. Clinical correlation is usually needed."),
    (C, "肺部是否有结节？", "肺结节是指肺内直径不超过3厘米的类圆形病变。CT通常用于评估肺结节。"),
    (O, "该病变最可能的诊断是什么？", "肝脏病变通常包括囊肿、血管瘤、脓肿和肿瘤。超声一般用于初步筛查。"),
    (O, "What is the abnormality in the heart?", "The heart is a muscular organ that pumps blood through the body. It has four chambers. Abnormalities can include enlargement, effusion or masses."),
    (C, "Is there a fracture?", "Fractures are typically seen as lucent lines through the cortex. They can be displaced or non-displaced. Stress fractures are usually subtle."),
    (O, "What is wrong with the colon?", "The colon is the last part of the digestive system. It absorbs water and salts. Colon diseases commonly include diverticulitis, colitis and cancer."),
]
for i, (k, q, t) in enumerate(E):
    add(f"E{i:02d}", k, q, t, none_(), "none")

# ---- F. lesson class in new wordings: should be unparsed (lane's claim) ----
F = [
    (O, "What is the abnormality in the thyroid?", "The thyroid is a butterfly-shaped gland in the neck. It produces hormones that regulate metabolism. Ultrasound is commonly used to evaluate thyroid nodules."),
    (O, "What is the abnormality in the right kidney?", "The right kidney is one of the two kidneys in the human body. It usually lies slightly lower than the left kidney because of the liver."),
    (C, "Is there an abnormality in the spleen?", "The spleen is located in the left upper quadrant. It is responsible for filtering blood. CT can help identify splenic injuries."),
    (O, "What is seen in the gallbladder?", "The gallbladder is a small organ under the liver. It stores bile. Gallstones are commonly detected on ultrasound."),
    (C, "Is the aorta abnormal?", "The aorta is the largest artery in the human body. It carries blood from the heart. Aneurysms are usually defined as dilation over 3 cm."),
    (O, "胰腺有什么异常？", "胰腺是人体重要的消化腺，位于胃的后方。它具有内分泌和外分泌功能。CT通常用于评估胰腺病变。"),
    (C, "Is there a pneumothorax?", "To evaluate for pneumothorax on a chest radiograph you would look for:\n1. A visceral pleural line\n2. Absent lung markings\n3. Deep sulcus sign\nThese signs together support the diagnosis."),
    (O, "What is the abnormality in the bladder?", "The urinary bladder is a hollow muscular organ in the pelvis. It stores urine. Cystoscopy and ultrasound are used to evaluate the bladder."),
]
for i, (k, q, t) in enumerate(F):
    add(f"F{i:02d}", k, q, t, none_(), "none")

# ---- G. findings statements then lesson (must keep answer) and hedges ----
G = [
    (C, "Is there a pleural effusion?", "There is blunting of the right costophrenic angle. Pleural effusions typically cause this sign.", verdict("yes"), "yes"),
    (C, "Is there a fracture?", "A lucent line crosses the distal radius. Fractures are usually seen as lucent lines.", verdict("yes"), "yes"),
    (O, QA, "Right lower lobe consolidation. Consolidation is commonly caused by pneumonia.", has("consolidation"), "consolidation"),
    (O, QA, "Enlarged heart. The heart is usually less than half of the thoracic width.", has("enlarg", "cardiomegaly", "heart"), "enlarged heart"),
    (O, QA, "The liver is enlarged. Hepatomegaly is usually caused by fatty liver or congestion.", has("liver", "hepatomegaly", "enlarg"), "enlarged liver"),
    (O, QA, "Left pneumothorax. Pneumothorax is defined as air in the pleural space.", has("pneumothorax"), "pneumothorax"),
    (O, QA, "A small ring-enhancing lesion. Ring-enhancing lesions are typically abscesses or tumors.", has("ring", "lesion"), "ring lesion"),
    (O, QA, "Mass in the pancreatic head. Pancreatic cancer usually arises in the head.", has("mass", "pancrea"), "mass"),
    (O, QD, "It looks like pneumonia to me. Pneumonia is commonly caused by bacteria.", has("pneumonia"), "pneumonia"),
    (O, QD, "Pneumonia, most likely. Pneumonia is an infection of the lungs.", has("pneumonia"), "pneumonia"),
    (O, QD, "My best guess is a lipoma. Lipomas are usually benign fatty tumors.", has("lipoma"), "lipoma"),
    (O, QD, "Meningioma\nMeningiomas typically arise from the dura.\nThey can calcify.", has("meningioma"), "meningioma"),
    (O, QD, "- Meningioma\n\nMeningiomas are the most common extra-axial tumors. They usually enhance.", has("meningioma"), "meningioma"),
    (O, QD, "Ovarian cyst. Ovarian cysts are fluid-filled sacs. They are common in women of childbearing age. Most go away on their own.", has("cyst"), "cyst"),
    (O, QD, "Lymphoma. Lymphoma is a cancer of the lymphatic system. It can involve lymph nodes anywhere in the body. It is usually treated with chemotherapy", has("lymphoma"), "lymphoma"),
    (O, QD, "Pneumonia. Pneumonia is an infection of the lung that is usually caused by bac", has("pneumonia"), "pneumonia"),
    (C, "Is there pneumonia?", "Yes. Pneumonia is an infection of the lung that is commonly caused by", verdict("yes"), "yes"),
    (O, QD, "Osteoarthritis — a degenerative joint disease. It commonly affects the knees and hips.", has("osteoarthritis"), "osteoarthritis"),
    (O, QD, "Emphysema. Emphysema is a type of COPD. It is usually caused by smoking.", has("emphysema"), "emphysema"),
    (O, QD, "Fatty liver. Fatty liver is a condition in which fat builds up in the liver. It is common in obesity.", has("fatty"), "fatty liver"),
]
for i, (k, q, t, chk, e) in enumerate(G):
    add(f"G{i:02d}", k, q, t, chk, e)

# ---- H. near-misses of the repair (terse opener) and more ----
H = [
    (O, "What is the abnormality in the left lung?", "Left lung.\nThe left lung is one of the two lungs in the human body. It is divided into two lobes by the oblique fissure.", none_(), "none"),
    (O, "What is the abnormality in the liver?", "Sure! The liver is the largest solid organ in the human body. It is located in the right upper quadrant.", none_(), "none"),
    (O, "What is the abnormality in the pancreas?", "Great question. The pancreas is a retroperitoneal organ. It is responsible for producing insulin.", none_(), "none"),
    (O, "显示的是哪个系统？", "呼吸系统。呼吸系统负责气体交换，包括肺和气道。", has("呼吸", "respirat"), "呼吸系统"),
    (O, QD, "It's a meningioma. Meningiomas typically enhance avidly.", has("meningioma"), "meningioma"),
    (O, QD, "This looks like a lipoma. Lipomas are usually benign fatty tumors.", has("lipoma"), "lipoma"),
    (O, "Which organ is enlarged?", "Spleen. The spleen is located in the left upper quadrant. It filters blood.", has("spleen"), "spleen"),
    (O, "Which bone is fractured?", "Scaphoid. The scaphoid is one of the carpal bones. It is commonly fractured after a fall.", has("scaphoid"), "scaphoid"),
    (O, "Which vessel is occluded?", "Left anterior descending artery. The LAD is one of the coronary arteries. It usually supplies the anterior wall.", has("descending", "lad"), "lad"),
    (O, "What is the abnormality in the brain?", "The brain is the central organ of the nervous system. It is protected by the skull. MRI is commonly used to evaluate it.", none_(), "none"),
    (O, QD, "Possibly pneumonia, possibly edema, possibly malignancy. These are commonly seen on chest films.", none_(), "none"),
    (C, "Is there a pneumothorax?", "Yes or no: a pneumothorax is usually seen as a pleural line. It can be caused by trauma.", none_(), "none"),
    (O, QD, "What is the diagnosis? The diagnosis of lung disease usually requires imaging. CT is commonly used.", none_(), "none"),
    (O, "Where is the lesion?", "Temporal lobe. The temporal lobe is responsible for hearing and memory.", has("temporal"), "temporal lobe"),
    (O, "Which plane?", "Coronal plane. The coronal plane divides the body into front and back parts.", has("coronal"), "coronal"),
    (O, QD, "Pneumonia is typically caused by bacteria. Viral pneumonia can also occur. It usually resolves with treatment.", none_(), "none"),
]
for i, (k, q, t, chk, e) in enumerate(H):
    add(f"H{i:02d}", k, q, t, chk, e)

GOLD = {O: "x", C: "yes", CH: "A"}



def run():
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample
    out = []
    for pid, kind, q, text, check, exp, opts in P:
        gold = GOLD[kind]
        if kind == C and any("\u4e00" <= c <= "\u9fff" for c in q):
            gold = "是"
        s = Sample(id=pid, question=q, answer=gold, answer_type=AnswerType(kind), options=dict(opts))
        try:
            e = extract(text, s)
            ans, st = e.answer, e.status.value
        except Exception as exc:  # noqa: BLE001
            ans, st = None, f"ERR {type(exc).__name__}: {exc}"
        out.append((pid, f"{ans!r}/{st}", bool(check(ans, st))))
    return out



_BAD_AT_REVIEW = {'D11', 'E11', 'H00', 'B09', 'B07', 'H09', 'B13', 'H11', 'D03', 'D00', 'B01', 'B15', 'D07', 'E01'}
_READ = functools.lru_cache(maxsize=1)(lambda: {pid: ok for pid, _rd, ok in run()})


@pytest.mark.parametrize("pid", [pytest.param(p[0], marks=pytest.mark.xfail(strict=False)) if p[0] in _BAD_AT_REVIEW else p[0]
                                 for p in P])
def test_probe(pid: str) -> None:
    assert _READ()[pid]
