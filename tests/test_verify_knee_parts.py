"""Which part of a knee a tear or an intact structure is named for (issue #8, vread18): the medial or lateral meniscus
is a meniscus on one side, a label names the structure its finding is of ("Medial meniscus: tear."), and a tear named
"of the ACL" is the ACL's, so "the ACL is intact" denies it."""

from medstep.verify import extract_findings
from support.verify_claims import verdicts as _verdicts


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.concept, f.polarity.value, f.location) for f in extract_findings(text) if f.is_claim]


def test_a_meniscus_named_by_its_side_is_that_meniscus():
    assert _read("The lateral meniscus is torn.") == [("meniscal_tear", "present", "lateral side")]
    assert _read("Medial meniscus intact.") == [("meniscal_tear", "absent", "medial side")]
    assert _read("There is a horizontal tear of the lateral meniscus.") == [
        ("ligament_tear", "present", "lateral side")]


def test_one_meniscus_torn_and_the_other_intact():
    report = "MRI left knee: oblique tear of the posterior horn of the medial meniscus. The lateral meniscus is intact."
    assert _verdicts("The lateral meniscus is torn.", report) == {"meniscal_tear": "contradicted"}
    assert _verdicts("The medial meniscus is torn; the lateral meniscus is intact.", report) == {
        "meniscal_tear": "supported"}
    # an intact meniscus says nothing against a tear of the other one
    assert _verdicts("The lateral meniscus looks normal.", report) != {"meniscal_tear": "contradicted"}


def test_a_label_names_the_structure_its_finding_is_of():
    report = "MRI right knee. Medial meniscus: intact. Lateral meniscus: radial tear of the body. ACL: intact."
    assert _verdicts("Medial meniscus: tear.", report) == {"ligament_tear": "contradicted"}
    assert _verdicts("Lateral meniscus: tear.", report) == {"ligament_tear": "supported"}
    assert _verdicts("ACL: torn.", report) == {"acl_tear": "contradicted"}


def test_a_tear_named_of_a_ligament_is_denied_by_that_ligament_intact():
    report = "MRI left knee: complete tear of the anterior cruciate ligament with a joint effusion."
    assert _verdicts("The ACL is intact.", report) == {"acl_tear": "contradicted"}
    assert _verdicts("The anterior cruciate ligament is disrupted.", report) == {"acl_tear": "supported"}
    # the collateral ligaments are other structures
    assert _verdicts("The collateral ligaments are intact.", report) != {"collateral_ligament_tear": "contradicted"}
    # and the chain's own "tear of the ACL" against a report that calls the ACL intact
    intact = "MRI left knee: the cruciate ligaments are intact. Bone bruise of the lateral femoral condyle."
    assert _verdicts("There is a tear of the ACL.", intact) == {"ligament_tear": "contradicted"}


def test_an_organless_word_after_a_joint_label_is_the_joints_in_a_report_that_names_the_chest():
    trauma = ("Trauma series. Chest: lungs clear, no pleural effusion or pneumothorax. Left knee: moderate joint "
              "effusion, no fracture.")
    assert _verdicts("Knee: effusion.", trauma) == {"joint_effusion": "supported"}
    assert _verdicts("Left knee: moderate effusion, no fracture.", trauma) == {
        "joint_effusion": "supported", "fracture": "supported"}
    assert _verdicts("Chest: no effusion. Knee: no effusion.", trauma) == {
        "pleural_effusion": "supported", "joint_effusion": "contradicted"}
    # a bare effusion with no label stays the chest's in such a case
    assert _verdicts("There is no effusion.", trauma) == {"pleural_effusion": "supported"}
