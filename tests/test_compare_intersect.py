"""`medstep compare --intersect`: leaderboard on the shared samples, and comparisons that cannot be made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from support.report_runs import make_pair, make_run

from medstep.report import compare_runs, print_comparison, render_compare_html
from medstep.score.stats import mean_ci
from medstep.types import MedstepError

C, W, F = "correct", "wrong", "failed"
# A looks better on its whole set (16/19 vs 2/4) but is worse on the samples both graded (ids 0-2: 0/3 vs 2/3).
RUN_A = [W, W, W, F] + [C] * 16
RUN_B = [C, C, W, W]


@pytest.fixture(scope="module")
def a_and_b(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_pair(tmp_path_factory.mktemp("inter"), RUN_A, RUN_B)


def test_leaderboard_ranks_on_the_shared_graded_samples(a_and_b: tuple[Path, Path]) -> None:
    comp = compare_runs(list(a_and_b), intersect=True, n_boot=300, seed=3)
    assert comp.columns == ["radrbench"] and comp.column_shared == {"radrbench": 3}  # ids 0-2; 3 failed in A
    assert [row.label for row in comp.leaderboard] == ["openai:tiny-b [cot]", "openai:tiny-a [cot]"]
    b_cell, a_cell = (row.cells["radrbench"] for row in comp.leaderboard)
    assert (a_cell.n, b_cell.n) == (3, 3)
    assert a_cell.accuracy == pytest.approx(0.0) and b_cell.accuracy == pytest.approx(2 / 3)
    # The same numbers as the paired comparison, and an interval over the same three samples.
    pair = comp.pairs[0].stats
    assert (pair.n, pair.acc_baseline, pair.acc_other) == (3, a_cell.accuracy, b_cell.accuracy)
    assert b_cell.ci95 == mean_ci([1.0, 1.0, 0.0], n_boot=300, seed=3).ci95


def test_without_intersect_the_leaderboard_keeps_whole_run_accuracy(tmp_path: Path, a_and_b) -> None:
    make_run(tmp_path / "a2", [C, W, W, F] + [C] * 16, model="openai:tiny-c")
    comp = compare_runs([a_and_b[0], tmp_path / "a2"], n_boot=100)
    assert comp.column_shared == {}
    cell = next(r for r in comp.leaderboard if r.label == "openai:tiny-a [cot]").cells["radrbench"]
    assert cell.accuracy == pytest.approx(16 / 19) and cell.n == 19


def test_leaderboard_says_it_is_on_shared_samples(tmp_path: Path, a_and_b: tuple[Path, Path]) -> None:
    comp = compare_runs(list(a_and_b), intersect=True, n_boot=100)
    console = Console(record=True, width=240)
    print_comparison(comp, console)
    text = console.export_text()
    assert "Leaderboard on shared samples only (--intersect)" in text
    assert "Shared samples per column: radrbench: 3." in " ".join(text.split())  # the caption wraps at the table
    assert "0.0% [0.0–0.0] n=3" in text
    html = render_compare_html(comp, tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<h2>Leaderboard on shared samples only (--intersect): accuracy, 95% CI</h2>" in html
    assert 'id="leaderboard-note"' in html and "not on each run&#x27;s full set" in html


def test_intersect_with_no_shared_samples_is_refused_naming_both_runs(tmp_path: Path) -> None:
    slake = make_run(tmp_path / "slake-run", [C, W, C], benchmark="slake").run_dir
    vqa = make_run(tmp_path / "vqa-run", [C, C, W], benchmark="vqa-rad").run_dir
    with pytest.raises(MedstepError) as err:
        compare_runs([vqa, slake], intersect=True)
    msg = str(err.value)
    assert str(vqa) in msg and str(slake) in msg
    assert "share no samples" in msg and "vqa-rad/test" in msg and "slake/test" in msg


def test_cli_exits_with_an_error_instead_of_a_table_of_dashes(tmp_path: Path) -> None:
    slake = make_run(tmp_path / "slake-run", [C, W], benchmark="slake").run_dir
    vqa = make_run(tmp_path / "vqa-run", [C, C], benchmark="vqa-rad").run_dir
    res = subprocess.run([sys.executable, "-m", "medstep.cli", "compare", "--intersect", str(vqa), str(slake)],
                         capture_output=True, text=True, timeout=120)
    out = res.stdout + res.stderr
    assert res.returncode == 2, out
    assert "error:" in out and "share no samples" in out
    assert "vqa-run" in out and "slake-run" in out
    assert "Leaderboard" not in out


def test_no_sample_graded_in_both_is_refused(tmp_path: Path, a_and_b: tuple[Path, Path]) -> None:
    dead = make_run(tmp_path / "dead", [F] * len(RUN_A), model="openai:down").run_dir
    with pytest.raises(MedstepError, match=r"none of the 20 shared samples is graded in both runs") as err:
        compare_runs([a_and_b[0], dead])
    assert str(a_and_b[0]) in str(err.value) and str(dead) in str(err.value)


def test_many_runs_with_nothing_shared_are_refused(tmp_path: Path, a_and_b: tuple[Path, Path]) -> None:
    vqa = make_run(tmp_path / "vqa", [C, W], benchmark="vqa-rad").run_dir
    slake = make_run(tmp_path / "slake", [C, W], benchmark="slake").run_dir
    with pytest.raises(MedstepError, match="no run has a sample graded in both") as err:
        compare_runs([a_and_b[0], vqa, slake], intersect=True)
    assert all(str(d) in str(err.value) for d in (a_and_b[0], vqa, slake))


def test_the_same_run_directory_twice_is_refused(a_and_b: tuple[Path, Path]) -> None:
    a = a_and_b[0]
    with pytest.raises(MedstepError, match="itself") as err:
        compare_runs([a, a])
    assert str(a.resolve()) in str(err.value)
    other_spelling = a.parent / ".." / a.parent.name / a.name
    for intersect in (False, True):
        with pytest.raises(MedstepError, match="same run directory is given twice"):
            compare_runs([a, a_and_b[1], other_spelling], intersect=intersect)


def test_a_symlink_to_the_same_run_is_refused(tmp_path: Path, a_and_b: tuple[Path, Path]) -> None:
    link = tmp_path / "link"
    link.symlink_to(a_and_b[1], target_is_directory=True)
    with pytest.raises(MedstepError, match="itself"):
        compare_runs([a_and_b[1], link])
