"""Findings of a newcomer's end-to-end review (session 45), each pinned by the input that showed it.

* ``--timeout inf`` / ``--judge-timeout inf`` / ``--temperature inf`` parse as floats; they used to pass
  the range checks and crash once the first request was sent (aiohttp's timer: OverflowError; the request
  body: "Out of range float values are not JSON compliant"), a traceback instead of one error line.
* ``medstep curate RUN RUN`` pooled one run's rollouts twice: a question solved by 1 of 3 rollouts was
  written as 2 of 6, double weight behind every pass rate.
* ``medstep mine`` without ``--model`` said the strategy "uses one model ... and no mentors or interns".
* Rewards: a broken ``options``/``answer_type`` column did not name its row; all weights 0 returned ``[]``
  (verl: ValueError), an infinite weight gave NaN.
* A run without ``summary.json`` (an interrupted score) did not say how to finish it; ``{}`` as a JSON
  template ran the defaults under the user's name; ``--map question=`` and ``cat.=COL`` were accepted or
  misreported; ``--name`` with a newline split the run over two table rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medstep.cli_errors import _message
from medstep.judges import JudgeOptions
from medstep.run_checks import _check_judge_options
from medstep.types import InvalidSetting, MedstepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BENCH = ["--benchmark", "radrbench", "--data", str(EXAMPLES / "radrbench_mini.json")]


def medstep(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "1000"}  # one error line, not wrapped at the terminal's width
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.mark.parametrize(("cmd", "flag", "rule"), [
    ("eval", "--timeout", "more than 0 seconds, and finite"),
    ("eval", "--temperature", "0 or more, and finite"),
    ("mine", "--timeout", "more than 0 seconds, and finite"),
    ("mine", "--temperature", "0 or more, and finite"),
])
def test_an_infinite_number_is_refused_before_anything_runs(tmp_path: Path, cmd: str, flag: str, rule: str) -> None:
    res = medstep(cmd, *BENCH, "--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / "r"), flag, "inf")
    assert res.returncode == 2, res.stderr
    assert f"error: {flag} must be {rule}, got inf" in res.stderr
    assert "Traceback" not in res.stderr and "internal error" not in res.stderr
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0.0])
def test_an_llm_judge_deadline_must_be_finite(timeout: float) -> None:
    with pytest.raises(InvalidSetting) as e:
        _check_judge_options(JudgeOptions(timeout_s=timeout))
    assert _message(e.value) == f"--judge-timeout must be more than 0 seconds, and finite, got {timeout}"
    _check_judge_options(JudgeOptions(timeout_s=0.5))  # a finite deadline passes


def test_curate_refuses_a_run_named_twice_before_reading_it(tmp_path: Path) -> None:
    from medstep.curate import CurateConfig, run_curate
    from medstep.curate.run import _refuse_repeated

    run = tmp_path / "run"
    run.mkdir()
    (tmp_path / "link").symlink_to(run)
    out = tmp_path / "cur.jsonl"
    for second in (run, tmp_path / "link", tmp_path / "." / "run"):
        with pytest.raises(MedstepError, match="named twice.*counted twice") as e:
            run_curate(CurateConfig(runs=[run, second], out=out))
        assert str(run.resolve()) in str(e.value)
    assert not out.exists()
    _refuse_repeated([run, tmp_path / "other"])  # two runs pass


def test_mine_without_a_model_says_the_model_is_missing() -> None:
    """`medstep mine --benchmark B --data D --out O` (the default strategy, no model) used to answer
    "uses one model ... and no mentors or interns", which reads as if something extra had been given."""
    from medstep.mine.strategies import PlanEvidenceRefine

    with pytest.raises(MedstepError, match=r"^plan-evidence-refine needs a model to write the chains; none was given$"):
        PlanEvidenceRefine.build(None, (), ())
    with pytest.raises(MedstepError, match="no mentors or interns"):
        PlanEvidenceRefine.build("openai:m", ("openai:x",), ())
    assert PlanEvidenceRefine.build("openai:m", (), ()).models == {"model": "openai:m"}


@pytest.mark.parametrize(("column", "value", "says"), [
    ("options", "{bad", r"^reward row 1: column 'options' is not JSON: "),
    ("answer_type", "yesno", r"^reward row 1: column 'answer_type' has 'yesno'; expected closed, open, choice or box$"),
])
def test_a_broken_reward_column_names_its_row(column: str, value: str, says: str) -> None:
    """README: "A column of the wrong type is one error naming the row and column"; these two named only the column,
    so in a batch of 512 rollouts the user could not tell which training row to fix."""
    from medstep.rewards import accuracy_reward

    good = "{\"A\": \"left\", \"B\": \"right\"}" if column == "options" else "choice"
    columns = {"answer": ["A", "A"], column: [good, value]}
    with pytest.raises(MedstepError, match=says):
        accuracy_reward(prompts=["Which side?", "Which side?"], completions=["<answer>A</answer>"] * 2, **columns)
    columns[column] = [good, good]
    assert accuracy_reward(prompts=["Which side?"] * 2, completions=["<answer>A</answer>"] * 2, **columns) == [1.0, 1.0]


def test_a_combined_reward_needs_a_weight_and_finite_weights() -> None:
    """All weights 0 made ``MedstepReward`` return ``[]`` for a batch of one (TRL: a length mismatch) and verl's
    ``compute_score`` die on "not enough values to unpack"; an infinite weight gave NaN for a reward of 0."""
    from medstep.rewards import MedstepReward, RewardConfig
    from medstep.rewards.verl import compute_score

    zero = {"accuracy": 0.0, "format": 0.0, "reasoning": 0.0}
    with pytest.raises(MedstepError, match=r"^every reward weight is 0: set at least one"):
        MedstepReward(RewardConfig(**zero))
    with pytest.raises(MedstepError, match="every reward weight is 0"):
        compute_score("vqa", "<answer>yes</answer>", "yes", {}, **zero)
    with pytest.raises(InvalidSetting, match=r"^accuracy must be finite, got inf$"):
        RewardConfig(accuracy=float("inf"))
    one = MedstepReward(RewardConfig(**{**zero, "accuracy": 1.0}))
    assert one(["Is it?"], ["<answer>yes</answer>"], answer=["yes"]) == [1.0]


def test_a_run_without_its_summary_says_how_to_finish_it(tmp_path: Path) -> None:
    """Ctrl-C while `medstep score` grades leaves run.sqlite without summary.json; `medstep report` then said only
    "the run has not been scored yet", not what to do about it."""
    from medstep.pipeline import score_predictions
    from medstep.datasets.base import LoadOptions

    run = tmp_path / "run"
    score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(EXAMPLES / "radrbench_mini.json"),
                      run, load=LoadOptions(check_images=False), judges=("none",))
    (run / "summary.json").unlink()
    res = medstep("report", str(run))
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "summary.json is missing" in res.stderr and "re-run the command that produced the run" in res.stderr


def test_an_empty_json_template_is_refused(tmp_path: Path) -> None:
    """`--template t.json` holding `{}` ran the default prompts while the run recorded the user's template."""
    from medstep.prompts import PromptTemplate

    empty = tmp_path / "t.json"
    empty.write_text("{}")
    with pytest.raises(MedstepError, match=r"t\.json: the template sets nothing; give at least one of system"):
        PromptTemplate.from_file(empty)
    system_only = tmp_path / "s.json"
    system_only.write_text('{"system": "You are a radiologist."}')
    assert PromptTemplate.from_file(system_only).system == "You are a radiologist."


