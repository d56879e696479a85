"""The chosen option's text said again beside true absences (issue #8, gaming 36): "{option}. No X; no Y; no Z."
scored at or above a real one-error chain in 35 of 99 case pairs (RadRScore) before, because the option's text as a
sentence of its own is read as the option listed (a mention not claimed) and that kept the benefit of the doubt an
unread observation gets. The option's words said again are no observation wherever they stand (a sentence, a bullet,
the answer line), and the absences every film shares are no reason for an abnormal answer; a chain that says the
finding in words of its own keeps its credit."""

from __future__ import annotations

import time

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = (
    "PA chest radiograph. Large right pneumothorax with a visible visceral pleural line. No pleural effusion. "
    "Heart size normal. No consolidation."
)
OPTIONS = {
    "A": "Right pneumothorax",
    "B": "Right lower lobe atelectasis",
    "C": "Right pleural effusion",
    "D": "Right hilar mass",
}
# a long option with a hedge and words of the domain the verifier reads as claims when said as a sentence
MASS = "Spiculated right upper lobe mass with right hilar lymphadenopathy, suspicious for primary lung cancer."
MASS_OPTIONS = {
    "A": MASS[:-1],
    "B": "Right upper lobe consolidation in keeping with pneumonia",
    "C": "Multiple bilateral pulmonary nodules suggesting metastases",
    "D": "Benign calcified granuloma in the right upper lobe",
}
HEART = "Globular enlargement of the cardiac silhouette, new since 4 weeks. Lungs clear. No pleural effusion."
HEART_OPTIONS = {
    "A": "Pericardial effusion",
    "B": "Cardiomegaly from dilated cardiomyopathy",
    "C": "Pneumothorax",
    "D": "Normal chest",
}


def score(chain: str, report: str = REPORT, options: dict | None = None, chosen: str = "A"):
    v = verify(chain, report=report, options=options or OPTIONS, chosen=chosen, gold=chosen, option_evidence=True)
    return ReasoningScore.from_verification(v), v


@pytest.mark.parametrize(
    "chain",
    [
        "Right pneumothorax. No pleural effusion; no cardiomegaly; no consolidation. Answer A.",
        "Right pneumothorax. No pleural effusion. No cardiomegaly. No consolidation. Answer A.",
        "Right pneumothorax. This argues against pleural effusion, cardiomegaly and consolidation. Answer A.",
        "- right pneumothorax\n- No pleural effusion\n- No cardiomegaly\n- No consolidation\nAnswer: A",
        "<think>Right pneumothorax. No pleural effusion, no cardiomegaly, no consolidation.</think> Answer: A",
        "No pleural effusion; no cardiomegaly; no consolidation. Answer: A (right pneumothorax).",
    ],
)
def test_the_option_said_again_beside_absences_earns_nothing(chain: str) -> None:
    s, v = score(chain)
    assert not v.committed and s.clinical == 0.0 and s.radrscore == 0.0, chain


def test_a_long_option_said_again_whatever_it_holds_earns_nothing() -> None:
    # read as claims (a hedge "suspicious for", words of the domain): the sentence is still the option's text
    report = f"{MASS} No pneumothorax. No pleural effusion. Heart size normal."  # the absences are true
    s, v = score(
        f"{MASS} No pneumothorax; no pleural effusion; no cardiomegaly. Answer A.", report=report, options=MASS_OPTIONS
    )
    assert not v.committed and s.clinical == 0.0


def test_the_finding_in_words_of_its_own_keeps_its_credit() -> None:
    for chain in (
        "Visceral pleural line at the right apex with absent markings beyond. No pleural effusion. Answer A.",
        "Large R pneumothorax, lung edge visible. No effusion. Answer A.",
        "There is a large right pneumothorax. No pleural effusion; no consolidation. Answer A.",
    ):
        s, v = score(chain)
        assert v.committed and s.clinical is not None and s.clinical > 0.5, chain


def test_a_terse_chain_with_a_number_beside_the_option_keeps_its_credit() -> None:
    # retired blind 11 b11-v96 (terse, faithful): the option's words plus a sentence of its own
    s, v = score(
        "Globular heart CTR 0.70, new in 4 wk, clear lungs. Pericardial effusion. A.",
        report=HEART,
        options=HEART_OPTIONS,
    )
    assert v.committed and s.clinical is not None and s.clinical > 0.5


