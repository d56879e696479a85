"""Embedded llama.cpp backend (llama-cpp-python): a GGUF model, optionally with a vision projector.

Why in-process rather than through the llama.cpp server: no port, no
start-up wait, no HTTP; good for laptops and quantised models. The price is
one request at a time (a ``Llama`` object is not thread-safe and decodes one
sequence), so this backend is sequential; use the server with the openai
backend for concurrency.

Images need a multimodal projector (``mmproj`` GGUF) and a chat handler that
knows where the image embeddings go. The default handler, ``mtmd``, renders
the model's *own* chat template (from the GGUF metadata) with llama.cpp's
media markers, which is right for any recent model; older projector formats
need their named handler (``llava-1-5``, ``qwen2.5-vl``, ...), with the same
names as the server's ``--chat_format``.

Decoding: temperature/top_p/seed/stop come from the request settings; the
llama.cpp-specific extras (repeat penalty 1.1, top-k 40, min-p 0.05 by
default) are turned off so that "temperature 0" means plain greedy decoding,
as it does for the other backends.

llama_cpp is imported inside the class so importing ``medstep.models`` stays cheap.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any, Iterator, Sequence

from medstep.models.base import BackendOptions
from medstep.models.chat import to_openai_chat
from medstep.types import Generation, MedstepError, Request

_INSTALL_HINT = "install it with: pip install 'medstep[llamacpp]'"

# handler name (same as llama_cpp.server --chat_format) -> class name in llama_cpp.llama_chat_format
CHAT_HANDLERS: dict[str, str] = {
    "mtmd": "MTMDChatHandler",
    "llava-1-5": "Llava15ChatHandler",
    "llava-1-6": "Llava16ChatHandler",
    "qwen2.5-vl": "Qwen25VLChatHandler",
    "minicpm-v-2.6": "MiniCPMv26ChatHandler",
    "moondream": "MoondreamChatHandler",
    "nanollava": "NanoLlavaChatHandler",
    "gemma4": "Gemma4ChatHandler",
}
DEFAULT_HANDLER = "mtmd"


def _import_llama_cpp() -> Any:
    try:
        import llama_cpp
        import llama_cpp.llama_chat_format  # noqa: F401  (the handlers live here)
    except ImportError as exc:
        raise MedstepError(f"the llamacpp backend needs llama-cpp-python ({exc}); {_INSTALL_HINT}") from exc
    return llama_cpp


def _quiet_mtmd_logs() -> None:
    """Route libmtmd's logs through llama-cpp-python's level-filtered callback.

    Without this the vision library prints its per-image debug trace to
    stderr on every request, burying the progress bar. Uses a private
    module, so a future layout change only brings the noise back.
    """
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import ctypes

        import llama_cpp._logger as llama_logger
        import llama_cpp.mtmd_cpp as mtmd_cpp

        mtmd_cpp.mtmd_log_set(llama_logger.llama_log_callback, ctypes.c_void_p(0))
        mtmd_cpp.mtmd_helper_log_set(llama_logger.llama_log_callback, ctypes.c_void_p(0))


class LlamaCppBackend:
    """Runs a GGUF model in this process, one request at a time.

    Honours ``options.n_ctx`` and ``options.n_threads`` (``None``: llama.cpp's
    default). ``handler`` picks the multimodal chat handler (see
    :data:`CHAT_HANDLERS`); it is only used with an ``mmproj_path``.
    """

    def __init__(
        self,
        model_path: Path,
        mmproj_path: Path | None,
        options: BackendOptions,
        spec: str,
        handler: str | None = None,
    ) -> None:
        self.spec = spec
        self.options = options
        self.model_path = Path(model_path)
        self.mmproj_path = Path(mmproj_path) if mmproj_path is not None else None
        for label, path in (("model", self.model_path), ("mmproj", self.mmproj_path)):
            if path is not None and not path.is_file():
                raise MedstepError(f"llama.cpp {label} file not found: {path} (spec {spec})")
        if handler is not None and self.mmproj_path is None:
            raise MedstepError(f"chat handler {handler!r} given without an mmproj file (spec {spec})")
        llama_cpp = _import_llama_cpp()
        kwargs: dict[str, Any] = {"model_path": str(self.model_path), "n_ctx": options.n_ctx, "verbose": False}
        if options.n_threads is not None:
            kwargs["n_threads"] = options.n_threads
        if self.mmproj_path is not None:
            kwargs["chat_handler"] = self._make_handler(llama_cpp, handler or DEFAULT_HANDLER)
        try:
            self.llm = llama_cpp.Llama(**kwargs)
        except (ValueError, RuntimeError) as exc:
            raise MedstepError(f"llama.cpp could not load {self.model_path} (spec {spec}): {exc}") from exc
        if not self.llm.metadata.get("tokenizer.chat_template") and handler in (None, DEFAULT_HANDLER):
            # llama-cpp-python would silently fall back to the Llama-2 prompt format, so the run
            # would measure a prompt format the model was never tuned on.
            self.close()
            raise MedstepError(
                f"{self.model_path} has no chat template in its GGUF metadata (spec {spec}); "
                "use a GGUF converted from an instruction-tuned model, or name a handler with its "
                "own template (llava-1-5, qwen2.5-vl, ...) together with +mmproj"
            )

    def _make_handler(self, llama_cpp: Any, name: str) -> Any:
        if name not in CHAT_HANDLERS:
            raise MedstepError(
                f"unknown llama.cpp chat handler {name!r} (spec {self.spec}); "
                f"choose one of: {', '.join(sorted(CHAT_HANDLERS))}"
            )
        cls = getattr(llama_cpp.llama_chat_format, CHAT_HANDLERS[name], None)
        if cls is None:
            raise MedstepError(
                f"chat handler {name!r} is not in this llama-cpp-python version "
                f"({llama_cpp.__version__}); upgrade it or choose another handler"
            )
        _quiet_mtmd_logs()
        try:
            return cls(clip_model_path=str(self.mmproj_path), verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise MedstepError(f"cannot load mmproj {self.mmproj_path} with handler {name!r}: {exc}") from exc

    @property
    def multimodal(self) -> bool:
        return self.mmproj_path is not None

    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Run requests one by one; a failing request (context overflow, bad image) fails alone."""
        for req in requests:
            yield req, self._generate_one(req)

    def _generate_one(self, req: Request) -> Generation:
        start = time.perf_counter()
        try:
            n_images = sum(len(m.images) for m in req.messages)
            if n_images and not self.multimodal:
                raise MedstepError(
                    f"request has {n_images} image(s) but no mmproj file was given for {self.model_path.name}"
                )
            s = req.settings
            response = self.llm.create_chat_completion(
                messages=to_openai_chat(req.messages),
                max_tokens=s.max_tokens,
                temperature=s.temperature,
                top_p=s.top_p,
                top_k=0,
                min_p=0.0,
                repeat_penalty=1.0,
                seed=s.seed,
                stop=list(s.stop) or None,
            )
        except Exception as exc:  # llama.cpp raises ValueError/RuntimeError; one request must not end the run
            message = str(exc) if isinstance(exc, MedstepError) else f"{type(exc).__name__}: {exc}"
            return Generation(text="", latency_s=time.perf_counter() - start, error=message)
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        return Generation(
            text=choice["message"].get("content") or "",
            latency_s=time.perf_counter() - start,
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
            finish_reason=choice.get("finish_reason"),
        )

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            with contextlib.suppress(Exception):
                llm.close()
            self.llm = None

    def __enter__(self) -> "LlamaCppBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
