"""Run integrity, backend side: bad server answers, trickling servers, dead servers (issue #10)."""

from __future__ import annotations

import time

import pytest

from medstep.models import BackendOptions
from medstep.models.base import ServerUnavailable, checked_generation
from medstep.models.openai_backend import Backoff, OpenAIBackend, _parse_completion, http_transport
from medstep.types import Generation, GenerationSettings, Message, Request
from support.stub_openai_server import BAD_BODIES, StubConfig, StubOpenAIServer

FAST_RETRY = Backoff(base_s=0.001, cap_s=0.01)


def _req(i: int, text: str) -> Request:
    return Request(key=f"k{i}", sample_id=f"s{i}", messages=(Message("user", text),), settings=GenerationSettings())


def _backend(server: StubOpenAIServer, transport: str | None = None, **opts: object) -> OpenAIBackend:
    options = BackendOptions(**{"concurrency": 4, "max_retries": 2, "timeout_s": 10.0, **opts})
    return OpenAIBackend("stub", server.base_url, options, "openai:stub", backoff=FAST_RETRY, transport=transport)


@pytest.fixture(params=["httpx", "aiohttp"])
def transport(request: pytest.FixtureRequest) -> str:
    if request.param == "aiohttp" and http_transport() != "aiohttp":
        pytest.skip("openai[aiohttp] not installed")
    return request.param


MALFORMED = sorted(set(BAD_BODIES) - {"surrogate"})


@pytest.mark.parametrize("bad", MALFORMED)
def test_malformed_answer_is_a_failed_generation_and_spares_requests_in_flight(bad: str) -> None:
    """A 200 answer with a number/object/list as content, a string message or usage, ... is failed
    with a reason naming what was wrong; the slower requests beside it still finish."""
    reqs = [_req(0, f"[bad:{bad}]")] + [_req(i, f"q{i} [delay:0.2]") for i in range(1, 4)]
    with StubOpenAIServer(StubConfig()) as server, _backend(server) as backend:
        out = {r.key: g for r, g in backend.generate(reqs)}
    assert set(out) == {"k0", "k1", "k2", "k3"}
    assert out["k0"].failed and out["k0"].text == "" and "unexpected response" in out["k0"].error
    assert all(not out[k].failed and isinstance(out[k].text, str) for k in ("k1", "k2", "k3"))


@pytest.mark.parametrize("body, says", [
    (b'{"choices":[{"message":{"content":42}}]}', "message.content is int"),
    (b'{"choices":[{"message":"yes"}]}', "choices[0].message is str"),
    (b'{"choices":[{"message":{"content":"a"}}],"usage":"12"}', "usage is str"),
    (b'{"choices":[{"message":{"content":[{"type":"text","text":7}]}}]}', "message.content[0].text is int"),
    (b'{"choices":[{"message":{"content":"a"}}],"usage":{"prompt_tokens":"3"}}', "usage.prompt_tokens is str"),
    (b'{"choices":[{"message":{"content":"a"},"finish_reason":1}]}', "finish_reason is int"),
    (b'[' * 100_000 + b']' * 100_000, "not JSON"),
])
def test_parse_completion_names_the_bad_field(body: bytes, says: str) -> None:
    gen = _parse_completion(body, 0.1)
    assert gen.failed and says in gen.error


def test_lone_surrogates_in_an_answer_are_replaced() -> None:
    with StubOpenAIServer(StubConfig()) as server, _backend(server) as backend:
        [(_, gen)] = list(backend.generate([_req(0, "[bad:surrogate]")]))
    assert not gen.failed
    assert gen.text == "Answer: yes \ufffd done" and gen.reasoning == "lone \ufffd"
    gen.text.encode("utf-8")  # storable and exportable


@pytest.mark.parametrize("gen, says", [
    (Generation(text=5), "int as text"),  # type: ignore[arg-type]
    (Generation(text="a", reasoning=["x"]), "list as reasoning"),  # type: ignore[arg-type]
    (Generation(text="a", completion_tokens="7"), "str as completion_tokens"),  # type: ignore[arg-type]
])
def test_any_backend_non_text_output_becomes_failed(gen: Generation, says: str) -> None:
    out = checked_generation(gen)
    assert out.failed and says in out.error and out.text == ""


def test_checked_generation_keeps_good_output_and_cleans_surrogates() -> None:
    good = Generation(text="Answer: yes", reasoning=None, completion_tokens=3)
    assert checked_generation(good) is good
    assert checked_generation(Generation(text="a\udc80b")).text == "a\ufffdb"


def test_timeout_is_a_deadline_for_a_trickling_server(transport: str) -> None:
    """The stub sends its ~300-byte answer one byte per 20 ms (6 s); a 0.5 s deadline cuts it off."""
    with StubOpenAIServer(StubConfig()) as server, \
            _backend(server, transport, timeout_s=0.5, max_retries=1) as backend:
        start = time.perf_counter()
        out = {r.key: g for r, g in backend.generate([_req(0, "[dribble:0.02]"), _req(1, "fine")])}
        elapsed = time.perf_counter() - start
    assert out["k0"].failed and "0.5 s request deadline" in out["k0"].error
    assert "after 2 attempt(s)" in out["k0"].error
    assert not out["k1"].failed
    assert elapsed < 5.0  # without the deadline: two attempts of ~6 s each


def test_a_server_that_stops_answering_stops_the_run_quickly(transport: str) -> None:
    """Every connection is dropped without an answer: after the limit the backend raises, it does
    not retry each of the 200 requests with backoff."""
    reqs = [_req(i, f"q{i} [drop]") for i in range(200)]
    with StubOpenAIServer(StubConfig()) as server, \
            _backend(server, transport, concurrency=4, max_retries=4, unanswered_limit=12) as backend:
        got = []
        start = time.perf_counter()
        with pytest.raises(ServerUnavailable, match=r"gave no answer to 12 requests in a row"):
            for item in backend.generate(reqs):
                got.append(item)
        elapsed = time.perf_counter() - start
        assert server.stats.chat_requests <= 12 + 4
    assert elapsed < 10.0
    assert all(g.failed for _, g in got)


def test_http_errors_are_answers_and_do_not_count_as_silence() -> None:
    """A server answering 500 is alive: its requests fail after retries but the run goes on."""
    reqs = [_req(i, f"q{i} [always-fail]") for i in range(10)]
    with StubOpenAIServer(StubConfig()) as server, \
            _backend(server, concurrency=2, max_retries=2, unanswered_limit=3) as backend:
        out = [g for _, g in backend.generate(reqs)]
    assert len(out) == 10 and all("HTTP 500" in g.error for g in out)
