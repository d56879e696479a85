"""Loaders of the seed papers' benchmarks, on invented fixtures in each official layout."""

from __future__ import annotations

import json

import pytest
from support import fixtures_seed as fx
from typer.testing import CliRunner

from medstep.cli import app
from medstep.datasets import LoadOptions, load_benchmark
from medstep.types import AnswerType, MedstepError

runner = CliRunner()


def test_mediconfusion_two_questions_per_pair_sharing_the_group(tmp_path):
    res = load_benchmark("mediconfusion", fx.write_mediconfusion(tmp_path / "mc"))
    assert len(res.samples) == 2 * len(fx.MEDICONFUSION_PAIRS)
    by_id = {s.id: s for s in res.samples}
    first, second = by_id["90001-1"], by_id["90001-2"]
    assert first.group == second.group == "90001"
    assert first.question == second.question and first.options == second.options == {
        "A": "The left ventricle", "B": "The right atrium"}
    assert (first.answer, second.answer) == ("A", "B")
    assert first.images[0].path.name == "101.jpg" and second.images[0].path.name == "102.jpg"
    assert second.category_sets == {"category": ("Cardiac", "Vascular")}
    assert all(s.answer_type is AnswerType.CHOICE for s in res.samples)


def test_mediconfusion_missing_image_names_the_pair(tmp_path):
    data = fx.write_mediconfusion(tmp_path / "mc", missing=104)
    with pytest.raises(MedstepError, match=r"id 90002.*104\.jpg.*file not found"):
        load_benchmark("mediconfusion", data)
    res = load_benchmark("mediconfusion", data, LoadOptions(skip_missing_images=True))
    assert len(res.samples) == 2 * len(fx.MEDICONFUSION_PAIRS) - 1 and len(res.skipped) == 1


def test_mediconfusion_hub_id_says_how_to_get_the_images(tmp_path):
    with pytest.raises(MedstepError, match="download.py"):
        load_benchmark("mediconfusion", "shahab7899/MediConfusion")


def test_medthink_options_in_lines_or_inline_and_scoring_points(tmp_path):
    res = load_benchmark("medthink-bench", fx.write_medthink(tmp_path / "mt"))
    assert len(res.samples) == len(fx.MEDTHINK_RECORDS)
    s1, s2, s3 = res.samples
    assert s1.options == {"A": "Chest X-ray", "B": "Biopsy", "C": "Genetic panel"} and s1.answer == "A"
    assert s1.question.endswith("Which test comes first?")
    assert s2.options["D"] == "Drug four" and s2.answer == "C" and "Answer Choices" not in s2.question
    assert s3.answer_type is AnswerType.OPEN and s3.answer == "Fixture syndrome"
    assert s1.reference_steps == tuple(fx.MEDTHINK_RECORDS[0]["Scoring_Points"])
    assert s1.categories == {"qa_type": "Diagnostic Workup"} and s1.images == ()


def test_medxpertqa_text_ten_options_no_images_and_hub_argument(tmp_path, monkeypatch):
    res = load_benchmark("medxpertqa-text", fx.write_medxpertqa_text(tmp_path / "mx"))
    assert [s.id for s in res.samples] == ["Text-1", "Text-2"]
    assert len(res.samples[0].options) == 10 and res.samples[0].answer == "H" and res.samples[0].images == ()
    assert "Answer Choices" not in res.samples[0].question
    assert len(load_benchmark("medxpertqa-text", tmp_path / "mx", LoadOptions(split="dev")).samples) == 1
    seen = {}

    def fake_rows(repo, config, split):
        seen.update(repo=repo, config=config, split=split)
        return []

    monkeypatch.setattr("medstep.datasets.medxpertqa.load_hub_rows", fake_rows)
    load_benchmark("medxpertqa-text", "TsinghuaC3I/MedXpertQA")
    assert seen == {"repo": "TsinghuaC3I/MedXpertQA", "config": "Text", "split": "test"}
    with pytest.raises(MedstepError, match="images.zip"):  # the MM subset's images are zipped on the hub
        load_benchmark("medxpertqa-mm", "TsinghuaC3I/MedXpertQA")


def test_m3cot_answer_kinds_steps_and_analysis_types(tmp_path):
    res = load_benchmark("m3cotbench", fx.write_m3cot(tmp_path / "m3"))
    assert len(res.samples) == len(fx.M3COT_ROWS)
    single, multi, boolean, short = res.samples
    assert single.answer_type is AnswerType.CHOICE and single.answer == "A" and single.options["B"] == "Pneumothorax"
    assert single.reference_steps == ("Chest radiograph", "Blunting of the right costophrenic angle",
                                      "Right pleural effusion")
    assert single.reference_kinds == ("modality", "observation", "conclusion")
    assert multi.answer_type is AnswerType.OPEN and multi.answer == "A, B" and multi.options == {}
    assert multi.reference_kinds == ("modality", "observation", "conclusion", "knowledge")
    assert boolean.answer_type is AnswerType.CLOSED and boolean.answer == "False"
    assert short.answer_type is AnswerType.OPEN and short.reference_kinds == ("modality", "conclusion")
    assert single.categories["analysis_type"] == "diagnosis" and single.categories["kind"] == "single"
    assert single.images[0].path.name == "1.png"


