"""OpenAIBackend against the in-process stub server (tests/support/stub_openai_server.py)."""

from __future__ import annotations

import asyncio
import base64
import io
import socket
import threading
import time
from typing import Iterator

import pytest
from PIL import Image

from medstep.models import BackendOptions, load_backend
from medstep.models.openai_backend import Backoff, OpenAIBackend, _parse_completion, http_transport
from medstep.types import Generation, GenerationSettings, ImageRef, MedstepError, Message, Request
from support.stub_openai_server import StubConfig, StubOpenAIServer, spawn_stub_server

FAST_RETRY = Backoff(base_s=0.001, cap_s=0.01)


def _png(shade: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (6, 6), (shade, 40, 90)).save(buf, format="PNG")
    return buf.getvalue()


def _req(i: int, text: str, image: bytes | None = None, settings: GenerationSettings = GenerationSettings()) -> Request:
    images = (ImageRef(data=image, name=f"img{i}.png"),) if image is not None else ()
    return Request(key=f"k{i}", sample_id=f"s{i}", messages=(Message("user", text, images),), settings=settings)


def _backend(server: StubOpenAIServer, transport: str | None = None, **opts: object) -> OpenAIBackend:
    options = BackendOptions(**{"concurrency": 4, "max_retries": 3, "timeout_s": 10.0, **opts})
    return OpenAIBackend("stub", server.base_url, options, "openai:stub", backoff=FAST_RETRY,
                         transport=transport)


@pytest.fixture
def server() -> Iterator[StubOpenAIServer]:
    with StubOpenAIServer(StubConfig()) as s:
        yield s


@pytest.fixture(params=["httpx", "aiohttp"])
def transport(request: pytest.FixtureRequest) -> str:
    """Behaviour must not depend on the HTTP library under the openai client."""
    if request.param == "aiohttp" and http_transport() != "aiohttp":
        pytest.skip("openai[aiohttp] not installed")
    return request.param


def test_image_reaches_server_as_data_url_with_settings(server: StubOpenAIServer, transport: str) -> None:
    image = _png(7)
    settings = GenerationSettings(max_tokens=77, temperature=0.3, top_p=0.9, seed=5, stop=("END",))
    with _backend(server, transport) as backend:
        [(req, gen)] = list(backend.generate([_req(1, "Is the heart enlarged?", image, settings)]))
    assert req.key == "k1" and gen.error is None
    assert gen.text.endswith(("Answer: yes", "Answer: no"))
    body = server.stats.bodies[0]
    image_part, text_part = body["messages"][0]["content"]
    assert image_part["type"] == "image_url"
    prefix, b64 = image_part["image_url"]["url"].split(",", 1)
    assert prefix == "data:image/png;base64" and base64.b64decode(b64) == image
    assert text_part == {"type": "text", "text": "Is the heart enlarged?"}
    assert (body["model"], body["max_tokens"], body["temperature"], body["top_p"], body["seed"], body["stop"]) == (
        "stub", 77, 0.3, 0.9, 5, ["END"])


def test_no_seed_and_no_stop_are_omitted(server: StubOpenAIServer) -> None:
    with _backend(server) as backend:
        list(backend.generate([_req(1, "text only", settings=GenerationSettings(seed=None))]))
    body = server.stats.bodies[0]
    assert "seed" not in body and "stop" not in body
    assert body["messages"] == [{"role": "user", "content": "text only"}]


def test_usage_finish_reason_latency_and_reasoning_captured() -> None:
    with StubOpenAIServer(StubConfig(reasoning=True, delay_s=0.02)) as server, _backend(server) as backend:
        [(_, gen)] = list(backend.generate([_req(1, "Which lobe? [answer:left upper]")]))
    assert gen.text == "I looked at the image.\nAnswer: left upper"
    assert gen.reasoning == "Reasoning about: Which lobe? [answer:left upper]"
    assert gen.finish_reason == "stop"
    assert gen.prompt_tokens == 4 and gen.completion_tokens == 8  # stub counts words
    assert gen.latency_s >= 0.02


