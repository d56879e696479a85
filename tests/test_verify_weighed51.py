"""Weighed alternatives and general statements claim nothing of this image (issue #8, session 51, ``weighed_claims``).

Both ways: a general statement about a kind of finding ("Mesothelioma would give an effusion"), a doubted label
("Pneumonia: less likely ...") and a candidate's label under a weighing heading get no verdict; a claim about this image beside
them, a subject of this case, a side, a measurement, a word of seeing or a modal of possibility keep theirs.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict
from medstep.verify.weighed_claims import weighed_spans

CHEST = (
    "PA chest radiograph. Lungs clear. No pulmonary nodules or mass. Heart size normal. No pleural effusion. "
    "No pneumothorax. No consolidation. Hila normal."
)
EFFUSION = "PA chest radiograph. Small left pleural effusion. No pneumothorax. Lungs otherwise clear."
KIDNEY = "CT kidneys: 4 cm enhancing solid right renal mass. Incidental 1 cm simple cyst in the left kidney."
LUNG = "Chest radiograph: marked volume loss of the left upper zone after old thoracoplasty. No effusion."


def _contradicted(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.finding.concept for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED]


def _concepts(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.finding.concept for s in v.steps for fv in s.verdicts]


@pytest.mark.parametrize(
    ("clause", "spans"),
    [
        ("Mesothelioma would give a pleural effusion or pleural thickening - none is present.",
         ["Mesothelioma would give a pleural effusion or pleural thickening"]),
        ("A pleural collection with a fistula would instead be lens-shaped and make obtuse angles.",
         ["A pleural collection with a fistula would instead be lens-shaped and make obtuse angles"]),
        ("Sarcoidosis (B) can calcify nodes, but 25 years of sandblasting point to silicosis.",
         ["Sarcoidosis (B) can calcify nodes"]),
        ("Tension pneumothorax classically causes mediastinal shift.",
         ["Tension pneumothorax classically causes mediastinal shift"]),
        ("Mesothelioma tends to form a thick rind; here the lumps stay on the wall.",
         ["Mesothelioma tends to form a thick rind"]),
        ("Pneumonia: less likely given the absence of fever.", ["Pneumonia"]),
        ("Effusion: unlikely, the angles are sharp.", ["Effusion"]),
    ],
)
def test_weighed_parts(clause: str, spans: list[str]) -> None:
    assert [clause[a:b] for a, b in weighed_spans(clause)] == spans


@pytest.mark.parametrize(
    "clause",
    [
        "The effusion would explain the dullness.",  # a subject of this case
        "This opacity can be a consolidation.",
        "It tends to track along the fissure.",
        "A right pneumothorax would explain this.",  # a side in the subject
        "An effusion may be present.",  # a modal of possibility: a hedged claim of this image
        "A small effusion could be present at the base.",
        "An effusion can be seen at the left base.",  # a side and a word of seeing in the covered part
        "A pneumothorax would measure 2 cm.",  # a measurement
        "Pneumothorax would be seen here as a pleural line.",
        "Organising pneumonia usually gives bilateral peripheral opacities.",  # a side: kept, as a bare present verb is
        "Pneumothorax: small, left apical.",  # a label with a value
        "Lungs: clear.",
        "Cyst: no.",
        "Findings: there is a small effusion.",
        "A small effusion is seen at the left base.",
    ],
)
def test_claims_of_this_image_are_not_weighed(clause: str) -> None:
    assert weighed_spans(clause) == ()


def test_general_statement_claims_nothing() -> None:
    assert _contradicted("Pneumothorax would cause mediastinal shift.", CHEST) == []
    assert _contradicted("Tension pneumothorax classically causes mediastinal shift.", CHEST) == []
    assert _contradicted("A lung mass can cause a pleural effusion.", CHEST) == []


def test_general_statement_beside_a_claim_of_this_image() -> None:
    # the general statement's mass claims nothing; the turn to this image keeps its claim, contradicted by the report
    assert _contradicted("A lung mass can cause cardiomegaly, but there is a pleural effusion.", CHEST) == [
        "pleural_effusion"
    ]
    assert _contradicted("A lung mass can cause cardiomegaly; there is a large pleural effusion.", CHEST) == [
        "pleural_effusion"
    ]
    assert "pleural_effusion" in _contradicted(
        "Mesothelioma would give nodular pleural thickening; there is a pleural effusion.", CHEST
    )


def test_against_label_stays_a_weak_denial() -> None:
    # tried and dropped: read as weighed, it lost an error found on validation; "Against X:" still denies X
    assert weighed_spans("Against acute LUL collapse: this is chronic and chest-wall based.") == ()
    assert "atelectasis" in _contradicted("Against acute LUL collapse: this is chronic and chest-wall based.", LUNG)
    # what follows the colon is read as usual: a wrong denial there stays contradicted
    assert "atelectasis" in _contradicted("Against infection: there is no volume loss.", LUNG)


def test_doubted_label_claims_nothing() -> None:
    assert _contradicted("Pneumothorax: less likely given the preserved lung markings.", CHEST) == []


def test_candidate_set_aside_for_another_is_still_a_denial() -> None:
    # tried and dropped: "rather than a cyst" read as no denial lost two err-distractor chains' errors on their erroneous
    # line ("... from winding rather than a separate fracture" where the report has the fracture); it stays a denial
    assert "cyst" in _concepts("This is a truly enhancing solid lesion rather than a cyst.", KIDNEY)
    assert "cyst" in _contradicted("There is no cyst.", KIDNEY)


@pytest.mark.parametrize(
    ("chain", "report", "concept"),
    [
        ("There is a large left pleural effusion.", CHEST, "pleural_effusion"),  # a plain claim
        ("An effusion may be present.", CHEST, "pleural_effusion"),  # a hedged claim of this image
        ("A pleural effusion can be seen.", CHEST, "pleural_effusion"),  # a word of seeing after the modal
        ("An effusion can be seen at the left base.", CHEST, "pleural_effusion"),
        ("A mass can be seen in the right upper lobe.", CHEST, "mass"),
        ("No pleural effusion.", EFFUSION, "pleural_effusion"),  # the denied option stays a denial
        ("Pneumothorax: small, left apical.", CHEST, "pneumothorax"),
    ],
)
def test_near_misses_stay_contradicted(chain: str, report: str, concept: str) -> None:
    assert concept in _contradicted(chain, report)


BONES = CHEST + " The bony thorax is normal."


def test_candidate_labels_under_a_weighing_heading_claim_nothing() -> None:
    chain = ("Exclude the alternatives. - True pulmonary nodule: marker coincidence and stability argue against it. "
             "- Bone island: it lies between the ribs, not over a rib. Rest of the film: lungs otherwise clear.")
    assert _contradicted(chain, BONES) == []
    assert _contradicted("Differential:\n- Metastasis: no known primary, and it is stable.", CHEST) == []
    assert _contradicted("Why not the others?\n*Septic emboli (A):* possible pattern, but she has no fever.", CHEST) == []


def test_candidate_labels_near_misses() -> None:
    # a label whose value affirms or describes it claims it, under a weighing heading too
    assert _contradicted("Differential:\n- Pleural effusion: present on the left.", CHEST) == ["pleural_effusion"]
    # a label under a heading of findings is a finding
    assert _contradicted("Findings:\n- Pneumothorax: yes, apical.", CHEST) == ["pneumothorax"]
    # a denied label stays a denial (supported here, contradicted where the report has it)
    assert _contradicted("Differential:\n- Pleural effusion: none.", EFFUSION) == ["pleural_effusion"]
