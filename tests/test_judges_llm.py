"""LLM judges through a scripted local judge server: arithmetic, failure accounting, caching.

The stub server plays the judge model with fixed replies chosen by a
substring of each prompt (the sample's question), so every expected number
below is computed by hand from those replies.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.stub_openai_server import StubConfig, StubOpenAIServer, scripted

from medstep.datasets.base import LoadOptions
from medstep.judges import JudgeOptions
from medstep.judges.protocol import Ask, Protocol, graded
from medstep.judges.texts import answer_block, question_block
from medstep.pipeline import score_predictions
from medstep.results import GradeStatus
from medstep.store import RunStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def medq(c: int, p: int, s: int, q: int) -> str:
    return json.dumps({"completeness": c, "preciseness": p, "consistency": s, "quality_accuracy": q,
                       "reason": "scripted"})


SCRIPT = [
    ("Is there evidence of a pleural effusion", medq(2, 2, 2, 2)),
    ("Is the cardiac silhouette enlarged", medq(1, 2, 0, 1)),
    ("acute shortness of breath", "The reasoning looks fine to me overall."),  # no JSON: parse failure
    ("airspace opacity", "I'm sorry, but I can't help with grading this."),  # refusal
    ("pulmonary edema", medq(5, 2, 2, 2)),  # JSON of the wrong shape (5 is off the 0-2 scale): parse failure
    ("device is projected", "<think>Let me weigh it {draft}</think>```json\n" + medq(0, 1, 2, 2) + "\n```"),
]


@pytest.fixture()
def bench_file(tmp_path: Path) -> Path:
    """The example benchmark with one question that makes the judge server fail (HTTP 500)."""
    records = json.loads((EXAMPLES / "radrbench_mini.json").read_text())
    for r in records:
        if r["item_id"] == "mini-006":
            r["question"] = "[always-fail] " + r["question"]
    path = tmp_path / "bench.json"
    path.write_text(json.dumps(records))
    return path


def _score(out: Path, bench: Path, url: str, *judges: str):
    return score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(bench), out,
                             load=LoadOptions(check_images=False), judges=judges,
                             judge_options=JudgeOptions(concurrency=4, max_retries=0, timeout_s=10))


def test_medq_arithmetic_failures_and_cache(tmp_path: Path, bench_file: Path) -> None:
    with StubOpenAIServer(StubConfig(answer_fn=scripted(SCRIPT))) as server:
        spec = f"medq:openai:judge@{server.base_url}"
        res = _score(tmp_path / "run", bench_file, server.base_url, "verifier", spec)
        first = server.stats.chat_requests
        j = res.summary.judges[spec]
        # mini-007's generation failed: 7 samples reach the judges
        assert j.n == 7
        assert {s: j.statuses[s] for s in GradeStatus} == {
            GradeStatus.GRADED: 3, GradeStatus.NOT_APPLICABLE: 0, GradeStatus.PARSE_FAILURE: 2,
            GradeStatus.REFUSED: 1, GradeStatus.FAILED: 1}
        m = {k: v.value for k, v in j.metrics.items()}
        assert m["completeness"] == pytest.approx((2 + 1 + 0) / 3)
        assert m["preciseness"] == pytest.approx((2 + 2 + 1) / 3)
        assert m["consistency"] == pytest.approx((2 + 0 + 2) / 3)
        assert m["quality_accuracy"] == pytest.approx((2 + 1 + 2) / 3)
        assert m["total"] == pytest.approx((8 + 4 + 5) / 3)
        assert all(v.n == 3 for v in j.metrics.values())
        assert res.judge_calls[spec].requested == first == 7 and res.judge_calls[spec].failed == 1
        assert "verifier" in res.summary.judges and j.info.model == f"openai:judge@{server.base_url}"

        with RunStore.open(tmp_path / "run") as store:
            grades = {r.sample.id: r.reasoning.grades.get(spec) for r in store.results() if r.reasoning}
        assert grades["mini-003"].status is GradeStatus.PARSE_FAILURE and "no JSON object" in grades["mini-003"].detail
        assert grades["mini-004"].status is GradeStatus.REFUSED
        assert "between 0 and 2" in grades["mini-005"].detail
        assert grades["mini-006"].status is GradeStatus.FAILED and "judge call failed" in grades["mini-006"].detail
        assert grades["mini-007"] is None  # failed generation: nothing to judge
        assert grades["mini-008"].metrics == {"completeness": 0.0, "preciseness": 1.0, "consistency": 2.0,
                                             "quality_accuracy": 2.0, "total": 5.0}

        # Re-scoring with the same judge asks only for the call that failed; every reply is cached.
        again = _score(tmp_path / "run", bench_file, server.base_url, "verifier", spec)
        assert server.stats.chat_requests - first == 1
        assert again.judge_calls[spec].cached == 6 and again.judge_calls[spec].requested == 1
        assert again.summary.judges[spec] == j
        summary = json.loads((tmp_path / "run" / "summary.json").read_text())
        assert summary["judges"][spec]["protocol"] == "medq" and summary["judges"][spec]["version"] == "1"
        assert summary["judges"][spec]["statuses"]["refused"] == 1


def test_judge_needs_a_model_and_a_valid_spec(tmp_path: Path, bench_file: Path) -> None:
    from medstep.types import MedstepError

    with pytest.raises(MedstepError, match="needs a judge model"):
        _score(tmp_path / "a", bench_file, "", "medq")
    with pytest.raises(MedstepError, match="unknown judge 'nope'"):
        _score(tmp_path / "b", bench_file, "", "nope:openai:x")
    with pytest.raises(MedstepError, match="given twice"):
        _score(tmp_path / "c", bench_file, "", "medq:openai:x@http://127.0.0.1:9/v1", "medq:openai:x@http://127.0.0.1:9/v1")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


class Conciseness(Protocol):
    """The README's "Adding a judge" example, verbatim."""

    name, version, metrics = "conciseness", "1", ("redundant_share",)
    system = 'You count redundant steps. Reply with one JSON object: {"redundant": n}'

    def run(self, item):
        (reply,) = yield [Ask(f"{question_block(item.sample)}\n\n{answer_block(item)}")]
        redundant = reply.number("redundant", 0, len(item.steps))  # out of range: a parse failure
        return graded({"redundant_share": redundant / len(item.steps) if item.steps else None})


