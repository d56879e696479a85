"""Orchestration: benchmark → prompts → backend → run store → grades → exports.

This is the only module that knows every stage; the stages themselves never
import each other upstream. Two entry points:

* :func:`run_eval` generates with a model, storing each generation the moment
  it arrives, then grades (:func:`finalize`).
* :func:`score_predictions` grades outputs produced elsewhere
  (``{"id", "output"}`` JSONL lines) with no model at all.

Grading is always recomputed from the stored generations, so changing the
extractor or the judges and re-running the same command re-grades for free
(LLM judge calls are cached in the run store too).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from medstep import __version__
from medstep.arguments import check_path
from medstep.datasets import auto_judges, load_benchmark
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.prompts import PromptTemplate
from medstep.grading import DirectArm, Grader, ResultSink, Rollouts, check_prices, finalize
from medstep.judges import Judge, JudgeCalls, JudgeContext, JudgeOptions, load_judge, resolve_judges
from medstep.judges.base import ProgressFactory
from medstep.models.base import ServerUnavailable, checked_generation, result_batches
from medstep.models.ray_pool import RayOptions
from medstep.models.spec import ModelSpec, parse_spec, preload_backend
from medstep.results import RunSummary
from medstep.run_checks import (  # noqa: F401  (_check_image_counts: tested from here)
    _check_image_counts,
    _check_images_supported,
    _check_judge_options,
    _check_numbers,
    check_model_file,
)
from medstep.results.usage import Price
from medstep.store import RunMeta, RunStore
from medstep.textclean import json_loads, read_utf8_text
from medstep.types import (
    GenerationSettings, Generation, MedstepError, Message, Mode, Request, Sample, messages_digest, messages_json,
)


@dataclass
class EvalConfig:
    """Everything that defines an eval run (the CLI flags of ``medstep eval``).

    judges: judge strings ``NAME[:MODEL_SPEC]`` (see :mod:`medstep.judges`); empty or
        ``auto`` uses the verifier when the benchmark has reports or reference
        steps, ``none`` grades answers only.
    limit: keep only the first N samples (after split selection).
    template: a prompt template file overriding the defaults (see :mod:`medstep.prompts`).
    name: the run's label in reports and comparisons (default: the model's short name).
    regenerate: resuming a run with other decoding settings or another template is refused
        (every sample would silently be generated again) unless this is set.
    samples: rollouts per question (k); rollout r decodes with seed + r, so each is generated and
        cached on its own, and rollout 1 is exactly the single-sample run. Needs temperature > 0.
    """

    benchmark: str
    data: str
    model: str
    out: Path
    mode: str = "cot"
    load: LoadOptions = field(default_factory=LoadOptions)
    settings: GenerationSettings = field(default_factory=GenerationSettings)
    concurrency: int = 8
    batch_size: int = 8
    limit: int | None = None
    judges: tuple[str, ...] = ()
    judge_options: JudgeOptions = field(default_factory=JudgeOptions)
    template: Path | None = None
    api_key: str | None = None
    timeout_s: float = 120.0
    max_retries: int = 4
    device: str = "auto"
    n_ctx: int = 4096
    n_threads: int | None = None
    name: str | None = None
    regenerate: bool = False
    prices: dict[str, Price] = field(default_factory=dict)  # "model" or a judge label/name -> price
    ray: RayOptions | None = None  # generate in a pool of Ray actors (medstep.models.ray_pool)
    tensor_parallel: int = 1  # vllm backend
    data_parallel: int = 1  # vllm backend
    prefix_caching: bool = True  # vllm backend
    samples: int = 1
    max_images: int | None = None


def rollout_settings(settings: GenerationSettings, rollout: int) -> GenerationSettings:
    """Decoding settings of rollout ``rollout`` (0-based): its own seed, so its own request and cache entry."""
    return dataclasses.replace(settings, seed=(settings.seed or 0) + rollout) if rollout else settings


@dataclass
class RunOutcome:
    """What a finished command reports back to the CLI."""

    run_dir: Path
    summary: RunSummary
    requested: int = 0  # backend calls made by this invocation
    cached: int = 0  # samples whose generation was already stored
    shared: int = 0  # samples whose request is identical to another sample's (sent once)
    skipped_images: int = 0
    errors: Counter = field(default_factory=Counter)  # failed generations' errors → count
    unpredicted: int = 0  # score: benchmark samples with no prediction line
    judge_calls: dict[str, JudgeCalls] = field(default_factory=dict)  # per judge label
    notes: list[str] = field(default_factory=list)  # the backend's remarks (endpoints taken out, per-endpoint counts)


def request_key(spec: str, settings: GenerationSettings, messages: Sequence[Message]) -> str:
    """Content hash of a request: same model, settings, text and image bytes → same key.

    ``spec`` is the model's :attr:`~medstep.models.spec.ModelSpec.identity` (no endpoint URLs), so
    the same run resumes when served from other or more endpoints."""
    return messages_digest({"spec": spec, "settings": settings.to_json()}, messages)


def _load(benchmark: str, data: str, options: LoadOptions, limit: int | None) -> tuple[LoadResult, int]:
    """The benchmark's samples (the first ``limit``), and how many were cut by the limit."""
    result = load_benchmark(benchmark, data, options)
    beyond = 0
    if limit is not None:
        beyond = max(0, len(result.samples) - limit)
        result.samples = result.samples[:limit]
    if not result.samples:
        raise MedstepError(result.nothing_loaded(data))
    return result, beyond


