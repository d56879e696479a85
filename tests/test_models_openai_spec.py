"""Spec parsing, the lazy backend registry, and image data-URL encoding."""

from __future__ import annotations

import base64
import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from medstep.models import (
    BACKENDS,
    DEFAULT_OPENAI_URL,
    BackendOptions,
    load_backend,
    parse_spec,
)
from medstep.models.images import bytes_to_data_url, image_mime, openai_messages
from medstep.types import ImageRef, MedstepError, Message


def _encoded(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 20, 30)).save(buf, format=fmt)
    return buf.getvalue()


# ---- spec parsing -------------------------------------------------------------------
def test_openai_spec_with_url() -> None:
    s = parse_spec("openai:med-model@http://10.0.0.5:9000/v1/")
    assert (s.kind, s.model, s.base_url) == ("openai", "med-model", "http://10.0.0.5:9000/v1")
    assert s.raw == "openai:med-model@http://10.0.0.5:9000/v1/"


def test_openai_spec_with_several_endpoints_has_one_identity() -> None:
    s = parse_spec("openai:med@http://a:1/v1,http://b:2/v1/, https://c/v1")
    assert s.base_urls == ("http://a:1/v1", "http://b:2/v1", "https://c/v1") and s.base_url == "http://a:1/v1"
    # where a model is served is not what it is: cache keys and the run's model check use the identity
    assert s.identity == parse_spec("openai:med@http://z:9/v1").identity == "openai:med"
    assert parse_spec("llamacpp:/m.gguf+mmproj=/p.gguf").identity == "llamacpp:/m.gguf+mmproj=/p.gguf"


@pytest.mark.parametrize("spec, fragment", [
    ("openai:m@http://a:1/v1,ftp://b", "'ftp://b' is not an http(s) URL (endpoints are separated by commas)"),
    ("openai:m@http://a:1/v1,http://a:1/v1/", "listed twice"),
    ("openai:m@http://a:1/v1,", "'' is not an http(s) URL"),
])
def test_bad_endpoint_lists_are_clear_errors(spec: str, fragment: str) -> None:
    with pytest.raises(MedstepError, match=re.escape(fragment)):
        parse_spec(spec)


def test_openai_spec_without_url_uses_local_default() -> None:
    s = parse_spec("openai:org/Model-7B")
    assert s.model == "org/Model-7B" and s.base_url == DEFAULT_OPENAI_URL


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ("openai:@http://h:1/v1", "missing model name"),
        ("openai:m@ftp://h/v1", "after '@' must be an http(s) URL"),
        ("openai:m@http://", "is not an http(s) URL"),
        ("openai:", "missing model"),
        ("gpt4all:foo", "known prefixes: openai:, llamacpp:, hf:, vllm:"),
        ("no-colon-here", "unknown backend prefix"),
        ("llamacpp:/m.gguf+mmprj=/p.gguf", "unknown option +mmprj= for llamacpp (allowed: handler, mmproj)"),
        ("llamacpp:/m.gguf+mmproj=", "needs a value"),
        ("hf:/m+mmproj=/p", "allowed: none"),
    ],
)
def test_bad_specs_are_clear_errors(spec: str, fragment: str) -> None:
    with pytest.raises(MedstepError) as err:
        parse_spec(spec)
    assert fragment in str(err.value) and repr(spec) in str(err.value)


def test_llamacpp_spec_with_projector_and_plus_in_path() -> None:
    s = parse_spec("llamacpp:/models/a+b/model.gguf+mmproj=/models/proj.gguf")
    assert s.model == "/models/a+b/model.gguf"
    assert s.extra == {"mmproj": "/models/proj.gguf"}


def test_registry_builds_each_kind_with_its_constructor_signature() -> None:
    """The hf/llamacpp/vllm entries must call the agreed constructor signatures."""
    calls: list[tuple] = []

    class Fake:
        def __init__(self, *args: object, **kwargs: object) -> None:
            calls.append(args + tuple(f"{k}={v}" for k, v in kwargs.items()))

    opts = BackendOptions(concurrency=3)
    for spec in ("llamacpp:/m.gguf+mmproj=/p.gguf+handler=qwen2.5-vl", "llamacpp:/m.gguf", "hf:org/m", "vllm:org/m",
                 "openai:m@http://h:1/v1"):
        parsed = parse_spec(spec)
        BACKENDS[parsed.kind].build(Fake, parsed, opts)
    assert calls == [
        (Path("/m.gguf"), Path("/p.gguf"), opts, "llamacpp:/m.gguf+mmproj=/p.gguf+handler=qwen2.5-vl",
         "handler=qwen2.5-vl"),
        (Path("/m.gguf"), None, opts, "llamacpp:/m.gguf", "handler=None"),
        ("org/m", opts, "hf:org/m"),
        ("org/m", opts, "vllm:org/m", "max_images=None"),
        ("m", ["http://h:1/v1"], opts, "openai:m"),
    ]
    assert {e.module for e in BACKENDS.values()} == {
        "medstep.models.openai_backend", "medstep.models.llamacpp_backend",
        "medstep.models.hf_backend", "medstep.models.vllm_backend",
    }


