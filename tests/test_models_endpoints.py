"""Several endpoints of one model: balancing by requests in flight, taking a failing endpoint out
and back, and the run store holding the same results as with one endpoint."""

from __future__ import annotations

import json
import socket
from collections import Counter
from pathlib import Path

import pytest

from medstep.models import BackendOptions
from medstep.models.endpoints import EjectPolicy, Endpoint, EndpointPool
from medstep.models.openai_backend import Backoff, OpenAIBackend
from medstep.types import GenerationSettings, MedstepError, Message, Request
from support.stub_openai_server import StubConfig, StubOpenAIServer

FAST = Backoff(base_s=0.01, cap_s=0.02)


def _requests(n: int) -> list[Request]:
    s = GenerationSettings(max_tokens=16)
    return [Request(f"k{i}", f"s{i}", (Message("user", f"question {i}"),), s) for i in range(n)]


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_a_failing_endpoint_is_taken_out_and_every_request_succeeds_elsewhere() -> None:
    with StubOpenAIServer(StubConfig(delay_s=0.01)) as a, StubOpenAIServer(StubConfig(delay_s=0.01)) as b, \
            StubOpenAIServer(StubConfig(fail_all_status=500)) as bad:
        urls = [a.base_url, bad.base_url, b.base_url]
        policy = EjectPolicy(eject_after=3, cooldown_s=30.0)
        with OpenAIBackend("stub", urls, BackendOptions(concurrency=6, max_retries=2), backoff=FAST,
                           eject=policy) as backend:
            results = list(backend.generate(_requests(120)))
            notes = backend.notes()
    assert len(results) == 120 and not [g.error for _, g in results if g.failed]
    by_endpoint = Counter(g.endpoint for _, g in results)
    assert set(by_endpoint) == {a.base_url, b.base_url}
    assert min(by_endpoint.values()) > 30  # both healthy servers shared the work
    # taken out after 3 failures in a row; requests racing the ejection add at most one each per worker
    assert bad.stats.chat_requests <= policy.eject_after + 6
    assert any(bad.base_url in line and "taken out 1x" in line for line in notes)


def test_requests_follow_the_faster_endpoint() -> None:
    with StubOpenAIServer(StubConfig(delay_s=0.002)) as fast, StubOpenAIServer(StubConfig(delay_s=0.15)) as slow:
        with OpenAIBackend("stub", [slow.base_url, fast.base_url], BackendOptions(concurrency=4)) as backend:
            counts = Counter(g.endpoint for _, g in backend.generate(_requests(80)))
    # least-in-flight: the slow server holds its requests longer, so it is chosen less often
    assert counts[fast.base_url] > 3 * counts[slow.base_url] > 0


def test_an_endpoint_down_at_start_starts_taken_out() -> None:
    dead = _closed_port_url()
    with StubOpenAIServer() as ok:
        with OpenAIBackend("stub", [dead, ok.base_url], BackendOptions(concurrency=3), backoff=FAST) as backend:
            results = list(backend.generate(_requests(20)))
            notes = backend.notes()
    assert all(not g.failed and g.endpoint == ok.base_url for _, g in results)
    assert any("taken out at start" in n and dead in n for n in notes)


def test_no_endpoint_reachable_is_one_error() -> None:
    with pytest.raises(MedstepError, match="cannot reach"):
        OpenAIBackend("stub", [_closed_port_url(), _closed_port_url()], BackendOptions(concurrency=2))


def test_pool_takes_an_endpoint_out_and_back_with_a_growing_cooldown() -> None:
    now = [100.0]
    a, b = Endpoint("a", None), Endpoint("b", None)
    pool = EndpointPool([a, b], EjectPolicy(eject_after=2, cooldown_s=5, cooldown_cap_s=12), clock=lambda: now[0])
    assert not pool.failed(a, endpoint_fault=True)
    assert not pool.failed(a, endpoint_fault=False)  # a 4xx/429 says nothing about the endpoint
    assert pool.failed(a, endpoint_fault=True)  # second own failure in a row: out for 5 s
    assert [pool.pick() for _ in range(3)] == [b, b, b]
    now[0] += 5
    assert a in pool.available()
    pool.failed(a, True), pool.failed(a, True)
    assert a.out_until == now[0] + 10  # out again at once: the cool-down doubles
    now[0] += 10
    pool.succeeded(a)
    pool.failed(a, True), pool.failed(a, True)
    assert a.out_until == now[0] + 5  # a success resets it
    b.in_flight = 3
    now[0] += 5
    assert pool.pick() is a  # fewest requests in flight
    single = EndpointPool([Endpoint("only", None)], EjectPolicy(eject_after=1))
    assert not single.failed(single.endpoints[0], True) and single.available()  # nowhere else to send


