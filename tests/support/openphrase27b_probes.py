"""Review27b probes for lane/openspan27 (second review, after repair): attack shapes the first review did not try.

Each probe: question, text (the reply), options (None: open), gold (the right reading; None = a careful human reads
no answer), wrong (golds a wrong reading would match: rejected / alternative candidates, the wrong level).
MAIN: main's reading of each probe (main at the review); WRONG_ON_MAIN: probes main reads wrongly too.
"""
from __future__ import annotations

DX = "What is the diagnosis?"
AB = "What is the abnormality?"
P = []


def p(q, text, gold, wrong=(), options=None, tag=""):
    P.append(dict(q=q, text=text, gold=gold, wrong=list(wrong), options=options, tag=tag))


# --- A. inline enumerations (not markdown lists)
p(AB, "Three findings stand out: (1) this is a right pneumothorax, (2) there is subcutaneous emphysema, and (3) "
      "several rib fractures are seen on the right side.", None, ["subcutaneous emphysema"], tag="enum")
p(DX, "Findings: first, a dilated common bile duct measuring 12 mm; second, intrahepatic duct dilatation; third, a "
      "mass at the pancreatic head. This is pancreatic adenocarcinoma until proven otherwise.",
  "pancreatic adenocarcinoma", tag="enum")
p(AB, "Lines and tubes: endotracheal tube 4 cm above the carina. Nasogastric tube in the stomach. Right IJ line in the "
      "SVC. Lungs: this is a large left pleural effusion with mediastinal shift.", "left pleural effusion", tag="enum")
p(AB, "1) Endotracheal tube in good position. 2) This is a right upper lobe collapse with elevated fissure. 3) "
      "Small left effusion.", None, ["small left effusion"], tag="enum")
p(DX, "Two lesions are present. The first is a simple hepatic cyst in segment 7 measuring 3 cm. The second in "
      "segment 4 this is a hemangioma with peripheral nodular enhancement.", None, ["hepatic cyst"], tag="enum")
# --- B. negated frames
p(DX, "This is not simply a pleural effusion; there is a loculated collection with a split pleura sign, so it is "
      "an empyema requiring drainage.", "empyema", ["pleural effusion"], tag="neg")
p(DX, "This is hardly a typical appearance for sarcoidosis. The nodes are necrotic and this is tuberculous "
      "lymphadenitis in a patient from an endemic area.", "tuberculous lymphadenitis", ["sarcoidosis"], tag="neg")
p(DX, "This is no longer an acute infarct. The region has become hypodense with volume loss and ex vacuo dilatation: "
      "a chronic infarct in the left MCA territory.", "chronic infarct", ["acute infarct"], tag="neg")
p(DX, "That's not pneumonia. The right heart border is obscured by a pectus excavatum deformity with a normal lung "
      "parenchyma on the lateral view.", "pectus excavatum", ["pneumonia"], tag="neg")
p(DX, "This is far from a classic osteosarcoma appearance. The lesion is a well-circumscribed lytic lesion of the "
      "epiphysis in a skeletally mature patient, a giant cell tumour.", "giant cell tumour", ["osteosarcoma"], tag="neg")
p(DX, "This is never a normal finding in an adult: the thymus should have involuted. The anterior mediastinal "
      "mass with calcification is a thymoma.", "thymoma", tag="neg")
p(DX, "Nobody would call this a fracture. The lucent line is a nutrient canal with corticated margins running "
      "obliquely through the tibial shaft.", "nutrient canal", ["fracture"], tag="neg")
# --- C. "this is likely X but" / lean variants
p(DX, "This is likely pneumonia in the right lower lobe, though clinical correlation with the white cell count "
      "and fever is needed to confirm it.", "pneumonia", tag="lean")
p(DX, "This is presumably a benign cortical cyst of the left kidney measuring 2 cm; a Bosniak II lesion would be "
      "followed, but this is simple.", "simple renal cyst", ["bosniak ii"], tag="lean")
p(DX, "This is almost certainly a schwannoma at the cerebellopontine angle, extending into the internal auditory "
      "canal with an ice-cream cone shape.", "vestibular schwannoma", ["meningioma"], tag="lean")
p(DX, "This is presumed infection in the left lower lobe. Antibiotics are started and a repeat film is advised to "
      "exclude an underlying mass.", None, ["mass"], tag="lean")