def test_retries_then_success(server: StubOpenAIServer, transport: str) -> None:
    """A request answered 429 twice succeeds on the third attempt; others go once."""
    reqs = [_req(0, "flaky one [flaky]"), _req(1, "steady one")]
    with _backend(server, transport, max_retries=3) as backend:
        out = dict((r.key, g) for r, g in backend.generate(reqs))
    assert out["k0"].error is None and out["k1"].error is None
    assert sorted(server.stats.request_counts.values()) == [1, 3]
    assert server.stats.statuses[429] == 2


def test_permanent_failure_is_an_error_generation_not_an_exception(server: StubOpenAIServer, transport: str) -> None:
    reqs = [_req(0, "doomed [always-fail]"), _req(1, "fine")]
    with _backend(server, transport, max_retries=2) as backend:
        out = dict((r.key, g) for r, g in backend.generate(reqs))
    bad, good = out["k0"], out["k1"]
    assert bad.failed and bad.text == ""
    assert "HTTP 500" in bad.error and "after 3 attempt(s)" in bad.error
    assert not good.failed
    assert server.stats.statuses[500] == 3  # 1 try + 2 retries, then given up


def test_client_errors_are_not_retried(server: StubOpenAIServer) -> None:
    with _backend(server, max_retries=3) as backend:
        [(_, gen)] = list(backend.generate([_req(0, "malformed [status:400]")]))
    assert gen.failed and "HTTP 400" in gen.error and "after 1 attempt(s)" in gen.error
    assert server.stats.chat_requests == 1


def test_too_few_retries_leave_flaky_request_failed(server: StubOpenAIServer) -> None:
    with _backend(server, max_retries=1) as backend:
        [(_, gen)] = list(backend.generate([_req(0, "[flaky]")]))
    assert gen.failed and "HTTP 429" in gen.error


def test_unreadable_image_fails_only_that_request(server: StubOpenAIServer) -> None:
    reqs = [_req(0, "broken", b"not an image"), _req(1, "ok", _png(1))]
    with _backend(server) as backend:
        out = dict((r.key, g) for r, g in backend.generate(reqs))
    assert out["k0"].failed and "img0.png" in out["k0"].error
    assert not out["k1"].failed
    assert server.stats.chat_requests == 1


def _free_port() -> int:
    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _loop_threads() -> int:
    return sum(t.name == "medstep-openai" for t in threading.enumerate())


def test_unreachable_server_is_one_error_at_construction(transport: str) -> None:
    port, before = _free_port(), _loop_threads()
    with pytest.raises(MedstepError, match=rf"cannot reach OpenAI-compatible server at http://127.0.0.1:{port}/v1"):
        OpenAIBackend("m", f"http://127.0.0.1:{port}/v1", BackendOptions(), transport=transport)
    assert _loop_threads() == before  # the failed backend cleaned up its thread


def test_api_key_is_sent_and_a_rejected_key_is_one_clear_error() -> None:
    with StubOpenAIServer(StubConfig(api_key="s3cret")) as server:
        with _backend(server, api_key="s3cret") as backend:
            [(_, gen)] = list(backend.generate([_req(0, "q")]))
        assert not gen.failed
        with pytest.raises(MedstepError, match="rejected the API key"):
            _backend(server, api_key="wrong")
    assert server.stats.chat_requests == 1


def test_base_url_without_v1_is_one_clear_error(server: StubOpenAIServer) -> None:
    root = server.base_url.rsplit("/v1", 1)[0]
    with pytest.raises(MedstepError, match="usually ends in /v1"):
        OpenAIBackend("stub", root, BackendOptions())