@pytest.mark.slow
def test_eval_over_three_endpoints_one_failing_stores_one_run(tmp_path: Path) -> None:
    """The CLI over three endpoints (one broken) stores every sample; the same run then resumes
    from one endpoint with nothing to generate, and usage is counted per endpoint."""
    from typer.testing import CliRunner

    from medstep.cli import app

    data = tmp_path / "bench.jsonl"
    data.write_text("".join(json.dumps({"id": f"q{i}", "question": f"Is case {i} normal?", "answer": "yes"}) + "\n"
                            for i in range(40)))
    base = ["eval", "--benchmark", "custom", "--data", str(data), "--map", "question=question,answer=answer",
            "--out", str(tmp_path / "run"), "--concurrency", "4", "--no-report", "--retries", "3",
            "--allow-failures"]
    runner = CliRunner()
    with StubOpenAIServer() as a, StubOpenAIServer() as b, StubOpenAIServer(StubConfig(fail_all_status=503)) as bad:
        res = runner.invoke(app, [*base, "--model", f"openai:stub@{a.base_url},{bad.base_url},{b.base_url}",
                                  "--price", "1.5/4"])
        assert res.exit_code == 0, res.output
        summary = json.loads((tmp_path / "run" / "summary.json").read_text())
        assert summary["outcome"]["failed"] == 0 and summary["n"] == 40
        usage = summary["usage"]["generation"]
        assert set(usage["by_endpoint"]) == {a.base_url, b.base_url}
        total = usage["total"]
        assert total["calls"] == 40 and total["prompt_tokens"] > 0 and total["unreported"] == 0
        assert total == {k: sum(e[k] for e in usage["by_endpoint"].values()) for k in total}
        expected = (total["prompt_tokens"] * 1.5 + total["completion_tokens"] * 4) / 1e6
        assert usage["cost"] == pytest.approx(expected) and summary["usage"]["cost"] == pytest.approx(expected)
        assert "generation usage" in res.output
        again = runner.invoke(app, [*base, "--model", f"openai:stub@{b.base_url}"])
        assert again.exit_code == 0, again.output
        assert "0 generated, 40 from the run's cache" in again.output


def test_price_flags_are_checked(tmp_path: Path) -> None:
    from medstep.cli import parse_prices
    from medstep.grading import check_prices
    from medstep.judges import load_judge, parse_judge
    from medstep.results.usage import Price, TokenUsage, UsageSummary

    prices = parse_prices(["0.15/0.6", "medq=2.5/10"])
    assert prices == {"model": Price(0.15, 0.6), "medq": Price(2.5, 10.0)}
    for bad in ("0.15", "a/b", "-1/2", "1/2/3", "nan/1"):
        with pytest.raises(MedstepError, match="IN/OUT"):
            parse_prices([bad])
    with pytest.raises(MedstepError, match="priced twice"):
        parse_prices(["1/2", "model=3/4"])
    judges = [load_judge(parse_judge("verifier")), load_judge(parse_judge("medq:openai:j@http://127.0.0.1:9/v1"))]
    check_prices(prices, judges)
    with pytest.raises(MedstepError, match="no such model or LLM judge.*medq:openai:j@"):
        check_prices({"verifier": Price(1, 1)}, judges)  # the verifier costs nothing: no price to give
    usage = UsageSummary({"a": TokenUsage(2, 1000, 500, 0), "b": TokenUsage().plus(None, None)}, Price(2, 8))
    assert usage.total == TokenUsage(3, 1000, 500, 1) and usage.cost == pytest.approx((2000 + 4000) / 1e6)
    assert UsageSummary.from_json(usage.to_json()) == usage
