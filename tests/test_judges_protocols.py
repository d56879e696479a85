"""Each LLM-judge protocol's arithmetic, against a scripted judge server; expected values by hand.

The judge server answers by looking at the prompt: ``reply(prompt)`` below
returns the fixed JSON for the sample (marked by its question) and the
protocol's phase (marked by the prompt's instructions).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medstep.grading import READABLE
from support.stub_openai_server import StubConfig, StubOpenAIServer

from medstep.datasets.base import LoadOptions
from medstep.judges import JudgeContext, JudgeItem, JudgeOptions, load_judge, parse_judge
from medstep.pipeline import score_predictions
from medstep.results import GradeStatus
from medstep.score.judges import judge_summary
from medstep.types import AnswerType, Sample
from medstep.verify import Verdict

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
S, C, U, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE, Verdict.NEUTRAL


def sample(qid: str, *, steps=(), report=None, answer="yes", kind=AnswerType.CLOSED, qtype=None, options=None):
    return Sample(id=qid, question=f"{qid}: what is shown?", answer=answer, answer_type=kind,
                  reference_steps=tuple(steps), report=report, options=options or {},
                  categories={"question_type": qtype} if qtype else {})


def item(s: Sample, chain: str, answer: str | None = "yes") -> JudgeItem:
    return JudgeItem.build(s, chain, chain, answer)


def grade(name: str, items, script):
    """Run judge ``name`` over ``items`` against a server answering ``script(prompt)``; return grades, summary, server."""
    with StubOpenAIServer(StubConfig(answer_fn=script)) as server:
        judge = load_judge(parse_judge(f"{name}:openai:judge@{server.base_url}"))
        try:
            grades = judge.grade(items, JudgeContext(options=JudgeOptions(concurrency=4, max_retries=0)))
        finally:
            judge.close()
        return grades, judge_summary(judge, grades), server.stats.chat_requests


def by_question(table):
    def answer(prompt: str) -> str:
        for (qid, phase), reply in table.items():
            if f"{qid}:" in prompt and phase in prompt:
                return json.dumps(reply) if not isinstance(reply, str) else reply
        return "no script for this prompt"
    return answer


def m3(*rows):
    return [{"step": i, "type": t, "judgment": j} for i, (t, j) in enumerate(rows, 1)]


def keys(*flags):
    return [{"key_step": i, "covered": f} for i, f in enumerate(flags, 1)]


def test_m3cot_precision_recall_f1_and_path_consistency() -> None:
    a = sample("QA", steps=("k1", "k2", "k3"), qtype="diagnosis")
    b = sample("QB", steps=("k1", "k2"), qtype="diagnosis")
    c = sample("QC", steps=("k1",), qtype="modality")
    d = sample("QD", steps=("k1", "k2"), qtype="diagnosis")
    items = [item(a, "1. CT.\n2. Dark lesion.\n3. The question asks.\n4. Metastasis.\n5. Tumours spread."),
             item(b, "1. Bright area.\n2. A cyst."), item(c, "1. MRI.\n2. Normal."),
             item(d, "1. CT.\n2. Lesion.\n3. Cyst.\n4. Cysts are benign.")]
    table = {
        ("QA", "Key steps"): {"steps": m3(("modality", "match"), ("observation", "Match"), ("other", "n/a"),
                                          ("conclusion", "wrong"), ("knowledge", "N/A")),
                              "key_steps": keys(True, True, False)},
        ("QB", "Key steps"): {"steps": m3(("observation", "wrong"), ("conclusion", "match")),
                              "key_steps": keys(False, True)},
        ("QC", "Key steps"): {"steps": m3(("modality", "match"), ("conclusion", "match")), "key_steps": keys(True)},
        ("QD", "Key steps"): {"steps": m3(("modality", "match"), ("observation", "match"), ("conclusion", "match"),
                                          ("knowledge", "match")), "key_steps": keys(True, True)},
    }
    grades, summary, calls = grade("m3cot", items, by_question(table))
    assert calls == 4
    assert grades["QA"].metrics == {"precision": 2 / 4, "recall": pytest.approx(2 / 3)}  # "other" is not typed
    assert [s.verdict for s in grades["QA"].steps] == [S, S, N, C, N]
    assert grades["QB"].metrics == {"precision": 0.5, "recall": 0.5}
    assert grades["QA"].labels["path"] == ("modality>observation>conclusion>knowledge",)
    m = {k: v.value for k, v in summary.metrics.items()}
    mp, mr = (0.5 + 0.5 + 1 + 1) / 4, (2 / 3 + 1 / 2 + 1 + 1) / 4
    assert m["precision"] == pytest.approx(mp) and m["recall"] == pytest.approx(mr)
    assert m["f1"] == pytest.approx(2 * mp * mr / (mp + mr))  # F1 of the means, as M3CoTBench reports it
    # diagnosis: mode path M>O>C>K; similarities 1, LCS([M,O,C,K],[O,C])/4 = 0.5, 1; modality group: 1
    assert m["path_consistency"] == pytest.approx(((1 + 0.5 + 1) / 3 + 1) / 2)
    lo, hi = summary.metrics["f1"].ci95
    assert lo <= m["f1"] <= hi


def test_m3cot_reply_that_skips_a_step_is_a_parse_failure() -> None:
    a = sample("QA", steps=("k1",))
    table = {("QA", "Key steps"): {"steps": m3(("modality", "match")), "key_steps": keys(True)}}
    grades, summary, _ = grade("m3cot", [item(a, "1. CT.\n2. Cyst.")], by_question(table))
    assert grades["QA"].status is GradeStatus.PARSE_FAILURE and "step 2 is missing" in grades["QA"].detail
    assert summary.metrics["precision"].n == 0 and summary.statuses[GradeStatus.PARSE_FAILURE] == 1


def test_radrscore_llm_two_rounds_with_the_silence_rule() -> None:
    s = sample("QR", report="Small right effusion. No pneumothorax. Normal heart size.")
    chain = "1. There is a right effusion.\n2. There is a left pneumothorax and a normal heart.\n3. No consolidation."
    table = {
        ("QR", "List the key findings"): {"findings": ["right pleural effusion", "no pneumothorax", "normal heart"]},
        ("QR", "For every numbered step list"): {"steps": [
            {"step": 1, "findings": ["right pleural effusion"]},
            {"step": 2, "findings": ["left pneumothorax", "normal heart size"]},
            {"step": 3, "findings": ["no consolidation"]}]},
        ("QR", "For every reference finding R"): {
            "reference": [{"r": 1, "recalled": True}, {"r": 2, "recalled": False}, {"r": 3, "recalled": True}],
            "model": [{"m": 1, "status": "supported", "stated": "present"},
                      {"m": 2, "status": "contradicted", "stated": "present"},
                      {"m": 3, "status": "supported", "stated": "absent"},
                      {"m": 4, "status": "not mentioned", "stated": "absent"}]},
    }
    grades, summary, calls = grade("radrscore-llm", [item(s, chain)], by_question(table))
    g = grades["QR"]
    assert calls == 3  # two in round one, one in round two
    # completeness 2/3; factuality: m1, m3 supported, m4 unmentioned but absent -> 3/4;
    # effectiveness: step 1 supported, step 2 contradicted, step 3 unverifiable -> 1/3
    assert g.metrics == pytest.approx({"completeness": 2 / 3, "factuality": 3 / 4, "effectiveness": 1 / 3,
                                       "radrscore": (2 / 3 + 3 / 4 + 1 / 3) / 3})
    assert [st.verdict for st in g.steps] == [S, C, U]
    assert g.labels == {"contradicted": ("left pneumothorax",)}
    assert summary.tallies["contradicted"] == (("left pneumothorax", 1),)


def test_mmmr_ratings_overall_score_and_error_labels() -> None:
    a, b = sample("QM1"), sample("QM2")
    table = {("QM1", "Model's reasoning"): {"rtq": 8, "rta": "6", "rsc": 7, "errors": ["overthinking", "Redundancy"]},
             ("QM2", "Model's reasoning"): {"rtq": 5, "rta": 5, "rsc": 5, "errors": ["made_up_error"]}}
    grades, summary, _ = grade("mmmr", [item(a, "1. x.\n2. y."), item(b, "1. z.")], by_question(table))
    assert grades["QM1"].metrics == {"rtq": 8.0, "rta": 6.0, "rsc": 7.0, "os": pytest.approx(21 / 30)}
    assert grades["QM1"].labels == {"errors": ("overthinking", "redundancy")}
    assert grades["QM2"].status is GradeStatus.PARSE_FAILURE and "made_up_error" in grades["QM2"].detail
    assert summary.metrics["os"].n == 1 and summary.tallies["errors"] == (("overthinking", 1), ("redundancy", 1))


def test_mirage_step_and_claim_f1() -> None:
    s = sample("QI", steps=("r1", "r2"), report="A report.")
    flags = lambda key, *v: [{"step": i, key: x} for i, x in enumerate(v, 1)]  # noqa: E731
    table = {("QI", "Model steps"): {
        "steps": flags("supported", True, False, True), "reference_steps": flags("covered", True, False),
        "model_claims": [{"claim": c, "supported": v} for c, v in (("a", True), ("b", True), ("c", False), ("d", False))],
        "reference_claims": [{"claim": c, "covered": v} for c, v in (("x", True), ("y", False), ("z", False))]}}
    grades, _, _ = grade("mirage", [item(s, "1. a.\n2. b.\n3. c.")], by_question(table))
    assert grades["QI"].metrics == pytest.approx({
        "step_precision": 2 / 3, "step_recall": 1 / 2, "step_f1": 4 / 7,
        "claim_precision": 1 / 2, "claim_recall": 1 / 3, "claim_f1": 2 / 5})
    assert [st.verdict for st in grades["QI"].steps] == [S, U, S]


def test_open_answer_semantic_accuracy_beside_token_recall() -> None:
    o1 = sample("QO1", answer="cardiomegaly", kind=AnswerType.OPEN)
    o2 = sample("QO2", answer="left lung", kind=AnswerType.OPEN)
    o3 = sample("QO3", answer="liver", kind=AnswerType.OPEN)
    ch = sample("QO4", answer="A", kind=AnswerType.CHOICE, options={"A": "x", "B": "y"})
    table = {("QO1", "Model's answer"): {"equivalent": True}, ("QO2", "Model's answer"): {"equivalent": "false"}}
    items = [item(o1, "", "enlarged heart"), item(o2, "", "right lung"), item(o3, "", None), item(ch, "", "A")]
    grades, summary, calls = grade("open-answer", items, by_question(table))
    assert calls == 2  # the unparsed answer costs no call; the choice question is not judged
    assert grades["QO3"].metrics == {"semantic_accuracy": 0.0} and grades["QO4"].status is GradeStatus.NOT_APPLICABLE
    assert summary.metrics["semantic_accuracy"].value == pytest.approx(1 / 3)


@pytest.mark.parametrize("chunk", [None, 2])  # 2: the reader and the verifier see the run in chunks of two
def test_extract_answer_reads_unparsed_choices_counted_under_rule_judge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        chunk: int | None) -> None:
    import medstep.grading as grading

    if chunk is not None:
        monkeypatch.setattr(grading, "CHUNK", chunk)
    preds = tmp_path / "preds.jsonl"
    lines = [json.loads(x) for x in (EXAMPLES / "radrbench_mini_predictions.jsonl").read_text().splitlines()]
    hedged = {"mini-001": "<think>Blunted angle on the right.</think> Hard to say, I keep going back and forth.",
              "mini-002": "<think>Big heart.</think> Not sure at all."}
    preds.write_text("".join(json.dumps({**ln, "output": hedged.get(ln["id"], ln.get("output", ""))}) + "\n"
                             for ln in lines))
    def script(prompt: str) -> str:
        if "Allowed answers: A, B" in prompt and "pleural effusion" in prompt:
            return '{"answer": "A"}'
        return '{"answer": null}' if "Allowed answers" in prompt else "no script for this prompt"

    with StubOpenAIServer(StubConfig(answer_fn=script)) as server:
        spec = f"extract-answer:openai:judge@{server.base_url}"
        plain = score_predictions(preds, "radrbench", str(EXAMPLES / "radrbench_mini.json"), tmp_path / "plain",
                                  load=LoadOptions(check_images=False), judges=("none",))
        res = score_predictions(preds, "radrbench", str(EXAMPLES / "radrbench_mini.json"), tmp_path / "run",
                                load=LoadOptions(check_images=False), judges=("verifier", spec))
    o, o0 = res.summary.outcome, plain.summary.outcome
    assert o.rules.get("judge") == 1 and "judge" not in o0.rules  # counted apart from rule-read answers

    def unanswered(out):  # outputs with no answer the reader may read (cut outputs are not shown to it)
        return sum(out.statuses[s] for s in READABLE)

    assert unanswered(o) == unanswered(o0) - 1
    assert o.accuracy.value > o0.accuracy.value  # mini-001's gold is A
    j = res.summary.judges[spec]
    # every output the rules left without an answer was shown to the reader; it recovered one
    assert j.info.reads_answers and j.metrics["recovered"].n == unanswered(o0)
    assert j.metrics["recovered"].value == pytest.approx(1 / unanswered(o0))
    lines = {json.loads(x)["id"]: json.loads(x) for x in (tmp_path / "run" / "samples.jsonl").read_text().splitlines()}
    assert lines["mini-001"]["rule"] == "judge" and lines["mini-001"]["answer"] == "A" and lines["mini-001"]["correct"]
    assert lines["mini-002"]["answer"] is None


def test_m3cot_groups_paths_by_the_official_analysis_type_when_the_loader_has_it() -> None:
    from dataclasses import replace

    a = replace(sample("QA", steps=("k1",), qtype="single"), categories={"analysis_type": "diagnosis",
                                                                      "question_type": "single"})
    table = {("QA", "Key steps"): {"steps": m3(("modality", "match"), ("observation", "match")),
                                   "key_steps": keys(True)}}
    grades, _, _ = grade("m3cot", [item(a, "1. CT.\n2. Dark lesion.")], by_question(table))
    assert grades["QA"].labels["question_type"] == ("diagnosis",)


def test_radrscore_llm_chain_stating_nothing_earns_no_averaged_credit() -> None:
    # the same composite as the verifier: undefined factuality/effectiveness add 0, not averaged away
    s = sample("QN", report="Small right effusion. No pneumothorax.")
    chain = "1. I cannot interpret this image.\n2. Please ask a radiologist."
    table = {
        ("QN", "List the key findings"): {"findings": ["right pleural effusion", "no pneumothorax"]},
        ("QN", "For every numbered step list"): {"steps": [{"step": 1, "findings": []}, {"step": 2, "findings": []}]},
        ("QN", "For every reference finding R"): {
            "reference": [{"r": 1, "recalled": True}, {"r": 2, "recalled": False}], "model": []},
    }
    grades, _summary, _calls = grade("radrscore-llm", [item(s, chain)], by_question(table))
    m = grades["QN"].metrics
    assert (m["factuality"], m["effectiveness"]) == (None, None)
    assert m["completeness"] == 0.5 and m["radrscore"] == pytest.approx(0.5 / 3)  # not 0.5
