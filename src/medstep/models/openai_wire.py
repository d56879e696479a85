"""The chat-completions wire format: request arguments, answer parsing, error classification.

Split from :mod:`medstep.models.openai_backend` so that the backend module
holds the concurrency, retry and endpoint logic and this one the format
rules; both are about how the OpenAI HTTP API looks, nothing else.
"""

from __future__ import annotations

import json
import socket
import ssl
from typing import Any

import openai

from medstep.textclean import clean_text
from medstep.types import Generation, GenerationSettings

_RETRY_STATUSES = frozenset({408, 409, 429})


def settings_kwargs(settings: GenerationSettings) -> dict[str, Any]:
    """Generation settings as chat-completions arguments (unset seed/stop are omitted)."""
    kw: dict[str, Any] = {
        "max_tokens": settings.max_tokens,
        "temperature": settings.temperature,
        "top_p": settings.top_p,
    }
    if settings.seed is not None:
        kw["seed"] = settings.seed
    if settings.stop:
        kw["stop"] = list(settings.stop)
    return kw


def retryable(exc: Exception) -> bool:
    if isinstance(exc, (openai.APIConnectionError, TimeoutError)):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUSES or exc.status_code >= 500
    return False


def retry_after(exc: Exception) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    try:
        return float(exc.response.headers.get("retry-after", ""))
    except ValueError:
        return None


def describe(exc: BaseException) -> str:
    """One line naming the failure; connection errors say what happened first (:func:`connection_failure`),
    then the client's error and its underlying cause."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    what = connection_failure(exc) if isinstance(exc, openai.APIConnectionError) else None
    if what is not None and what != TIMED_OUT:  # the client's "Request timed out." would contradict it
        root = _root_cause(exc)
        return f"{what} ({type(exc).__name__} from {type(root).__name__}: {root})"
    cause = exc.__cause__
    detail = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
    return f"{what + ': ' if what else ''}{type(exc).__name__}: {exc}{detail}"


TIMED_OUT = "timed out"


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception of ``exc``'s cause chain (bounded: a chain may loop)."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        nxt = exc.__cause__ or exc.__context__
        if nxt is None:
            break
        exc = nxt
    return exc


def connection_failure(exc: BaseException) -> str | None:
    """What a failed connection was, read from the operating system's error at the root of the chain.

    Why: the aiohttp transport reports every failure to connect as ``ConnectTimeout`` and the client as
    ``APITimeoutError: Request timed out.``, so a server that is simply not running (connection refused,
    answered at once) read as a slow one. None when the chain names no cause this can tell.
    """
    root = _root_cause(exc)
    if isinstance(root, ConnectionRefusedError):
        return "connection refused (nothing is listening at that host and port)"
    if isinstance(root, socket.gaierror):
        return "host name not found"
    if isinstance(root, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(root, ssl.SSLError):
        return "TLS handshake failed (an http:// server given as https://, or a certificate problem)"
    if isinstance(root, TimeoutError) or isinstance(exc, openai.APITimeoutError):
        return TIMED_OUT
    return None


class _BadResponse(ValueError):
    """A 200 answer whose JSON is not a chat completion we can store as text."""


def _field(obj: dict[str, Any], name: str, kinds: tuple[type, ...], where: str) -> Any:
    """``obj[name]`` when absent/null or of one of ``kinds``; anything else is a :class:`_BadResponse`."""
    value = obj.get(name)
    if value is None or (isinstance(value, kinds) and not isinstance(value, bool)):
        return value
    raise _BadResponse(f"{where}.{name} is {type(value).__name__}, not {'/'.join(k.__name__ for k in kinds)}")


def _content_text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a content-part list (a few servers)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise _BadResponse(f"message.content is {type(content).__name__}, not text")
    texts = []
    for k, part in enumerate(content):
        if not isinstance(part, dict):
            raise _BadResponse(f"message.content[{k}] is {type(part).__name__}, not a content part")
        if part.get("type", "text") != "text":
            continue  # e.g. an image part echoed back: not part of the answer
        texts.append(_field(part, "text", (str,), f"message.content[{k}]") or "")
    return "".join(texts)


def _read_completion(data: Any, latency_s: float) -> Generation:
    if not isinstance(data, dict):
        raise _BadResponse(f"the body is a JSON {type(data).__name__}, not an object")
    if "choices" not in data and data.get("error") is not None:
        raise _BadResponse(f"server error: {str(data['error'])[:300]}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _BadResponse("no choices" if choices in (None, []) else f"choices is {type(choices).__name__}")
    choice = choices[0]
    if not isinstance(choice, dict):
        raise _BadResponse(f"choices[0] is {type(choice).__name__}, not an object")
    msg = choice.get("message")
    if not isinstance(msg, dict):
        raise _BadResponse(f"choices[0].message is {type(msg).__name__}, not an object")
    usage = data.get("usage")
    if usage is not None and not isinstance(usage, dict):
        raise _BadResponse(f"usage is {type(usage).__name__}, not an object")
    usage = usage or {}
    # vLLM and llama.cpp put separated thinking in a non-standard field:
    # ``reasoning_content`` (most servers) or ``reasoning`` (newer vLLM).
    reasoning = _field(msg, "reasoning_content", (str,), "message") or _field(msg, "reasoning", (str,), "message")
    return Generation(
        text=clean_text(_content_text(msg.get("content"))),
        reasoning=clean_text(reasoning) if reasoning else None,
        latency_s=latency_s,
        prompt_tokens=_field(usage, "prompt_tokens", (int,), "usage"),
        completion_tokens=_field(usage, "completion_tokens", (int,), "usage"),
        finish_reason=_field(choice, "finish_reason", (str,), "choices[0]"),
    )


def parse_completion(raw: bytes, latency_s: float) -> Generation:
    """A chat-completion JSON body -> Generation; anything else is a failed generation saying why.

    Every field that is stored is type-checked here: a number or object
    where text belongs, stored as a success, would break every later
    re-grade of the run. This function never raises, so one bad answer
    never cancels the other requests in flight.
    """
    snippet = raw[:200].decode("utf-8", "replace")
    try:
        return _read_completion(json.loads(raw), latency_s)
    except _BadResponse as exc:
        why = str(exc)
    except (ValueError, RecursionError) as exc:  # not JSON (or absurdly nested)
        why = f"not JSON ({type(exc).__name__}: {exc})"
    return Generation(text="", latency_s=latency_s, error=f"unexpected response ({why}): {snippet!r}")




def endpoint_fault(exc: BaseException) -> bool:
    """Whether a failed attempt says the endpoint itself is unwell (no answer, a timeout, a 5xx),
    as opposed to the request being refused (4xx) or the server asking to slow down (429)."""
    if isinstance(exc, (openai.APIConnectionError, TimeoutError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500
