"""The 106 probes review27 wrote against lane openspan27's narrowing of open answers (``extract/open_phrase.py``).

Kept as the reviewer wrote them (reviewer's own texts, no corpus item): each is a question, a reply, the right
reading (``None``: a careful reader finds no answer) and the readings that would be wrong (a rejected or alternative
candidate, the wrong level). ``MAIN`` holds main's reading (c0cf3ec) of each, so a test can accept "right, or as main
read it"; ``WRONG_ON_MAIN`` the probes main already read wrongly (earlier readers, not the narrowing).
"""

from __future__ import annotations

from typing import Any

P: list[dict[str, Any]] = []


def p(q: str, text: str, gold: str | None, wrong: tuple[str, ...] | list[str] = (), options: Any = None) -> None:
    P.append(dict(q=q, text=text, gold=gold, wrong=list(wrong), options=options))


DX = "What is the diagnosis?"
AB = "What is the abnormality?"


# --- lead label before a dash: discourse markers / image names / locations as the "lead"
p(AB, "Sure — the radiograph shows a large right-sided pneumothorax with mediastinal shift to the left.",
  "right pneumothorax", ["sure"])
p(AB, "Okay — looking at this chest film, there is a large right pleural effusion with meniscus sign.",
  "right pleural effusion", ["okay"])
p(AB, "Right — so the film shows dense consolidation in the left lower lobe with air bronchograms.",
  "left lower lobe consolidation", ["right"])
p(AB, "Chest X-ray — PA view showing a right lower lobe consolidation with air bronchograms.",
  "right lower lobe consolidation", ["chest x-ray"])
p(AB, "Axial CT of the abdomen — there is a large hypodense mass in the right hepatic lobe measuring 8 cm.",
  "hepatic mass", ["ct abdomen"])
p(AB, "Left lower lobe — there is dense airspace consolidation behind the heart with air bronchograms.",
  "consolidation", ["left lower lobe"])
p(DX, "Hard to tell — image resolution is limited, there is some haziness at the right base.", None, ["hard to tell"])
p(DX, "Uncertain — the image is too low resolution to assess the lung bases reliably.", None, ["uncertain"])
p(AB, "Important point — the abnormality is a pneumoperitoneum with free air under both hemidiaphragms.",
  "pneumoperitoneum", ["important point"])
p(AB, "Short answer — there is a large left pneumothorax with complete lung collapse.",
  "left pneumothorax", ["short answer"])
p(AB, "Frontal chest radiograph — the heart is enlarged with a cardiothoracic ratio of 0.6.", "cardiomegaly",
  ["chest radiograph"])
p(DX, "Pneumonia — unlikely; the opacity has a sharp fissural border and volume loss, typical of lobar collapse.",
  "lobar collapse", ["pneumonia"])
p(DX, "Pneumothorax — absent here; the lucency is a skin fold that extends beyond the chest wall.", "skin fold",
  ["pneumothorax"])
p(DX, "Tuberculosis — that was my initial impression, but the cavity wall is thin and it is a pneumatocele.",
  "pneumatocele", ["tuberculosis"])
p(DX, "Osteosarcoma — classic teaching, yet the lesion here is a well-defined lytic lesion with a sclerotic rim.",
  None, ["osteosarcoma"])
p(DX, "Acute appendicitis — the appendix is dilated to 11 mm with periappendiceal fat stranding.",
  "acute appendicitis")  # benefit probe
p(DX, "Testicular torsion — there is absent flow in the left testis on Doppler with a twisted cord.",
  "testicular torsion")
# --- bold
p(AB, "The **left** lung shows a large pleural effusion with blunting of the costophrenic angle and meniscus.",
  "left pleural effusion", ["left"])
p(DX, "**Pneumothorax**: not present. There is a large right pleural effusion with compressive atelectasis.",
  "right pleural effusion", ["pneumothorax"])
p(DX, "The key question was **pulmonary embolism**. The filling defects in both main pulmonary arteries confirm it.",
  "pulmonary embolism")
