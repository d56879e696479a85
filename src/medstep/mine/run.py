"""``medstep mine``: load a benchmark, mine and check a chain per item, write a TRL-ready training file.

A mining run lives in a run directory like an eval run: ``run.sqlite`` keeps
every model call as it is answered (table ``judge_calls``, labelled
``mine <strategy>``), so a killed run resumes where it stopped and re-running
the finished command sends nothing and rewrites the same file. The directory
also holds ``chains.jsonl`` (or ``chains.parquet``), ``mine.json`` (the
counts, see :class:`~medstep.mine.results.MineSummary`) and, when the
benchmark keeps images in memory, ``images/``.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from medstep import __version__
from medstep.datasets import load_benchmark
from medstep.datasets.base import LoadOptions
from medstep.judges.base import ProgressFactory
from medstep.mine import prompts
from medstep.mine.results import Chain, MineResult, MineSummary
from medstep.mine.strategies import STRATEGIES, MineSettings, Strategy
from medstep.models.base import BackendOptions, ServerUnavailable
from medstep.judges.rounds import RoundEngine
from medstep.models.spec import parse_spec
from medstep.run_checks import FINITE_SECONDS, check_device, check_model_file
from medstep.results.usage import UsageSummary
from medstep.store import RunMeta, RunStore
from medstep.store.atomic import atomic_write_text
from medstep.trainset.files import TrainsetFormat, turns_type, write_rows
from medstep.trainset.rows import ImageExporter, assistant_text, sample_columns
from medstep.types import GenerationSettings, InvalidSetting, MedstepError, Mode, Sample

SUMMARY_NAME = "mine.json"
CHAINS_STEM = "chains"


@dataclass(frozen=True)
class MineConfig:
    """Everything that defines a mining run (the flags of ``medstep mine``). Frozen: the run's
    settings are written to its store once and a resumed run must see the same ones."""

    benchmark: str
    """Benchmark name (a loader of :mod:`medstep.datasets`); its samples need reports to mine from."""
    data: str
    """Path or hub id of the benchmark's official files."""
    out: Path
    """Run directory: ``run.sqlite`` (resumable), ``chains.jsonl``/``.parquet`` and ``mine.json``."""
    strategy: str = "plan-evidence-refine"
    """A name of :data:`medstep.mine.strategies.STRATEGIES`: ``plan-evidence-refine`` (ChestX-Reasoner)
    or ``mics`` (Chiron-o1)."""
    model: str | None = None
    """plan-evidence-refine: the chain writer (a model spec, as ``medstep eval --model``)."""
    mentors: tuple[str, ...] = ()
    """mics: the models proposing next steps."""
    interns: tuple[str, ...] = ()
    """mics: the models finishing from each prefix; a step's score is the share that reach the gold answer."""
    attempts: int = 3
    """Tries per item: a chain failing its checks is generated again (new seed), then dropped and counted."""
    max_steps: int = 6
    """mics only: the longest path searched."""
    images: bool | None = None
    """Send the sample's images with the prompts (``None``: the strategy's default)."""
    settings: GenerationSettings = field(
        default_factory=lambda: GenerationSettings(max_tokens=1024, temperature=0.7, seed=0))
    """Decoding; sampling (temperature > 0) so a regenerated chain is a new one."""
    load: LoadOptions = field(default_factory=LoadOptions)
    """How the benchmark is loaded (split, language, field map)."""
    limit: int | None = None
    """Mine only the first N samples (at least 1; a trial run)."""
    concurrency: int = 8
    """Requests in flight per endpoint."""
    batch_size: int = 8
    """Local (hf) backends: prompts per batch."""
    timeout_s: float = 120.0
    """Per-request deadline."""
    max_retries: int = 4
    """Retries before a call counts as failed (its item is then dropped as ``call_failed``)."""
    api_key: str | None = None
    """Key for a hosted endpoint."""
    device: str = "auto"
    """Local backends: where the model runs."""
    n_ctx: int = 4096
    """llama.cpp: context window."""
    n_threads: int | None = None
    """llama.cpp: CPU threads (``None``: its default)."""
    fmt: str = "jsonl"
    """The training file's format: ``jsonl`` or ``parquet``."""
    regenerate: bool = False
    """Start the run directory afresh instead of resuming it."""


@dataclass
class MineOutcome:
    """What a finished mining command reports back."""

    run_dir: Path
    output: Path
    summary: MineSummary