def test_server_lost_mid_run_gives_failed_generations_then_recovers() -> None:
    server = StubOpenAIServer(StubConfig())
    with server:
        backend = _backend(server, max_retries=1)
        port = int(server.base_url.split(":")[-1].split("/")[0])
    try:  # the server is gone: each request fails after its retries, nothing raises
        out = [g for _, g in backend.generate([_req(i, f"q{i}") for i in range(3)])]
        assert all(g.failed for g in out), out
        assert all("Connection" in g.error or "Timeout" in g.error for g in out), out
        with StubOpenAIServer(StubConfig(), port=port):  # back on the same port
            [(_, again)] = list(backend.generate([_req(9, "q9")]))
        assert not again.failed
    finally:
        backend.close()


def test_timeouts_are_retried_then_recorded(transport: str) -> None:
    with StubOpenAIServer(StubConfig()) as server, \
            _backend(server, transport, timeout_s=0.15, max_retries=1) as backend:
        out = dict((r.key, g) for r, g in backend.generate([_req(0, "stuck [delay:2]"), _req(1, "ok")]))
    assert out["k0"].failed and "Timeout" in out["k0"].error and "after 2 attempt(s)" in out["k0"].error
    assert not out["k1"].failed
    assert server.stats.chat_requests == 3


def test_unknown_transport_is_rejected() -> None:
    with pytest.raises(MedstepError, match="transport 'curl' is not available"):
        OpenAIBackend("m", "http://127.0.0.1:1/v1", transport="curl")


def test_concurrency_bound_is_respected_and_reached() -> None:
    with StubOpenAIServer(StubConfig(delay_s=0.05)) as server, _backend(server, concurrency=3) as backend:
        out = list(backend.generate([_req(i, f"q{i}") for i in range(12)]))
    assert len(out) == 12
    assert server.stats.max_in_flight == 3


def test_results_come_in_completion_order_each_exactly_once(server: StubOpenAIServer) -> None:
    reqs = [_req(0, "slow [delay:0.4]")] + [_req(i, f"fast {i} [delay:0.01]") for i in range(1, 6)]
    with _backend(server, concurrency=6) as backend:
        keys = [r.key for r, _ in backend.generate(reqs)]
    assert keys[-1] == "k0"  # submitted first, finished last
    assert sorted(keys) == sorted(r.key for r in reqs)
    assert set(server.stats.request_counts.values()) == {1}  # nothing was sent twice


def test_results_that_arrive_together_come_in_one_batch_each_exactly_once(server: StubOpenAIServer) -> None:
    reqs = [_req(i, f"q{i} [delay:0.05]") for i in range(8)] + [_req(8, "late [delay:0.6]")]
    with _backend(server, concurrency=9) as backend:
        batches = []
        for batch in backend.generate_batches(reqs):
            batches.append([r.key for r, _ in batch])
            time.sleep(0.3)  # a slow writer: what finishes meanwhile waits for it, not for a full batch
    keys = [k for b in batches for k in b]
    assert sorted(keys) == sorted(r.key for r in reqs) and len(keys) == len(reqs)
    assert len(batches) <= 4 and max(len(b) for b in batches) >= 4  # the fast eight did not come one by one
    assert batches[-1] == ["k8"]  # the late one alone: nothing waited for it


def test_results_before_a_failure_are_handed_over_before_it_is_raised(server: StubOpenAIServer) -> None:
    backend = _backend(server, concurrency=4)
    real_one = backend._one

    async def buggy(req: Request) -> Generation:
        if req.key == "k3":
            await asyncio.sleep(0.2)  # after the others have finished
            raise RuntimeError("boom")
        return await real_one(req)

    backend._one = buggy  # type: ignore[method-assign]
    got: list[str] = []
    with backend, pytest.raises(RuntimeError, match="boom"):
        reqs = [_req(0, "q0 [delay:0]"), _req(1, "q1 [delay:0.1]"), _req(2, "q2 [delay:0.1]"), _req(3, "q3")]
        for batch in backend.generate_batches(reqs):
            got.append([r.key for r, _ in batch])
            time.sleep(0.4)  # k1, k2 and then the failure arrive while this batch is being stored
    assert got == [["k0"], ["k1", "k2"]] or got == [["k0"], ["k2", "k1"]]


