"""Mining strategies: how one item's chain is asked for, checked, and asked for again.

Each strategy turns a sample into a conversation for the shared
:class:`~medstep.judges.rounds.RoundEngine` (the request loop of the LLM
judges): straight-line code that yields the calls it needs and receives the
replies, over as many attempts as allowed. Attempt ``n`` decodes with its own
seed, so a regenerated chain is a new sample from the model, never the
cached reply to the same request; a run re-started with the same settings
replays every answered call from ``run.sqlite``.

* ``plan-evidence-refine`` (the ChestX-Reasoner pattern): plan the findings
  to check from the question; quote, for each, the report's sentence about
  it (a quote not in the report fails the attempt); refine plan and evidence
  into an ordered chain ending at the gold answer.
* ``mics`` (the Chiron-o1 pattern, Mentor-Intern Collaborative Search): at
  each depth every mentor proposes a next step; every intern finishes the
  reasoning from each proposal; a proposal's score is the share of interns
  whose answer the eval grader counts correct; the best proposal extends the
  path, until the chosen step gives a final answer.

Either way the finished chain must pass :func:`medstep.mine.check.check_chain`.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from medstep.judges.protocol import Reply, ReplyError, one_per_item, parse_reply
from medstep.mine import prompts
from medstep.mine.check import check_chain, quote_in_report
from medstep.mine.results import Attempt, Chain, MineResult, Rejection
from medstep.judges.rounds import Call
from medstep.results import GradeStatus
from medstep.score.outcome import grade
from medstep.types import Generation, GenerationSettings, MedstepError, Message, Sample

Conversation = Generator[list[Call], list[Generation], Any]
SEED_STRIDE = 1000  # attempt n, slot j decode with seed + 1000 (n - 1) + j: no two calls of an item share one


@dataclass(frozen=True)
class MineSettings:
    """How every item is mined: attempts per item, mics depth, decoding, whether images are sent."""

    attempts: int = 3
    max_steps: int = 6
    settings: GenerationSettings = GenerationSettings(max_tokens=1024, temperature=0.7, seed=0)
    images: bool = False


class _Reject(Exception):
    """Ends the current attempt with a rejection (raised inside a conversation, caught per attempt)."""

    def __init__(self, rejection: Rejection, detail: str) -> None:
        super().__init__(detail)
        self.rejection, self.detail = rejection, detail


def attempt_settings(settings: GenerationSettings, attempt: int, slot: int = 0) -> GenerationSettings:
    return dataclasses.replace(settings, seed=(settings.seed or 0) + SEED_STRIDE * (attempt - 1) + slot)


def json_reply(gen: Generation) -> Reply:
    """The reply as a JSON object, or the attempt's rejection (failed call, refusal, no JSON)."""
    if gen.failed:
        raise _Reject(Rejection.CALL_FAILED, f"call failed: {gen.error}")
    status, reply, why = parse_reply(gen.text)
    if reply is None:
        raise _Reject(Rejection.REFUSED if status is GradeStatus.REFUSED else Rejection.PARSE_FAILURE, why)
    return reply


def _texts(reply: Reply, key: str, lo: int, hi: int) -> list[str]:
    items = reply.items(key)
    out = [x.strip() for x in items if isinstance(x, str) and x.strip()]
    if len(out) != len(items) or not lo <= len(out) <= hi:
        raise ReplyError(f"{key!r} must be a list of {lo} to {hi} non-empty strings")
    return out


