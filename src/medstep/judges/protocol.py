"""LLM-judge protocols: prompts, strict JSON replies, and the arithmetic on top of them.

A protocol is written as straight-line code, one sample at a time: its
:meth:`Protocol.run` is a generator that yields the prompts it needs (a list
of :class:`Ask`), receives their parsed replies (a list of :class:`Reply`, in
the same order), may ask again (a second round that depends on the first),
and finally returns the sample's :class:`~medstep.results.ReasoningGrade`::

    class Mine(Protocol):
        name, version, metrics = "mine", "1", ("score",)
        system = "You grade ... Reply with one JSON object."

        def run(self, item):
            (reply,) = yield [Ask(f"Question: {item.sample.question} ...")]
            score = reply.number("score", 0, 10)
            return graded({"score": score / 10})

The engine (:mod:`medstep.judges.llm`) drives every sample's generator at
once, sends each round's prompts through the model backend with bounded
concurrency, caches every call, and handles every failure so protocols do
not have to: a call that failed, a reply that is not a JSON object, or a
refusal ends that sample's grade with status ``failed`` / ``parse_failure``
/ ``refused``. A protocol that finds a reply of the wrong shape raises
:class:`ReplyError` (the accessors below do it), which is counted as a
parse failure too. Nothing is ever defaulted to 0 or 1.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar, Generator, Mapping, Sequence

from medstep.judges.base import Judge, JudgeItem
from medstep.lazyre import lazy_compile
from medstep.results import GradeStatus, ReasoningGrade, StepGrade
from medstep.verify import Verdict


@dataclass(frozen=True)
class Ask:
    """One prompt of a protocol (the protocol's system prompt is sent before it)."""

    text: str


class ReplyError(ValueError):
    """A reply is valid JSON but not what the protocol asked for (counted as a parse failure)."""


@dataclass(frozen=True)
class Reply:
    """A judge reply parsed into a JSON object, with typed accessors that raise :class:`ReplyError`."""

    data: Mapping[str, Any]
    raw: str

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise ReplyError(f"the reply has no {key!r} field")
        return self.data[key]

    def number(self, key: str, lo: float, hi: float) -> float:
        """A number in ``[lo, hi]`` (a numeric string is accepted: small judges quote numbers)."""
        value = self.get(key)
        return as_number(value, key, lo, hi)

    def items(self, key: str) -> list[Any]:
        value = self.get(key)
        if not isinstance(value, list):
            raise ReplyError(f"{key!r} must be a list, got {type(value).__name__}")
        return value

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str):
            raise ReplyError(f"{key!r} must be a string, got {type(value).__name__}")
        return value

    def flag(self, key: str) -> bool:
        return as_flag(self.get(key), key)


