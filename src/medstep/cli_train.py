"""The training-data commands of ``medstep``: mine | curate (registered on the app in ``medstep.cli``).

Kept apart from ``cli.py`` so each file stays small; the shared helpers
(progress line, load options, API key resolution, exit statuses) are the
evaluation commands' own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import typer

from medstep.cli_options import given_path, given_text

STRATEGY_HELP = ("plan-evidence-refine (ChestX-Reasoner: plan, quote the report, refine; needs --model and reports) | "
                 "mics (Chiron-o1: --mentor models propose steps, --intern models finish; a step's score is the "
                 "share of interns reaching the gold answer)")


def mine_cmd(
    benchmark: str = typer.Option(..., help="benchmark name (see medstep eval --help); reports make chains checkable"),
    data: str = typer.Option(..., "--data", parser=given_text, help="path to the official files, or a hub dataset id"),
    out: Path = typer.Option(..., parser=given_path, metavar="<path>", help="run directory: run.sqlite (every call, resumable), chains.jsonl|parquet, mine.json"),
    strategy: str = typer.Option("plan-evidence-refine", help=STRATEGY_HELP),
    model: str | None = typer.Option(None, help="plan-evidence-refine: the chain writer, any model spec (openai:NAME@URL, llamacpp:..., hf:...)"),
    mentor: list[str] = typer.Option([], "--mentor", help="mics: a mentor model spec, repeatable"),
    intern: list[str] = typer.Option([], "--intern", help="mics: an intern model spec, repeatable"),
    attempts: int = typer.Option(3, help="tries per item: a chain failing its checks is generated again with a new seed, then the item is dropped and counted"),
    max_steps: int = typer.Option(6, help="mics: the longest path searched"),
    images: bool | None = typer.Option(None, "--images/--no-images", help="send the images with the prompts (default: mics yes, plan-evidence-refine no: the report is its evidence)"),
    fmt: str = typer.Option("jsonl", "--format", help="training file format: jsonl | parquet"),
    split: str | None = typer.Option(None, help="official split (default: the benchmark's evaluation split)"),
    lang: str = typer.Option("en", help="language filter (slake)"),
    limit: int | None = typer.Option(None, help="first N samples only"),
    max_tokens: int = typer.Option(1024, help="reply length limit"),
    temperature: float = typer.Option(0.7, help="sampling temperature (above 0 when --attempts > 1: a retry must be able to differ)"),
    seed: int = typer.Option(0, help="base seed; attempt n of an item uses its own"),
    concurrency: int = typer.Option(8, help="in-flight requests per model (openai backend)"),
    batch_size: int = typer.Option(8, help="batch size (hf backend)"),
    skip_missing_images: bool = typer.Option(False, help="skip (and count) records with missing/corrupt images"),
    field_map: list[str] = typer.Option([], "--map", help="custom benchmark only: FIELD=COLUMN[,FIELD=COLUMN] (repeatable)"),
    api_key: str | None = typer.Option(None, help="API key for hosted OpenAI-compatible servers"),
    api_key_env: str | None = typer.Option(None, help="read the API key from this environment variable"),
    allow_outside_data: bool = typer.Option(False, help="accept image paths outside the --data folder"),
    timeout: float = typer.Option(120.0, help="deadline in seconds for each request attempt (openai backend)"),
    retries: int = typer.Option(4, help="retries on 429/5xx/timeouts before a call counts as failed"),
    device: str = typer.Option("auto", help="hf backend: auto | cpu | cuda"),
    n_ctx: int = typer.Option(4096, help="llamacpp backend: context length"),
    threads: int | None = typer.Option(None, help="CPU threads (llamacpp, hf on CPU)"),
    allow_failures: bool = typer.Option(False, help="exit 0 even when items were dropped because calls failed (default: exit 3)"),
    regenerate: bool = typer.Option(False, help="resume with other decoding settings, prompts or --images: ask every call again"),
) -> None:
    """Mine step-by-step reasoning chains from reports with any model, checked, into a TRL-ready training file.

    Every chain is checked: its decision is the gold answer as eval grades it, no step is contradicted by the report.

    A chain failing a check is generated again with a new seed; after --attempts the item is dropped and counted.
    """
    from medstep.cli import (
        _load_options,
        _progress,
        console,
        out_console,
        refuse_foreign_out,
        resolve_api_key,
    )
    from medstep.cli_errors import EXIT_FAILED, _on_ctrl_c
    from medstep.mine import MineConfig, run_mine
    from medstep.mine.run import CHAINS_STEM, SUMMARY_NAME
    from medstep.trainset import FORMATS
    from medstep.types import GenerationSettings

    refuse_foreign_out(out, (*(f"{CHAINS_STEM}.{f}" for f in FORMATS), SUMMARY_NAME))

    first = model or (mentor[0] if mentor else intern[0] if intern else "")
    cfg = MineConfig(
        benchmark=benchmark, data=data, out=out, strategy=strategy, model=model, mentors=tuple(mentor),
        interns=tuple(intern), attempts=attempts, max_steps=max_steps, images=images, fmt=fmt,
        settings=GenerationSettings(max_tokens=max_tokens, temperature=temperature, seed=seed),
        load=_load_options(split, lang, skip_missing_images, field_map,
                           allow_outside_data=allow_outside_data),
        limit=limit, concurrency=concurrency, batch_size=batch_size, timeout_s=timeout, max_retries=retries,
        api_key=resolve_api_key(first, api_key, api_key_env), device=device, n_ctx=n_ctx, n_threads=threads,
        regenerate=regenerate,
    )
    with _on_ctrl_c(f"every answered call is stored in {out}; re-run the same command to resume"):
        res = run_mine(cfg, progress=_progress)
    s = res.summary
    calls = s.calls
    console.print(f"{calls['requested']} calls sent, {calls['cached']} from the run's cache"
                  + (f", {calls['failed']} failed" if calls["failed"] else ""), highlight=False)
    out_console.print(json.dumps({k: v for k, v in s.to_json().items()
                                  if k in ("mined", "attempted", "dropped", "left_out", "rejections", "dropped_by",
                                           "attempts_used")}, indent=1), highlight=False, soft_wrap=True)
    out_console.print(f"chains: {res.output}  (summary: {res.run_dir / 'mine.json'})", highlight=False)
    if s.mined == 0:
        console.print(f"note: no chain mined: {_why_none_mined(s.attempted, s.dropped_by, s.left_out)}",
                      highlight=False, soft_wrap=True)
    lost = s.dropped_by.get("call_failed", 0)
    if lost and not allow_failures:
        console.print(f"note: {lost} items were dropped because calls failed (re-running the same command asks "
                      f"them again): exit status {EXIT_FAILED}, --allow-failures exits 0", highlight=False)
        raise typer.Exit(EXIT_FAILED)


def curate_cmd(
    runs: list[Path] = typer.Argument(..., parser=given_path, help="eval run directories of one benchmark split, best run with --samples k --temperature T (several runs pool their rollouts)"),
    out: Path = typer.Option(..., parser=given_path, metavar="<path>", help="training file to write (.jsonl or .parquet); FILE.curate.json gets the counts"),
    keep: str = typer.Option("learnable", help="learnable (solved by 1..k-1 of k, MedVLThinker) | all | unsolved | solved"),
    order: str = typer.Option("easy-to-hard", help="easy-to-hard (highest pass rate first) | hard-to-easy | benchmark"),
    stages: int = typer.Option(1, help="curriculum stages by fixed pass-rate bands (stage 1 easiest; written as the stage column)"),
    min_rate: float = typer.Option(0.0, help="keep only pass rates at or above this"),
    max_rate: float = typer.Option(1.0, help="keep only pass rates at or below this"),
    fmt: str | None = typer.Option(None, "--format", help="jsonl | parquet (default: from the file name)"),
) -> None:
    """Difficulty from sampled rollouts: pass rate per question, filtered and ordered, into a training file.

    The file has the columns medstep's rewards read; the default keeps questions solved by 1..k-1 of k rollouts.
    """
    from medstep.cli import console, out_console
    from medstep.curate import CurateConfig, run_curate

    res = run_curate(CurateConfig(runs=runs, out=out, keep=keep, order=order, stages=stages, min_rate=min_rate,
                                  max_rate=max_rate, fmt=fmt))
    s = res.summary
    out_console.print(json.dumps({"n": s.n, "kept": s.kept, "dropped": s.dropped, "incomplete": s.incomplete,
                                  "passes": s.passes, "stages": s.stages}, indent=1), highlight=False, soft_wrap=True)
    out_console.print(f"curated: {res.output}  (counts: {res.summary_path})", highlight=False)
    if s.kept == 0 and s.n:
        console.print(f"note: no question kept: {_why_none_kept(s.passes, keep)}", highlight=False, soft_wrap=True)


def _why_none_mined(attempted: int, dropped_by: Mapping[str, int], left_out: Mapping[str, int]) -> str:
    """An empty chains file is easy to miss (exit 0 unless calls failed): say where the items went."""
    if not attempted:
        gone = ", ".join(f"{n} {why}" for why, n in sorted(left_out.items())) or "none in the data"
        return f"no item was attempted (left out: {gone})"
    top = ", ".join(f"{n} {why}" for why, n in sorted(dropped_by.items(), key=lambda kv: -kv[1]))
    return f"every one of the {attempted} attempted items was dropped ({top}); 'rejections' counts each attempt"


def _why_none_kept(passes: dict[str, int], keep: str) -> str:
    """An empty training file is easy to miss (exit 0): say why, and the usual cause, a single rollout."""
    most = max((int(k.partition("/")[2]) for k in passes), default=0)
    if keep == "learnable" and most <= 1:
        return ("--keep learnable keeps questions solved by some but not all of their rollouts, and these runs "
                "have one rollout per question; sample k with `medstep eval --samples k --temperature T` "
                "(or pool runs of several models), or choose another --keep")
    return "every question was dropped (see 'dropped'); widen --keep, --min-rate or --max-rate"
