"""Reference reasoning steps: one definition of how a value becomes a list of steps.

Datasets ship reference steps as a list, or as one string with numbered
steps, one step per line, or a paragraph. Loaders, the reasoning verifier
and RL rewards all need the same steps from the same value, or the
completeness of one chain depends on which entry point graded it.

Rules, first that applies: a list is one step per item; a string with
``Step k`` / ``k.`` / ``k)`` markers is split at the markers (even inline,
"... 1. x. 2. y"); otherwise at line breaks when there are several lines;
otherwise at sentence ends. Markers and bullets are removed from the steps.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:\**\s*step\s*\d+\s*\**|\d{1,2})\s*[\.\):：]?\**\s*", re.I)
_MARKER = re.compile(r"(?:^|(?<=[\s.;:]))(?:\**\s*step\s*\d+\s*\**\s*[\.\):：]|\d{1,2}[\.\)](?=\s))", re.I)
_BULLET = re.compile(r"^\s*[-*\u2022]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=[A-Z0-9(\"'\u4e00-\u9fff])|(?<=[。！？])")


def _clean(step: str) -> str:
    return _BULLET.sub("", _NUMBER.sub("", step, count=1)).strip()


def split_reference_steps(value: object) -> tuple[str, ...]:
    """Reference steps of ``value`` (a list, or a string; anything else has none). See module docstring."""
    if isinstance(value, (list, tuple)):
        steps = [_clean(str(v)) for v in value]
    elif isinstance(value, str):
        steps = _split_text(value)
    else:
        return ()
    return tuple(s for s in steps if s)


def _split_text(text: str) -> list[str]:
    cuts = [m.start() for m in _MARKER.finditer(text)]
    if len(cuts) >= 2:
        pieces = [text[:cuts[0]]] + [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]
        return [_clean(p) for p in pieces]
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) >= 2:
        return [_clean(ln) for ln in lines]
    return [_clean(s) for s in _SENTENCE_END.split(text.strip())]