# --- D. comparisons with prior studies
p(DX, "Compared with the prior CT of 2021, this is a new 2.5 cm spiculated mass in the right upper lobe, highly "
      "concerning for primary lung carcinoma.", "lung carcinoma", ["spiculated mass"], tag="prior")
p(AB, "The nodule in the left lower lobe has not changed in size since the study from 2019. This is stable over two "
      "years, i.e. a benign granuloma.", "granuloma", tag="prior")
p(DX, "The nodule in the left lower lobe is unchanged from the comparison CT, consistent with the prior study "
      "findings dating back two years in this patient.", None, ["prior study"], tag="prior")
p(DX, "The left effusion has increased in size since yesterday's film. This is the same effusion, now large, with "
      "new mediastinal shift to the right.", "pleural effusion", tag="prior")
p(AB, "On the previous radiograph there was right basal consolidation. It has resolved. This is a new left-sided "
      "pneumothorax with a visible pleural line.", "left pneumothorax", ["consolidation"], tag="prior")
p(DX, "The prior MRI described a cavernoma in the pons. Today there is fresh blood around it, so this is a "
      "haemorrhage from the cavernous malformation.", "haemorrhagic cavernoma", tag="prior")
# --- E. measurement answers
p("What is the size of the nodule?", "The nodule in the right upper lobe measures 2.3 x 1.8 cm on the axial image. "
  "This is a solid spiculated nodule which warrants tissue sampling.", "2.3 cm", ["spiculated nodule"], tag="measure")
p("How large is the abdominal aortic aneurysm?", "There is an infrarenal abdominal aortic aneurysm with mural thrombus. "
  "This is a 6.2 cm aneurysm which meets the threshold for repair.", "6.2 cm", tag="measure")
p("What is the cardiothoracic ratio?", "The transverse cardiac diameter is 16 cm and the thoracic diameter is 28 cm. "
  "This is cardiomegaly with a ratio of 0.57 on a PA film.", "0.57", ["cardiomegaly"], tag="measure")
p("What is the measurement of the common bile duct?", "The common bile duct is dilated. It measures **9 mm** at "
  "the level of the pancreatic head, above the normal limit for age.", "9 mm", tag="measure")
p("How thick is the endometrium?", "The endometrial stripe is thickened in this postmenopausal woman. This is "
  "endometrial thickening that needs biopsy; the double-layer thickness is 14 mm.", "14 mm",
  ["endometrial thickening"], tag="measure")
# --- F. count questions
p("How many ribs are fractured?", "There are segmental fractures of the right fourth to seventh ribs with a paradoxical "
  "segment. This is a flail chest in the setting of blunt trauma.", "4", ["flail chest"], tag="count")
p("How many lesions are seen in the liver?", "Multiple hypodense lesions are seen throughout both lobes of the liver "
  "with rim enhancement. This is metastatic disease from the known colon primary.", "multiple",
  ["metastatic disease"], tag="count")
p("How many chest tubes are present?", "Chest tubes — two on the right, the tips projecting over the apex and the "
  "mid zone; no residual pneumothorax.", "2", ["chest tubes"], tag="count")
p("How many kidneys are visualized?", "Only one kidney is visualized in the right renal fossa. The left renal fossa is "
  "empty. This is a solitary right kidney with compensatory hypertrophy.", "1", ["solitary kidney"], tag="count")
p("How many vertebral bodies are collapsed?", "The **T12** and **L1** vertebral bodies show loss of height with a "
  "retropulsed fragment at L1. These are osteoporotic compression fractures.", "2", ["t12"], tag="count")
p("How many nodules are present?", "There are **three** nodules in the right lung, the largest measuring 1.4 cm, all "
  "well circumscribed with no calcification.", "3", tag="count")
# --- G. side / laterality questions
p("Which side is the pneumothorax on?", "The mediastinum is shifted to the right. This is a tension pneumothorax "
  "with a deep sulcus sign on the left hemithorax.", "left", ["right", "tension pneumothorax"], tag="side")
p("Which side is affected?", "The trachea is deviated toward the **right**, away from a large opacified left "
  "hemithorax with a meniscus, typical of a massive left effusion.", "left", ["right"], tag="side")
p("Which lung is abnormal?", "This is the left lung: there is consolidation in the lingula obscuring the left heart "
  "border with air bronchograms.", "left lung", tag="side")
p("Which side is the fracture?", "Right — the distal radius shows a transverse fracture with dorsal angulation on the "
  "lateral view of the wrist.", "right", tag="side")
