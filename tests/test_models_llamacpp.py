"""LlamaCppBackend (embedded llama.cpp) and the llama.cpp server helper, on tiny random GGUFs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp")

from support.llama_server import (  # noqa: E402
    MODEL_ALIAS,
    ServerStartError,
    llama_server,
    start_llama_server,
)
from support.local_requests import image_request, png_bytes  # noqa: E402
from support.tiny_models import build_tiny_gguf, build_tiny_mmproj  # noqa: E402

from medstep.models.base import Backend, BackendOptions  # noqa: E402
from medstep.models.chat import image_data_uri  # noqa: E402
from medstep.models.llamacpp_backend import LlamaCppBackend  # noqa: E402
from medstep.types import GenerationSettings, ImageRef, MedstepError, Message, Request  # noqa: E402

GREEDY = GenerationSettings(max_tokens=8)


@pytest.fixture(scope="module")
def gguf_dir(tiny_gguf: Path) -> Path:
    """The folder of the session's tiny GGUF (conftest), with the matching mmproj added."""
    build_tiny_mmproj(tiny_gguf.parent)
    return tiny_gguf.parent


@pytest.fixture(scope="module")
def vision_backend(gguf_dir: Path) -> LlamaCppBackend:
    backend = LlamaCppBackend(
        build_tiny_gguf(gguf_dir), build_tiny_mmproj(gguf_dir), BackendOptions(n_ctx=1024, n_threads=1), "llamacpp:v"
    )
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def text_backend(gguf_dir: Path) -> LlamaCppBackend:
    backend = LlamaCppBackend(build_tiny_gguf(gguf_dir), None, BackendOptions(n_ctx=1024, n_threads=1), "llamacpp:t")
    yield backend
    backend.close()


def _run(backend: LlamaCppBackend, requests: list[Request]) -> dict:
    out = {req.sample_id: gen for req, gen in backend.generate(requests)}
    assert set(out) == {r.sample_id for r in requests}
    return out


def test_text_generation_is_deterministic(text_backend: LlamaCppBackend) -> None:
    assert isinstance(text_backend, Backend)
    reqs = [image_request(i, GREEDY, with_image=False) for i in range(3)]
    first, second = _run(text_backend, reqs), _run(text_backend, reqs)
    for sid, gen in first.items():
        assert gen.error is None, gen.error
        assert gen.text and gen.text == second[sid].text
        assert gen.prompt_tokens and gen.prompt_tokens > 5
        assert gen.finish_reason in {"stop", "length"}
    assert len({g.text for g in first.values()}) > 1, "different prompts give different outputs"


def test_stop_string_and_length_finish(text_backend: LlamaCppBackend) -> None:
    req = image_request(0, GenerationSettings(max_tokens=12), with_image=False)
    full = _run(text_backend, [req])["s0"]
    assert full.finish_reason == "length" and full.completion_tokens == 12
    stop = full.text[3:5]
    cut = full.text[: full.text.index(stop)]
    stopped = Request(key="k", sample_id="s0", messages=req.messages,
                      settings=GenerationSettings(max_tokens=12, stop=(stop,)))
    gen = _run(text_backend, [stopped])["s0"]
    assert gen.text == cut and gen.finish_reason == "stop"


def test_image_requests_use_the_projector(vision_backend: LlamaCppBackend) -> None:
    reqs = [image_request(i, GREEDY) for i in range(2)]
    same_text_other_image = Request(key="o", sample_id="other", messages=(
        reqs[0].messages[0],
        Message(role="user", text=reqs[0].messages[1].text, images=(ImageRef(data=png_bytes(7)),)),
    ), settings=GREEDY)
    out = _run(vision_backend, reqs + [same_text_other_image])
    assert all(g.error is None for g in out.values()), [g.error for g in out.values()]
    # 16 image embeddings are part of the prompt, and the pixels change the answer.
    assert out["s0"].prompt_tokens > 16
    assert out["s0"].text != out["other"].text
    again = _run(vision_backend, reqs[:1])
    assert again["s0"].text == out["s0"].text


def test_llava15_handler_by_name(gguf_dir: Path) -> None:
    with LlamaCppBackend(build_tiny_gguf(gguf_dir), build_tiny_mmproj(gguf_dir),
                         BackendOptions(n_ctx=1024, n_threads=1), "llamacpp:l", handler="llava-1-5") as backend:
        gen = _run(backend, [image_request(1, GREEDY)])["s1"]
    assert backend.llm is None
    assert gen.error is None and gen.text


