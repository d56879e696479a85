"""JSON text of results and exports: compact, UTF-8 with non-ASCII kept, encoded by orjson.

Why: a 100,000-sample ``medstep score --judge verifier`` writes about 1.5 GB of
JSON (every step grade into the run store and ``samples.jsonl``, the report's
part files). The standard library's encoder, and the dicts built for it, took
about a seventh of the command's time; orjson encodes the frozen result records
(:mod:`medstep.results`) directly, several times faster. Where a record's
fields are its JSON (see :meth:`medstep.results.Reasoning.json_text`) no dict
is built at all.

Whatever orjson refuses (a lone surrogate in a text stored by an older
medstep, an integer over 64 bits, a key that is not a string, a number type it
does not know) is encoded by the standard library instead, with the same
separators and records encoded through their ``to_json``, and non-ASCII
characters escaped (a lone surrogate cannot be written as UTF-8, to a file or
to SQLite, but its escape can): the same JSON either way, only slower.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

import orjson


def _plain(obj: Any) -> Any:
    """What the standard encoder writes for the records orjson encodes by itself."""
    if isinstance(obj, Enum):
        return obj.value
    to_json = getattr(obj, "to_json", None)
    if to_json is not None:
        return to_json()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, set, frozenset)):
        return list(obj)
    raise TypeError(f"cannot encode {type(obj).__name__} as JSON")


def dumps(obj: Any) -> str:
    """``obj`` as compact JSON text (``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``)."""
    try:
        return orjson.dumps(obj).decode()
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(obj, separators=(",", ":"), default=_plain)


def dumps_bytes(obj: Any) -> bytes:
    """``dumps(obj)`` as UTF-8 bytes, without decoding orjson's bytes to text and encoding them back
    (a report part is megabytes of mostly non-ASCII tooltips: the round trip cost more than the encoding)."""
    try:
        return orjson.dumps(obj)
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(obj, separators=(",", ":"), default=_plain).encode()  # ASCII: escapes what UTF-8 cannot hold