def test_m3cot_bad_select_all_answer_names_the_record(tmp_path):
    root = fx.write_m3cot(tmp_path / "m3")
    from openpyxl import load_workbook

    book = load_workbook(root / "M3CoTBench.xlsx")
    book.active.cell(row=3, column=3).value = "none of them"
    book.save(root / "M3CoTBench.xlsx")
    with pytest.raises(MedstepError, match=r"M3CoTBench.xlsx: record #1 \(id 2\).*select-all"):
        load_benchmark("m3cotbench", root)


def test_medsg_boxes_sizes_and_image_sequences(tmp_path):
    res = load_benchmark("medsg-bench", fx.write_medsg(tmp_path / "sg"))
    assert len(res.samples) == sum(len(v) for v in fx.MEDSG_RECORDS.values())
    by_id = {s.id: s for s in res.samples}
    reg = by_id["t1-0"]
    assert reg.answer_type is AnswerType.BOX and reg.answer == "[4, 4, 12, 10]"
    assert reg.grounding is not None and reg.grounding.image_size == (16, 16)  # read from the first image
    assert [im.path.name for im in reg.images] == ["a0.png", "a1.png"] and "<image>" not in reg.question
    assert by_id["t3-0"].grounding.image_size == (64, 48)  # the record's own size wins
    assert by_id["t3-0"].categories == {"task": "Multi_View", "images": "3"}


def test_medsg_bad_box_is_a_clear_error(tmp_path):
    root = fx.write_medsg(tmp_path / "sg")
    path = root / "Task1" / "registered_diff.json"
    recs = json.loads(path.read_text())
    recs[1]["answer"] = [5, 5, 1, 1]
    path.write_text(json.dumps(recs))
    with pytest.raises(MedstepError, match=r"record #1 \(id t1-1\).*x2 < x1"):
        load_benchmark("medsg-bench", root)


def test_medrbench_case_summary_points_and_multilabel_categories(tmp_path):
    res = load_benchmark("medrbench", fx.write_medrbench(tmp_path / "mr"))
    case = {s.id: s for s in res.samples}["PMC0000001"]
    assert case.answer_type is AnswerType.OPEN and case.answer == "Invented effusion syndrome"
    assert case.question.endswith("What is the diagnosis of this patient?")
    assert case.reference_steps == (
        "**Pleural effusion:** the radiograph shows a right pleural effusion.",
        "**Pneumothorax:** excluded, no pneumothorax is seen.", "Cardiomegaly is absent.")
    assert case.category_sets["body_category"] == ("Lungs and Breathing", "Heart and Circulation")
    assert {s.categories["rare_disease"] for s in res.samples} == {"yes", "no"}


@pytest.mark.parametrize("name, writer, n, sets", [
    ("mediconfusion", fx.write_mediconfusion, 2 * len(fx.MEDICONFUSION_PAIRS), len(fx.MEDICONFUSION_PAIRS)),
    ("medthink-bench", fx.write_medthink, len(fx.MEDTHINK_RECORDS), None),
    ("m3cotbench", fx.write_m3cot, len(fx.M3COT_ROWS), None),
    ("medrbench", fx.write_medrbench, len(fx.MEDRBENCH_CASES), None),
])
def test_data_command_prints_counts(tmp_path, name, writer, n, sets):
    res = runner.invoke(app, ["data", name, "--data", str(writer(tmp_path / name))])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["n"] == n and out.get("sets") == sets


def test_m3cot_hub_id_downloads_the_workbook_and_images_once(tmp_path, monkeypatch):
    local = fx.write_m3cot(tmp_path / "snapshot")
    seen = {}

    def fake_snapshot(repo_id, repo_type, allow_patterns):
        seen.update(repo_id=repo_id, repo_type=repo_type, patterns=allow_patterns)
        return str(local)

    monkeypatch.setattr("huggingface_hub.snapshot_download", fake_snapshot)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    res = load_benchmark("m3cotbench", "APRIL-AIGC/M3CoTBench")
    assert len(res.samples) == len(fx.M3COT_ROWS)
    assert seen["repo_id"] == "APRIL-AIGC/M3CoTBench" and seen["repo_type"] == "dataset"
    assert "*.xlsx" in seen["patterns"] and "images/*" in seen["patterns"]

    def offline(**kwargs):
        raise OSError("no network")

    monkeypatch.setattr("huggingface_hub.snapshot_download", offline)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    with pytest.raises(MedstepError, match="could not be downloaded: no network"):
        load_benchmark("m3cotbench", "APRIL-AIGC/M3CoTBench")


@pytest.mark.parametrize("name, hub_id, how", [
    ("medsg-bench", "MedSG-Bench/MedSG-Bench", "unpack its images"),
    ("medrbench", "MAGIC-AI4Med/MedRBench", "clone MAGIC-AI4Med/MedRBench"),
    ("medthink-bench", "plusnli/MedThink-Bench", "clone"),
])
def test_hub_style_ids_of_local_only_releases_say_how_to_get_them(name, hub_id, how):
    with pytest.raises(MedstepError, match=rf"'{hub_id}' is not a local path; .*{how}"):
        load_benchmark(name, hub_id)
