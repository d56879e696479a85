"""The base of medstep's string enums: ``.value`` read at C speed.

Why: on Python 3.11 an enum member's ``.value`` is a descriptor written in Python (two Python calls
per read), and orjson reads it for every enum it encodes: a 100,000-sample ``medstep score`` encodes
millions of step and check verdicts and roles (0.54 µs per member encoded, 0.17 µs with this base).
Members, equality with their strings, ``name``, lookup by value and pickling are the standard enum's.
"""

from __future__ import annotations

from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING


class TextEnum(str, Enum):
    """A ``str`` enum whose ``value`` is a plain property over the member's stored value."""

    if not TYPE_CHECKING:  # (to a type checker, ``value`` stays the enum's own: a ``str`` here)
        value = property(attrgetter("_value_"))
