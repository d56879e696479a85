"""What the ``medstep`` commands print: the run summary table, judge calls, failures, warnings.

Kept apart from :mod:`medstep.cli` (which parses flags and runs commands) so each stays short;
both write through the same two consoles (results on stdout, messages on stderr).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from medstep.results import Metric, RunSummary

# No console markup: what is printed carries the user's text (run directories, --name, model specs, file
# names, error messages), and rich would read "runs/a[b]" as a style tag and drop it, or fail on "[/]"
# after the run was done. Styles are given as Text spans instead (see labelled()).
console = Console(stderr=True, markup=False)
out_console = Console(markup=False)


def labelled(label: str, style: str, rest: str) -> Text:
    """``label`` in ``style``, then a space and ``rest`` as it is (never read as markup)."""
    return Text.assemble((label, style), " ", rest)


def _usage_rows(summary: "RunSummary") -> list[tuple[str, str]]:
    """Token counts (and cost) of the generating model and each LLM judge, for the printout."""
    u = summary.usage
    models = ([("generation", u.generation)] if u.generation and u.generation.total.calls else []) + [
        (f"judge {label}", j) for label, j in u.judges.items()]
    rows = []
    for name, usage in models:
        t = usage.total
        text = f"{t.prompt_tokens:,} prompt + {t.completion_tokens:,} completion tokens in {t.calls:,} calls"
        if t.unreported:
            text += f" ({t.unreported:,} without token counts)"
        if usage.cost is not None:
            text += f", cost {usage.cost:.4g}" + (" or more" if t.unreported else "")
        rows.append((f"{name} usage", text))
    return rows


def _fmt(metric: "Metric | None") -> str:
    if metric is None or metric.value is None:
        return "–"
    ci_txt = f" [{metric.ci95[0]:.3f}, {metric.ci95[1]:.3f}]" if metric.ci95 else ""
    undefined = f", {metric.undefined} undefined" if metric.undefined else ""
    return f"{metric.value:.3f}{ci_txt} (n={metric.n}{undefined})"


def print_summary(summary: "RunSummary", run_dir: Path) -> None:
    from rich.text import Text

    from medstep.results import GradeStatus
    from medstep.types import JUDGE_RULE, AnswerType, Status

    o = summary.outcome
    t = Table(show_header=False)
    t.add_row("benchmark", f"{summary.benchmark} / {summary.split}")
    if summary.name:
        t.add_row("name", summary.name)
    t.add_row("model", f"{summary.model} ({summary.mode.value})")
    t.add_row("samples", summary.coverage_text())
    open_group = o.by_type.get(AnswerType.OPEN)
    # The headline never averages open answers with others; say what it covers when both are present.
    mixed = open_group is not None and open_group.accuracy.n > 0 and "open" not in o.accuracy_over
    t.add_row(f"accuracy ({' + '.join(o.accuracy_over)})" if mixed else "accuracy", _fmt(o.accuracy))
    for kind, group in o.by_type.items():
        if group.accuracy.n:
            t.add_row(f"  {kind.value}" + (" (ladder match)" if kind is AnswerType.OPEN else ""), _fmt(group.accuracy))
    if open_group is not None and open_group.recall is not None and open_group.recall.n:
        for name in ("recall", "precision", "f1"):
            metric = getattr(open_group, name)
            if metric is not None:
                t.add_row(f"  open {name}", _fmt(metric))
    box = o.by_type.get(AnswerType.BOX)
    if box is not None and box.iou is not None and box.iou.n:
        t.add_row("  box IoU", _fmt(box.iou))
        t.add_row("  box GIoU", _fmt(box.giou))
    if o.groups is not None:
        t.add_row(f"set accuracy ({o.groups.n} sets)", _fmt(o.groups.set_accuracy))
        t.add_row("  confusion", _fmt(o.groups.confusion))
        t.add_row("  invalid", _fmt(o.groups.invalid))
    for status in Status:
        if status is not Status.SCORED:
            t.add_row(status.value, str(o.statuses.get(status, 0)))
    if summary.impact is not None:
        i = summary.impact
        t.add_row("direct accuracy", _fmt(i.direct))
        t.add_row("cot accuracy", _fmt(i.cot))
        if i.diff is not None and i.ci95 is not None:
            t.add_row("impact (cot - direct)", f"{i.diff:+.3f} [{i.ci95[0]:+.3f}, {i.ci95[1]:+.3f}] "
                      f"McNemar p={i.p_value:.3g} (n={i.n}, {i.only_cot} only cot, {i.only_direct} only direct)")
        if i.latency_ratio is not None:
            t.add_row("latency cot / direct", f"{i.latency_ratio:.2f}")
        if i.efficiency is not None:
            t.add_row("efficiency (cot acc per s)", f"{i.efficiency:.3f}")
    if summary.rollouts is not None:
        r = summary.rollouts
        over = f", {' + '.join(r.accuracy_over)}" if len(r.by_type) > 1 else ""  # kinds left out are in summary.json
        t.add_row(f"rollouts (k={r.k}, T={r.temperature:g}{over})", f"pass@1 {_fmt(r.accuracy)}")
        t.add_row(f"  pass@{r.k}", _fmt(r.pass_at_k))
        t.add_row("  majority vote", _fmt(r.majority))
        t.add_row("  solved by j of k", " ".join(f"{j}:{n}" for j, n in r.passes.items())
                  + (f" ({r.incomplete} incomplete)" if r.incomplete else ""))
    if sum(o.open_matches.values()) > o.open_matches.get("exact", 0):  # say how open answers matched, when not all alike
        t.add_row("open matched by", ", ".join(f"{n} {step}" for step, n in o.open_matches.items()))
    if o.rules.get(JUDGE_RULE):
        t.add_row("read by a judge", f"{o.rules[JUDGE_RULE]} (rule {JUDGE_RULE}: the rules left them unparsed)")
    for label, j in summary.judges.items():
        t.add_section()
        t.add_row(Text(f"judge {label}", style="bold", overflow="fold"),
                  Text(f"{j.info.protocol} v{j.info.version}, {j.graded} of {j.n} graded"))
        for name in j.info.metrics:
            t.add_row(f"  {name}", _fmt(j.metrics.get(name)))
        missed = ", ".join(f"{j.statuses[s]} {s.value}" for s in GradeStatus
                           if s is not GradeStatus.GRADED and j.statuses.get(s))
        if missed:
            t.add_row("  not graded", missed)
    for name, text in _usage_rows(summary):
        t.add_row(name, text)
    out_console.print(t)
    out_console.print(f"run: {run_dir}  (summary.json, samples.jsonl, run.sqlite)")


def _print_judge_calls(calls: dict) -> None:
    for label, c in calls.items():
        if c.requested or c.cached:
            console.print(f"judge {label}: {c.requested} calls sent, {c.cached} from the run's cache"
                          + (f", {c.failed} failed" if c.failed else ""), highlight=False, markup=False, soft_wrap=True)


def warn_truncated(summary: "RunSummary", max_tokens: int | None) -> None:
    """One line when outputs were cut at the token limit: they count as not correct, and the fix is a flag."""
    from medstep.types import Status

    n = summary.outcome.statuses.get(Status.TRUNCATED, 0)
    if not n:
        return
    if max_tokens is not None:
        why = f"stopped at the token limit (--max-tokens {max_tokens}); raise it to let them finish"
    else:
        why = "were cut at the token limit (finish_reason length, or an unclosed <think> ending mid-sentence)"
    console.print(labelled("warning:", "yellow", f"{n} of {summary.n} outputs {why}; they count as not correct "
                                                   "(truncated)"), highlight=False, soft_wrap=True)


def _print_errors(errors: Counter) -> None:
    """Why generations failed, most common first, so a misconfigured run is obvious."""
    for error, count in errors.most_common(3):
        console.print(labelled(f"{count} failed:", "red", str(error)), highlight=False, soft_wrap=True)
    if len(errors) > 3:
        console.print(f"… and {sum(errors.values()) - sum(c for _, c in errors.most_common(3))} more failures")
