"""``medstep report RUN_DIR``: one HTML file per run (with a folder of sample parts for large runs).

The numbers on the page come from the run's ``summary.json`` (written by the
scorer), so the report can never disagree with ``medstep eval``'s printout;
the per-sample browser and the reasoning distributions come from the stored
per-sample results, read one at a time (:meth:`RunStore.iter_results`): a
100,000-sample report holds one part of its samples in memory, and its page
loads the parts it shows (:mod:`medstep.report.parts`).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from medstep.report import plots
from medstep.report.official import boxes_note, impact_section, sets_section
from medstep.report.page import asset, ci_text, document, esc, pct, table, write_page
from medstep.report.parts import INLINE_LIMIT, Parts
from medstep.report.runview import STATUSES, RunHead, check_graded_run
from medstep.report.samples import PART, VERDICTS, SampleBrowser, payload_json
from medstep.report.tallies import ReasoningTallies
from medstep.report.thumbs import data_roots
from medstep.results import GradeStatus, JudgeInfo, JudgeSummary, Metric, OutcomeSummary, RunSummary
from medstep.store import RunMeta, RunStore, SampleResult
from medstep.types import JUDGE_RULE, NO_ANSWER, AnswerType, Status

if TYPE_CHECKING:
    from medstep.judges.base import ProgressFactory

TOP_CONTRADICTED = 10
NO_VALUE = "__medstep_none__"  # filter value for samples without the field ("" means "all"); see report.js


def render_report(run_dir: Path, out: Path | None = None, *, allow_outside_data: bool = False,
                  inline_limit: int = INLINE_LIMIT, part: int = PART, progress: ProgressFactory | None = None) -> Path:
    """Write the HTML report of ``run_dir`` to ``out`` (default ``run_dir/report.html``); return its path.

    A run directory may come from anyone: images are embedded only from the
    run's data folder or the run directory itself, unless ``allow_outside_data``
    (the run was made with images outside its data folder, and the person
    rendering the report says they may be embedded).

    Runs of more than ``inline_limit`` samples get their samples in parts of
    ``part`` beside the page, in ``<stem>_data/`` (:mod:`medstep.report.parts`):
    copy the page together with that folder.

    ``progress`` (the factory ``medstep eval`` uses, :mod:`medstep.progress`) gets a line
    over the read-back, the slow part: 100,000 samples take tens of seconds without a word.
    """
    run_dir = Path(run_dir)
    writer = ReportWriter(run_dir, out, allow_outside_data=allow_outside_data, inline_limit=inline_limit, part=part)
    store = RunStore.open(run_dir)
    try:
        check_graded_run(store)
        summary = store.summary()
        n = store.result_count()
        writer.open(store.meta, n, {label: j.info for label, j in summary.judges.items()})
        with progress(n, "report") if progress is not None else contextlib.nullcontext(None) as bar:
            for r in store.iter_results():
                writer.add(r)
                if bar is not None:
                    bar.advance(1)
    except BaseException:
        writer.abort()
        raise
    finally:
        store.close()
    return writer.finish(summary)


class ReportWriter:
    """A run's report built from its results one at a time, as grading produces them or as
    :func:`render_report` reads them back: the same page either way.

    ``medstep eval``/``score`` hand each graded sample to a writer while they
    grade (see :func:`medstep.grading.finalize`), so the report costs no second
    pass over the run; :meth:`finish` writes the page once the summary exists.
    A failure while building (a link in place of the data folder, a full disk)
    never interrupts grading: it is raised by :meth:`finish`.
    """

    def __init__(self, run_dir: Path, out: Path | None = None, *, allow_outside_data: bool = False,
                 inline_limit: int = INLINE_LIMIT, part: int = PART) -> None:
        self.run_dir = Path(run_dir)
        self.out = Path(out) if out is not None else self.run_dir / "report.html"
        self._allow, self._inline_limit, self._part = allow_outside_data, inline_limit, part
        self._meta: RunMeta | None = None
        self._parts: Parts | None = None
        self._browser: SampleBrowser | None = None
        self._tallies: ReasoningTallies | None = None
        self._error: BaseException | None = None

    def open(self, meta: RunMeta, n: int, judges: Mapping[str, JudgeInfo]) -> None:
        """Start a report of ``n`` samples graded by ``judges`` (label -> info, in the summary's order)."""
        try:
            self._meta = meta
            self._parts = Parts(self.out, paged=n > self._inline_limit)
            roots = None if self._allow else data_roots(self.run_dir, meta.data)
            self._browser = SampleBrowser(judges, self._parts.put, roots=roots,
                                          part=self._part if self._parts.paged else max(1, n))
            self._tallies = ReasoningTallies(judges)
        except Exception as e:  # raised by finish(): grading goes on
            self._error = e

    def add(self, result: SampleResult) -> None:
        if self._error is not None or self._browser is None or self._tallies is None:
            return
        try:
            self._browser.add(result)
            self._tallies.add(result)
        except Exception as e:
            self._error = e
            self.abort()

    def finish(self, summary: RunSummary) -> Path:
        """Write the page (its numbers from ``summary``); raise what went wrong while building."""
        if self._error is not None:
            raise self._error
        assert self._meta is not None and self._browser is not None and self._tallies is not None
        assert self._parts is not None
        try:
            self._browser.flush()
            head = RunHead(run_dir=self.run_dir, meta=self._meta, summary=summary)
            path = write_page(self.out, build_report_html(head, self._browser, self._tallies, self._parts), "report")
        except BaseException:
            self.abort()
            raise
        self._parts.finish()
        return path

    def abort(self) -> None:
        """Nothing will be written: remove this report's parts (a previous report stays whole)."""
        if self._parts is not None:
            self._parts.abort()


def build_report_html(view: RunHead, browser: SampleBrowser, tallies: ReasoningTallies, parts: Parts) -> str:
    m = view.meta
    title = f"medstep report: {m.benchmark}/{m.split} · {view.label}"
    outcome = view.summary.outcome
    body = [
        f"<h1>{esc(title)}</h1>",
        _header(view, outcome),
        _headline(outcome),
        boxes_note(outcome),
        impact_section(view.summary.impact),
        sets_section(outcome),
        _categories(outcome),
        _reasoning(view, tallies),
        _usage(view),
        _browser(browser, parts),
    ]
    return document(title, "\n".join(body), script=asset("report.js"))


def _header(view: RunHead, outcome: OutcomeSummary) -> str:
    m = view.meta
    items = [
        ("name", view.label),
        ("benchmark", m.benchmark),
        ("split", m.split),
        ("model", m.model),
        ("prompt mode", m.mode.value),
        ("judge", ", ".join(view.summary.judges) or "none"),
        ("data", m.data or "–"),
        ("date", m.created or "–"),
        ("medstep version", m.medstep_version or "–"),
        ("samples", view.summary.coverage_text()),
        ("failed", outcome.failed),
        *((st.value, outcome.statuses.get(st, 0)) for st in NO_ANSWER),
    ]
    cells = "".join(
        f'<div id="meta-{esc(k.replace(" ", "-"))}"><span>{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in items
    )
    settings = ""
    if m.settings:
        rows = [(k, v) for k, v in sorted(m.settings.items())]
        settings = f"<details><summary>settings</summary>{table(['setting', 'value'], rows)}</details>"
    return f'<div class="meta">{cells}</div>{settings}'


def _card(card_id: str, label: str, metric: Metric) -> str:
    return (
        f'<div class="card" id="{esc(card_id)}"><div class="label">{esc(label)}</div>'
        f'<div class="value">{esc(pct(metric.value))}</div><div class="ci">{esc(ci_text(metric.ci95))}</div>'
        f'<div class="ci">n={metric.n}</div></div>'
    )


_STATUS_NOTES = {
    Status.UNPARSED: "no answer stated; counted as wrong",
    Status.AMBIGUOUS: "conflicting answers; counted as wrong",
    Status.REFUSED: "declined to answer; counted as wrong",
    Status.TRUNCATED: "cut at the token limit; counted as wrong",
    Status.FAILED: "excluded from accuracy",
}


def _headline(outcome: OutcomeSummary) -> str:
    open_group = outcome.by_type.get(AnswerType.OPEN)
    # The headline never averages open answers with others; say what it covers when both are present.
    mixed = open_group is not None and open_group.accuracy.n > 0 and "open" not in outcome.accuracy_over
    label = f"accuracy ({' + '.join(outcome.accuracy_over)})" if mixed else "accuracy"
    cards = [_card("headline-accuracy", label, outcome.accuracy)]
    bars = []
    for kind, group in outcome.by_type.items():
        if not group.accuracy.n:
            continue
        cards.append(_card(f"headline-{kind.value}", f"{kind.value} accuracy", group.accuracy))
        if group.accuracy.value is not None:
            bars.append(plots.BarItem(kind.value, group.accuracy.value, group.accuracy.ci95, group.accuracy.n))
        for sub in ("matched", "recall", "precision", "f1", "iou", "giou"):
            metric = getattr(group, sub)
            if metric is not None:
                cards.append(_card(f"headline-{kind.value}-{sub}", f"{kind.value} {sub}", metric))
    counts = "".join(
        f'<div class="card" id="headline-{status.value}"><div class="label">{status.value}</div>'
        f'<div class="value">{outcome.statuses.get(status, 0)}</div>'
        f'<div class="ci">{esc(_STATUS_NOTES.get(status, "counted as wrong"))}</div></div>'
        for status in Status if status is not Status.SCORED
    )
    if outcome.rules.get(JUDGE_RULE):
        counts += (f'<div class="card" id="headline-judge-read"><div class="label">read by a judge</div>'
                   f'<div class="value">{outcome.rules[JUDGE_RULE]}</div>'
                   '<div class="ci">answers the rules left unparsed (rule judge)</div></div>')
    chart = ""
    if len(bars) > 1:
        chart = f'<div class="chart" id="chart-answer-type">{plots.accuracy_bars_svg("accuracy by answer type", bars)}</div>'
    return f'<h2>Headline</h2><div class="cards">{"".join(cards)}{counts}</div>{chart}'


def _categories(outcome: OutcomeSummary) -> str:
    """Accuracy per category value. ``n`` is the graded count (the accuracy's denominator); samples
    of the group without a correctness value (failed) are counted apart, so a bar never claims
    more evidence than it rests on."""
    if not outcome.by_category:
        return "<h2>By category</h2><p class=muted>This benchmark has no category fields.</p>"
    parts = [
        "<h2>By category</h2>",
        '<p class="muted">n = graded samples of the group: failed generations are excluded from accuracy '
        "and counted apart; outputs without a usable answer (unparsed, ambiguous, refused, truncated) count as "
        "wrong. Groups mixing open questions with others: accuracy over the others, open ones apart.</p>",
    ]
    for field, groups in outcome.by_category.items():
        any_failed = any(g.failed for g in groups.values())
        items, rows = [], []
        for value, g in groups.items():
            acc = g.accuracy
            row: list[Any] = [value, acc.n, pct(acc.value), ci_text(acc.ci95).removeprefix("95% CI ")]
            if any_failed:
                row.append(g.failed)
            rows.append(tuple(row))
            if acc.value is not None:
                items.append(plots.BarItem(str(value), acc.value, acc.ci95, acc.n, n_total=g.n))
        rows.sort(key=lambda r: -r[1])
        chart = plots.accuracy_bars_svg(field, items) if items else ""
        headers = [field, "n (graded)", "accuracy", "95% CI"] + (["failed (excluded)"] if any_failed else [])
        tab = table(headers, rows, numeric=tuple(range(1, len(headers))))
        slug = re.sub(r"[^a-z0-9]+", "-", field.lower())
        parts.append(
            f'<h3>{esc(field)}</h3><div class="chart-row"><div class="chart" id="chart-cat-{esc(slug)}">'
            f"{chart}</div>{tab}</div>"
        )
    return "".join(parts)


def _reasoning(view: RunHead, tallies: ReasoningTallies) -> str:
    """Each judge's metrics side by side, its not-graded counts, distributions and most contradicted steps."""
    judges = view.summary.judges
    if not judges:
        return ""
    parts = ["<h2>Reasoning</h2>", _judge_table(judges)]
    not_graded = [(label, s.value.replace("_", " "), j.statuses[s]) for label, j in judges.items()
                  for s in GradeStatus if s is not GradeStatus.GRADED and j.statuses.get(s)]
    if not_graded:
        parts.append('<p class="muted">not graded (never counted as 0 or 1): '
                     + esc("; ".join(f"{label}: {n} {what}" for label, what, n in not_graded)) + "</p>")
    for k, (label, j) in enumerate(judges.items()):
        per_sample = tallies.values.get(label, {})
        # histograms are drawn on 0-1, in the judge's own metric order (not the order samples happen to list them)
        bounded = {n: list(per_sample[n]) for n in j.info.metrics if n in per_sample and n not in j.info.maxima}
        if bounded:
            parts.append(f"<h3>{esc(label)}: distributions</h3>")
            parts.append(f'<div class="chart" id="chart-reasoning{"-" + str(k) if k else ""}">'
                         f"{plots.histograms_svg(bounded)}</div>")
        for kind, counts in j.tallies.items():
            parts.append(f"<h3>{esc(label)}: most frequent {esc(kind)}</h3>")
            tid = "most-contradicted" if (k, kind) == (0, "contradicted") else f"tally-{k}-{re.sub(r'[^a-z0-9]+', '-', kind)}"
            parts.append(table(["label", "samples"], counts, numeric=(1,), table_id=tid))
    parts.append(_contradicted_steps(tallies))
    return "".join(parts)


def _judge_table(judges: Mapping[str, JudgeSummary]) -> str:
    """Metrics as rows, judges as columns: two judges of one run read side by side."""
    names: dict[str, None] = {}
    for j in judges.values():
        for name in j.info.metrics:
            names.setdefault(name, None)
    rows = []
    for name in names:
        row: list[Any] = [name]
        for j in judges.values():
            metric = j.metrics.get(name)
            if metric is None:
                row.append("")
                continue
            scale = f"/{j.info.maxima[name]:g}" if name in j.info.maxima else ""
            value = f"{metric.value:.3f}{scale}" if metric.value is not None else "–"
            ci = f" [{metric.ci95[0]:.3f}–{metric.ci95[1]:.3f}]" if metric.ci95 else ""
            undefined = f", {metric.undefined} undefined" if metric.undefined else ""
            row.append(f"{value}{ci} (n={metric.n}{undefined})")
        rows.append(row)
    headers = ["metric", *(f"{label} ({j.info.protocol} v{j.info.version})" if label != j.info.protocol else label
                           for label, j in judges.items())]
    return table(headers, rows, numeric=tuple(range(1, len(headers))), table_id="reasoning-metrics")


def _usage(view: RunHead) -> str:
    """Tokens per endpoint of the generating model and of each LLM judge, with the cost when priced."""
    u = view.summary.usage
    models = ([("generation", u.generation)] if u.generation is not None else []) + [
        (f"judge {label}", j) for label, j in u.judges.items()]
    rows = []
    for name, usage in models:
        for endpoint, t in usage.by_endpoint.items():
            cost = usage.price.cost(t) if usage.price is not None else None
            rows.append((name, endpoint, f"{t.calls:,}", f"{t.prompt_tokens:,}", f"{t.completion_tokens:,}",
                         f"{t.unreported:,}", "–" if cost is None else f"{cost:.4g}"))
    if not rows:
        return ""
    note = ('<p class="muted">calls without token counts from their server are not in the sums; '
            "a cost is then a lower bound. Prices: " + esc("; ".join(
                f"{name} {m.price.prompt_per_mtok:g}/{m.price.completion_per_mtok:g} per million tokens"
                for name, m in models if m.price is not None) or "none given (--price)") + "</p>")
    total = f'<p id="usage-cost">total cost: {u.cost:.4g}</p>' if u.cost is not None else ""
    return ("<h2>Usage and cost</h2>"
            + table(["model", "endpoint", "calls", "prompt tokens", "completion tokens", "without counts", "cost"],
                    rows, numeric=(2, 3, 4, 5, 6), table_id="usage") + note + total)


def _contradicted_steps(tallies: ReasoningTallies) -> str:
    if not tallies.contradicted:
        return ""
    rows = [(text, n, ", ".join(tallies.examples[text])) for text, n in tallies.contradicted.most_common(TOP_CONTRADICTED)]
    return ("<h3>Steps most often contradicted (any judge)</h3>"
            + table(["step (normalised)", "count", "example samples"], rows, numeric=(1,)))


def _image_notice(browser: SampleBrowser) -> str:
    """One notice for the images the page does not show, by reason with a first example: not one
    "image unavailable" line per sample (a benchmark scored without its images has thousands)."""
    if not browser.unshown:
        return ""
    parts = [f"{n} {reason} (first: sample {sid}, {label})"
             for reason, (n, sid, label) in sorted(browser.unshown.items(), key=lambda kv: -kv[1][0])]
    total = sum(n for n, _, _ in browser.unshown.values())
    return (f'<p class="notice" id="image-notice">{total} of {browser.images} images are not shown, '
            f"in {browser.unshown_samples} samples: {esc('; '.join(parts))}.</p>")


def _browser(browser: SampleBrowser, parts: Parts) -> str:
    fields, counts = browser.fields, browser.statuses
    status_opts = [f'<option value="">all ({browser.n})</option>']
    status_opts += [f'<option value="{s}">{s} ({counts[s]})</option>' for s in STATUSES if counts[s]]
    controls = [
        f'<label>status <select id="f-status">{"".join(status_opts)}</select></label>'
    ]
    for k, field in enumerate(fields):
        opts = ['<option value="">all</option>'] + [
            f'<option value="{esc(v or NO_VALUE)}">{esc(v or "(none)")} ({n})</option>'
            for v, n in sorted(browser.values[k].items())
        ]
        controls.append(f'<label>{esc(field)} <select id="f-cat-{k}">{"".join(opts)}</select></label>')
    controls.append('<label>search <input id="f-search" type="search" placeholder="id, question, answer, reasoning"></label>')
    controls.append('<span id="count" class="muted"></span>')
    legend = "".join(f'<span class="step v-{v}">{v}</span>' for v in VERDICTS)
    pager = (
        '<span class="pager"><button id="prev" type="button">‹ previous</button>'
        '<span id="pageinfo"></span><button id="next" type="button">next ›</button></span>'
    )
    names = browser.names
    who = ""
    if browser.chips:
        who = (f"; a step's colour is {esc(' or '.join(names[k] for k in sorted(browser.colour)))}'s verdict, "
               f"the chips after it {esc(', '.join(names[k] for k in sorted(browser.chips)))}'s on the same step")
    hint = (f'<p class="legend muted">step verdicts: {legend} (hover or focus a step, or an answer, for its '
            f"evidence){who}</p>" if browser.has_steps else
            '<p class="muted">No step verdicts in this run (judge: none); hover an answer for its extraction rule.</p>')
    index = browser.index()
    if parts.paged:
        index.update(src=parts.src, token=parts.token)
        where = (f'<p class="muted" id="parts-note">This report shows its {browser.n:,} samples from the folder '
                 f"{esc(parts.folder.name)}/ beside it: copy or move the two together.</p>")
        data = ""
    else:
        where = ""
        part = parts.inline[0] if parts.inline else {"thumbs": [], "full": [], "samples": []}
        data = ('<script id="medstep-data" type="application/json">'
                f"{payload_json({'fields': fields, 'judges': names, **part})}</script>")
    return (
        f"<h2>Samples</h2>{hint}{_image_notice(browser)}{where}"
        f'<div class="controls">{"".join(controls)}{pager}</div><div id="part-error" class="err" hidden></div>'
        '<div id="samples"></div><div id="tooltip" role="tooltip"></div>'
        f'<script id="medstep-index" type="application/json">{payload_json(index)}</script>{data}'
    )
