"""QA regressions: `medstep score` on odd prediction files gives one clear error or an honest count."""

import json

import pytest

from medstep.results import expand_reasoning
from medstep.pipeline import read_predictions, score_predictions
from medstep.types import MedstepError
from support import fixtures_datasets as fx


def _write(tmp_path, raw: bytes):
    path = tmp_path / "preds.jsonl"
    path.write_bytes(raw)
    return path


def test_bom_is_accepted(tmp_path):
    preds = read_predictions(_write(tmp_path, b'\xef\xbb\xbf{"id": "a", "output": "yes"}\n'))
    assert preds["a"].text == "yes" and not preds["a"].failed


def test_invalid_utf8_names_file_and_line(tmp_path):
    path = _write(tmp_path, b'{"id": "a", "output": "yes"}\n{"id": "b", "output": "\xff"}\n')
    with pytest.raises(MedstepError, match=r"preds\.jsonl:2: not UTF-8"):
        read_predictions(path)


def test_empty_error_string_is_not_a_failure(tmp_path):
    path = _write(tmp_path, b'{"id": "a", "output": "yes", "error": ""}\n{"id": "b", "output": "no", "error": null}\n')
    preds = read_predictions(path)
    assert not preds["a"].failed and not preds["b"].failed
    assert preds["a"].error is None


def test_real_error_is_a_failure(tmp_path):
    preds = read_predictions(_write(tmp_path, b'{"id": "a", "error": {"status": 500}}\n'))
    assert preds["a"].failed and "500" in preds["a"].error


@pytest.mark.parametrize("line, what", [
    (b'{"id": null, "output": "x"}', '"id" must be'),
    (b'{"id": "", "output": "x"}', '"id" must be'),
    (b'{"id": ["a"], "output": "x"}', '"id" must be'),
    (b'{"id": "a", "output": ["yes"]}', '"output" must be a string'),
    (b'{"id": "a", "output": "x", "reasoning": 3}', '"reasoning" must be a string'),
    (b'{"id": "a", "error": ""}', 'no "output"'),
])
def test_bad_field_types_name_the_line(tmp_path, line, what):
    path = _write(tmp_path, b'{"id": "ok", "output": "x"}\n' + line + b"\n")
    with pytest.raises(MedstepError, match=r"preds\.jsonl:2") as err:
        read_predictions(path)
    assert what in str(err.value)


def _slake(tmp_path):
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions

    root = fx.write_slake(tmp_path / "slake")

    ids = [s.id for s in load_benchmark("slake", str(root), LoadOptions(check_images=False)).samples]
    return root, ids


def test_partial_predictions_are_counted_in_the_summary(tmp_path):
    root, ids = _slake(tmp_path)
    preds = _write(tmp_path, (json.dumps({"id": ids[0], "output": "yes"}) + "\n").encode())
    res = score_predictions(preds, "slake", str(root), tmp_path / "run")
    assert res.unpredicted == len(ids) - 1
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["n"] == 1
    assert summary["left_out"] == {"unpredicted": len(ids) - 1}


def test_unknown_id_error_shows_what_ids_look_like(tmp_path):
    root, ids = _slake(tmp_path)
    preds = _write(tmp_path, b'{"id": "nope", "output": "yes"}\n')
    with pytest.raises(MedstepError, match=f"first: 'nope' \\(benchmark ids look like '{ids[0]}'\\)"):
        score_predictions(preds, "slake", str(root), tmp_path / "run")


def test_a_runs_own_samples_jsonl_rescores_to_the_same_numbers(tmp_path):
    root, ids = _slake(tmp_path)
    lines = [{"id": ids[0], "output": "<think>The liver is enlarged.</think><answer>liver</answer>"},
             {"id": ids[1], "output": "The answer is yes", "reasoning": "server-side thoughts"},
             {"id": ids[2], "error": "HTTP 500"}]
    preds = _write(tmp_path, "".join(json.dumps(x) + "\n" for x in lines).encode())
    first = score_predictions(preds, "slake", str(root), tmp_path / "a")
    exported = tmp_path / "a" / "samples.jsonl"
    second = score_predictions(exported, "slake", str(root), tmp_path / "b")
    assert second.summary.outcome == first.summary.outcome
    a = [expand_reasoning(json.loads(x)) for x in exported.read_text().splitlines()]
    b = [expand_reasoning(json.loads(x)) for x in (tmp_path / "b" / "samples.jsonl").read_text().splitlines()]
    assert [x["reasoning"]["text"] for x in a] == [x["reasoning"]["text"] for x in b]
    assert a[1]["server_reasoning"] == "server-side thoughts" and a[1]["reasoning"]["text"].startswith("server-side")


def test_json_array_file_gets_a_jsonl_hint(tmp_path):
    path = _write(tmp_path, b'[{"id": "a", "output": "yes"}, {"id": "b", "output": "no"}]\n')
    with pytest.raises(MedstepError, match=r"preds\.jsonl:1: a JSON array; write one .* object per line"):
        read_predictions(path)


def test_pretty_printed_json_array_gets_the_hint_too(tmp_path):
    path = _write(tmp_path, b'[{"id": "a", "output": "yes"},\n {"id": "b", "output": "no"}]\n')
    with pytest.raises(MedstepError, match=r"preds\.jsonl:1: malformed JSON: .*looks like a JSON array"):
        read_predictions(path)
