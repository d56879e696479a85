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

import pytest

from medstep.verify import verify
from medstep.verify.mentions import _HEAD_AFTER, _HEAD_BEFORE
from support.timing import Grown, reads_linearly, rep
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


def test_the_next_test_claims_nothing() -> None:
    assert claims("Cross-sectional angiography is the next step.") == {"angiography": "present"}
    assert "coarctation" not in claims("An MRI would confirm coarctation.")


@pytest.mark.parametrize(
    ("chain", "report", "concept", "verdict"),
    [
        (
            "The next step is to look at the heart: it is enlarged.",
            "Cardiomegaly. No effusion.",
            "cardiomegaly",
            "supported",
        ),
        (
            "The next step is to look at the lungs: there is a large right pneumothorax.",
            "No pneumothorax. Lungs clear.",
            "pneumothorax",
            "contradicted",
        ),
        (
            "The next step is to evaluate the lung fields, where a right upper lobe consolidation is seen.",
            "Right upper lobe consolidation.",
            "consolidation",
            "supported",
        ),
        (
            "Surgical fixation is the next step for this displaced femoral neck fracture.",
            "Displaced right femoral neck fracture.",
            "hip_fracture",
            "supported",
        ),
    ],
)
def test_a_step_heading_or_a_next_step_for_a_finding_still_claims_it(
    chain: str, report: str, concept: str, verdict: str
) -> None:
    """ "The next step is to look at ..." heads what a stepwise chain then sees (its errors too), and "X is the next
    step for this fracture" still names the fracture: only a clause that names nothing but the test is advice."""
    assert verdicts(chain, report).get(concept) == verdict


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
    def read(text: str) -> None:
        for pat in (_HEAD_BEFORE, _HEAD_AFTER):
            for at in (0, len(text) // 2):
                pat.match(text, at)
                pat.fullmatch(text, 0, at)

    reads_linearly(read, Grown(lambda n: hostile[: len(hostile) * n // 10_000], 10_000))


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


@pytest.mark.parametrize(
    "chain",
    [
        "The rib lesion is expansile and the cortex is thinned to an eggshell.",
        "The aneurysm wall has a thin eggshell rim of calcium.",
        "The oil cyst has an eggshell rim of calcium.",
        "The parietal bone is cracked like an eggshell, with depressed fragments.",
    ],
)
def test_an_eggshell_of_no_node_is_no_calcified_node(chain: str) -> None:
    assert "calcified_lymph_node" not in claims(chain)


def test_an_eggshell_rim_of_nodes_is_a_calcified_node() -> None:
    got = verdicts("Hilar nodes with a thin eggshell rim.", "Bilateral hilar nodes with eggshell calcification.")
    assert got.get("calcified_lymph_node") == "supported"


@pytest.mark.parametrize(
    "chain",
    [
        "Having pruned the differential to two options, pneumonia remains more likely than a mass.",
        "The patient was oligaemic and hypotensive on arrival, so trauma is the context.",
        "The differential was pruned to A and C, and A fits the pleural effusion best.",
        "The intrahepatic ducts have a pruned-tree appearance.",
    ],
)
def test_pruning_of_no_lung_vessel_is_no_oligaemia(chain: str) -> None:
    assert "lung_hyperlucency" not in claims(chain)


def test_pruned_pulmonary_vessels_are_the_oligaemia() -> None:
    got = verdicts("The peripheral pulmonary vessels are pruned.", _PAH)
    assert got.get("lung_hyperlucency") == "supported"


@pytest.mark.parametrize(
    "chain",
    [
        "On the PA and lateral radiographs of the hand there is a fracture of the fifth metacarpal neck.",
        "PA and lateral views of the left wrist show a distal radius fracture.",
    ],
)
def test_pa_and_lateral_of_a_limb_is_no_chest_film(chain: str) -> None:
    assert "chest_xray" not in claims(chain)


@pytest.mark.parametrize(
    "chain",
    [
        "The ET tube shows a clean break in the radiopaque line, an artefact of the film.",
        "The breaks have been placed between the steps of the answer for clarity.",
    ],
)
def test_a_break_of_no_bone_is_no_fracture(chain: str) -> None:
    assert "fracture" not in claims(chain)


def test_a_side_named_relative_to_the_heading_is_its_own() -> None:
    v = verify(
        "Left base: clear, with an effusion on the other side.", report="Small right pleural effusion. Left base clear."
    )
    f = next(f for s in v.steps for f in s.findings if f.concept == "pleural_effusion")
    assert f.laterality == "right"
    assert verdicts("Left base: pleural effusion.", "Small left pleural effusion.") == {"pleural_effusion": "supported"}


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        ("Acute appendicitis with periappendiceal fat stranding.", "The fat around the appendix is hazy."),
        ("Pyelonephritis with perinephric stranding.", "The perinephric fat is streaky."),
    ],
)
def test_a_reports_stranding_named_by_its_organ_is_fat_stranding(report: str, chain: str) -> None:
    """ "Periappendiceal fat stranding" names the appendicitis and the stranding it shows (``{also=...}``)."""
    assert verdicts(chain, report).get("fat_stranding") == "supported"


@pytest.mark.parametrize(
    "grown",
    [
        rep("a ", 10_000, "Left base: ", "on the other side."),
        rep("Left base: clear, with an effusion on the other side.\n", 500),
    ],
)
def test_a_heading_line_with_a_relative_side_reads_linearly(grown: Grown[str]) -> None:
    reads_linearly(lambda text: verify(text, report="Small right pleural effusion."), grown)


def test_pa_and_lateral_is_a_radiograph_of_any_part() -> None:
    """A limb's "PA and lateral" films are radiographs (an MRI said of them conflicts), not chest films."""
    got = verdicts("The MRI of the hand shows erosions.", "HAND (PA AND LATERAL): Marginal erosions at the MCP joints.")
    assert got.get("mri") == "contradicted"
    assert claims("PA and lateral views of the left wrist show a fracture.").get("xray") == "present"


def test_the_test_put_forward_beside_a_finding_is_no_study_of_this_image() -> None:
    """ "CT is the next step to characterise the nodule" says the nodule; the CT is advised, not this study."""
    got = verdicts(
        "CT is the next step to characterise the nodule.", "Chest radiograph: 1.5 cm nodule in the right upper lobe."
    )
    assert got == {"pulmonary_nodule": "supported"}
