"""The ``medstep`` command: data | eval | score | report | compare | agreement | mine | curate.

Every user error is a :class:`~medstep.types.MedstepError`, printed as one
``error: ...`` line on stderr with exit status 2; nothing already stored in a
run directory is touched by a failing command.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional

import typer

from medstep.cli_print import (  # noqa: F401  (console, out_console: imported from here by cli_train)
    _print_errors,
    _print_judge_calls,
    console,
    labelled,
    out_console,
    print_summary,
    warn_truncated,
)
from medstep.cli_options import (  # noqa: F401  (parse_map, parse_prices: imported from here by tests)
    ALLOW_OUTSIDE_OPTION, JUDGE_API_KEY_OPTION, JUDGE_CONCURRENCY_OPTION, JUDGE_MAX_TOKENS_OPTION,
    JUDGE_RETRIES_OPTION, JUDGE_TIMEOUT_OPTION, MAP_OPTION, SPLIT_OPTION,
    _judge_options,
    _judge_ray,
    _load_options,
    _ray_options,
    parse_map,
    check_html_out,
    given_path,
    given_text,
    parse_prices,
    refuse_foreign_out,
    resolve_api_key,
)
from medstep.cli_errors import (
    EXIT_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, _error_line, _exit_status, _hint, _message, _on_ctrl_c, _save_traceback,
)
from medstep.types import MedstepError

if TYPE_CHECKING:
    from medstep.results import RunSummary
    from medstep.progress import ProgressLine
    from medstep.report import ReportWriter

# Help is click's plain layout, not typer's rich panels: rich's option table shrank every column to fit 80 columns
# and cut flag names ("--judge-concurr…", "--skip-missing-…"), so the one thing a user must type could not be read.
# Click's keeps each flag whole and wraps only the text beside it, as wide as the terminal (COLUMNS) allows.
app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"],  # `-h` is what most command lines answer
                      "max_content_width": 1000},
    help="Evaluate, verify and reward the step-by-step reasoning of medical multimodal LLMs.",
)



def _print_version(value: bool) -> None:
    if value:
        from medstep import __version__

        out_console.print(f"medstep {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="print medstep's version and exit"),
) -> None:
    """Evaluate, verify and reward the step-by-step reasoning of medical multimodal LLMs."""
    # `medstep --version` is the first thing a bug report asks for; run directories record it too (medstep_version).


BENCHMARKS_HELP = ("vqa-rad | slake | pathvqa | medxpertqa-mm | medxpertqa-text | mmmu-med | pmc-vqa | omnimedvqa | "
                   "radrbench | mediconfusion | m3cotbench | medthink-bench | medrbench | medsg-bench | medq-bench | custom")
DATA_EXAMPLES = 5  # records listed by `medstep data` as examples of those lacking images


ALLOW_FAILURES_HELP = f"exit 0 even when some generations failed (default: exit {EXIT_FAILED})"


JUDGE_HELP = ("reasoning judge NAME[:MODEL_SPEC], repeatable: auto (verifier when the benchmark has reports or "
              "reference steps) | none | verifier | an LLM protocol with its judge model, e.g. "
              "m3cot:openai:NAME@URL (see README: judges)")


PRICE_HELP = ("price per million tokens, [TARGET=]IN/OUT (prompt/completion, your currency), repeatable; TARGET is "
              "'model' (the default: the generating model) or an LLM judge's --judge string or name, e.g. "
              "--price 0.15/0.60 --price medq=2.5/10; the cost is written to summary.json usage")


RAY_HELP = ("generate in a pool of Ray actors, each owning the model (pip install 'medstep[ray]'): auto (the "
            "cluster `ray start` made), local (a private instance on this machine) or a cluster address")


@app.command()
def data(
    name: str = typer.Argument(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", parser=given_text, help="path to the official files, or a hub dataset id"),
    split: Optional[str] = SPLIT_OPTION,
    lang: str = typer.Option("en", help="language filter for bilingual benchmarks (slake: en|zh)"),
    field_map: list[str] = MAP_OPTION,
    allow_outside_data: bool = ALLOW_OUTSIDE_OPTION,
) -> None:
    """Load a benchmark and print its counts as JSON.

    n: the records `medstep score` would use; n_eval: those `medstep eval` can use (they have usable images).

    missing_images: how many lack a usable image (eval stops on them, or skips them with --skip-missing-images).

    skipped: the first few of those, with the reason.
    """
    # (typer keeps the line breaks inside a help paragraph, so each paragraph above is one line)
    from medstep.datasets import load_benchmark
    from medstep.files import refuse_pipe

    refuse_pipe(Path(data), "benchmark file")  # loaded twice below (with and without the image checks)
    everything = load_benchmark(name, data, _load_options(split, lang, True, field_map, False, allow_outside_data))
    if not everything.samples:  # a file with no records is an error here as in eval, not a table of zeros
        raise MedstepError(everything.nothing_loaded(data))
    checked = load_benchmark(name, data, _load_options(split, lang, True, field_map, True, allow_outside_data))
    by_type = Counter(s.answer_type.value for s in everything.samples)
    groups = {s.group for s in everything.samples if s.group}
    shown = checked.skipped[:DATA_EXAMPLES]
    out: dict[str, Any] = {
        "benchmark": everything.benchmark,
        "split": everything.split,
        "source": everything.source,
        "n": len(everything.samples),
        **({"sets": len(groups)} if groups else {}),
        "by_answer_type": dict(sorted(by_type.items())),
        "n_eval": len(checked.samples),
        "missing_images": len(checked.skipped),
        "skipped": [{"record": k.record, "path": k.path, "reason": k.reason} for k in shown],
    }
    if len(checked.skipped) > len(shown):
        out["skipped_not_listed"] = len(checked.skipped) - len(shown)
    print(json.dumps(out, indent=2, ensure_ascii=False))


@app.command("eval")
def eval_cmd(
    benchmark: str = typer.Option(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", parser=given_text, help="path to the official files, or a hub dataset id"),
    model: str = typer.Option(..., help="openai:NAME@URL[,URL2,...] | llamacpp:PATH.gguf[+mmproj=PATH] | hf:PATH_OR_ID | vllm:ID"),
    out: Path = typer.Option(..., parser=given_path, metavar="<path>", help="run directory (re-running the same command resumes it; another model, mode, benchmark, split or --lang is refused)"),
    mode: str = typer.Option("cot", help="direct | cot (<think>…</think><answer>…</answer>) | both (each question both ways: graded on cot, summary.json impact = cot - direct, paired)"),
    split: Optional[str] = SPLIT_OPTION,
    lang: str = typer.Option("en", help="language filter (slake)"),
    limit: Optional[int] = typer.Option(None, help="first N samples only, in benchmark order (re-run without it to finish the run)"),
    concurrency: int = typer.Option(8, help="in-flight requests (openai backend)"),
    batch_size: int = typer.Option(8, help="batch size (hf backend)"),
    max_tokens: int = typer.Option(1024, help="generation length limit"),
    temperature: float = typer.Option(0.0, help="0 = greedy"),
    seed: int = typer.Option(0, help="sampling seed"),
    judge: list[str] = typer.Option([], "--judge", help=JUDGE_HELP),
    judge_concurrency: int = JUDGE_CONCURRENCY_OPTION,
    judge_api_key: Optional[str] = JUDGE_API_KEY_OPTION,
    judge_timeout: float = JUDGE_TIMEOUT_OPTION,
    judge_retries: int = JUDGE_RETRIES_OPTION,
    judge_max_tokens: int = JUDGE_MAX_TOKENS_OPTION,
    template: Optional[Path] = typer.Option(None, parser=given_path, metavar="<path>", help="prompt template file (.txt or .json)"),
    skip_missing_images: bool = typer.Option(False, help="skip (and count) records with missing/corrupt images"),
    field_map: list[str] = MAP_OPTION,
    api_key: Optional[str] = typer.Option(None, help="API key for hosted OpenAI-compatible servers (visible in ps and shell history: prefer --api-key-env)"),
    api_key_env: Optional[str] = typer.Option(None, help="read the API key from this environment variable (default for non-local servers: OPENAI_API_KEY, when set)"),
    allow_outside_data: bool = ALLOW_OUTSIDE_OPTION,
    timeout: float = typer.Option(120.0, help="deadline in seconds for each request attempt, the whole answer included (openai backend)"),
    retries: int = typer.Option(4, help="retries on 429/5xx/timeouts before a request counts as failed"),
    device: str = typer.Option("auto", help="hf backend: auto | cpu | cuda | cuda:N"),
    n_ctx: int = typer.Option(4096, help="llamacpp backend: context length"),
    threads: Optional[int] = typer.Option(None, help="CPU threads (llamacpp, hf on CPU)"),
    max_images: Optional[int] = typer.Option(None, help="refuse the run if a sample has more images than this (multi-image benchmarks); also vLLM's per-prompt image limit (default: the most a sample has)"),
    html: bool = typer.Option(True, "--report/--no-report", help="also write RUN_DIR/report.html"),
    allow_failures: bool = typer.Option(False, help=ALLOW_FAILURES_HELP),
    name: Optional[str] = typer.Option(None, help="label of the run in reports and comparisons (default: the model's name)"),
    regenerate: bool = typer.Option(False, help="resume with other --max-tokens/--temperature/--seed/--template: generate every sample again (refused without it)"),
    price: list[str] = typer.Option([], "--price", help=PRICE_HELP),
    ray: Optional[str] = typer.Option(None, "--ray", help=RAY_HELP),
    ray_workers: int = typer.Option(2, help="--ray: actors, each with its own copy of the model"),
    ray_cpus_per_worker: float = typer.Option(1.0, help="--ray: CPUs reserved per actor"),
    ray_gpus_per_worker: float = typer.Option(0.0, help="--ray: GPUs per actor (vllm: its tensor-parallel size)"),
    judge_ray_workers: int = typer.Option(0, help="--ray: actors per LLM judge, a pool apart from the model's (0: judges run here)"),
    tensor_parallel: int = typer.Option(1, help="vllm backend: GPUs one engine is split over"),
    data_parallel: int = typer.Option(1, help="vllm backend: engine replicas in this process"),
    prefix_caching: bool = typer.Option(True, "--prefix-caching/--no-prefix-caching", help="vllm backend: reuse the KV cache of shared prompt prefixes"),
    samples: int = typer.Option(1, help="rollouts per question (k, needs --temperature > 0): rollout r uses seed + r and is cached on its own; summary.json rollouts has pass rates, pass@k and majority vote (input of medstep curate)"),
) -> None:
    """Run a model over a benchmark, store every generation, grade, summarise and write the HTML report."""
    from medstep.pipeline import EvalConfig, run_eval
    from medstep.types import GenerationSettings

    refuse_foreign_out(out)
    ray_opts = _ray_options(ray, ray_workers, ray_cpus_per_worker, ray_gpus_per_worker)

    cfg = EvalConfig(
        benchmark=benchmark, data=data, model=model, out=out, mode=mode,
        load=_load_options(split, lang, skip_missing_images, field_map, allow_outside_data=allow_outside_data),
        settings=GenerationSettings(max_tokens=max_tokens, temperature=temperature, seed=seed),
        concurrency=concurrency, batch_size=batch_size, limit=limit, judges=tuple(judge), template=template,
        judge_options=_judge_options(judge_concurrency, judge_timeout, judge_retries, judge_api_key, judge_max_tokens,
                                     _judge_ray(ray_opts, judge_ray_workers)),
        ray=ray_opts, tensor_parallel=tensor_parallel, data_parallel=data_parallel, prefix_caching=prefix_caching,
        api_key=resolve_api_key(model, api_key, api_key_env), timeout_s=timeout, max_retries=retries, device=device,
        n_ctx=n_ctx, n_threads=threads, name=name, regenerate=regenerate, samples=samples,
        prices=parse_prices(price),
        max_images=max_images,
    )
    writer = _report_writer(out, allow_outside_data) if html else None
    with _on_ctrl_c(f"before any generation of this command was stored; {out} is as it was"), _aborts(writer):
        res = run_eval(cfg, progress=_progress, sink=writer)
    console.print(
        f"{res.requested} generated, {res.cached} from the run's cache, "
        + (f"{res.shared} identical to another sample's request, " if res.shared else "")
        + f"{res.skipped_images} skipped (missing or corrupt images)", highlight=False,
    )
    _print_errors(res.errors)
    for note in res.notes:
        console.print(note, highlight=False, markup=False, soft_wrap=True)
    _print_judge_calls(res.judge_calls)
    print_summary(res.summary, res.run_dir)
    warn_truncated(res.summary, max_tokens)
    if writer is not None:
        _write_report(writer, res.summary)
    _exit_for_failures(res.summary, allow_failures, "re-running the same command retries them")


def _progress(total: int, label: str) -> "ProgressLine":
    from medstep.progress import ProgressLine

    return ProgressLine(total, label, console)


def _exit_for_failures(summary: "RunSummary", allow_failures: bool, retry: str) -> None:
    """Exit EXIT_FAILED when a sample of the run has no successful generation (a CI job must see it)."""
    failed = summary.outcome.failed
    if failed and not allow_failures:
        console.print(
            f"note: {failed} of {summary.n} samples have no successful generation (counted as failed, "
            f"not wrong; {retry}): exit status {EXIT_FAILED}, --allow-failures exits 0", highlight=False,
        )
        raise typer.Exit(EXIT_FAILED)


def _report_writer(run_dir: Path, allow_outside_data: bool) -> "ReportWriter":
    """The report, built while the run is graded (no second pass over the results)."""
    from medstep.report import ReportWriter

    return ReportWriter(run_dir, allow_outside_data=allow_outside_data)


@contextlib.contextmanager
def _aborts(writer: "ReportWriter | None") -> Iterator[None]:
    """A command that fails leaves no half-built report behind (the previous one stays whole)."""
    try:
        yield
    except BaseException:
        if writer is not None:
            writer.abort()
        raise


def _write_report(writer: "ReportWriter", summary: "RunSummary") -> None:
    run_dir = writer.run_dir
    with _on_ctrl_c(f"while writing the report; {run_dir}/summary.json and samples.jsonl are complete "
                    f"(`medstep report {run_dir}` writes the report)"), _aborts(writer):
        out_console.print(f"report: {writer.finish(summary)}")


@app.command()
def score(
    predictions: Path = typer.Argument(..., parser=given_path, help=(
        'JSONL lines {"id": ..., "output": raw model text}, optionally "reasoning" (a server\'s separate '
        'reasoning text), "finish_reason" ("length": cut at the token limit, graded truncated unless a closed '
        '<answer>...</answer> came before the cut) and "error" '
        '(the call failed: counted as failed, not wrong); a run\'s samples.jsonl works. '
        "Benchmark samples without a line are left out and counted (summary.json left_out.unpredicted)")),
    benchmark: str = typer.Option(..., help=BENCHMARKS_HELP),
    data: str = typer.Option(..., "--data", parser=given_text, help="path to the official files"),
    out: Path = typer.Option(..., parser=given_path, metavar="<path>", help="run directory to write"),
    split: Optional[str] = SPLIT_OPTION,
    lang: str = typer.Option("en", help="language filter (slake)"),
    judge: list[str] = typer.Option([], "--judge", help=JUDGE_HELP),
    judge_concurrency: int = JUDGE_CONCURRENCY_OPTION,
    judge_api_key: Optional[str] = JUDGE_API_KEY_OPTION,
    judge_timeout: float = JUDGE_TIMEOUT_OPTION,
    judge_retries: int = JUDGE_RETRIES_OPTION,
    judge_max_tokens: int = JUDGE_MAX_TOKENS_OPTION,
    field_map: list[str] = MAP_OPTION,
    allow_outside_data: bool = ALLOW_OUTSIDE_OPTION,
    html: bool = typer.Option(True, "--report/--no-report", help="also write RUN_DIR/report.html"),
    allow_failures: bool = typer.Option(False, help=ALLOW_FAILURES_HELP),
    name: Optional[str] = typer.Option(None, help="label of the run in reports and comparisons (default: the predictions file's name)"),
    price: list[str] = typer.Option([], "--price", help=PRICE_HELP),
) -> None:
    """Grade model outputs produced elsewhere (no model needed; images need not be present) and write the HTML report."""
    from medstep.pipeline import score_predictions

    refuse_foreign_out(out)
    writer = _report_writer(out, allow_outside_data) if html else None
    with _on_ctrl_c(f"before the run was graded; {out} is as it was"), _aborts(writer):
        res = score_predictions(
            predictions, benchmark, data, out,
            load=_load_options(split, lang, False, field_map, check_images=False, allow_outside_data=allow_outside_data),
            judges=tuple(judge),
            judge_options=_judge_options(judge_concurrency, judge_timeout, judge_retries, judge_api_key, judge_max_tokens),
            progress=_progress, name=name, prices=parse_prices(price), sink=writer,
        )
    if res.unpredicted:
        console.print(
            f"note: {res.unpredicted} of {res.unpredicted + res.cached} "
            f"{res.summary.benchmark} samples have no prediction and are not scored", highlight=False,
        )
    _print_judge_calls(res.judge_calls)
    print_summary(res.summary, res.run_dir)
    warn_truncated(res.summary, None)
    if writer is not None:
        _write_report(writer, res.summary)
    _exit_for_failures(res.summary, allow_failures, "their predictions carry an error")


@app.command()
def report(
    run_dir: Path = typer.Argument(..., parser=given_path, help="a run directory"),
    out: Optional[Path] = typer.Option(None, parser=given_path, metavar="<path>", help="HTML file (default RUN_DIR/report.html)"),
    allow_outside_data: bool = typer.Option(False, help="embed images the run names outside its data folder (only for runs you trust)"),
    single_file: bool = typer.Option(False, help="put every sample in the HTML file, however many (by default a run "
                                     "of more than 5,000 samples keeps them in parts in a folder beside the page)"),
) -> None:
    """Write the HTML report of a run (one self-contained file; a large run's samples in a folder beside it)."""
    from medstep.report import render_report

    check_html_out(out, "report.html")
    with _on_ctrl_c("while writing the report; the run itself is untouched"):
        path = render_report(run_dir, out, allow_outside_data=allow_outside_data, progress=_progress,
                             **({"inline_limit": sys.maxsize} if single_file else {}))
    out_console.print(f"report: {path}")


@app.command()
def compare(
    run_dirs: list[Path] = typer.Argument(..., parser=given_path, help="two or more run directories; the first is the baseline"),
    out: Optional[Path] = typer.Option(None, parser=given_path, metavar="<path>", help="also write an HTML comparison"),
    intersect: bool = typer.Option(False, help="compare on shared samples even if benchmarks/splits/ids differ"),
) -> None:
    """Paired comparison (bootstrap interval, McNemar exact p) and a leaderboard."""
    from medstep.report import compare_runs, print_comparison, render_compare_html

    if len(run_dirs) < 2:
        raise MedstepError("compare needs at least two run directories")
    check_html_out(out, "compare.html")
    from medstep.report.compare import RunsDiffer

    with _on_ctrl_c("while comparing; the runs are untouched"):
        try:
            comparison = compare_runs(run_dirs, intersect=intersect)
        except RunsDiffer as e:
            if e.same_split:
                raise MedstepError(f"{e} Pass --intersect to compare only the samples both runs share.") from None
            raise MedstepError(f"{e} Samples pair only within one benchmark split, so these runs share none; "
                               "--intersect lays runs of several benchmarks side by side in a leaderboard, "
                               "pairing each with the baseline only where they share a split.") from None
        print_comparison(comparison, out_console)
        if out is not None:
            out_console.print(f"comparison: {render_compare_html(comparison, out)}")


@app.command()
def agreement(
    run_dir: Path = typer.Argument(..., parser=given_path, help="a run directory graded by two or more judges"),
    judge: list[str] = typer.Option(..., "--judge", help="exactly two: judge labels as in summary.json, or protocol names"),
    metric: list[str] = typer.Option([], "--metric", help="A_METRIC=B_METRIC pair to compare, repeatable (default: the metrics both judges report)"),
    out: Optional[Path] = typer.Option(None, parser=given_path, metavar="<path>", help="also write an HTML page"),
    top: int = typer.Option(20, help="most disagreeing samples listed per metric"),
) -> None:
    """Rank correlations (Spearman, Kendall) per metric and Cohen's kappa on step verdicts between two judges."""
    from medstep.report.agreement import compute_agreement, print_agreement, render_agreement_html

    if len(judge) != 2:
        raise MedstepError(f"agreement compares exactly two judges: give --judge twice (got {len(judge)})")
    pairs = []
    for m in metric:
        a, sep, b = m.partition("=")
        if not sep or not a.strip() or not b.strip():
            raise MedstepError(f"--metric {m!r} is not A_METRIC=B_METRIC")
        pairs.append((a.strip(), b.strip()))
    if top < 1:
        raise MedstepError(f"--top must be at least 1, got {top}")
    check_html_out(out, "agreement.html")
    result = compute_agreement(run_dir, judge[0], judge[1], pairs, top=top)
    print_agreement(result, out_console)
    if out is not None:
        out_console.print(f"agreement: {render_agreement_html(result, out)}")


def main() -> None:
    """The console script: every outcome is an exit status and at most a few lines, never a traceback.

    Usage errors are typer's (status 2); Ctrl-C inside a command becomes an
    :class:`~medstep.pipeline.Interrupted` saying what was kept (status 130).
    """
    _batch_gc()
    try:
        app()
    except MedstepError as e:
        _error_line(_message(e), _hint(e))
        sys.exit(_exit_status(e))
    except KeyboardInterrupt:  # outside any command (while importing, say)
        console.print("interrupted", highlight=False)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as e:  # a bug: one line here, the traceback in a file for the bug report
        _error_line(f"internal error ({type(e).__name__}: {e}); this is a medstep bug, please report it "
                    f"with the traceback saved in {_save_traceback()}")
        sys.exit(EXIT_INTERNAL)


GC_THRESHOLDS = (10_000, 50, 100)  # Python's default is (700, 10, 10)


def _batch_gc() -> None:
    """Collect reference cycles less often: a command grading 100,000 samples allocates hundreds
    of millions of short-lived, acyclic objects while holding a large live heap, and with the
    default thresholds the cycle collector took a third of ``medstep score``'s CPU (measured: 19.7 s
    of user time at 10,000 samples, 14.4 s with these thresholds, 13.3 s with no collection at
    all; peak memory the same). Cycles are still collected; only the console script sets this.

    And skip the collections of interpreter shutdown: Python clears its modules with several full
    collections over every live object, which after an eval (the openai client's pydantic and typing
    objects alone are ~130,000) took 0.4-0.6 s of wall and CPU time per command, a tenth of a
    1,000-sample eval at concurrency 128 (``benchmarks/bench_openai_throughput.py``). Freezing at
    exit (an atexit step; files, the run store and the report are closed by then) leaves
    those objects to the operating system, which reclaims the memory at once."""
    import atexit
    import gc

    gc.set_threshold(*GC_THRESHOLDS)
    atexit.register(gc.freeze)  # runs after every exit handler registered later (last in, first out)


# The training-data commands live in their own module (this file stays about evaluation).
from medstep.cli_train import curate_cmd, mine_cmd  # noqa: E402

app.command("mine")(mine_cmd)
app.command("curate")(curate_cmd)

if __name__ == "__main__":
    main()
