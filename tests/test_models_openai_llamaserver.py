"""OpenAIBackend against a real ``llama_cpp.server`` with a tiny random GGUF + projector.

The stub server checks the backend's mechanics; this checks that what it sends
is accepted by a real OpenAI-compatible server (image data URLs through the
vision projector, settings) and that it reads real responses (usage,
finish_reason), and that greedy results equal those of the plain client.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("uvicorn")

from support.llama_server import MODEL_ALIAS, llama_server  # noqa: E402
from support.local_requests import image_request  # noqa: E402
from support.tiny_models import build_tiny_gguf, build_tiny_mmproj  # noqa: E402

from medstep.models import BackendOptions, load_backend  # noqa: E402
from medstep.models.images import openai_messages  # noqa: E402
from medstep.types import GenerationSettings  # noqa: E402

GREEDY = GenerationSettings(max_tokens=6)


@pytest.mark.slow
def test_backend_on_llama_cpp_server_matches_plain_client(tiny_gguf: Path) -> None:
    import openai

    model, mmproj = build_tiny_gguf(tiny_gguf.parent), build_tiny_mmproj(tiny_gguf.parent)
    reqs = [image_request(i, GREEDY) for i in range(4)]
    with llama_server(model, mmproj, n_ctx=1024) as server:
        spec = f"openai:{MODEL_ALIAS}@{server.base_url}"
        with load_backend(spec, BackendOptions(concurrency=2, timeout_s=60)) as backend:
            out = {r.sample_id: g for r, g in backend.generate(reqs)}
        plain = openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0)
        expected = plain.chat.completions.create(
            model=MODEL_ALIAS, messages=openai_messages(reqs[1].messages), max_tokens=6,
            temperature=0.0, top_p=1.0, seed=0,
        )
    assert set(out) == {r.sample_id for r in reqs}
    for gen in out.values():
        assert gen.error is None, gen.error
        assert gen.text and gen.finish_reason in ("stop", "length")
        # llama-cpp-python re-tokenises the returned text to count it, so the count can
        # exceed max_tokens by a little; it is read from the server, not computed by us.
        assert gen.completion_tokens is not None and gen.completion_tokens > 0
        assert gen.prompt_tokens and gen.prompt_tokens > 16  # image embeddings were counted
    assert out["s1"].text == expected.choices[0].message.content
