"""A hub id that cannot be fetched fails at once, naming the id (medstep/hub.py): offline, ``datasets`` and
``transformers`` retried each request five times (46 s for a dataset id, 87 s for a model id) before one error."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from medstep import hub
from medstep.types import MedstepError


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple]:
    """No network (each connection attempt fails and is listed in the list returned) and an empty cache under
    ``tmp_path``."""
    import datasets
    from huggingface_hub import constants

    attempts: list[tuple] = []

    def refuse(address: tuple, timeout: float | None = None) -> socket.socket:
        attempts.append(address)
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "datasets"))
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)

    def load_dataset(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the library's own load (with its retries)")

    monkeypatch.setattr(datasets, "load_dataset", load_dataset)
    return attempts


def test_an_uncached_hub_dataset_is_refused_after_one_attempt(offline: list[tuple], tmp_path: Path) -> None:
    from medstep.datasets._records import load_hub_rows

    with pytest.raises(MedstepError) as err:
        load_hub_rows("someone/nothing", None, "test")
    message = str(err.value)
    assert "someone/nothing" in message and "cannot be reached" in message and "Name or service not known" in message
    assert "retry" not in message.lower()
    assert offline == [("huggingface.co", 443)]


def test_a_cached_hub_dataset_is_left_to_the_library(offline: list[tuple], tmp_path: Path) -> None:
    from medstep.datasets._records import load_hub_rows

    (tmp_path / "datasets" / "someone___cached").mkdir(parents=True)
    with pytest.raises(MedstepError, match="the library's own load"):
        load_hub_rows("someone/cached", None, "test")
    assert offline == []


def test_the_libraries_offline_mode_is_theirs(offline: list[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    hub.require("someone/nothing", "model")  # they fail fast themselves
    assert offline == []


def test_the_attempt_goes_to_the_proxy_that_reaches_the_hub(offline: list[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "")
    with pytest.raises(MedstepError, match="proxy.example:3128 cannot be reached"):
        hub.require("someone/model", "model")
    assert offline == [("proxy.example", 3128)]


def test_a_proxy_password_stays_out_of_the_message(offline: list[tuple], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://me:s3cret@proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "")
    with pytest.raises(MedstepError) as err:
        hub.require("someone/model", "model")
    assert "http://proxy.example:3128 cannot be reached" in str(err.value) and "s3cret" not in str(err.value)
    assert offline == [("proxy.example", 3128)]


def test_a_local_path_is_no_hub_id(tmp_path: Path) -> None:
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "name").mkdir()
    assert hub.looks_like_id("org/name") and not hub.looks_like_id(str(tmp_path / "org" / "name"))
    assert not hub.looks_like_id("./model") and not hub.looks_like_id("a/b/c")
