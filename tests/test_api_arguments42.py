"""The public library API called with hostile arguments: one typed error naming the argument, never a crash deep inside.

A library user calls ``extract(None, sample)`` or ``verify(chain, report=3)`` or hands a reward ``None`` for its
completions; each used to fail many calls deep (``AttributeError: 'NoneType' object has no attribute 'lower'`` in
``extract/context.py``). Each is now an :class:`InvalidArgument` (a ``MedstepError`` and a ``TypeError``) naming
the function and the argument, while the documented calls answer as before. (What each reader takes of a pipe: ``test_input_streams42.py``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medstep.arguments import InvalidArgument
from medstep.extract import extract, has_think_answer_format, split_reasoning
from medstep.judges.registry import load_judge, parse_judge, resolve_judges
from medstep.rewards import (
    RewardConfig,
    accuracy_reward,
    format_reward,
    length_penalty,
    majority_vote_reward,
    repetition_penalty,
)
from medstep.store import RunStore
from medstep.types import AnswerType, InvalidSetting, MedstepError, Sample
from medstep.verify import PatientContext, extract_findings, verify

CLOSED = Sample(id="c1", question="Is there a pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
CHOICE = Sample(
    id="m1",
    question="Which finding?",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Pleural effusion", "B": "Pneumothorax"},
)
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _hand_built(**fields: object) -> Sample:
    base = {
        "id": "h1",
        "question": "Which finding?",
        "answer": "B",
        "answer_type": AnswerType.CHOICE,
        "options": {"A": "Pleural effusion", "B": "Pneumothorax"},
    }
    return Sample(**{**base, **fields})  # type: ignore[arg-type]


def test_documented_calls_answer_as_before() -> None:
    assert extract("<answer>B</answer>", CHOICE).answer == "B"
    assert extract("There is no pneumothorax. Final answer: no", CLOSED).answer == "no"
    assert extract("", CLOSED).rule == "unparsed"  # an empty output is a status, not an error
    assert split_reasoning("<think>r</think><answer>a</answer>") == ("r", "a")
    assert has_think_answer_format("<think>r</think><answer>a</answer>")
    v = verify(
        "There is a small left effusion. So B.",
        report="Small left effusion. No pneumothorax.",
        options={"A": "Pneumothorax", "B": "Left pleural effusion"},
        chosen="B",
    )
    assert v.clinical is not None and v.clinical.score == 1.0
    assert verify("No effusion.", reference=[None, "", "No effusion."]).steps  # blank steps are skipped, as before
    assert verify("No effusion.", report="No effusion.", context=PatientContext(age=80)).steps


@pytest.mark.parametrize(
    "call,match",
    [
        (lambda: extract(None, CLOSED), r"extract: text must be a str, got None"),
        (lambda: extract(123, CLOSED), r"extract: text must be a str, got int 123"),
        (lambda: extract(b"yes", CLOSED), r"text must be a str, got bytes .*decode it first"),
        (lambda: extract("yes", None), r"extract: sample must be a medstep.types.Sample, got None"),
        (lambda: extract("yes", {"question": "q"}), r"sample must be a .*Sample, got dict .*Sample.from_json"),
        (
            lambda: extract("B", _hand_built(options=["Effusion", "Pneumothorax"])),
            r"extract: sample 'h1': options must be a dict of letter -> text .*options_from_value",
        ),
        (lambda: extract("B", _hand_built(options=None)), r"sample 'h1': options must be a dict"),
        (
            lambda: extract("B", _hand_built(options={"A": None, "B": "x"})),
            r"options must map letters to text, got 'A'",
        ),
        (
            lambda: extract("B", _hand_built(answer_type="choice")),
            r"answer_type must be an AnswerType \(AnswerType\('choice'\)\)",
        ),
        (lambda: extract("B", _hand_built(question=None)), r"sample 'h1': question must be a str, got None"),
        (lambda: extract("B", _hand_built(answer=2)), r"sample 'h1': answer must be a str, got int 2"),
        (lambda: extract("yes", CLOSED, server_reasoning=5), r"server_reasoning must be a str or None, got int 5"),
        (lambda: extract("yes", CLOSED, finish_reason=["length"]), r"finish_reason must be a str or None"),
        (lambda: split_reasoning(None), r"split_reasoning: text must be a str"),
        (lambda: has_think_answer_format(None), r"has_think_answer_format: text must be a str"),
    ],
)
def test_extract_with_a_wrong_argument_is_one_error_naming_it(call, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match) as caught:
        call()
    assert isinstance(caught.value, MedstepError) and isinstance(caught.value, TypeError)


@pytest.mark.parametrize(
    "call,match",
    [
        (lambda: verify(None, report="No pneumothorax."), r"verify: chain must be a str, got None"),
        (lambda: verify(123, report="x"), r"verify: chain must be a str, got int 123"),
        (lambda: verify("No effusion.", report=123), r"verify: report must be a str or None, got int 123"),
        (lambda: verify("No effusion.", reference=[1]), r"verify: reference\[0\] must be a str or None, got int 1"),
        (lambda: verify("No effusion.", reference={"a": "b"}), r"verify: reference must be a str or a list of str"),
        (lambda: verify("B.", report="x", options="A) a B) b", chosen="B"), r"verify: options must be a dict"),
        (lambda: verify("B.", report="x", options={"A": "a", "B": "b"}, chosen=2), r"verify: chosen must be a str"),
        (
            lambda: verify("No effusion.", report="x", context={"age": 3}),
            r"context must be a PatientContext .*from_mapping",
        ),
        (lambda: verify("No effusion.", report="x", question=5), r"verify: question must be a str or None, got int 5"),
        (lambda: extract_findings(None), r"extract_findings: text must be a str, got None"),
    ],
)
def test_verify_with_a_wrong_argument_is_one_error_naming_it(call, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match):
        call()


@pytest.mark.parametrize(
    "call,match",
    [
        (lambda: accuracy_reward(None, None, answer=["yes"]), r"completions must be a list .*got NoneType"),
        (lambda: accuracy_reward(["q"], "yes", answer=["yes"]), r"completions must be a list .*got str"),
        (lambda: format_reward(None, None), r"completions must be a list"),
        (lambda: majority_vote_reward(None, None), r"completions must be a list"),
        (lambda: length_penalty(None, None), r"completions must be a list"),
        (lambda: repetition_penalty(None, None), r"completions must be a list"),
    ],
)
def test_rewards_given_no_list_of_completions_name_the_argument(call, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match):
        call()


def test_reward_numbers_must_be_numbers() -> None:
    with pytest.raises(MedstepError, match=r"completion_ids\[0\] must be a list of token ids, got NoneType"):
        length_penalty(None, ["a b"], completion_ids=[None])
    assert length_penalty(None, ["a b"], completion_ids=[[1, 2]]) == [0.0]
    with pytest.raises(InvalidSetting, match=r"accuracy must be a number, got '1.0'"):
        RewardConfig(accuracy="1.0")  # type: ignore[arg-type]
    with pytest.raises(InvalidSetting, match=r"unparsed must be a number, got 'x'"):
        accuracy_reward(["q"], ["??"], answer=["yes"], unparsed="x")
    assert RewardConfig(accuracy=2, unparsed=-0.5).weights()["accuracy"] == 2  # ints and negatives stay allowed


def test_judge_registry_and_run_store_name_a_wrong_argument(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match=r"parse_judge: text must be a str, got None"):
        parse_judge(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"names must be a list of judge names \(\['verifier'\]\), got str"):
        resolve_judges("verifier", [CLOSED])  # type: ignore[arg-type]  (was: unknown judge 'v')
    assert [s.name for s in resolve_judges(["verifier"], [CLOSED])] == ["verifier"]
    with pytest.raises(InvalidArgument, match=r"load_judge: spec must be a JudgeSpec \(parse_judge\('verifier'\)\)"):
        load_judge("verifier")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"RunStore.open: run_dir must be a path .*got None"):
        RunStore.open(None)  # type: ignore[arg-type]
    with pytest.raises(MedstepError, match="is not a medstep run directory"):
        RunStore.open(tmp_path)


def test_a_hand_built_sample_is_named_without_an_empty_benchmark() -> None:
    with pytest.raises(MedstepError, match=r"^sample 'h1': choice question without options$"):
        extract("B", _hand_built(options={}))
    assert _hand_built(benchmark="radrbench").named() == "sample 'h1' (radrbench)"


# ------------------------------------------------------------------ input files (pipes: test_input_streams42.py)
def test_the_verifier_s_own_tables_are_read_as_every_input_file_is(tmp_path: Path) -> None:
    """``Verifier(extra_lexicon=...)`` and the significance table read with ``Path.read_text``: a Latin-1 export was a
    ``UnicodeDecodeError`` traceback, a FIFO a hang; they go through the one text loader now."""
    from medstep.verify import Verifier

    latin = tmp_path / "terms.tsv"
    latin.write_bytes("caf\xe9\tfinding\n".encode("latin-1"))
    with pytest.raises(MedstepError, match=rf"{latin}:1: not UTF-8 \(byte 0xe9\); save the file as UTF-8"):
        Verifier(extra_lexicon=latin)
    with pytest.raises(MedstepError, match=rf"{latin}:1: not UTF-8"):
        Verifier(significance=latin)
    with pytest.raises(InvalidArgument, match=r"Verifier: a lexicon table must be a path .*got int 5"):
        Verifier(extra_lexicon=5)  # type: ignore[arg-type]


def test_report_labels_and_compare_reports_name_a_wrong_argument() -> None:
    from medstep.verify import default_verifier

    v = default_verifier()
    with pytest.raises(InvalidArgument, match=r"report_labels: text must be a str, got None"):
        v.report_labels(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"compare_reports: truth must be a str, got int 3"):
        v.compare_reports("Left pneumothorax.", 3)  # type: ignore[arg-type]
    assert v.compare_reports("Left pneumothorax.", "Left pleural effusion.", PatientContext(age=70)).score < 1


def test_a_missing_parquet_table_says_so() -> None:
    from medstep.datasets._records import read_table_file

    with pytest.raises(MedstepError, match=r"cannot read parquet table /nonexistent/t.parquet: No such file"):
        read_table_file(Path("/nonexistent/t.parquet"))


def test_a_training_file_that_is_missing_or_not_utf8_is_one_error(tmp_path: Path) -> None:
    from medstep.trainset.files import load_trainset

    with pytest.raises(MedstepError, match="no such training file"):
        load_trainset(tmp_path / "none.jsonl")
    latin = tmp_path / "train.jsonl"
    latin.write_bytes('{"prompt": "caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(MedstepError, match=rf"{latin}:1: not UTF-8"):
        load_trainset(latin)


_COMMANDS = ("data", "eval", "score", "report", "compare", "agreement", "mine", "curate")


def test_help_answers_to_h_on_every_command_and_no_arguments_lists_the_commands() -> None:
    """``medstep -h`` was "No such option: -h"; README says ``-h`` and ``--help`` both list the options."""
    from typer.testing import CliRunner

    from medstep.cli import app

    runner = CliRunner()
    for command in ((), *((c,) for c in _COMMANDS)):
        short, long_ = runner.invoke(app, [*command, "-h"]), runner.invoke(app, [*command, "--help"])
        assert short.exit_code == 0 and short.output == long_.output and "Usage:" in short.output, command
    bare = runner.invoke(app, [])
    assert bare.exit_code == 2 and all(c in bare.output for c in _COMMANDS)  # README: `medstep` alone exits 2


def test_load_benchmark_and_read_predictions_name_a_wrong_argument() -> None:
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import read_predictions

    data = str(EXAMPLES / "radrbench_mini.json")
    with pytest.raises(InvalidArgument, match=r"load_benchmark: data must be a path .*got None"):
        load_benchmark("radrbench", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"load_benchmark: options must be a LoadOptions, got dict"):
        load_benchmark("radrbench", data, {"check_images": False})  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"load_benchmark: name must be a str, got None"):
        load_benchmark(None, data)  # type: ignore[arg-type]
    assert len(load_benchmark("radrbench", data, LoadOptions(check_images=False)).samples) == 8
    with pytest.raises(InvalidArgument, match=r"read_predictions: path must be a path .*got None"):
        read_predictions(None)  # type: ignore[arg-type]
    assert len(read_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl")) == 8


def test_compute_score_and_resolve_judges_name_a_missing_argument() -> None:
    from medstep.rewards import compute_score

    with pytest.raises(InvalidArgument, match=r"compute_score: solution_str must be a str, got None"):
        compute_score("medvqa", None, "yes", {})  # type: ignore[arg-type]
    assert (
        compute_score("medvqa", "<answer>yes</answer>", "yes", {"question": "Is there a pneumothorax?"})["accuracy"]
        == 1
    )
    with pytest.raises(InvalidArgument, match=r"resolve_judges: samples must be a list of Sample, got NoneType"):
        resolve_judges(["auto"], None)  # type: ignore[arg-type]