# --- H. multi-sentence: frame names a finding/diagnosis, question asks for an organ / structure / bone
p("Which organ is affected?", "Multiple hypodense lesions with rim enhancement are scattered throughout the hepatic "
  "parenchyma on the portal venous phase. This is metastatic disease from a colorectal primary.", "liver",
  ["metastatic disease"], tag="organ")
p("Which organ is abnormal?", "There is a large heterogeneous mass arising from the upper pole with invasion of the "
  "renal vein. This is renal cell carcinoma with tumour thrombus.", "kidney", ["renal cell carcinoma"], tag="organ")
p("Which bone is fractured?", "There is a transverse fracture of the distal metaphysis with dorsal displacement of "
  "the distal fragment. This is a Colles fracture in an osteoporotic woman.", "radius", ["colles fracture"], tag="organ")
p("What structure is enlarged?", "The cardiac silhouette is normal. The hila are bulky and lobulated on both sides. "
  "This is sarcoidosis with bilateral hilar lymphadenopathy.", "hilar lymph nodes", ["sarcoidosis"], tag="organ")
p("Which organ contains the lesion?", "A 4 cm enhancing lesion is seen in the tail with a central scar. This is a "
  "neuroendocrine tumour in a patient with flushing.", "pancreas", ["neuroendocrine tumour"], tag="organ")
p("Which lobe is involved?", "Dense consolidation obscures the right heart border with a preserved hemidiaphragm "
  "silhouette. This is pneumonia with air bronchograms.", "right middle lobe", ["pneumonia"], tag="organ")
p("What vessel is occluded?", "There is a hyperdense segment in the proximal left sylvian fissure with loss of the "
  "insular ribbon. This is an acute ischemic stroke.", "left middle cerebral artery", ["ischemic stroke"],
  tag="organ")
# --- I. markdown tables
p(AB, "| Finding | Present |\n|---|---|\n| **Pneumothorax** | No |\n| Pleural effusion | Yes, large, left |\n"
      "| Consolidation | No |", "left pleural effusion", ["pneumothorax"], tag="table")
p(DX, "| Feature | Value |\n|---|---|\n| Location | right upper lobe |\n| Size | 3 cm |\n| Margin | spiculated |\n\n"
      "This is a lung mass that needs tissue diagnosis; it is bronchogenic carcinoma.", "bronchogenic carcinoma",
  ["lung mass"], tag="table")
p(DX, "| Candidate | Verdict |\n|---|---|\n| Pneumonia | excluded |\n| **Pulmonary infarct** | favoured |\n"
      "| Atelectasis | possible |", None, ["pneumonia", "atelectasis"], tag="table")
p(AB, "| Region | Finding |\n|---|---|\n| Right lung | **consolidation** |\n| Left lung | clear |\n| Heart | "
      "normal size |", "right lung consolidation", tag="table")
# --- J. parenthetical aliases
p(DX, "This is a Hill-Sachs lesion (an impaction fracture of the posterolateral humeral head) after an anterior "
      "shoulder dislocation.", "hill-sachs lesion", tag="alias")
p(DX, "The scan shows a thickened, oedematous gallbladder wall with pericholecystic fluid and a stone in the neck. "
      "This is acute calculous cholecystitis (ACC) in a febrile patient.", "acute cholecystitis", tag="alias")
p(DX, "Extensive bilateral ground-glass opacities in a patient with HIV and low CD4 count. This is PCP "
      "(Pneumocystis jirovecii pneumonia) until proven otherwise.", "pneumocystis pneumonia", tag="alias")
p(DX, "The femoral head is flattened with a crescent sign. This is AVN (avascular necrosis, i.e. osteonecrosis) of "
      "the left femoral head, Ficat stage III.", "avascular necrosis", tag="alias")
# --- K. Chinese / mixed language
p("诊断是什么？", "The CT demonstrates a hyperdense crescentic collection over the right convexity. This is an acute "
  "subdural hematoma with midline shift.", "acute subdural hematoma", tag="zh")
p(DX, "这是肺炎吗？不是。This is atelectasis of the left lower lobe with volume loss and a shifted fissure.",
  "atelectasis", ["肺炎", "pneumonia"], tag="zh")
p(DX, "影像显示右上肺空洞性病变。This is tuberculosis with cavitation in the apical segment.", "tuberculosis", tag="zh")
# --- L. frame complement that is not the answer (this is where/why/seen in/due to ...)
p(DX, "The opacity obscures the left hemidiaphragm. This is where the consolidation lies, in the posterior basal "
      "segment, and the fever and cough make it a left lower lobe pneumonia.", "left lower lobe pneumonia",
  tag="frame")
