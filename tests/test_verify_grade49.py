"""Session 49, lane grade49 (issue #8): grades on one ordinal scale, the direction and the degree of an interval change.

A grade range covers the grades it spans and the lowest grade words are one grade (these agreed before and must
stay so); a whole grade apart still disagrees (retired blind 30-41 and 48: making "mild" and "moderate" agree lost six
labelled severity errors found on their line and spared three faithful contradicted claims). Changes lie on one axis of direction
(``answers.concepts.CHANGE_AXIS``); two changes of one direction disagree only when both state their degree and the
degrees are more than a grade apart ("slightly larger" against "markedly larger"). "minor calyces" name a part of the
kidney, not a mild grade (retired blind 32: a faithful "moderate hydronephrosis ... minor calyces" was contradicted).
"""

from __future__ import annotations

import pytest

from medstep.answers.concepts import CHANGE_AXIS, CHANGES, GRADES_FAR, SEVERITY_RANK
from medstep.verify import extract_findings, verify
from medstep.verify.attr_conflicts import change_degrees_conflict, changes_conflict
from medstep.verify.verdicts import Verdict

# (name, report, chain, contradicted); fresh wording, none from a corpus item
CASES = [
    ("range_covers_upper", "Mild to moderate left hydronephrosis.", "The left kidney shows moderate hydronephrosis.", False),
    ("range_covers_lower", "A moderate pericardial effusion.", "There is a small-to-moderate pericardial effusion.", False),
    ("minimal_mild", "Minimal dependent atelectasis in both lower lobes.", "Mild dependent atelectasis at both lung bases.", False),
    ("trace_small", "Trace fluid in the right paracolic gutter.", "A small amount of fluid lies in the right paracolic gutter.",
     False),
    ("small_large_ptx", "A small right apical pneumothorax.", "A large right pneumothorax is present.", True),
    ("mild_severe_canal", "Mild central canal stenosis at L4-5.", "Severe central canal stenosis at L4-5.", True),
    ("mild_moderate_hn", "Mild right hydronephrosis.", "Moderate right hydronephrosis.", True),
    ("dir_smaller_vs_larger", "The left adrenal nodule has decreased in size since the prior CT.",
     "The left adrenal nodule has increased in size since the prior CT.", True),
    ("dir_new_vs_same", "There is a new right pleural effusion.", "The right pleural effusion is unchanged from before.", True),
    ("dir_increase_new", "The left pleural effusion has increased.", "There is a new left pleural effusion.", False),
    ("deg_slight_marked_up", "The left pleural effusion is slightly larger than on the previous film.",
     "The left pleural effusion is markedly larger than on the previous film.", True),
    ("deg_marked_slight_down", "The right lower lobe consolidation has markedly decreased.",
     "The right lower lobe consolidation is slightly smaller.", True),
    ("deg_substantial_marginal", "The pericardial effusion has substantially increased.",
     "The pericardial effusion has marginally increased.", True),
    ("deg_considerable_slight", "The abdominal aortic aneurysm has grown considerably since 2019.",
     "The abdominal aortic aneurysm has grown slightly since 2019.", True),
    ("deg_two_findings_sides", "The right pleural effusion has slightly increased and the left pleural effusion has "
     "markedly increased.", "The right pleural effusion has markedly increased.", True),
    ("deg_two_findings_ok", "The right pleural effusion has slightly increased and the left pleural effusion has "
     "markedly increased.", "The left pleural effusion has markedly increased, the right one only slightly.", False),
    ("deg_one_grade_up", "The left pleural effusion has slightly increased.", "The left pleural effusion has moderately increased.",
     False),
    ("deg_one_side_only", "The left lower lobe collapse has markedly improved.", "The left lower lobe collapse has improved.", False),
    ("deg_close_high", "The splenic haematoma is considerably larger.", "The splenic haematoma is markedly larger.", False),
    ("deg_new_vs_marked", "There is a new left pleural effusion.", "The left pleural effusion has markedly increased.", False),
    ("deg_not_grade_large", "A large right pleural effusion, slightly increased since yesterday.",
     "There is a large right pleural effusion which has slightly increased since yesterday.", False),
    ("deg_grade_and_change_ok", "The liver is slightly larger than on the previous scan, now markedly enlarged at 22 cm.",
     "The liver is markedly enlarged at 22 cm and slightly larger than before.", False),
    ("minor_calyces", "There is moderate right hydronephrosis with dilatation of the major and minor calyces.",
     "Moderate right hydronephrosis: the major and minor calyces are dilated.", False),
]