def _meta(benchmark: str, split: str, model: str, mode: Mode, data: str, settings: dict, name: str = "",
          model_identity: str = "") -> RunMeta:
    return RunMeta(
        name=name,
        benchmark=benchmark,
        split=split,
        model=model,
        model_identity=model_identity,
        mode=mode,
        data=str(data),
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        medstep_version=__version__,
        settings=settings,
    )


def _judges(names: Sequence[str], samples: Sequence[Sample], options: JudgeOptions, benchmark: str) -> list[Judge]:
    """Resolve and build the judges up front, so a bad judge string fails before anything is written."""
    _check_judge_options(options)
    return [load_judge(spec) for spec in resolve_judges(names, samples, auto_judges(benchmark))]



def run_eval(cfg: EvalConfig, progress: ProgressFactory | None = None, sink: ResultSink | None = None) -> RunOutcome:
    """Generate for every sample not yet stored, then grade and export.

    ``progress(total, label)`` returns an object with ``advance(n, failed=bool)``
    and context-manager methods; the CLI passes :class:`medstep.progress.ProgressLine`.
    ``sink`` receives each sample's result as grading stores it (the CLI's report writer).
    """
    _check_numbers(cfg)
    spec = parse_spec(cfg.model)  # a bad spec fails before anything is written
    # The backend's module (the openai client: most of a second) is imported while the benchmark loads.
    preloading = preload_backend(spec) if cfg.ray is None else None
    try:
        return _run_eval(cfg, spec, progress, sink)
    finally:
        if preloading is not None:
            preloading.join()  # never leave an import running into interpreter shutdown