def as_number(value: Any, key: str, lo: float, hi: float) -> float:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise ReplyError(f"{key!r} must be a number, got {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ReplyError(f"{key!r} must be a number, got {type(value).__name__}")
    if not lo <= value <= hi:
        raise ReplyError(f"{key!r} must be between {lo:g} and {hi:g}, got {value}")
    return float(value)


_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


def as_flag(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ReplyError(f"{key!r} must be true or false, got {value!r}")


def as_choice(value: Any, key: str, choices: Mapping[str, Any]) -> Any:
    """``value`` looked up case-insensitively among ``choices`` (labels the prompt offered)."""
    if isinstance(value, str):
        norm = re.sub(r"[\s_/-]+", "", value.strip().lower())
        for label, out in choices.items():
            if re.sub(r"[\s_/-]+", "", label.lower()) == norm:
                return out
    raise ReplyError(f"{key!r} must be one of {', '.join(choices)}, got {value!r}")


def as_index(value: Any, key: str, n: int) -> int:
    """A 1-based item number in ``1..n`` as written in the prompt → 0-based index."""
    return int(as_number(value, key, 1, n)) - 1


def one_per_item(rows: list, key: str, n: int) -> list[dict]:
    """Reply rows ordered by their 1-based ``key`` number, exactly one per item ``1..n``.

    A judge that skips an item, grades one twice or numbers outside the list
    gave an unusable reply (:class:`ReplyError`): guessing the missing grade
    would be scoring it silently.
    """
    seen: dict[int, dict] = {}
    for row in rows:
        if not isinstance(row, dict):
            raise ReplyError(f"each entry must be an object, got {row!r}")
        i = as_index(row.get(key), key, n)
        if i in seen:
            raise ReplyError(f"{key} {i + 1} appears twice")
        seen[i] = row
    if len(seen) != n:
        missing = next(i + 1 for i in range(n) if i not in seen)
        raise ReplyError(f"{key} {missing} is missing ({n - len(seen)} of {n} not graded)")
    return [seen[i] for i in range(n)]


def numbered(lines: Sequence[str], prefix: str = "") -> str:
    """``1. first\\n2. second``: how protocols show steps and findings to the judge."""
    return "\n".join(f"{prefix}{i}. {text}" for i, text in enumerate(lines, 1)) or "(none)"


def ratio(num: float, den: float) -> float | None:
    """``num / den``, ``None`` for a zero denominator (never scored as 0 or 1)."""
    return num / den if den else None


def graded(metrics: Mapping[str, float | None], steps: Sequence[StepGrade] = (),
           labels: Mapping[str, Sequence[str]] | None = None) -> ReasoningGrade:
    return ReasoningGrade(GradeStatus.GRADED, dict(metrics), tuple(steps),
                          {k: tuple(v) for k, v in (labels or {}).items() if v})


def step_grades(item: JudgeItem, verdicts: Mapping[int, tuple[Verdict, str]]) -> tuple[StepGrade, ...]:
    """The item's steps with the judge's ``{index: (verdict, reason)}``; steps it skipped are neutral."""
    return tuple(StepGrade(index=i, text=text, verdict=verdicts.get(i, (Verdict.NEUTRAL, ""))[0],
                           note=verdicts.get(i, (Verdict.NEUTRAL, ""))[1])
                 for i, text in enumerate(item.steps))


Run = Generator[list[Ask], list[Reply], ReasoningGrade]


class Protocol(ABC):
    """An LLM-judge protocol. Subclasses set the class attributes and write :meth:`run`.

    ``version`` must change whenever a prompt or the arithmetic changes:
    it is part of every call's cache key and of ``summary.json``.
    """

    name: ClassVar[str]
    version: ClassVar[str]
    metrics: ClassVar[tuple[str, ...]]
    system: ClassVar[str]

    reads_answers: ClassVar[bool] = False  # an answer reader: its grades carry labels["answer"]
    maxima: ClassVar[Mapping[str, float]] = {}  # metrics not on a 0-1 scale and their maximum (e.g. 0-10 ratings)

    def corpus_metrics(self, grades: Sequence[ReasoningGrade]) -> Mapping[str, float | None]:
        """See :meth:`medstep.judges.base.Judge.corpus_metrics`. Default: none."""
        return {}

    def skip_reason(self, item: JudgeItem) -> str | None:
        """Why this sample cannot be judged (graded ``not_applicable``), or ``None``. Default: every sample."""
        return None

    @abstractmethod
    def run(self, item: JudgeItem) -> Run:
        """Yield lists of prompts, receive their replies, return the grade."""

    @classmethod
    def as_judge(cls, label: str, model: str | None) -> Judge:
        from medstep.judges.llm import LLMJudge

        return LLMJudge(cls(), label, model)


# -- reply text → JSON object -------------------------------------------------------------------

_THINK = lazy_compile(r"<think>.*?</think>", re.S | re.I)
_REFUSAL = lazy_compile(
    r"^\W*(i['’]?m sorry|i am sorry|sorry,|i can(?:no|')t|i cannot|i am unable|i['’]?m unable|i won['’]?t|"
    r"as an ai|i am not able|i['’]?m not able)", re.I)


def parse_reply(text: str) -> tuple[GradeStatus, Reply | None, str]:
    """``(graded, Reply, "")`` for a JSON object, else ``(refused | parse_failure, None, why)``.

    Reasoning models' ``<think>`` blocks are dropped first; ``json-repair``
    then reads the object even inside a code fence, after a sentence, or
    with a missing closing brace. What is left when no object is found is a
    refusal if it starts like one, a parse failure otherwise.
    """
    import json_repair

    body = _THINK.sub("", text or "").strip()
    try:
        data = json_repair.loads(body) if body else ""
    except Exception as e:  # json-repair raises several types on pathological input
        data, why = "", f"unreadable JSON ({type(e).__name__})"
    else:
        why = ""
    if isinstance(data, list):
        data = next((x for x in data if isinstance(x, dict) and x), "")
    if isinstance(data, dict) and data:
        return GradeStatus.GRADED, Reply(data, text), ""
    if _REFUSAL.search(body):
        return GradeStatus.REFUSED, None, "the judge declined: " + _clip(body)
    return GradeStatus.PARSE_FAILURE, None, why or ("no JSON object in the reply: " + (_clip(body) or "(empty)"))


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