def test_a_new_protocol_is_one_class_and_one_registry_line(tmp_path: Path, bench_file: Path, monkeypatch) -> None:
    from medstep.judges import registry

    monkeypatch.setitem(registry.JUDGES, "conciseness", "test_judges_llm:Conciseness")
    script = [("cardiac silhouette", '{"redundant": 1}'), ("pleural effusion", '{"redundant": 9}'),
              ("Model's reasoning", '{"redundant": 0}')]
    with StubOpenAIServer(StubConfig(answer_fn=scripted(script))) as server:
        spec = f"conciseness:openai:j@{server.base_url}"
        res = _score(tmp_path / "run", bench_file, server.base_url, spec)
    j = res.summary.judges[spec]
    # mini-002 has 3 steps (1 redundant), mini-001 claims 9 of 4 (a parse failure), the rest 0;
    # mini-006's call fails, mini-007 had no generation
    assert j.statuses[GradeStatus.PARSE_FAILURE] == 1 and j.statuses[GradeStatus.FAILED] == 1
    assert j.metrics["redundant_share"].n == 5
    assert j.metrics["redundant_share"].value == pytest.approx((1 / 3) / 5)


@pytest.mark.slow
def test_tiny_gguf_judge_returns_garbage_every_call_is_a_parse_failure(tmp_path: Path, tiny_gguf: Path) -> None:
    """A real llama.cpp server with a random-weight model: the run completes, nothing is scored by accident."""
    from support.llama_server import MODEL_ALIAS, llama_server

    with llama_server(tiny_gguf) as server:
        spec = f"medq:openai:{MODEL_ALIAS}@{server.base_url}"
        res = score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench",
                                str(EXAMPLES / "radrbench_mini.json"), tmp_path / "run",
                                load=LoadOptions(check_images=False), judges=("verifier", spec),
                                judge_options=JudgeOptions(concurrency=2, max_tokens=24, timeout_s=60))
    j = res.summary.judges[spec]
    judged = j.n - j.statuses[GradeStatus.NOT_APPLICABLE]
    assert judged == 7 and res.judge_calls[spec].requested == judged and res.judge_calls[spec].failed == 0
    assert j.statuses[GradeStatus.PARSE_FAILURE] == judged and j.graded == 0
    assert all(m.n == 0 and m.value is None for m in j.metrics.values())  # no garbage became a 0 or a 1
    assert res.summary.judges["verifier"].graded == 7  # the rest of the run is graded as usual