p(DX, "There is widening of the mediastinum after a high-speed collision. This is concerning for traumatic aortic "
      "injury and CT angiography is required urgently.", "traumatic aortic injury", tag="frame")
p(DX, "A bat-wing pattern of perihilar opacities is present. This is seen in pulmonary edema, alveolar haemorrhage "
      "and PCP; in this cardiac patient edema fits best.", None, ["alveolar haemorrhage"], tag="frame")
p(DX, "The bowel wall is thickened with thumbprinting in the splenic flexure. This is a watershed area, prone to "
      "ischaemia in low-flow states. The diagnosis is ischaemic colitis.", "ischaemic colitis",
  ["watershed area"], tag="frame")
p(DX, "The arrow points to the left adrenal gland, which contains a 3 cm lipid-rich nodule with low attenuation on "
      "unenhanced CT, an adrenal adenoma.", "adrenal adenoma", ["adrenal gland"], tag="frame")
p(DX, "The marker indicates the site of the patient's pain. There is a calcified appendicolith with a dilated "
      "appendix measuring 12 mm: acute appendicitis.", "acute appendicitis", ["site of pain"], tag="frame")
p(DX, "The history suggests recent trauma. On the radiograph the cortex is intact and the soft tissues are swollen "
      "without a fracture line: a soft tissue contusion.", "soft tissue contusion", ["trauma"], tag="frame")
p(DX, "This is the view the question is asking about: a lateral radiograph of the cervical spine showing anterior "
      "subluxation of C5 on C6 with facet jumping.", "facet dislocation", tag="frame")
p(DX, "This is a tricky case for students. The lucent lesion in the calcaneus with a fallen fragment sign is a "
      "simple bone cyst.", "simple bone cyst", ["tricky case"], tag="frame")
p(DX, "This is a 65-year-old smoker. The chest film shows a right hilar mass with post-obstructive collapse of the "
      "right upper lobe producing the Golden S sign.", "lung carcinoma", ["65 year old smoker"], tag="frame")
# --- M. bold that names nothing / a hedge / an action
p(AB, "The nodule is **highly suspicious** for malignancy given its spiculation and size of 2.5 cm in the right "
      "upper lobe with pleural retraction.", "spiculated nodule", ["highly suspicious"], tag="bold")
p(DX, "The **most likely** diagnosis, given the target sign and the palpable mass in a toddler with red currant "
      "jelly stool, is ileocolic intussusception.", "intussusception", ["most likely"], tag="bold")
p(AB, "There is **no** pneumothorax. The right costophrenic angle is blunted by a small pleural effusion extending "
      "to the lateral chest wall.", "right pleural effusion", ["pneumothorax"], tag="bold")
p(AB, "**Clinical correlation recommended.** The study shows a 1 cm hypodense lesion in the liver that is too small "
      "to characterize on this single phase.", "liver lesion", ["clinical correlation"], tag="bold")
p(DX, "**Follow-up in 3 months** is advised. The ground-glass nodule in the left upper lobe measures 8 mm and is "
      "likely an adenocarcinoma in situ.", None, ["follow up"], tag="bold")
p(AB, "The lesion is **hyperintense on T2** with restricted diffusion in the left temporal lobe; herpes simplex "
      "encephalitis is the leading consideration.", None, ["hyperintense on t2"], tag="bold")
p(DX, "Answer in short: **bilateral** hilar adenopathy with perilymphatic nodules in a young woman with erythema "
      "nodosum, classic for sarcoidosis.", "sarcoidosis", ["bilateral"], tag="bold")
# --- N. where-questions and "lies within" / "located at"
p("Where is the abnormality?", "The cardiac silhouette lies within normal limits. There is a pneumothorax at the right "
  "apex with a visible pleural edge and no lung markings.", "right apex", ["normal limits"], tag="where")
p("Where is the lesion located?", "The lesion was previously thought to be located in the pancreas, but now it is "
  "clearly arising from the duodenum on the coronal images.", "duodenum", ["pancreas"], tag="where")
p("Where is the tip of the central line?", "The central venous catheter with its tip at the cavoatrial junction is "
  "appropriately positioned; no pneumothorax after insertion.", "cavoatrial junction", tag="where")
p("Where is the foreign body?", "The coin is located in the oesophagus at the level of the thoracic inlet, seen "
  "en face on the frontal view and edge-on on the lateral.", "oesophagus", ["trachea"], tag="where")
