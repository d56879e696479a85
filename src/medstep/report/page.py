"""HTML building blocks shared by the report and the comparison page.

Pages are assembled from small escaped strings rather than a template engine:
it keeps the package free of another dependency, and forcing every value
through :func:`esc` (or wrapping trusted markup in :class:`Raw`) makes it
hard to let model output become markup by accident. CSS and JS live in
``assets/`` and are inlined, so a page opens with no network and no files.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

from medstep.store import atomic_write_text
from medstep.types import MedstepError


@dataclass(frozen=True)
class Raw:
    """Markup we built ourselves and that must not be escaped again."""

    html: str


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def cell(value: Any) -> str:
    return value.html if isinstance(value, Raw) else esc(value)


def asset(name: str) -> str:
    """Text of a packaged file under ``medstep/report/assets``."""
    return resources.files("medstep.report").joinpath("assets", name).read_text(encoding="utf-8")


def pct(value: Any) -> str:
    """``0.7123`` -> ``71.2%``; a missing value is shown as an en dash, never as 0."""
    return f"{value * 100:.1f}%" if isinstance(value, (int, float)) else "–"


def ci_text(ci: Any) -> str:
    """``[0.65, 0.76]`` -> ``95% CI 65.0–76.0``."""
    if isinstance(ci, (list, tuple)) and len(ci) == 2 and all(isinstance(x, (int, float)) for x in ci):
        return f"95% CI {ci[0] * 100:.1f}–{ci[1] * 100:.1f}"
    return ""


def signed_pct(value: float) -> str:
    return f"{value * 100:+.1f} pts"


def fmt_p(p: float) -> str:
    return "<0.0001" if p < 1e-4 else f"{p:.4f}"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    numeric: Sequence[int] = (),
    table_id: str | None = None,
) -> str:
    """A ``<table class="data">``; columns listed in ``numeric`` are right-aligned."""
    num = set(numeric)
    ident = f' id="{esc(table_id)}"' if table_id else ""
    head = "".join(f'<th{" class=num" if i in num else ""}>{esc(h)}</th>' for i, h in enumerate(headers))
    body = []
    for row in rows:
        tds = "".join(f'<td{" class=num" if i in num else ""}>{cell(v)}</td>' for i, v in enumerate(row))
        body.append(f"<tr>{tds}</tr>")
    return f'<table class="data"{ident}><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def document(title: str, body: str, *, script: str = "") -> str:
    """A complete, self-contained HTML page."""
    js = f"<script>{script}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{asset('report.css')}</style></head>"
        f"<body>{body}{js}</body></html>\n"
    )


def write_page(out: Path, page: str, what: str) -> Path:
    """Write a finished page to ``out`` (creating its folder) atomically and return the path.

    A failed write is a :class:`MedstepError` naming the page and the path,
    so the CLI reports it in one line instead of a traceback.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out, page)
    except OSError as e:
        raise MedstepError(f"cannot write {what} to {out}: {e}") from e
    return out
