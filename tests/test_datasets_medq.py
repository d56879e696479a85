"""MedQ-Bench on an invented release in its VLMEvalKit TSV layout."""

from __future__ import annotations

import json

import pytest
from support import fixtures_medq as fx
from typer.testing import CliRunner

from medstep.cli import app
from medstep.datasets import LoadOptions, load_benchmark
from medstep.datasets.medqbench import DESCRIBE, question_kind, stated_level
from medstep.types import AnswerType, MedstepError

runner = CliRunner()


def test_perception_letters_numbers_and_shared_images(tmp_path):
    res = load_benchmark("medq-bench", fx.write_medq(tmp_path / "mq"))
    assert [s.id for s in res.samples] == ["0", "1", "2"]
    yes_no, what, how = res.samples
    assert yes_no.options == {"A": "Yes", "B": "No"} and yes_no.answer == "A"
    assert what.answer == "C" and what.answer_text == "Blur"  # "2" is the third option, as the official loader reads it
    assert what.images[0].read_bytes() == yes_no.images[0].read_bytes()  # row 1 points at row 0's image
    assert [s.categories["question_type"] for s in res.samples] == ["yes-or-no", "what", "how"]
    assert how.categories["modality"] == "CT" and all(s.answer_type is AnswerType.CHOICE for s in res.samples)


def test_description_split_gives_level_and_expert_reference(tmp_path):
    res = load_benchmark("medq-bench", fx.write_medq(tmp_path / "mq"), LoadOptions(split="description-test"))
    good, unstated = res.samples
    assert good.answer == "good" and good.report == fx.DESCRIPTION[0]["description"]
    assert "\t" in good.report and good.question == DESCRIBE and good.categories["quality"] == "good"
    assert unstated.answer == fx.DESCRIPTION[1]["description"] and unstated.categories["quality"] == "unstated"
    assert all(s.answer_type is AnswerType.OPEN and len(s.images) == 1 for s in res.samples)


def test_comparison_split_holds_both_images_in_order(tmp_path):
    res = load_benchmark("medq-bench", fx.write_medq(tmp_path / "mq"), LoadOptions(split="comparison-test"))
    (pair,) = res.samples
    assert len(pair.images) == 2 and pair.images[0].read_bytes() != pair.images[1].read_bytes()
    assert pair.report == fx.PAIRED[0]["description"] and "two medical images" in pair.question


def test_bad_answer_and_dangling_image_reference_name_the_record(tmp_path):
    root = fx.write_medq(tmp_path / "mq")
    path = root / "medqbench_QA_test.tsv"
    path.write_text(path.read_text().replace("\tB\tCT", "\tD\tCT"))
    with pytest.raises(MedstepError, match=r"medqbench_QA_test\.tsv:4: record #2 \(id 2\): answer 'D'"):
        load_benchmark("medq-bench", root)
    fx._write(path, [{**fx.PERCEPTION[1], "image": "7"}])
    with pytest.raises(MedstepError, match=r"'image' '7' is neither base64"):
        load_benchmark("medq-bench", root)


def test_broken_base64_is_skipped_and_counted(tmp_path):
    root = fx.write_medq(tmp_path / "mq")
    fx._write(root / "medqbench_QA_test.tsv", [{**fx.PERCEPTION[2], "image": "@" * 80}, fx.PERCEPTION[0]])
    with pytest.raises(MedstepError, match="not valid base64"):
        load_benchmark("medq-bench", root)
    res = load_benchmark("medq-bench", root, LoadOptions(skip_missing_images=True))
    assert [s.id for s in res.samples] == ["0"] and res.skipped[0].record == "2"