p("Where is the mass?", "The mass lies at the level of the renal hilum. It arises from the adrenal gland and "
  "displaces the kidney inferiorly.", "adrenal gland", ["renal hilum"], tag="where")
# --- O. some "should read right" controls
p(DX, "There is a crescent of gas under the right hemidiaphragm on the erect film. This is pneumoperitoneum, most "
      "commonly from a perforated viscus.", "pneumoperitoneum", tag="right")
p(DX, "Dilated loops of small bowel with air-fluid levels and collapsed colon. I'd call this a small bowel "
      "obstruction, which in a post-surgical abdomen is usually adhesive.", "small bowel obstruction", tag="right")
p(AB, "The right kidney is enlarged with a dilated pelvicalyceal system and dilated proximal ureter down to the "
      "pelvic brim. This is right hydronephrosis.", "right hydronephrosis", tag="right")


MAIN: dict[int, str | None] = {0: '1 this is right pneumothorax 2 there is subcutaneous emphysema and 3 several rib fractures are seen', 1: 'first dilated common bile duct measuring 12 mm second intrahepatic duct dilatation third mass at pancreatic head this is pancreatic adenocarcinoma until proven otherwise', 2: 'lines and tubes endotracheal tube 4 cm above carina nasogastric tube in stomach right ij line in svc lungs this is large left pleural effusion with mediastinal shift', 3: None, 4: 'two lesions are present first is simple hepatic cyst in segment 7 measuring 3 cm second in segment 4 this is hemangioma with peripheral nodular enhancement', 5: 'this is not simply pleural effusion there is loculated collection with split pleura sign so it is empyema requiring drainage', 6: 'this is hardly typical appearance for sarcoidosis nodes are necrotic and this is tuberculous lymphadenitis in patient from endemic area', 7: 'no longer acute infarct', 8: 'right heart border is obscured by pectus excavatum deformity with normal lung parenchyma on lateral view', 9: 'far from classic osteosarcoma appearance', 10: 'this is never normal finding in adult thymus should have involuted anterior mediastinal mass with calcification is thymoma', 11: 'nobody would call this fracture lucent line is nutrient canal with corticated margins running obliquely through tibial shaft', 12: 'this is likely pneumonia in right lower lobe though clinical correlation with white cell count and fever is needed to confirm it', 13: 'this is presumably benign cortical cyst of left kidney measuring 2 cm bosniak ii lesion would be followed but this is simple', 14: 'schwannoma', 15: 'this is presumed infection in left lower lobe antibiotics are started and repeat film is advised to exclude underlying mass', 16: 'compared with prior ct of 2021 this is new 2.5 cm spiculated mass in right upper lobe highly concerning for primary lung carcinoma', 17: 'nodule in left lower lobe has not changed in size since study from 2019 this is stable over two years i e benign granuloma', 18: 'nodule in left lower lobe is unchanged from comparison ct consistent with prior study findings dating back two years in this patient', 19: 'left effusion has increased in size since yesterday s film this is same effusion now large with new mediastinal shift to right', 20: 'on previous radiograph there was right basal consolidation it has resolved this is new left sided pneumothorax with visible pleural line', 21: 'prior mri described cavernoma in pons today there is fresh blood around it so this is haemorrhage from cavernous malformation', 22: '2.3 x 1.8 cm', 23: '6.2 cm', 24: 'transverse cardiac diameter is 16 cm and thoracic diameter is 28 cm this is cardiomegaly with ratio of 0.57 on pa film', 25: 'dilated', 26: '14 mm', 27: 'there are segmental fractures of right fourth to seventh ribs with paradoxical segment this is flail chest in setting of blunt trauma', 28: 'multiple hypodense lesions are seen throughout both lobes of liver with rim enhancement this is metastatic disease from known colon primary', 29: 'chest tubes', 30: 'one', 31: 't12 and l1 vertebral bodies show loss of height with retropulsed fragment at l1 these are osteoporotic compression fractures', 32: 'three', 33: 'mediastinum is shifted to right this is tension pneumothorax with deep sulcus sign on left hemithorax', 34: 'trachea is deviated toward right away from large opacified left hemithorax with meniscus typical of massive left effusion', 35: 'consolidation in lingula', 36: 'right', 37: 'multiple hypodense lesions with rim enhancement are scattered throughout hepatic parenchyma on portal venous phase this is metastatic disease from colorectal primary', 38: 'there is large heterogeneous mass arising from upper pole with invasion of renal vein this is renal cell carcinoma with tumour thrombus', 39: 'there is transverse fracture of distal metaphysis with dorsal displacement of distal fragment this is colles fracture in osteoporotic woman', 40: 'cardiac silhouette is normal hila are bulky and lobulated on both sides this is sarcoidosis with bilateral hilar lymphadenopathy', 41: '4 cm enhancing lesion is seen in tail with central scar this is neuroendocrine tumour in patient with flushing', 42: 'dense consolidation obscures right heart border with preserved hemidiaphragm silhouette this is pneumonia with air bronchograms', 43: 'there is hyperdense segment in proximal left sylvian fissure with loss of insular ribbon this is acute ischemic stroke', 44: 'finding present pneumothorax no pleural effusion yes large left consolidation no', 45: 'feature value location right upper lobe size 3 cm margin spiculated this is lung mass that needs tissue diagnosis it is bronchogenic carcinoma', 46: 'candidate verdict pneumonia excluded pulmonary infarct favoured atelectasis possible', 47: 'region finding right lung consolidation left lung clear heart normal size', 48: 'hill sachs lesion impaction fracture of posterolateral humeral head after anterior shoulder dislocation', 49: 'scan shows thickened oedematous gallbladder wall with pericholecystic fluid and stone in neck this is acute calculous cholecystitis acc in febrile patient', 50: 'extensive bilateral ground glass opacities in patient with hiv and low cd4 count this is pcp pneumocystis jirovecii pneumonia until proven otherwise', 51: 'femoral head is flattened with crescent sign this is avn avascular necrosis i e osteonecrosis of left femoral head ficat stage iii', 52: 'ct demonstrates hyperdense crescentic collection over right convexity this is acute subdural hematoma with midline shift', 53: '这是肺炎吗 不是 this is atelectasis of left lower lobe with volume loss and shifted fissure', 54: '影像显示右上肺空洞性病变 this is tuberculosis with cavitation in apical segment', 55: 'opacity obscures left hemidiaphragm this is where consolidation lies in posterior basal segment and fever and cough make it left lower lobe pneumonia', 56: 'there is widening of mediastinum after high speed collision this is concerning for traumatic aortic injury and ct angiography is required urgently', 57: 'bat wing pattern of perihilar opacities is present this is seen in pulmonary edema alveolar haemorrhage and pcp in this cardiac patient edema fits best', 58: 'bowel wall is thickened with thumbprinting in splenic flexure this is watershed area prone to ischaemia in low flow states diagnosis is ischaemic colitis', 59: 'left adrenal gland', 60: 'marker indicates site of patient s pain there is calcified appendicolith with dilated appendix measuring 12 mm acute appendicitis', 61: 'history suggests recent trauma on radiograph cortex is intact and soft tissues are swollen without fracture line soft tissue contusion', 62: 'this is view question is asking about lateral radiograph of cervical spine showing anterior subluxation of c5 on c6 with facet jumping', 63: 'tricky case for students', 64: '65 year old smoker', 65: 'highly suspicious for malignancy', 66: 'most likely diagnosis', 67: 'no pneumothorax', 68: None, 69: 'follow up in 3 months is advised ground glass nodule in left upper lobe measures 8 mm and is likely adenocarcinoma in situ', 70: 'herpes simplex encephalitis', 71: None, 72: 'normal limits', 73: 'lesion was previously thought to be located in pancreas but now it is clearly arising from duodenum on coronal images', 74: 'central venous catheter', 75: 'oesophagus at level of thoracic inlet seen en face on frontal view and edge on on lateral', 76: 'level of renal hilum', 77: 'there is crescent of gas under right hemidiaphragm on erect film this is pneumoperitoneum most commonly from perforated viscus', 78: 'dilated loops of small bowel with air fluid levels and collapsed colon i d call this small bowel obstruction which in post surgical abdomen is usually adhesive', 79: 'right kidney is enlarged with dilated pelvicalyceal system and dilated proximal ureter down to pelvic brim this is right hydronephrosis'}
# Probes main reads wrongly too (other readers: open_text's frame, lead and bold cuts), from the review's detail. (76,
# "... arises from the adrenal gland and displaces the kidney", reads right since session 49: open_place takes the
# pushing relations of ``answers/landmarks.py``.)
WRONG_ON_MAIN = frozenset([7, 9, 29, 59, 63, 64, 66, 72])
