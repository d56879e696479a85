"""Lay, textbook and terse wordings of faithful chains that the verifier set aside or misread (lay36, issue #8).

Found on retired blind sets 30-35, whose paraphrase and terse chains lost credit a copy of the report kept: pruned
vessels (the oligaemia of pulmonary hypertension), fat around a gland called hazy and streaky, lines and tubes called
"hardware" (read as orthopaedic hardware), eggshell nodes "like a cracked shell" (read as a fracture), the next test
to do (read as a claim), a place heading a terse line ("Left base: pleural effusion", read with no side or site), a
chain's "**Comparison:**" line (skipped, so a change error went unseen) and a report headed "CHEST (PA AND LATERAL)"
(no chest radiograph read, so a chain's "film" conflicted with the echocardiography the report recommends). The texts
are written for these tests; each reading has a near miss that must keep its old reading.
"""

from __future__ import annotations

import time

import pytest

from medstep.verify import verify
from medstep.verify.mentions import _HEAD_AFTER, _HEAD_BEFORE
from support.verify_claims import claims, verdicts

_PAH = "Abrupt tapering of the pulmonary vessels with relatively oligaemic outer lung zones."


@pytest.mark.parametrize(
    "chain",
    [
        "The vessels are pruned towards the periphery.",
        "There is peripheral pruning of the vessels.",
        "The outer lung zones look oligaemic.",
    ],
)
def test_pruned_vessels_are_the_reports_oligaemia(chain: str) -> None:
    assert verdicts(chain, _PAH).get("lung_hyperlucency") == "supported"


def test_a_prune_belly_is_no_pruned_vessel() -> None:
    assert "lung_hyperlucency" not in claims("Features of prune belly syndrome.")


@pytest.mark.parametrize(
    "chain",
    [
        "The fat around the gland is hazy and streaky.",
        "The fat around the pancreas is hazy.",
        "The peripancreatic fat is streaky.",
    ],
)
def test_hazy_streaky_fat_is_fat_stranding(chain: str) -> None:
    assert verdicts(chain, "Peripancreatic fat stranding.").get("fat_stranding") == "supported"


def test_a_hazy_lung_is_no_fat_stranding() -> None:
    assert "fat_stranding" not in claims("The left lung is hazy.")


def test_hardware_is_any_device() -> None:
    got = verdicts("The other hardware looks fine.", "ET tube 4.5 cm above the carina. NG tube in the stomach.")
    assert got == {"support_devices": "supported"}


def test_named_orthopaedic_hardware_keeps_its_concept() -> None:
    assert "orthopedic_hardware" in claims("The orthopaedic hardware is intact.")
    assert "orthopedic_hardware" in claims("A dynamic hip screw is in place.")


def test_a_cracked_shell_is_eggshell_calcification() -> None:
    got = verdicts(
        "The hilar nodes are rimmed with calcium, like a cracked shell.",
        "Bilateral hilar nodes with eggshell calcification.",
    )
    assert got.get("calcified_lymph_node") == "supported"
    assert "fracture" not in got


def test_a_cracked_rib_is_still_a_fracture() -> None:
    assert claims("The left sixth rib is cracked.").get("fracture") == "present"


@pytest.mark.parametrize(
    "chain",
    [
        "Cross-sectional angiography is the next step to confirm coarctation.",
        "An MRI would confirm coarctation.",
    ],
)
def test_the_next_test_claims_nothing(chain: str) -> None:
    assert "coarctation" not in claims(chain)


def test_a_stated_finding_beside_advice_is_claimed() -> None:
    assert claims("The notched ribs show coarctation.").get("coarctation") == "present"


def _place(text: str) -> tuple[str | None, str | None]:
    v = verify(text, report="Moderate left pleural effusion.")
    f = next(f for s in v.steps for f in s.findings if f.concept in ("pleural_effusion", "consolidation"))
    return f.laterality, f.location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Left base: pleural effusion with meniscus.", ("left", "base")),
        ("Left lung base: pleural effusion.", ("left", "base")),
        ("**Right upper lobe:** consolidation.", ("right", "upper lobe")),
        ("R lower zone - consolidation.", ("right", "lower zone")),
    ],
)
def test_a_place_heading_a_line_places_its_finding(text: str, place: tuple[str, str]) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Right side: pleural effusion.",  # a side alone: the side hedge's label
        "Left: pleural effusion.",
        "Left is worse: the effusion is large.",  # a sentence, not a label
    ],
)
def test_a_side_label_or_a_sentence_is_no_place_heading(text: str) -> None:
    assert _place(text) == (None, None)


