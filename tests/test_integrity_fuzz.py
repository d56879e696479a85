"""Robustness pass (session 15): inputs found by fuzzing the CLI and the reward callables.

Each case was a traceback or a silently wrong result before; now it is one clear
error naming the file and record (exit 2 on the command line), or the right result.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from medstep.datasets import load_benchmark
from medstep.datasets.base import LoadOptions
from medstep.rewards import accuracy_reward, compute_score, format_reward, length_penalty, perception_reward
from medstep.rewards import box_iou_reward, reasoning_reward
from medstep.types import MedstepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MINI = EXAMPLES / "radrbench_mini.json"
GOOD = "<think>The right costophrenic angle is blunted.</think><answer>A</answer>"


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """``medstep ARGS`` in this process, through the console script's own error handling."""
    from medstep import cli

    monkeypatch.setattr(sys, "argv", ["medstep", *args])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return int(exc.value.code or 0), err


def _mini(tmp_path: Path, **changes: object) -> Path:
    records = json.loads(MINI.read_text())[:1]
    records[0].update(changes)
    path = tmp_path / "rad.json"
    path.write_text(json.dumps(records))
    return path


# ------------------------------------------------------------------ predictions files
def test_error_false_in_predictions_is_a_successful_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": "mini-001", "output": GOOD, "error": False}) + "\n")
    code, _ = run_cli(monkeypatch, capsys, "score", str(preds), "--benchmark", "radrbench", "--data", str(MINI),
                      "--out", str(tmp_path / "run"), "--no-report")
    [row] = [json.loads(line) for line in (tmp_path / "run" / "samples.jsonl").read_text().splitlines()]
    assert code == 0 and row["status"] == "scored" and row["correct"] is True


def test_non_string_finish_reason_is_one_error_naming_line_and_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": "mini-001", "output": GOOD, "finish_reason": 5}) + "\n")
    code, err = run_cli(monkeypatch, capsys, "score", str(preds), "--benchmark", "radrbench", "--data", str(MINI),
                        "--out", str(tmp_path / "run"))
    assert code == 2 and "p.jsonl:1 (id 'mini-001'): \"finish_reason\" must be a string or null, got int" in err


# ------------------------------------------------------------------ benchmark files
@pytest.mark.parametrize("steps,message", [
    (5, "field 'reason_steps' must be text or a list of texts, found int: 5"),
    ({"1": "a"}, "field 'reason_steps' must be text or a list of texts, found dict"),
    (["Blunted angle.", None], "field 'reason_steps' item 1 must be text, found null"),
    (["Blunted angle.", {"x": 1}], "field 'reason_steps' item 1 must be text, found dict"),
], ids=["number", "object", "null-item", "object-item"])
def test_reference_steps_of_the_wrong_type_are_an_error_naming_the_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        steps: object, message: str) -> None:
    data = _mini(tmp_path, reason_steps=steps)
    code, err = run_cli(monkeypatch, capsys, "data", "radrbench", "--data", str(data))
    assert code == 2 and f"rad.json: record #0 (id mini-001): {message}" in err


def test_custom_steps_column_of_the_wrong_type_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"id": "r1", "question": "Effusion?", "answer": "yes", "why": {"a": 1}}) + "\n")
    with pytest.raises(MedstepError, match=r"mine\.jsonl:1: record #0 \(id r1\): field 'why' must be text or a list"):
        load_benchmark("custom", str(path), LoadOptions(field_map={"steps": "why"}))


def test_numbers_in_a_steps_list_are_read_as_text(tmp_path: Path) -> None:
    [s] = load_benchmark("radrbench", str(_mini(tmp_path, reason_steps=["Blunted angle.", 2])),
                         LoadOptions(check_images=False)).samples
    assert s.reference_steps == ("Blunted angle.", "2")


def test_a_nested_image_path_is_an_error_not_a_path_named_after_a_list(tmp_path: Path) -> None:
    data = _mini(tmp_path, image_path=[["images/mini-001.png"]])
    with pytest.raises(MedstepError, match=r"record #0 \(id mini-001\): 'image_path' must be a list of paths, found "
                                           r"an item \['images/mini-001.png'\]"):
        load_benchmark("radrbench", str(data), LoadOptions())