def test_hub_id_downloads_the_tsv_files_once(tmp_path, monkeypatch):
    local = fx.write_medq(tmp_path / "snapshot", split="dev")
    seen = {}

    def fake_snapshot(repo_id, repo_type, allow_patterns):
        seen.update(repo_id=repo_id, repo_type=repo_type, patterns=allow_patterns)
        return str(local)

    monkeypatch.setattr("huggingface_hub.snapshot_download", fake_snapshot)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    res = load_benchmark("medq-bench", "jiyaoliufd/MedQ-Bench", LoadOptions(split="dev"))
    assert len(res.samples) == len(fx.PERCEPTION)
    assert seen == {"repo_id": "jiyaoliufd/MedQ-Bench", "repo_type": "dataset", "patterns": ["*.tsv", "**/*.tsv"]}
    with pytest.raises(MedstepError, match=r"no medqbench_QA_test\.tsv \(split 'test'\)"):
        load_benchmark("medq-bench", "jiyaoliufd/MedQ-Bench")


def test_data_command_counts_each_task(tmp_path):
    root = str(fx.write_medq(tmp_path / "mq"))
    for split, n in (("test", len(fx.PERCEPTION)), ("description-test", len(fx.DESCRIPTION)),
                     ("comparison-test", len(fx.PAIRED))):
        res = runner.invoke(app, ["data", "medq-bench", "--data", root, "--split", split])
        assert res.exit_code == 0, res.output
        assert json.loads(res.output)["n"] == n


def test_question_kind_and_level_readers():
    assert question_kind("Is it blurred?", {"A": "yes", "B": "No "}) == "yes-or-no"
    assert question_kind("How strong is the noise?", {"A": "weak", "B": "strong"}) == "how"
    assert question_kind("Which artifact?", {"A": "x", "B": "y"}) == "other"
    assert stated_level("Some noise. Overall, the quality of this image is USABLE.") == "usable"
    assert stated_level("Overall quality: fine") is None


def _medq_stub(prompt: str) -> str:
    if "Reference report:" in prompt:  # the medq judge's request
        return '{"completeness": 2, "preciseness": 1, "consistency": 2, "quality_accuracy": 2, "reason": "ok"}'
    return ("<think>Vessel edges are sharp and lighting is even.</think>"
            "<answer>Overall, the quality of this image is good.</answer>")


def test_description_split_through_eval_with_the_medq_judge(tmp_path):
    from support.stub_openai_server import StubConfig, StubOpenAIServer

    data, run = fx.write_medq(tmp_path / "mq"), tmp_path / "run"
    with StubOpenAIServer(StubConfig(answer_fn=_medq_stub)) as server:
        res = runner.invoke(app, [
            "eval", "--no-report", "--benchmark", "medq-bench", "--data", str(data), "--split", "description-test",
            "--model", f"openai:stub@{server.base_url}", "--judge", f"medq:openai:judge@{server.base_url}",
            "--out", str(run)])
        assert res.exit_code == 0, res.output
        model_calls = [b for b in server.stats.bodies if "Reference report:" not in json.dumps(b)]
    assert all(sum(p["type"] == "image_url" for p in b["messages"][-1]["content"]) == 1 for b in model_calls)
    summary = json.loads((run / "summary.json").read_text())
    medq = summary["judges"][f"medq:openai:judge@{server.base_url}"]
    assert medq["statuses"]["graded"] == len(fx.DESCRIPTION)
    assert medq["metrics"]["total"]["value"] == 7 and medq["metrics"]["preciseness"]["value"] == 1
    lines = {ln["id"]: ln for ln in map(json.loads, (run / "samples.jsonl").read_text().splitlines())}
    # open grading: the sentence's frame ("Overall, the quality of this image is ...") is cut, the level is the answer
    assert lines["10"]["gold"] == "good" and lines["10"]["answer"] == "good"
    assert lines["10"]["correct"] is True


def test_custom_reads_a_tsv_file(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text('id\tq\ta\n1\t"Is the image, in\tshort, sharp?"\tyes\n')
    res = load_benchmark("custom", path, LoadOptions(field_map={"id": "id", "question": "q", "answer": "a"}))
    (s,) = res.samples
    assert s.question == "Is the image, in\tshort, sharp?" and s.answer_type is AnswerType.CLOSED
