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
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from medstep.types import MedstepError

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


def _fmt(metric: dict | None) -> str:
    if not metric or metric.get("value") is None:
        return "–"
    ci = metric.get("ci95")
    ci_txt = f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
    return f"{metric['value']:.3f}{ci_txt} (n={metric.get('n', '?')})"


def print_summary(summary: dict[str, Any], run_dir: Path) -> None:
    o = summary["outcome"]
    t = Table(show_header=False)
    t.add_row("benchmark", f"{summary['benchmark']} / {summary['split']}")
    t.add_row("model", f"{summary['model']} ({summary.get('mode', '?')})")
    t.add_row("samples", str(summary["n"]))
    t.add_row("accuracy", _fmt(o.get("accuracy")))
    for kind in ("closed", "open", "choice"):
        if o.get(kind, {}).get("accuracy", {}).get("n"):
            t.add_row(f"  {kind}", _fmt(o[kind]["accuracy"]))
    if o.get("open", {}).get("recall", {}).get("n"):
        t.add_row("  open recall", _fmt(o["open"]["recall"]))
    t.add_row("unparsed", str(o["unparsed"]))
    t.add_row("failed", str(o["failed"]))
    r = summary.get("reasoning")
    if r:
        for k in ("completeness", "factuality", "effectiveness", "radrscore"):
            t.add_row(f"reasoning.{k}", _fmt(r.get(k)))
    out_console.print(t)
    out_console.print(f"run: {run_dir}  (summary.json, samples.jsonl, run.sqlite)")


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
    judge: str = typer.Option("auto", help="auto | verifier | none"),
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
        concurrency=concurrency, batch_size=batch_size, limit=limit, judge=judge, template=template,
        api_key=api_key, timeout_s=timeout, max_retries=retries, device=device, n_ctx=n_ctx, n_threads=threads,
    )
    res = run_eval(cfg, progress=_Bar)
    console.print(
        f"{res.requested} generated, {res.cached} from the run's cache, "
        + (f"{res.shared} identical to another sample's request, " if res.shared else "")
        + f"{res.skipped_images} skipped (missing or corrupt images)", highlight=False,
    )
    _print_errors(res.errors)
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
    judge: str = typer.Option("auto", help="auto | verifier | none"),
    field_map: Optional[str] = typer.Option(None, "--map", help=MAP_HELP),
    html: bool = typer.Option(True, "--report/--no-report", help="also write RUN_DIR/report.html"),
) -> None:
    """Grade model outputs produced elsewhere (no model needed; images need not be present) and write the HTML report."""
    from medstep.pipeline import score_predictions

    res = score_predictions(
        predictions, benchmark, data, out,
        load=_load_options(split, lang, False, field_map, check_images=False), judge=judge,
    )
    if res.unpredicted:
        console.print(
            f"note: {res.unpredicted} of {res.unpredicted + res.cached} "
            f"{res.summary['benchmark']} samples have no prediction and are not scored", highlight=False,
        )
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
    comparison = compare_runs(run_dirs, intersect=intersect)
    print_comparison(comparison, out_console)
    if out is not None:
        out_console.print(f"comparison: {render_compare_html(comparison, out)}")


def main() -> None:
    try:
        app()
    except MedstepError as e:
        from rich.markup import escape

        from medstep.pipeline import Interrupted

        console.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        sys.exit(130 if isinstance(e, Interrupted) else 2)


if __name__ == "__main__":
    main()
