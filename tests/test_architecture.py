"""Architecture rule: a stage never imports a later stage (WORKFLOW.md), checked on the source.

Order: answers → datasets → models → extract → verify → judges → score → store → report → pipeline →
training sets (trainset → mine → curate) → cli (``answers``, the answer semantics, sits right above
``types``; ``cli_train``, ``cli_errors``, ``cli_options`` and ``cli_print`` are part of the CLI). ``types`` (with
``textclean``, the cleaning every outside text passes through, and ``lazyre``, module patterns compiled on first use) and ``results``
are vocabularies any stage may import (``results`` itself only reads ``types`` and ``verify``);
``grading`` and ``pipeline`` orchestrate and sit just before the training sets, with ``progress``
(the CLI's progress line); ``rewards`` is a second entry point and may import any stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "medstep"
ORDER = ["lazyre", "types", "textclean", "answers", "datasets", "prompts", "models", "extract", "verify", "results", "judges",
         "score", "store", "report", "grading", "pipeline", "progress", "trainset", "mine", "curate", "cli"]
SAME_STAGE = {"cli_train": "cli", "cli_errors": "cli", "cli_options": "cli", "cli_print": "cli"}  # modules split from a stage's file for size


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return SAME_STAGE.get(parts[1], parts[1]) if len(parts) > 1 and parts[0] == "medstep" else None


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_no_stage_imports_a_later_stage() -> None:
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        own = rel.parts[0].removesuffix(".py")
        own = SAME_STAGE.get(own, own)
        if own not in ORDER:
            continue  # __init__, rewards (second entry point)
        for module in _imports(path):
            stage = _stage(module)
            if stage in ORDER and ORDER.index(stage) > ORDER.index(own):
                problems.append(f"{rel} imports {module}")
    assert not problems, problems


def test_tests_import_helpers_as_support_not_tests_support() -> None:
    """CI runs plain ``pytest`` (``pythonpath = src, tests``), where ``tests`` is no package: ``from tests.support``
    only imports when something else put the repository root on sys.path (``python -m pytest`` does), so it passed here
    and failed collection on CI (session 26)."""
    tests = Path(__file__).resolve().parent
    problems = [f"{path.relative_to(tests)} imports {module}"
                for path in sorted(tests.rglob("*.py"))
                for module in _imports(path) if module == "tests" or module.startswith("tests.")]
    assert not problems, problems
