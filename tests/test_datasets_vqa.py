"""VQA-RAD, SLAKE and PathVQA loaders against fixtures in the official schemas."""

from __future__ import annotations

import pytest
from support import fixtures_datasets as fx

from medstep.datasets import LoadOptions, load_benchmark
from medstep.types import AnswerType, MedstepError


def _rad_expected(split: str) -> list[dict]:
    is_test = split == "test"
    return [r for r in fx.VQA_RAD_RECORDS if (r["phrase_type"] in fx.VQA_RAD_TEST_PHRASES) == is_test]


@pytest.mark.parametrize("split", ["test", "train"])
def test_vqa_rad_json_split_counts_and_types(tmp_path, split):
    root = fx.write_vqa_rad(tmp_path / "rad")
    res = load_benchmark("vqa-rad", root, LoadOptions(split=split))
    expected = _rad_expected(split)
    assert [s.id for s in res.samples] == [str(r["qid"]) for r in expected]
    closed = sum(r["answer_type"].strip().upper() == "CLOSED" for r in expected)
    assert sum(s.answer_type is AnswerType.CLOSED for s in res.samples) == closed
    assert sum(s.answer_type is AnswerType.OPEN for s in res.samples) == len(expected) - closed
    assert all(s.benchmark == "vqa-rad" and s.split == split for s in res.samples)
    assert res.split == split and res.skipped == []


def test_vqa_rad_json_fields(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "rad")
    by_id = {s.id: s for s in load_benchmark("vqa-rad", root).samples}
    s = by_id["104"]
    assert s.answer == "2"  # numeric answers become text
    assert s.categories == {"organ": "HEAD", "question_type": "COUNT"}
    assert s.images[0].path == root / "VQA_RAD Image Folder" / "synpic200.jpg"
    assert by_id["102"].answer_type is AnswerType.CLOSED  # "CLOSED " with stray space


def test_vqa_rad_accepts_images_folder_and_json_path(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "rad", image_dir="images")
    res = load_benchmark("vqa-rad", root / "VQA_RAD Dataset Public.json")
    assert len(res.samples) == len(_rad_expected("test"))
    assert res.samples[0].images[0].path.parent.name == "images"


def test_vqa_rad_missing_image_error_names_record_and_path(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "rad", missing="synpic200.jpg")
    with pytest.raises(MedstepError) as err:
        load_benchmark("vqa-rad", root)
    msg = str(err.value)
    assert "synpic200.jpg" in msg and "id 103" in msg and "file not found" in msg


def test_vqa_rad_skip_missing_and_corrupt_images_are_counted(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "rad", missing="synpic200.jpg", corrupt="synpic300.jpg")
    res = load_benchmark("vqa-rad", root, LoadOptions(skip_missing_images=True))
    test = _rad_expected("test")
    bad = [r for r in test if r["image_name"] in ("synpic200.jpg", "synpic300.jpg")]
    assert len(res.samples) == len(test) - len(bad)
    assert len(res.skipped) == len(bad)
    reasons = {sk.path.rsplit("/", 1)[-1]: sk.reason for sk in res.skipped}
    assert reasons["synpic200.jpg"] == "file not found"
    assert "corrupt" in reasons["synpic300.jpg"]


def test_vqa_rad_corrupt_image_errors_by_default(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "rad", corrupt="synpic300.jpg")
    with pytest.raises(MedstepError, match=r"id 105.*synpic300\.jpg.*corrupt"):
        load_benchmark("vqa-rad", root)


def test_vqa_rad_bad_answer_type_names_file_and_record(tmp_path):
    recs = [dict(fx.VQA_RAD_RECORDS[0], answer_type="MAYBE")]
    root = fx.write_vqa_rad(tmp_path / "rad", records=recs)
    with pytest.raises(MedstepError, match=r"VQA_RAD Dataset Public\.json: record #0 \(id 101\).*MAYBE"):
        load_benchmark("vqa-rad", root)


def test_vqa_rad_parquet_layout(tmp_path):
    root = fx.write_hf_parquet(tmp_path / "radpq", fx.VQA_RAD_PARQUET_ROWS)
    res = load_benchmark("vqa-rad", root)
    rows = fx.VQA_RAD_PARQUET_ROWS["test"]
    assert [s.question for s in res.samples] == [q for q, _ in rows]
    assert [s.answer_type for s in res.samples] == [
        AnswerType.CLOSED if a.lower() in ("yes", "no") else AnswerType.OPEN for _, a in rows
    ]
    assert res.samples[0].id == "test-00000" and res.samples[0].images[0].data is not None
    train = load_benchmark("vqa-rad", root, LoadOptions(split="train"))
    assert len(train.samples) == len(fx.VQA_RAD_PARQUET_ROWS["train"])