def _run_eval(cfg: EvalConfig, spec: ModelSpec, progress: ProgressFactory | None,
              sink: ResultSink | None) -> RunOutcome:
    from medstep.models import load_backend
    from medstep.models.base import BackendOptions

    arms = _templates(cfg)  # a mistyped --mode or an unreadable template is said before a large benchmark loads
    loaded, beyond_limit = _load(cfg.benchmark, cfg.data, cfg.load, cfg.limit)
    samples = loaded.samples
    if cfg.ray is None:  # a Ray worker on another machine may hold the model file this machine lacks
        check_model_file(spec)
    _check_images_supported(spec, samples)
    most_images = _check_image_counts(spec, samples, cfg.max_images)
    judges = _judges(cfg.judges, samples, cfg.judge_options, cfg.benchmark)
    check_prices(cfg.prices, judges)
    meta = _meta(
        loaded.benchmark, loaded.split, cfg.model, Mode(cfg.mode), cfg.data,
        {**cfg.settings.to_json(), "samples": cfg.samples, "template": arms[0][1].source,
         "template_sha256": "+".join(t.digest() for _, t in arms),
         "lang": cfg.load.lang, "allow_outside_data": cfg.load.allow_outside_data},
        name=cfg.name or "",
        model_identity=spec.identity,
    )
    store = RunStore.create(cfg.out, meta, regenerate=cfg.regenerate, default_name=spec.label)
    try:
        store.put_samples(samples)
        requests: list[Request] = []
        prompts: dict[str, str] = {}
        keys_of: dict[str, dict[str, str]] = {}  # arm -> sample id -> request key
        graders: dict[str, Grader] = {arm: Grader() for arm, _ in arms}
        for arm, template in arms:
            for s in samples:
                messages = template.messages(s)
                key = request_key(spec.identity, cfg.settings, messages)
                requests.append(Request(key=key, sample_id=s.id, messages=messages, settings=cfg.settings))
                prompts[key] = messages_json(messages)
                keys_of.setdefault(arm, {})[s.id] = key
        grader = graders[arms[0][0]]
        notes: list[str] = []
        rollouts = _rollouts(cfg, arms[0][1], samples, requests, prompts)
        done = store.finished_keys(r.key for r in requests)
        todo = _unique([r for r in requests if r.key not in done])
        if todo:
            options = BackendOptions(
                concurrency=cfg.concurrency, batch_size=cfg.batch_size, timeout_s=cfg.timeout_s,
                max_retries=cfg.max_retries, api_key=cfg.api_key, device=cfg.device,
                n_ctx=cfg.n_ctx, n_threads=cfg.n_threads,
                ray=cfg.ray, tensor_parallel=cfg.tensor_parallel, data_parallel=cfg.data_parallel,
                prefix_caching=cfg.prefix_caching,
                max_images=cfg.max_images or (most_images if most_images > 1 else None),
            )
            backend = load_backend(cfg.model, options)
            try:
                _generate(backend, todo, store, prompts, progress, grader, spec.label)
            except KeyboardInterrupt:
                stored = len(store.finished_keys(r.key for r in requests))
                raise Interrupted(
                    f"interrupted: {stored} of {len(requests)} generations are stored in {cfg.out}; "
                    "re-run the same command to resume"
                ) from None
            except ServerUnavailable as e:
                stored = len(store.finished_keys(r.key for r in requests))
                raise ServerUnavailable(
                    f"{e}; {stored} of {len(requests)} generations are stored in {cfg.out}; "
                    "re-run the same command to resume once the server answers again"
                ) from None
            finally:
                notes = list(getattr(backend, "notes", list)())
                backend.close()
        ctx = JudgeContext(cache=store, progress=progress, options=cfg.judge_options)
        direct = DirectArm(keys_of[Mode.DIRECT.value], graders[Mode.DIRECT.value]) if len(arms) > 1 else None
        try:
            left_out = {"skipped_images": len(loaded.skipped)}
            if cfg.limit is not None:
                left_out["beyond_limit"] = beyond_limit
            finished = finalize(store, samples, keys_of[arms[0][0]], grader, judges, ctx=ctx,
                                left_out=left_out, direct=direct, prices=cfg.prices, rollouts=rollouts, sink=sink)
        except KeyboardInterrupt:
            stored = len(store.finished_keys(r.key for r in requests))
            raise Interrupted(
                f"interrupted while grading: {stored} of {len(requests)} generations are stored in {cfg.out}; "
                "re-run the same command to grade them (no stored generation is requested again)"
            ) from None
    except BaseException:
        store.abandon()  # a first run that stored nothing (server unreachable, Ctrl-C at once) leaves no folder
        raise
    finally:
        store.close()
    return RunOutcome(
        run_dir=Path(cfg.out), summary=finished.summary, judge_calls=dict(finished.judge_calls), requested=len(todo),
        cached=sum(r.key in done for r in requests), skipped_images=len(loaded.skipped),
        shared=sum(r.key not in done for r in requests) - len(todo),
        errors=finished.errors, notes=notes,
    )


def _rollouts(cfg: EvalConfig, template: PromptTemplate, samples: Sequence[Sample], requests: list[Request],
              prompts: dict[str, str]) -> Rollouts | None:
    """Add the requests of rollouts 2..k (``--samples k``) and return what grading needs to know of them."""
    if cfg.samples <= 1:
        return None
    keys: list[dict[str, str]] = []
    graders: list[Grader] = []
    seeds: list[int | None] = []
    for r in range(1, cfg.samples):
        settings = rollout_settings(cfg.settings, r)
        grader, by_id = Grader(), {}
        for s in samples:
            messages = template.messages(s)
            key = request_key(parse_spec(cfg.model).identity, settings, messages)
            requests.append(Request(key=key, sample_id=s.id, messages=messages, settings=settings))
            prompts[key] = messages_json(messages)
            by_id[s.id] = key
        keys.append(by_id)
        graders.append(grader)
        seeds.append(settings.seed)
    return Rollouts(keys=keys, graders=graders, seeds=seeds, first_seed=cfg.settings.seed,
                    temperature=cfg.settings.temperature)


