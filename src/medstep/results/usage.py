"""Typed usage results: tokens per endpoint and what they cost (``summary.json`` → ``usage``).

Part of the typed results of :mod:`medstep.results` (which imports
:class:`RunUsage` into :class:`~medstep.results.RunSummary`), kept in a
module of its own because it concerns a run's cost, not its grades.
Counts are derived from the stored generations and judge calls at every
grading, so a resumed run's usage covers every invocation that built it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from medstep.types import MedstepError


@dataclass(frozen=True)
class Price:
    """What a model's tokens cost: per million prompt tokens and per million completion tokens.

    Written ``IN/OUT`` (``0.15/0.60``), in whatever currency the user prices in; a price per
    request would be meaningless for a self-hosted server, so tokens are the unit.
    """

    prompt_per_mtok: float
    completion_per_mtok: float

    @classmethod
    def parse(cls, text: str) -> "Price":
        parts = text.strip().split("/")
        try:
            values = [float(p) for p in parts]
        except ValueError:
            values = []
        if len(values) != 2 or any(v < 0 or v != v or v == float("inf") for v in values):
            raise MedstepError(f"price {text!r} is not IN/OUT: the price of a million prompt tokens and of a "
                               "million completion tokens, e.g. 0.15/0.60")
        return cls(values[0], values[1])

    def cost(self, usage: "TokenUsage") -> float:
        return (usage.prompt_tokens * self.prompt_per_mtok + usage.completion_tokens * self.completion_per_mtok) / 1e6

    def to_json(self) -> dict[str, Any]:
        return {"prompt_per_mtok": self.prompt_per_mtok, "completion_per_mtok": self.completion_per_mtok}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Price":
        return cls(float(d["prompt_per_mtok"]), float(d["completion_per_mtok"]))


@dataclass(frozen=True)
class TokenUsage:
    """Tokens of the successful calls a run's results rest on (each distinct call once).

    ``unreported`` counts calls whose server sent no token counts: their tokens are not in the
    sums, so a cost computed from them is a lower bound, and says so.
    """

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unreported: int = 0

    def plus(self, prompt_tokens: int | None, completion_tokens: int | None) -> "TokenUsage":
        if prompt_tokens is None and completion_tokens is None:
            return TokenUsage(self.calls + 1, self.prompt_tokens, self.completion_tokens, self.unreported + 1)
        return TokenUsage(self.calls + 1, self.prompt_tokens + (prompt_tokens or 0),
                          self.completion_tokens + (completion_tokens or 0), self.unreported)

    def __add__(self, o: "TokenUsage") -> "TokenUsage":
        return TokenUsage(self.calls + o.calls, self.prompt_tokens + o.prompt_tokens,
                          self.completion_tokens + o.completion_tokens, self.unreported + o.unreported)

    def to_json(self) -> dict[str, Any]:
        return {"calls": self.calls, "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "unreported": self.unreported}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "TokenUsage":
        return cls(int(d["calls"]), int(d["prompt_tokens"]), int(d["completion_tokens"]), int(d["unreported"]))


LOCAL_ENDPOINT = "local"  # the usage key of in-process backends (llama.cpp, HF, vLLM engine), which have no URL


@dataclass(frozen=True)
class UsageSummary:
    """One model's usage in a run (the generating model, or one LLM judge), per endpoint, with its
    cost when a :class:`Price` was given."""

    by_endpoint: Mapping[str, TokenUsage]
    price: Price | None = None

    @property
    def total(self) -> TokenUsage:
        return sum(self.by_endpoint.values(), TokenUsage())

    @property
    def cost(self) -> float | None:
        return self.price.cost(self.total) if self.price is not None else None

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total.to_json(), "by_endpoint": {k: u.to_json() for k, u in self.by_endpoint.items()},
                "price": self.price.to_json() if self.price else None, "cost": self.cost}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "UsageSummary":
        return cls(by_endpoint={k: TokenUsage.from_json(u) for k, u in d["by_endpoint"].items()},
                   price=Price.from_json(d["price"]) if d["price"] else None)


@dataclass(frozen=True)
class RunUsage:
    """``summary.json`` → ``usage``: the generating model's and each LLM judge's tokens and cost."""

    generation: UsageSummary | None = None  # None for ``medstep score`` (nothing was generated here)
    judges: Mapping[str, UsageSummary] = field(default_factory=dict)  # by judge label (LLM judges only)

    @property
    def cost(self) -> float | None:
        """Sum of every priced cost; ``None`` when nothing was priced."""
        costs = [u.cost for u in (self.generation, *self.judges.values()) if u is not None and u.cost is not None]
        return sum(costs) if costs else None

    def to_json(self) -> dict[str, Any]:
        return {"generation": self.generation.to_json() if self.generation else None,
                "judges": {k: u.to_json() for k, u in self.judges.items()}, "cost": self.cost}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "RunUsage":
        return cls(generation=UsageSummary.from_json(d["generation"]) if d["generation"] else None,
                   judges={k: UsageSummary.from_json(u) for k, u in d["judges"].items()})