def test_stopping_early_cancels_and_backend_stays_usable(server: StubOpenAIServer, transport: str) -> None:
    reqs = [_req(0, "quick [delay:0]")] + [_req(i, f"q{i} [delay:0.5]") for i in range(1, 4)]
    with _backend(server, transport, concurrency=4) as backend:
        gen = backend.generate(reqs)
        first_req, _ = next(gen)
        gen.close()  # caller stops: in-flight slow requests are cancelled, nothing raised
        assert first_req.key == "k0"
        [(_, again)] = list(backend.generate([_req(9, "after [delay:0]")]))
    assert isinstance(again, Generation) and not again.failed


def test_backend_is_reusable_across_batches_with_one_probe(server: StubOpenAIServer) -> None:
    with _backend(server) as backend:
        for batch in range(3):
            assert len(list(backend.generate([_req(batch * 10 + i, f"b{batch} q{i}") for i in range(3)]))) == 3
        assert list(backend.generate([])) == []
    assert server.stats.model_requests == 1 and server.stats.chat_requests == 9


def test_stub_runs_as_subprocess_and_reports_stats() -> None:
    with spawn_stub_server("--delay", "0") as proc:
        with load_backend(f"openai:stub@{proc.base_url}", BackendOptions(concurrency=2)) as backend:
            out = list(backend.generate([_req(i, f"q{i}") for i in range(4)]))
        stats = proc.stats()
    assert all(not g.failed for _, g in out)
    assert stats["chat_requests"] == 4 and stats["repeated"] == 0


def test_a_bug_in_one_worker_raises_and_stops_the_others(server: StubOpenAIServer) -> None:
    backend = _backend(server, concurrency=3)
    real_one = backend._one

    async def buggy(req: Request) -> Generation:
        if req.key == "k0":
            raise RuntimeError("boom")
        return await real_one(req)

    backend._one = buggy  # type: ignore[method-assign]
    reqs = [_req(0, "x")] + [_req(i, f"slow {i} [delay:10]") for i in range(1, 6)]
    start = time.perf_counter()
    with backend, pytest.raises(RuntimeError, match="boom"):
        list(backend.generate(reqs))
    assert time.perf_counter() - start < 5.0  # did not wait for the slow requests (10 s each)
    assert server.stats.chat_requests <= 2  # the remaining requests were never sent


@pytest.mark.parametrize(
    "body, expected",
    [
        (b'{"choices":[{"message":{"content":[{"type":"text","text":"A"},{"type":"text","text":"B"}]},'
         b'"finish_reason":"stop"}]}', Generation(text="AB", finish_reason="stop")),
        (b'{"choices":[{"message":{"content":"Answer: no","reasoning":"because"},"finish_reason":"length"}],'
         b'"usage":{"prompt_tokens":3,"completion_tokens":2}}',
         Generation(text="Answer: no", reasoning="because", prompt_tokens=3, completion_tokens=2,
                    finish_reason="length")),
        (b'{"choices":[{"message":{"content":null,"reasoning_content":""}}]}', Generation(text="")),
    ],
)
def test_parse_completion_variants(body: bytes, expected: Generation) -> None:
    assert _parse_completion(body, 0.0) == expected


def test_error_body_with_status_200_is_a_failed_generation() -> None:
    gen = _parse_completion(b'{"error": {"message": "model crashed"}}', 0.5)
    assert gen.failed and "server error" in gen.error and "model crashed" in gen.error


def test_backoff_grows_is_capped_jittered_and_honours_retry_after() -> None:
    b = Backoff(base_s=1.0, cap_s=8.0)
    for attempt, (low, high) in enumerate([(0.5, 1.0), (1.0, 2.0), (2.0, 4.0), (4.0, 8.0), (4.0, 8.0)]):
        delays = {b.delay(attempt) for _ in range(20)}
        assert all(low <= d <= high for d in delays) and len(delays) > 1  # jittered within its band
    assert 5.0 <= b.delay(0, retry_after_s=5.0) <= 8.0
    assert b.delay(0, retry_after_s=600.0) == 8.0  # a huge Retry-After is capped too
