"""HFBackend on tiny random models: batching correctness, error isolation, decoding details."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.local_requests import image_request
from support.tiny_models import build_tiny_gemma3, build_tiny_qwen25vl, build_tiny_text_llama

from medstep.models.base import Backend, BackendOptions
from medstep.models.hf_backend import HFBackend
from medstep.types import GenerationSettings, ImageRef, MedstepError, Message, Request

GREEDY = GenerationSettings(max_tokens=10, temperature=0.0)


@pytest.fixture(scope="module", autouse=True)
def _one_torch_thread():
    """The backends below run with n_threads=1 (tiny models are fastest on one thread on a busy
    machine); torch's thread count is process-wide, so put it back for other test modules."""
    import torch

    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


def _opts(batch_size: int) -> BackendOptions:
    return BackendOptions(batch_size=batch_size, device="cpu", n_threads=1)


@pytest.fixture(scope="module")
def llava_dir(tiny_llava: Path) -> Path:
    """The session's tiny LLaVA (conftest builds it once with ``build_tiny_llava``)."""
    return tiny_llava


@pytest.fixture(scope="module")
def llava8(llava_dir: Path) -> HFBackend:
    return HFBackend(str(llava_dir), _opts(8), f"hf:{llava_dir}")


def _run(backend: HFBackend, requests: list[Request]) -> dict[str, object]:
    out = {}
    for req, gen in backend.generate(requests):
        assert req.sample_id not in out, "each request must be yielded exactly once"
        out[req.sample_id] = gen
    assert set(out) == {r.sample_id for r in requests}
    return out


def test_batch_of_8_equals_one_by_one(llava_dir: Path, llava8: HFBackend) -> None:
    """The key batching check: left padding must not change any greedy output."""
    requests = [image_request(i, GREEDY) for i in range(8)]
    batched = _run(llava8, requests)
    single = HFBackend(str(llava_dir), _opts(1), "hf:single")
    one_by_one = _run(single, requests)
    for sid, gen in batched.items():
        assert gen.error is None, gen.error
        assert gen.text == one_by_one[sid].text, sid
        assert gen.completion_tokens == one_by_one[sid].completion_tokens
        assert gen.prompt_tokens == one_by_one[sid].prompt_tokens
        assert gen.finish_reason in {"stop", "length"}
        assert gen.latency_s > 0
    # Prompts of different lengths were really padded together (not all equal length) ...
    assert len({g.prompt_tokens for g in batched.values()}) > 1
    # ... and the outputs depend on the inputs (a model ignoring its input would pass trivially).
    assert len({g.text for g in batched.values()}) >= 6


def test_image_reaches_the_model(llava8: HFBackend) -> None:
    """Same text, different image -> different output; proves pixels are not dropped."""
    a = image_request(0, GREEDY)
    b = Request(key="other", sample_id="other", messages=(
        a.messages[0],
        Message(role="user", text=a.messages[1].text, images=image_request(5, GREEDY).messages[1].images),
    ), settings=GREEDY)
    out = _run(llava8, [a, b])
    assert out["s0"].text != out["other"].text


def test_token_counts_and_length_finish(llava8: HFBackend) -> None:
    settings = GenerationSettings(max_tokens=4)
    out = _run(llava8, [image_request(i, settings) for i in range(3)])
    for gen in out.values():
        assert gen.completion_tokens is not None and gen.completion_tokens <= 4
        if gen.finish_reason == "length":
            assert gen.completion_tokens == 4
        # 16 image tokens + the templated text: the prompt count includes the expanded image.
        assert gen.prompt_tokens is not None and gen.prompt_tokens > 16


def test_stop_string_truncates_output(llava8: HFBackend) -> None:
    req = image_request(1, GREEDY)
    full = _run(llava8, [req])["s1"].text
    stop = next(full[i : i + 2] for i in range(2, len(full) - 1) if full[i : i + 2].strip() and full[i : i + 2] not in full[:i])
    cut = full[: full.index(stop)]
    stopped = Request(key="k", sample_id="s1", messages=req.messages,
                      settings=GenerationSettings(max_tokens=10, stop=(stop,)))
    gen = _run(llava8, [stopped])["s1"]
    assert gen.text == cut
    assert gen.finish_reason == "stop"


def test_sampling_is_seeded(llava8: HFBackend) -> None:
    """temperature > 0 samples; the same seed and batch give the same text, another seed differs."""
    def texts(seed: int) -> list[str]:
        settings = GenerationSettings(max_tokens=10, temperature=1.5, seed=seed)
        return [g.text for _, g in llava8.generate([image_request(i, settings) for i in range(4)])]

    first = texts(1)
    assert texts(1) == first
    assert texts(2) != first
    assert first != [g.text for _, g in llava8.generate([image_request(i, GREEDY) for i in range(4)])]


def test_bad_image_fails_only_its_request(llava8: HFBackend) -> None:
    bad = Request(key="bad", sample_id="bad", messages=(
        Message(role="user", text="What is this?", images=(ImageRef(data=b"not an image", name="broken.png"),)),
    ), settings=GREEDY)
    out = _run(llava8, [image_request(0, GREEDY), bad, image_request(1, GREEDY)])
    assert out["bad"].failed and "broken.png" in out["bad"].error
    assert not out["s0"].failed and not out["s1"].failed


