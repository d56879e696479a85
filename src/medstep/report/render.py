"""``medstep report RUN_DIR``: one self-contained HTML file per run.

The numbers on the page come from the run's ``summary.json`` (written by the
scorer), so the report can never disagree with ``medstep eval``'s printout;
the per-sample browser and the reasoning distributions come from the stored
per-sample results.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from medstep.report import plots
from medstep.report.page import asset, ci_text, document, esc, pct, table, write_page
from medstep.report.runview import STATUSES, RunView, load_run, sample_status
from medstep.report.samples import REASONING_METRICS, VERDICTS, browser_payload, payload_json

TOP_CONTRADICTED = 10
NO_VALUE = "__medstep_none__"  # filter value for samples without the field ("" means "all"); see report.js


def render_report(run_dir: Path, out: Path | None = None) -> Path:
    """Write the HTML report of ``run_dir`` to ``out`` (default ``run_dir/report.html``); return its path."""
    view = load_run(Path(run_dir))
    out = Path(out) if out is not None else Path(run_dir) / "report.html"
    return write_page(out, build_report_html(view), "report")


def build_report_html(view: RunView) -> str:
    m = view.meta
    title = f"medstep report: {m.benchmark}/{m.split} · {m.model}"
    outcome = view.summary.get("outcome") or {}
    body = [
        f"<h1>{esc(title)}</h1>",
        _header(view, outcome),
        _headline(outcome),
        _categories(outcome),
        _reasoning(view),
        _browser(view),
    ]
    return document(title, "\n".join(body), script=asset("report.js"))


def _metric(d: Any) -> tuple[Any, Any, Any]:
    """``(value, ci95, n)`` of a summary metric object, tolerating absent parts."""
    if not isinstance(d, dict):
        return None, None, None
    return d.get("value"), d.get("ci95"), d.get("n")


def _header(view: RunView, outcome: dict[str, Any]) -> str:
    m = view.meta
    items = [
        ("benchmark", m.benchmark),
        ("split", m.split),
        ("model", m.model),
        ("prompt mode", m.mode),
        ("judge", view.summary.get("judge", m.judge)),
        ("data", m.data or "–"),
        ("date", m.created or view.summary.get("created", "–")),
        ("medstep version", m.medstep_version or view.summary.get("medstep_version", "–")),
        ("samples", view.summary.get("n", len(view.results))),
        ("failed", outcome.get("failed", "–")),
        ("unparsed", outcome.get("unparsed", "–")),
    ]
    cells = "".join(
        f'<div id="meta-{esc(k.replace(" ", "-"))}"><span>{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in items
    )
    settings = ""
    if m.settings:
        rows = [(k, v) for k, v in sorted(m.settings.items())]
        settings = f"<details><summary>settings</summary>{table(['setting', 'value'], rows)}</details>"
    return f'<div class="meta">{cells}</div>{settings}'


def _card(card_id: str, label: str, metric: Any) -> str:
    value, ci, n = _metric(metric)
    n_text = f"n={n}" if n is not None else ""
    return (
        f'<div class="card" id="{esc(card_id)}"><div class="label">{esc(label)}</div>'
        f'<div class="value">{esc(pct(value))}</div><div class="ci">{esc(ci_text(ci))}</div>'
        f'<div class="ci">{esc(n_text)}</div></div>'
    )


def _headline(outcome: dict[str, Any]) -> str:
    cards = [_card("headline-accuracy", "accuracy", outcome.get("accuracy"))]
    bars = []
    for kind in ("closed", "open", "choice"):
        group = outcome.get(kind)
        if not isinstance(group, dict) or not _metric(group.get("accuracy"))[2]:
            continue
        cards.append(_card(f"headline-{kind}", f"{kind} accuracy", group["accuracy"]))
        value, ci, n = _metric(group["accuracy"])
        if isinstance(value, (int, float)):
            bars.append(plots.BarItem(kind, float(value), _ci_tuple(ci), int(n or 0)))
        if kind == "open":
            for sub in ("exact", "recall", "f1"):
                if sub in group:
                    cards.append(_card(f"headline-open-{sub}", f"open {sub}", group[sub]))
    counts = (
        f'<div class="card" id="headline-unparsed"><div class="label">unparsed</div>'
        f'<div class="value">{esc(outcome.get("unparsed", "–"))}</div><div class="ci">counted as wrong</div></div>'
        f'<div class="card" id="headline-failed"><div class="label">failed</div>'
        f'<div class="value">{esc(outcome.get("failed", "–"))}</div><div class="ci">excluded from accuracy</div></div>'
    )
    chart = ""
    if len(bars) > 1:
        chart = f'<div class="chart" id="chart-answer-type">{plots.accuracy_bars_svg("accuracy by answer type", bars)}</div>'
    return f'<h2>Headline</h2><div class="cards">{"".join(cards)}{counts}</div>{chart}'


def _ci_tuple(ci: Any) -> tuple[float, float] | None:
    if isinstance(ci, (list, tuple)) and len(ci) == 2 and all(isinstance(x, (int, float)) for x in ci):
        return float(ci[0]), float(ci[1])
    return None


def _group_counts(g: Any) -> tuple[Any, int | None, int]:
    """``(accuracy metric, graded n, failed n)`` of one ``by_category`` group.

    The summary's group ``n`` counts every sample of the group, failed ones
    included, while its accuracy (and interval) is over the graded samples
    only (``accuracy.n``). Showing the former next to the accuracy would claim
    more evidence than the number rests on, so the graded count is the ``n``
    and the failed ones are counted apart. Summaries without ``accuracy.n``
    fall back to the group ``n``.
    """
    metric = g.get("accuracy") if isinstance(g, dict) else None
    n_graded = _metric(metric)[2]
    n_all = g.get("n") if isinstance(g, dict) else None
    if not isinstance(n_graded, int):
        n_graded = n_all if isinstance(n_all, int) else None
    failed = n_all - n_graded if isinstance(n_all, int) and isinstance(n_graded, int) and n_all > n_graded else 0
    return metric, n_graded, failed


def _categories(outcome: dict[str, Any]) -> str:
    by_cat = outcome.get("by_category")
    if not isinstance(by_cat, dict) or not by_cat:
        return "<h2>By category</h2><p class=muted>This benchmark has no category fields.</p>"
    parts = [
        "<h2>By category</h2>",
        '<p class="muted">n = graded samples of the group: failed generations are excluded from accuracy '
        "and counted apart; unparsed answers count as wrong.</p>",
    ]
    for field, groups in by_cat.items():
        if not isinstance(groups, dict):
            continue
        counted = [(value, *_group_counts(g)) for value, g in groups.items()]
        any_failed = any(failed for *_, failed in counted)
        items, rows = [], []
        for value, metric, n, failed in counted:
            acc, ci, _ = _metric(metric)
            row = [value, n if n is not None else "–", pct(acc), ci_text(ci).removeprefix("95% CI ")]
            if any_failed:
                row.append(failed)
            rows.append(tuple(row))
            if isinstance(acc, (int, float)):
                items.append(plots.BarItem(str(value), float(acc), _ci_tuple(ci), int(n or 0),
                                           n_total=int(n or 0) + failed))
        rows.sort(key=lambda r: -(r[1] if isinstance(r[1], int) else 0))
        chart = plots.accuracy_bars_svg(field, items) if items else ""
        headers = [field, "n (graded)", "accuracy", "95% CI"] + (["failed (excluded)"] if any_failed else [])
        tab = table(headers, rows, numeric=tuple(range(1, len(headers))))
        slug = re.sub(r"[^a-z0-9]+", "-", field.lower())
        parts.append(
            f'<h3>{esc(field)}</h3><div class="chart-row"><div class="chart" id="chart-cat-{esc(slug)}">'
            f"{chart}</div>{tab}</div>"
        )
    return "".join(parts)


def _reasoning(view: RunView) -> str:
    summary = view.summary.get("reasoning")
    per_sample: dict[str, list[float]] = defaultdict(list)
    steps_seen = False
    contradicted: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for r in view.results:
        rs = r.reasoning or {}
        for name in REASONING_METRICS:
            v = rs.get(name)
            if isinstance(v, (int, float)):
                per_sample[name].append(float(v))
        for step in rs.get("steps") or []:
            steps_seen = True
            if isinstance(step, dict) and step.get("verdict") == "contradicted":
                key = _norm_step(str(step.get("text", "")))
                contradicted[key] += 1
                if len(examples[key]) < 3:
                    examples[key].append(r.sample.id)
    if not isinstance(summary, dict) and not per_sample and not steps_seen:
        return ""
    parts = ["<h2>Reasoning</h2>"]
    if isinstance(summary, dict):
        rows = []
        for name in REASONING_METRICS:
            if name in summary:
                value, ci, n = _metric(summary[name])
                rows.append((name, f"{value:.3f}" if isinstance(value, (int, float)) else "–",
                             _ci_plain(ci), n if n is not None else "–"))
        parts.append(table(["metric", "mean", "95% CI", "n"], rows, numeric=(1, 2, 3), table_id="reasoning-metrics"))
        zero = summary.get("zero_denominator")
        if isinstance(zero, dict) and zero:
            zs = ", ".join(f"{k}: {v}" for k, v in zero.items())
            parts.append(f'<p class="muted">samples with an undefined metric (zero denominator): {esc(zs)}</p>')
    if per_sample:
        parts.append(f'<div class="chart" id="chart-reasoning">{plots.histograms_svg(per_sample)}</div>')
    concepts = summary.get("most_contradicted") if isinstance(summary, dict) else None
    if isinstance(concepts, list) and concepts:
        rows = [(c.get("concept", "?"), c.get("count", "–")) for c in concepts if isinstance(c, dict)]
        parts.append("<h3>Findings most often contradicted</h3>")
        parts.append(table(["finding", "times contradicted"], rows, numeric=(1,), table_id="most-contradicted"))
    if contradicted:
        rows = [(text, n, ", ".join(examples[text])) for text, n in contradicted.most_common(TOP_CONTRADICTED)]
        parts.append("<h3>Steps most often contradicted</h3>")
        parts.append(table(["step (normalised)", "count", "example samples"], rows, numeric=(1,)))
    return "".join(parts)


def _ci_plain(ci: Any) -> str:
    t = _ci_tuple(ci)
    return f"{t[0]:.3f}–{t[1]:.3f}" if t else "–"


def _norm_step(text: str) -> str:
    """Group steps that differ only in case, spacing, list numbering or final punctuation."""
    text = re.sub(r"^\s*(\d+[.)]|[-*•])\s+", "", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .;:,")


def _browser(view: RunView) -> str:
    fields = view.category_fields()
    payload = browser_payload(view, fields)
    counts = Counter(sample_status(r) for r in view.results)
    status_opts = [f'<option value="">all ({len(view.results)})</option>']
    status_opts += [f'<option value="{s}">{s} ({counts[s]})</option>' for s in STATUSES if counts[s]]
    controls = [
        f'<label>status <select id="f-status">{"".join(status_opts)}</select></label>'
    ]
    for k, field in enumerate(fields):
        vc = Counter(r.sample.categories.get(field, "") for r in view.results)
        opts = ['<option value="">all</option>'] + [
            f'<option value="{esc(v or NO_VALUE)}">{esc(v or "(none)")} ({n})</option>' for v, n in sorted(vc.items())
        ]
        controls.append(f'<label>{esc(field)} <select id="f-cat-{k}">{"".join(opts)}</select></label>')
    controls.append('<label>search <input id="f-search" type="search" placeholder="id, question, answer, reasoning"></label>')
    controls.append('<span id="count" class="muted"></span>')
    legend = "".join(f'<span class="step v-{v}">{v}</span>' for v in VERDICTS)
    pager = (
        '<span class="pager"><button id="prev" type="button">‹ previous</button>'
        '<span id="pageinfo"></span><button id="next" type="button">next ›</button></span>'
    )
    has_steps = any("st" in rec for rec in payload["samples"])
    hint = (f'<p class="legend muted">step verdicts: {legend} (hover or focus a step, or an answer, for its '
            "evidence)</p>" if has_steps else
            '<p class="muted">No step verdicts in this run (judge: none); hover an answer for its extraction rule.</p>')
    return (
        f"<h2>Samples</h2>{hint}"
        f'<div class="controls">{"".join(controls)}{pager}</div><div id="samples"></div>'
        '<div id="tooltip" role="tooltip"></div>'
        f'<script id="medstep-data" type="application/json">{payload_json(payload)}</script>'
    )