def _answer(value: Any, key: str) -> str | None:
    """A decision as text (small models write letters, numbers or yes/no; lists and objects are not answers)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ReplyError(f"{key!r} must be text, got {type(value).__name__}")
    text = str(value).strip()
    return text if text and text.lower() != "null" else None


class Strategy(ABC):
    """A mining strategy: its models (name → spec) and one conversation per sample."""

    name: ClassVar[str]
    needs_report: ClassVar[bool]  # items without a report are left out (counted)
    images_by_default: ClassVar[bool]

    @property
    @abstractmethod
    def models(self) -> Mapping[str, str]:
        ...

    def conversation(self, sample: Sample, ms: MineSettings) -> Conversation:
        attempts: list[Attempt] = []
        for n in range(1, ms.attempts + 1):
            try:
                chain = yield from self.attempt(sample, ms, n)
            except ReplyError as e:
                attempts.append(Attempt(n, Rejection.PARSE_FAILURE, f"unexpected reply: {e}"))
            except _Reject as r:
                attempts.append(Attempt(n, r.rejection, r.detail))
            else:
                return MineResult(sample.id, chain, (*attempts, Attempt(n)))
        return MineResult(sample.id, None, tuple(attempts))

    @abstractmethod
    def attempt(self, sample: Sample, ms: MineSettings, n: int) -> Generator[list[Call], list[Generation], Chain]:
        """One attempt: returns the checked chain or raises ``_Reject`` / ``ReplyError``."""

    @classmethod
    @abstractmethod
    def build(cls, model: str | None, mentors: Sequence[str], interns: Sequence[str]) -> Strategy:
        """The strategy with the models the user named (each strategy says which it needs)."""

    @staticmethod
    def ask(system: str, text: str, sample: Sample, model: str, settings: GenerationSettings,
            images: bool) -> Call:
        user = Message("user", text, sample.images if images else ())
        return Call(((Message("system", system),) if system else ()) + (user,), model, settings)


class PlanEvidenceRefine(Strategy):
    """ChestX-Reasoner's pattern: plan, cite the report's evidence, refine into a chain ending at the gold."""

    name = "plan-evidence-refine"
    needs_report = True
    images_by_default = False  # the report is the evidence; send images with --images for a vision model
    MODEL = "model"

    def __init__(self, model: str) -> None:
        self._models = {self.MODEL: model}

    @classmethod
    def build(cls, model: str | None, mentors: Sequence[str], interns: Sequence[str]) -> PlanEvidenceRefine:
        if not model:  # the default strategy run without a model: say what is missing, not what is extra
            raise MedstepError(f"{cls.name} needs a model to write the chains; none was given")
        if mentors or interns:
            raise MedstepError(f"{cls.name} uses one model (the chain writer) and no mentors or interns")
        return cls(model)

    @property
    def models(self) -> Mapping[str, str]:
        return self._models

    def attempt(self, sample: Sample, ms: MineSettings, n: int) -> Generator[list[Call], list[Generation], Chain]:
        s = attempt_settings(ms.settings, n)
        (gen,) = yield [self.ask(prompts.JSON_SYSTEM, prompts.plan_prompt(sample), sample, self.MODEL, s, ms.images)]
        plan = _texts(json_reply(gen), "plan", 1, 12)
        (gen,) = yield [self.ask(prompts.JSON_SYSTEM, prompts.evidence_prompt(sample, plan), sample, self.MODEL, s,
                                 False)]
        rows = one_per_item(json_reply(gen).items("evidence"), "item", len(plan))
        observations = []
        for item, row in zip(plan, rows):
            quote, observation = row.get("quote"), row.get("observation")
            if quote is not None and not isinstance(quote, str) or not isinstance(observation, str):
                raise ReplyError("each evidence entry needs a quote (text or null) and an observation (text)")
            if quote and quote.strip() and not quote_in_report(quote, sample.report or ""):
                raise _Reject(Rejection.EVIDENCE_NOT_IN_REPORT,
                              f"the quote for {item!r} is not in the report: {quote.strip()[:120]!r}")
            observations.append(f"{item}: {observation.strip() or 'not described'}")
        (gen,) = yield [self.ask(prompts.JSON_SYSTEM, prompts.refine_prompt(sample, observations), sample,
                                 self.MODEL, s, ms.images)]
        reply = json_reply(gen)
        steps = _texts(reply, "steps", 1, 30)
        decision = _answer(reply.get("answer"), "answer")
        if decision is None:
            raise ReplyError("'answer' is empty")
        check = check_chain(sample, steps, decision)
        if check.rejection is not None:
            raise _Reject(check.rejection, check.detail)
        return Chain(tuple(steps), decision, check.verdicts, (), check.radrscore)


@dataclass(frozen=True)
class _Proposal:
    mentor: int
    step: str
    final: str | None


class MICS(Strategy):
    """Chiron-o1's Mentor-Intern Collaborative Search: mentors propose steps, interns' success scores them."""

    name = "mics"
    needs_report = False  # the report, when there is one, is shown to mentors and checked against
    images_by_default = True

    def __init__(self, mentors: Sequence[str], interns: Sequence[str]) -> None:
        if not mentors or not interns:
            raise MedstepError("mics needs at least one mentor model and one intern model")
        self.mentors = [f"mentor{i}" for i in range(1, len(mentors) + 1)]
        self.interns = [f"intern{i}" for i in range(1, len(interns) + 1)]
        self._models = {**dict(zip(self.mentors, mentors)), **dict(zip(self.interns, interns))}

    @classmethod
    def build(cls, model: str | None, mentors: Sequence[str], interns: Sequence[str]) -> MICS:
        if model:
            raise MedstepError("mics uses mentor and intern models, not a single model")
        return cls(mentors, interns)

    @property
    def models(self) -> Mapping[str, str]:
        return self._models

    def attempt(self, sample: Sample, ms: MineSettings, n: int) -> Generator[list[Call], list[Generation], Chain]:
        path: list[str] = []
        scores: list[float] = []
        for depth in range(1, ms.max_steps + 1):
            gens = yield [self.ask(prompts.MENTOR_SYSTEM, prompts.mentor_prompt(sample, path), sample, m,
                                   attempt_settings(ms.settings, n, j), ms.images)
                          for j, m in enumerate(self.mentors)]
            proposals = self._proposals(gens)
            k = len(self.interns)
            gens = yield [self.ask("", prompts.intern_prompt(sample, [*path, p.step]), sample, intern,
                                   attempt_settings(ms.settings, n, len(self.mentors) + j), ms.images)
                          for p in proposals for j, intern in enumerate(self.interns)]
            scored = []
            for i, p in enumerate(proposals):
                answered = [g for g in gens[i * k:(i + 1) * k] if not g.failed]
                if answered:
                    reached = sum(grade(sample, None, g).correct is True for g in answered)
                    scored.append((reached / len(answered), p.final is not None, -p.mentor, p))
            if not scored:
                raise _Reject(Rejection.CALL_FAILED, f"step {depth}: every intern call failed")
            score, _, _, best = max(scored, key=lambda t: t[:3])
            if score == 0:
                raise _Reject(Rejection.DEAD_END, f"step {depth}: no intern reached the gold answer from any of "
                                                  f"{len(proposals)} proposed steps")
            path.append(best.step)
            scores.append(score)
            if best.final is not None:
                check = check_chain(sample, path, best.final)
                if check.rejection is not None:
                    raise _Reject(check.rejection, check.detail)
                return Chain(tuple(path), best.final, check.verdicts, tuple(scores), check.radrscore)
        raise _Reject(Rejection.NO_DECISION, f"no final answer after {ms.max_steps} steps")

    def _proposals(self, gens: list[Generation]) -> list[_Proposal]:
        out: list[_Proposal] = []
        first: _Reject | None = None
        for j, gen in enumerate(gens):
            try:
                reply = json_reply(gen)
                step = reply.text("step").strip()
                final = _answer(reply.data.get("final_answer"), "final_answer")
                if not step:
                    raise ReplyError("'step' is empty")
            except ReplyError as e:
                first = first or _Reject(Rejection.PARSE_FAILURE, f"unexpected reply: {e}")
            except _Reject as r:
                first = first or r
            else:
                out.append(_Proposal(j, step, final))
        if not out:
            assert first is not None
            raise first
        return out


STRATEGIES: dict[str, type[Strategy]] = {PlanEvidenceRefine.name: PlanEvidenceRefine, MICS.name: MICS}
