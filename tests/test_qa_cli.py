"""QA regressions for what the `medstep` command prints."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from medstep.cli import app
from support import fixtures_datasets as fx

runner = CliRunner()


def test_score_prints_note_for_benchmark_samples_without_prediction(tmp_path):
    root = fx.write_slake(tmp_path / "slake")
    preds = tmp_path / "p.jsonl"
    first = json.loads(runner.invoke(app, ["data", "slake", "--data", str(root)]).stdout)["n"]
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions

    sid = load_benchmark("slake", str(root), LoadOptions(check_images=False)).samples[0].id
    preds.write_text(json.dumps({"id": sid, "output": "yes"}) + "\n")
    res = subprocess.run([sys.executable, "-m", "medstep.cli", "score", str(preds), "--benchmark", "slake",
                          "--data", str(root), "--out", str(tmp_path / "run")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert f"note: {first - 1} of {first} slake samples have no prediction" in res.stderr
    # the model and benchmark are table rows, not a title squeezed to the table's width
    assert "│ model" in res.stdout and "predictions (external)" in res.stdout


def test_interrupted_error_exits_130(tmp_path, monkeypatch):
    import medstep.cli as cli
    import medstep.pipeline as pipeline

    def boom(cfg, progress=None, sink=None):
        raise pipeline.Interrupted("interrupted: 1 of 2 generations are stored in X; re-run the same command to resume")

    monkeypatch.setattr(pipeline, "run_eval", boom)
    monkeypatch.setattr(sys, "argv", ["medstep", "eval", "--benchmark", "b", "--data", "d", "--model", "m",
                                      "--out", str(tmp_path)])
    try:
        cli.main()
    except SystemExit as e:
        assert e.code == 130
    else:
        raise AssertionError("main() must exit")


def test_help_lists_exactly_the_registered_benchmarks():
    from medstep.cli import BENCHMARKS_HELP
    from medstep.datasets import benchmark_names

    assert BENCHMARKS_HELP.split(" | ") == benchmark_names()
