"""``medstep agreement RUN --judge A --judge B``: how far two judges of one run agree.

Loads the run's per-sample grades (:mod:`medstep.report.runview`), computes
the statistics of :mod:`medstep.score.agreement`, and shows them as rich
tables or as a self-contained HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from medstep.report.page import document, esc, table, write_page
from medstep.report.runview import RunView, load_run
from medstep.results import JudgeSummary, ReasoningGrade
from medstep.score.agreement import (
    Estimate, MetricAgreement, VerdictAgreement, common_metrics, metric_agreement, verdict_agreement,
)
from medstep.types import MedstepError

if TYPE_CHECKING:
    from rich.console import Console

TERMINAL_SAMPLES = 5


class NoSharedMetric(MedstepError):
    """The two judges report no metric of the same name: the caller must say which metrics to pair."""


@dataclass(frozen=True)
class Agreement:
    """Everything the agreement command prints and renders."""

    run_dir: Path
    judge_a: JudgeSummary
    judge_b: JudgeSummary
    metrics: tuple[MetricAgreement, ...]
    verdicts: VerdictAgreement
    questions: dict[str, str]
    n_boot: int


def find_judge(view: RunView, name: str) -> JudgeSummary:
    """A judge of the run by its label, or by its protocol name when only one judge has it."""
    judges = view.summary.judges
    if name in judges:
        return judges[name]
    matches = [j for j in judges.values() if j.info.protocol == name]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(judges) or "none (the run was graded without judges)"
    why = "several judges use that protocol; name one by its label" if matches else "no such judge in the run"
    raise MedstepError(f"{view.run_dir}: judge {name!r}: {why}. Judges of this run: {known}")


def compute_agreement(run_dir: Path, judge_a: str, judge_b: str, pairs: Sequence[tuple[str, str]] = (),
                      *, top: int = 20, n_boot: int = 1000, seed: int = 0) -> Agreement:
    """Agreement of two judges of ``run_dir`` on ``pairs`` of metrics (default: the metrics both report)."""
    view = load_run(Path(run_dir))
    a, b = find_judge(view, judge_a), find_judge(view, judge_b)
    if a.info.label == b.info.label:
        raise MedstepError(f"judge {a.info.label!r} is named twice: agreement needs two different judges")
    pairs = list(pairs) or common_metrics(a.info.metrics, b.info.metrics)
    if not pairs:
        raise NoSharedMetric(
            f"judges {a.info.label!r} and {b.info.label!r} report no metric of the same name "
            f"(metrics: {', '.join(a.info.metrics)} | {', '.join(b.info.metrics)}): say which metrics to pair")
    for ma, mb in pairs:
        for j, m in ((a, ma), (b, mb)):
            if m not in j.info.metrics:
                raise MedstepError(f"judge {j.info.label!r} has no metric {m!r}; it reports {', '.join(j.info.metrics)}")
    grades_a = _grades(view, a.info.label)
    grades_b = _grades(view, b.info.label)
    metrics = tuple(metric_agreement(grades_a, grades_b, ma, mb, top=top, n_boot=n_boot, seed=seed) for ma, mb in pairs)
    verdicts = verdict_agreement(grades_a, grades_b, n_boot=n_boot, seed=seed)
    questions = {r.sample.id: r.sample.question for r in view.results}
    return Agreement(Path(run_dir), a, b, metrics, verdicts, questions, n_boot)


def _grades(view: RunView, label: str) -> dict[str, ReasoningGrade]:
    return {r.sample.id: r.reasoning.grades[label] for r in view.results
            if r.reasoning is not None and label in r.reasoning.grades}


def _est(e: Estimate) -> str:
    if e.value is None:
        return "undefined"
    ci = f" [{e.ci95[0]:+.2f}, {e.ci95[1]:+.2f}]" if e.ci95 else " [interval undefined]"
    return f"{e.value:+.3f}{ci}"


def _metric_rows(ag: Agreement) -> list[list[str]]:
    return [[m.metric_a if m.metric_a == m.metric_b else f"{m.metric_a} ~ {m.metric_b}", str(m.n),
             _est(m.spearman), _est(m.kendall)] for m in ag.metrics]


def _verdict_line(v: VerdictAgreement) -> str:
    if not v.n_steps:
        return "step verdicts: no step graded by both judges (one of them gives no step verdicts)"
    return (f"step verdicts: Cohen's κ {_est(v.kappa)} on {v.n_steps} steps; "
            f"same verdict on {v.observed:.1%} of them")


HEADERS = ["metric", "n (both graded)", "Spearman ρ [95% CI]", "Kendall τ [95% CI]"]


def print_agreement(ag: Agreement, console: "Console") -> None:
    from rich.table import Table
    from rich.text import Text

    t = Table(title=Text(f"Agreement of {ag.judge_a.info.label} and {ag.judge_b.info.label} ({ag.run_dir})"),
              title_justify="left", caption=f"paired percentile bootstrap, {ag.n_boot} resamples", caption_justify="left")
    for h in HEADERS:
        t.add_column(h, justify="left" if h == "metric" else "right")
    for row in _metric_rows(ag):
        t.add_row(*(Text(c) for c in row))
    console.print(t)
    console.print(_verdict_line(ag.verdicts), highlight=False, markup=False)
    for m in ag.metrics:
        if not m.most_disagreeing:
            continue
        d = Table(title=Text(f"Most disagreeing samples on {m.metric_a}"), title_justify="left")
        for h in ("sample", "judge A", "judge B", "rank gap"):
            d.add_column(h, justify="left" if h == "sample" else "right")
        for x in m.most_disagreeing[:TERMINAL_SAMPLES]:
            d.add_row(Text(x.sample_id), f"{x.value_a:.3g}", f"{x.value_b:.3g}", f"{x.gap:+.2f}")
        console.print(d)


def render_agreement_html(ag: Agreement, out: Path) -> Path:
    a, b = ag.judge_a.info, ag.judge_b.info
    parts = [f"<h1>Judge agreement: {esc(a.label)} vs {esc(b.label)}</h1>",
             f'<p class="muted">run {esc(ag.run_dir)}; judge A = {esc(a.label)} ({esc(a.protocol)} v{esc(a.version)}), '
             f"judge B = {esc(b.label)} ({esc(b.protocol)} v{esc(b.version)}). Only samples graded by both, with "
             f"both values defined, are compared; intervals: paired percentile bootstrap over samples "
             f"({ag.n_boot} resamples).</p>",
             table(HEADERS, _metric_rows(ag), numeric=(1, 2, 3), table_id="agreement-metrics"),
             f"<p id=\"agreement-verdicts\">{esc(_verdict_line(ag.verdicts))}</p>"]
    if ag.verdicts.pairs:
        rows: list[tuple[str, ...]] = [(va.value, vb.value, str(n))
                                       for (va, vb), n in sorted(ag.verdicts.pairs.items(), key=lambda kv: -kv[1])]
        parts.append(table(["judge A verdict", "judge B verdict", "steps"], rows, numeric=(2,), table_id="verdict-pairs"))
    for k, m in enumerate(ag.metrics):
        parts.append(f"<h2>Most disagreeing samples on {esc(m.metric_a)}</h2>")
        if not m.most_disagreeing:
            parts.append('<p class="muted">None: both judges rank the samples the same way.</p>')
            continue
        rows = [(x.sample_id, ag.questions.get(x.sample_id, ""), f"{x.value_a:.3g}", f"{x.value_b:.3g}", f"{x.gap:+.2f}")
                for x in m.most_disagreeing]
        parts.append(table(["sample", "question", "judge A", "judge B", "rank gap"], rows, numeric=(2, 3, 4),
                           table_id=f"disagreeing-{k}"))
    return write_page(Path(out), document(f"medstep agreement: {a.label} vs {b.label}", "\n".join(parts)), "agreement")
