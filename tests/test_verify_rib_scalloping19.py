"""A rib's margin scalloped or notched is rib notching, with the side its rib's words give (answers/states.tsv
"scalloped"/"scalloping"/"notching" of the ribs; concepts.tsv rib_notching phrases; issue #8, verr19). Sentences of
our own."""

from medstep.verify import extract_findings, verify


def _notching(text: str) -> list[tuple[str, str | None]]:
    return [(f.polarity.value, f.laterality) for f in extract_findings(text) if f.concept == "rib_notching"]


def test_scalloped_ribs_are_notched_ribs():
    assert _notching("The inferior margins of the left third to sixth ribs are scalloped.") == [("present", "left")]
    assert _notching("The underside of the right fourth rib is smoothly scalloped.") == [("present", "right")]
    assert _notching("Scalloping of the inferior margins of the left posterior ribs.") == [("present", "left")]
    assert _notching("The ribs are not scalloped.") == [("absent", None)]
    assert _notching("Scalloping of the posterior vertebral bodies.") == []  # (no rib: another finding)


def test_the_other_side_of_a_scalloped_rib_is_a_side_conflict():
    report = "Chest radiograph. Scalloping of the inferior margin of the posterior right fifth rib. Clear lungs."
    wrong = verify("The lower edge of the posterior left fifth rib is scalloped.", report=report)
    assert any(v.rule == "laterality-conflict" for s in wrong.steps for v in s.verdicts)
    right = verify("The lower edge of the posterior right fifth rib is scalloped.", report=report)
    assert not any(s.verdict.value == "contradicted" for s in right.steps)