p(DX, "Initial concern for **pneumonia** was raised, yet the opacity resolved within 24 hours indicating atelectasis.",
  "atelectasis", ["pneumonia"])
p(DX, "The lesion is **not** a hemangioma given arterial washout; it is hepatocellular carcinoma in a cirrhotic liver.",
  "hepatocellular carcinoma", ["hemangioma", "not"])
p(AB, "There is a **large** mass in the anterior mediastinum displacing the trachea to the right side.",
  "anterior mediastinal mass", ["large"])
p(AB, "There is a 3 cm mass in the right upper lobe. **Urgent** CT-guided biopsy is recommended for this patient.",
  "right upper lobe mass", ["urgent"])
p(DX, "Findings favour **sarcoidosis** with bilateral hilar lymphadenopathy and perilymphatic nodules in the upper zones.",
  "sarcoidosis")
p(DX, "The patient has a history of **lymphoma**. Today there are bilateral hilar nodes and perilymphatic nodules "
      "in the upper zones, typical of sarcoidosis.", "sarcoidosis", ["lymphoma"])
p(DX, "Previously reported **pneumonia** has cleared. The current film demonstrates a new left apical pneumothorax.",
  "pneumothorax", ["pneumonia"])
# --- frame complements on a non-answer
p(AB, "The abnormality is a 3 cm enhancing mass. This is the left kidney, which is otherwise normal in size.",
  "renal mass", ["left kidney"])
p(AB, "There is a large pleural effusion on the left side of the chest. This is the most common presentation.",
  "left pleural effusion")
p(AB, "A 2 cm nodule is present in the right upper lobe with spiculated margins. This is a smoker aged 65 years.",
  "spiculated nodule", ["smoker"])
p(AB, "The right hemidiaphragm is elevated and there is a subpulmonic effusion. This is the right side of the chest.",
  "subpulmonic effusion", ["right side"])
p(DX, "Ground glass opacities are seen bilaterally in a peripheral distribution. This is the typical pattern of COVID-19 "
      "pneumonia in this pandemic period.", "covid-19 pneumonia", ["typical pattern"])
p(DX, "The image shows a dilated, air-filled colon with a coffee-bean shape. That's the sigmoid colon twisting on its "
      "mesentery: sigmoid volvulus.", "sigmoid volvulus", ["sigmoid colon"])
p(AB, "There is a left-sided pneumothorax measuring 3 cm at the apex. This is the patient's first episode.",
  "left pneumothorax", ["first episode"])
p(AB, "This is a trauma patient. The CT shows a splenic laceration with a perisplenic hematoma.",
  "splenic laceration", ["trauma"])
p(DX, "This is a child. The lateral neck shows thumbprinting of the epiglottis, diagnostic of epiglottitis.",
  "epiglottitis", ["child"])
p(DX, "This is a pleural effusion on the left side, and also a small right pneumothorax is visible.", None,
  ["pleural effusion"])
p(DX, "This is a pneumothorax. A skin fold can mimic this finding, but here lung markings are absent beyond the edge.",
  "pneumothorax", ["skin fold"])
p(DX, "That is hard to tell. The film shows haziness at the right base.", None)
p(DX, "This is a difficult case. The hilar nodes and perilymphatic nodules suggest sarcoidosis in this young patient.",
  "sarcoidosis", ["difficult case"])
p(DX, "This is the fourth film of the series. The lungs show diffuse bilateral airspace opacities consistent with ARDS.",
  "ards", ["fourth film"])
# --- self-correction
p(AB, "At first glance the film looks normal, so it's a subtle finding: there is a small apical pneumothorax on the left.",
  "left apical pneumothorax", ["subtle finding", "normal"])
p(AB, "I initially thought this was pneumonia. Looking again, the opacity has volume loss, so it's not pneumonia; "
      "it is lobar atelectasis of the left lower lobe.", "atelectasis", ["pneumonia"])