def strategy_of(cfg: MineConfig) -> Strategy:
    cls = STRATEGIES.get(cfg.strategy)
    if cls is None:
        raise MedstepError(f"unknown mining strategy {cfg.strategy!r}; choose one of {', '.join(STRATEGIES)}")
    return cls.build(cfg.model, cfg.mentors, cfg.interns)


def _check(cfg: MineConfig) -> None:
    st = cfg.settings
    checks = [
        ("attempts", cfg.attempts, cfg.attempts >= 1, "at least 1"),
        ("max_steps", cfg.max_steps, cfg.max_steps >= 1, "at least 1"),
        ("limit", cfg.limit, cfg.limit is None or cfg.limit >= 1, "at least 1"),
        ("concurrency", cfg.concurrency, cfg.concurrency >= 1, "at least 1"),
        ("max_tokens", st.max_tokens, st.max_tokens >= 1, "at least 1"),
        ("temperature", st.temperature, 0 <= st.temperature < math.inf, "0 or more, and finite"),
        ("max_retries", cfg.max_retries, cfg.max_retries >= 0, "0 or more"),
        ("timeout_s", cfg.timeout_s, 0 < cfg.timeout_s < math.inf, FINITE_SECONDS),
    ]
    for name, value, ok, rule in checks:
        if not ok:
            raise InvalidSetting(name, value, rule)
    check_device(cfg.device)
    if cfg.attempts > 1 and st.temperature == 0:
        raise InvalidSetting("temperature", 0, "more than 0 when a failed chain is generated again (attempts > 1): "
                             "greedy decoding would write the same chain every time")


def _check_vision(strategy: Strategy, samples: Sequence[Sample]) -> None:
    """A llama.cpp model without a projector cannot see images: say so before anything is sent."""
    with_images = next((s for s in samples if s.images), None)
    if with_images is None:
        return
    for name, spec in strategy.models.items():
        parsed = parse_spec(spec)
        if parsed.kind == "llamacpp" and "mmproj" not in parsed.extra:
            raise MedstepError(f"the {name} model {spec!r} has no vision projector, but sample {with_images.id!r} "
                               "has images; add +mmproj=PATH.gguf or mine without images")


