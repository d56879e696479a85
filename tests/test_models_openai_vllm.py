"""VLLMBackend's own logic (message/settings mapping, chunking, failure isolation).

vLLM needs a GPU, so a small stand-in ``vllm`` module that records what it
is given replaces it here. The stand-in follows the documented shapes:
``LLM.chat(conversations, sampling_params=[...], use_tqdm=False)`` returning
objects with ``outputs[0].text/token_ids/finish_reason`` and
``prompt_token_ids``.
"""

from __future__ import annotations

import io
import sys
import types
from dataclasses import dataclass, field
from typing import Any

import pytest
from PIL import Image

from medstep.models import BackendOptions, load_backend
from medstep.types import GenerationSettings, ImageRef, MedstepError, Message, Request


@dataclass
class _Params:
    max_tokens: int
    temperature: float
    top_p: float
    seed: int | None
    stop: list[str] | None


@dataclass
class _Completion:
    text: str
    token_ids: list[int]
    finish_reason: str


@dataclass
class _Output:
    outputs: list[_Completion]
    prompt_token_ids: list[int]


@dataclass
class _FakeLLM:
    kwargs: dict[str, Any]
    calls: list[int] = field(default_factory=list)

    def chat(self, conversations: list, sampling_params: list, use_tqdm: bool) -> list[_Output]:
        assert use_tqdm is False and len(conversations) == len(sampling_params)
        self.calls.append(len(conversations))
        out = []
        for conv, params in zip(conversations, sampling_params):
            content = conv[-1]["content"]
            text = content if isinstance(content, str) else content[-1]["text"]
            if "TOO LONG" in text:
                raise ValueError("prompt exceeds max_model_len")
            n_images = 0 if isinstance(content, str) else sum(p["type"] == "image_url" for p in content)
            reply = f"{text} | images={n_images} | max={params.max_tokens}"
            out.append(_Output([_Completion(reply, [1, 2, 3], "stop")], [0] * 5))
        return out


@pytest.fixture
def fake_vllm(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("vllm")
    module.LLM = lambda **kw: _FakeLLM(kw)  # type: ignore[attr-defined]
    module.SamplingParams = _Params  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vllm", module)
    monkeypatch.setattr("medstep.hub.unreachable", lambda: None)  # the fake engine stands for a reachable hub
    return module


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (4, 4), 128).save(buf, format="PNG")
    return buf.getvalue()


def _req(i: int, text: str, image: bool = False) -> Request:
    images = (ImageRef(data=_png()),) if image else ()
    settings = GenerationSettings(max_tokens=10 + i, seed=None, stop=("###",))
    return Request(f"k{i}", f"s{i}", (Message("user", text, images),), settings)


def test_vllm_maps_messages_settings_and_outputs(fake_vllm: types.ModuleType) -> None:
    backend = load_backend("vllm:org/med-vlm", BackendOptions(n_ctx=2048))
    assert backend._llm.kwargs == {"model": "org/med-vlm", "max_model_len": 2048, "tensor_parallel_size": 1,
                                   "enable_prefix_caching": True}
    [(req, gen)] = list(backend.generate([_req(1, "Which side?", image=True)]))
    assert gen.text == "Which side? | images=1 | max=11"
    assert (gen.prompt_tokens, gen.completion_tokens, gen.finish_reason, gen.error) == (5, 3, "stop", None)
    assert backend.spec == "vllm:org/med-vlm"


def test_vllm_chunks_and_isolates_a_failing_prompt(fake_vllm: types.ModuleType) -> None:
    from medstep.models.vllm_backend import VLLMBackend

    backend = VLLMBackend("m", BackendOptions(), "vllm:m", chunk_size=3)
    reqs = [_req(i, f"q{i}") for i in range(5)] + [_req(5, "q5 TOO LONG")]
    out = list(backend.generate(reqs))
    assert [r.key for r, _ in out] == [r.key for r in reqs]
    failed = {r.key: g.error for r, g in out if g.failed}
    assert list(failed) == ["k5"] and "prompt exceeds max_model_len" in failed["k5"]
    # chunk 1 (3 requests) in one call; chunk 2 failed as a whole, then 3 single calls
    assert backend._llm.calls == [3, 3, 1, 1, 1]


def test_vllm_max_images_from_spec(fake_vllm: types.ModuleType) -> None:
    backend = load_backend("vllm:org/m+max_images=3")
    assert backend._llm.kwargs["limit_mm_per_prompt"] == {"image": 3}
    with pytest.raises(MedstepError, match=r"\+max_images= needs a positive integer"):
        load_backend("vllm:org/m+max_images=lots")
