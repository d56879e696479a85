"""`medstep compare`: paired statistics on hand-built runs, refusals, leaderboard and outputs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rich.console import Console
from support.report_runs import make_pair, make_run

from typer.testing import CliRunner

from medstep.cli import app
from medstep.report import compare_runs, print_comparison, render_compare_html
from medstep.report.compare import RunsDiffer
from medstep.score.paired import paired_bootstrap_diff
from medstep.types import MedstepError

C, W, U, F = "correct", "wrong", "unparsed", "failed"
BASE = [C, C, W, W, C, U, F, C, W, C, C, W]
OTHER = [C, W, C, C, C, C, C, F, W, C, W, C]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_pair(tmp_path_factory.mktemp("cmp"), BASE, OTHER)


def test_paired_numbers_match_the_hand_count(two_runs: tuple[Path, Path]) -> None:
    comp = compare_runs(list(two_runs), n_boot=500, seed=7)
    (pair,) = comp.pairs
    s = pair.stats
    # Samples 6 (baseline failed) and 7 (other failed) are excluded; 10 remain.
    assert pair.excluded_failed == 2
    assert s.n == 10
    assert s.acc_baseline == pytest.approx(0.5)  # 0, 1, 4, 9, 10
    assert s.acc_other == pytest.approx(0.7)  # 0, 2, 3, 4, 5, 9, 11 (unparsed 5 counts as wrong for base)
    assert (s.b, s.c) == (2, 4)
    assert s.diff == pytest.approx(0.2)
    assert s.p_value == pytest.approx(44 / 64)  # 2 * P(X <= 2 | n=6, p=1/2)
    keep = [i for i in range(12) if i not in (6, 7)]
    a = np.array([BASE[i] == C for i in keep])
    b = np.array([OTHER[i] == C for i in keep])
    assert s.ci95 == paired_bootstrap_diff(b, a, n_boot=500, seed=7)[1]
    assert [d.sample_id for d in pair.disagreements] == ["s00001", "s00002", "s00003", "s00005", "s00010", "s00011"]
    unparsed = next(d for d in pair.disagreements if d.sample_id == "s00005")
    assert (unparsed.answer_baseline, unparsed.status_baseline) == (None, "unparsed")


def test_per_category_rows_partition_the_shared_samples(two_runs: tuple[Path, Path]) -> None:
    comp = compare_runs(list(two_runs), n_boot=200)
    rows = comp.pairs[0].categories
    for field in ("modality", "organ"):
        assert sum(r.stats.n for r in rows if r.field == field) == 10
    ct = next(r for r in rows if r.field == "modality" and r.value == "CT")
    # CT = samples 0, 3, 6, 9; sample 6 failed in the baseline.
    assert ct.stats.n == 3
    assert (ct.stats.b, ct.stats.c) == (0, 1)
    assert ct.stats.acc_baseline == pytest.approx(2 / 3)
    assert ct.stats.acc_other == pytest.approx(1.0)


def test_refuses_different_benchmark_split_or_ids(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    base = two_runs[0]
    make_run(tmp_path / "bench", BASE, benchmark="vqa-rad")
    make_run(tmp_path / "split", BASE, split="train")
    make_run(tmp_path / "ids", BASE[:8])
    for other, what in [("bench", "benchmark 'radrbench' vs 'vqa-rad'"), ("split", "split 'test' vs 'train'"),
                        ("ids", "sample ids differ")]:
        with pytest.raises(RunsDiffer) as err:
            compare_runs([base, tmp_path / other])
        assert what in str(err.value)
        assert str(base) in str(err.value) and "--" not in str(err.value).replace(str(tmp_path), "")
    # the CLI names the flag that would compare the shared samples
    res = CliRunner().invoke(app, ["compare", str(base), str(tmp_path / "ids")])
    assert res.exit_code != 0 and "compare only the samples both runs share" in str(res.exception)
    # near miss: another benchmark or split shares no sample, so the flag is not offered as pairing them
    for other in ("split", "bench"):
        res = CliRunner().invoke(app, ["compare", str(base), str(tmp_path / other)])
        message = str(res.exception)
        assert res.exit_code != 0 and "share none" in message and "--intersect" in message
        assert "compare only the samples both runs share" not in message


def test_intersect_pairs_only_shared_ids(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    make_run(tmp_path / "short", OTHER[:8])
    comp = compare_runs([two_runs[0], tmp_path / "short"], intersect=True, n_boot=200)
    pair = comp.pairs[0]
    assert (pair.only_baseline, pair.only_other) == (4, 0)
    assert pair.excluded_failed == 2  # ids 6 and 7 are among the shared eight
    assert pair.stats.n == 6


def test_intersect_across_benchmarks_shares_nothing_but_builds_a_leaderboard(
    tmp_path: Path, two_runs: tuple[Path, Path]
) -> None:
    make_run(tmp_path / "vqa-a", [C, C, C, W], benchmark="vqa-rad", model="openai:tiny-a")
    make_run(tmp_path / "vqa-b", [C, W, W, W], benchmark="vqa-rad", model="openai:tiny-b")
    comp = compare_runs([*two_runs, tmp_path / "vqa-a", tmp_path / "vqa-b"], intersect=True, n_boot=100)
    assert comp.columns == ["radrbench", "vqa-rad"]
    assert [p.stats.n for p in comp.pairs] == [10, 0, 0]
    assert comp.pairs[1].stats.diff is None and comp.pairs[1].stats.p_value is None
    labels = [row.label for row in comp.leaderboard]
    # On each column's shared graded samples: tiny-a mean(5/10, 3/4) = 0.625; tiny-b mean(7/10, 1/4) = 0.475.
    assert labels == ["openai:tiny-a [cot]", "openai:tiny-b [cot]"]
    cell = comp.leaderboard[0].cells["vqa-rad"]
    assert cell.accuracy == pytest.approx(0.75) and cell.n == 4


def test_same_model_twice_gets_two_leaderboard_rows(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    make_run(tmp_path / "again", BASE, model="openai:tiny-a")
    comp = compare_runs([two_runs[0], tmp_path / "again"], n_boot=100)
    assert len(comp.leaderboard) == 2
    assert comp.pairs[0].stats.diff == 0.0 and comp.pairs[0].stats.p_value == 1.0


def test_needs_two_runs_and_real_run_dirs(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    with pytest.raises(MedstepError, match="at least two"):
        compare_runs([two_runs[0]])
    with pytest.raises(MedstepError, match="not a medstep run directory"):
        compare_runs([two_runs[0], tmp_path])


def test_terminal_output_shows_difference_interval_and_p(two_runs: tuple[Path, Path]) -> None:
    comp = compare_runs(list(two_runs), n_boot=300, seed=1)
    console = Console(record=True, width=220)
    print_comparison(comp, console)
    text = console.export_text()
    s = comp.pairs[0].stats
    assert "Leaderboard" in text
    assert "openai:tiny-b [cot]" in text  # not swallowed as rich markup
    assert "+20.0" in text
    assert f"[{s.ci95[0] * 100:+.1f}, {s.ci95[1] * 100:+.1f}]" in text
    assert "0.6875" in text
    assert "6 samples answered correctly by exactly one" in text


def test_html_comparison_lists_pairs_categories_and_disagreements(tmp_path: Path, two_runs: tuple[Path, Path]) -> None:
    comp = compare_runs(list(two_runs), n_boot=200)
    out = render_compare_html(comp, tmp_path / "sub" / "compare.html")
    html = out.read_text(encoding="utf-8")
    for fragment in ('id="leaderboard"', 'id="paired"', 'id="categories-0"', 'id="disagreements-0"',
                     "+20.0 pts", "0.6875", "s00011", "(unparsed)"):
        assert fragment in html, fragment
    assert "(unparsed) (unparsed)" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org', "")
