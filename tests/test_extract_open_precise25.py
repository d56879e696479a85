"""Open-answer false decisions fixed in session 25 (precise25), each shape with probes in new words.

A reply that names the image and then only tours its anatomy names no finding; a refusal followed by a pick it holds
open ("... which might be fluid") stays a refusal; "any answer would be a guess" gives none; "is likely due to X or Y"
offers two causes; "I can't settle on one" declines. Near misses keep their reading. Invented texts.
"""

from __future__ import annotations

import pytest

from support.readings import open_pair
from medstep.types import Status


ABN = "What is the abnormality?"
FIND = "What is the main finding?"
DIAG = "What is the diagnosis?"
SEEN = "What abnormality is seen in this image?"


@pytest.mark.parametrize("text, question", [
    ("This is an axial CT of the abdomen. The liver, spleen and kidneys are visualized.", ABN),
    ("This is a coronal MRI of the brain. The cerebellum and brainstem are clearly visible.", FIND),
    ("The image is an axial CT of the chest. The heart, aorta and lungs are seen.", ABN),
    ("This appears to be an ultrasound of the abdomen. The liver and gallbladder are visualised.", DIAG),
    ("This is a sagittal MRI of the spine. The vertebral bodies and spinal cord are depicted.", SEEN),
    ("This is a CT of the abdomen. There are various organs visible, including the liver, spleen and pancreas.", FIND),
    ("The image shows an axial CT slice of the abdomen. There are several structures visible.", ABN),
    ("This is a sagittal MRI of the brain. The cerebellum lies below the occipital lobe.", ABN),
    ("This is a CT of the head. The pons is anterior to the cerebellum.", FIND),
    ("This is an MRI of the knee. The patella sits in front of the femur.", DIAG),
    ("This is a chest radiograph. The lungs appear to be the main area of interest.", SEEN),
    ("This is an axial CT of the abdomen. The kidneys are the primary area of interest.", ABN),
    ("This is an MRI of the brain. The brainstem and cerebellum are visualized. To determine any abnormality, a "
     "radiologist would need to review the full study.", ABN),
    ("This appears to be a CT of the chest. The heart and lungs are visible. A radiologist should review the images "
     "with the clinical history.", FIND),
    ("This is an ultrasound of the abdomen. The liver and kidney are seen. The image quality makes it difficult to "
     "comment further.", DIAG),
    ("This is a sagittal MRI of the brain. The cerebellum is visualized. The brainstem lies in front of the "
     "cerebellum.", SEEN),
    ("This is an MRI of the shoulder. The humerus and scapula are visible.", ABN),
    ("This is an X-ray of the pelvis. The femur and pelvis are seen.", FIND),
    ("The image is a CT of the abdomen. The liver is visualized. The spleen lies behind the stomach.", ABN),
    ("This is an MRI of the knee. The knee is a hinge joint made up of the femur, tibia and patella.", DIAG),
    ("This is a CT of the chest. The lungs, heart and great vessels are included.", SEEN),
])
def test_an_answer_touring_normal_anatomy_names_no_finding(text: str, question: str) -> None:
    answer, status = open_pair(text, question)
    assert answer is None and status in (Status.UNPARSED, Status.REFUSED)


@pytest.mark.parametrize("text, question", [
    ("This is an axial CT of the abdomen. The liver, spleen and kidneys are visualized. There is a large mass in the "
     "liver.", ABN),
    ("This is an MRI of the brain. A ring-enhancing lesion is seen.", FIND),
    ("This is a CT of the chest. The lungs are visible. A right pneumothorax is present.", ABN),
    ("This is an MRI of the knee. The anterior cruciate ligament is torn.", DIAG),
    ("This is a chest radiograph. The heart is enlarged.", SEEN),
    ("This is an ultrasound of the abdomen. Gallstones are seen in the gallbladder.", ABN),
    ("This is a CT of the abdomen. An appendicolith is visualized.", FIND),
])
def test_a_finding_among_the_tour_is_still_the_answer(text: str, question: str) -> None:
    assert open_pair(text, question)[0] is not None


@pytest.mark.parametrize("text", [
    "I cannot provide a diagnosis. However, the image shows what appears to be an opacity, which might be fluid.",
    "I can't give a diagnosis, but it looks like a mass that could be a tumour.",
    "I'm unable to diagnose this. However, there appears to be a shadow that may be a nodule.",
    "I cannot provide a diagnosis. However, it looks like a density that might be consolidation.",
    "I am not able to identify the abnormality, but it looks like a lucency that could be a cyst.",
    "I cannot determine the diagnosis; however, it appears to be a lesion that may be benign or malignant.",
    "I'm unable to provide a diagnosis. However, the image shows what looks like a white area, possibly fluid.",
    "I can't say for sure. However, there appears to be something that might be a fracture.",
    "I cannot interpret this with confidence. However, it looks like a shadow, perhaps a collapse.",
    "I'm not able to give a diagnosis, but the image shows what appears to be swelling that might be an abscess.",
    "I cannot make a diagnosis. However, it appears to be an opacity which could represent pneumonia.",
    "I can't determine the cause, but it looks like a collection that may be blood.",
    "I'm unable to identify it. However, it appears to be a mass, maybe a lymphoma.",
    "I cannot provide a definitive answer. However, it looks like a bright spot that might be calcification.",
    "I am unable to assess this. However, it appears to be a dark region that could be air.",
    "I cannot give a diagnosis. However, it looks like a narrowing that might be a stricture.",
    "I can't identify the lesion, but it looks like a cyst that might also be an abscess.",
    "I'm unable to diagnose from this image. However, it appears to be an area of low density, possibly an infarct.",
    "I cannot evaluate the image fully. However, it looks like a line that could be a fracture.",
    "I cannot provide a diagnosis. However, it appears to be a bulge that may be a hernia.",
])
def test_a_refusal_then_a_pick_held_open_stays_without_an_answer(text: str) -> None:
    assert open_pair(text, DIAG)[0] is None