def _rows(tmp_path: Path, *rows: dict) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_a_boolean_answer_is_an_error_not_the_open_answer_true(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _rows(tmp_path, {"id": "r1", "question": "Effusion?", "answer": True})
    code, err = run_cli(monkeypatch, capsys, "data", "custom", "--data", str(path))
    assert code == 2 and "mine.jsonl:1: record #0 (id r1): field 'answer' must be text or a number, found a boolean" in err


@pytest.mark.parametrize("options,message", [
    (["x", None], "option #1 must be text or a number, found null"),
    (["x", ["y"]], "option #1 must be text or a number, found list"),
    ({"A": "x", "a": "y"}, "option keys repeat a letter"),
], ids=["null", "list", "same-letter"])
def test_option_texts_that_are_not_text_are_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str], options: object,
                                                     message: str) -> None:
    path = _rows(tmp_path, {"id": "r1", "question": "Which?", "answer": "B", "options": options})
    code, err = run_cli(monkeypatch, capsys, "data", "custom", "--data", str(path))
    assert code == 2 and f"mine.jsonl:1: record #0 (id r1): 'options': {message}" in err


def test_a_csv_header_naming_a_column_twice_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("id,question,answer,answer\nr1,Effusion?,yes,no\n")
    code, err = run_cli(monkeypatch, capsys, "data", "custom", "--data", str(path))
    assert code == 2 and "mine.csv:1: the header names column(s) ['answer'] more than once" in err


def test_a_csv_field_over_128_kb_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("id,question,answer,report\nr1,Effusion?,yes," + "x" * 200_000 + "\n")
    [s] = load_benchmark("custom", str(path), LoadOptions(field_map={"report": "report"})).samples
    assert s.report is not None and len(s.report) == 200_000


@pytest.mark.parametrize("image,message", [
    ([None], "'image' must hold image paths, found an item None"),
    ([["a.png"]], "'image' must hold image paths, found an item ['a.png']"),
], ids=["null", "nested"])
def test_image_items_that_are_not_paths_are_an_error(tmp_path: Path, image: object, message: str) -> None:
    path = _rows(tmp_path, {"id": "r1", "question": "Effusion?", "answer": "yes", "image": image})
    with pytest.raises(MedstepError) as exc:
        load_benchmark("custom", str(path), LoadOptions())
    assert f"record #0 (id r1): {message}" in str(exc.value)


def test_an_image_cell_whose_bytes_are_text_is_an_unusable_image_not_a_crash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = _rows(tmp_path, {"id": "r1", "question": "Effusion?", "answer": "yes", "image": {"bytes": "iVBOR"}})
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": "r1", "output": "yes"}) + "\n")
    code, err = run_cli(monkeypatch, capsys, "score", str(preds), "--benchmark", "custom", "--data", str(path),
                        "--out", str(tmp_path / "run"))
    assert code == 2 and "record #0 (id r1): image <bytes>: image cell 'bytes' holds str, not binary data" in err


@pytest.mark.parametrize("flags,message", [
    (["--map", "question=q"], "--map must be given for the custom benchmark only, got question=q"),
    (["--lang", "zh"], "--lang must be en for radrbench (a language filter is for slake only), got zh"),
], ids=["map", "lang"])
def test_flags_another_benchmark_would_ignore_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str], flags: list[str],
                                                          message: str) -> None:
    code, err = run_cli(monkeypatch, capsys, "data", "radrbench", "--data", str(MINI), *flags)
    assert code == 2 and message in err


def test_curate_into_a_folder_that_cannot_exist_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": "mini-001", "output": GOOD}) + "\n")
    run_cli(monkeypatch, capsys, "score", str(preds), "--benchmark", "radrbench", "--data", str(MINI),
            "--out", str(tmp_path / "run"), "--no-report")
    (tmp_path / "file").write_text("x")
    code, err = run_cli(monkeypatch, capsys, "curate", str(tmp_path / "run"), "--keep", "all",
                        "--out", str(tmp_path / "file" / "c.jsonl"))
    assert code == 2 and f"cannot write training file {tmp_path / 'file' / 'c.jsonl'}:" in err


