"""Reaching the Hugging Face Hub: a hub id that cannot be fetched fails at once, naming the id.

Why: with no network, ``datasets.load_dataset`` and ``transformers``' ``from_pretrained`` retry each request five
times with back-off and print a line per retry before their own error (measured offline: 46 s for an unknown
dataset id, 87 s for a model id). One connection attempt to the hub's host (or to the proxy that reaches it)
says whether any request can succeed, so a hub id with no copy in the local cache is refused at once. An id the
cache holds is left to the libraries, which read the cache when the hub cannot be reached; so is every id when
the libraries' own offline mode is on (they then fail fast themselves).
"""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from medstep.lazyre import lazy_compile
from medstep.types import MedstepError

_HUB_ID = lazy_compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")

# Seconds one connection attempt may take: a resolver or a firewall that answers at all answers well within it.
CONNECT_TIMEOUT_S = 5.0


def looks_like_id(text: object) -> bool:
    """True for an ``owner/name`` string that is not an existing local path."""
    return isinstance(text, str) and bool(_HUB_ID.match(text)) and not Path(text).expanduser().exists()


def _endpoint() -> tuple[str, int, str]:
    """(host, port, URL) of the hub, or of the proxy the environment routes it through; a proxy's URL without the
    user and password it may carry ("http://user:secret@proxy:3128"), since the URL goes into an error message."""
    from huggingface_hub import constants

    url = urlsplit(constants.ENDPOINT)
    host = url.hostname or "huggingface.co"
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if proxy and not urllib.request.proxy_bypass(host):
        hop = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        shown = hop._replace(netloc=hop.netloc.rpartition("@")[2]).geturl()
        return hop.hostname or host, hop.port or (443 if hop.scheme == "https" else 80), shown
    return host, url.port or (443 if url.scheme == "https" else 80), constants.ENDPOINT


def unreachable() -> str | None:
    """Why the hub cannot be reached (one connection attempt, no retries), or ``None`` when it can."""
    host, port, url = _endpoint()
    try:
        socket.create_connection((host, port), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        return f"{url} cannot be reached: {exc.strerror or exc}"
    return None


def cached(repo_id: str, repo_type: str) -> bool:
    """Whether the local cache holds a copy of ``repo_id`` (``repo_type`` "dataset" or "model"): the hub cache's
    folder of it, or for a dataset the ``datasets`` cache's."""
    from huggingface_hub import constants

    if (Path(constants.HF_HUB_CACHE) / f"{repo_type}s--{repo_id.replace('/', '--')}").is_dir():
        return True
    if repo_type == "dataset":
        from datasets import config

        return (Path(config.HF_DATASETS_CACHE) / repo_id.replace("/", "___")).is_dir()
    return False


def require(repo_id: str, repo_type: str) -> None:
    """Refuse ``repo_id`` at once when it is not cached and the hub cannot be reached (see module docstring)."""
    try:
        from huggingface_hub import constants
    except ImportError:
        return  # the library that needs it says so
    if constants.HF_HUB_OFFLINE or cached(repo_id, repo_type):
        return
    why = unreachable()
    if why is not None:
        raise MedstepError(f"'{repo_id}' is not a local path, no copy of hub {repo_type} {repo_id} is cached, and "
                           f"{why}")


__all__ = ["CONNECT_TIMEOUT_S", "cached", "looks_like_id", "require", "unreachable"]