def _contradicted(report: str, chain: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


@pytest.mark.parametrize(("name", "report", "chain", "expect"), CASES, ids=[c[0] for c in CASES])
def test_grades_and_changes(name: str, report: str, chain: str, expect: bool) -> None:
    assert _contradicted(report, chain) is expect, name


def test_degree_without_memo_leak() -> None:
    """A claim's change degree is part of the verdict memo's key: a degree-free claim judged after one with a far
    degree against the same evidence is not handed that claim's contradiction."""
    report = "The left lower lobe consolidation is slightly improved."
    assert _contradicted(report, "The left lower lobe consolidation has markedly improved.")
    assert not _contradicted(report, "The left lower lobe consolidation has improved.")


def test_change_axis_covers_every_change() -> None:
    assert set(CHANGE_AXIS) == set(CHANGES)
    assert CHANGE_AXIS["new"] == CHANGE_AXIS["worsened"] > CHANGE_AXIS["stable"] > CHANGE_AXIS["improved"]


@pytest.mark.parametrize(("a", "b", "expect"), [
    ("new", "worsened", False), ("stable", "worsened", True), ("stable", "new", True), ("improved", "worsened", True),
    ("improved", "new", True), ("improved", "improved", False), ("not improved", "improved", True),
    ("not improved", "worsened", False), ("not worsened", "new", True), ("not worsened", "stable", False),
])
def test_changes_conflict_on_the_axis(a: str, b: str, expect: bool) -> None:
    assert changes_conflict(a, b) is expect
    assert changes_conflict(b, a) is expect


def test_degree_read_as_the_change_not_the_grade() -> None:
    f = next(x for x in extract_findings("The right pleural effusion has substantially increased.")
             if x.concept == "pleural_effusion")
    assert (f.severity, f.change, f.change_grade) == (None, "worsened", "severe")
    g = next(x for x in extract_findings("The nodule is marginally larger than before.") if x.concept == "pulmonary_nodule")
    assert (g.severity, g.change, g.change_grade) == (None, "worsened", "mild")


def test_degree_far_apart_only() -> None:
    assert GRADES_FAR > SEVERITY_RANK["moderate"] - SEVERITY_RANK["mild"]
    a, b = extract_findings("The effusion is slightly larger."), extract_findings("The effusion is markedly larger.")
    c = extract_findings("The effusion is moderately larger.")

    def far(x, y) -> bool:
        return change_degrees_conflict(x.change, x.change_grade, y.change, y.change_grade)

    assert far(a[0], b[0])
    assert not far(a[0], c[0])
    assert not far(c[0], b[0])
    assert not change_degrees_conflict("worsened", "mild", "improved", "severe")  # (the direction's rule decides)
    assert not change_degrees_conflict("new", "mild", "new", "severe")


def test_minor_calyces_name_no_grade() -> None:
    grades = {f.severity for f in extract_findings("Moderate hydronephrosis: the major and minor calyces are dilated.")
              if f.concept == "hydronephrosis"}
    assert "mild" not in grades and "moderate" in grades


def test_clinical_tier_counts_a_far_degree() -> None:
    """The clinical comparison charges a change of one direction whose degree is far off, as the claim judge does,
    and not one a grade off or stated on one side only."""
    from medstep.verify import ErrorKind, default_verifier

    v = default_verifier()
    truth = "The right pleural effusion has slightly increased since the prior radiograph."

    def kinds(pred: str) -> set[ErrorKind]:
        return {e.kind for e in v.compare_reports(pred, truth).errors}

    assert ErrorKind.CHANGE in kinds("The right pleural effusion has markedly increased since the prior radiograph.")
    assert ErrorKind.CHANGE not in kinds("The right pleural effusion has moderately increased since the prior radiograph.")
    assert ErrorKind.CHANGE not in kinds("The right pleural effusion has increased since the prior radiograph.")
    assert ErrorKind.CHANGE in kinds("The right pleural effusion has decreased since the prior radiograph.")


# Review repairs (session 49): a degree adverb before 'unchanged' or a participle is the change's degree, not the
# finding's grade; a denied degree states no degree.
_REVIEW = [
    ("Substantially unchanged small left pleural effusion.", "A small left pleural effusion is unchanged."),
    ("Marginally increased large right pleural effusion.", "A large right pleural effusion."),
]


@pytest.mark.parametrize(("report", "chain"), _REVIEW)
def test_review_degree_adverb_is_not_a_grade(report: str, chain: str) -> None:
    from medstep.verify import verify
    from medstep.verify.verdicts import Verdict

    assert all(s.verdict is not Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


def test_review_denied_degree_states_no_degree() -> None:
    from medstep.verify import verify
    from medstep.verify.verdicts import Verdict

    report = "The right pleural effusion is not markedly larger."
    chain = "The right pleural effusion is slightly larger."
    assert all(s.verdict is not Verdict.CONTRADICTED for s in verify(chain, report=report).steps)