def test_a_terse_chain_with_headed_places_keeps_its_credit() -> None:
    report = (
        "FINDINGS: Moderate left pleural effusion with a meniscus. The heart is normal in size. No pneumothorax.\n"
        "IMPRESSION: Moderate left pleural effusion."
    )
    options = {"A": "Left pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly"}
    v = verify(
        "Left base: pleural effusion with meniscus.\nHeart: normal size.\nNo pneumothorax.\nAnswer: A",
        report=report,
        reference=["Left pleural effusion with meniscus."],
        options=options,
        chosen="A",
        gold="A",
        option_evidence=True,
    )
    assert v.clinical is not None and v.clinical.score > 0.5


def test_a_chains_comparison_line_is_read() -> None:
    chain = "**Comparison:** The mass is unchanged from the mammograms of 2 years ago.\n**Answer: D**"
    v = verify(chain, report="A new spiculated mass is seen, not present on the prior study.")
    assert any(f.concept == "mass" for s in v.steps for f in s.findings)


def test_a_chains_history_line_is_still_skipped() -> None:
    v = verify("**History:** a breast mass was found at screening.\nAnswer: D", report="A spiculated mass.")
    assert not any(f.concept == "mass" for s in v.steps for f in s.findings)


def test_a_report_headed_chest_pa_and_lateral_is_a_chest_radiograph() -> None:
    report = "EXAMINATION: CHEST (PA AND LATERAL)\nFINDINGS: Enlarged heart. Echocardiography recommended."
    assert verdicts("Compared with the earlier film the heart has grown.", report).get("xray") == "supported"


@pytest.mark.parametrize(
    "hostile", ["left " + "a-" * 10_000, "left" + " a" * 10_000, " -" * 10_000 + "left", "left base" + " \t" * 10_000]
)
def test_place_heading_patterns_are_linear(hostile: str) -> None:
    t = time.perf_counter()
    for pat in (_HEAD_BEFORE, _HEAD_AFTER):
        for at in (0, len(hostile) // 2):
            pat.match(hostile, at)
            pat.fullmatch(hostile, 0, at)
    assert time.perf_counter() - t < 0.5


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No free subdiaphragmatic air.", "pneumoperitoneum"),  # was read present ("subdiaphragmatic air" alone)
        ("No free pleural air.", "pneumothorax"),
        ("There is no free air in the pleural spaces.", "pneumothorax"),
    ],
)
def test_free_air_named_by_its_space_is_denied(text: str, concept: str) -> None:
    assert claims(text).get(concept) == "absent"


def test_bare_free_air_is_still_pneumoperitoneum() -> None:
    assert claims("No free air.").get("pneumoperitoneum") == "absent"
    assert "pneumothorax" not in claims("No free air.")


def test_the_tear_sac_is_no_torn_ligament() -> None:
    assert "ligament_tear" not in claims("The tear sac and tear duct are normal.")
    assert claims("There is a tear of the ACL.").get("ligament_tear") == "present"


def test_scalloped_rib_undersides_are_rib_notching() -> None:
    text = "There is scalloping along the undersides of the back portions of ribs four through eight."
    assert claims(text).get("rib_notching") == "present"
    assert "rib_notching" not in claims("The undersides of the ribs are smooth.")


def _modality_rules(chain: str) -> list[tuple[str, str]]:
    v = verify(chain, report="Chest radiograph: inferior rib notching in keeping with coarctation.")
    return [(f.concept, fv.rule) for s in v.steps for f, fv in zip(s.findings, s.verdicts) if f.category == "modality"]


def test_a_test_advised_is_no_other_modality() -> None:
    # the advice's modality is judged apart from the memo: the same concept stated of the study still conflicts
    assert _modality_rules("A CT would confirm it. The CT shows a mass.") == [
        ("ct", "modality-not-stated"),
        ("ct", "modality-conflict"),
    ]
    assert _modality_rules("It is coarctation; cross-sectional angiography is the next step.") == [
        ("angiography", "modality-not-stated")
    ]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "The upper-lobe vessels are bigger than the lower ones - blood being redirected upwards.",
            "vascular_congestion",
        ),
        ("The right base is white, the usual shape of liquid in the pleural space.", "pleural_effusion"),
        ("So: a new, fully displaced break at the top of the left femoral neck.", "fracture"),
        ("The little fluid sac behind the knee is still only 2 cm.", "baker_cyst"),
    ],
)
def test_plain_words_name_the_finding(text: str, concept: str) -> None:
    assert claims(text).get(concept) == "present"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The lower-lobe vessels are normal.", "vascular_congestion"),
        ("The patient needed a break from the ventilator.", "fracture"),
        ("The bowel wall breaks down later.", "fracture"),
    ],
)
def test_near_plain_words_name_nothing(text: str, concept: str) -> None:
    assert concept not in claims(text)
