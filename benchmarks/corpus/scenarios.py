"""Invented questions the corpus answers: stems, options and the finding each option implies.

Every scenario is written for this corpus (no benchmark text). ``features``
gives, per option, a short phrase naming what the image would show if that
option were right; the style templates use it to write per-option
discussions that argue for the chosen option and against the others, the
way chain-of-thought outputs do.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Choice:
    id: str
    stem: str
    options: dict[str, str]
    gold: str
    features: dict[str, str]
    task: str = "single"  # single | multi | binary (RadRBench-like task names)
    modality: str = "chest X-ray"


@dataclass(frozen=True)
class Closed:
    id: str
    stem: str
    gold: str  # "yes" / "no" / 是 / 否
    finding: str  # what "yes" would mean: "a right pleural effusion"
    lang: str = "en"
    modality: str = "chest X-ray"


@dataclass(frozen=True)
class Open:
    id: str
    stem: str
    gold: str
    alternatives: tuple[str, ...] = field(default=())  # plausible wrong answers a model might give
    lang: str = "en"
    subject: str = "the abnormality"  # what the answer names, for sentence templates


CHOICES: list[Choice] = [
    Choice("cxr-cardio", "What is the most likely finding on this chest radiograph?",
           {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"}, "C",
           {"A": "a visceral pleural line with absent peripheral lung markings",
            "B": "blunting of the costophrenic angle with a meniscus",
            "C": "a cardiothoracic ratio above 0.5 on a PA film",
            "D": "an entirely unremarkable heart, lungs and pleura"}),
    Choice("cxr-effusion", "Which abnormality is shown in this frontal chest X-ray?",
           {"A": "Right upper lobe consolidation", "B": "Left pleural effusion", "C": "Pneumoperitoneum",
            "D": "Hiatus hernia"}, "B",
           {"A": "air bronchograms in the right upper zone", "B": "a meniscus obscuring the left hemidiaphragm",
            "C": "free gas beneath the hemidiaphragms", "D": "a retrocardiac air-fluid level"}),
    Choice("cxr-ptx", "What does this chest radiograph most likely show?",
           {"A": "Tension pneumothorax", "B": "Bullous emphysema", "C": "Skin fold artefact", "D": "Atelectasis"},
           "A",
           {"A": "mediastinal shift away from a hyperlucent hemithorax without lung markings",
            "B": "thin-walled bullae with preserved markings between them",
            "C": "a line extending beyond the chest wall", "D": "volume loss with displaced fissures"}),
    Choice("cxr-line", "Where is the tip of the central venous catheter?",
           {"A": "Right atrium", "B": "Superior vena cava", "C": "Right internal jugular vein",
            "D": "Azygos vein"}, "B",
           {"A": "the tip projecting below the cavoatrial junction", "B": "the tip at the level of the carina",
            "C": "the tip above the clavicle", "D": "the tip curling posteriorly at the azygos arch"}),
    Choice("cxr-multi", "Which findings are present in this chest X-ray?",
           {"A": "cardiomegaly, edema", "B": "atelectasis, pneumothorax", "C": "cardiomegaly, edema, pleural effusion",
            "D": "lung opacity, fracture"}, "C",
           {"A": "an enlarged heart and interstitial edema but sharp costophrenic angles",
            "B": "collapse with a pleural line", "C": "an enlarged heart, interstitial edema and blunted angles",
            "D": "patchy opacity and a displaced rib fracture"}, task="multi"),
    Choice("cxr-multi2", "Which findings are in this chest X-ray?",
           {"A": "support devices, lung opacity", "B": "pneumonia", "C": "consolidation, pleural effusion",
            "D": "enlarged cardiomediastinum, fracture"}, "A",
           {"A": "an endotracheal tube and a basal opacity", "B": "a lobar airspace opacity alone",
            "C": "dense consolidation with a meniscus", "D": "a wide mediastinum and a cortical break"},
           task="multi"),
    Choice("cxr-binary-eff", "Is there a pleural effusion in this image?",
           {"A": "Yes", "B": "No"}, "A",
           {"A": "a meniscus at the right base", "B": "sharp costophrenic angles"}, task="binary"),
    Choice("cxr-binary-ptx", "Does this chest X-ray show a pneumothorax?",
           {"A": "Yes", "B": "No"}, "B",
           {"A": "a visceral pleural line", "B": "lung markings reaching the chest wall"}, task="binary"),
    Choice("cxr-temporal", "Compared with the prior study, how has the left pleural effusion changed?",
           {"A": "Improved", "B": "Unchanged", "C": "Worsened"}, "C",
           {"A": "a smaller meniscus than before", "B": "the same meniscus height as before",
            "C": "a higher meniscus now reaching the mid zone"}, task="temporal"),
    Choice("ct-appendix", "What is the most likely diagnosis on this contrast-enhanced abdominal CT?",
           {"A": "Acute appendicitis", "B": "Diverticulitis", "C": "Small bowel obstruction",
            "D": "Ovarian torsion", "E": "Ureteric calculus"}, "A",
           {"A": "a dilated, thick-walled appendix with periappendiceal fat stranding",
            "B": "inflamed sigmoid diverticula", "C": "dilated small bowel loops with a transition point",
            "D": "an enlarged ovary with a twisted pedicle", "E": "a calculus in the ureter with hydronephrosis"},
           modality="CT"),
    Choice("ct-liver", "Which lesion best matches the appearance in the liver?",
           {"A": "Haemangioma", "B": "Simple cyst", "C": "Hepatocellular carcinoma", "D": "Metastasis"}, "C",
           {"A": "peripheral nodular discontinuous enhancement", "B": "a fluid-density lesion without enhancement",
            "C": "arterial hyperenhancement with portal venous washout", "D": "multiple rim-enhancing lesions"},
           modality="CT"),
    Choice("ct-brain", "What is the most likely abnormality on this non-contrast head CT?",
           {"A": "Epidural haematoma", "B": "Subdural haematoma", "C": "Subarachnoid haemorrhage",
            "D": "Ischaemic stroke"}, "B",
           {"A": "a biconvex collection limited by sutures", "B": "a crescentic collection crossing sutures",
            "C": "blood in the basal cisterns and sulci", "D": "a hypodense wedge in a vascular territory"},
           modality="CT"),
    Choice("mri-knee", "Which structure is injured on this knee MRI?",
           {"A": "Anterior cruciate ligament", "B": "Medial meniscus", "C": "Patellar tendon",
            "D": "Lateral collateral ligament"}, "A",
           {"A": "a discontinuous, oedematous ACL", "B": "linear signal reaching the meniscal surface",
            "C": "a thickened, disrupted patellar tendon", "D": "a torn lateral collateral ligament"},
           modality="MRI"),
    Choice("mri-brain", "What is the most likely diagnosis on this brain MRI?",
           {"A": "Multiple sclerosis", "B": "Glioblastoma", "C": "Brain abscess", "D": "Meningioma"}, "D",
           {"A": "periventricular ovoid lesions perpendicular to the ventricles",
            "B": "an infiltrative mass with necrosis and irregular enhancement",
            "C": "a ring-enhancing lesion with restricted diffusion centrally",
            "D": "an extra-axial dural-based mass with a dural tail"}, modality="MRI"),
    Choice("path-muscle", "Which tissue type is shown in this H&E section?",
           {"A": "Adipose tissue", "B": "Cardiac muscle", "C": "Hyaline cartilage", "D": "Lymph node"}, "B",
           {"A": "large empty vacuoles", "B": "branching striated fibres with intercalated discs",
            "C": "chondrocytes in lacunae", "D": "lymphoid follicles"}, modality="pathology"),
    Choice("path-tumour", "What is the most likely diagnosis for this biopsy?",
           {"A": "Squamous cell carcinoma", "B": "Adenocarcinoma", "C": "Small cell carcinoma",
            "D": "Carcinoid tumour"}, "A",
           {"A": "keratin pearls and intercellular bridges", "B": "glandular structures with mucin",
            "C": "small blue cells with nuclear moulding", "D": "nests of uniform cells with salt-and-pepper chromatin"},
           modality="pathology"),
    Choice("derm", "What is the most likely diagnosis of this skin lesion?",
           {"A": "Melanoma", "B": "Seborrheic keratosis", "C": "Basal cell carcinoma", "D": "Dermatofibroma"}, "C",
           {"A": "asymmetry with an atypical pigment network", "B": "a stuck-on waxy surface with milia-like cysts",
            "C": "a pearly papule with arborizing telangiectasia", "D": "a central white patch with a dimple sign"},
           modality="dermoscopy"),
    Choice("fundus", "Which condition does this fundus photograph show?",
           {"A": "Diabetic retinopathy", "B": "Glaucomatous cupping", "C": "Retinal detachment",
            "D": "Central retinal vein occlusion"}, "A",
           {"A": "microaneurysms, dot-blot haemorrhages and hard exudates", "B": "an enlarged cup-to-disc ratio",
            "C": "an elevated grey retina with folds", "D": "flame haemorrhages in all four quadrants"},
           modality="fundus"),
    Choice("us-gb", "What is the most likely finding on this right upper quadrant ultrasound?",
           {"A": "Cholelithiasis", "B": "Gallbladder polyp", "C": "Adenomyomatosis", "D": "Normal gallbladder"}, "A",
           {"A": "echogenic foci with posterior acoustic shadowing that move with position",
            "B": "a non-shadowing fixed mural nodule", "C": "comet-tail artefacts in a thickened wall",
            "D": "a thin wall and anechoic lumen"}, modality="ultrasound"),
    Choice("cxr-nodule", "Which option best describes the lesion in the right upper lobe?",
           {"A": "Calcified granuloma", "B": "Spiculated mass", "C": "Cavitating lesion", "D": "Hamartoma"}, "B",
           {"A": "a small, densely calcified nodule", "B": "a mass with spiculated margins",
            "C": "a thick-walled lesion with central lucency", "D": "a well-defined nodule with popcorn calcification"}),
    Choice("cxr-mediast", "What is the most likely cause of the mediastinal widening?",
           {"A": "Aortic dissection", "B": "Lymphoma", "C": "Thymoma", "D": "Retrosternal goitre"}, "D",
           {"A": "a displaced intimal calcification", "B": "lobulated bilateral paratracheal nodes",
            "C": "an anterior mediastinal mass at the level of the heart base",
            "D": "a superior mediastinal mass deviating the trachea, continuous with the neck"}),
    Choice("ct-pe", "What does this CT pulmonary angiogram show?",
           {"A": "Pulmonary embolism", "B": "Aortic aneurysm", "C": "Pericardial effusion", "D": "No abnormality"},
           "A",
           {"A": "filling defects within the segmental pulmonary arteries", "B": "a dilated thoracic aorta",
            "C": "fluid surrounding the heart", "D": "normally opacified vessels and clear lungs"}, modality="CT"),
    Choice("xr-wrist", "Which fracture is present on this wrist radiograph?",
           {"A": "Colles fracture", "B": "Smith fracture", "C": "Scaphoid fracture", "D": "Barton fracture"}, "C",
           {"A": "dorsal angulation of the distal radius", "B": "volar angulation of the distal radius",
            "C": "a lucent line across the scaphoid waist", "D": "an intra-articular rim fracture with subluxation"},
           modality="X-ray"),
    Choice("cxr-device", "What is the device projected over the left chest?",
           {"A": "Pacemaker", "B": "Implantable loop recorder", "C": "Port-a-cath", "D": "ECG electrode"}, "A",
           {"A": "a generator with leads ending in the right ventricle", "B": "a small leadless rectangle",
            "C": "a reservoir with a catheter entering the jugular vein", "D": "a small round skin-surface button"}),
]

CLOSED: list[Closed] = [
    Closed("yn-eff", "Is there a pleural effusion?", "yes", "a pleural effusion"),
    Closed("yn-ptx", "Is there a pneumothorax?", "no", "a pneumothorax"),
    Closed("yn-cardio", "Is the heart enlarged?", "no", "cardiomegaly"),
    Closed("yn-freeair", "Is there free air under the diaphragm?", "no", "free subdiaphragmatic air", modality="X-ray"),
    Closed("yn-mass", "Is there a mass in the liver?", "yes", "a hepatic mass", modality="CT"),
    Closed("yn-fracture", "Is there a fracture of the femoral neck?", "yes", "a femoral neck fracture", modality="X-ray"),
    Closed("yn-bleed", "Is there evidence of intracranial haemorrhage?", "no", "intracranial haemorrhage", modality="CT"),
    Closed("yn-normal", "Is this a normal chest X-ray?", "no", "a normal study"),
    Closed("yn-contrast", "Was contrast given for this scan?", "yes", "intravenous contrast", modality="CT"),
    Closed("yn-nodule", "Are there multiple lung nodules?", "yes", "multiple pulmonary nodules", modality="CT"),
]

CLOSED_ZH: list[Closed] = [
    Closed("zh-eff", "图中是否有胸腔积液？", "是", "胸腔积液", lang="zh"),
    Closed("zh-normal", "这张图像看起来正常吗？", "否", "正常", lang="zh"),
    Closed("zh-ct", "这是CT图像吗？", "是", "CT", lang="zh", modality="CT"),
    Closed("zh-mass", "肝脏有肿块吗？", "否", "肿块", lang="zh", modality="CT"),
]

OPEN: list[Open] = [
    Open("open-organ", "Which organ shows the abnormality?", "liver", ("spleen", "kidney", "pancreas"),
         subject="the abnormal organ"),
    Open("open-side", "Which side is the pleural effusion on?", "left", ("right", "both sides"),
         subject="the effusion side"),
    Open("open-modality", "What imaging modality was used?", "CT", ("MRI", "X-ray", "ultrasound"),
         subject="the modality"),
    Open("open-plane", "In which plane is this image taken?", "axial", ("coronal", "sagittal"),
         subject="the plane"),
    Open("open-lobe", "Which lobe contains the nodule?", "right upper lobe", ("left lower lobe", "right middle lobe"),
         subject="the lobe"),
    Open("open-finding", "What is the main abnormality?", "pneumothorax", ("pleural effusion", "atelectasis"),
         subject="the main abnormality"),
]

OPEN_ZH: list[Open] = [
    Open("zh-organ", "图中哪个器官有异常？", "肝脏", ("脾脏", "肾脏"), lang="zh"),
    Open("zh-modality", "这张图像是用什么方式拍摄的？", "核磁共振", ("CT", "X光"), lang="zh"),
]