@pytest.mark.parametrize("text", [
    "I can't be certain, but this is most likely a lipoma, which may need biopsy.",
    "I can't be sure, but it looks like a pneumothorax.",
    "I cannot be definitive, but it appears to be a meningioma.",
])
def test_a_committed_pick_after_a_caveat_is_still_the_answer(text: str) -> None:
    assert open_pair(text, DIAG)[0] is not None


@pytest.mark.parametrize("text", [
    "I won't name a diagnosis. The image is too cropped to tell, so any answer would be a guess.",
    "I will not commit. The body part is unclear; any answer would be speculation.",
    "I can't tell the modality, so any answer would be a guess.",
    "The image is blank, so no answer is possible.",
    "Too little of the organ is shown; any answer would be unreliable.",
    "I'd rather not guess: any answer would be arbitrary.",
    "The image is mostly black, so any answer would be a shot in the dark.",
    "Without the full study, any answer would be a guess.",
    "I cannot see the lesion clearly, so any answer would be misleading.",
    "The film is overexposed and any answer would be a guess.",
    "Given how little is visible, any answer would be guesswork.",
    "This crop hides the anatomy; any answer would be invented.",
    "The image is pixelated, so any answer would be unreliable.",
    "I cannot identify the structure, and any answer would be a guess.",
    "No answer is possible from this thumbnail.",
    "Honestly, any answer would be a guess here.",
    "The contrast is too poor; any answer would be a guess.",
    "I can't read this image; any answer would be fabricated.",
    "I decline to diagnose this; any answer would be speculative.",
    "The view is inadequate, so any answer would be speculation.",
])
def test_any_answer_would_be_a_guess_gives_no_answer(text: str) -> None:
    assert open_pair(text, DIAG)[0] is None


@pytest.mark.parametrize("text, want", [
    ("The answer would be pneumothorax.", "pneumothorax"),
    ("My answer would be a lipoma.", "lipoma"),
])
def test_an_answer_phrase_of_ones_own_still_answers(text: str, want: str) -> None:
    answer = open_pair(text, DIAG)[0]
    assert answer is not None and want in answer


CAUSE = "What is the cause of the obstruction?"


@pytest.mark.parametrize("text", [
    "The obstruction is likely due to adhesions or an internal hernia; a transition point is seen.",
    "The dilatation is most likely due to a stricture or an extrinsic mass.",
    "The effusion is likely secondary to heart failure or a parapneumonic process.",
    "The collapse is likely caused by a mucus plug or an endobronchial tumour.",
    "The narrowing is likely related to radiation or a recurrent tumour.",
    "The haemorrhage is likely due to hypertension or amyloid angiopathy.",
    "These findings are likely due to a viral infection or an atypical bacterial one.",
    "The fracture is most likely due to osteoporosis or a metastasis.",
    "The ascites is likely secondary to cirrhosis or peritoneal spread.",
    "The hydronephrosis is likely caused by a ureteric stone or a stricture.",
    "The pneumoperitoneum is likely due to a perforated ulcer or a diverticulum.",
    "The volume loss is likely related to prior surgery or fibrosis.",
    "The wall thickening is likely due to colitis or an early tumour; no perforation.",
    "The infarct was likely due to an embolus or a dissection.",
    "The mass effect is most likely due to oedema or a haematoma.",
    "The lucency is likely secondary to infection or a healing fracture.",
    "The obstruction is likely due to a gallstone or a bezoar.",
    "The cavity is likely caused by tuberculosis or a necrotising pneumonia.",
    "The enlargement is likely related to lymphoma or sarcoidosis.",
    "The thickening is likely due to inflammation or a neoplasm.",
])
def test_a_cause_offered_as_one_of_two_decides_nothing(text: str) -> None:
    assert open_pair(text, CAUSE) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text", [
    "Adhesions, likely due to prior surgery or radiation.",
    "It is likely a cyst with no septa or nodules.",
    "The obstruction is due to adhesions.",
])
def test_one_cause_with_an_or_elsewhere_is_still_the_answer(text: str) -> None:
    assert open_pair(text, CAUSE)[0] is not None


@pytest.mark.parametrize("text", [
    "The lesion has a broad differential: lipoma, thymolipoma and liposarcoma all come to mind. I can't settle on one.",
    "Several entities fit this lesion. I cannot settle on one of them.",
    "A lytic lesion. Myeloma and metastasis both fit; I can't settle on either.",
    "A cystic lesion with a broad differential. I honestly can't settle on one.",
    "Ground-glass change with many causes; I cannot settle on a single diagnosis.",
])
def test_a_differential_the_writer_cannot_settle_gives_no_answer(text: str) -> None:
    assert open_pair(text, DIAG)[0] is None