p("At what level is the fracture?", "Initially I counted from the top and got L2, but recounting from the sacrum, "
  "so it's actually L1 that is fractured. The remaining bodies are intact.", "l1", ["l2"])
p("How many nodules are there?", "At first I counted three nodules in the right lung; on closer review there is one more "
  "behind the heart, so there are 4 nodules in total.", "4", ["3"])
p(AB, "Initially assess the airway: the endotracheal tube is 2 cm above the carina, so it's well positioned, and the "
      "lungs show a large right pneumothorax.", "right pneumothorax", ["well positioned"])
p("What is the position of the endotracheal tube?", "Initially, check the tube: the tip is 2 cm above the carina, so "
  "it's in good position for ventilation of both lungs.", "2 cm above carina", ["good position"])
p(DX, "My first impression was a simple cyst. On second look there is a mural nodule, so it's a complex cystic lesion "
      "requiring further workup.", "complex cystic lesion", ["simple cyst"])
p(DX, "At first I said cholecystitis. Actually it's cholelithiasis without inflammation: the wall is thin and there "
      "is no pericholecystic fluid.", "cholelithiasis", ["cholecystitis"])
p(DX, "At first glance this looks like pneumonia, so it's easy to overcall consolidation at the base, which is really "
      "just overlapping breast shadow here.", None, ["pneumonia", "consolidation"])
p(DX, "Initially I suspected appendicitis. The appendix is normal in calibre. So it's mesenteric adenitis.",
  "mesenteric adenitis", ["appendicitis"])
p(DX, "Initially the gallbladder looked fine, so it's actually acute cholecystitis that I almost missed: wall thickening "
      "and pericholecystic fluid.", "acute cholecystitis")
# --- where-questions
p("Where is the tip of the catheter?", "The tip is not located in the SVC — it has been advanced too far into the "
  "cardiac chambers beyond the cavoatrial junction.", "right atrium", ["svc"])
p("Where is the lesion?", "The lesion is not located in the liver, despite its proximity; it lies in the right adrenal "
  "gland, abutting the upper pole of the kidney.", "right adrenal gland", ["liver"])
p("Where is the lesion located?", "Previously the lesion was located in the left frontal lobe; after surgery the residual "
  "enhancing tissue lies in the left parietal lobe adjacent to the cavity.", "left parietal lobe", ["left frontal lobe"])
p("Where is the tip of the nasogastric tube?", "The nasogastric tube courses below the diaphragm with its tip at the "
  "gastric body, in satisfactory position for feeding.", "stomach")
p("Where is the foreign body?", "A radiopaque coin is seen in the upper chest located in the esophagus at the level of "
  "the thoracic inlet, en face on the frontal view.", "esophagus")
p("Where is the abnormality located?", "The ovary is normal. The abnormality lies in the uterus, a 4 cm fibroid in the "
  "posterior wall causing mass effect.", "uterus", ["ovary"])
p("Where is the fracture?", "The patient fell on an outstretched hand; pain is located in the anatomical snuffbox, and "
  "the radiograph shows a fracture through the waist of the scaphoid.", "scaphoid", ["anatomical snuffbox"])
p("Where is the pneumothorax?", "The pneumothorax is located in the right apex with a visible pleural line and "
  "absent lung markings peripherally.", "right apex")
# --- inferred frames on diagnosis questions
p(DX, "The lesion is not consistent with a simple cyst given internal echoes. Findings are consistent with an "
      "endometrioma in this young woman.", "endometrioma", ["simple cyst"])
p(DX, "There is a spiculated mass in the right upper lobe which points to the hilum with adjacent pleural tethering.",
  "spiculated mass", ["hilum"])
p(DX, "Multiple ring-enhancing lesions with surrounding edema, suggestive of metastases in the setting of known "
      "breast cancer.", "metastases")
p(DX, "The CXR shows a widened mediastinum, which indicates the need for a CT angiogram to exclude aortic dissection.",
  None, ["need for ct angiogram"])