@pytest.mark.parametrize("entry", ["question=", "=question", " = "])
def test_a_map_entry_names_both_field_and_column(entry: str) -> None:
    """`--map question=` was read as the column '' and reported as "c.tsv has no column ''"."""
    from medstep.cli_options import parse_map

    with pytest.raises(MedstepError, match=r"is not FIELD=COLUMN: both must be named"):
        parse_map([f"answer=a,{entry}"])
    assert parse_map(["answer=a, question = q"]) == {"answer": "a", "question": "q"}


def test_a_category_needs_a_name(tmp_path: Path) -> None:
    """`cat.=COL` was accepted: a category column with an empty name in the report and compare tables."""
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions

    data = tmp_path / "c.jsonl"
    data.write_text('{"question": "Is it?", "answer": "yes", "mod": "CT"}\n')
    with pytest.raises(MedstepError, match=r"field_map must be one of .*, got cat\.$"):
        load_benchmark("custom", str(data), LoadOptions(field_map={"cat.": "mod"}))
    loaded = load_benchmark("custom", str(data), LoadOptions(field_map={"cat.modality": "mod"}))
    assert loaded.samples[0].categories["modality"] == "CT"


@pytest.mark.parametrize("name", ["x\ny", "tab\there", "bell\x07"])
def test_a_run_name_is_one_line(tmp_path: Path, name: str) -> None:
    """`--name "$(printf 'x\\ny')"` split the run over two rows of the compare leaderboard and summary table."""
    res = medstep("score", str(EXAMPLES / "radrbench_mini_predictions.jsonl"), *BENCH, "--out", str(tmp_path / "r"),
                  "--name", name)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "error: --name must be one line of text, without control characters, got " in res.stderr
    assert not (tmp_path / "r").exists()


def test_a_one_line_name_with_any_script_is_kept(tmp_path: Path) -> None:
    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import score_predictions

    out = score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench",
                            str(EXAMPLES / "radrbench_mini.json"), tmp_path / "r", load=LoadOptions(check_images=False),
                            judges=("none",), name="Qwen2.5-VL [7B] 中文 run")
    assert out.summary.name == "Qwen2.5-VL [7B] 中文 run"