def run_mine(cfg: MineConfig, progress: ProgressFactory | None = None) -> MineOutcome:
    """Mine every item not yet mined (answered calls are replayed from the run store), then write the outputs."""
    from medstep.pipeline import Interrupted

    _check(cfg)
    strategy = strategy_of(cfg)
    for spec in strategy.models.values():
        check_model_file(parse_spec(spec))  # a bad spec or a missing GGUF fails before anything is loaded or written
    fmt = TrainsetFormat.of(Path(f"x.{cfg.fmt}"), cfg.fmt)
    images = strategy.images_by_default if cfg.images is None else cfg.images
    ms = MineSettings(attempts=cfg.attempts, max_steps=cfg.max_steps, settings=cfg.settings, images=images)
    # Images are checked even when they are not sent: the training file references them.
    loaded = load_benchmark(cfg.benchmark, cfg.data, dataclasses.replace(cfg.load, check_images=True))
    samples = loaded.samples[: cfg.limit] if cfg.limit is not None else loaded.samples
    left_out = {"skipped_images": len(loaded.skipped)}
    if cfg.limit is not None:
        left_out["beyond_limit"] = len(loaded.samples) - len(samples)
    if strategy.needs_report:
        minable = [s for s in samples if s.report and s.report.strip()]
        left_out["no_report"] = len(samples) - len(minable)
    else:
        minable = list(samples)
    if not minable:
        why = " (none has a report)" if samples and strategy.needs_report else ("" if samples else loaded.why_empty())
        raise MedstepError(f"{cfg.benchmark}: no sample to mine in {cfg.data} (split {loaded.split!r}){why}")
    if images:
        _check_vision(strategy, minable)
    models_label = " | ".join(f"{k}={v}" for k, v in strategy.models.items())
    settings = {**cfg.settings.to_json(), "template": f"{strategy.name} prompts v{prompts.VERSION}"
                + (", images sent" if images else ""), "lang": cfg.load.lang,
                "allow_outside_data": cfg.load.allow_outside_data}
    meta = RunMeta(benchmark=loaded.benchmark, split=loaded.split, model=models_label, mode=Mode.MINE,
                   data=str(cfg.data), created=datetime.now(UTC).isoformat(timespec="seconds"),
                   medstep_version=__version__, settings=settings)
    store = RunStore.create(cfg.out, meta, regenerate=cfg.regenerate, default_name=strategy.name)
    engine = RoundEngine(
        strategy.models,
        BackendOptions(concurrency=cfg.concurrency, batch_size=cfg.batch_size, timeout_s=cfg.timeout_s,
                       max_retries=cfg.max_retries, api_key=cfg.api_key, device=cfg.device, n_ctx=cfg.n_ctx,
                       n_threads=cfg.n_threads),
        label=f"mine {strategy.name}", head={"mine": strategy.name, "version": prompts.VERSION}, cache=store,
        progress=progress)
    try:
        store.put_samples(minable)
        try:
            results = engine.run({s.id: strategy.conversation(s, ms) for s in minable})
        except KeyboardInterrupt:
            raise Interrupted(f"interrupted: {store.judge_call_count()} calls are stored in {cfg.out}; "
                              "re-run the same command to resume (answered calls are not sent again)") from None
        except ServerUnavailable as e:
            raise ServerUnavailable(f"{e}; {store.judge_call_count()} calls are stored in {cfg.out}; re-run the "
                                    "same command to resume once the server answers again") from None
        ordered = [results[s.id] for s in minable]
        output = Path(cfg.out) / f"{CHAINS_STEM}.{fmt.value}"
        rows = _rows(minable, ordered, strategy, loaded.benchmark, loaded.split, Path(cfg.out))
        write_rows(output, rows, fmt, extra=_extra_schema())
        summary = MineSummary.of(
            ordered, strategy=strategy.name, models=dict(strategy.models), benchmark=loaded.benchmark,
            split=loaded.split, n=len(loaded.samples) + len(loaded.skipped), left_out=left_out,
            calls={"requested": engine.counts.requested, "cached": engine.counts.cached,
                   "failed": engine.counts.failed},
            usage=UsageSummary(dict(engine.usage)).to_json(), output=output.name, settings={**cfg.settings.to_json(), "attempts": cfg.attempts,
                                          "max_steps": cfg.max_steps, "images": images,
                                          "prompts_version": prompts.VERSION},
            created=meta.created, medstep_version=__version__)
        atomic_write_text(Path(cfg.out) / SUMMARY_NAME, json.dumps(summary.to_json(), indent=2) + "\n")
    finally:
        engine.close()
        store.close()
    return MineOutcome(run_dir=Path(cfg.out), output=output, summary=summary)


def _rows(samples: Sequence[Sample], results: Sequence[MineResult], strategy: Strategy, benchmark: str,
          split: str, out: Path) -> list[dict[str, Any]]:
    exporter = ImageExporter(out)
    rows = []
    for sample, res in zip(samples, results):
        if res.chain is None:
            continue
        row = sample_columns(sample, exporter.refs(sample))
        row["messages"] = [*row["prompt"], {"role": "assistant", "content": [
            {"type": "text", "text": assistant_text(res.chain.steps, sample.answer)}]}]
        row["provenance"] = _provenance(res.chain, len(res.attempts), strategy, benchmark, split)
        rows.append(row)
    return rows


def _provenance(chain: Chain, attempt: int, strategy: Strategy, benchmark: str, split: str) -> dict[str, Any]:
    return {"strategy": strategy.name, "models": [f"{k}={v}" for k, v in strategy.models.items()],
            "attempt": attempt, "decision": chain.decision, "verdicts": list(chain.verdicts),
            "step_scores": list(chain.step_scores), "radrscore": chain.radrscore, "benchmark": benchmark,
            "split": split, "prompts_version": prompts.VERSION, "medstep_version": __version__}


def _extra_schema() -> list[tuple[str, Any]]:
    import pyarrow as pa

    provenance = pa.struct([
        ("strategy", pa.string()), ("models", pa.list_(pa.string())), ("attempt", pa.int32()),
        ("decision", pa.string()), ("verdicts", pa.list_(pa.string())), ("step_scores", pa.list_(pa.float64())),
        ("radrscore", pa.float64()), ("benchmark", pa.string()), ("split", pa.string()),
        ("prompts_version", pa.string()), ("medstep_version", pa.string()),
    ])
    return [("messages", turns_type()), ("provenance", provenance)]
