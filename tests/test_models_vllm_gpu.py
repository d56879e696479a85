"""The vllm backend: its engine options on any machine (a stand-in ``vllm`` module records them),
and a real generation on a GPU (marked ``gpu``: skipped where CUDA or vllm is missing).

On a GPU machine: ``pip install -e '.[dev,vllm]' && pytest -m gpu -q`` (README: GPU checks).
"""

from __future__ import annotations

import importlib.util
import io
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from medstep.models import BackendOptions
from medstep.types import GenerationSettings, ImageRef, Message, Request


def _fake_vllm(calls: list[dict[str, Any]]) -> types.ModuleType:
    mod = types.ModuleType("vllm")

    class LLM:
        def __init__(self, **kwargs: Any) -> None:
            calls.append(kwargs)

    mod.LLM = LLM  # type: ignore[attr-defined]
    mod.SamplingParams = dict  # type: ignore[attr-defined]
    return mod


def test_engine_options_reach_vllm(monkeypatch: pytest.MonkeyPatch) -> None:
    from medstep.models.vllm_backend import VLLMBackend

    calls: list[dict[str, Any]] = []
    monkeypatch.setitem(sys.modules, "vllm", _fake_vllm(calls))
    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake engine stands for a reachable hub
    VLLMBackend("org/m", BackendOptions(n_ctx=2048, tensor_parallel=4, prefix_caching=False), max_images=2)
    VLLMBackend("org/m", BackendOptions(data_parallel=2))
    assert calls[0] == {"model": "org/m", "max_model_len": 2048, "tensor_parallel_size": 4,
                        "enable_prefix_caching": False, "limit_mm_per_prompt": {"image": 2}}
    assert calls[1]["data_parallel_size"] == 2 and calls[1]["enable_prefix_caching"] is True


def _cuda() -> bool:
    if importlib.util.find_spec("torch") is None:
        return False
    import torch

    return bool(torch.cuda.is_available())


gpu = pytest.mark.skipif(not _cuda() or importlib.util.find_spec("vllm") is None,
                         reason="needs a CUDA GPU and vllm (pip install 'medstep[vllm]')")


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 40, 40)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.gpu
@pytest.mark.slow
@gpu
def test_vllm_generates_text_and_image_requests_on_a_gpu(tiny_llava: Path) -> None:
    """The tiny random LLaVA through vLLM's offline engine: every request gets a generation with token
    counts (the text is noise: random weights), the image request included."""
    from medstep.models.vllm_backend import VLLMBackend

    backend = VLLMBackend(str(tiny_llava), BackendOptions(n_ctx=512), f"vllm:{tiny_llava}", max_images=1)
    try:
        s = GenerationSettings(max_tokens=8)
        reqs = [Request("t", "t", (Message("user", "Is the heart enlarged?"),), s),
                Request("i", "i", (Message("user", "What organ is shown?", (ImageRef(data=_png()),)),), s)]
        results = dict((r.key, g) for r, g in backend.generate(reqs))
    finally:
        backend.close()
    assert set(results) == {"t", "i"}
    for gen in results.values():
        assert not gen.failed, gen.error
        assert gen.completion_tokens and gen.prompt_tokens and gen.finish_reason in ("length", "stop")
    assert results["i"].prompt_tokens > results["t"].prompt_tokens  # the image's tokens are in the prompt
