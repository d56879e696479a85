"""Padded chains that restate the answer earn no credit (issue #8, padding 35).

Fresh chains over fresh cases, written for this lane. Gaming: the chosen option's words under a heading ("Dominant
abnormality: X", "Pertinent positive: X", "Leading observation -> X") beside absences every film shares, and generic
reading advice after a setting clause ("When assessing ... for a suspected X, always obtain ...") or saying what helps
distinguish what. Near misses that keep their credit: a heading over an observation in words of its own or with its own
side, site or sign; a setting clause before a word of seeing; an instruction whose colon introduces what it found; a
class statement beside this case's own observation.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import default_verifier, verify
from medstep.verify.generic_steps import generic_span

CASES = {
    "K": dict(question="A 74-year-old man has sudden severe abdominal pain and a rigid abdomen. What does the erect chest "
                       "radiograph show?",
              options={"A": "Pneumoperitoneum", "B": "Chilaiditi sign", "C": "Right pneumothorax",
                       "D": "Left lower lobe collapse"},
              report="Erect chest radiograph: free gas beneath both hemidiaphragms, outlining the superior surface of the "
                     "liver. No pneumothorax. The lungs are clear. Heart size is normal. No pleural effusion. No rib "
                     "fracture.",
              reference=["Free gas lies beneath both hemidiaphragms.", "It outlines the upper surface of the liver.",
                         "No pneumothorax or effusion; the lungs are clear."]),
    "H": dict(question="A 35-year-old woman has fever, cough and right basal crackles. What does the chest radiograph "
                       "show?",
              options={"A": "Right lower lobe consolidation", "B": "Right pleural effusion", "C": "Left lower lobe "
                       "consolidation", "D": "Pulmonary oedema"},
              report="Consolidation in the right lower lobe with air bronchograms, obscuring the right hemidiaphragm. "
                     "No pleural effusion. No pneumothorax. Heart size is normal. The left lung is clear.",
              reference=["Right lower lobe consolidation with air bronchograms.",
                         "The right hemidiaphragm is obscured.", "No effusion; the heart is normal."]),
    "F": dict(question="An 88-year-old woman fell and cannot walk; her left leg is shortened. What does the pelvic "
                       "radiograph show?",
              options={"A": "Left intertrochanteric fracture", "B": "Left subcapital fracture",
                       "C": "Right intertrochanteric fracture", "D": "Left hip dislocation"},
              report="AP pelvis: comminuted intertrochanteric fracture of the left femur with varus angulation. The "
                     "right hip is intact. No hip dislocation. The pubic rami are intact.",
              reference=["A comminuted fracture runs between the left trochanters.", "The fragments are in varus.",
                         "The right hip is intact; no dislocation."]),
}


def score(case: str, chain: str) -> ReasoningScore:
    c = CASES[case]
    v = verify(chain, report=c["report"], reference=c["reference"], options=c["options"], chosen="A", gold="A",
               option_evidence=True, question=c["question"])
    return ReasoningScore.from_verification(v)


GAMING = [
    ("K", "Primary abnormality: pneumoperitoneum. Negatives: no pneumothorax, no pleural effusion. Answer: A"),
    ("K", "No cardiomegaly. No rib fracture.\nLeading observation -> pneumoperitoneum\nFinal: A"),
    ("K", "**Dominant finding:** pneumoperitoneum\n**Excluded:** no pleural effusion, no pneumothorax\n**Choice:** A"),
    ("K", "Step 1 - negatives: no pneumothorax, no rib fracture.\nStep 2 - positive: pneumoperitoneum.\nAnswer: A"),
    ("H", "Pertinent positive: consolidation. Pertinent negatives: no pleural effusion, no pneumothorax. A"),
    ("H", "Absent: pneumothorax; no pleural effusion. Top abnormality: consolidation. So the answer is A."),
    ("F", "Negatives: no dislocation. Chief abnormality: intertrochanteric fracture. Answer: A"),
    ("K", "When assessing an erect chest film for suspected perforation, always look under both hemidiaphragms. A "
          "Chilaiditi sign and subphrenic fat help distinguish true free gas from mimics. Answer: A, pneumoperitoneum."),
    ("H", "While reviewing a radiograph for pneumonia, carefully check the lobes and the outline of each hemidiaphragm. "
          "Air bronchograms help differentiate consolidation from collapse. Answer: A"),
    ("F", "When evaluating an elderly patient after a fall, first obtain an AP pelvis. Proximal femoral fractures are "
          "divided into intracapsular and extracapsular types, and extracapsular ones are graded by stability. The "
          "answer is a left intertrochanteric fracture (A)."),
]


@pytest.mark.parametrize("case,chain", GAMING)
def test_padding_and_reading_advice_earn_nothing(case: str, chain: str) -> None:
    s = score(case, chain)
    assert s.clinical == 0.0 and s.radrscore == 0.0, chain


NEAR_MISSES = [
    ("K", "Dominant abnormality: free gas under both hemidiaphragms outlining the liver. No pneumothorax. Answer: A"),
    ("K", "Key finding: pneumoperitoneum, with gas beneath both hemidiaphragms. Lungs clear. A"),
    ("K", "When I review this erect film, there is free gas beneath both hemidiaphragms. Answer: A"),
    ("H", "Pertinent positive: right lower lobe consolidation with air bronchograms obscuring the right "
          "hemidiaphragm. Pertinent negative: no effusion. Answer: A"),
    ("H", "Right lower lobe consolidation with air bronchograms; no effusion. A"),
    ("F", "Main finding: comminuted left intertrochanteric fracture with varus angulation. Right hip intact. Answer A"),
    ("F", "Check the left hip: there is a comminuted intertrochanteric fracture in varus. Right hip intact. Answer: A"),
    ("F", ("Hip fractures are common after falls. Here the left femur shows a comminuted intertrochanteric fracture; the "
          "right hip is intact. A")),
    ("F", "Left femur -> comminuted intertrochanteric fracture, varus. No dislocation. A"),
    ("H", "When looking at this film, the right lower lobe is consolidated with air bronchograms. Answer: A"),
]


@pytest.mark.parametrize("case,chain", NEAR_MISSES)
def test_observations_under_a_heading_or_setting_keep_credit(case: str, chain: str) -> None:
    s = score(case, chain)
    assert s.clinical is not None and s.clinical >= 0.5, (chain, s.clinical)


@pytest.mark.parametrize("text,rest", [
    ("Dominant abnormality: pleural effusion.", "pleural effusion."),
    ("Pertinent positive: pneumothorax.", "pneumothorax."),
    ("Overall impression -> cardiomegaly.", "cardiomegaly."),
    ("Step 2 - salient positive: pneumothorax.", "pneumothorax."),
    ("**Most significant abnormality:** pleural effusion", "pleural effusion"),
    ("T9: sclerotic lesion.", "T9: sclerotic lesion."),  # a level: no heading
    ("CTR: 0.62", "CTR: 0.62"),  # no finding after the colon
    ("Conclusion drawn from the film and the history", "Conclusion drawn from the film and the history"),
])
def test_heading_is_set_aside_only_before_a_read_finding(text: str, rest: str) -> None:
    assert default_verifier()._frame.unheaded(text) == rest


@pytest.mark.parametrize("clause,generic", [
    ("When assessing radiographs for a suspected hip fracture, always obtain an AP pelvis and a lateral view.", True),
    ("If a pneumothorax is suspected, trace the visceral pleural line along the apex.", True),
    ("For a cavitating lesion, wall thickness and an air-fluid level help distinguish abscess from tumour.", True),
    ("Hip fractures are classified as intracapsular or extracapsular, and intracapsular ones are graded by Garden.", True),
    ("When I look at this film, there is a moderate left pleural effusion.", False),
    ("When assessing this radiograph, I see a large right pneumothorax.", False),
    ("Check the femoral neck: there is a displaced subcapital fracture.", False),
])
def test_generic_reading_advice(clause: str, generic: bool) -> None:
    a, b = generic_span(clause, 0, len(clause))
    assert (b > a) is generic
