"""An option heading may carry its option's letter in brackets (issue #8, retired blind 38, ``verify/option_heads.py``).

Why: faithful chains set each distractor aside under a heading that names it and gives its letter, after the name
("*Reactivation TB (C):* ...") or before it with the name bracketed ("**C (pocket haematoma):** ..."); the brackets
kept the heading grammar from matching, so the distractor was read present and the option evidence contradicted it
(3 of retired blind 38's 37 tier-3 contradicted claims). Both ways: the lettered heading that reasons lists its option;
a heading whose letter is another option's, one that affirms or describes its finding, and one naming the chosen option
still claim, and a wrong one is still contradicted.
"""

import time

import pytest

from medstep.verify import verify

REPORT = "Dense right middle lobe consolidation with air bronchograms. No pleural effusion. No pneumothorax."
OPTIONS = {"A": "Lobar pneumonia", "B": "Pleural effusion", "C": "Pneumothorax", "D": "Pulmonary embolism"}
OPENING = "Right middle lobe consolidation with air bronchograms.\n"


def _verdicts(chain: str, chosen: str = "A", report: str = REPORT) -> dict[str, set[tuple[str, str]]]:
    """(polarity, verdict) pairs of the chain's claims by concept."""
    v = verify(
        OPENING + chain + f"\nAnswer: {chosen}",
        report=report,
        options=OPTIONS,
        chosen=chosen,
        gold="A",
        option_evidence=True,
    )
    out: dict[str, set[tuple[str, str]]] = {}
    for s in v.steps:
        for fv in s.verdicts:
            out.setdefault(fv.finding.concept, set()).add((fv.finding.polarity.value, fv.verdict.value))
    return out


@pytest.mark.parametrize(
    ("line", "concept"),
    [
        ("*Pneumothorax (C):* no visceral pleural line anywhere.", "pneumothorax"),
        ("**C (pneumothorax):** no pleural line, the lung markings reach the chest wall.", "pneumothorax"),
        ("- Pleural effusion (B): the costophrenic angles are sharp.", "pleural_effusion"),
        ("B (effusion) - not seen, both angles clear.", "pleural_effusion"),
        ("**Against pneumothorax (c):** no edge is seen.", "pneumothorax"),
    ],
)
def test_a_lettered_distractor_heading_claims_nothing(line: str, concept: str) -> None:
    said = _verdicts(line)
    assert ("present", "contradicted") not in said.get(concept, set())


@pytest.mark.parametrize(
    "line",
    [
        "*Pneumothorax (B):* no visceral pleural line anywhere.",  # another option's letter: no heading of one option
        "*Pneumothorax (C):* present at the right apex.",  # affirmed
        "**C (pneumothorax):** a thin pleural line at the right apex.",  # described
        "Pneumothorax (C), seen at the right apex.",  # no heading at all
    ],
)
def test_a_lettered_heading_that_does_not_reason_still_claims(line: str) -> None:
    assert ("present", "contradicted") in _verdicts(line).get("pneumothorax", set())


def test_a_lettered_heading_naming_the_chosen_option_claims() -> None:
    """A wrong answer under its own lettered heading stays contradicted (the chosen option is no distractor)."""
    said = _verdicts("*Pneumothorax (C):* no lung markings beyond the edge.", chosen="C")
    assert ("present", "contradicted") in said.get("pneumothorax", set())


def test_hostile_lettered_headings_are_linear() -> None:
    hostile = ("Pneumothorax (C" + " ab" * 7000, "C (" + "ab-" * 7000 + ":", "(C) " * 5000 + ":", "a (b) " * 3500)
    for chain in hostile:
        assert len(chain) >= 14000
        t = time.perf_counter()
        _verdicts(chain)
        assert time.perf_counter() - t < 10


# Review of faithful38: a heading whose text holds a reasoning word but affirms its option is no walk away from it
# (else every option "present" under lettered headings with a reasoning word scored like a faithful chain).
@pytest.mark.parametrize(
    "line",
    [
        "**C (pneumothorax):** beyond question there, an edge is visible along the left apex.",
        "*Pneumothorax (C):* undoubtedly present over the left apex.",
        "**C (pneumothorax):** not subtle at all, a deep sulcus and a large pneumothorax are evident.",
        "*Pneumothorax (C):* less striking than the consolidation, but a thin apical pneumothorax is visible.",
        "**C (pneumothorax):** unlike B, identified along the lateral chest wall.",
        "*Pneumothorax (C):* not excluded.",
        "**C (pneumothorax):** typical, present.",
        "Pneumothorax: considered, and it is visible at the apex.",  # unlettered: the same test
    ],
)
def test_a_heading_that_affirms_its_option_still_claims(line: str) -> None:
    said = _verdicts(line).get("pneumothorax", set())
    assert ("present", "contradicted") in said or ("uncertain", "contradicted") in said  # "not excluded": possible


@pytest.mark.parametrize(
    "line",
    [
        "**C (pneumothorax):** not present, the lung edge is not visible anywhere.",
        "*Pneumothorax (C):* unlikely, since no pleural line is identified.",
        "**C (pneumothorax):** without doubt absent, markings reach the chest wall.",
        "*Pneumothorax (C):* rather than a pleural line, a skin fold is evident, so not a pneumothorax.",
    ],
)
def test_a_heading_that_denies_beside_a_presence_word_claims_nothing(line: str) -> None:
    assert ("present", "contradicted") not in _verdicts(line).get("pneumothorax", set())


def test_every_option_present_under_lettered_headings_with_reasoning_words_is_contradicted() -> None:
    chain = (
        "**B (pleural effusion):** also a right answer, present.\n"
        "**C (pneumothorax):** typical, present.\n"
        "**D (pulmonary embolism):** not absent."
    )
    said = _verdicts(chain)
    assert ("present", "contradicted") in said.get("pleural_effusion", set())
    assert ("present", "contradicted") in said.get("pneumothorax", set())


def test_hostile_certainty_and_presence_text_is_linear() -> None:
    chain = "**C (pneumothorax):** " + "no doubt without question not subtle present, " * 450
    assert len(chain) >= 20000
    t = time.perf_counter()
    _verdicts(chain)
    assert time.perf_counter() - t < 10
