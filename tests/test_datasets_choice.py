"""Multiple-choice loaders: MedXpertQA MM, MMMU (medical), PMC-VQA, OmniMedVQA."""

from __future__ import annotations

import json

import pytest
from support import fixtures_datasets as fx

from medstep.datasets import LoadOptions, load_benchmark
from medstep.datasets.medxpertqa import strip_answer_choices
from medstep.datasets.mmmu import MMMU_MED_SUBJECTS
from medstep.types import AnswerType, MedstepError


# ---------------------------------------------------------------- MedXpertQA
@pytest.mark.parametrize("split", ["test", "dev"])
def test_medxpertqa_counts_and_gold(tmp_path, split):
    root = fx.write_medxpertqa(tmp_path / "mx")
    res = load_benchmark("medxpertqa-mm", root, LoadOptions(split=split))
    recs = fx.MEDXPERTQA_RECORDS[split]
    assert [s.id for s in res.samples] == [r["id"] for r in recs]
    gold = [r["label"][0] if isinstance(r["label"], list) else r["label"] for r in recs]
    assert [s.answer for s in res.samples] == gold
    assert all(s.answer_type is AnswerType.CHOICE and list(s.options) == list("ABCDE") for s in res.samples)


def test_medxpertqa_question_stripped_options_and_images(tmp_path):
    root = fx.write_medxpertqa(tmp_path / "mx")
    samples = load_benchmark("medxpertqa-mm", root / "MM").samples
    first, second, third = samples
    assert "Answer Choices" not in first.question and "(A)" not in first.question
    assert first.question == fx.MEDXPERTQA_RECORDS["test"][0]["question"].split("\nAnswer Choices:")[0]
    assert first.answer_text == "Aortic dissection"
    assert [im.path.name for im in second.images] == ["MM-1-a.png", "MM-1-b.png"]
    assert third.options["C"] == "Excise" and third.images[0].path.name == "MM-2-a.jpeg"  # list-form options
    assert first.categories == {"medical_task": "Diagnosis", "body_system": "Cardiovascular",
                                "question_type": "Reasoning"}


def test_strip_answer_choices_keeps_stems_that_mention_the_phrase():
    assert strip_answer_choices("Stem.\nAnswer Choices: (A) x (B) y") == "Stem."
    assert strip_answer_choices("Read the Answer Choices: carefully") == "Read the Answer Choices: carefully"


def test_medxpertqa_errors(tmp_path):
    root = fx.write_medxpertqa(tmp_path / "mx", missing="MM-1-b.png")
    with pytest.raises(MedstepError, match=r"test\.jsonl:2: record #1 \(id MM-1\).*MM-1-b\.png"):
        load_benchmark("medxpertqa-mm", root)
    jsonl = root / "MM" / "test.jsonl"
    lines = jsonl.read_text().splitlines()
    bad = json.loads(lines[0])
    bad["label"] = "F"
    jsonl.write_text(json.dumps(bad) + "\n")
    with pytest.raises(MedstepError, match=r"record #0 \(id MM-0\).*'F'.*not one of the option letters"):
        load_benchmark("medxpertqa-mm", root)
    del bad["label"]
    jsonl.write_text(json.dumps(bad) + "\n")
    with pytest.raises(MedstepError, match=r"test\.jsonl:1: record #0 \(id MM-0\): missing required field 'label'"):
        load_benchmark("medxpertqa-mm", root)
    jsonl.write_text(lines[0] + "\n{not json\n")
    with pytest.raises(MedstepError, match=r"test\.jsonl:2: record #1: malformed JSON"):
        load_benchmark("medxpertqa-mm", root)


# ---------------------------------------------------------------------- MMMU
def _mmmu_expected(split: str) -> list[dict]:
    return [r for (subj, sp), rows in fx.MMMU_ROWS.items() if sp == split and subj in MMMU_MED_SUBJECTS
            for r in rows]


@pytest.mark.parametrize("split", ["validation", "dev"])
def test_mmmu_med_subjects_only(tmp_path, split):
    root = fx.write_mmmu(tmp_path / "MMMU")
    res = load_benchmark("mmmu-med", root, LoadOptions(split=split))
    assert sorted(s.id for s in res.samples) == sorted(r["id"] for r in _mmmu_expected(split))
    assert not any("Art" in s.id for s in res.samples)


def test_mmmu_options_images_and_types(tmp_path):
    root = fx.write_mmmu(tmp_path / "MMMU")
    by_id = {s.id: s for s in load_benchmark("mmmu-med", root).samples}
    two = by_id["validation_Clinical_Medicine_2"]
    assert two.options == {"A": "Size", "B": "Shape", "C": "Density"} and two.answer == "A"
    assert two.answer_text == "Size" and len(two.images) == 2 and "<image 2>" in two.question
    assert two.categories["subject"] == "Clinical_Medicine" and two.categories["question_type"] == "multiple-choice"
    open_q = by_id["validation_Pharmacy_1"]
    assert open_q.answer_type is AnswerType.OPEN and open_q.answer == "250" and open_q.options == {}


