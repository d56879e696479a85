"""Speed-ups of the grade records change no output: each fast path against the plain code it replaced."""

from __future__ import annotations

import json
import random

from support.verify_cases import CASES

from medstep.judges.verifier import step_grade
from medstep.results import Check, Evidence, GradeStatus, Reasoning, ReasoningGrade, StepGrade
from medstep.verify import Polarity, verify


def _reference_step_grade(step) -> StepGrade:  # the implementation before the speed-up
    polarity = {p: p.value for p in Polarity}
    checks = []
    for finding, verdict in zip(step.findings, step.verdicts):
        quals = [polarity[finding.polarity],
                 *(getattr(finding, q) for q in ("laterality", "severity", "change") if getattr(finding, q))]
        claim = f"{finding.name or finding.concept} ({', '.join(quals)})"
        evidence = tuple(dict.fromkeys(Evidence(src, ctx) for src, ctx in verdict.contexts()))[:3]
        checks.append(Check(claim=claim, verdict=verdict.verdict, rule=verdict.rule, evidence=evidence))
    return StepGrade(index=step.index, text=step.text, verdict=step.verdict, makes_claim=step.makes_claim,
                     effective=step.effective, checks=tuple(checks), role=step.role)


def _chains(n: int) -> list[tuple[str, str]]:
    rng = random.Random(7)
    sentences = [s for s, _ in CASES]
    out = []
    for _ in range(n):
        chain = "\n".join(f"{k + 1}. {s}" for k, s in enumerate(rng.sample(sentences, 8)))
        report = " ".join(rng.sample(sentences, 6))
        out.append((chain, report))
    return out


def test_step_grades_equal_the_plain_implementation() -> None:
    steps = 0
    for chain, report in _chains(150):
        for step in verify(chain, report=report).steps:
            assert step_grade(step) == _reference_step_grade(step)
            steps += 1
    assert steps >= 1000


def test_grade_json_round_trips_and_keeps_its_shape() -> None:
    for chain, report in _chains(40):
        steps = tuple(step_grade(s) for s in verify(chain, report=report).steps)
        r = Reasoning(chain, {"verifier": ReasoningGrade(GradeStatus.GRADED, {"x": 0.5}, steps)})
        data = json.loads(json.dumps(r.to_json()))
        assert Reasoning.from_json(data) == r
        for st, js in zip(steps, data["judges"]["verifier"]["steps"]):
            assert js["verdict"] == st.verdict.value and js["role"] == (st.role.value if st.role else None)
            assert js["checks"] == [{"claim": c.claim, "verdict": c.verdict.value, "rule": c.rule,
                                     "evidence": [{"source": e.source, "text": e.text} for e in c.evidence]}
                                    for c in st.checks]


def test_record_json_equals_asdict() -> None:
    import dataclasses

    from medstep.types import Extraction, Generation, SampleScore, Status

    records = [Generation("out", reasoning="r", latency_s=1.5, prompt_tokens=3, completion_tokens=4,
                          finish_reason="stop", error=None, endpoint="http://x"), Generation("", error="boom"),
               Extraction("B", "answer_tag", "why"), Extraction(None, "unparsed")]
    for r in records:
        assert r.to_json() == dataclasses.asdict(r) and list(r.to_json()) == list(dataclasses.asdict(r))
    score = SampleScore("s1", Status.SCORED, True, matched=True, recall=0.5, f1=0.25, iou=None, giou=None)
    expected = {**dataclasses.asdict(score), "status": "scored"}
    assert score.to_json() == expected and list(score.to_json()) == list(expected)


def test_records_built_without_the_frozen_init_equal_the_constructors() -> None:
    """``new_check`` / ``new_step_grade`` fill the instance dict directly: same fields, same order, still frozen."""
    import dataclasses

    import pytest

    from medstep.results.grades import new_check, new_step_grade
    from medstep.verify import SentenceRole, Verdict

    assert [f.name for f in dataclasses.fields(Check)] == ["claim", "verdict", "rule", "evidence"]
    assert [f.name for f in dataclasses.fields(StepGrade)] == ["index", "text", "verdict", "makes_claim", "effective",
                                                                "checks", "note", "role"]
    ev = (Evidence("report", "Small left effusion."),)
    check = new_check("Pleural Effusion (present, left)", Verdict.SUPPORTED, "same-finding", ev)
    assert check == Check("Pleural Effusion (present, left)", Verdict.SUPPORTED, "same-finding", ev)
    assert vars(check) == vars(Check("Pleural Effusion (present, left)", Verdict.SUPPORTED, "same-finding", ev))
    grade = new_step_grade(2, "There is a left effusion.", Verdict.SUPPORTED, True, True, (check,), "",
                           SentenceRole.OBSERVATION)
    plain = StepGrade(2, "There is a left effusion.", Verdict.SUPPORTED, True, True, (check,), "", SentenceRole.OBSERVATION)
    assert grade == plain and hash(grade) == hash(plain) and list(vars(grade)) == list(vars(plain))
    assert grade.to_json() == plain.to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        grade.text = "changed"  # type: ignore[misc]