p(DX, "Widened mediastinum on the trauma film which points to aortic injury being a real concern in this patient now.",
  "aortic injury")
p(DX, "Bilateral hilar lymphadenopathy, compatible with sarcoidosis in a young patient with erythema nodosum.",
  "sarcoidosis")
p(DX, "The heart is enlarged and the upper lobe vessels are diverted, i.e. raised left atrial pressure from heart failure.",
  "heart failure", ["raised left atrial pressure"])
p(DX, "Periosteal reaction of lamellated type, characteristic of Ewing sarcoma in a child with a diaphyseal femoral lesion.",
  "ewing sarcoma")
p(DX, "Blunted costophrenic angle with a meniscus, typical of a pleural effusion; the underlying cause is heart failure.",
  "pleural effusion", ["heart failure"])
# --- rejected alternatives named after the verdict / competing candidates without veto words
p(DX, "This is sarcoidosis. Lymphoma less so given the symmetry of the nodes and the young age.", "sarcoidosis",
  ["lymphoma"])
p(DX, "This is atelectasis. Pneumonia is the main competitor; the volume loss favours collapse.", "atelectasis",
  ["pneumonia"])
p(DX, "Not pneumonia. This is atelectasis, with volume loss and shift of the fissure toward the opacity.",
  "atelectasis", ["pneumonia"])
p(DX, "Tuberculosis is the textbook answer for apical cavitation, yet this is a cavitating squamous cell carcinoma "
      "given the thick irregular wall.", "squamous cell carcinoma", ["tuberculosis"])
p(DX, "I'd call this a hemangioma, yet an atypical hepatocellular carcinoma remains on the list for a cirrhotic liver.",
  None, ["hemangioma", "hepatocellular carcinoma"])
p(DX, "This appears to be a simple renal cyst; a cystic renal cell carcinoma remains a consideration without contrast.",
  None, ["renal cyst", "renal cell carcinoma"])
p(DX, "This is a meningioma — a schwannoma is the other thing to think of at the cerebellopontine angle.",
  None, ["meningioma", "schwannoma"])
p(DX, "This looks like pneumonia to the untrained eye. The opacity is a prominent pericardial fat pad, nothing more.",
  "pericardial fat pad", ["pneumonia"])
p(DX, "Some would call this a pneumothorax, however I see lung markings to the edge and this is a skin fold.",
  "skin fold", ["pneumothorax"])
p(DX, "Residents often say this is a Colles fracture. It is a Smith fracture: the distal fragment is volarly displaced.",
  "smith fracture", ["colles fracture"])
p(DX, "The referring clinician suspected this is a DVT, yet the Doppler shows a Baker cyst compressing the popliteal vein.",
  "baker cyst", ["dvt"])
p(DX, "The question mentions trauma; this is a classic appearance of a tension pneumothorax with tracheal deviation.",
  "tension pneumothorax")
p(DX, "The report from last year said this is a benign granuloma. Today the nodule has doubled, now suspicious for "
      "adenocarcinoma.", "adenocarcinoma", ["granuloma"])
p(DX, "Previously thought to be lymphoma; the biopsy-proven diagnosis here appears to be sarcoidosis with typical nodes.",
  "sarcoidosis", ["lymphoma"])
# --- truncated / think tags / markdown / Chinese / hedges
p(DX, "<think>Could be pneumonia or atelectasis. The volume loss favours atelectasis.</think>\nThe opacity in the left "
      "lower lobe shows volume loss. This is left lower lobe atelectasis.", "left lower lobe atelectasis", ["pneumonia"])
p(DX, "The bowel loops are dilated with air-fluid levels and no rectal gas. This is a small bowel obstruction caused by",
  "small bowel obstruction")
p(DX, "## Findings\nDilated small bowel loops with air-fluid levels.\n## Impression\nThis is a small bowel obstruction, "
      "likely adhesive in a post-surgical abdomen.", "small bowel obstruction")
