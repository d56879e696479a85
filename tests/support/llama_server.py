"""Start and stop a real ``python -m llama_cpp.server`` for end-to-end tests of the openai backend.

The server is a subprocess (so a test can kill it mid-run and restart it on
the same port to test resuming); it is ready when ``GET /v1/models`` answers.
Its output goes to a log file rather than a pipe, because an unread pipe
fills up and blocks the server; the log tail is included in start-up errors.

Usage::

    with llama_server(build_tiny_gguf(tmp)) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="none")
        ...
        server.kill()     # simulate a crash
        server.restart()  # same model, same port, same object
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx

MODEL_ALIAS = "tiny"  # the name the server reports in /v1/models and accepts as "model"


def free_port() -> int:
    """A TCP port that was free a moment ago (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LlamaServer:
    """A running llama.cpp server subprocess."""

    process: subprocess.Popen
    port: int
    model: Path
    mmproj: Path | None
    chat_format: str | None
    log_path: Path
    n_ctx: int
    host: str = "127.0.0.1"
    extra_args: tuple[str, ...] = field(default_factory=tuple)

    @property
    def base_url(self) -> str:
        """OpenAI-compatible base URL (ends in ``/v1``)."""
        return f"http://{self.host}:{self.port}/v1"

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, n: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def kill(self) -> None:
        """SIGKILL, no clean shutdown: what a crash or an OOM kill looks like to the client."""
        if self.alive:
            self.process.kill()
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate politely, then kill if it does not exit in time."""
        if self.alive:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def restart(self, startup_timeout: float = 60.0) -> "LlamaServer":
        """Stop (if needed) and start a new process with the same model on the same port.

        Updates this object in place (and returns it), so an enclosing
        ``with llama_server(...)`` still stops the new process on exit.
        """
        self.stop()
        fresh = start_llama_server(
            self.model, self.mmproj, chat_format=self.chat_format, port=self.port, n_ctx=self.n_ctx,
            log_path=self.log_path, startup_timeout=startup_timeout, extra_args=self.extra_args,
        )
        self.process = fresh.process
        return self


def start_llama_server(
    model: Path,
    mmproj: Path | None = None,
    *,
    chat_format: str | None = None,
    port: int | None = None,
    n_ctx: int = 2048,
    log_path: Path | None = None,
    startup_timeout: float = 60.0,
    extra_args: tuple[str, ...] = (),
) -> LlamaServer:
    """Start the server and wait until it answers; the caller must ``stop()`` it.

    With ``mmproj`` and no ``chat_format`` the generic ``mtmd`` chat format is
    used (the model's own template with llama.cpp media markers).
    """
    if mmproj is not None and chat_format is None:
        chat_format = "mtmd"
    if log_path is None:
        log_path = Path(tempfile.mkdtemp(prefix="llama_server_")) / "server.log"
    # An auto-picked port can be taken by someone else between picking and binding: retry then.
    attempts = 1 if port else 3
    for attempt in range(attempts):
        server = _spawn(model, mmproj, chat_format, port or free_port(), n_ctx, log_path, tuple(extra_args))
        try:
            _wait_ready(server, startup_timeout)
            return server
        except ServerStartError as exc:
            if attempt + 1 == attempts or "address already in use" not in str(exc).lower():
                raise
    raise AssertionError("unreachable")


class ServerStartError(RuntimeError):
    """The server exited or did not answer during start-up (the message holds its log tail)."""


def _spawn(
    model: Path, mmproj: Path | None, chat_format: str | None, port: int, n_ctx: int,
    log_path: Path, extra_args: tuple[str, ...],
) -> LlamaServer:
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model), "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx),
    ]
    if mmproj is not None:
        cmd += ["--clip_model_path", str(mmproj)]
    if chat_format is not None:
        cmd += ["--chat_format", chat_format]
    cmd += list(extra_args)
    with open(log_path, "ab") as log:  # the child keeps its own handle
        process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return LlamaServer(
        process=process, port=port, model=Path(model), mmproj=mmproj, chat_format=chat_format,
        log_path=log_path, n_ctx=n_ctx, extra_args=extra_args,
    )


def _wait_ready(server: LlamaServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.alive:
            raise ServerStartError(
                f"llama.cpp server exited with code {server.process.returncode} during start-up; "
                f"log {server.log_path}:\n{server.log_tail()}"
            )
        try:
            if httpx.get(f"{server.base_url}/models", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.stop()
    raise ServerStartError(f"llama.cpp server not ready after {timeout:.0f} s; log {server.log_path}:\n{server.log_tail()}")


@contextmanager
def llama_server(model: Path, mmproj: Path | None = None, **kwargs) -> Iterator[LlamaServer]:
    """Context manager around :func:`start_llama_server`; always stops the server on exit."""
    server = start_llama_server(model, mmproj, **kwargs)
    try:
        yield server
    finally:
        server.stop()