def _templates(cfg: EvalConfig) -> list[tuple[str, PromptTemplate]]:
    """The prompt arms of a run, graded one first: one template, or cot then direct for mode ``both``."""
    if cfg.mode != Mode.BOTH.value:
        tpl = PromptTemplate.from_file(cfg.template, cfg.mode) if cfg.template else PromptTemplate.default(cfg.mode)
        return [(cfg.mode, tpl)]
    if cfg.template is not None:
        raise MedstepError(
            f"template {cfg.template}: a template sets one prompt style; mode 'both' asks every question with "
            "the default cot and direct prompts (run the two modes separately to use your own templates)"
        )
    return [(m.value, PromptTemplate.default(m.value)) for m in (Mode.COT, Mode.DIRECT)]


class Interrupted(MedstepError):
    """Ctrl-C during generation: what is stored stays stored (the CLI exits 130)."""


def _unique(requests: list[Request]) -> list[Request]:
    """Identical requests (same content hash) are sent once."""
    seen: set[str] = set()
    out = []
    for r in requests:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out


def _generate(backend: Any, todo: list[Request], store: RunStore, prompts: dict[str, str],
              progress: ProgressFactory | None, grader: Grader, label: str) -> None:
    """Store each result the moment it arrives: everything that has arrived is committed whenever
    this thread is free, in one transaction (:func:`~medstep.models.base.result_batches`), so
    ``kill -9`` loses only calls in flight or answered while the previous commit was being written.

    Results are graded afterwards, a chunk at a time (:func:`finalize`), not held here: a
    128,000-question run must not keep every output in memory. The graders' imports are done
    when the first result arrives, while the other requests are still in flight.
    """
    bar = progress(len(todo), label) if progress else None
    warm = True
    try:
        if bar is not None:
            bar.__enter__()
        for batch in result_batches(backend, todo):
            rows = [(req.key, req.sample_id, prompts[req.key], checked_generation(gen)) for req, gen in batch]
            store.put_generations(rows)
            if warm:
                grader.warm()
                warm = False
            if bar is not None:
                failed = sum(gen.failed for *_, gen in rows)
                if len(rows) > failed:
                    bar.advance(len(rows) - failed)
                if failed:
                    bar.advance(failed, failed=True)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def score_predictions(
    predictions: Path,
    benchmark: str,
    data: str,
    out: Path,
    *,
    load: LoadOptions = LoadOptions(),
    judges: Sequence[str] = (),
    judge_options: JudgeOptions = JudgeOptions(),
    model: str = "predictions",
    progress: ProgressFactory | None = None,
    name: str | None = None,
    prices: dict[str, Price] | None = None,
    sink: ResultSink | None = None,
) -> RunOutcome:
    """Grade outputs produced elsewhere: JSONL lines ``{"id": ..., "output": raw text}``.

    Optional per line: ``reasoning`` (a server's separate reasoning text),
    ``finish_reason`` (``"length"``: cut at the token limit, graded ``truncated`` unless a
    closed ``<answer>...</answer>`` came before the cut) and
    ``error`` (the call failed: counted as failed, not as wrong). A run's own
    ``samples.jsonl`` is a valid predictions file (to re-grade it elsewhere).
    ``name`` labels the run (default: the predictions file's stem). ``sink`` receives each
    sample's result as grading stores it (the CLI's report writer).
    """
    loaded = load_benchmark(benchmark, data, load)
    preds = read_predictions(predictions)
    by_id = {s.id: s for s in loaded.samples}
    unknown = [pid for pid in preds if pid not in by_id]
    if unknown and not loaded.samples:
        raise MedstepError(f"{benchmark}: no samples loaded from {data} (split {loaded.split!r})")
    if unknown:
        raise MedstepError(
            f"{predictions}: {len(unknown)} prediction id(s) not in {benchmark} "
            f"split {loaded.split!r}, first: {unknown[0]!r} (benchmark ids look like {loaded.samples[0].id!r})"
        )
    samples = [s for s in loaded.samples if s.id in preds]
    if not samples:
        raise MedstepError(f"{predictions}: no predictions")
    built = _judges(judges, samples, judge_options, benchmark)
    check_prices(prices or {}, built, generates=False)
    settings = {"predictions": os.path.abspath(predictions), "lang": load.lang,
                "allow_outside_data": load.allow_outside_data}
    meta = _meta(loaded.benchmark, loaded.split, model, Mode.EXTERNAL, data, settings, name=name or "")
    store = RunStore.create(out, meta, default_name=Path(predictions).stem)
    try:
        store.put_samples(samples)
        keys: dict[str, str] = {}
        rows = []
        for s in samples:
            gen = preds.pop(s.id)  # the store holds the outputs from here on; memory keeps their keys
            key = "pred:" + hashlib.sha256(json.dumps([s.id, gen.to_json()]).encode()).hexdigest()
            rows.append((key, s.id, "", gen))
            keys[s.id] = key
            if len(rows) >= 4096:
                store.put_generations(rows)
                rows = []
        store.put_generations(rows)
        del rows
        ctx = JudgeContext(cache=store, progress=progress, options=judge_options)
        try:
            done = finalize(store, samples, keys, Grader(), built, ctx=ctx,
                            left_out={"unpredicted": len(loaded.samples) - len(samples)}, prices=prices, sink=sink)
        except KeyboardInterrupt:
            raise Interrupted(
                f"interrupted while grading; re-run the same command to grade the {len(samples)} predictions"
            ) from None
    except BaseException:
        store.abandon()
        raise
    finally:
        store.close()
    return RunOutcome(
        run_dir=Path(out), summary=done.summary, judge_calls=dict(done.judge_calls), requested=0, cached=len(samples),
        unpredicted=len(loaded.samples) - len(samples),
    )


