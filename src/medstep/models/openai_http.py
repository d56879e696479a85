"""Chat-completion requests sent on an aiohttp session of our own, beside the openai client.

Why: at a few hundred requests per second the openai client's request
machinery was most of the harness's CPU. Each ``client.post`` copies its
options (pydantic), merges headers, parses and joins URLs, builds an httpx
request and response around the aiohttp exchange and walks its auth, redirect
and retry wrappers; measured against the stub server at concurrency 128
(``benchmarks/bench_openai_throughput.py``), 3.5 ms of CPU per request through
the client against 0.8 ms for the same request on a bare aiohttp session.
Everything here is built once per endpoint (the URL, the headers, the
session) and a request is one JSON encoding and one ``session.post``.

What does not change: the body is the client's own encoding of the same dict
(compact JSON, UTF-8, no NaN), byte for byte, with the client's own default and auth
headers (:func:`client_headers`: key, organization, project, content type); a failure is the same openai
exception the client raises, built the client's way (a status error from the
answer by the client itself; a timeout or a lost connection as
``APITimeoutError`` / ``APIConnectionError`` caused by the same httpx error the
client's aiohttp transport reports), so retries, endpoint health and the
error text stored with a failed generation read the same either way.

What stays with the client: the start-up probe, the httpx transport, and any
endpoint this path does not reproduce faithfully: a proxy from the
environment, a base URL carrying a query, a fragment or credentials, or an
openai release without the pieces borrowed here (:func:`chat_wire` returns
``None`` and the backend posts through the client).
"""

from __future__ import annotations

import importlib
import json
import ssl
import urllib.request
from typing import Any, Callable, ContextManager

import aiohttp
import openai

# httpx's default keep-alive expiry, which the client's aiohttp transport applies to its pool.
KEEPALIVE_S = 5.0


def body_bytes(body: dict[str, Any]) -> bytes:
    """The request body exactly as the openai client encodes it (httpx's JSON defaults)."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _exception_mapper() -> Callable[[], ContextManager[None]] | None:
    """The context manager with which the client's aiohttp transport turns aiohttp errors into httpx
    ones (vendored in the openai package, or the ``httpx_aiohttp`` package of older releases)."""
    for name in ("openai._vendor.httpx_aiohttp.transport", "httpx_aiohttp.transport"):
        try:
            mapper = getattr(importlib.import_module(name), "map_aiohttp_exceptions", None)
        except ImportError:
            continue
        if mapper is not None:
            return mapper  # type: ignore[no-any-return]
    return None


def _uses_proxy(url: str) -> bool:
    """Whether the environment routes ``url`` through a proxy (the client honours HTTP(S)_PROXY)."""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].rsplit(":", 1)[0]
    proxies = urllib.request.getproxies()
    if not (proxies.get(scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(host)


def client_headers(client: openai.AsyncOpenAI) -> dict[str, str]:
    """The headers the client sends with every request: its defaults (accept, content type, user agent,
    the organization and project it read from ``OPENAI_ORG_ID`` / ``OPENAI_PROJECT_ID``, any custom
    ones) and its auth header (none for an empty key), as its request builder merges them."""
    merged = {**client.default_headers, **client.auth_headers}
    return {k: v for k, v in merged.items() if isinstance(v, str)}


class ChatWire:
    """``POST {base_url}chat/completions`` for one endpoint; build with :func:`chat_wire`."""

    def __init__(self, client: openai.AsyncOpenAI, httpx_mod: Any, mapper: Callable[[], ContextManager[None]],
                 url: str, concurrency: int, timeout_s: float) -> None:
        self._client = client
        self._httpx = httpx_mod
        self._mapper = mapper
        self.url = url
        self._headers = client_headers(client)
        # the transport's per-request timeouts, as the client passes them on for a single number
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=timeout_s, sock_read=timeout_s,
                                              connect=timeout_s)
        ssl_context: ssl.SSLContext | bool = True
        if url.startswith("https://"):
            ssl_context = httpx_mod.create_ssl_context()  # the client's CA bundle and SSL_CERT_* settings
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(
            limit=concurrency, keepalive_timeout=KEEPALIVE_S, ssl=ssl_context))

    async def post(self, body: dict[str, Any]) -> bytes:
        """The answer's body; an answer of status 400 or more, a timeout or a lost connection raises
        the openai exception the client would raise."""
        data = body_bytes(body)
        httpx_mod = self._httpx
        try:
            with self._mapper():
                async with self._session.post(self.url, data=data, headers=self._headers,
                                              timeout=self._timeout) as resp:
                    raw = await resp.read()
                    status, headers = resp.status, resp.raw_headers
        except httpx_mod.TimeoutException as err:
            raise openai.APITimeoutError(request=self._request()) from err
        except (httpx_mod.RequestError, ssl.SSLError) as err:
            raise openai.APIConnectionError(request=self._request()) from err
        if status >= 400:
            response = httpx_mod.Response(status, headers=headers, content=raw, request=self._request())
            raise self._client._make_status_error_from_response(response) from None
        return raw

    def _request(self) -> Any:
        return self._httpx.Request("POST", self.url)

    async def close(self) -> None:
        await self._session.close()


def chat_wire(client: openai.AsyncOpenAI, httpx_mod: Any, concurrency: int, timeout_s: float) -> ChatWire | None:
    """A :class:`ChatWire` for ``client``'s endpoint, or ``None`` where the client must post itself.

    Call it inside the backend's event loop (the session belongs to that loop).
    """
    mapper = _exception_mapper()
    base = client.base_url
    if (mapper is None or not hasattr(client, "_make_status_error_from_response")
            or not hasattr(httpx_mod, "create_ssl_context")
            or base.scheme not in ("http", "https") or base.query or base.fragment or base.userinfo
            or not isinstance(client.api_key, str)):
        return None
    url = f"{base}chat/completions"  # the client keeps its base URL with a trailing slash
    if _uses_proxy(url):
        return None
    return ChatWire(client, httpx_mod, mapper, url, concurrency, timeout_s)
