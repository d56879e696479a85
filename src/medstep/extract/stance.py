"""What one clause says about a closed question's term: shared by the implicit yes/no readers and the finding reader."""

from __future__ import annotations

from enum import Enum


class Stance(Enum):
    """What one clause says about the question's term."""

    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"  # a negation or hedge whose scope is not clearly the term: refuse the whole answer


__all__ = ["Stance"]