def test_eval_with_an_llm_judge_resumes_with_zero_requests(tmp_path: Path) -> None:
    """``medstep eval``: one server plays the model and the judge; a re-run sends nothing at all."""
    from support import fixtures_datasets as fx

    from medstep.pipeline import EvalConfig, run_eval

    def answer(prompt: str) -> str:
        if "Model's final answer" in prompt:  # the judge's prompt
            return json.dumps({"equivalent": "yes" in prompt.split("Correct answer:")[1].split("\n")[0]})
        return "I looked at the image.\nAnswer: yes"

    root = tmp_path / "vqarad"
    fx.write_vqa_rad(root)
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        cfg = EvalConfig(benchmark="vqa-rad", data=str(root), model=f"openai:m@{server.base_url}", out=tmp_path / "run",
                         judges=(f"open-answer:openai:j@{server.base_url}",),
                         judge_options=JudgeOptions(concurrency=4, max_retries=0))
        first = run_eval(cfg)
        sent = server.stats.chat_requests
        again = run_eval(cfg)
        assert server.stats.chat_requests == sent  # generations and judge calls all come from run.sqlite
    spec = cfg.judges[0]
    j = first.summary.judges[spec]
    opens = j.n - j.statuses[GradeStatus.NOT_APPLICABLE]
    assert opens > 0 and first.judge_calls[spec].requested + first.judge_calls[spec].cached <= opens
    assert again.judge_calls[spec].requested == 0 and again.summary.judges[spec] == j


def test_judge_usage_and_cost_cover_cached_calls(tmp_path: Path, bench_file: Path) -> None:
    """Judge tokens are counted per endpoint over the replies the grades rest on, the same whether
    the calls were sent now or answered from the run's cache; a price turns them into a cost."""
    from medstep.results.usage import Price

    with StubOpenAIServer(StubConfig(answer_fn=scripted(SCRIPT))) as server:
        spec = f"medq:openai:judge@{server.base_url}"
        prices = {"medq": Price(1.0, 3.0)}
        kwargs = dict(load=LoadOptions(check_images=False), judges=(spec,),
                      judge_options=JudgeOptions(concurrency=4, max_retries=0, timeout_s=10), prices=prices)
        first = score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(bench_file),
                                  tmp_path / "run", **kwargs)
        again = score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(bench_file),
                                  tmp_path / "run", **kwargs)
    usage = first.summary.usage
    assert usage.generation is None  # score generated nothing
    judge = usage.judges[spec]
    assert set(judge.by_endpoint) == {server.base_url} and judge.total.calls == 6  # the failed call has no usage
    assert judge.total.prompt_tokens > 0 and judge.total.unreported == 0
    assert judge.cost == pytest.approx((judge.total.prompt_tokens + 3 * judge.total.completion_tokens) / 1e6)
    assert again.summary.usage == usage and usage.cost == judge.cost
