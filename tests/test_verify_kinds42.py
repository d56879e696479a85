"""A denial of one kind of a finding denies that kind only, and a measurement's name with its value claims no finding
(verify/subtypes.py, verify/quantities.py; issue #8, kinds42). Sentences of our own, not the corpus's."""

import time

from medstep.verify import verify
from medstep.verify.lexicon import Lexicon
from medstep.verify.quantities import value_after
from medstep.verify.subtypes import said_kind


def _verdicts(chain: str, report: str) -> list[str]:
    return [v.verdict.value for s in verify(chain, report=report).steps for v in s.verdicts]


def _contradicted(chain: str, report: str) -> bool:
    return "contradicted" in _verdicts(chain, report)


def _supported(chain: str, report: str) -> bool:
    return "supported" in _verdicts(chain, report)


def test_kind_synonyms_of_the_vocabulary():
    kinds = Lexicon.load().kinds
    assert kinds["saddle embolus"] == {"saddle"}
    assert kinds["large bowel obstruction"] == {"large"}
    assert kinds["torus fracture"] == {"torus"}
    # a kind of no exclusive set, or a lead word that is a place or a size, names no kind
    for phrase in (
        "closed loop obstruction",
        "central canal stenosis",
        "transverse sinus thrombosis",
        "large bowel folds",
        "small round spots",
        "large air bubble in the lung",
        "avulsion of the tibial spine",
    ):
        assert phrase not in kinds
    # a word of the concept's own name, or a synonym that is no other synonym plus subtype words, names no kind
    assert "tension pneumothorax" not in kinds
    assert "large vestibular aqueduct" not in kinds  # (the enlarged one: "large" is in "Enlarged ...")
    assert "focal consolidation" not in kinds  # ("focal" is no subtype word: "no focal consolidation" denies it)


def test_a_denied_kind_leaves_the_other_kinds_standing():
    assert not _contradicted(
        "We see no saddle embolus straddling the bifurcation.", "Segmental pulmonary emboli in the right lower lobe."
    )
    assert not _contradicted(
        "The picture is not that of a large bowel obstruction.",
        "Multiple dilated small bowel loops with air-fluid levels; small bowel obstruction.",
    )
    assert not _contradicted(
        "No small bowel obstruction is seen.", "Large bowel obstruction due to an obstructing sigmoid mass."
    )
    assert not _contradicted("Not a torus fracture.", "Greenstick fracture of the ulnar shaft.")
    assert not _contradicted("No oblique fracture of the humerus.", "Humeral shaft fracture, spiral in pattern.")
    assert not _contradicted("No partial tear of the tendon.", "Complete tear of the Achilles tendon.")


def test_a_denied_kind_the_report_states_is_still_contradicted():
    assert _contradicted(
        "There is no saddle embolus.",
        "Large saddle pulmonary embolus straddling the main pulmonary artery bifurcation.",
    )
    assert _contradicted(
        "There is no large bowel obstruction.", "Large bowel obstruction secondary to sigmoid volvulus."
    )
    assert _contradicted(
        "No closed loop obstruction is seen.", "Closed-loop obstruction of the small bowel with a mesenteric swirl."
    )
    assert _contradicted(
        "No tension pneumothorax.", "Large left tension pneumothorax with mediastinal shift to the right."
    )
    # the same kind in other words, or no kind stated, still answers the denial
    assert _contradicted("No small-bowel obstruction.", "Findings of an SBO with a transition point in the pelvis.")
    assert _contradicted("No buckle fracture of the ulna.", "Torus fracture of the distal ulna.")
    assert _contradicted("There is no buckle fracture.", "Buckle (torus) fracture of the distal radius.")
    assert _contradicted("No spiral fracture.", "Fracture of the fibular shaft with a spiral course.")
    assert _contradicted("No full-thickness tear.", "Infraspinatus tendon tear, complete, with retraction.")
    assert _contradicted("No closed loop obstruction.", "Small bowel obstruction, closed-loop type.")
    assert _contradicted("No closed loop obstruction.", "Small bowel obstruction with a transition point.")
    assert _contradicted("No central canal stenosis.", "Moderate spinal canal stenosis at L3-4.")


def test_broad_denials_and_absences():
    assert _contradicted("No pulmonary embolism.", "Saddle embolus at the main pulmonary artery bifurcation.")
    assert _contradicted("No bowel obstruction.", "Small bowel obstruction.")
    assert _contradicted("No focal consolidation.", "Right lower lobe consolidation.")
    assert _supported("No saddle embolus.", "No pulmonary embolism.")  # (a broad absence holds every kind's)
    assert _supported("No large bowel obstruction.", "No bowel obstruction.")
    # a report denying a kind neither contradicts a chain's broad finding nor shows its broad absence
    assert not _contradicted("There are segmental pulmonary emboli.", "No saddle embolus is identified.")
    assert not _supported("No pulmonary embolism.", "No saddle embolus is identified.")


def test_said_kind_reads_the_clause_only():
    low = "segmental emboli. a large saddle pulmonary embolus"
    start = low.index("pulmonary")
    assert said_kind(low, start, len(low)) == {"large", "saddle"}
    low = "saddle-shaped thing; pulmonary embolus"
    assert said_kind(low, low.index("pulmonary"), len(low)) == frozenset()
    low = "bowel obstruction, small volume of fluid, without large bowel involvement"
    assert said_kind(low, 0, len("bowel obstruction")) == frozenset()  # (a size after it; a kind denied after it)


def test_a_measurement_name_with_its_value_claims_no_finding():
    assert not _contradicted("The RV/LV ratio is 0.8.", "No right heart strain.")
    assert not _contradicted("RV/LV ratio of 1.4.", "No right heart strain.")  # (no RV/LV limit in the project)
    assert _contradicted("The RV/LV ratio is increased.", "No right heart strain.")  # (no value: the name says it)
    assert _contradicted("The RV/LV ratio is 1.5, indicating right heart strain.", "No right heart strain.")
    assert _supported("Blunting of the left costophrenic angle.", "Small left pleural effusion.")
    assert Lexicon.load().measure_names == {"rv/lv ratio"}


def test_grade_words():
    assert _contradicted(
        "Overall a mild, partial small bowel obstruction.", "High-grade mechanical small bowel obstruction."
    )


def test_value_after_is_linear_on_hostile_input():
    low = "ratio" + " is" * 7000 + "x"
    t = time.perf_counter()
    assert not value_after(low, 5)
    low = "ratio " + "a(" * 10000
    assert not value_after(low, 5)
    low = "ratio" + " " * 20000 + "x"
    assert not value_after(low, 5)
    hostile = "segmental emboli. " + "saddle large " * 2000 + "pulmonary embolus"
    assert said_kind(hostile, hostile.index("pulmonary"), len(hostile)) == {"saddle", "large"}
    assert time.perf_counter() - t < 0.5
