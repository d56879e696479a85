"""QA regressions: per-step JSON lets a reader recount the effectiveness score."""

from medstep.judges.verifier import score_reasoning
from medstep.types import AnswerType, Sample


def test_step_json_shows_what_effectiveness_counts():
    sample = Sample(
        id="rr-003", question="What device is projected over the chest?", answer="Pacemaker",
        answer_type=AnswerType.OPEN,
        reference_steps=("A device with leads is seen in the left chest wall.", "The leads end in the heart."),
        report="Left chest wall pacemaker with leads in the right atrium and ventricle.",
    )
    rs = score_reasoning(sample, "A pacemaker is seen in the left chest wall.\nThe sky is blue.")
    steps = rs.to_grade().to_json()["steps"]
    assert all({"makes_claim", "effective"} <= set(step) for step in steps)
    claiming = [s for s in steps if s["makes_claim"]]
    assert rs.counts["effectiveness"] == (sum(s["effective"] for s in claiming), len(claiming))
    # the reference steps never name a pacemaker, but the report supports it: report support
    # counts for effectiveness (issue #8, evidence precedence)
    assert steps[0]["verdict"] == "supported" and steps[0]["effective"] is True
    assert steps[1]["makes_claim"] is False
