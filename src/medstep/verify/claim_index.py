"""Claims and findings found by where they start, by bisection: ``ClaimIndex`` (split out of ``mentions.py``) and
``ByStart``.

A clause of thousands of claims (a model's repetition loop with no stop) must cost no more per attribute, and a step of
thousands of sentences no more per sentence, than a short one: a scan of every claim per attribute or of every finding
per sentence is quadratic in the chain (issues #8, #12)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Generic, Protocol, Sequence, TypeVar

if TYPE_CHECKING:
    from medstep.verify.mentions import Mention


class _Started(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Started)


class ByStart(Generic[T]):
    """Items (findings, claims) in any order, asked for those starting in ``[lo, hi)``: the starts sorted once, each
    question answered by bisection, in the items' own order (what a scan of every item answers)."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether an item starts in ``[lo, hi)``: ``any(lo <= x.start < hi for x in items)``."""
        return bisect_left(self.starts, lo) < bisect_left(self.starts, hi)

    def between(self, lo: int, hi: int) -> list[T]:
        """The items starting in ``[lo, hi)``, in their order: ``[x for x in items if lo <= x.start < hi]``."""
        found = self.order[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [self.items[i] for i in sorted(found)]


class ClaimIndex:
    """Where an attribute's claims are among a clause's claims (text order; a clause's chunk count only grows),
    found by bisection: a clause of thousands of claims (a model's repetition loop with no stop) costs no more
    per attribute than a short one (a scan of the claims for each attribute made it quadratic)."""

    def __init__(self, claims: list[Mention]) -> None:
        self.claims = claims
        self.chunks = [m.chunk for m in claims]
        # the latest start so far within the claim's chunk (a start may fall back: an abnormal word waiting for
        # its organ is added at the organ)
        self.reach: list[int] = []
        self.where: dict[int, int] = {}  # a claim (by identity) -> its first index
        # the latest start of the claims up to each one, whatever the chunk: the first claim starting at or after a
        # position is the first whose running latest start reaches it (``first_from``)
        self.top: list[int] = []
        self._at: dict[int, Mention] | None = None  # (``holding``)
        for k, m in enumerate(claims):
            self.reach.append(m.start if not k or self.chunks[k - 1] != m.chunk else max(self.reach[-1], m.start))
            self.top.append(m.start if not k else max(self.top[-1], m.start))
            self.where.setdefault(id(m), k)

    def first_from(self, pos: int, strict: bool = False) -> int:
        """The index of the first claim (in list order) starting at ``pos`` or after (after it, ``strict``);
        ``len(claims)`` when none does. What ``next(m for m in claims if m.start >= pos)`` finds, by bisection."""
        return (bisect_right if strict else bisect_left)(self.top, pos)

    def claims_from(self, pos: int) -> Iterator[Mention]:
        """The claims from the first starting at ``pos`` or after, in list order, each starting at ``pos`` or after
        (what a scan of every claim for those starting in a window after ``pos`` meets, in its order)."""
        claims = self.claims  # (indexed from there: an islice would step through the claims before it)
        return (m for m in (claims[k] for k in range(self.first_from(pos), len(claims))) if m.start >= pos)

    def next_from(self, pos: int, strict: bool = False) -> Mention | None:
        """The first claim starting at ``pos`` or after (after it, ``strict``), or None (``first_from``)."""
        k = self.first_from(pos, strict)
        return self.claims[k] if k < len(self.claims) else None

    def holding(self, pos: int) -> Mention | None:
        """The first claim (in list order) whose span holds ``pos``: ``next(m for m in claims if m.start <= pos <
        m.end)``, from a table of every position a claim covers, built on the first question (a displacement's
        direction asks it; claims are phrases, so the table is about as long as the text they cover)."""
        if self._at is None:
            self._at = {}
            for m in self.claims:
                for p in range(m.start, m.end):
                    self._at.setdefault(p, m)
        return self._at.get(pos)

    def near(self, pos: int, chunk: int) -> tuple[Mention | None, Mention | None]:
        """(the first claim of ``chunk`` starting at ``pos`` or after, else the chunk's last claim, else None;
        the last claim of an earlier chunk, or None)."""
        lo, hi = bisect_left(self.chunks, chunk), bisect_right(self.chunks, chunk)
        t = bisect_left(self.reach, pos, lo, hi)
        target = self.claims[t] if t < hi else self.claims[hi - 1] if hi > lo else None
        return target, self.claims[lo - 1] if lo else None