p(DX, "左下肺可见实变影，伴支气管充气征。This is left lower lobe pneumonia.", "left lower lobe pneumonia")
p(DX, "The lungs are clear. The heart size is normal. This is a normal chest radiograph with no acute abnormality.",
  "normal")
p(DX, "The opacity could be consolidation. This is most likely pneumonia in the right lower lobe with air bronchograms.",
  None, ["pneumonia"])
p(AB, "There is a lytic lesion in the distal femur. It has a narrow zone of transition and sclerotic rim. This is a "
      "non-ossifying fibroma, an incidental benign lesion in adolescents.", "non-ossifying fibroma")
p(DX, "The CT shows a hyperdense crescentic collection over the left convexity crossing sutures. This is an acute "
      "subdural hematoma — neurosurgical review is advised.", "acute subdural hematoma", ["epidural hematoma"])
p(DX, "Epidural hematoma — no, the collection crosses the suture lines and is crescentic, so subdural hematoma.",
  "subdural hematoma", ["epidural hematoma"])
p(DX, "Epidural hematoma — not this time; the collection crosses sutures and is crescentic, i.e. an acute subdural.",
  "acute subdural hematoma", ["epidural hematoma"])
p(DX, "Lymphoma — the commonest cause of an anterior mediastinal mass in this age group, though here a thymoma is "
      "favoured because of the patient's myasthenia.", "thymoma", ["lymphoma"])
p(DX, "Thymoma — myasthenia gravis and an anterior mediastinal mass in a 50-year-old make this the favoured diagnosis.",
  "thymoma")
p(DX, "Pneumonia — pneumonia is excluded by the normal inflammatory markers; the opacity here is pulmonary infarct.",
  "pulmonary infarct", ["pneumonia"])
p(DX, "Pulmonary edema — bilateral perihilar opacities with Kerley B lines and cardiomegaly in a patient with dyspnea.",
  "pulmonary edema")
p(DX, "Staghorn calculus in the left kidney, most likely struvite in composition given recurrent infections in this patient.",
  "staghorn calculus", ["struvite"])
p(AB, "The **right** hemithorax is opacified with mediastinal shift toward the **left**, in keeping with a large effusion.",
  "large right pleural effusion", ["right", "left"])
p(AB, "The image demonstrates **pneumoperitoneum** with free air beneath the diaphragm in a post-operative patient.",
  "pneumoperitoneum")
p(AB, "There is a fracture of the **distal radius** with dorsal angulation and impaction of the fragments on the "
      "lateral view.", "distal radius fracture", ["distal radius"])
p("Which organ is enlarged?", "The **spleen** is enlarged, measuring 17 cm craniocaudally, with homogeneous echotexture.",
  "spleen")
p("What is the finding in the lung?", "This is a classic halo sign: a nodule surrounded by ground glass, seen in invasive "
  "aspergillosis in neutropenic patients.", "halo sign", ["invasive aspergillosis"])
p("What sign is demonstrated?", "The air outlines both sides of the bowel wall. This is Rigler sign, indicating "
  "pneumoperitoneum in a supine patient.", "rigler sign", ["pneumoperitoneum"])
p("What type of hernia is this?", "Bowel herniates through the inguinal canal lateral to the inferior epigastric vessels. "
  "This is an indirect inguinal hernia extending toward the scrotum.", "indirect inguinal hernia", ["direct inguinal hernia"])
p("What is the imaging modality?", "This is a contrast-enhanced CT of the chest in the pulmonary arterial phase showing "
  "filling defects.", "ct", ["pulmonary embolism"])


