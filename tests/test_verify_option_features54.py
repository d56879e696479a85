"""A wrong option denies its head, not the kinds and features it describes it with (verify/option_features.py; issue
#8, session 54 lane faithful54).

"Sarcoidosis with perilymphatic nodules", "Infected emphysematous bulla", "Haemorrhagic corpus luteum cyst",
"Calcified asbestos-related pleural plaques": when the option is wrong and its head is not the gold option's, the
head is the evidence of absence and its parts are unknown. Where the head is shared with the gold option, the part
is what makes the option wrong and stays denied; two heads joined by "and", a cause ("due to", "from") and an option
of one finding read as before. Sentences of our own, shaped on the dev tier-3 chains that were contradicted
(b51-v001..v003, b32-v021, b35-v092, b40-v022).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.option_features import described_parts
from medstep.verify.regions import NO_REGION
from medstep.verify.verdicts import Verdict
from medstep.verify.verifier import Verifier

_V = Verifier()


def _contradicted(chain: str, report: str, options: dict[str, str], gold: str) -> list[str]:
    v = verify(chain, report=report, options=options, chosen=gold, gold=gold, option_evidence=True)
    return [fv.finding.concept for s in v.steps for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


def _denied(options: dict[str, str], gold: str) -> list[tuple[str, str]]:
    """(letter, concept) of every distractor finding the option evidence denies."""
    ev = _V._option_evidence(options, gold, NO_REGION)
    return sorted((sf.source[7:-1], sf.finding.concept) for sf in ev if sf.source != f"option[{gold}]")


@pytest.mark.parametrize("text, denied, expected", [
    ("Sarcoidosis with perilymphatic nodules", (True, True), {1}),  # a feature after "with"
    ("Infected emphysematous bulla", (True, True), {0}),  # a kind before its head
    ("Haemorrhagic corpus luteum cyst", (True, True), {0}),
    ("Calcified asbestos-related pleural plaques", (True, True), {0}),
    # the head shared with the gold option (not denied): the part is what is wrong, it stays
    ("Infected emphysematous bulla", (True, False), set()),
    ("Sarcoidosis with perilymphatic nodules", (False, True), set()),
    # two heads, a cause: as before
    ("Pleural effusion and pneumothorax", (True, True), set()),
    ("Bilateral pleural effusions due to heart failure", (True, True), set()),
    ("Septic pulmonary emboli from line infection", (True, True), set()),
    ("Pneumothorax, pleural effusion", (True, True), set()),
])
def test_described_parts(text: str, denied: tuple[bool, ...], expected: set[int]) -> None:
    found = [f for f in _V._read(text, NO_REGION) if f.category != "modality"]
    assert len(found) == len(denied)
    assert described_parts(text, found, list(denied)) == expected


def test_option_evidence_denies_the_head_only() -> None:
    options = {"A": "Simple coal workers' pneumoconiosis", "B": "Sarcoidosis with perilymphatic nodules",
               "C": "Infected emphysematous bulla", "D": "Pleural effusion and pneumothorax"}
    assert _denied(options, "A") == [("B", "sarcoidosis"), ("C", "bulla"), ("D", "pleural_effusion"),
                                     ("D", "pneumothorax")]


def test_a_part_that_makes_the_option_wrong_stays_denied() -> None:
    options = {"A": "Simple emphysematous bulla", "B": "Infected emphysematous bulla"}
    assert _denied(options, "A") == [("B", "infection")]


@pytest.mark.parametrize("chain, report, options, gold", [
    ("Both lungs are peppered with tiny round nodules in the upper zones: simple coal workers' pneumoconiosis.",
     "Numerous small rounded nodules in both upper zones.",
     {"A": "Simple coal workers' pneumoconiosis", "B": "Sarcoidosis with perilymphatic nodules"}, "A"),
    ("Around the cavity there is patchy consolidation, which suggests spread of infection: a lung abscess.",
     "Thick-walled cavity with an air-fluid level in the right upper lobe, surrounding consolidation.",
     {"A": "Lung abscess", "B": "Infected emphysematous bulla"}, "A"),
    ("So: a left tubal pregnancy with a moderate pelvic bleed.",
     "Left adnexal ring with an empty uterus and moderate haemoperitoneum.",
     {"A": "Ruptured left tubal ectopic pregnancy", "B": "Haemorrhagic corpus luteum cyst"}, "A"),
])
def test_a_faithful_part_is_not_contradicted_by_a_wrong_option(chain: str, report: str, options: dict[str, str],
                                                                gold: str) -> None:
    assert _contradicted(chain, report, options, gold) == []


@pytest.mark.parametrize("chain, report, options, gold, concept", [
    # the wrong option's head asserted: still contradicted
    ("Perilymphatic nodules with hilar nodes: this is sarcoidosis.", "Numerous small nodules in both upper zones.",
     {"A": "Simple coal workers' pneumoconiosis", "B": "Sarcoidosis with perilymphatic nodules"}, "A", "sarcoidosis"),
    # an option of one finding: as before
    ("There is lobar pneumonia in the right lower lobe.", "Thick-walled cavitating mass in the right upper lobe.",
     {"A": "Pulmonary nocardiosis", "B": "Lobar pneumococcal pneumonia"}, "A", "pneumonia"),
    # review repair: a head the report states present (cellulitis read as soft-tissue swelling) carries no falsity,
    # so the feature stays denied
    ("Cellulitis with an abscess.", "Gas tracking along the fascial planes with soft tissue oedema.",
     {"A": "Necrotising fasciitis", "B": "Cellulitis with subcutaneous abscess"}, "A", "abscess"),
])
def test_a_wrong_head_is_still_contradicted(chain: str, report: str, options: dict[str, str], gold: str,
                                            concept: str) -> None:
    assert concept in _contradicted(chain, report, options, gold)


def test_a_feature_ends_at_and() -> None:
    """Whole-change review (session 54): "and" starts another head, so the finding after it is no feature."""
    from medstep.verify.option_features import _FEATURE

    assert _FEATURE.match(" with perilymphatic nodules ")
    assert _FEATURE.match(" with nodules and ") is None
    assert _FEATURE.match(" showing gas or ") is None
