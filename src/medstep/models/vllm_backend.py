"""vLLM offline engine backend (the ``vllm`` extra; needs a GPU).

Why ``LLM.chat``: it applies the model's own chat template and takes the same
OpenAI-style messages (``image_url`` parts with data URLs) as the HTTP
backend, so a model sees identical prompts whether it is served by ``vllm
serve`` or run in-process here.

vLLM batches continuously inside one call, so requests are handed over in
chunks of ``chunk_size`` rather than one by one; results of a chunk are yielded
as soon as it finishes, which keeps a killed run's loss to one chunk. Each
request carries its own ``SamplingParams`` (``LLM.chat`` takes a list), so
mixed settings need no grouping.

vLLM rejects a whole call when one prompt is invalid (too long for the
context, unreadable image). The chunk is then retried one request at a time,
so only the offending requests become failed generations.

``latency_s`` is the wall time of the call that produced the result (a chunk,
or the single request when isolating a failure): vLLM does not time requests
individually.

Scaling: ``options.tensor_parallel`` splits one engine over that many GPUs,
``options.data_parallel`` runs that many engine replicas (vLLM's own data
parallelism), and prefix caching (on by default) lets requests that share a
prompt prefix (the system prompt and template) reuse its KV cache. Across
machines, ``--ray`` runs one such engine per Ray actor instead
(:mod:`medstep.models.ray_pool`, one actor per ``tensor_parallel`` GPUs).
Tested only where a GPU and vLLM exist (``tests/test_models_vllm_gpu.py``,
``benchmarks/gpu_check.py``).
"""

from __future__ import annotations

import time
from typing import Any, Iterator, Sequence

from medstep import hub
from medstep.models.base import BackendOptions
from medstep.models.images import openai_messages
from medstep.types import Generation, GenerationSettings, MedstepError, Request

_MISSING = "vllm is not installed: pip install 'medstep[vllm]' (needs a GPU)"


def _import_vllm() -> Any:
    try:
        import vllm
    except ImportError as exc:
        raise MedstepError(_MISSING) from exc
    return vllm


class VLLMBackend:
    """Runs a model with ``vllm.LLM``; honours ``n_ctx`` (as ``max_model_len``), ``tensor_parallel``,
    ``data_parallel`` and ``prefix_caching``.

    ``max_images`` sets vLLM's ``limit_mm_per_prompt`` for multi-image
    benchmarks; ``None`` keeps vLLM's per-model default.
    """

    def __init__(
        self,
        model: str,
        options: BackendOptions = BackendOptions(),
        spec: str = "",
        *,
        chunk_size: int = 256,
        max_images: int | None = None,
    ) -> None:
        self._vllm = _import_vllm()
        self.spec = spec or f"vllm:{model}"
        self.options = options
        self._chunk_size = max(1, chunk_size)
        kwargs: dict[str, Any] = {"model": model, "max_model_len": options.n_ctx,
                                  "tensor_parallel_size": options.tensor_parallel,
                                  "enable_prefix_caching": options.prefix_caching}
        if options.data_parallel > 1:
            kwargs["data_parallel_size"] = options.data_parallel
        if max_images is not None:
            kwargs["limit_mm_per_prompt"] = {"image": max_images}
        if hub.looks_like_id(model):
            hub.require(model, "model")
        try:
            self._llm: Any = self._vllm.LLM(**kwargs)
        except (OSError, ValueError, RuntimeError, TypeError) as exc:
            raise MedstepError(f"vllm could not load model {model!r}: {type(exc).__name__}: {exc}") from exc

    def _params(self, s: GenerationSettings) -> Any:
        return self._vllm.SamplingParams(
            max_tokens=s.max_tokens,
            temperature=s.temperature,
            top_p=s.top_p,
            seed=s.seed,
            stop=list(s.stop) or None,
        )

    def _chat(self, batch: Sequence[Request]) -> list[Generation]:
        start = time.perf_counter()
        outputs = self._llm.chat(
            [openai_messages(r.messages) for r in batch],
            sampling_params=[self._params(r.settings) for r in batch],
            use_tqdm=False,
        )
        elapsed = time.perf_counter() - start
        return [_to_generation(out, elapsed) for out in outputs]

    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield results chunk by chunk; a failing chunk is re-run request by request."""
        requests = list(requests)
        for i in range(0, len(requests), self._chunk_size):
            batch = requests[i : i + self._chunk_size]
            try:
                gens = self._chat(batch)
            except (ValueError, RuntimeError, MedstepError):
                gens = [self._one(r) for r in batch]
            yield from zip(batch, gens)

    def _one(self, req: Request) -> Generation:
        try:
            return self._chat([req])[0]
        except (ValueError, RuntimeError, MedstepError) as exc:
            return Generation(text="", error=f"vllm: {type(exc).__name__}: {exc}")

    def close(self) -> None:
        """Drop the engine so its GPU memory can be reclaimed."""
        self._llm = None


def _to_generation(out: Any, latency_s: float) -> Generation:
    completion = out.outputs[0]
    prompt_ids = getattr(out, "prompt_token_ids", None)
    return Generation(
        text=completion.text,
        latency_s=latency_s,
        prompt_tokens=len(prompt_ids) if prompt_ids is not None else None,
        completion_tokens=len(completion.token_ids),
        finish_reason=completion.finish_reason,
    )