@pytest.mark.parametrize("split", ["test", "validation", "train"])
def test_pathvqa_splits(tmp_path, split):
    root = fx.write_hf_parquet(tmp_path / "pv", fx.PATHVQA_ROWS)
    res = load_benchmark("pathvqa", root, LoadOptions(split=split))
    rows = fx.PATHVQA_ROWS[split]
    assert len(res.samples) == len(rows)
    closed = sum(a.lower() in ("yes", "no") for _, a in rows)
    assert sum(s.answer_type is AnswerType.CLOSED for s in res.samples) == closed
    assert len({s.id for s in res.samples}) == len(rows)


def test_pathvqa_flat_file_and_corrupt_bytes(tmp_path):
    root = fx.write_hf_parquet(tmp_path / "pv", fx.PATHVQA_ROWS, corrupt_row=("test", 1), flat=True)
    with pytest.raises(MedstepError, match=r"test\.parquet: record #1 \(id test-00001\).*corrupt"):
        load_benchmark("pathvqa", root)
    res = load_benchmark("pathvqa", root / "test.parquet", LoadOptions(skip_missing_images=True))
    assert len(res.samples) == len(fx.PATHVQA_ROWS["test"]) - 1 and len(res.skipped) == 1


def test_pathvqa_unknown_split(tmp_path):
    root = fx.write_hf_parquet(tmp_path / "pv", fx.PATHVQA_ROWS)
    with pytest.raises(MedstepError, match="unknown split 'dev'.*test, validation, train"):
        load_benchmark("pathvqa", root, LoadOptions(split="dev"))


def _slake_expected(split: str, lang: str) -> list[dict]:
    return [r for r in fx.SLAKE_RECORDS[split] if lang == "all" or r["q_lang"] == lang]


@pytest.mark.parametrize("split,lang", [("test", "en"), ("test", "zh"), ("validation", "en"), ("train", "all")])
def test_slake_split_and_language(tmp_path, split, lang):
    root = fx.write_slake(tmp_path / "slake")
    res = load_benchmark("slake", root, LoadOptions(split=split, lang=lang))
    expected = _slake_expected(split, lang)
    assert [s.id for s in res.samples] == [str(r["qid"]) for r in expected]
    assert [s.answer_type.value for s in res.samples] == [r["answer_type"].lower() for r in expected]


def test_slake_categories_images_and_validate_json(tmp_path):
    root = fx.write_slake(tmp_path / "slake", validation_name="validate.json")
    s = load_benchmark("slake", root).samples[0]
    rec = fx.SLAKE_RECORDS["test"][0]
    assert s.categories == {"modality": rec["modality"], "location": rec["location"], "content_type": rec["content_type"]}
    assert s.images[0].path == root / "imgs" / rec["img_name"]
    assert len(load_benchmark("slake", root, LoadOptions(split="validation")).samples) == 1


def test_slake_missing_image_and_bad_lang(tmp_path):
    root = fx.write_slake(tmp_path / "slake", missing="xmlab6/source.jpg")
    with pytest.raises(MedstepError, match=r"id 9004.*xmlab6/source\.jpg"):
        load_benchmark("slake", root)
    res = load_benchmark("slake", root, LoadOptions(skip_missing_images=True))
    assert len(res.skipped) == 1 and len(res.samples) == len(_slake_expected("test", "en")) - 1
    with pytest.raises(MedstepError, match="unknown lang 'fr'"):
        load_benchmark("slake", root, LoadOptions(lang="fr"))


def test_pathvqa_save_to_disk_arrow_layout(tmp_path):
    """``datasets.save_to_disk`` output (Arrow stream shards per split) reads like the parquet."""
    import datasets

    rows = fx.PATHVQA_ROWS["validation"]
    feats = datasets.Features({"image": datasets.Image(), "question": datasets.Value("string"),
                               "answer": datasets.Value("string")})
    ds = datasets.Dataset.from_dict(
        {"image": [{"bytes": fx.image_bytes(i), "path": f"{i}.png"} for i in range(len(rows))],
         "question": [q for q, _ in rows], "answer": [a for _, a in rows]},
        features=feats,
    )
    datasets.DatasetDict({"validation": ds}).save_to_disk(str(tmp_path / "saved"))
    res = load_benchmark("pathvqa", tmp_path / "saved", LoadOptions(split="validation"))
    assert [s.question for s in res.samples] == [q for q, _ in rows]
    assert res.samples[0].images[0].data == fx.image_bytes(0)
