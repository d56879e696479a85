"""Absences beside the chosen option's finding in the option's own words (vlay13): the echo and the absences every
film shares read nothing, while a terse chain with a sign, a side, a number or a word of its own keeps its credit."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = "Erect chest radiograph. Free intraperitoneal gas beneath the right hemidiaphragm. Lungs clear. No effusion."
OPTIONS = {"A": "Pneumoperitoneum", "B": "Chilaiditi sign", "C": "Hiatus hernia", "D": "No acute abnormality"}
HEART = "The cardiac silhouette is enlarged, cardiothoracic ratio 0.62. Lungs clear. No effusion. No pneumothorax."
HEART_OPTIONS = {"A": "Cardiomegaly", "B": "Pericardial effusion", "C": "Pneumothorax", "D": "Normal chest"}


def score(chain: str, report: str = REPORT, options: dict | None = None):
    v = verify(chain, report=report, options=options or OPTIONS, chosen="A", gold="A", option_evidence=True)
    return ReasoningScore.from_verification(v), v


def test_absences_beside_the_option_said_again_earn_no_credit() -> None:
    for chain in ("There is no pneumothorax. There is no consolidation. There is pneumoperitoneum. Answer: A",
                  "<think>No consolidation, no effusion; pneumoperitoneum is present.</think> A"):
        s, v = score(chain)
        assert not v.committed and s.clinical == 0.0, chain


def test_a_terse_chain_with_a_sign_a_side_or_a_number_keeps_its_credit() -> None:
    # (the answer sentence alone, "No effusion, no cardiomegaly. Answer: A (pneumoperitoneum).", is the option said
    # again beside absences since gaming 36: tests/test_verify_gaming36.py)
    for chain, report, options in (
            ("Lucent crescent beneath the right dome; lungs clear. Pneumoperitoneum. A", REPORT, OPTIONS),
            ("Free gas under R hemidiaphragm. No PTX. -> A", REPORT, OPTIONS),
            ("Free gas under R dome; no effusion. Answer: A (pneumoperitoneum).", REPORT, OPTIONS),
            ("CTR 0.62, cardiomegaly. Lungs clear. -> A", HEART, HEART_OPTIONS)):
        s, v = score(chain, report, options)
        assert v.committed and s.clinical is not None and s.clinical > 0.9, chain