def test_absences_are_the_observation_of_a_normal_answer() -> None:
    options = {"A": "Right pneumothorax", "B": "No acute abnormality"}
    s, v = score(
        "No acute abnormality. No pneumothorax; no pleural effusion. Answer B.",
        report="Normal chest. No pneumothorax. No pleural effusion.",
        options=options,
        chosen="B",
    )
    assert v.committed and s.clinical is not None and s.clinical > 0.5


def test_a_long_hostile_echo_stays_linear() -> None:
    # the option said again 2,000 times beside as many absences: the step test reads each word once
    chain = "Right pneumothorax. " * 1000 + "No pleural effusion; " * 1000 + "Answer A."
    started = time.perf_counter()
    _, v = score(chain)
    assert not v.committed and time.perf_counter() - started < 20


@pytest.mark.parametrize(
    "chain",
    [
        "Right pneumothorax in the chest. No pleural effusion. No cardiomegaly. No consolidation. Answer A.",
        "Right pneumothorax; lungs otherwise. No pleural effusion. No cardiomegaly. No consolidation. Answer A.",
        "Right pneumothorax, rest normal. No pleural effusion. No cardiomegaly. No consolidation. Answer A.",
        "Likely right pneumothorax. No pleural effusion; no cardiomegaly; no consolidation. Answer A.",
        "Possible right pneumothorax. No pleural effusion. No cardiomegaly. No consolidation. Answer A.",
    ],
)
def test_an_organ_word_a_normal_rest_or_a_hedge_beside_the_echo_earns_nothing(chain: str) -> None:
    # (review of gaming 36) the organ the image shows ("in the chest"), the rest said normal and a hedge observe
    # nothing of the answer's finding: each kept the echo's credit in about 30 of 104 bench_gaming pairs
    s, v = score(chain)
    assert not v.committed and not s.clinical, chain


@pytest.mark.parametrize(
    "chain",
    [
        "R pneumo, no eff, no cardiomegaly. Answer: A (right pneumothorax).",
        "Pneumo on R, no eff. A (right pneumothorax)",
        "Right pneumothorax at the apex, no effusion. A",
    ],
)
def test_a_terse_comma_chain_keeps_the_credit_of_its_shorthand(chain: str) -> None:
    # "R pneumo, no eff" is one negated clause (the splitter does not cut at ", no"): its words before the denial
    # ("pneumo": a domain word cut short) may observe the answer's finding, as they do after a semicolon
    s, v = score(chain)
    assert v.committed and s.clinical is not None and s.clinical > 0.5, chain


@pytest.mark.parametrize(
    "chain",
    [
        "Right pneumothorax, sharp pleural line. No effusion. A",
        "Right pneumothorax, pleural line sharp. No effusion. A",
        "Right pneumothorax, lung collapsed toward hilum, rest normal. A",
    ],
)
def test_an_observation_beside_a_normal_word_keeps_its_credit(chain: str) -> None:
    # a normal phrase opening its chunk describes what follows ("sharp pleural line"), and a long word of the domain
    # in a normality statement may still observe ("pleural line sharp"): only the remainder said normal is set aside
    s, v = score(chain)
    assert v.committed and s.clinical is not None and s.clinical > 0.5, chain


def test_a_terse_sign_read_in_another_sense_keeps_its_credit() -> None:
    # "meniscus" is read as the knee's menisci; before a denial in a chest case it may be the effusion's sign
    report = "Moderate left pleural effusion with a meniscus. No pneumothorax."
    options = {"A": "Right pneumothorax", "B": "Left pleural effusion", "C": "Cardiomegaly", "D": "Normal chest"}
    s, v = score("Meniscus L, no PTX. Answer: B (left pleural effusion).", report=report, options=options, chosen="B")
    assert v.committed and s.clinical is not None and s.clinical > 0.5


def test_the_unread_word_guards_stay_linear() -> None:
    # a 20k-character hostile chain of normal chunks, organ words and shorthand beside the echo
    chain = "Right pneumothorax, rest normal, lungs otherwise, pneumo in the chest; " * 300 + "no effusion. A"
    assert len(chain) > 20000
    started = time.perf_counter()
    score(chain)
    assert time.perf_counter() - started < 20
