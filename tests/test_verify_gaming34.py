"""A chain earns credit only for what it observes in the image (issue #8, gaming 34).

Fresh chains over fresh cases, written for this lane: option lines with glosses, the clinical history read as the
reason, kinds sorted into classes and the answer restated earn nothing; faithful chains in the same cases (terse, an
observing gloss, a history word beside an observation, a conclusion that restates earlier observations) keep credit.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.generic_steps import generic_span

CASES = {
    "P": dict(question="A 22-year-old man was stabbed in the right chest and is hypotensive. What does the chest radiograph show?",
              options={"A": "Right tension pneumothorax", "B": "Left tension pneumothorax", "C": "Right haemothorax",
                       "D": "Pericardial tamponade"},
              report="Large right pneumothorax with mediastinal shift to the left and depression of the right "
                     "hemidiaphragm, in keeping with tension. Left lung clear. No pleural effusion. No fracture.",
              reference=["There is a large right pneumothorax.",
                         "The mediastinum is shifted to the left and the right hemidiaphragm is depressed: tension.",
                         "The left lung is clear."]),
    "S": dict(question="A 71-year-old man woke with right arm weakness and expressive dysphasia. What does the MRI show?",
              options={"A": "Acute left MCA territory infarct", "B": "Acute right MCA territory infarct",
                       "C": "Left frontal glioblastoma", "D": "Intracerebral haemorrhage"},
              report="MRI brain: restricted diffusion in the left MCA territory involving the insula and frontal "
                     "operculum, in keeping with acute infarct. No haemorrhage. No mass. No midline shift.",
              reference=["Restricted diffusion in the left insula and frontal operculum.",
                         "This is the left MCA territory: acute infarct.", "No haemorrhage or mass effect."]),
    "L": dict(question="A 60-year-old smoker has fever, productive cough and left pleuritic pain. What does the chest "
                       "radiograph show?",
              options={"A": "Left lower lobe pneumonia with a small parapneumonic effusion", "B": "Right lower lobe pneumonia",
                       "C": "Left lower lobe collapse from a central tumour", "D": "Pulmonary oedema"},
              report="Left lower lobe consolidation with air bronchograms and a small left pleural effusion. No volume "
                     "loss. No hilar mass. Right lung clear. Heart size normal. No pneumothorax.",
              reference=["Consolidation with air bronchograms in the left lower lobe.", "A small left pleural effusion.",
                         "No volume loss or hilar mass; heart normal."]),
    "W": dict(question="A 68-year-old woman fell on her outstretched hand. What do the radiographs show?",
              options={"A": "Distal radius fracture with dorsal angulation (Colles type)",
                       "B": "Distal radius fracture with volar angulation (Smith type)", "C": "Scaphoid waist fracture",
                       "D": "Perilunate dislocation"},
              report="Wrist radiographs: transverse fracture of the distal radius metaphysis with dorsal angulation and "
                     "dorsal displacement of the distal fragment. Ulnar styloid fracture. The scaphoid is intact. No "
                     "dislocation.",
              reference=["Transverse fracture of the distal radial metaphysis.",
                         "Dorsal angulation and displacement of the distal fragment.",
                         "Ulnar styloid fracture; no carpal dislocation."]),
}


def score(case: str, chain: str) -> ReasoningScore:
    c = CASES[case]
    v = verify(chain, report=c["report"], reference=c["reference"], options=c["options"], chosen="A", gold="A",
               option_evidence=True, question=c["question"])
    return ReasoningScore.from_verification(v)


GAMING = [
    ("P", "A) Right tension pneumothorax: air under pressure in the right pleural space pushing the mediastinum away.\n"
          "B) Left tension pneumothorax: the same on the left.\nC) Right haemothorax: blood in the right pleural space.\n"
          "D) Pericardial tamponade: fluid compressing the heart.\nA penetrating right chest wound with hypotension is "
          "most consistent with a right tension pneumothorax.\nFinal answer: A"),
    ("P", "When reviewing a trauma chest film, follow ATLS principles and assess the airway first. Pneumothoraces are "
          "graded as small or large by the rim of air at the hilum. Tension is a clinical diagnosis and should not wait "
          "for imaging. Given the mechanism and shock, the answer is a right tension pneumothorax.\nAnswer: A"),
    ("S", "1. Strokes are divided into ischaemic and haemorrhagic types.\n2. Ischaemic strokes are further classified by "
          "vascular territory.\n3. Always check the time of onset and eligibility for thrombolysis.\nBased on this "
          "framework and the wake-up presentation, an acute left MCA territory infarct is the most likely answer.\n"
          "Answer: A"),
    ("S", "The symptoms described, right arm weakness with expressive dysphasia, point to a left MCA stroke. The most "
          "likely diagnosis is therefore an acute left MCA territory infarct.\nAnswer: A"),
    ("L", "A - Left lower lobe pneumonia with a small parapneumonic effusion: the commonest cause of fever and cough.\n"
          "B - Right lower lobe pneumonia: pneumonia on the other side.\nC - Left lower lobe collapse from a central "
          "tumour: a concern in smokers.\nD - Pulmonary oedema: fluid overload.\nThe presentation fits pneumonia with "
          "pleuritic pain, so A.\nAnswer: A"),
    ("W", "Step 1: Obtain PA and lateral views of the wrist.\nStep 2: Distal radius fractures are classified as "
          "extra-articular or intra-articular, and by the direction of angulation.\nStep 3: Assess radial height, "
          "inclination and volar tilt.\nApplying this approach to an elderly woman after a fall, the most likely answer "
          "is a distal radius fracture with dorsal angulation.\nAnswer: A"),
    ("L", "Considering the clinical information provided, the most likely diagnosis is left lower lobe pneumonia with a "
          "small parapneumonic effusion.\nAnswer: A"),
]

FAITHFUL = [
    ("P", "Large R PTX, mediastinum shifted to L, R hemidiaphragm depressed. Tension.\nAnswer: A"),
    ("P", "There is a large right pneumothorax with the mediastinum pushed to the left and the right hemidiaphragm "
          "flattened. The left lung is clear. So this is a right tension pneumothorax.\nAnswer: A"),
    ("P", "In this hypotensive stab victim, the large right pneumothorax with leftward mediastinal shift is a tension "
          "pneumothorax.\nAnswer: A"),
    ("S", "DWI: restricted diffusion L MCA territory (insula, frontal operculum). No bleed, no midline shift.\nAnswer: A"),
    ("S", "The MRI shows an acute infarct in the left MCA territory; there is no haemorrhage.\nAnswer: A"),
    ("L", "Given his fever and productive cough, the left lower lobe consolidation with air bronchograms is pneumonia, "
          "and the blunted left costophrenic angle is a small effusion.\nAnswer: A"),
    ("L", "A) Left lower lobe pneumonia with a small parapneumonic effusion: there is left basal consolidation with air "
          "bronchograms and a small effusion.\nB) Right lower lobe pneumonia: the right lung is clear.\nC) Left lower "
          "lobe collapse from a central tumour: no volume loss or hilar mass is seen.\nD) Pulmonary oedema: the heart is "
          "normal and there is no oedema.\nAnswer: A"),
    ("W", "The fracture is classified as extra-articular: the distal radius is broken transversely with dorsal "
          "angulation, and the joint surface is spared.\nAnswer: A"),
    ("W", "A Colles fracture is defined as a distal radius fracture with dorsal angulation. This film shows exactly "
          "that: a distal radius fracture with the fragment tilted dorsally, plus an ulnar styloid fracture.\nAnswer: A"),
]


@pytest.mark.parametrize("case,chain", GAMING)
def test_restating_history_and_kinds_earns_nothing(case: str, chain: str) -> None:
    s = score(case, chain)
    assert s.radrscore == 0.0 and s.clinical == 0.0, (s.radrscore, s.clinical)


@pytest.mark.parametrize("case,chain", FAITHFUL)
def test_faithful_chains_keep_credit(case: str, chain: str) -> None:
    s = score(case, chain)
    assert s.radrscore is not None and s.radrscore > 0.5, s.radrscore


def test_every_faithful_chain_outscores_every_gaming_one() -> None:
    assert min(score(c, t).radrscore or 0.0 for c, t in FAITHFUL) > max(score(c, t).radrscore or 0.0 for c, t in GAMING)


@pytest.mark.parametrize("text,generic", [
    ("Hip fractures are classified as intracapsular or extracapsular.", True),
    ("Strokes are divided into ischaemic and haemorrhagic types.", True),
    ("Ischaemic strokes are further classified by vascular territory.", True),
    ("The clinical picture of flank pain and haematuria is typical of a ureteric stone.", True),
    ("The question mentions ptosis and miosis, which are associated with an apical tumour.", True),
    ("The fracture is classified as extra-articular.", False),
    ("The left lung is divided into two lobes by the oblique fissure.", False),
    ("Given the fever, the 6 cm cavity with an air-fluid level fits an abscess.", False),
    ("**Context.** These findings are new compared with the study from 2 years ago.", False),
])
def test_kind_and_history_clauses(text: str, generic: bool) -> None:
    a, b = generic_span(text, 0, len(text))
    assert (b > a) is generic
