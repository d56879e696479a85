"""Gaming that kept clinical credit after session 11 (vgame12): a normal template or true absences beside an
abnormal answer, the answer's finding put on both sides, and chains that commit to nothing."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = "PA chest radiograph. Large right pneumothorax with a visible visceral pleural line. No pleural effusion. " \
         "Heart size normal."
OPTIONS = {"A": "Right pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "No acute abnormality"}
FREE_GAS = "Erect chest radiograph. Free intraperitoneal gas beneath the diaphragm. Lungs clear."
GAS_OPTIONS = {"A": "Pneumoperitoneum", "B": "Chilaiditi sign", "C": "Hiatus hernia", "D": "No acute abnormality"}


def score(chain: str, chosen: str | None = "A", report: str = REPORT, options: dict | None = None):
    v = verify(chain, report=report, options=options or OPTIONS, chosen=chosen, gold="A", option_evidence=True)
    return ReasoningScore.from_verification(v), v


def test_a_normal_template_beside_an_abnormal_answer_earns_no_credit() -> None:
    for chain in ("Heart normal size. Lungs clear. No effusion. Bones unremarkable. -> A",
                  "There is no pleural effusion. There is no cardiomegaly. There is no rib fracture. Answer: A"):
        s, v = score(chain)
        assert not v.committed and s.clinical == 0.0, chain
    faithful, _ = score("There is a large right pneumothorax. No pleural effusion. The heart is normal. Answer: A")
    assert faithful.clinical is not None and faithful.clinical > 0.9


def test_absences_keep_their_credit_beside_an_observation_a_hedge_or_an_unread_sentence() -> None:
    for chain in ("A visceral pleural line is seen on the right. No pleural effusion. Answer: A",
                  "Probably a right pneumothorax with a visible pleural edge. No pleural effusion. Answer: A",
                  "The right lung edge has pulled away from the chest wall. No pleural effusion. Answer: A"):
        s, v = score(chain)
        assert v.committed and s.clinical is not None and s.clinical > 0, chain


def test_a_hedged_echo_of_the_option_beside_absences_earns_nothing() -> None:
    # (gaming 36 repair, a coordinator's decision) A hedge added to the option's words ("Probably a right
    # pneumothorax.", "Likely {G}.") is still only the option's words: the hedge observes nothing of the image, and
    # keeping its credit let "Likely {G}. No N1; no N2; no N3." game 30 of 104 bench_gaming pairs. This case kept
    # its credit before; a hedged finding with something of its own (the case above) still does.
    for chain in ("Probably a right pneumothorax. No pleural effusion. Answer: A",
                  "Likely right pneumothorax. No pleural effusion; no cardiomegaly. Answer: A"):
        s, v = score(chain)
        assert not v.committed and not s.clinical, chain


def test_absences_are_the_observation_of_a_normal_answer() -> None:
    v = verify("Lungs clear. No pleural effusion. No pneumothorax. Answer: D", report="Normal chest. Lungs clear.",
               options=OPTIONS, chosen="D", gold="D", option_evidence=True)
    assert v.committed and v.clinical is not None and v.clinical.score == 1.0


def test_a_finding_put_on_both_sides_where_the_evidence_gives_none_is_an_echo() -> None:
    s, v = score("On the right there is pneumoperitoneum. On the left there is pneumoperitoneum. Answer: A",
                 report=FREE_GAS, options=GAS_OPTIONS)
    assert not v.committed and s.clinical == 0.0
    both, v = score("Free gas lies under both hemidiaphragms. Answer: A",
                    report="Free gas beneath both hemidiaphragms, more on the right.", options=GAS_OPTIONS)
    assert v.committed


def test_a_chain_that_commits_to_nothing_scores_zero_below_a_real_attempt_with_an_error() -> None:
    refusal, v = score("I cannot interpret medical images. Answer: A")
    hedged, _ = score("There may be a pneumothorax, or maybe an effusion. Answer: A")
    wrong_side, _ = score("There is a large left pneumothorax. No pleural effusion. Answer: A")
    assert not v.observes and refusal.clinical == 0.0 and hedged.clinical == 0.0
    assert wrong_side.clinical is not None and wrong_side.clinical > 0.0
    assert v.clinical is not None and v.clinical.missed_findings >= 1  # the errors stay listed
    assert verify("I cannot interpret medical images.").clinical is None  # nothing to compare with


def test_terse_faithful_chains_naming_the_finding_in_short_words_keep_their_credit() -> None:
    # (the finding named only in the answer line, in the option's words, is the option said again: gaming 36,
    # tests/test_verify_gaming36.py)
    for chain in ("Large R pneumo; no eff; heart nl. -> A",
                  "R pneumo; no eff; no cardiomegaly. Answer: A (right pneumothorax).",
                  "R pneumo, no eff, no cardiomegaly. Answer: A (right pneumothorax).",
                  "Rt pneumo, no effusion, no consolidation. -> A (right pneumothorax)"):
        _, v = score(chain)
        assert v.committed, chain
