"""The README's two set-up commands are what CI runs, and the install command works on a new machine.

A freshly started Debian machine has no package lists until ``apt-get update``
runs, so an install command without it fails with "Unable to locate package
chromium" before pip ever starts. The apt test below replays the README's apt
part against an empty lists folder and an empty dpkg status (so nothing counts
as already installed), simulating the install (``-s``) so nothing on this
machine changes.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _readme_block(heading: str) -> str:
    """The first fenced ``bash`` block after the line starting with ``heading``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(heading)
    m = re.search(r"```bash\n(.*?)```", text[start:], re.S)
    assert m is not None, f"no bash block after {heading!r} in README.md"
    return m.group(1).strip()


def _ci_commands() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    skip = re.compile(r"^\s*(#|$|set\s|cd\s)")
    return [line.strip() for line in lines if not skip.match(line)]


def test_ci_runs_exactly_the_readme_commands() -> None:
    assert _ci_commands() == [_readme_block("Install"), _readme_block("Test:")]


def test_install_command_refreshes_package_lists_first() -> None:
    parts = [p.strip() for p in _readme_block("Install").split("&&")]
    apt = [p for p in parts if p.startswith("apt-get")]
    assert apt and apt[0] == "apt-get update", apt
    assert any(p.startswith("apt-get install") and "chromium" in p for p in apt)


def _apt_part_with(options: list[str]) -> list[list[str]]:
    """The README's apt-get commands, each with ``options`` added and installs simulated."""
    commands = []
    for part in _readme_block("Install").split("&&"):
        words = shlex.split(part)
        if not words or words[0] != "apt-get":
            continue
        sub = [w for w in words[1:] if not w.startswith("-")][0]
        extra = ["-s"] if sub == "install" else []
        commands.append(["apt-get", *options, *extra, *words[1:]])
    return commands


@pytest.mark.skipif(shutil.which("apt-get") is None or os.geteuid() != 0,
                    reason="needs Debian's apt-get run as root (as CI does)")
def test_apt_part_resolves_chromium_with_no_package_lists(tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    (lists / "partial").mkdir(parents=True)
    (tmp_path / "cache" / "archives" / "partial").mkdir(parents=True)
    status = tmp_path / "status"
    status.write_text("")
    options = [f"-oDir::State::Lists={lists}", f"-oDir::Cache={tmp_path / 'cache'}",
               f"-oDir::State::status={status}"]

    # Without the refresh, a new machine cannot find the package at all.
    bare = subprocess.run(["apt-get", *options, "-s", "install", "-y", "chromium"],
                          capture_output=True, text=True, timeout=120)
    assert bare.returncode != 0 and "chromium" in bare.stderr

    for cmd in _apt_part_with(options):
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, f"{shlex.join(cmd)} failed:\n{res.stdout[-2000:]}\n{res.stderr[-2000:]}"
    assert re.search(r"^Inst chromium ", res.stdout, re.M), res.stdout[-2000:]
    assert re.search(r"^Inst chromium-driver ", res.stdout, re.M)
