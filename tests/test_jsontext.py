"""JSON text of results (medstep.jsontext): the records' fields are their JSON, and what orjson refuses still encodes."""

from __future__ import annotations

import json

from medstep.jsontext import dumps
from medstep.judges.verifier import score_reasoning
from medstep.results import Check, GradeStatus, Reasoning, ReasoningGrade, StepGrade
from medstep.results.grades import Evidence
from medstep.types import AnswerType, Sample
from medstep.verify import SentenceRole, Verdict


def _compact(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def test_a_verifier_grade_encodes_exactly_as_its_to_json() -> None:
    sample = Sample("s1", "Is there a pleural effusion?\nA) Yes\nB) No", "A", AnswerType.CHOICE,
                    options={"A": "Yes", "B": "No"}, benchmark="radrbench",
                    report="Blunting of the left costophrenic angle suggests a small left pleural effusion. "
                           "No pneumothorax. Heart size is normal.",
                    reference_steps=("The left costophrenic angle is blunted.", "There is no pneumothorax."))
    chain = ("1. The left costophrenic angle is blunted, in keeping with a small effusion.\n"
             "2. There is a right pneumothorax.\n3. The heart is enlarged.\n4. So the answer is A.")
    score = score_reasoning(sample, chain, "A")
    assert score is not None
    grade = score.to_grade()
    assert grade.steps and any(c.evidence for st in grade.steps for c in st.checks)
    r = Reasoning(text=chain, grades={"verifier": grade})
    assert r.json_text() == _compact(r.to_json())
    assert Reasoning.from_json(json.loads(r.json_text())) == r


def test_every_field_of_a_step_grade_and_a_judge_grade_is_written_as_to_json_writes_it() -> None:
    check = Check("Edema (present, mild)", Verdict.CONTRADICTED, "negated-in-report",
                  (Evidence("report", "No edema “here” <b> é 中文"), Evidence("reference[2]", "x")))
    steps = (StepGrade(0, "Edema.", Verdict.CONTRADICTED, True, False, (check,), "the judge's note", SentenceRole.OBSERVATION),
             StepGrade(1, "Hmm.", Verdict.NEUTRAL, None, None, (), "", None))
    grades = {"verifier": ReasoningGrade(GradeStatus.GRADED, {"f": 0.5, "g": None}, steps, {"contradicted": ("edema",)}),
              "m3cot:openai:j@http://x": ReasoningGrade(GradeStatus.PARSE_FAILURE, {}, (), {}, "no JSON in reply")}
    r = Reasoning(text="Edema.\nHmm.", grades=grades)
    assert r.json_text() == _compact(r.to_json())


def test_what_orjson_refuses_is_still_encoded_and_reads_back_the_same() -> None:
    lone = {"text": "cut \udc80 here", 7: [1, 2**70]}  # a lone surrogate, a key that is not a string, a big int
    text = dumps(lone)
    text.encode("utf-8")  # the fallback escapes what UTF-8 cannot hold, so it can be written anywhere
    assert json.loads(text) == {"text": "cut \udc80 here", "7": [1, 2**70]}
    step = StepGrade(0, "bad \ud800 text", Verdict.SUPPORTED, True, True, (), "", SentenceRole.CONCLUSION)
    r = Reasoning(text="x", grades={"v": ReasoningGrade(GradeStatus.GRADED, {}, (step,))})
    assert json.loads(r.json_text()) == r.to_json()  # records go through their to_json on that path