def test_mmmu_test_split_refused_and_bad_gold(tmp_path):
    root = fx.write_mmmu(tmp_path / "MMMU")
    with pytest.raises(MedstepError, match="hidden answers"):
        load_benchmark("mmmu-med", root, LoadOptions(split="test"))
    row = dict(fx.MMMU_ROWS[("Pharmacy", "dev")][0], answer="Z")
    bad = fx.write_mmmu(tmp_path / "bad", {("Pharmacy", "dev"): [row]})
    with pytest.raises(MedstepError, match=r"dev-00000-of-00001\.parquet: record #0 \(id dev_Pharmacy_1\).*'Z'"):
        load_benchmark("mmmu-med", bad, LoadOptions(split="dev"))


# -------------------------------------------------------------------- PMC-VQA
@pytest.mark.parametrize("split", ["test_clean", "test"])
def test_pmc_vqa_splits_and_prefix_stripping(tmp_path, split):
    root = fx.write_pmc_vqa(tmp_path / "pmc")
    res = load_benchmark("pmc-vqa", root, LoadOptions(split=split))
    rows = fx.PMC_ROWS[split]
    assert [s.answer for s in res.samples] == [r[-1] for r in rows]
    assert [s.answer_text for s in res.samples] == [r[2] for r in rows]
    assert [s.id for s in res.samples] == [f"{split}-{i:05d}" for i in range(len(rows))]


def test_pmc_vqa_missing_choice_d_and_figures_dir(tmp_path):
    root = fx.write_pmc_vqa(tmp_path / "pmc", image_dir="figures")
    samples = load_benchmark("pmc-vqa", root).samples
    assert samples[1].options == {"A": "Left", "B": "Right", "C": "Both", "D": "Neither"}
    assert list(samples[2].options) == ["A", "B", "C"]  # empty Choice D dropped
    assert samples[0].images[0].path.parent.name == "figures"


def test_pmc_vqa_missing_image(tmp_path):
    root = fx.write_pmc_vqa(tmp_path / "pmc", missing="PMC101_F2.jpg")
    with pytest.raises(MedstepError, match=r"test_clean\.csv:3: record #1 \(id test_clean-00001\).*PMC101_F2"):
        load_benchmark("pmc-vqa", root)
    res = load_benchmark("pmc-vqa", root, LoadOptions(skip_missing_images=True))
    assert len(res.samples) == len(fx.PMC_ROWS["test_clean"]) - 1 and res.skipped[0].reason == "file not found"


# ----------------------------------------------------------------- OmniMedVQA
def test_omnimedvqa_all_records_and_gold_matching(tmp_path):
    root = fx.write_omnimedvqa(tmp_path / "omni")
    res = load_benchmark("omnimedvqa", root)
    all_recs = [r for recs in fx.OMNI_RECORDS.values() for r in recs]
    assert sorted(s.id for s in res.samples) == sorted(r["question_id"] for r in all_recs)
    by_id = {s.id: s for s in res.samples}
    assert by_id["Chest Demo_0000"].answer == "A"
    assert by_id["Chest Demo_0001"].answer == "B"  # "x-ray." matches "X-ray" ignoring case/period
    assert by_id["Chest Demo_0001"].categories["modality_type"] == "X-Ray"  # from the 'modality' key
    assert list(by_id["Chest Demo_0001"].options) == ["A", "B", "C"]
    eye = by_id["Eye Demo_0000"]
    assert eye.categories == {"modality_type": "Fundus Photography", "question_type": "Anatomy Identification",
                              "dataset": "Eye Demo", "access": "restricted"}
    assert eye.images[0].path == root / "Images/Eye Demo/d.png"


def test_omnimedvqa_unmatched_gold_is_an_error(tmp_path):
    rec = dict(fx.OMNI_RECORDS[("Open-access", "Skin Demo.json")][0], gt_answer="Critical")
    root = fx.write_omnimedvqa(tmp_path / "omni", records={("Open-access", "Skin Demo.json"): [rec]})
    with pytest.raises(MedstepError, match=r"Skin Demo\.json: record #0 \(id Skin Demo_0000\).*'Critical'"):
        load_benchmark("omnimedvqa", root)


def test_omnimedvqa_missing_image_skipped(tmp_path):
    root = fx.write_omnimedvqa(tmp_path / "omni", missing="Images/Skin Demo/c.jpg")
    res = load_benchmark("omnimedvqa", root, LoadOptions(skip_missing_images=True))
    assert [sk.record for sk in res.skipped] == ["Skin Demo_0000"]


def test_mmmu_hub_loads_each_medical_subject(monkeypatch):
    import datasets
    import pyarrow as pa

    calls = []

    def fake_load_dataset(repo, config=None, split=None):
        calls.append((repo, config, split))
        rows = [dict(fx.MMMU_ROWS[("Clinical_Medicine", "validation")][0], id=f"validation_{config}_1",
                     answer="['C']")]
        feats = datasets.Features.from_arrow_schema(pa.Table.from_pylist(rows).schema)
        for k in range(1, 8):
            feats[f"image_{k}"] = datasets.Image()
        return datasets.Dataset.from_list(rows, features=feats)

    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)

    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake stands for a reachable hub
    res = load_benchmark("mmmu-med", "MMMU/MMMU")
    assert calls == [("MMMU/MMMU", subject, "validation") for subject in MMMU_MED_SUBJECTS]
    assert [s.categories["subject"] for s in res.samples] == list(MMMU_MED_SUBJECTS)
    assert all(s.answer == "C" and isinstance(s.images[0].data, bytes) for s in res.samples)
