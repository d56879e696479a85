"""The ``medstep`` command: data | eval | score | report | compare.

Every user error is a :class:`~medstep.types.MedstepError`, printed as one
``error: ...`` line on stderr with exit status 2; nothing already stored in a
run directory is touched by a failing command.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.table import Table

from medstep.types import InvalidSetting, MedstepError

if TYPE_CHECKING:
    from medstep.results import Metric, RunSummary

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Evaluate, verify and reward the step-by-step reasoning of medical multimodal LLMs.",
)
console = Console(stderr=True)
out_console = Console()

BENCHMARKS_HELP = "vqa-rad | slake | pathvqa | medxpertqa-mm | mmmu-med | pmc-vqa | omnimedvqa | radrbench | custom"
MAP_HELP = "custom benchmark only: question=COL,answer=COL[,image=COL,options=COL,id=COL,cat.NAME=COL]"


def parse_map(text: str | None) -> dict[str, str]:
    """``question=q,answer=a,cat.organ=body_part`` → dict (for the custom loader)."""
    if not text:
        return {}
    mapping = {}
    for part in text.split(","):
        if "=" not in part:
            raise MedstepError(f"--map entry {part!r} is not FIELD=COLUMN")
        k, v = part.split("=", 1)
        mapping[k.strip()] = v.strip()
    return mapping


def _load_options(split: str | None, lang: str, skip_missing_images: bool, field_map: str | None, check_images: bool = True):
    from medstep.datasets.base import LoadOptions

    return LoadOptions(
        split=split, lang=lang, skip_missing_images=skip_missing_images,
        field_map=parse_map(field_map), check_images=check_images,
    )


class _Bar:
    """A rich progress bar that also counts failed generations."""

    def __init__(self, total: int, description: str):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.failed = 0
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, transient=False,
        )
        self._task = self._progress.add_task(description, total=total, failed=0)

    def __enter__(self) -> "_Bar":
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def advance(self, n: int = 1, failed: bool = False) -> None:
        if failed:
            self.failed += 1
            self._progress.update(self._task, advance=n, failed=self.failed)
        else:
            self._progress.advance(self._task, n)


# Library settings (EvalConfig / JudgeOptions field names in InvalidSetting errors) -> the flag a user typed.
SETTING_FLAGS = {
    "limit": "--limit", "concurrency": "--concurrency", "batch_size": "--batch-size", "max_tokens": "--max-tokens",
    "temperature": "--temperature", "max_retries": "--retries", "timeout_s": "--timeout", "n_ctx": "--n-ctx",
    "n_threads": "--threads", "judge_concurrency": "--judge-concurrency", "judge_timeout_s": "--judge-timeout",
    "judge_max_retries": "--judge-retries", "judge_max_tokens": "--judge-max-tokens",
}
JUDGE_HELP = ("reasoning judge NAME[:MODEL_SPEC], repeatable: auto (verifier when the benchmark has reports or "
              "reference steps) | none | verifier | an LLM protocol with its judge model, e.g. "
              "m3cot:openai:NAME@URL (see README: judges)")


def _fmt(metric: "Metric | None") -> str:
    if metric is None or metric.value is None:
        return "–"
    ci_txt = f" [{metric.ci95[0]:.3f}, {metric.ci95[1]:.3f}]" if metric.ci95 else ""
    undefined = f", {metric.undefined} undefined" if metric.undefined else ""
    return f"{metric.value:.3f}{ci_txt} (n={metric.n}{undefined})"


def print_summary(summary: "RunSummary", run_dir: Path) -> None:
    from medstep.results import GradeStatus
    from medstep.types import AnswerType, Status

    o = summary.outcome
    t = Table(show_header=False)
    t.add_row("benchmark", f"{summary.benchmark} / {summary.split}")
    t.add_row("model", f"{summary.model} ({summary.mode.value})")
    t.add_row("samples", str(summary.n))
    t.add_row("accuracy", _fmt(o.accuracy))
    for kind, group in o.by_type.items():
        if group.accuracy.n:
            t.add_row(f"  {kind.value}", _fmt(group.accuracy))
    open_group = o.by_type.get(AnswerType.OPEN)
    if open_group is not None and open_group.recall is not None and open_group.recall.n:
        t.add_row("  open recall", _fmt(open_group.recall))
    for status in Status:
        if status is not Status.SCORED:
            t.add_row(status.value, str(o.statuses.get(status, 0)))
    for label, j in summary.judges.items():
        for name in j.info.metrics:
            t.add_row(f"{label} {name}", _fmt(j.metrics.get(name)))
        missed = ", ".join(f"{j.statuses[s]} {s.value}" for s in GradeStatus
                           if s is not GradeStatus.GRADED and j.statuses.get(s))
        if missed:
            t.add_row(f"{label} not graded", missed)
    out_console.print(t)
    out_console.print(f"run: {run_dir}  (summary.json, samples.jsonl, run.sqlite)")


def _print_judge_calls(calls: dict) -> None:
    for label, c in calls.items():
        if c.requested or c.cached:
            console.print(f"judge {label}: {c.requested} calls sent, {c.cached} from the run's cache"
                          + (f", {c.failed} failed" if c.failed else ""), highlight=False, markup=False, soft_wrap=True)


def _judge_options(concurrency: int, timeout: float, retries: int, api_key: Optional[str], max_tokens: int):
    from medstep.judges import JudgeOptions

    return JudgeOptions(concurrency=concurrency, timeout_s=timeout, max_retries=retries, api_key=api_key,
                        max_tokens=max_tokens)


@app.command()
def data(
    name: str = typer.Argument(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", help="path to the official files, or a hub dataset id"),
    split: Optional[str] = typer.Option(None, help="official split (default: the benchmark's evaluation split: test; mmmu-med validation, pmc-vqa test_clean)"),
    lang: str = typer.Option("en", help="language filter for bilingual benchmarks (slake: en|zh)"),
    field_map: Optional[str] = typer.Option(None, "--map", help=MAP_HELP),
) -> None:
    """Load a benchmark and print its counts as JSON (missing images are listed, not fatal)."""
    from medstep.datasets import load_benchmark

    res = load_benchmark(name, data, _load_options(split, lang, True, field_map))
    by_type = Counter(s.answer_type.value for s in res.samples)
    print(json.dumps({
        "benchmark": res.benchmark,
        "split": res.split,
        "source": res.source,
        "n": len(res.samples),
        "by_answer_type": dict(sorted(by_type.items())),
        "missing_images": len(res.skipped),
        "skipped": [{"record": k.record, "path": k.path, "reason": k.reason} for k in res.skipped],
    }, indent=2, ensure_ascii=False))


@app.command("eval")
def eval_cmd(
    benchmark: str = typer.Option(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", help="path to the official files, or a hub dataset id"),
    model: str = typer.Option(..., help="openai:NAME@URL | llamacpp:PATH.gguf[+mmproj=PATH] | hf:PATH_OR_ID | vllm:ID"),
    out: Path = typer.Option(..., help="run directory (re-running the same command resumes it; another model, mode, benchmark, split or --lang is refused)"),
    mode: str = typer.Option("cot", help="direct | cot (<think>…</think><answer>…</answer>)"),
    split: Optional[str] = typer.Option(None, help="official split (default: the benchmark's evaluation split: test; mmmu-med validation, pmc-vqa test_clean)"),
    lang: str = typer.Option("en", help="language filter (slake)"),
    limit: Optional[int] = typer.Option(None, help="first N samples only, in benchmark order (re-run without it to finish the run)"),
    concurrency: int = typer.Option(8, help="in-flight requests (openai backend)"),
    batch_size: int = typer.Option(8, help="batch size (hf backend)"),
    max_tokens: int = typer.Option(1024, help="generation length limit"),
    temperature: float = typer.Option(0.0, help="0 = greedy"),
    seed: int = typer.Option(0, help="sampling seed"),
    judge: list[str] = typer.Option([], "--judge", help=JUDGE_HELP),
    judge_concurrency: int = typer.Option(16, help="LLM judges: requests in flight per judge"),
    judge_api_key: Optional[str] = typer.Option(None, help="LLM judges: API key for a hosted judge model"),
    judge_timeout: float = typer.Option(120.0, help="LLM judges: per-request timeout in seconds"),
    judge_retries: int = typer.Option(4, help="LLM judges: retries before a judge call counts as failed"),
    judge_max_tokens: int = typer.Option(1024, help="LLM judges: reply length limit"),
    template: Optional[Path] = typer.Option(None, help="prompt template file (.txt or .json)"),
    skip_missing_images: bool = typer.Option(False, help="skip (and count) records with missing/corrupt images"),
    field_map: Optional[str] = typer.Option(None, "--map", help=MAP_HELP),
    api_key: Optional[str] = typer.Option(None, help="API key for hosted OpenAI-compatible servers"),
    timeout: float = typer.Option(120.0, help="per-request timeout in seconds (openai backend)"),
    retries: int = typer.Option(4, help="retries on 429/5xx/timeouts before a request counts as failed"),
    device: str = typer.Option("auto", help="hf backend: auto | cpu | cuda | cuda:N"),
    n_ctx: int = typer.Option(4096, help="llamacpp backend: context length"),
    threads: Optional[int] = typer.Option(None, help="CPU threads (llamacpp, hf on CPU)"),
    html: bool = typer.Option(True, "--report/--no-report", help="also write RUN_DIR/report.html"),
) -> None:
    """Run a model over a benchmark, store every generation, grade, summarise and write the HTML report."""
    from medstep.pipeline import EvalConfig, run_eval
    from medstep.types import GenerationSettings

    cfg = EvalConfig(
        benchmark=benchmark, data=data, model=model, out=out, mode=mode,
        load=_load_options(split, lang, skip_missing_images, field_map),
        settings=GenerationSettings(max_tokens=max_tokens, temperature=temperature, seed=seed),
        concurrency=concurrency, batch_size=batch_size, limit=limit, judges=tuple(judge), template=template,
        judge_options=_judge_options(judge_concurrency, judge_timeout, judge_retries, judge_api_key, judge_max_tokens),
        api_key=api_key, timeout_s=timeout, max_retries=retries, device=device, n_ctx=n_ctx, n_threads=threads,
    )
    res = run_eval(cfg, progress=_Bar)
    console.print(
        f"{res.requested} generated, {res.cached} from the run's cache, "
        + (f"{res.shared} identical to another sample's request, " if res.shared else "")
        + f"{res.skipped_images} skipped (missing or corrupt images)", highlight=False,
    )
    _print_errors(res.errors)
    _print_judge_calls(res.judge_calls)
    print_summary(res.summary, res.run_dir)
    if html:
        _write_report(res.run_dir)


def _write_report(run_dir: Path) -> None:
    from medstep.report import render_report

    out_console.print(f"report: {render_report(run_dir)}")


def _print_errors(errors: Counter) -> None:
    """Why generations failed, most common first, so a misconfigured run is obvious."""
    from rich.markup import escape

    for error, count in errors.most_common(3):
        console.print(f"[red]{count} failed:[/] {escape(str(error))}", highlight=False, soft_wrap=True)
    if len(errors) > 3:
        console.print(f"… and {sum(errors.values()) - sum(c for _, c in errors.most_common(3))} more failures")


@app.command()
def score(
    predictions: Path = typer.Argument(..., help=(
        'JSONL lines {"id": ..., "output": raw model text}, optionally "reasoning" (a server\'s separate '
        'reasoning text) and "error" (the call failed: counted as failed, not wrong); a run\'s samples.jsonl works. '
        "Benchmark samples without a line are left out and counted (summary.json left_out.unpredicted)")),
    benchmark: str = typer.Option(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", help="path to the official files"),
    out: Path = typer.Option(..., help="run directory to write"),
    split: Optional[str] = typer.Option(None, help="official split (default: the benchmark's evaluation split: test; mmmu-med validation, pmc-vqa test_clean)"),
    lang: str = typer.Option("en", help="language filter (slake)"),
    judge: list[str] = typer.Option([], "--judge", help=JUDGE_HELP),
    judge_concurrency: int = typer.Option(16, help="LLM judges: requests in flight per judge"),
    judge_api_key: Optional[str] = typer.Option(None, help="LLM judges: API key for a hosted judge model"),
    judge_timeout: float = typer.Option(120.0, help="LLM judges: per-request timeout in seconds"),
    judge_retries: int = typer.Option(4, help="LLM judges: retries before a judge call counts as failed"),
    judge_max_tokens: int = typer.Option(1024, help="LLM judges: reply length limit"),
    field_map: Optional[str] = typer.Option(None, "--map", help=MAP_HELP),
    html: bool = typer.Option(True, "--report/--no-report", help="also write RUN_DIR/report.html"),
) -> None:
    """Grade model outputs produced elsewhere (no model needed; images need not be present) and write the HTML report."""
    from medstep.pipeline import score_predictions

    res = score_predictions(
        predictions, benchmark, data, out,
        load=_load_options(split, lang, False, field_map, check_images=False), judges=tuple(judge),
        judge_options=_judge_options(judge_concurrency, judge_timeout, judge_retries, judge_api_key, judge_max_tokens),
        progress=_Bar,
    )
    if res.unpredicted:
        console.print(
            f"note: {res.unpredicted} of {res.unpredicted + res.cached} "
            f"{res.summary.benchmark} samples have no prediction and are not scored", highlight=False,
        )
    _print_judge_calls(res.judge_calls)
    print_summary(res.summary, res.run_dir)
    if html:
        _write_report(res.run_dir)


@app.command()
def report(
    run_dir: Path = typer.Argument(..., help="a run directory"),
    out: Optional[Path] = typer.Option(None, help="HTML file (default RUN_DIR/report.html)"),
) -> None:
    """Write a self-contained HTML report of a run."""
    from medstep.report import render_report

    path = render_report(run_dir, out)
    out_console.print(f"report: {path}")


@app.command()
def compare(
    run_dirs: list[Path] = typer.Argument(..., help="two or more run directories; the first is the baseline"),
    out: Optional[Path] = typer.Option(None, help="also write an HTML comparison"),
    intersect: bool = typer.Option(False, help="compare on shared samples even if benchmarks/splits/ids differ"),
) -> None:
    """Paired comparison (bootstrap interval, McNemar exact p) and a leaderboard."""
    from medstep.report import compare_runs, print_comparison, render_compare_html

    if len(run_dirs) < 2:
        raise MedstepError("compare needs at least two run directories")
    from medstep.report.compare import RunsDiffer

    try:
        comparison = compare_runs(run_dirs, intersect=intersect)
    except RunsDiffer as e:
        raise MedstepError(f"{e} Pass --intersect to compare only the samples both runs share.") from None
    print_comparison(comparison, out_console)
    if out is not None:
        out_console.print(f"comparison: {render_compare_html(comparison, out)}")


def _message(e: MedstepError) -> str:
    """The error as the user should read it: settings are named by the flag they typed."""
    if isinstance(e, InvalidSetting) and e.setting in SETTING_FLAGS:
        return f"{SETTING_FLAGS[e.setting]} must be {e.rule}, got {e.value}"
    return str(e)


def main() -> None:
    try:
        app()
    except MedstepError as e:
        from rich.markup import escape

        from medstep.pipeline import Interrupted

        console.print(f"[bold red]error:[/] {escape(_message(e))}", highlight=False, soft_wrap=True)
        sys.exit(130 if isinstance(e, Interrupted) else 2)


if __name__ == "__main__":
    main()
