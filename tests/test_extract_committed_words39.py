"""The option a closing paragraph commits to in its own words, with the options it rejects set aside (issue #7, session 39).

Written afresh, in other words than retired blind 38: a pick named by the distinctive part of an option's text and
another option rejected after it ("... consistent with an epidural. A subdural would cross sutures, so not B."), a
pick by an eponym alone ("Going with Wilms."), an option called tempting or the mimic and argued against, and the
primary one of two named findings. The near misses must stay unread: two options held open or matched alike, a
question or the options restated, a general or conditional statement, a rejection alone, an option called normal,
a hedge after the pick.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

READ = [
    (
        {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Chondrosarcoma", "D": "Giant cell tumor"},
        "Which is the most likely diagnosis?",
        "Onion-skin periosteum in the diaphysis, which is Ewing, but not osteosarcoma.",
        "B",
    ),
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "The collection is lens-shaped and stops at the sutures, consistent with an epidural. A subdural would cross sutures, so not B.",
        "A",
    ),
    (
        {"A": "Neuroblastoma", "B": "Wilms tumor", "C": "Hepatoblastoma", "D": "Mesoblastic nephroma"},
        "Which is the most likely diagnosis?",
        "Renal mass with a claw sign in a four-year-old. Going with Wilms.",
        "B",
    ),
    (
        {"A": "Neuroblastoma", "B": "Wilms tumor", "C": "Hepatoblastoma", "D": "Mesoblastic nephroma"},
        "Which is the most likely diagnosis?",
        "Neuroblastoma is tempting, but the claw sign shows it arises from the kidney. I'd pick Wilms.",
        "B",
    ),
    (
        {
            "A": "PICC tip in SVC",
            "B": "PICC tip in right atrium",
            "C": "PICC tip in internal jugular vein",
            "D": "PICC coiled in subclavian",
        },
        "Where is the line tip?",
        "The catheter tip projects over the right atrium, about 3 cm below the cavoatrial junction.",
        "B",
    ),
    (
        {"A": "Pleural effusion", "B": "Consolidation", "C": "Pneumothorax", "D": "Atelectasis"},
        "What is the main abnormality?",
        "There is a small pleural effusion, but the dominant abnormality is a lobar consolidation with air bronchograms.",
        "B",
    ),
    (
        {"A": "Cardiomegaly", "B": "Pulmonary edema", "C": "Pneumonia", "D": "Normal study"},
        "What is the main finding?",
        "Mild cardiomegaly is present, though secondary. The principal finding is pulmonary edema with Kerley lines.",
        "B",
    ),
    (
        {"A": "Solid mass", "B": "Simple cyst", "C": "Complex cyst", "D": "Abscess"},
        "What is the lesion?",
        "The lesion is anechoic with posterior acoustic enhancement and no internal flow, so a simple cyst. A solid mass would show vascularity.",
        "B",
    ),
    (
        {"A": "Hill-Sachs lesion", "B": "SLAP tear", "C": "Bankart lesion", "D": "Rotator cuff tear"},
        "What lesion is shown?",
        "The impaction defect sits on the posterolateral humeral head, which is a Hill-Sachs. A Bankart would be on the glenoid rim, so not C.",
        "A",
    ),
    (
        {"A": "Cardiomegaly", "B": "Pulmonary edema", "C": "Pneumonia", "D": "Normal study"},
        "Which is the most likely diagnosis?",
        "Bilateral perihilar bat-wing opacities favour edema. It is not pneumonia, which would be more focal.",
        "B",
    ),
    (
        {"A": "Lymphoma", "B": "Sarcoidosis", "C": "Tuberculosis", "D": "Metastases"},
        "Which is the most likely diagnosis?",
        "Symmetric hilar and paratracheal nodes in a young woman. I'll go with sarcoidosis. Lymphoma would usually be bulkier and asymmetric.",
        "B",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Abscess is the classic mimic, but the wedge shape in a vascular territory with restricted diffusion points to an infarct.",
        "C",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Glioma is tempting, but the wedge-shaped cortical lesion in the MCA territory fits an infarct.",
        "C",
    ),
    (
        {"A": "Rigler sign", "B": "Coffee bean sign", "C": "Football sign", "D": "Double bubble sign"},
        "Which sign is shown?",
        "Two gas bubbles, one in the stomach and one in the duodenal cap, and no distal gas: the double bubble. The coffee bean sign would need a dilated sigmoid loop.",
        "D",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "B is the classic mimic, but the wedge shape in a vascular territory points to infarction.",
        "C",
    ),
    (
        {"A": "Kaposi sarcoma", "B": "Bacillary angiomatosis", "C": "Pyogenic granuloma", "D": "Cherry angioma"},
        "Which is the most likely diagnosis?",
        "Purple plaques in an HIV-positive man with spindle cells. Pyogenic granuloma would be a solitary friable papule, so not C. I'd go with Kaposi.",
        "A",
    ),
    (
        {"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"},
        "Which is the most likely diagnosis?",
        "Dorsally angulated distal radial fragment after a fall on the outstretched hand - a Colles. A Smith would angulate volarly, so not B.",
        "A",
    ),
    (
        {"A": "Lytic lesion", "B": "Sclerotic lesion", "C": "Periosteal reaction", "D": "Pathological fracture"},
        "What is the main finding?",
        "There is a lucent lesion in the femur, but the principal finding is the fracture through it, making this pathological.",
        "D",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Ring enhancement with central restricted diffusion favours an abscess rather than a necrotic glioma.",
        "B",
    ),
    (
        {"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"},
        "Which is the most likely diagnosis?",
        "The fracture line runs into the radiocarpal joint with volar subluxation of the carpus, which is a Barton injury. Not a simple Smith.",
        "C",
    ),
]

UNREAD = [
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "Could this be an epidural or a subdural? Hard to say without more slices.",
        "none",
    ),
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "Subdural and epidural collections can both appear hyperdense in the acute phase.",
        "none",
    ),
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "The question asks whether the blood is epidural, subdural, subarachnoid or intraparenchymal.",
        "none",
    ),
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "A subdural would cross sutures. An epidural would be lentiform.",
        "none",
    ),
    (
        {"A": "Neuroblastoma", "B": "Wilms tumor", "C": "Hepatoblastoma", "D": "Mesoblastic nephroma"},
        "Which is the most likely diagnosis?",
        "Wilms is classically seen in children under five.",
        "none",
    ),
    (
        {"A": "Neuroblastoma", "B": "Wilms tumor", "C": "Hepatoblastoma", "D": "Mesoblastic nephroma"},
        "Which is the most likely diagnosis?",
        "Not Wilms.",
        "none",
    ),
    (
        {"A": "Pleural effusion", "B": "Consolidation", "C": "Pneumothorax", "D": "Atelectasis"},
        "What is the main abnormality?",
        "There is no pleural effusion.",
        "none",
    ),
    (
        {"A": "Pleural effusion", "B": "Consolidation", "C": "Pneumothorax", "D": "Atelectasis"},
        "What is the main abnormality?",
        "There is a small pleural effusion and a lobar consolidation.",
        "none",
    ),
    (
        {"A": "Solid mass", "B": "Simple cyst", "C": "Complex cyst", "D": "Abscess"},
        "What is the lesion?",
        "Differential: simple cyst versus abscess.",
        "none",
    ),
    (
        {"A": "Rigler sign", "B": "Coffee bean sign", "C": "Football sign", "D": "Double bubble sign"},
        "Which sign is shown?",
        "It's not the double bubble sign, which belongs to duodenal atresia.",
        "none",
    ),
    (
        {"A": "Rigler sign", "B": "Coffee bean sign", "C": "Football sign", "D": "Double bubble sign"},
        "Which sign is shown?",
        "If this were a Rigler sign, both sides of the bowel wall would be visible.",
        "none",
    ),
    (
        {
            "A": "PICC tip in SVC",
            "B": "PICC tip in right atrium",
            "C": "PICC tip in internal jugular vein",
            "D": "PICC coiled in subclavian",
        },
        "Where is the line tip?",
        "The tip is in the SVC? Maybe the right atrium.",
        "none",
    ),
    (
        {"A": "Lymphoma", "B": "Sarcoidosis", "C": "Tuberculosis", "D": "Metastases"},
        "Which is the most likely diagnosis?",
        "Sarcoidosis is tempting, but the nodes are necrotic.",
        "none",
    ),
    (
        {"A": "Rigler sign", "B": "Coffee bean sign", "C": "Football sign", "D": "Double bubble sign"},
        "Which sign is demonstrated?",
        "Which sign is demonstrated: Rigler, coffee bean, football or double bubble?",
        "none",
    ),
    (
        {"A": "Pleural effusion", "B": "Consolidation", "C": "Pneumothorax", "D": "Atelectasis"},
        "What is the main abnormality?",
        "Consolidation is the main differential, but an effusion cannot be excluded.",
        "none",
    ),
    (
        {
            "A": "Epidural hematoma",
            "B": "Subdural hematoma",
            "C": "Subarachnoid hemorrhage",
            "D": "Intraparenchymal hemorrhage",
        },
        "What is the abnormality on this head CT?",
        "Epidural hematoma is less likely given the shape.",
        "none",
    ),
    (
        {"A": "Cardiomegaly", "B": "Pulmonary edema", "C": "Pneumonia", "D": "Normal study"},
        "Which is the most likely diagnosis?",
        "Pneumonia would typically be focal; edema is usually bilateral.",
        "none",
    ),
    (
        {"A": "Lymphoma", "B": "Sarcoidosis", "C": "Tuberculosis", "D": "Metastases"},
        "Which is the most likely diagnosis?",
        "The answer cannot be determined from this image; it could be lymphoma or sarcoidosis.",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "I cannot tell between an infarct and a glioma on this single image.",
        "none",
    ),
    (
        {"A": "Hill-Sachs lesion", "B": "SLAP tear", "C": "Bankart lesion", "D": "Rotator cuff tear"},
        "What lesion is shown?",
        "The rotator cuff appears intact.",
        "none",
    ),
    (
        {"A": "Neuroblastoma", "B": "Wilms tumor", "C": "Hepatoblastoma", "D": "Mesoblastic nephroma"},
        "Which is the most likely diagnosis?",
        "Neuroblastoma versus Wilms: the claw sign would help, but it is not visible here.",
        "none",
    ),
    (
        {"A": "Solid mass", "B": "Simple cyst", "C": "Complex cyst", "D": "Abscess"},
        "What is the lesion?",
        "A simple cyst would be anechoic; this one has internal echoes, so it is not simple.",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Demyelination seems unlikely. An abscess would have a rim.",
        "none",
    ),
    (
        {"A": "Rigler sign", "B": "Coffee bean sign", "C": "Football sign", "D": "Double bubble sign"},
        "Which sign is shown?",
        "The football sign and Rigler sign both indicate free air.",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "B is the classic mimic, but it would not restrict diffusion this way.",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Glioma is tempting, but I would need a contrast study.",
        "none",
    ),
    (
        {
            "A": "Left pleural effusion",
            "B": "Right pleural effusion",
            "C": "Left pneumothorax",
            "D": "Right pneumothorax",
        },
        "What is shown?",
        "The left costophrenic angle is sharp. No effusion on the left.",
        "none",
    ),
    (
        {"A": "Lytic lesion", "B": "Sclerotic lesion", "C": "Periosteal reaction", "D": "Pathological fracture"},
        "What is the main finding?",
        "There is a lytic lesion and a pathological fracture.",
        "none",
    ),
    (
        {
            "A": "ETT in right main bronchus",
            "B": "ETT above the carina",
            "C": "NG tube in stomach",
            "D": "NG tube in bronchus",
        },
        "Where is the tube?",
        "Is the endotracheal tube in the right main bronchus or above the carina?",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "An abscess would show a smooth rim; an infarct would be wedge-shaped.",
        "none",
    ),
    (
        {"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"},
        "Which is the most likely diagnosis?",
        "Smith, Colles or Barton - all are distal radius fractures.",
        "none",
    ),
    (
        {"A": "Kaposi sarcoma", "B": "Bacillary angiomatosis", "C": "Pyogenic granuloma", "D": "Cherry angioma"},
        "Which is the most likely diagnosis?",
        "Kaposi sarcoma would be unusual in this immunocompetent patient.",
        "none",
    ),
    (
        {"A": "Glioma", "B": "Abscess", "C": "Infarct", "D": "Demyelination"},
        "Which is the most likely diagnosis?",
        "Demyelination is less likely. Glioma is also less likely.",
        "none",
    ),
    # a refusal or hedge in the rest of the pick's own sentence leaves it unread
    (
        {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Chondrosarcoma", "D": "Giant cell tumor"},
        "Which is the most likely diagnosis?",
        "Permeative diaphyseal lesion with onion-skin periosteum, which is Ewing, which I cannot confirm on plain film.",
        "none",
    ),
    (
        {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Chondrosarcoma", "D": "Giant cell tumor"},
        "Which is the most likely diagnosis?",
        "Permeative diaphyseal lesion with onion-skin periosteum, which is Ewing, though it should be excluded with MRI.",
        "none",
    ),
    # a ranking word ranks a finding only before a finding noun: a concern or a worry is no pick
    (
        {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Chondrosarcoma", "D": "Giant cell tumor"},
        "Which is the most likely diagnosis?",
        "The main concern is Ewing, given the onion-skin periosteum.",
        "none",
    ),
    (
        {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Atelectasis"},
        "Which is the most likely diagnosis?",
        "A pneumothorax is the chief worry after the line, and the film has a pleural effusion.",
        "none",
    ),
]


def _read(options: dict[str, str], question: str, text: str) -> str | None:
    sample = Sample(
        id="cw39", question=question, answer=sorted(options)[0], answer_type=AnswerType.CHOICE, options=options
    )
    return extract(text, sample).answer


@pytest.mark.parametrize(("options", "question", "text", "expected"), READ)
def test_committed_option_read(options: dict[str, str], question: str, text: str, expected: str) -> None:
    assert _read(options, question, text) == expected


@pytest.mark.parametrize(("options", "question", "text", "expected"), UNREAD)
def test_near_miss_unread(options: dict[str, str], question: str, text: str, expected: str) -> None:
    assert _read(options, question, text) is None


def test_long_hostile_input_is_fast() -> None:
    import time

    options = {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage", "D": "Stroke"}
    for text in (
        "- " * 10000,
        "not subdural, " * 1500,
        "Subdural" + " " * 20000 + "-",
        "— " * 10000 + "subdural.",
        "main " * 4000 + "finding is subdural.",
        "which is subdural, if " * 1000 + "subdural.",
    ):
        start = time.perf_counter()
        _read(options, "What is shown?", text)
        assert time.perf_counter() - start < 5.0
