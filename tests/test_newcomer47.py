"""Leftovers of the session 46 newcomer review, each pinned by the input that showed it.

* ``medstep data custom --map foo=question`` said "custom: unknown field_map keys ['foo']": the library's
  argument name, not the flag the user typed. It is an ``InvalidSetting`` now, so the CLI says ``--map``.
* A CSV with a quote that is never closed loaded "successfully" with every later row swallowed into one cell,
  then failed on a misleading "required field 'answer' is empty". The reader is strict: the error names the
  line where the unclosed record starts.
* ``medstep data medxpertqa-mm --data empty.jsonl`` printed ``"n": 0`` and exited 0 while ``eval`` on the same
  file refused it: ``data`` now refuses an empty load with the same message as ``eval``.
"""

from __future__ import annotations

from pathlib import Path

import sys

import pytest

from medstep.datasets import LoadOptions, load_benchmark
from medstep.types import InvalidSetting, MedstepError



def _main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    """The console script as a user runs it: its exit status and its one-line message."""
    import medstep.cli as cli

    monkeypatch.setattr(sys, "argv", ["medstep", *argv])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    out = capsys.readouterr()
    return int(exit_info.value.code or 0), " ".join((out.out + out.err).split())


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_map_key_is_a_setting_named_by_its_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "q.jsonl", '{"id": 1, "question": "q", "answer": "a"}\n')
    with pytest.raises(InvalidSetting) as err:
        load_benchmark("custom", str(data), LoadOptions(field_map={"foo": "question"}))
    assert err.value.setting == "field_map" and err.value.value == "foo"
    status, said = _main(monkeypatch, capsys, ["data", "custom", "--data", str(data), "--map", "foo=question"])
    assert status == 2
    assert "--map must be one of id, question" in said and "got foo" in said
    assert "field_map" not in said


@pytest.mark.parametrize(("text", "line"), [
    ('id,question,answer\n1,"what,x\n', 2),
    ('id,question,answer\n1,q,a\n2,"q,b\n3,c,d\n', 3),
])
def test_unclosed_quote_names_the_record_where_it_opens(tmp_path: Path, text: str, line: int) -> None:
    data = _write(tmp_path / "q.csv", text)
    with pytest.raises(MedstepError, match=rf"q\.csv:{line}: cannot read CSV \(a quoted cell .* never closed\)"):
        load_benchmark("custom", str(data), LoadOptions())


def test_quotes_inside_cells_still_load(tmp_path: Path) -> None:
    """Strict reading refuses only broken quoting: an inch mark and doubled quotes are ordinary CSV."""
    data = _write(tmp_path / "q.csv", 'id,question,answer\n1,a 5" lesion?,yes\n2,"the ""mass"", where?",liver\n')
    samples = load_benchmark("custom", str(data), LoadOptions()).samples
    assert [s.question for s in samples] == ['a 5" lesion?', 'the "mass", where?']


@pytest.mark.parametrize("loader", ["medxpertqa-mm", "pmc-vqa"])  # not "benchmark": a pytest-benchmark fixture
def test_data_refuses_an_empty_file_as_eval_does(tmp_path: Path, loader: str, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "test.jsonl", "")
    status, said = _main(monkeypatch, capsys, ["data", loader, "--data", str(data)])
    assert status == 2
    assert f"{loader}: no samples loaded from" in said and "test.jsonl" in said