def test_per_request_failures_do_not_raise(text_backend: LlamaCppBackend, gguf_dir: Path) -> None:
    out = _run(text_backend, [image_request(0, GREEDY), image_request(1, GREEDY, with_image=False)])
    assert out["s0"].failed and "mmproj" in out["s0"].error
    assert not out["s1"].failed
    small = LlamaCppBackend(build_tiny_gguf(gguf_dir), None, BackendOptions(n_ctx=32, n_threads=1), "llamacpp:s")
    long_req = Request(key="long", sample_id="long", messages=(Message(role="user", text="effusion " * 200),),
                       settings=GREEDY)
    out = _run(small, [long_req, image_request(2, GenerationSettings(max_tokens=2), with_image=False)])
    small.close()
    assert out["long"].failed and "context" in out["long"].error.lower()


def test_bad_image_fails_only_its_request(vision_backend: LlamaCppBackend) -> None:
    bad = Request(key="b", sample_id="bad", messages=(
        Message(role="user", text="What?", images=(ImageRef(data=b"garbage", name="broken.jpg"),)),
    ), settings=GREEDY)
    out = _run(vision_backend, [bad, image_request(3, GREEDY)])
    assert out["bad"].failed and "broken.jpg" in out["bad"].error
    assert not out["s3"].failed


def test_construction_errors_are_clear(gguf_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(MedstepError, match="not found"):
        LlamaCppBackend(tmp_path / "missing.gguf", None, BackendOptions(), "llamacpp:m")
    with pytest.raises(MedstepError, match="unknown llama.cpp chat handler"):
        LlamaCppBackend(build_tiny_gguf(gguf_dir), build_tiny_mmproj(gguf_dir), BackendOptions(), "x", handler="nope")
    no_template = build_tiny_gguf(tmp_path, chat_template=False)
    with pytest.raises(MedstepError, match="no chat template"):
        LlamaCppBackend(no_template, None, BackendOptions(n_ctx=256), "llamacpp:nt")
    not_gguf = tmp_path / "fake.gguf"
    not_gguf.write_bytes(b"this is not a gguf file")
    with pytest.raises(MedstepError, match="fake.gguf"):
        LlamaCppBackend(not_gguf, None, BackendOptions(), "llamacpp:f")


def test_data_uri_reencodes_unusual_formats() -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (8, 8), 128).save(buf, format="TIFF")
    assert image_data_uri(ImageRef(data=buf.getvalue())).startswith("data:image/png;base64,")
    assert image_data_uri(ImageRef(data=png_bytes(1))).startswith("data:image/png;base64,")


@pytest.mark.slow
def test_server_helper_answers_openai_client_and_restarts(gguf_dir: Path) -> None:
    import openai

    model, mmproj = build_tiny_gguf(gguf_dir), build_tiny_mmproj(gguf_dir)
    with llama_server(model, mmproj, n_ctx=1024) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0)
        assert [m.id for m in client.models.list().data] == [MODEL_ALIAS]
        messages = [{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": image_data_uri(ImageRef(data=png_bytes(2)))}},
            {"type": "text", "text": "Is there an effusion?"},
        ]}]
        first = client.chat.completions.create(model=MODEL_ALIAS, messages=messages, max_tokens=6, temperature=0)
        assert first.choices[0].message.content
        assert first.usage.prompt_tokens > 16  # the image embeddings were counted
        server.kill()
        assert not server.alive
        with pytest.raises(openai.APIConnectionError):
            client.chat.completions.create(model=MODEL_ALIAS, messages=messages, max_tokens=6, temperature=0)
        server.restart()
        again = client.chat.completions.create(model=MODEL_ALIAS, messages=messages, max_tokens=6, temperature=0)
        assert again.choices[0].message.content == first.choices[0].message.content
        process = server.process
    assert process.poll() is not None, "the context manager stops the (restarted) server"


@pytest.mark.slow
def test_server_helper_reports_a_failed_start(tmp_path: Path) -> None:
    with pytest.raises(ServerStartError, match="exited with code") as info:
        start_llama_server(tmp_path / "missing.gguf", startup_timeout=30)
    assert "missing.gguf" in str(info.value), "the log tail explains why"


def test_import_is_cheap() -> None:
    code = "import sys, medstep.models.llamacpp_backend; print('llama_cpp' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
