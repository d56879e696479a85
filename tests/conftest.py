"""Session-wide fixtures: tiny offline models are built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests (and the medstep subprocesses they start) import this checkout's ``src``, not
# whichever copy is installed, so any clone or worktree tests its own code.
_SRC = str(Path(__file__).resolve().parents[1] / "src")
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_SRC, os.environ.get("PYTHONPATH", "")) if p)


@pytest.fixture(scope="session")
def tiny_llava(tmp_path_factory) -> Path:
    """A random-weight LLaVA-style model directory, usable as ``hf:<dir>``."""
    from support.tiny_models import build_tiny_llava

    return build_tiny_llava(tmp_path_factory.mktemp("tiny_llava"))


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory) -> Path:
    """A random-weight llama-architecture GGUF file for llama.cpp."""
    from support.tiny_gguf import build_tiny_gguf

    return build_tiny_gguf(tmp_path_factory.mktemp("tiny_gguf"))
