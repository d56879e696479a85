"""Multi-image questions through every backend, and the up-front guards on image counts.

The OpenAI content list is covered end to end in ``test_eval_seed_e2e.py``
(MedSG-Bench sequences); here the in-process backends (HF processors,
llama.cpp multi-image chat) must show that *every* image reaches the model:
changing only the second image changes the greedy answer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support.local_requests import png_bytes

from medstep.models.base import BackendOptions
from medstep.models.spec import BACKENDS, parse_spec
from medstep.pipeline import _check_image_counts
from medstep.types import AnswerType, GenerationSettings, ImageRef, InvalidSetting, MedstepError, Message, Request, Sample

GREEDY = GenerationSettings(max_tokens=8, temperature=0.0)


def _request(sid: str, seeds: tuple[int, ...]) -> Request:
    images = tuple(ImageRef(data=png_bytes(s), name=f"img{s}.png") for s in seeds)
    return Request(key=sid, sample_id=sid, settings=GREEDY, messages=(
        Message(role="user", text="Compare the two scans. What changed?", images=images),))


def _run(backend, requests: list[Request]) -> dict:
    out = {req.sample_id: gen for req, gen in backend.generate(requests)}
    assert all(g.error is None for g in out.values()), [g.error for g in out.values()]
    return out


def test_hf_processor_takes_every_image_of_a_request(tiny_llava: Path) -> None:
    from medstep.models.hf_backend import HFBackend

    backend = HFBackend(str(tiny_llava), BackendOptions(batch_size=4, device="cpu", n_threads=1), "hf:multi")
    try:
        out = _run(backend, [_request("one", (1,)), _request("two", (1, 2)), _request("two-b", (1, 9)),
                             _request("three", (1, 2, 3))])
    finally:
        backend.close()
    # each image adds its 16 expanded tokens to the prompt
    assert out["two"].prompt_tokens - out["one"].prompt_tokens == 16
    assert out["three"].prompt_tokens - out["two"].prompt_tokens == 16
    assert out["two"].text != out["two-b"].text  # only the second image differs


def test_hf_single_image_template_is_a_clear_error(tiny_llava: Path) -> None:
    from medstep.models.hf_backend import HFBackend

    backend = HFBackend(str(tiny_llava), BackendOptions(batch_size=4, device="cpu", n_threads=1), "hf:single")
    try:
        # a template that writes one image token whatever the conversation holds, as single-image models' do
        backend.processor.chat_template = (
            "{% for m in messages %}USER: <image>\n{% for c in m['content'] %}{% if c['type'] == 'text' %}"
            "{{ c['text'] }}{% endif %}{% endfor %}{% endfor %}ASSISTANT:")
        out = {r.sample_id: g for r, g in backend.generate([_request("one", (1,)), _request("two", (1, 2))])}
    finally:
        backend.close()
    assert out["one"].error is None
    assert out["two"].failed and "has 2 images but the chat template" in out["two"].error
    assert "cannot take several images in one prompt" in out["two"].error


@pytest.mark.slow
def test_llamacpp_multi_image_chat(tiny_gguf: Path) -> None:
    pytest.importorskip("llama_cpp")
    from support.tiny_models import build_tiny_gguf, build_tiny_mmproj

    from medstep.models.llamacpp_backend import LlamaCppBackend

    folder = tiny_gguf.parent
    backend = LlamaCppBackend(build_tiny_gguf(folder), build_tiny_mmproj(folder),
                              BackendOptions(n_ctx=1024, n_threads=1), "llamacpp:multi")
    try:
        out = _run(backend, [_request("one", (1,)), _request("two", (1, 2)), _request("two-b", (1, 9))])
    finally:
        backend.close()
    assert out["two"].prompt_tokens >= out["one"].prompt_tokens + 16
    assert out["two"].text != out["two-b"].text


def _samples(counts: list[int]) -> list[Sample]:
    return [Sample(id=f"s{i}", question="q", answer="yes", answer_type=AnswerType.CLOSED,
                   images=tuple(ImageRef(data=png_bytes(k)) for k in range(n))) for i, n in enumerate(counts)]


def test_max_images_guard_and_vllm_spec_limit_are_checked_up_front() -> None:
    samples = _samples([1, 3, 2])
    assert _check_image_counts(parse_spec("openai:m@http://127.0.0.1:1/v1"), samples, None) == 3
    with pytest.raises(InvalidSetting, match=r"at least 3 .*1 have more than 2 images; 's1' has 3"):
        _check_image_counts(parse_spec("openai:m@http://127.0.0.1:1/v1"), samples, 2)
    with pytest.raises(MedstepError, match=r"accepts 1 image\(s\) per prompt but sample 's1' has 3.*max_images=3"):
        _check_image_counts(parse_spec("vllm:org/m+max_images=1"), samples, None)


def test_vllm_gets_the_run_image_limit_unless_its_spec_names_one() -> None:
    calls: list[dict] = []

    class Fake:
        def __init__(self, *args: object, **kwargs: object) -> None:
            calls.append(kwargs)

    opts = replace(BackendOptions(), max_images=4)
    BACKENDS["vllm"].build(Fake, parse_spec("vllm:org/m"), opts)
    BACKENDS["vllm"].build(Fake, parse_spec("vllm:org/m+max_images=2"), opts)
    assert calls == [{"max_images": 4}, {"max_images": 2}]


def test_cli_names_the_flag(tmp_path) -> None:
    from typer.testing import CliRunner

    from medstep.cli import app
    from medstep.cli_errors import _message
    from support.fixtures_seed import write_medsg

    data = write_medsg(tmp_path / "sg")
    res = CliRunner().invoke(app, ["eval", "--benchmark", "medsg-bench", "--data", str(data), "--model",
                                   "openai:m@http://127.0.0.1:9/v1", "--max-images", "2", "--out", str(tmp_path / "r")])
    assert isinstance(res.exception, InvalidSetting)
    assert _message(res.exception).startswith("--max-images must be at least 3")
    assert not (tmp_path / "r" / "summary.json").exists()  # refused before anything was run