def test_importing_models_pulls_in_no_heavy_dependency() -> None:
    code = (
        "import sys, medstep.models\n"
        "print(','.join(m for m in ('torch', 'transformers', 'llama_cpp', 'vllm', 'openai')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_load_backend_openai_checks_the_server_at_once() -> None:
    # Nothing listens on port 9: the error comes from load_backend, before any generation.
    with pytest.raises(MedstepError, match=r"cannot reach OpenAI-compatible server at http://127.0.0.1:9/v1"):
        load_backend("openai:m@http://127.0.0.1:9/v1", BackendOptions(concurrency=2))


def test_vllm_missing_is_a_clear_error() -> None:
    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vllm is installed here")
    with pytest.raises(MedstepError, match=r"vllm is not installed: pip install 'medstep\[vllm\]'"):
        load_backend("vllm:some/model")


# ---- images -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fmt, mime", [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("GIF", "image/gif"),
                  ("WEBP", "image/webp"), ("BMP", "image/bmp"), ("TIFF", "image/tiff")]
)
def test_mime_from_magic_bytes(fmt: str, mime: str) -> None:
    assert image_mime(_encoded(fmt)) == mime


def test_non_image_bytes_name_the_image() -> None:
    with pytest.raises(MedstepError, match=r"scan_017\.jpg: not a PNG/JPEG"):
        bytes_to_data_url(b"<html>oops</html>", "scan_017.jpg")


def test_png_passes_through_and_bmp_becomes_png() -> None:
    png = _encoded("PNG")
    url = bytes_to_data_url(png)
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == png
    bmp_url = bytes_to_data_url(_encoded("BMP"))
    assert bmp_url.startswith("data:image/png;base64,")
    with Image.open(io.BytesIO(base64.b64decode(bmp_url.split(",", 1)[1]))) as im:
        assert im.format == "PNG" and im.size == (4, 4)


def test_openai_messages_put_images_before_text(tmp_path: Path) -> None:
    path = tmp_path / "x.png"
    path.write_bytes(_encoded("PNG"))
    msgs = (Message("system", "Be brief."), Message("user", "What organ?", (ImageRef(path=path),)))
    out = openai_messages(msgs)
    assert out[0] == {"role": "system", "content": "Be brief."}
    parts = out[1]["content"]
    assert [p["type"] for p in parts] == ["image_url", "text"]
    assert parts[0]["image_url"]["url"].startswith("data:image/png;base64,")
    assert parts[1]["text"] == "What organ?"


def test_recent_urls_are_bounded_by_size() -> None:
    from medstep.models.images import _RecentUrls

    cache = _RecentUrls(max_chars=10)
    a, b, c = (ImageRef(data=bytes([i])) for i in range(3))
    cache.put(a, "aaaa")
    cache.put(b, "bbbb")
    assert cache.get(a) == "aaaa"  # a is now the most recent
    cache.put(c, "cccc")  # 12 chars > 10: the least recent (b) goes
    assert (cache.get(a), cache.get(b), cache.get(c)) == ("aaaa", None, "cccc")
    cache.put(ImageRef(data=b"x"), "z" * 11)  # larger than the whole budget: not kept
    assert cache.get(ImageRef(data=b"x")) is None


def test_image_file_is_read_once_for_repeated_use(tmp_path: Path) -> None:
    from medstep.models.images import image_data_url

    path = tmp_path / "shared.png"
    path.write_bytes(_encoded("PNG"))
    first = image_data_url(ImageRef(path=path))
    path.unlink()  # a second question on the same image needs no second read
    assert image_data_url(ImageRef(path=path)) == first
    with pytest.raises(MedstepError, match="gone.png: cannot read image"):
        image_data_url(ImageRef(path=tmp_path / "gone.png"))
