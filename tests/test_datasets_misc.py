"""RadRBench, the custom loader, the registry, hub loading and the example file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import fixtures_datasets as fx

from medstep.datasets import BENCHMARKS, LoadOptions, benchmark_names, load_benchmark
from medstep.answers import split_options
from medstep.answers import split_reference_steps as split_steps
from medstep.types import AnswerType, MedstepError, Sample

REPO = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ RadRBench
def test_radrbench_options_steps_and_reports(tmp_path):
    path = fx.write_radrbench(tmp_path / "rr")
    res = load_benchmark("radrbench", path)
    assert [s.id for s in res.samples] == [r["item_id"] for r in fx.RADR_RECORDS]
    first, second, third = res.samples
    assert first.question == "Is there a pleural effusion on this radiograph?"
    assert first.options == {"A": "Yes", "B": "No"} and first.answer == "A" and first.answer_text == "Yes"
    assert first.reference_steps == (
        "The left costophrenic angle is blunted.",
        "A meniscus sign is seen on the left.",
        "These findings indicate a left pleural effusion.",
    )
    assert first.report == fx.RADR_RECORDS[0]["original_report"]
    assert second.reference_steps == tuple(fx.RADR_RECORDS[1]["process"]) and len(second.images) == 2
    assert second.answer == "C" and second.categories == {"dataset": "ms-cxr-t", "task": "choice"}
    assert third.answer_type is AnswerType.OPEN and third.answer == "Pacemaker" and third.options == {}
    assert third.reference_steps == ("A device with leads is seen in the left chest wall.",
                                     "The leads end in the heart.")


def test_radrbench_without_images(tmp_path):
    path = fx.write_radrbench(tmp_path / "rr", write_images=False)
    with pytest.raises(MedstepError, match=r"record #0 \(id rr-001\).*rr-001\.png.*file not found"):
        load_benchmark("radrbench", path)
    res = load_benchmark("radrbench", path, LoadOptions(check_images=False))
    assert len(res.samples) == len(fx.RADR_RECORDS) and res.skipped == []
    assert res.samples[0].images[0].path == path.parent / "imgs" / "rr-001.png"


def test_radrbench_parsers_edge_cases():
    stem, opts = split_options("Which side?\nA) left\nB) right")  # no Options: line
    assert stem == "Which side?" and opts == {"A": "left", "B": "right"}
    assert split_options("Describe the heart.\nB) not an option list") == ("Describe the heart.\nB) not an option list", {})
    assert split_steps("1. Heart size 2.5 cm. 2. Lungs clear.") == ("Heart size 2.5 cm.", "Lungs clear.")
    assert split_steps(None) == ()


def test_radrbench_answer_forms():
    from medstep.datasets._choices import gold_letter
    from medstep.datasets._records import Record

    rec = Record(raw={}, source="f.json", index=0)
    opts = {"A": "Yes", "B": "No"}
    for raw in ("B", "(B)", "b.", "<answer>B</answer>", "B) No", "<answer> no </answer>", ["B"]):
        assert gold_letter(raw, opts, rec, "answer") == "B", raw
    with pytest.raises(MedstepError, match="2 answers"):
        gold_letter(["A", "B"], opts, rec, "answer")


def test_radrbench_bad_answer_letter(tmp_path):
    rec = dict(fx.RADR_RECORDS[0], answer="<answer>D</answer>")
    path = fx.write_radrbench(tmp_path / "rr", records=[rec])
    with pytest.raises(MedstepError, match=r"radrbench_test\.json: record #0 \(id rr-001\).*'D'"):
        load_benchmark("radrbench", path)


def test_example_radrbench_mini_loads_without_images():
    path = REPO / "examples" / "radrbench_mini.json"
    res = load_benchmark("radrbench", path, LoadOptions(check_images=False))
    raw = json.loads(path.read_text())
    assert len(res.samples) == len(raw) >= 8
    for s in res.samples:
        assert s.reference_steps and s.report
        assert s.answer_type is AnswerType.OPEN or s.answer in s.options


# --------------------------------------------------------------------- custom
CUSTOM_MAP = {"id": "uid", "question": "prompt", "answer": "gold", "image": "img", "options": "choices",
              "cat.organ": "organ"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_custom_field_map(tmp_path, fmt):
    path = fx.write_custom(tmp_path / "c", fmt)
    res = load_benchmark("custom", path, LoadOptions(field_map=CUSTOM_MAP))
    by_id = {s.id: s for s in res.samples}
    assert list(by_id) == [r["uid"] for r in fx.CUSTOM_ROWS]
    assert by_id["c1"].answer_type is AnswerType.CLOSED
    assert by_id["c2"].answer_type is AnswerType.CHOICE and by_id["c2"].options == {"A": "CT", "B": "MRI", "C": "X-ray"}
    assert by_id["c3"].answer_type is AnswerType.OPEN and by_id["c3"].categories == {"organ": "leg"}
    assert by_id["c4"].answer == "A" and by_id["c4"].images == ()  # gold given as option text
    assert by_id["c1"].images[0].path == path.parent / "pics" / "c1.png"


def test_custom_parquet_with_image_bytes_and_default_columns(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"question": "Is it normal?", "answer": "no", "image": {"bytes": fx.image_bytes(1), "path": "a.png"},
             "answer_type": "open"}]
    path = tmp_path / "x.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    (s,) = load_benchmark("custom", path).samples
    assert s.id == "row-0" and s.answer_type is AnswerType.OPEN and s.images[0].data == fx.image_bytes(1)


def test_custom_errors(tmp_path):
    path = fx.write_custom(tmp_path / "c")
    with pytest.raises(MedstepError, match="no 'question' column"):
        load_benchmark("custom", path)
    with pytest.raises(MedstepError, match="field_map must be one of"):
        load_benchmark("custom", path, LoadOptions(field_map={"questoin": "prompt"}))
    with pytest.raises(MedstepError, match="no column 'nope'"):
        load_benchmark("custom", path, LoadOptions(field_map=dict(CUSTOM_MAP, answer="nope")))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"question": "q?", "answer": ""}) + "\n")
    with pytest.raises(MedstepError, match=r"bad\.jsonl:1: record #0: required field 'answer' is empty"):
        load_benchmark("custom", bad)


def test_record_errors_name_the_line_an_editor_opens(tmp_path):
    """A bad record of a line file is named FILE:LINE (blank lines and a multi-line CSV cell counted), not only by
    its 0-based index: the user opens the file at that line."""
    good = json.dumps({"question": "q?", "answer": "yes"})
    jsonl = tmp_path / "gaps.jsonl"
    jsonl.write_text("\n".join([good, "", good, json.dumps({"question": "q?"}), good]) + "\n")
    with pytest.raises(MedstepError, match=r"gaps\.jsonl:4: record #2: missing required field 'answer'"):
        load_benchmark("custom", jsonl)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([good, '{"question": "cut', good]) + "\n")
    with pytest.raises(MedstepError, match=r"broken\.jsonl:2: record #1: malformed JSON"):
        load_benchmark("custom", broken)
    table = tmp_path / "rows.csv"
    table.write_text('question,answer\n"two\nlines?",yes\nthird?,\nfourth?,no\n')
    with pytest.raises(MedstepError, match=r"rows\.csv:4: record #1: required field 'answer' is empty"):
        load_benchmark("custom", table)
    as_list = tmp_path / "list.json"  # a JSON list has no line per record: the index alone, no invented line
    as_list.write_text(json.dumps([{"question": "q?", "answer": "yes"}, {"question": "q?"}]))
    with pytest.raises(MedstepError, match=r"list\.json: record #1: missing required field 'answer'"):
        load_benchmark("custom", as_list)


def test_custom_file_without_records_is_refused(tmp_path):
    """A header-only CSV or an empty JSONL loads nothing and leaves a wrong --map column unchecked: refused."""
    header_only = tmp_path / "header.csv"
    header_only.write_text("q,a\n")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    for path in (header_only, empty):
        with pytest.raises(MedstepError, match=r"custom: .* holds no records"):
            load_benchmark("custom", path, LoadOptions(field_map={"question": "qq", "answer": "a"}))
    # near miss: one row is loaded, and a mapped column it lacks is named
    header_only.write_text("q,a\nIs it enlarged?,yes\n")
    assert len(load_benchmark("custom", header_only, LoadOptions(field_map={"question": "q", "answer": "a"})).samples) == 1
    with pytest.raises(MedstepError, match="no column 'qq'"):
        load_benchmark("custom", header_only, LoadOptions(field_map={"question": "qq", "answer": "a"}))


# ------------------------------------------------------------------- registry
def test_registry_lists_all_loaders_with_metadata():
    names = benchmark_names()
    assert names == list(BENCHMARKS)
    for want in ("vqa-rad", "slake", "pathvqa", "medxpertqa-mm", "mmmu-med", "pmc-vqa", "omnimedvqa",
                 "radrbench", "custom"):
        assert want in names
    for bench in BENCHMARKS.values():
        assert bench.default_split in bench.splits and bench.description


def test_unknown_benchmark_and_missing_path(tmp_path):
    with pytest.raises(MedstepError, match=r"unknown benchmark 'vqa-rod' \(known: vqa-rad, slake"):
        load_benchmark("vqa-rod", tmp_path)
    with pytest.raises(MedstepError, match="does not exist"):
        load_benchmark("slake", tmp_path / "nowhere")


def test_malformed_json_names_file_and_position(tmp_path):
    root = tmp_path / "rad"
    root.mkdir()
    (root / "VQA_RAD Dataset Public.json").write_text('[{"qid": 1,}]')
    with pytest.raises(MedstepError, match=r"VQA_RAD Dataset Public\.json: malformed JSON at line 1"):
        load_benchmark("vqa-rad", root)


def test_samples_round_trip_through_json(tmp_path):
    root = fx.write_slake(tmp_path / "slake")
    for s in load_benchmark("slake", root).samples:
        assert Sample.from_json(json.loads(json.dumps(s.to_json()))) == s


# ------------------------------------------------------------------ hub path
def test_hub_id_loads_through_datasets_with_image_bytes(monkeypatch):
    """A hub id goes through ``datasets.load_dataset``; images arrive as raw bytes."""
    import datasets

    calls = []

    def fake_load_dataset(repo, config=None, split=None):
        calls.append((repo, config, split))
        feats = datasets.Features({"image": datasets.Image(), "question": datasets.Value("string"),
                                   "answer": datasets.Value("string")})
        return datasets.Dataset.from_dict(
            {"image": [{"bytes": fx.image_bytes(3), "path": "p.png"}], "question": ["Is it CT?"], "answer": ["yes"]},
            features=feats,
        )

    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    res = load_benchmark("pathvqa", "flaviagiammarino/path-vqa")
    assert calls == [("flaviagiammarino/path-vqa", None, "test")]
    (s,) = res.samples
    assert s.images[0].data == fx.image_bytes(3) and s.answer_type is AnswerType.CLOSED
    assert res.source.startswith("hf://flaviagiammarino/path-vqa")


def test_hub_failure_is_a_clear_error(monkeypatch):
    import datasets

    def offline(*args, **kwargs):
        raise ConnectionError("no network")

    monkeypatch.setattr(datasets, "load_dataset", offline)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    with pytest.raises(MedstepError, match=r"'MMMU/MMMU' is not a local path.*no network"):
        load_benchmark("mmmu-med", "MMMU/MMMU")


def test_hub_id_refused_where_release_is_zipped():
    with pytest.raises(MedstepError, match="not a local path"):
        load_benchmark("slake", "BoKelvin/SLAKE")
