"""JSON text of results (medstep.jsontext): the records' fields are their JSON, and what orjson refuses still encodes."""

from __future__ import annotations

import json

from medstep.jsontext import dumps
from medstep.judges.verifier import score_reasoning
from medstep.results import Check, GradeStatus, Reasoning, ReasoningGrade, StepGrade, expand_reasoning
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


def _graded_chain() -> tuple[str, Reasoning]:
    sample = Sample("s1", "Is there a pleural effusion?\nA) Yes\nB) No", "A", AnswerType.CHOICE,
                    options={"A": "Yes", "B": "No"}, benchmark="radrbench",
                    report="Small left pleural effusion. No pneumothorax.",
                    reference_steps=("The left costophrenic angle is blunted.",))
    chain = ("1. The left costophrenic angle is blunted.\n2. There is a right pneumothorax.\n"
             "3. The left costophrenic angle is blunted.\n4. So the answer is A.")
    score = score_reasoning(sample, chain, "A")
    assert score is not None
    return f"<think>{chain}</think><answer>A</answer>", Reasoning(text=chain, grades={"verifier": score.to_grade()})


def test_the_stored_form_keeps_each_text_once_and_reads_back_the_same_records() -> None:
    output, r = _graded_chain()
    stored = json.loads(r.stored_json(output))
    assert stored["format"] == 3 and "text" not in stored
    a, b = stored["text_span"]
    assert output[a:b] == r.text
    steps = stored["judges"]["verifier"]["steps"]
    assert steps and all("text" not in st and "span" in st for st in steps)
    assert [r.text[a:b] for a, b in (st["span"] for st in steps)] == [st.text for st in r.grades["verifier"].steps]
    assert Reasoning.from_json(stored, output) == r
    assert len(r.stored_json(output)) < len(r.json_text()) - len(r.text)
    # the same keys, in the same order, as the full form, with the texts replaced by their spans
    full = r.to_json()["judges"]["verifier"]
    assert list(stored["judges"]["verifier"]) == list(full)
    assert [list(st) for st in steps] == [["span" if k == "text" else k for k in st] for st in full["steps"]]


def test_texts_not_found_are_kept_whole_and_the_old_form_still_reads() -> None:
    output, r = _graded_chain()
    # a server's separate reasoning is not in the output; a judge may word a step its own way
    odd = StepGrade(0, "not in the text", Verdict.NEUTRAL, None, None, (), "", None)
    r2 = Reasoning(text=r.text, grades={**r.grades, "j": ReasoningGrade(GradeStatus.GRADED, {}, (odd,))})
    stored = json.loads(r2.stored_json("some other output"))
    assert stored["text"] == r.text and stored["judges"]["j"]["steps"][0]["text"] == "not in the text"
    assert Reasoning.from_json(stored) == r2
    assert Reasoning.from_json(json.loads(r.json_text())) == r  # format 2 (runs written before): texts inline
    empty = Reasoning(text="", grades={})
    assert Reasoning.from_json(json.loads(empty.stored_json(output))) == empty


def test_expand_reasoning_gives_scripts_the_full_form_of_either_format() -> None:
    output, r = _graded_chain()
    line = {"id": "s1", "output": output, "reasoning": json.loads(r.stored_json(output)), "answer": "A"}
    assert expand_reasoning(line)["reasoning"] == r.to_json()
    old = {**line, "reasoning": r.to_json()}
    assert expand_reasoning(old)["reasoning"] == r.to_json()
    assert expand_reasoning({"id": "x", "reasoning": None}) == {"id": "x", "reasoning": None}


def test_report_part_bytes_are_the_page_json_encoded() -> None:
    """A report part is written as bytes straight from orjson, escaped exactly as the page's JSON text."""
    from medstep.report.samples import payload_bytes, payload_json

    for payload in ({"t": "</script><!-- “tip” → • \u2028 line \u2029 para é 中文"}, {"t": "plain ascii"},
                    {"t": "cut \udc80 here <b>"}, {"t": "\u00a8\u00a9 ¨ © \u2027\u202a"}):
        old = json.dumps(payload, ensure_ascii="\udc80" in payload["t"], separators=(",", ":"))
        old = old.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        assert payload_bytes(payload) == old.encode("utf-8") and payload_json(payload) == old