def read_predictions(path: Path) -> dict[str, Generation]:
    """Parse a predictions JSONL file; one clear error per malformed line.

    A UTF-8 byte-order mark is accepted; an empty, null or ``false`` ``error``
    means the call succeeded (exporters often write ``"error": ""`` or ``false``).
    """
    check_path("read_predictions", "path", path)
    out: dict[str, Generation] = {}
    lines = read_utf8_text(Path(path), "predictions file").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json_loads(line)  # lone surrogates in a line's strings become U+FFFD
        except json.JSONDecodeError as e:
            hint = " (the file looks like a JSON array; JSONL is one object per line)" if line.lstrip()[:1] == "[" else ""
            raise MedstepError(f"{path}:{n}: malformed JSON: {e.msg}{hint}") from e
        except ValueError as e:
            raise MedstepError(f"{path}:{n}: {e}") from None
        if isinstance(rec, list):
            raise MedstepError(f"{path}:{n}: a JSON array; write one {{\"id\", \"output\"}} object per line (JSONL)")
        if not isinstance(rec, dict) or "id" not in rec or ("output" not in rec and "error" not in rec):
            raise MedstepError(f"{path}:{n}: each line needs \"id\" and \"output\" fields")
        rid = rec["id"]
        if isinstance(rid, bool) or not isinstance(rid, (str, int)) or str(rid).strip() == "":
            raise MedstepError(f"{path}:{n}: \"id\" must be a non-empty string or integer, got {rid!r}")
        pid = str(rid)
        if pid in out:
            raise MedstepError(f"{path}:{n}: duplicate prediction id {pid!r}")
        output, reasoning, error = rec.get("output"), rec.get("reasoning"), rec.get("error")
        finish = rec.get("finish_reason")
        if isinstance(reasoning, dict) and "server_reasoning" in rec:
            # a medstep samples.jsonl: "reasoning" is its grading, the server's own text is separate
            reasoning = rec["server_reasoning"]
        for name, value in (("output", output), ("reasoning", reasoning)):
            if value is not None and not isinstance(value, str):
                raise MedstepError(
                    f"{path}:{n} (id {pid!r}): \"{name}\" must be a string or null, got {type(value).__name__}"
                )
        if finish is not None and not isinstance(finish, str):
            raise MedstepError(
                f"{path}:{n} (id {pid!r}): \"finish_reason\" must be a string or null, got {type(finish).__name__}"
            )
        if error is False:  # exporters write "error": false for a call that succeeded
            error = None
        elif error is not None and not isinstance(error, str):
            error = json.dumps(error)
        error = error if error and error.strip() else None
        if "output" not in rec and error is None:
            raise MedstepError(f"{path}:{n} (id {pid!r}): no \"output\" and an empty \"error\"")
        out[pid] = Generation(text=output or "", reasoning=reasoning, error=error, finish_reason=finish)
    return out
