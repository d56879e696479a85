"""The samples (questions, options, gold) the hand-written extraction cases are asked about, and the case record.

Kept apart from the case tables (``extract_cases.py`` and the round files)
so each table file stays small; every table imports its samples from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.types import AnswerType, Sample

CXR_CHOICE = Sample(
    id="cxr-mc",
    question="What is the most likely finding on this chest radiograph?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"},
)
PATH_CHOICE = Sample(
    id="path-mc",
    question="Which tissue type is shown in this H&E section?",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Adipose tissue", "B": "Cardiac muscle", "C": "Hyaline cartilage", "D": "Lymph node"},
)
FRACTURE = Sample(
    id="fracture", question="What type of fracture is shown in the tibial shaft?", answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Transverse fracture", "B": "Spiral fracture", "C": "Comminuted fracture", "D": "Greenstick fracture"},
)
ORGANS = Sample(
    id="organs", question="Which organ shows the abnormality?", answer="C", answer_type=AnswerType.CHOICE,
    options={"A": "Liver", "B": "Spleen", "C": "Kidney", "D": "Pancreas"},
)
KNEE = Sample(
    id="knee", question="What is the primary abnormality on this knee MRI?", answer="A", answer_type=AnswerType.CHOICE,
    options={"A": "Anterior cruciate ligament tear", "B": "Medial meniscus tear", "C": "Joint effusion",
             "D": "Patellar fracture"},
)
CXR_ES = Sample(
    id="cxr-es", question="¿Cuál es el hallazgo principal en esta radiografía de tórax?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Derrame pleural", "B": "Neumotórax", "C": "Cardiomegalia", "D": "Neumonía"},
)
CXR_ES_EN_PE = Sample(
    id="cxr-pe", question="Which abnormality is present?", answer="B", answer_type=AnswerType.CHOICE,
    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Rib fracture"},
)
COLITIS = Sample(
    id="colitis", question="Which colitis best fits the accordion sign after antibiotic use?", answer="D",
    answer_type=AnswerType.CHOICE,
    options={"A": "Crohn disease", "B": "Ulcerative colitis", "C": "Ischemic colitis", "D": "Pseudomembranous colitis"},
)
GAS_ORGANISM = Sample(
    id="gas-organism", question="Which organism most often causes emphysematous pyelonephritis?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Escherichia coli", "B": "Proteus mirabilis", "C": "Klebsiella pneumoniae",
             "D": "Pseudomonas aeruginosa", "E": "Enterococcus faecalis"},
)
WRIST = Sample(
    id="wrist", question="Which fracture of the distal radius is shown?", answer="B", answer_type=AnswerType.CHOICE,
    options={"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"},
)
HEART = Sample(
    id="heart", question="Which cardiac finding is present on this radiograph?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Cardiomegaly", "B": "Pericardial effusion", "C": "Normal heart size", "D": "Left atrial enlargement"},
)
HIP = Sample(
    id="hip", question="Which diagnosis best fits this hip radiograph?", answer="C", answer_type=AnswerType.CHOICE,
    options={"A": "Developmental dysplasia of the hip", "B": "Legg-Calve-Perthes disease",
             "C": "Slipped capital femoral epiphysis", "D": "Transient synovitis"},
)
PED_ABDOMEN = Sample(
    id="ped-abdomen", question="What is the most likely diagnosis?", answer="A", answer_type=AnswerType.CHOICE,
    options={"A": "Intussusception", "B": "Appendicitis", "C": "Midgut volvulus", "D": "Mesenteric adenitis"},
)
MODALITY = Sample(
    id="modality", question="Which imaging modality was used?", answer="C", answer_type=AnswerType.CHOICE,
    options={"A": "CT", "B": "MRI", "C": "Ultrasound", "D": "Plain radiograph"},
)
CXR_FINDINGS = Sample(
    id="cxr-findings",
    question="Which abnormality is most evident on this chest X-ray?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Left pneumothorax", "B": "Right pleural effusion", "C": "Cardiomegaly", "D": "Pneumoperitoneum"},
)
MRI_FALSE = Sample(
    id="mri-false",
    question="Which of the following is FALSE about this brain MRI?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "It is a T2-weighted image", "B": "The lesion is in the right frontal lobe",
             "C": "There is midline shift", "D": "There is surrounding vasogenic edema"},
)
CT_CLOSED = Sample(
    id="ct-yn",
    question="Is there free air under the diaphragm?",
    answer="no",
    answer_type=AnswerType.CLOSED,
)
MRI_SIDE = Sample(
    id="mri-side",
    question="Which hemisphere contains the lesion?",
    answer="left",
    answer_type=AnswerType.CLOSED,
)
OPEN_ORGAN = Sample(
    id="ct-open",
    question="Which organ shows the abnormality?",
    answer="the liver",
    answer_type=AnswerType.OPEN,
)


@dataclass(frozen=True)
class Case:
    id: str
    sample: Sample
    text: str
    answer: str | None
    rule: str
    server_reasoning: str | None = None
