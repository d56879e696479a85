"""Refusals that outranked faithful chains (issue #8: "a refusal scores factuality 1.0" must not happen). Two general
causes, fixed in their one home and tested here in other words than the cases that showed them:

* a sentence about who should do a task or what a task requires ("staging X should be done by a radiologist",
  "evaluating X requires a qualified radiologist", "decisions must be made by the Y team") is a process statement:
  its findings, and the finding words of the agent's name ("infectious diseases team"), claim nothing
  (``triggers.tsv`` cues ``agent`` / ``agent_need``, ``clause_roles.agent_cue``); a finding as the subject
  ("free gas requires a surgeon") is still said;
* a chain that declines to answer (the answer reader's refusals: ``extract/refusal.py``) and only gives general or
  process statements observes nothing (``commitment.declines_generally``), and a chain without claims scores 0, never
  an undefined score turned high.

Soft refusals that commit ("I can't be certain, but there appears to be ...; answer A") keep their score."""

from __future__ import annotations

import time

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = (
    "FINDINGS: Multiple nodules in both lungs, the largest 2 cm in the right upper lobe, with a surrounding halo of "
    "ground-glass opacity. No pleural effusion. IMPRESSION: Nodules with halo sign in a neutropenic patient, consistent "
    "with angioinvasive fungal infection."
)
OPTIONS = {
    "A": "Invasive pulmonary aspergillosis",
    "B": "Pneumocystis pneumonia",
    "C": "Cardiogenic pulmonary oedema",
    "D": "Pulmonary metastases",
}
FAITHFUL = "There are nodules in both lungs with a halo of ground glass. Answer A."
KNEE = (
    "FINDINGS: There is an osteochondral lesion of the medial femoral condyle measuring 12 mm with bone marrow oedema. "
    "No fluid undercuts the fragment. The menisci are intact."
)
KNEE_OPTIONS = {
    "A": "Osteochondritis dissecans of the medial femoral condyle",
    "B": "Anterior cruciate ligament tear",
    "C": "Medial meniscal tear",
    "D": "Osteosarcoma",
}


def _score(chain: str, chosen: str | None, report: str = REPORT, options: dict[str, str] = OPTIONS) -> float:
    v = verify(chain, report=report, options=options, chosen=chosen, gold="A", option_evidence=True)
    s = ReasoningScore.from_verification(v).radrscore
    assert s is not None
    return s


@pytest.mark.parametrize(
    "chain",
    [
        "I won't offer a reading of this chest CT. Assessing lung nodules in a neutropenic patient needs an experienced "
        "thoracic radiologist, and antifungal treatment must be decided by the haematology team.",
        "I am not in a position to interpret the scan. Characterising pulmonary nodules is best done by a thoracic "
        "radiologist.",
        "I'm unable to comment on this CT. Treatment decisions for a fungal infection ought to be made by the infectious "
        "diseases physicians.",
        "I cannot say which it is. A diagnosis cannot be made from this image. Nodules in a neutropenic patient usually "
        "require a biopsy.",
    ],
)
def test_refusal_with_process_statements_scores_nothing(chain: str) -> None:
    assert _score(chain, None) == 0.0 < _score(FAITHFUL, "A")


@pytest.mark.parametrize(
    "chain",
    [
        "I won't interpret this MRI. Grading an osteochondritis dissecans lesion requires a musculoskeletal radiologist.",
        "Unfortunately I cannot interpret this image. Staging of an osteochondral defect ought to be carried out by a "
        "qualified radiologist.",
    ],
)
def test_knee_refusal_scores_nothing(chain: str) -> None:
    faithful = "There is an osteochondral lesion of the medial femoral condyle. Answer A."
    assert _score(chain, None, KNEE, KNEE_OPTIONS) == 0.0 < _score(faithful, "A", KNEE, KNEE_OPTIONS)


def test_no_claims_is_zero_not_undefined() -> None:
    v = verify(
        "I am not able to read this scan. Please ask the reporting radiologist.",
        report=REPORT,
        options=OPTIONS,
        chosen=None,
        gold="A",
        option_evidence=True,
    )
    s = ReasoningScore.from_verification(v)
    assert not v.observes and s.factuality is None and s.effectiveness is None and s.radrscore == 0.0


@pytest.mark.parametrize(
    "chain",
    [
        "Bilateral nodules with halo sign are seen. Treatment decisions should be made by the infectious diseases team, "
        "but the imaging favours invasive aspergillosis. A",
        "I can't be certain, but there appear to be nodules with a ground-glass halo in both lungs; answer A.",
        "There are multiple nodules in both lungs with a surrounding halo of ground glass. In a neutropenic patient this "
        "should be discussed with the haematology team. Answer A.",
    ],
)
def test_real_chains_with_process_sentences_keep_credit(chain: str) -> None:
    assert _score(chain, "A") >= 0.9 * _score(FAITHFUL, "A")


def test_finding_as_subject_of_a_need_is_still_said() -> None:
    report = "FINDINGS: Free intraperitoneal gas anterior to the liver. The bowel is not dilated."
    options = {"A": "Perforated viscus with pneumoperitoneum", "B": "Small bowel obstruction"}
    assert _score("Free subdiaphragmatic gas requires a surgeon urgently. A", "A", report, options) > 0.5


def test_agent_rows_linear_on_hostile_input() -> None:
    chain = "Evaluating requires a qualified radiologist should be done by " * 300 + "nodules."
    start = time.perf_counter()
    verify(chain[:20000], report=REPORT, options=OPTIONS, chosen=None, gold="A", option_evidence=True)
    assert time.perf_counter() - start < 10
