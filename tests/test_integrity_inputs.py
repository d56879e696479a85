"""Run integrity, input side (issue #10): images, paths, ids, encodings, nesting, field types.

Each bad input must give one clear error naming the file (and record), or a
counted skip; never a traceback and never a silently wrong sample.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from medstep.datasets import load_benchmark
from medstep.datasets.base import LoadOptions, OutsideDataFolder
from medstep.prompts import PromptTemplate
from medstep.types import MedstepError
from support import fixtures_datasets as fx


def medstep(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def one_error_line(res: subprocess.CompletedProcess) -> str:
    """The command failed with exit 2 and exactly one ``error:`` line, no traceback."""
    assert res.returncode == 2, (res.returncode, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert "Traceback" not in res.stderr and len(lines) == 1 and lines[0].startswith("error:"), res.stderr
    return lines[0]


def _custom(root: Path, rows: list[dict], name: str = "mine.jsonl") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _jpeg(size: tuple[int, int] = (64, 64)) -> bytes:
    im = Image.effect_noise(size, 60).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` 1-bit pixels, with a tiny (all-zero) body:
    the shape of a decompression bomb, without building the pixels here."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)
    body = zlib.compress(row * 8)  # a few rows only: the file is small, the claim is huge
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


# ------------------------------------------------------------------ images
def test_truncated_jpeg_is_caught_at_load(tmp_path: Path) -> None:
    """PIL's verify() passes a JPEG cut in half; the full decode at load does not."""
    data = _jpeg()
    root = tmp_path / "d"
    (root / "img").mkdir(parents=True)
    (root / "img" / "a.jpg").write_bytes(data[: len(data) // 2])
    path = _custom(root, [{"id": "r1", "question": "q?", "answer": "yes", "image": "img/a.jpg"}])
    with Image.open(root / "img" / "a.jpg") as im:
        im.verify()  # the structural check alone does not notice
    with pytest.raises(MedstepError, match=r"r1.*a\.jpg.*(truncated|corrupt)"):
        load_benchmark("custom", str(path), LoadOptions())
    res = load_benchmark("custom", str(path), LoadOptions(skip_missing_images=True))
    assert res.samples == [] and len(res.skipped) == 1


@pytest.mark.parametrize("width,height", [(12_000, 9_000), (40_000, 40_000)])
def test_huge_images_and_decompression_bombs_are_refused_from_the_header(tmp_path: Path, width: int,
                                                                         height: int) -> None:
    root = tmp_path / "d"
    (root / "img").mkdir(parents=True)
    (root / "img" / "big.png").write_bytes(_png_header_only(width, height))
    path = _custom(root, [{"id": "r1", "question": "q?", "answer": "yes", "image": "img/big.png"}])
    with pytest.raises(MedstepError, match=r"r1.*big\.png.*100 MP limit"):
        load_benchmark("custom", str(path), LoadOptions())
    line = one_error_line(medstep("eval", "--benchmark", "custom", "--data", str(path), "--model",
                                  "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / "run")))
    assert "megapixels" in line or "MP limit" in line


def test_fifo_or_device_named_as_image_is_refused_without_blocking(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    os.mkfifo(root / "pipe.png")
    path = _custom(root, [{"id": "r1", "question": "q?", "answer": "yes", "image": "pipe.png"}])
    with pytest.raises(MedstepError, match="not a regular file"):
        load_benchmark("custom", str(path), LoadOptions())


# ------------------------------------------------------------------ paths
def test_image_path_outside_the_data_folder_is_refused_unless_allowed(tmp_path: Path) -> None:
    fx.write_image(tmp_path / "secret.png")
    root = tmp_path / "bench"
    path = _custom(root, [{"id": "r1", "question": "q?", "answer": "yes", "image": "../secret.png"}])
    with pytest.raises(OutsideDataFolder, match=r"r1.*secret\.png.*outside the data folder"):
        load_benchmark("custom", str(path), LoadOptions())
    with pytest.raises(OutsideDataFolder):  # scoring, which never decodes images, refuses it too
        load_benchmark("custom", str(path), LoadOptions(check_images=False))
    ok = load_benchmark("custom", str(path), LoadOptions(allow_outside_data=True))
    assert ok.samples[0].images[0].path == (tmp_path / "secret.png").resolve()
    line = one_error_line(medstep("data", "custom", "--data", str(path)))
    assert "outside the data folder" in line and "--allow-outside-data" in line
    res = medstep("data", "custom", "--data", str(path), "--allow-outside-data")
    assert res.returncode == 0 and json.loads(res.stdout)["n"] == 1


def test_absolute_and_symlinked_image_paths_outside_are_refused(tmp_path: Path) -> None:
    fx.write_image(tmp_path / "elsewhere" / "x.png")
    root = tmp_path / "bench"
    root.mkdir()
    (root / "linked").symlink_to(tmp_path / "elsewhere")
    abs_path = _custom(root, [{"id": "a", "question": "q?", "answer": "yes", "image": str(tmp_path / "elsewhere/x.png")}],
                       "abs.jsonl")
    link_path = _custom(root, [{"id": "b", "question": "q?", "answer": "yes", "image": "linked/x.png"}], "link.jsonl")
    for path in (abs_path, link_path):
        with pytest.raises(OutsideDataFolder):
            load_benchmark("custom", str(path), LoadOptions())
        assert load_benchmark("custom", str(path), LoadOptions(allow_outside_data=True)).samples


def test_medxpertqa_images_one_level_above_the_jsonl_are_inside(tmp_path: Path) -> None:
    root = fx.write_medxpertqa(tmp_path / "mx")
    jsonl = next(root.rglob("test.jsonl"))
    assert load_benchmark("medxpertqa-mm", str(jsonl), LoadOptions()).samples


def test_relative_data_path_is_stored_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fx.write_vqa_rad(tmp_path / "vqarad")
    monkeypatch.chdir(tmp_path)
    res = load_benchmark("vqa-rad", "vqarad", LoadOptions())
    paths = [im.path for s in res.samples for im in s.images]
    assert paths and all(p is not None and p.is_absolute() and p.is_file() for p in paths)


# ------------------------------------------------------------------ ids
def test_duplicate_id_renaming_never_collides(tmp_path: Path) -> None:
    rows = [{"id": i, "question": f"q{k}?", "answer": "yes"} for k, i in enumerate(["r0", "r0", "r0~2", "r0"])]
    res = load_benchmark("custom", str(_custom(tmp_path, rows)), LoadOptions())
    ids = [s.id for s in res.samples]
    assert len(set(ids)) == len(ids) == 4
    assert ids[0] == "r0" and ids[2] == "r0~2"  # ids as released are kept
    assert [s.question for s in res.samples] == ["q0?", "q1?", "q2?", "q3?"]


def test_duplicate_ids_keep_the_usual_numbering(tmp_path: Path) -> None:
    rows = [{"id": "x", "question": f"q{k}?", "answer": "no"} for k in range(3)]
    res = load_benchmark("custom", str(_custom(tmp_path, rows)), LoadOptions())
    assert [s.id for s in res.samples] == ["x", "x~2", "x~3"]


# ------------------------------------------------------------------ encodings, nesting, types
@pytest.mark.parametrize("name,content,line", [
    ("mine.jsonl", b'{"id": "a", "question": "q?", "answer": "yes"}\n{"id": "b", "question": "caf\xe9?", "answer": "no"}\n', 2),
    ("mine.json", b'[{"id": "a", "question": "q?", "answer": "yes"},\n {"id": "b", "question": "caf\xe9", "answer": "no"}]', 2),
    ("mine.csv", b'id,question,answer\na,q?,yes\nb,caf\xe9?,no\n', 3),
], ids=["jsonl", "json", "csv"])
def test_non_utf8_data_file_is_one_error_naming_file_and_line(tmp_path: Path, name: str, content: bytes,
                                                              line: int) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MedstepError, match=rf"{name}:{line}: not UTF-8 \(byte 0xe9\)"):
        load_benchmark("custom", str(path), LoadOptions())
    assert name in one_error_line(medstep("data", "custom", "--data", str(path)))


def test_utf16_data_file_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(json.dumps([{"question": "q", "answer": "yes"}]).encode("utf-16"))
    with pytest.raises(MedstepError, match="looks like UTF-16"):
        load_benchmark("custom", str(path), LoadOptions())


def _pack(kind: str, data: bytes) -> bytes:
    import bz2
    import gzip
    import lzma
    import zipfile

    if kind == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("mine.jsonl", data)
        return buf.getvalue()
    return {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}[kind](data)


@pytest.mark.parametrize("kind", ["gzip", "bzip2", "xz", "zip"])
def test_a_compressed_file_is_named_as_such_not_by_its_first_odd_byte(tmp_path: Path, kind: str) -> None:
    """``mine.jsonl`` that is really ``mine.jsonl.gz`` said "line 1: byte 0x8b; save the file as UTF-8"."""
    path = tmp_path / "mine.jsonl"
    path.write_bytes(_pack(kind, b'{"question": "q", "answer": "yes"}\n' * 50))
    with pytest.raises(MedstepError, match=rf"mine\.jsonl: not a UTF-8 data file: it is {kind if kind != 'zip' else 'a zip'}"):
        load_benchmark("custom", str(path), LoadOptions())


def test_text_that_opens_like_a_signature_keeps_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_bytes(b'BZh\n{"question": "caf\xe9", "answer": "yes"}\n')
    with pytest.raises(MedstepError, match=r"mine\.jsonl:2: not UTF-8 \(byte 0xe9\)"):
        load_benchmark("custom", str(path), LoadOptions())


@pytest.mark.parametrize("name,content", [
    ("mine.json", "[" * 50_000 + "]" * 50_000),
    ("mine.jsonl", '{"id": "a", "question": "q", "answer": "yes"}\n' + '{"x":' * 50_000 + "1" + "}" * 50_000 + "\n"),
], ids=["json", "jsonl"])
def test_deeply_nested_json_is_one_error(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(MedstepError, match=rf"{name}.*nested too deeply"):
        load_benchmark("custom", str(path), LoadOptions())
    one_error_line(medstep("data", "custom", "--data", str(path)))


def test_deeply_nested_predictions_line_is_one_error(tmp_path: Path) -> None:
    preds = tmp_path / "p.jsonl"
    preds.write_text('{"id": "mini-001", "output": "A"}\n' + "[" * 50_000 + "]" * 50_000 + "\n")
    examples = Path(__file__).resolve().parents[1] / "examples"
    line = one_error_line(medstep("score", str(preds), "--benchmark", "radrbench", "--data",
                                  str(examples / "radrbench_mini.json"), "--out", str(tmp_path / "run")))
    assert "p.jsonl:2" in line and "nested too deeply" in line


@pytest.mark.parametrize("answer,kind", [(["yes"], "a list"), ({"text": "yes"}, "an object")])
def test_list_or_object_answer_is_an_error_naming_file_record_and_field(tmp_path: Path, answer: object,
                                                                         kind: str) -> None:
    rows = [{"id": "ok", "question": "q?", "answer": "no"}, {"id": "r7", "question": "q?", "answer": answer}]
    path = _custom(tmp_path, rows)
    with pytest.raises(MedstepError, match=rf"mine\.jsonl:2: record #1 \(id r7\): field 'answer' must be text or a "
                                           rf"number, found {kind}"):
        load_benchmark("custom", str(path), LoadOptions())


def test_list_valued_answer_in_an_official_release_is_refused(tmp_path: Path) -> None:
    recs = [dict(r) for r in fx.VQA_RAD_RECORDS]
    recs[0]["answer"] = ["Yes", "No"]
    root = fx.write_vqa_rad(tmp_path / "vqarad", records=recs)
    with pytest.raises(MedstepError, match=r"id 101.*'answer' must be text"):
        load_benchmark("vqa-rad", str(root), LoadOptions())


def test_lone_surrogates_in_a_data_file_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"id": "s\\ud800", "question": "Is it \\udfff here?", "answer": "yes"}\n')
    [s] = load_benchmark("custom", str(path), LoadOptions()).samples
    assert s.question == "Is it \ufffd here?" and s.id == "s\ufffd"
    (s.id + s.question).encode("utf-8")


# ------------------------------------------------------------------ templates
def test_non_utf8_template_is_one_clear_error(tmp_path: Path) -> None:
    tpl = tmp_path / "t.txt"
    tpl.write_bytes(b"Question: {question}\nR\xe9ponse:")
    with pytest.raises(MedstepError, match=r"t\.txt:2: not UTF-8"):
        PromptTemplate.from_file(tpl)


def test_template_surrogates_are_replaced_and_non_string_values_refused(tmp_path: Path) -> None:
    tpl = tmp_path / "t.json"
    tpl.write_text('{"system": "be brief \\ud800", "open": "{question}"}')
    assert PromptTemplate.from_file(tpl).system == "be brief \ufffd"
    tpl.write_text('{"open": ["{question}"]}')
    with pytest.raises(MedstepError, match="'open' must be a string, found list"):
        PromptTemplate.from_file(tpl)
    tpl.write_text("[" * 50_000 + "]" * 50_000)
    with pytest.raises(MedstepError, match="nested too deeply"):
        PromptTemplate.from_file(tpl)


# ------------------------------------------------------------------ medstep data
def test_data_counts_what_score_uses_and_lists_only_a_few_skipped_examples(tmp_path: Path) -> None:
    root = tmp_path / "d"
    rows = []
    for k in range(12):
        image = f"img/{k}.png"
        if k >= 3:  # nine records lack their image
            image = f"img/missing{k}.png"
        else:
            fx.write_image(root / image, k)
        rows.append({"id": f"r{k}", "question": "q?", "answer": "yes", "image": image})
    path = _custom(root, rows)
    res = medstep("data", "custom", "--data", str(path))
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["n"] == 12 and out["n_eval"] == 3 and out["missing_images"] == 9
    assert len(out["skipped"]) == 5 and out["skipped_not_listed"] == 4
    assert out["skipped"][0] == {"record": "r3", "path": str(root / "img/missing3.png"), "reason": "file not found"}