def test_failing_batch_is_retried_one_by_one(llava_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch that fails (here: 'out of memory' whenever more than one row) is retried per request."""
    backend = HFBackend(str(llava_dir), _opts(4), "hf:x")
    real_generate = backend.model.generate

    def no_room_for_two(*args, **kwargs):
        if kwargs["input_ids"].shape[0] > 1:
            raise RuntimeError("simulated out of memory")
        return real_generate(*args, **kwargs)

    monkeypatch.setattr(backend.model, "generate", no_room_for_two)
    requests = [image_request(i, GREEDY) for i in range(4)]
    out = _run(backend, requests)
    assert all(not g.failed and g.text for g in out.values())
    reference = _run(HFBackend(str(llava_dir), _opts(1), "hf:ref"), requests)
    assert {k: g.text for k, g in out.items()} == {k: g.text for k, g in reference.items()}


def test_request_failing_alone_is_the_only_failure(llava_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = HFBackend(str(llava_dir), _opts(4), "hf:x")
    real_generate = backend.model.generate
    poison_len = None

    def poisoned(*args, **kwargs):
        # The request whose prompt is longest in the batch "crashes" the model, alone or batched.
        if kwargs["input_ids"].shape[1] == poison_len:
            raise RuntimeError("simulated kernel error")
        return real_generate(*args, **kwargs)

    requests = [image_request(i, GREEDY) for i in range(4)]
    lengths = {sid: g.prompt_tokens for sid, g in _run(backend, requests).items()}
    poison_len = max(lengths.values())
    poisoned_ids = {sid for sid, n in lengths.items() if n == poison_len}
    monkeypatch.setattr(backend.model, "generate", poisoned)
    out = _run(backend, requests)
    failed = {sid for sid, g in out.items() if g.failed}
    assert failed == poisoned_ids
    for sid in failed:
        error = out[sid].error
        assert "failed alone" in error and "simulated kernel error" in error
        assert all(s in error for s in out), "the error names the samples of the failed batch"


def test_mixed_image_and_text_requests(llava8: HFBackend) -> None:
    """Image and text-only requests in one call are batched apart and both succeed."""
    requests = [image_request(i, GREEDY, with_image=i % 2 == 0) for i in range(4)]
    text_twin = image_request(0, GREEDY, with_image=False)
    text_twin = Request(key="twin", sample_id="twin", messages=text_twin.messages, settings=GREEDY)
    out = _run(llava8, requests + [text_twin])
    assert all(not g.failed for g in out.values())
    # Same text with and without the image: the image adds exactly its 16 expanded tokens.
    assert out["s0"].prompt_tokens - out["twin"].prompt_tokens == 16


def test_gemma3_batched_equals_single(tmp_path: Path) -> None:
    model_dir = build_tiny_gemma3(tmp_path / "gemma3")
    requests = [image_request(i, GREEDY) for i in range(4)]
    batched = _run(HFBackend(str(model_dir), _opts(4), "hf:g"), requests)
    single = _run(HFBackend(str(model_dir), _opts(1), "hf:g"), requests)
    assert {k: g.text for k, g in batched.items()} == {k: g.text for k, g in single.items()}
    assert all(not g.failed for g in batched.values())
    assert len({g.text for g in batched.values()}) > 1


def test_qwen25vl_batched_equals_single(tmp_path: Path) -> None:
    """Qwen2.5-VL (mrope positions, no video processor saved) loads with images and batches correctly."""
    model_dir = build_tiny_qwen25vl(tmp_path / "qwen")
    batched_backend = HFBackend(str(model_dir), _opts(4), "hf:q")
    assert batched_backend.multimodal, "images must reach the model even without a video processor"
    requests = [image_request(i, GREEDY) for i in range(4)]
    batched = _run(batched_backend, requests)
    single = _run(HFBackend(str(model_dir), _opts(1), "hf:q"), requests)
    assert all(not g.failed for g in batched.values()), [g.error for g in batched.values()]
    assert {k: g.text for k, g in batched.items()} == {k: g.text for k, g in single.items()}
    other_image = Request(key="o", sample_id="o", messages=(
        requests[0].messages[0],
        Message(role="user", text=requests[0].messages[1].text, images=requests[3].messages[1].images),
    ), settings=GREEDY)
    assert _run(batched_backend, [other_image])["o"].text != batched["s0"].text


def test_text_only_model_uses_causal_lm_and_rejects_images(tmp_path: Path) -> None:
    model_dir = build_tiny_text_llama(tmp_path / "text")
    backend = HFBackend(str(model_dir), _opts(4), "hf:t")
    assert not backend.multimodal
    assert isinstance(backend, Backend)
    text_reqs = [image_request(i, GREEDY, with_image=False) for i in range(3)]
    out = _run(backend, text_reqs + [image_request(9, GREEDY)])
    assert out["s9"].failed and "text-only" in out["s9"].error
    assert all(not out[f"s{i}"].failed for i in range(3))
    with HFBackend(str(model_dir), _opts(1), "hf:t") as single_backend:
        single = _run(single_backend, text_reqs)
    assert single_backend.model is None, "leaving the with-block closes the backend"
    assert all(single[k].text == out[k].text for k in single)
    backend.close()


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MedstepError, match="no_such_model"):
        HFBackend(str(tmp_path / "no_such_model"), BackendOptions(device="cpu"), "hf:none")


def test_import_is_cheap() -> None:
    """Importing the module must not import torch (the registry imports it lazily anyway)."""
    code = "import sys, medstep.models.hf_backend, medstep.models.chat; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("path", ["/nonexistent/model", "./no-such-model", "~/no-such-model-dir"])
def test_a_missing_local_model_folder_is_named(path):
    # a path is not sent to the hub loader, whose error speaks of repo-id characters
    with pytest.raises(MedstepError, match=r"no such model folder"):
        HFBackend(path, BackendOptions(), f"hf:{path}")
