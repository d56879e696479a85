"""Review repairs of lane open (session 32): shapes the lane's first version read as a short wrong answer and which
must read as before the lane (the whole reply, or the field a place question asks), next to the shapes the lane
reads and keeps reading. Probes of the hostile review (/tmp/rv_open), rewritten here as exact expectations.
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_answer
from medstep.extract import extract
from medstep.types import AnswerType, Sample

DX = "What is the diagnosis?"


def _answer(text: str, question: str = DX) -> str | None:
    return extract(text, Sample(id="o32r", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("question", "text", "short"), [
    # "confirms" a sign, a device's position, a course; a definition's "typically confirms"
    (DX, "The diffusion-weighted sequence confirms restricted diffusion in the cortex and basal ganglia.",
     "restricted diffusion in the cortex"),
    ("What is the most likely diagnosis?", "The lateral view confirms an air-fluid level behind the heart.",
     "air-fluid level behind the heart"),
    (DX, "Contrast injection confirms the catheter tip position in the superior vena cava.",
     "catheter tip position in the superior vena cava"),
    (DX, "A follow-up scan in 6 weeks confirms resolution in most cases of this kind.", "resolution in most cases"),
    (DX, "Achalasia is a motility disorder. A barium swallow typically confirms achalasia by showing a bird's beak.",
     "achalasia"),
    # a label denied after its cue; a population after a wrapper
    (DX, "Findings which indicate perforation, such as free air, are absent.", "perforation"),
    (DX, "These are typical findings of chronic smokers.", "chronic smokers"),
    # a rejection still holding a candidate open, or naming the verdict by another name
    (DX, "The findings are consistent with an abscess. Tumour is less likely, but metastasis should be considered.",
     "abscess"),
    (DX, "This represents a pulmonary embolism. PE is unlikely given the normal D-dimer and the absent filling defect.",
     "pulmonary embolism"),
    (DX, "The collection is consistent with a subdural hematoma. A subdural bleed is unlikely, however, given the "
         "normal density; a hygroma fits better.", "subdural hematoma"),
    (DX, "These findings indicate hypertrophic cardiomyopathy. HCM is less likely given the apical sparing; cardiac "
         "amyloidosis would explain it better.", "hypertrophic cardiomyopathy"),
    (DX, "These findings indicate a benign cyst. Malignancy was considered, but a cystic tumour or an abscess would "
         "look similar.", "benign cyst"),
    # a disclaimer naming another disease under "would" / "if"
    ("What is this skin lesion?", "This is consistent with a seborrheic keratosis. I'm not a dermatologist, and "
     "honestly a melanoma would look the same.", "seborrheic keratosis"),
    (DX, "These findings indicate a simple cyst. I'm not a radiologist, though, and a cystic neoplasm would need an "
         "MRI.", "simple cyst"),
    (DX, "This represents a benign nevus. I'm not a doctor; if it were an early melanoma, a biopsy would show it.",
     "benign nevus"),
    # a place field to a question asking the lesion, or two things; a Chinese conclusion settling on nothing
    ("What type of lesion is located in the right kidney?", "Location: right kidney\nType: angiomyolipoma\n"
     "Features: macroscopic fat", "right kidney"),
    ("Where is the lesion and what is it?", "Location: right parotid gland\nImpression: Warthin tumour",
     "right parotid gland"),
    ("诊断是什么？", "结论：建议进一步检查。", "建议进一步检查"),
    ("诊断是什么？", "诊断：待定，考虑肺炎或肺水肿。", "待定，考虑肺炎或肺水肿"),
])
def test_no_short_wrong_reading(question: str, text: str, short: str) -> None:
    answer = _answer(text, question)
    assert answer is None or normalize_answer(answer) != normalize_answer(short)


@pytest.mark.parametrize(("question", "text", "answer"), [
    (DX, "Pearly papule with rolled borders and arborizing telangiectasia on dermoscopy, most consistent with basal "
         "cell carcinoma. Melanoma is unlikely given the absence of a pigment network.", "basal cell carcinoma"),
    ("What is the most likely diagnosis?", "Gallbladder wall thickening, pericholecystic fluid, and a stone impacted "
     "in the neck with a positive sonographic Murphy sign. The diagnosis is acute cholecystitis. Acalculous "
     "cholecystitis is therefore excluded.", "acute cholecystitis"),
    (DX, "A crescentic hypodense extra-axial collection over the right convexity in an elderly patient on warfarin, "
         "consistent with a chronic subdural hematoma. A subdural hygroma was considered, but the membranes and mixed "
         "density favour haematoma.", "chronic subdural hematoma"),
    ("What is located in the posterior fossa?", "Location: posterior fossa, midline\nDiagnosis: medulloblastoma",
     "medulloblastoma"),
    ("病变位于哪里？", "部位：右肺上叶\n诊断：肺癌", "右肺上叶"),
    ("What is the diagnosis based on this OCT?", "The fundus shows a round reddish lesion at the fovea. The "
     "differential includes a lamellar hole, but the full-thickness defect on OCT confirms a full-thickness macular "
     "hole.", "full-thickness macular hole"),
])
def test_kept_reading(question: str, text: str, answer: str) -> None:
    got = _answer(text, question)
    assert got is not None and normalize_answer(got) == normalize_answer(answer)