# ------------------------------------------------------------------ reward callables
COLS = dict(answer=["A"], options=[{"A": "Yes", "B": "No"}], question=["Effusion?"],
            report=["Small right pleural effusion."], reference_steps=[["The right costophrenic angle is blunted."]])


@pytest.mark.parametrize("name,value,message", [
    ("report", 5, "reward row 0: column 'report' must be text, got int"),
    ("report", ["a", "b"], "reward row 0: column 'report' must be text, got list"),
    ("reference_steps", 5, "reward row 0: column 'reference_steps' must be text or a list of texts, found int"),
    ("reference_steps", [["x"]], "reward row 0: column 'reference_steps' must be text or a list of texts, found list"),
], ids=["report-number", "report-list", "steps-number", "steps-nested"])
def test_reward_text_columns_of_the_wrong_type_are_one_error(name: str, value: object, message: str) -> None:
    with pytest.raises(MedstepError, match=message):
        reasoning_reward(["p"], [GOOD], **{**COLS, name: [value]})


def test_key_findings_of_the_wrong_type_are_one_error() -> None:
    with pytest.raises(MedstepError, match="reward row 0: column 'key_findings' must be text or a list of texts"):
        perception_reward(["p"], [GOOD], **COLS, key_findings=[5])


def test_an_empty_image_size_is_refused() -> None:
    with pytest.raises(MedstepError, match=r"reward row 0: 'image_size' must be \[width, height\] in pixels"):
        box_iou_reward(["p"], ["[0.1, 0.1, 0.5, 0.5]"], answer=["[1, 2, 30, 40]"], answer_type=["box"],
                       image_size=[[0, 0]])


def test_prompts_and_completions_of_different_lengths_are_refused() -> None:
    with pytest.raises(MedstepError, match="3 prompts for 1 completions"):
        accuracy_reward(["p", "q", "r"], [GOOD], **COLS)


def test_completion_ids_of_a_different_length_are_refused() -> None:
    with pytest.raises(MedstepError, match="2 completion_ids for 1 completions"):
        length_penalty(["p"], [GOOD], completion_ids=[[1, 2], [3]])


def test_a_bad_completion_is_named_by_its_row() -> None:
    with pytest.raises(MedstepError, match="completion 1: unsupported completion type NoneType"):
        format_reward(["p", "q"], [GOOD, None])


def test_a_chat_turn_without_content_is_empty_text_not_none() -> None:
    turns = [[{"role": "assistant", "content": None, "tool_calls": []}, {"role": "assistant", "content": GOOD}]]
    assert format_reward(["p"], turns) == [1.0]


def test_verl_extra_info_that_is_not_a_mapping_is_one_error() -> None:
    with pytest.raises(MedstepError, match="radrbench: extra_info must be a mapping of reward columns, got str"):
        compute_score("radrbench", GOOD, "A", "oops")


@pytest.mark.parametrize("gold,message", [
    (True, r"column 'answer' must be text or a number, found a boolean \(true\)"),
    (["A"], r"column 'answer' must be text, a number or a box \[x1, y1, x2, y2\], found a list: \['A'\]"),
    ({"text": "A"}, r"column 'answer' must be text, a number or a box .*found an object"),
], ids=["boolean", "list-of-words", "object"])
def test_a_gold_answer_that_is_not_text_is_one_error_not_a_silent_zero(gold: object, message: str) -> None:
    """``str(True)`` or ``str(['A'])`` was the gold answer no completion matches: every reward of the row a silent 0
    (the loaders refuse the same values). In TRL and in verl alike."""
    with pytest.raises(MedstepError, match="reward row 0: " + message):
        accuracy_reward(["p"], [GOOD], **{**COLS, "answer": [gold]})
    with pytest.raises(MedstepError, match="reward row 0: " + message):
        compute_score("radrbench", GOOD, gold, {"options": {"A": "Yes", "B": "No"}})


def test_a_box_gold_given_as_a_list_of_numbers_is_still_a_box() -> None:
    box = [10, 20, 110, 220]
    assert box_iou_reward(["p"], [f"<answer>{box}</answer>"], answer=[box], answer_type=["box"]) == [1.0]
    assert accuracy_reward(["p"], ["<answer>3</answer>"], answer=[3]) == [1.0]  # a number is its text, as loaders read it
