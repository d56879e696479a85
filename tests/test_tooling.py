"""Static checks run as tests, so `pytest` (the README's test command, and CI) runs them too.

ruff and mypy read their configuration from pyproject.toml; the rule sets and
why they were chosen are documented there and in the README ("Checks").
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_finds_nothing() -> None:
    res = _run("ruff", "check", "src", "tests", "benchmarks")
    assert res.returncode == 0, res.stdout[-6000:] + res.stderr[-2000:]


@pytest.mark.slow
def test_mypy_finds_nothing() -> None:
    """About 50 s on a cold cache (CI), a second or two afterwards (.mypy_cache)."""
    res = _run("mypy")
    assert res.returncode == 0, res.stdout[-6000:] + res.stderr[-2000:]
    assert "Success" in res.stdout


def test_the_package_says_it_is_typed() -> None:
    assert (ROOT / "src" / "medstep" / "py.typed").is_file()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["medstep"]
    dev = " ".join(config["project"]["optional-dependencies"]["dev"])
    assert "ruff" in dev and "mypy" in dev  # the README's install command brings both