# (13: the earlier view "Tuberculosis — that was my initial impression, but" is taken out before reading since issue
# #7's revise30, ``extract/earlier_view.py``: the wrong candidate left the reading)
MAIN: dict[int, str | None] = {0: 'sure', 1: 'okay', 2: 'right', 3: 'chest x ray', 4: 'axial ct of abdomen', 5: 'left lower lobe', 6: None, 7: None, 8: 'important point', 9: 'large left pneumothorax', 10: 'frontal chest radiograph', 11: 'pneumonia unlikely opacity has sharp fissural border and volume loss typical of lobar collapse', 12: 'pneumothorax', 13: 'cavity wall is thin and it is pneumatocele', 14: 'osteosarcoma', 15: 'acute appendicitis', 16: 'testicular torsion', 17: 'left lung shows large pleural effusion with blunting of costophrenic angle and meniscus', 18: 'not present there is large right pleural effusion with compressive atelectasis', 19: 'key question was pulmonary embolism filling defects in both main pulmonary arteries confirm it', 20: 'initial concern for pneumonia was raised yet opacity resolved within 24 hours indicating atelectasis', 21: 'hepatocellular carcinoma in cirrhotic liver', 22: 'large mass in anterior mediastinum', 23: 'there is 3 cm mass in right upper lobe urgent ct guided biopsy is recommended for this patient', 24: 'sarcoidosis', 25: 'patient has history of lymphoma today there are bilateral hilar nodes and perilymphatic nodules in upper zones typical of sarcoidosis', 26: 'previously reported pneumonia has cleared current film demonstrates new left apical pneumothorax', 27: 'abnormality is 3 cm enhancing mass this is left kidney which is otherwise normal in size', 28: 'there is large pleural effusion on left side of chest this is most common presentation', 29: '2 cm nodule is present in right upper lobe with spiculated margins this is smoker aged 65 years', 30: 'right hemidiaphragm is elevated and there is subpulmonic effusion this is right side of chest', 31: 'ground glass opacities are seen bilaterally in peripheral distribution this is typical pattern of covid 19 pneumonia in this pandemic period', 32: 'dilated air filled colon with coffee bean shape', 33: 'there is left sided pneumothorax measuring 3 cm at apex this is patient s first episode', 34: 'trauma patient', 35: 'epiglottitis', 36: 'pleural effusion on left side and also small right pneumothorax is visible', 37: 'this is pneumothorax skin fold can mimic this finding but here lung markings are absent beyond edge', 38: None, 39: 'this is difficult case hilar nodes and perilymphatic nodules suggest sarcoidosis in this young patient', 40: 'this is fourth film of series lungs show diffuse bilateral airspace opacities consistent with ards', 41: 'at first glance film looks normal so it s subtle finding there is small apical pneumothorax on left', 42: 'opacity has volume loss so it s not pneumonia it is lobar atelectasis of left lower lobe', 43: 'initially i counted from top and got l2 but recounting from sacrum so it s actually l1 that is fractured remaining bodies are intact', 44: 'at first i counted three nodules in right lung on closer review there is one more behind heart so there are 4 nodules in total', 45: 'initially assess airway endotracheal tube is 2 cm above carina so it s well positioned and lungs show large right pneumothorax', 46: 'initially check tube tip is 2 cm above carina so it s in good position for ventilation of both lungs', 47: 'complex cystic lesion requiring further workup', 48: 'cholelithiasis without inflammation wall is thin and there is no pericholecystic fluid', 49: 'at first glance this looks like pneumonia so it s easy to overcall consolidation at base which is really just overlapping breast shadow here', 50: 'initially i suspected appendicitis appendix is normal in calibre so it s mesenteric adenitis', 51: 'wall thickening and pericholecystic fluid', 52: 'tip is not located in svc it has been advanced too far into cardiac chambers beyond cavoatrial junction', 53: 'lesion is not located in liver despite its proximity it lies in right adrenal gland abutting upper pole of kidney', 54: 'previously lesion was located in left frontal lobe after surgery residual enhancing tissue lies in left parietal lobe adjacent to cavity', 55: 'nasogastric tube courses below diaphragm', 56: 'upper chest located in esophagus at level of thoracic inlet en face on frontal view', 57: 'ovary is normal abnormality lies in uterus 4 cm fibroid in posterior wall causing mass effect', 58: 'patient fell on outstretched hand', 59: 'right apex', 60: 'endometrioma', 61: 'spiculated mass in right upper lobe', 62: 'multiple ring enhancing lesions with surrounding edema suggestive of metastases in setting of known breast cancer', 63: 'cxr shows widened mediastinum which indicates need for ct angiogram to exclude aortic dissection', 64: 'widened mediastinum', 65: 'bilateral hilar lymphadenopathy compatible with sarcoidosis in young patient with erythema nodosum', 66: 'heart is enlarged and upper lobe vessels are diverted i e raised left atrial pressure from heart failure', 67: 'periosteal reaction of lamellated type characteristic of ewing sarcoma in child with diaphyseal femoral lesion', 68: 'blunted costophrenic angle with meniscus typical of pleural effusion', 69: 'sarcoidosis', 70: 'this is atelectasis pneumonia is main competitor volume loss favours collapse', 71: 'atelectasis', 72: 'tuberculosis is textbook answer for apical cavitation yet this is cavitating squamous cell carcinoma given thick irregular wall', 73: 'hemangioma yet atypical hepatocellular carcinoma remains on list for cirrhotic liver', 74: 'this appears to be simple renal cyst cystic renal cell carcinoma remains consideration without contrast', 75: 'meningioma schwannoma is other thing to think of at cerebellopontine angle', 76: 'pneumonia to untrained eye', 77: 'some would call this pneumothorax however i see lung markings to edge and this is skin fold', 78: 'residents often say this is colles fracture it is smith fracture distal fragment is volarly displaced', 79: 'referring clinician suspected this is dvt yet doppler shows baker cyst compressing popliteal vein', 80: 'question mentions trauma this is classic appearance of tension pneumothorax with tracheal deviation', 81: 'report from last year said this is benign granuloma today nodule has doubled now suspicious for adenocarcinoma', 82: 'previously thought to be lymphoma biopsy proven diagnosis here appears to be sarcoidosis with typical nodes', 83: 'opacity in left lower lobe shows volume loss this is left lower lobe atelectasis', 84: None, 85: 'small bowel obstruction likely adhesive', 86: '左下肺可见实变影 伴支气管充气征 this is left lower lobe pneumonia', 87: 'lungs are clear heart size is normal this is normal chest radiograph with no acute abnormality', 88: 'opacity could be consolidation this is most likely pneumonia in right lower lobe with air bronchograms', 89: 'there is lytic lesion in distal femur it has narrow zone of transition and sclerotic rim this is non ossifying fibroma incidental benign lesion in adolescents', 90: 'ct shows hyperdense crescentic collection over left convexity crossing sutures this is acute subdural hematoma neurosurgical review is advised', 91: 'epidural hematoma no collection crosses suture lines and is crescentic so subdural hematoma', 92: 'epidural hematoma', 93: 'lymphoma commonest cause of anterior mediastinal mass in this age group though here thymoma is favoured because of patient s myasthenia', 94: 'thymoma', 95: 'pneumonia pneumonia is excluded by normal inflammatory markers opacity here is pulmonary infarct', 96: 'pulmonary edema', 97: 'staghorn calculus in left kidney most likely struvite in composition given recurrent infections in this patient', 98: 'large effusion', 99: 'pneumoperitoneum', 100: 'fracture of distal radius', 101: 'spleen', 102: 'classic halo sign nodule surrounded by ground glass seen in invasive aspergillosis in neutropenic patients', 103: 'air outlines both sides of bowel wall this is rigler sign indicating pneumoperitoneum in supine patient', 104: 'bowel herniates through inguinal canal lateral to inferior epigastric vessels this is indirect inguinal hernia extending toward scrotum', 105: 'contrast enhanced ct'}
WRONG_ON_MAIN = frozenset([0, 1, 2, 3, 4, 5, 8, 10, 12, 14, 34, 92])
