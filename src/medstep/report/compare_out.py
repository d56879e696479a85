"""Showing a :class:`~medstep.report.compare.Comparison`: rich tables in the terminal, or an HTML page.

Differences are always *other run minus baseline*, in accuracy points, so a
positive number means the other run is better.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from medstep.report.compare import Comparison, LeaderboardCell, PairedResult, PairStats
from medstep.report.page import Raw, ci_text, document, esc, fmt_p, pct, signed_pct, table, write_page

if TYPE_CHECKING:
    from rich.console import Console

TERMINAL_CATEGORY_VALUES = 15
HTML_DISAGREEMENTS = 1000


def _cell_text(cell: LeaderboardCell | None) -> str:
    if cell is None:
        return "–"
    ci = f" [{cell.ci95[0] * 100:.1f}–{cell.ci95[1] * 100:.1f}]" if cell.ci95 else ""
    return f"{pct(cell.accuracy)}{ci} n={cell.n}"


def _board_title(c: Comparison) -> str:
    """Say what the leaderboard cells are computed on: whole runs, or only the shared samples."""
    if not c.intersect:
        return "Leaderboard (accuracy, 95% CI)"
    return "Leaderboard on shared samples only (--intersect): accuracy, 95% CI"


def _board_note(c: Comparison) -> str:
    """Under ``intersect``, the per-column sample counts behind the cells ('' otherwise)."""
    if not c.intersect:
        return ""
    counts = ", ".join(f"{col}: {c.column_shared.get(col, 0)}" for col in c.columns)
    return ("Cells are computed on the samples graded (not failed) in every run of their column, not on "
            "each run's full set, and of the answer types its headline accuracy is over (open questions beside "
            f"choice or closed ones are left out); unparsed answers count as wrong. Shared samples per column: "
            f"{counts}.")


def _diff_text(s: PairStats) -> str:
    return signed_pct(s.diff) if s.diff is not None else "–"


def _ci_pts(s: PairStats) -> str:
    return f"[{s.ci95[0] * 100:+.1f}, {s.ci95[1] * 100:+.1f}]" if s.ci95 else "–"


def _p_text(s: PairStats) -> str:
    return fmt_p(s.p_value) if s.p_value is not None else "–"


def _pair_row(p: PairedResult) -> list[str]:
    s = p.stats
    return [p.other.title, str(s.n), str(p.excluded_failed), pct(s.acc_baseline), pct(s.acc_other),
            _diff_text(s), _ci_pts(s), _p_text(s), str(s.b), str(s.c)]


PAIR_HEADERS = ["run", "shared n", "excluded (failed)", "baseline acc", "run acc",
                "difference", "95% CI", "McNemar p", "b", "c"]
TERMINAL_PAIR_ROWS = ["shared samples", "excluded (failed in either)", "baseline accuracy", "run accuracy",
                      "difference (run - baseline)", "95% CI (paired bootstrap)", "McNemar exact p",
                      "b: only baseline right", "c: only run right"]
PAIR_NOTE = "Failed samples are excluded from the pair; unparsed answers count as wrong."


def print_comparison(comparison: Comparison, console: "Console") -> None:
    """Print the leaderboard, the paired differences and per-category differences as rich tables."""
    from rich.table import Table
    from rich.text import Text

    board = Table(title=_board_title(comparison), title_justify="left",
                  caption=_board_note(comparison) or None, caption_justify="left")
    board.add_column("#", justify="right")
    board.add_column("run")  # a run's name (default: its model's); the mode is not shown
    for col in comparison.columns:
        board.add_column(col, justify="right")
    for rank, row in enumerate(comparison.leaderboard, 1):
        board.add_row(str(rank), Text(row.label), *(_cell_text(row.cells.get(c)) for c in comparison.columns))
    console.print(board)

    # Metrics as rows and runs as columns: stays readable in an 80-column terminal.
    base = comparison.runs[0]
    paired = Table(title=Text(f"Paired comparison with baseline {base.title}"), title_justify="left",
                   caption=PAIR_NOTE, caption_justify="left")
    paired.add_column("")
    for p in comparison.pairs:
        paired.add_column(Text(p.other.title), justify="right", overflow="fold")
    rows = [_pair_row(p) for p in comparison.pairs]
    for i, name in enumerate(TERMINAL_PAIR_ROWS, start=1):
        paired.add_row(name, *(Text(r[i]) for r in rows))
    console.print(paired)

    for p in comparison.pairs:
        for note in _notes(p):
            console.print(f"  {p.other.title}: {note}", highlight=False, markup=False)
        _print_categories(p, console)


def _notes(p: PairedResult) -> list[str]:
    notes = []
    if p.only_baseline or p.only_other:
        notes.append(f"{p.only_baseline} samples only in the baseline and {p.only_other} only in "
                     f"this run were left out (--intersect)")
    if p.apart:
        kinds = ", ".join(f"{kind}: {n}" for kind, n in p.apart.items())
        notes.append(f"shared questions left out of the paired accuracy ({kinds}), as they are of each run's own "
                     "headline accuracy; they are paired in the category tables")
    if p.stats.n == 0:
        notes.append("no shared graded samples: nothing to compare")
    if p.disagreements:
        notes.append(f"{len(p.disagreements)} samples answered correctly by exactly one of the two runs "
                     "(listed in the HTML comparison, --out)")
    return notes


def _print_categories(p: PairedResult, console: "Console") -> None:
    from rich.table import Table
    from rich.text import Text

    for fld in dict.fromkeys(r.field for r in p.categories):
        cat = Table(title=Text(f"By {fld}: {p.other.title} - baseline"), title_justify="left")
        cat.add_column(fld, overflow="fold")
        for h in ("n", "base acc", "run acc", "diff", "95% CI", "p"):
            cat.add_column(h, justify="right", no_wrap=True)
        rows = sorted((r for r in p.categories if r.field == fld), key=lambda r: -r.stats.n)
        for row in rows[:TERMINAL_CATEGORY_VALUES]:
            s = row.stats
            cat.add_row(Text(row.value), str(s.n), pct(s.acc_baseline), pct(s.acc_other),
                        _diff_text(s), _ci_pts(s), _p_text(s))
        if len(rows) > TERMINAL_CATEGORY_VALUES:
            cat.caption = f"largest {TERMINAL_CATEGORY_VALUES} of {len(rows)} values; all in the HTML (--out)"
        console.print(cat)


def render_compare_html(comparison: Comparison, out: Path) -> Path:
    """Write the comparison as one self-contained HTML page; return its path."""
    return write_page(Path(out), build_compare_html(comparison), "comparison")


def build_compare_html(c: Comparison) -> str:
    base = c.runs[0]
    parts = [f"<h1>medstep comparison: {len(c.runs)} runs</h1>"]
    run_rows = [(r.title, r.benchmark, r.split, r.n, pct(r.accuracy), ci_text(r.ci95), r.failed, r.unparsed,
                 str(r.run_dir)) for r in c.runs]
    parts.append("<h2>Runs</h2>")
    parts.append(table(["run", "benchmark", "split", "samples", "accuracy", "interval", "failed", "unparsed", "directory"],
                       run_rows, numeric=(3, 4, 6, 7)))
    parts.append(f"<h2>{esc(_board_title(c))}</h2>")
    if c.intersect:
        parts.append(f'<p class="muted" id="leaderboard-note">{esc(_board_note(c))}</p>')
    board_rows = [[str(i), row.label, *(_cell_text(row.cells.get(col)) for col in c.columns)]
                  for i, row in enumerate(c.leaderboard, 1)]
    parts.append(table(["#", "run", *c.columns], board_rows,
                       numeric=tuple(range(2, 2 + len(c.columns))), table_id="leaderboard"))
    parts.append(f"<h2>Paired comparison with baseline {esc(base.title)}</h2>")
    parts.append(
        '<p class="muted">Difference = run accuracy − baseline accuracy on the samples graded in both runs '
        f"(failed samples excluded, unparsed counted as wrong). Interval: paired percentile bootstrap "
        f"({c.n_boot} resamples, seed {c.seed}); p-value: McNemar's exact test on the discordant pairs; "
        "b = samples only the baseline got right, c = only the run.</p>"
    )
    parts.append(table(PAIR_HEADERS, [_pair_row(p) for p in c.pairs], numeric=tuple(range(1, 10)),
                       table_id="paired"))
    for k, p in enumerate(c.pairs):
        parts.append(_pair_details(k, p))
    title = f"medstep comparison: {', '.join(r.title for r in c.runs)}"
    return document(title, "\n".join(parts))


def _signed_cell(s: PairStats) -> Raw:
    if s.diff is None:
        return Raw("–")
    cls = "pos" if s.diff > 0 else "neg" if s.diff < 0 else ""
    return Raw(f'<span class="{cls}">{esc(_diff_text(s))}</span>')


def _pair_details(k: int, p: PairedResult) -> str:
    parts = [f"<h2>{esc(p.other.title)} vs baseline</h2>"]
    if p.only_baseline or p.only_other:
        parts.append(f'<p class="muted">Only shared samples compared: {p.only_baseline} only in the baseline, '
                     f"{p.only_other} only in this run.</p>")
    if p.apart:
        kinds = ", ".join(f"{kind}: {n}" for kind, n in p.apart.items())
        parts.append(f'<p class="muted">Shared questions left out of the paired accuracy ({esc(kinds)}), as they '
                     "are of each run's own headline accuracy; they are paired by category below.</p>")
    if p.categories:
        rows = [(r.field, r.value, r.stats.n, pct(r.stats.acc_baseline), pct(r.stats.acc_other),
                 _signed_cell(r.stats), _ci_pts(r.stats), _p_text(r.stats), r.stats.b, r.stats.c)
                for r in sorted(p.categories, key=lambda r: (r.field, -r.stats.n))]
        parts.append("<h3>By category</h3>")
        parts.append(table(["field", "value", "n", "baseline acc", "run acc", "difference", "95% CI",
                            "McNemar p", "b", "c"], rows,
                           numeric=tuple(range(2, 10)), table_id=f"categories-{k}"))
    if p.stats.n == 0:
        parts.append('<p class="muted">No sample is graded in both runs: there is nothing to compare.</p>')
        return "".join(parts)
    parts.append(f"<h3>Samples where the two disagree ({len(p.disagreements)})</h3>")
    if not p.disagreements:
        parts.append('<p class="muted">None: on every shared sample both runs were right or both wrong.</p>')
        return "".join(parts)
    shown = p.disagreements[:HTML_DISAGREEMENTS]
    if len(shown) < len(p.disagreements):
        parts.append(f'<p class="muted">First {len(shown)} of {len(p.disagreements)} shown.</p>')
    pairs = [(d.sample_id, d.question, d.gold, _answer(d.answer_baseline, d.status_baseline),
              _answer(d.answer_other, d.status_other)) for d in shown]
    parts.append(table(["sample", "question", "gold", "baseline answer", "run answer"], pairs,
                       table_id=f"disagreements-{k}"))
    return "".join(parts)


def _answer(answer: str | None, status: str) -> str:
    return f"{answer} ({status})" if answer is not None else f"({status})"
