"""Settings and inputs an eval refuses up front, before anything is loaded, written or sent.

Split from :mod:`medstep.pipeline` (which runs the stages) so each stays short. Every error names
the library setting (:class:`~medstep.types.InvalidSetting`: the CLI maps it to its flag) or the
sample it is about, so a run that cannot succeed fails in the first second, not request by request.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from medstep.judges import JudgeOptions
from medstep.lazyre import lazy_compile
from medstep.models.spec import ModelSpec, spec_image_limit
from medstep.types import InvalidSetting, MedstepError, Mode, Sample

if TYPE_CHECKING:
    from medstep.pipeline import EvalConfig


# "inf" parses as a float: an infinite deadline crashed aiohttp's timer (OverflowError) and an infinite
# temperature made the request body invalid JSON, each only once the first request was sent; NaN fails
# every comparison, so the ranges below refuse it too.
FINITE_SECONDS = "more than 0 seconds, and finite"


def _check_numbers(cfg: EvalConfig) -> None:
    """Out-of-range numeric settings are refused before anything is loaded or written.

    Each error names the :class:`EvalConfig` field (the CLI maps it to its flag).
    """
    st = cfg.settings
    checks = [
        ("limit", cfg.limit, cfg.limit is None or cfg.limit >= 1, "at least 1"),
        ("concurrency", cfg.concurrency, cfg.concurrency >= 1, "at least 1"),
        ("batch_size", cfg.batch_size, cfg.batch_size >= 1, "at least 1"),
        ("max_tokens", st.max_tokens, st.max_tokens >= 1, "at least 1"),
        ("temperature", st.temperature, 0 <= st.temperature < math.inf, "0 or more, and finite"),
        ("max_retries", cfg.max_retries, cfg.max_retries >= 0, "0 or more"),
        ("timeout_s", cfg.timeout_s, 0 < cfg.timeout_s < math.inf, FINITE_SECONDS),
        ("n_ctx", cfg.n_ctx, cfg.n_ctx >= 1, "at least 1"),
        ("n_threads", cfg.n_threads, cfg.n_threads is None or cfg.n_threads >= 1, "at least 1"),
        ("samples", cfg.samples, cfg.samples >= 1, "at least 1"),
        ("temperature", st.temperature, cfg.samples == 1 or st.temperature > 0,
         "more than 0 when samples > 1 (greedy decoding gives every rollout the same answer)"),
        ("samples", cfg.samples, cfg.samples == 1 or cfg.mode != Mode.BOTH.value,
         "1 with mode both (sample a cot run instead)"),
        ("max_images", cfg.max_images, cfg.max_images is None or cfg.max_images >= 1, "at least 1"),
    ]
    for name, value, ok, rule in checks:
        if not ok:
            raise InvalidSetting(name, value, rule)
    check_device(cfg.device)


# torch device strings the hf backend takes ("auto" picks cuda when available); mps is let through unadvertised
DEVICE = lazy_compile(r"auto|cpu|mps|cuda(:\d+)?")


def check_device(device: str) -> None:
    """A device torch does not know ("gpu", "cuda0") would surface only when the hf backend moves the
    model, after the run directory is written, or never with another backend: refuse it up front."""
    if not DEVICE.fullmatch(device):
        raise InvalidSetting("device", device, "auto, cpu, cuda or cuda:N")


def _check_judge_options(o: JudgeOptions) -> None:
    checks = [
        ("judge_concurrency", o.concurrency, o.concurrency >= 1, "at least 1"),
        ("judge_timeout_s", o.timeout_s, 0 < o.timeout_s < math.inf, FINITE_SECONDS),
        ("judge_max_retries", o.max_retries, o.max_retries >= 0, "0 or more"),
        ("judge_max_tokens", o.max_tokens, o.max_tokens >= 1, "at least 1"),
    ]
    for name, value, ok, rule in checks:
        if not ok:
            raise InvalidSetting(name, value, rule)


def check_model_file(spec: ModelSpec) -> None:
    """A llama.cpp model is a local file: one that is not there is the first thing to fix, said before
    anything is written (and before advice such as adding a projector to it)."""
    if spec.kind == "llamacpp" and not Path(spec.model).expanduser().is_file():
        raise MedstepError(f"llama.cpp model file not found: {spec.model} (spec {spec.raw})")


def _check_images_supported(spec: ModelSpec, samples: Sequence[Sample]) -> None:
    """A llama.cpp model without a projector cannot see images: say so once, up front,
    instead of storing one failed generation per sample."""
    if spec.kind != "llamacpp" or "mmproj" in spec.extra:
        return
    with_images = [s for s in samples if s.images]
    if with_images:
        raise MedstepError(
            f"{len(with_images)} of {len(samples)} samples have images (first: {with_images[0].id!r}) "
            f"but {spec.raw!r} has no vision projector; add +mmproj=PATH.gguf"
        )


def _check_image_counts(spec: ModelSpec, samples: Sequence[Sample], max_images: int | None) -> int:
    """The most images a sample has, after refusing, up front, what would fail request by request.

    ``max_images`` is a guard (a benchmark with longer image sequences than the
    user meant to send, a context that cannot hold them); a vLLM spec's own
    ``+max_images=N`` is a hard per-prompt limit of the engine.
    """
    most = max(samples, key=lambda s: len(s.images))
    n = len(most.images)
    if max_images is not None and n > max_images:
        over = sum(len(s.images) > max_images for s in samples)
        raise InvalidSetting("max_images", max_images,
                             f"at least {n} for these samples ({over} have more than {max_images} images; "
                             f"{most.id!r} has {n})")
    limit = spec_image_limit(spec)
    if limit is not None and n > limit:
        raise MedstepError(f"{spec.raw!r} accepts {limit} image(s) per prompt but sample {most.id!r} has {n}; "
                           f"set +max_images={n} in the model spec")
    return n
