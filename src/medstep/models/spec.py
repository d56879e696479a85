"""Model spec strings: parsing, and the registry that turns a spec into a backend.

A spec names a backend kind and its target in one CLI-friendly string, and is
stored verbatim in every request's cache key::

    openai:NAME@http://127.0.0.1:8000/v1   OpenAI-compatible server (URL optional)
    openai:NAME@URL1,URL2,...              the same model served at several endpoints
    llamacpp:PATH.gguf[+mmproj=PATH][+handler=NAME]
                                            llama.cpp in-process, optional vision projector
                                            and multimodal chat handler (e.g. qwen2.5-vl)
    hf:PATH_OR_ID                           transformers in-process
    vllm:PATH_OR_ID[+max_images=N]          vLLM offline engine (GPU extra); N images per prompt

``openai:NAME`` without ``@URL`` talks to ``http://127.0.0.1:8000/v1``, the
default address of ``vllm serve`` and ``python -m llama_cpp.server``.

A model's :attr:`ModelSpec.identity` is the spec without where it is served:
the endpoints of an ``openai:`` spec are an operational detail (adding a
fourth server mid-run, or a server moving port, must not make a run
re-generate everything), so cache keys and the run directory's model check
use the identity, never the URLs.

Options that belong to the target (``+key=value``) are checked against the
keys the kind accepts, so a typo such as ``+mmprj=`` is an error rather than
a silently text-only run.

The registry maps each prefix to the module and class implementing it. The
module is imported only when that kind is requested, so ``import
medstep.models`` never pulls in torch, llama_cpp or vllm.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlparse

from medstep.lazyre import lazy_compile
from medstep.models.base import Backend, BackendOptions
from medstep.types import MedstepError

DEFAULT_OPENAI_URL = "http://127.0.0.1:8000/v1"

# "+key=value" segments: a plus directly followed by an identifier and "=".
_EXTRA = lazy_compile(r"\+(?=[A-Za-z_][A-Za-z0-9_]*=)")


@dataclass(frozen=True)
class ModelSpec:
    """A parsed spec. ``model`` is the name/path/id; ``extra`` holds ``+key=value`` options."""

    kind: str
    model: str
    base_url: str | None = None  # openai only: the first endpoint
    extra: dict[str, str] = field(default_factory=dict)
    raw: str = ""  # the spec string as given
    base_urls: tuple[str, ...] = ()  # openai only: every endpoint, in the order given

    @property
    def identity(self) -> str:
        """What the outputs depend on: the spec less its endpoints (cache keys, the run's model check)."""
        if self.kind != "openai":
            return self.raw
        return f"openai:{self.model}" + "".join(f"+{k}={v}" for k, v in sorted(self.extra.items()))

    @property
    def label(self) -> str:
        """A short name for progress lines and tables: the model's name, not its path or URL
        (``Qwen2.5-VL-7B`` for ``openai:Qwen2.5-VL-7B@http://...``, ``model`` for ``llamacpp:/m/model.gguf``)."""
        name = self.model.rstrip("/")
        if self.kind != "openai":
            name = name.rsplit("/", 1)[-1]
            if name.endswith(".gguf"):
                name = name[: -len(".gguf")]
        return name or self.raw


def _build_openai(cls: type, s: ModelSpec, o: BackendOptions) -> Backend:
    return cls(s.model, list(s.base_urls), o, s.identity)


def _build_llamacpp(cls: type, s: ModelSpec, o: BackendOptions) -> Backend:
    mmproj = s.extra.get("mmproj")
    return cls(Path(s.model), Path(mmproj) if mmproj else None, o, s.raw, handler=s.extra.get("handler"))


def _build_by_model(cls: type, s: ModelSpec, o: BackendOptions) -> Backend:
    return cls(s.model, o, s.raw)


def _build_vllm(cls: type, s: ModelSpec, o: BackendOptions) -> Backend:
    raw = s.extra.get("max_images")
    if raw is None:
        return cls(s.model, o, s.raw, max_images=o.max_images)
    if not raw.isdigit() or int(raw) < 1:
        raise _bad(s.raw, f"+max_images= needs a positive integer, got {raw!r}")
    return cls(s.model, o, s.raw, max_images=int(raw))


@dataclass(frozen=True)
class BackendEntry:
    """Where a backend kind lives and how its constructor is called.

    ``extra_keys`` are the ``+key=value`` options the kind accepts; ``install``
    is the pip extra named in the error when the module's dependencies are
    missing.
    """

    module: str
    attr: str
    build: Callable[[type, ModelSpec, BackendOptions], Backend]
    description: str
    extra_keys: frozenset[str] = frozenset()
    install: str = ""

    def load_class(self) -> type:
        try:
            module = importlib.import_module(self.module)
        except ImportError as exc:
            hint = f": pip install 'medstep[{self.install}]'" if self.install else ""
            raise MedstepError(f"cannot load backend {self.module} ({exc}){hint}") from exc
        return getattr(module, self.attr)


BACKENDS: dict[str, BackendEntry] = {
    "openai": BackendEntry(
        "medstep.models.openai_backend", "OpenAIBackend", _build_openai,
        "OpenAI-compatible HTTP server (vLLM, llama.cpp server, hosted APIs)",
    ),
    "llamacpp": BackendEntry(
        "medstep.models.llamacpp_backend", "LlamaCppBackend", _build_llamacpp,
        "GGUF model run in-process by llama-cpp-python",
        extra_keys=frozenset({"mmproj", "handler"}), install="llamacpp",
    ),
    "hf": BackendEntry(
        "medstep.models.hf_backend", "HFBackend", _build_by_model,
        "transformers model from a local folder or hub id", install="hf",
    ),
    "vllm": BackendEntry(
        "medstep.models.vllm_backend", "VLLMBackend", _build_vllm,
        "vLLM offline engine (needs a GPU)", extra_keys=frozenset({"max_images"}), install="vllm",
    ),
}


def spec_image_limit(spec: ModelSpec) -> int | None:
    """The images per prompt a spec itself allows (vLLM's ``+max_images=N``), or ``None`` when it sets none."""
    raw = spec.extra.get("max_images")
    return int(raw) if raw is not None and raw.isdigit() else None


def _bad(spec: str, why: str) -> MedstepError:
    return MedstepError(f"bad model spec {spec!r}: {why}")


def _split_openai_target(spec: str, target: str) -> tuple[str, tuple[str, ...]]:
    """``NAME@URL[,URL...]`` -> (NAME, URLs). The URLs are the part after the first ``@`` that starts
    a URL (a model name may contain ``@``; a URL list never starts without one)."""
    name, urls = target, DEFAULT_OPENAI_URL
    at = target.find("@http")
    if at >= 0:
        name, urls = target[:at], target[at + 1 :]
    elif "@" in target:
        raise _bad(spec, "the part after '@' must be an http(s) URL, e.g. openai:NAME@http://127.0.0.1:8000/v1")
    out: list[str] = []
    for url in urls.split(","):
        url = url.strip()
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise _bad(spec, f"{url!r} is not an http(s) URL" + (" (endpoints are separated by commas)"
                                                                   if "," in urls else ""))
        url = url.rstrip("/")
        if url in out:
            raise _bad(spec, f"endpoint {url} is listed twice")
        out.append(url)
    if not name:
        raise _bad(spec, "missing model name before '@', e.g. openai:NAME@URL")
    return name, tuple(out)


def is_local_url(url: str) -> bool:
    """Whether ``url`` points at this machine or a private network (a self-hosted server, which
    needs no key), rather than a hosted API that does."""
    import ipaddress

    host = (urlparse(url).hostname or "").lower()
    if host in ("localhost", "") or host.endswith((".local", ".localhost", ".internal", ".lan")):
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host  # a bare host name ("gpu-box") is on the local network
    return addr.is_loopback or addr.is_private or addr.is_link_local


def parse_spec(spec: str) -> ModelSpec:
    """Parse a spec string; MedstepError names the spec and what is wrong with it."""
    raw = spec.strip()
    kind, sep, body = raw.partition(":")
    if not sep or kind not in BACKENDS:
        known = ", ".join(f"{k}:" for k in BACKENDS)
        raise _bad(spec, f"unknown backend prefix {kind!r}; known prefixes: {known}")
    entry = BACKENDS[kind]
    target, *extras = _EXTRA.split(body)
    extra: dict[str, str] = {}
    for item in extras:
        key, _, value = item.partition("=")
        if key not in entry.extra_keys:
            allowed = ", ".join(sorted(entry.extra_keys)) or "none"
            raise _bad(spec, f"unknown option +{key}= for {kind} (allowed: {allowed})")
        if not value:
            raise _bad(spec, f"option +{key}= needs a value")
        extra[key] = value
    if not target:
        raise _bad(spec, f"missing model after '{kind}:'")
    urls: tuple[str, ...] = ()
    if kind == "openai":
        target, urls = _split_openai_target(spec, target)
    return ModelSpec(kind=kind, model=target, base_url=urls[0] if urls else None, extra=extra, raw=raw,
                     base_urls=urls)


PRELOADED = frozenset({"openai"})  # backends whose module is pure Python, safe to import off the main thread


def preload_backend(spec: ModelSpec) -> "threading.Thread | None":
    """Start importing the spec's backend module in a background thread (``openai`` specs only).

    The openai client alone takes most of a second to import; started while
    the benchmark is loaded and hashed (file reads and image decoding release
    the interpreter lock), part of it overlaps. The real import in
    :func:`load_backend` waits for this one; a failure here is ignored (that
    import reports it).
    """
    if spec.kind not in PRELOADED:
        return None

    def work() -> None:
        try:
            importlib.import_module(BACKENDS[spec.kind].module)
        except Exception:  # noqa: BLE001 - load_backend imports again and reports
            pass

    thread = threading.Thread(target=work, name="medstep-preload", daemon=True)
    thread.start()
    return thread


def load_backend(spec: str, options: BackendOptions = BackendOptions()) -> Backend:
    """Build the backend a spec names, importing its module only now; with ``options.ray``, a pool
    of Ray actors each owning that backend (:mod:`medstep.models.ray_pool`)."""
    parsed = parse_spec(spec)
    entry = BACKENDS[parsed.kind]
    if options.ray is not None:
        from medstep.models.ray_pool import RayPoolBackend

        return RayPoolBackend(spec, options, options.ray)
    return entry.build(entry.load_class(), parsed, options)
