"""Reference reasoning steps: one definition of how a value becomes a list of steps.

Datasets ship reference steps as a list, or as one string with numbered
steps or one step per line. Loaders, the reasoning verifier and RL rewards
all need the same steps from the same value, or the completeness of one
chain depends on which entry point graded it.

Rules: a list is one step per item; a string is split at line breaks, and
each line at inline numbering ("1. x. 2. y." or "Step 1: x Step 2: y");
numbering, "Step k" markers and bullets are removed. A paragraph without
either is one step: the dataset did not delimit steps inside it, and
splitting at sentence ends would invent a structure.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

_NUMBER = lazy_compile(r"^\s*(?:[-*\u2022]\s*)?(?:\**\s*step\s*\d+\s*\**|\d{1,2})\s*[\.\):：]\**\s*", re.I)
_INLINE = lazy_compile(r"(?<=[.;:!?])\s+(?=(?:\**\s*step\s*)?\d{1,2}\s*[\.\):：]\**\s)", re.I)
_BULLET = lazy_compile(r"^\s*[-*\u2022]\s+")


def _clean(step: str) -> str:
    return _BULLET.sub("", _NUMBER.sub("", step, count=1)).strip()


def split_reference_steps(value: object) -> tuple[str, ...]:
    """Reference steps of ``value`` (a list, or a string; anything else has none). See module docstring."""
    if isinstance(value, (list, tuple)):
        steps = [_clean(str(v)) for v in value]
    elif isinstance(value, str):
        steps = [_clean(piece) for line in value.splitlines() for piece in _INLINE.split(line)]
    else:
        return ()
    return tuple(s for s in steps if s)
