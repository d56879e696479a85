"""The openai backend's own aiohttp path (medstep.models.openai_http) sends what the openai client sends,
fails as it fails, and leaves the same run store."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import openai
import pytest
from PIL import Image

from medstep.datasets.base import LoadOptions
from medstep.models import openai_backend
from medstep.models.openai_backend import OpenAIBackend, _httpx_module, http_transport
from medstep.models.openai_http import chat_wire
from medstep.pipeline import EvalConfig, run_eval
from support.stub_openai_server import StubConfig, StubOpenAIServer

pytestmark = pytest.mark.skipif(http_transport() != "aiohttp", reason="openai[aiohttp] not installed")

# one question per way a request can end: answered, answered after a 429, refused (400), failing (500),
# a malformed 200, a dropped connection
QUESTIONS = ["Is there an effusion?", "Is the heart enlarged? [flaky]", "Any mass? [status:400]",
             "Any fracture? [always-fail]", "Is it normal? [bad:content-number]", "Pneumothorax? [drop]",
             "Ist das Herz vergrößert?"]


def _benchmark(tmp_path: Path) -> Path:
    data = tmp_path / "bench.jsonl"
    with data.open("w") as fh:
        for i, q in enumerate(QUESTIONS):
            buf = io.BytesIO()
            Image.new("RGB", (8, 8), (i * 30, 60, 90)).save(buf, format="PNG")
            (tmp_path / f"img{i}.png").write_bytes(buf.getvalue())
            fh.write(json.dumps({"id": f"c{i}", "q": q, "a": "yes", "image": f"img{i}.png"}) + "\n")
    return data


def _store_rows(run: Path) -> dict[str, list[Any]]:
    """Every table of the run store, less what differs between any two runs (timestamps, latency)."""
    with sqlite3.connect(run / "run.sqlite") as conn:
        gens = []
        for key, sid, prompt, text, ok in conn.execute(
                "SELECT key, sample_id, prompt, json, ok FROM generations ORDER BY key"):
            gen = json.loads(text)
            gen.pop("latency_s", None)
            gens.append((key, sid, prompt, gen, ok))
        return {
            "generations": gens,
            "attempts": sorted(conn.execute("SELECT key, sample_id, error FROM attempts")),
            "results": sorted(conn.execute("SELECT * FROM results")),
            "samples": sorted(conn.execute("SELECT * FROM samples")),
        }


def test_wire_sends_the_clients_requests_and_leaves_the_same_store(tmp_path: Path, monkeypatch) -> None:
    data = _benchmark(tmp_path)
    seen: dict[bool, tuple[list[Any], dict[str, list[Any]]]] = {}
    for wire in (True, False):
        if not wire:
            monkeypatch.setattr(openai_backend, "chat_wire", lambda *a, **k: None)
        # a fresh server per run: the [flaky] counts start again
        with StubOpenAIServer(StubConfig(flaky_failures=1)) as stub:
            out = tmp_path / f"run-{wire}"
            cfg = EvalConfig(benchmark="custom", data=str(data), model=f"openai:stub@{stub.base_url}", out=out,
                             load=LoadOptions(field_map={"question": "q", "answer": "a", "image": "image"}),
                             concurrency=3, max_retries=1)
            run_eval(cfg)
            bodies = sorted(json.dumps(b, sort_keys=True) for b in stub.stats.bodies)
        rows = _store_rows(out)
        for row in rows["generations"]:
            row[3].pop("endpoint", None)  # the URL names each run's own server port
        seen[wire] = (bodies, rows)
    assert seen[True][0] == seen[False][0]
    assert seen[True][1] == seen[False][1]
    errors = [e for _, _, e in seen[True][1]["attempts"] if e]
    assert any("HTTP 400" in e for e in errors) and any("HTTP 500" in e for e in errors)
    assert any("APITimeoutError" in e or "APIConnectionError" in e for e in errors)


def test_backend_posts_on_its_own_session_only_where_it_can(monkeypatch) -> None:
    with StubOpenAIServer(StubConfig()) as stub:
        with OpenAIBackend("stub", stub.base_url) as backend:
            assert list(backend._wires) == [stub.base_url]
        with OpenAIBackend("stub", stub.base_url, transport="httpx") as backend:
            assert backend._wires == {}
        # a proxy from the environment is the client's to honour
        monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
        monkeypatch.setenv("NO_PROXY", "")
        assert not asyncio.run(_wire_built(stub.base_url))
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert asyncio.run(_wire_built(stub.base_url))
        assert not asyncio.run(_wire_built(stub.base_url + "?api-version=1"))


async def _wire_built(url: str) -> bool:
    client = openai.AsyncOpenAI(api_key="k", base_url=url)
    wire = chat_wire(client, _httpx_module(), 4, 10.0)
    if wire is not None:
        await wire.close()
    await client.close()
    return wire is not None


def test_wire_sends_the_clients_organization_and_project(monkeypatch) -> None:
    # the client reads them from the environment and sends them with every request; so must the wire
    monkeypatch.setenv("OPENAI_ORG_ID", "org-test")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-test")

    async def headers() -> dict[str, str]:
        client = openai.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:9/v1")
        wire = chat_wire(client, _httpx_module(), 4, 10.0)
        assert wire is not None
        sent = dict(wire._headers)
        await wire.close()
        await client.close()
        return sent

    sent = asyncio.run(headers())
    assert sent["OpenAI-Organization"] == "org-test" and sent["OpenAI-Project"] == "proj-test"
    assert sent["Authorization"] == "Bearer k"
