"""Module-level patterns are compiled on first use (``medstep.lazyre``), not at import."""

from __future__ import annotations

import ast
import importlib
import pickle
import re
from pathlib import Path

from medstep.lazyre import _LazyPattern, lazy_compile

SRC = Path(__file__).resolve().parents[1] / "src" / "medstep"


def _import_time_compiles(tree: ast.AST) -> list[int]:
    """Lines of ``re.compile`` calls that run at import: outside every function and lambda body."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                found.append(child.lineno)
            visit(child, inside)

    visit(tree, False)
    return found


def test_no_module_compiles_a_pattern_at_import() -> None:
    problems = [f"{path.relative_to(SRC)}:{line}" for path in sorted(SRC.rglob("*.py"))
                for line in _import_time_compiles(ast.parse(path.read_text(encoding="utf-8")))]
    assert not problems, f"use medstep.lazyre.lazy_compile for module-level patterns: {problems}"


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once() -> None:
    lazy = lazy_compile(r"(?P<side>left|right)\s+(\w+)", re.I)
    assert lazy.pattern == r"(?P<side>left|right)\s+(\w+)"
    assert "search" not in vars(lazy)  # nothing compiled yet
    text = "Blunting of the Right costophrenic angle; left base clear."
    eager = re.compile(lazy.pattern, re.I)
    assert lazy.search(text).group("side") == "Right"  # type: ignore[union-attr]
    assert vars(lazy)["search"] == eager.search  # later calls go straight to the compiled pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub(r"\2", text) == eager.sub(r"\2", text)
    assert lazy.groups == 2 and lazy.groupindex == {"side": 1}


def test_a_lazy_pattern_survives_pickling_before_and_after_use() -> None:
    lazy = lazy_compile(r"effusion", re.I)
    assert pickle.loads(pickle.dumps(lazy)).search("EFFUSION") is not None
    lazy.match("x")
    assert pickle.loads(pickle.dumps(lazy)).search("EFFUSION") is not None


def test_every_module_pattern_compiles() -> None:
    # A pattern error no longer shows at import: compile every module-level lazy pattern here instead.
    checked = 0
    for path in sorted(SRC.rglob("*.py")):
        module = importlib.import_module(".".join(("medstep", *path.relative_to(SRC).with_suffix("").parts))
                                         .removesuffix(".__init__"))
        for value in list(vars(module).values()):
            items = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                if isinstance(item, _LazyPattern):
                    item.search("")
                    checked += 1
    assert checked > 500
