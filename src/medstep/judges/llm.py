"""The engine behind every LLM judge: drives a protocol over all samples through a model backend.

Why rounds: a protocol may need a second prompt that depends on the first
reply (extract findings, then judge them). Each sample's protocol generator
becomes a conversation of :class:`~medstep.judges.rounds.RoundEngine`, the
request loop medstep shares with chain mining: the prompts of all samples
form one round, sent together so the backend keeps ``concurrency`` requests
in flight (a protocol of one round is a single batch). Replies go back to
each generator, which asks again or returns its grade.

Why a cache key of its own: a call is identified by the judge model's
identity (its spec without the endpoints serving it), the protocol name and version, the decoding settings and the exact prompt
text (:func:`judge_key`). Every reply is committed to the run store as it
arrives (:class:`~medstep.judges.base.JudgeCache`), so ``kill -9`` loses only
the calls in flight, and re-grading with the same judge sends no request.
Failed calls are stored for the record but asked again on the next run.

Failures are grades, not exceptions: a call that failed after the backend's
retries is ``failed``; a reply without a JSON object is ``parse_failure`` or
``refused``; a JSON reply of the wrong shape (:class:`ReplyError`) is
``parse_failure``. Each carries the reason in ``detail``.
"""

from __future__ import annotations

from typing import Generator, Mapping, Sequence

from medstep.judges.base import Judge, JudgeCalls, JudgeContext, JudgeItem, JudgeOptions
from medstep.judges.protocol import Protocol, Reply, ReplyError, Run, parse_reply
from medstep.judges.rounds import Call, RoundEngine, call_key
from medstep.results import GradeStatus, JudgeInfo, JudgeKind, ReasoningGrade
from medstep.results.usage import TokenUsage
from medstep.types import Generation, GenerationSettings, MedstepError, Message

# Failure precedence when several prompts of one round fail differently: the most informative first.
_WORST = (GradeStatus.FAILED, GradeStatus.REFUSED, GradeStatus.PARSE_FAILURE)
_JUDGE = "judge"  # the one model of a judge's engine


def judge_key(model: str, protocol: Protocol, settings: GenerationSettings, messages: Sequence[Message]) -> str:
    """Content hash of one judge call: judge model, protocol name and version, settings, prompt text."""
    return call_key(model, _head(protocol), settings, messages)


def _head(protocol: Protocol) -> dict[str, str]:
    return {"protocol": protocol.name, "version": protocol.version}


class LLMJudge(Judge):
    """A :class:`~medstep.judges.protocol.Protocol` played by a model (``NAME:MODEL_SPEC``)."""

    def __init__(self, protocol: Protocol, label: str, model: str | None) -> None:
        from medstep.models.spec import parse_spec

        if not model:
            raise MedstepError(
                f"judge {protocol.name!r} needs a judge model: {protocol.name}:MODEL_SPEC, e.g. "
                f"{protocol.name}:openai:NAME@http://127.0.0.1:8000/v1 or {protocol.name}:llamacpp:judge.gguf"
            )
        parse_spec(model)  # a malformed spec fails now, before any generation is made
        self.protocol = protocol
        self.model = model
        self.info = JudgeInfo(label=label, protocol=protocol.name, kind=JudgeKind.LLM, version=protocol.version,
                              model=model, metrics=protocol.metrics, reads_answers=protocol.reads_answers,
                              maxima=dict(protocol.maxima))
        self._engine: RoundEngine | None = None
        self._calls = JudgeCalls()
        self._usage: dict[str, TokenUsage] = {}

    @property
    def calls(self) -> JudgeCalls:
        return self._calls

    @property
    def usage(self) -> Mapping[str, TokenUsage]:
        return dict(self._usage)

    def corpus_metrics(self, grades: Sequence[ReasoningGrade]) -> Mapping[str, float | None]:
        return self.protocol.corpus_metrics(grades)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        engine = self._engine_for(ctx)
        settings = GenerationSettings(max_tokens=ctx.options.max_tokens, temperature=0.0, seed=0)
        system = Message("system", self.protocol.system)
        grades: dict[str, ReasoningGrade] = {}
        conversations = {}
        for item in items:
            reason = self.protocol.skip_reason(item)
            if reason is not None:
                grades[item.sample.id] = ReasoningGrade(GradeStatus.NOT_APPLICABLE, detail=reason)
            else:
                conversations[item.sample.id] = self._conversation(item.sample.id, self.protocol.run(item), system,
                                                                   settings)
        grades.update(engine.run(conversations))
        c = engine.counts
        self._calls = JudgeCalls(requested=c.requested, cached=c.cached, failed=c.failed)
        self._usage = dict(engine.usage)
        return grades

    def _engine_for(self, ctx: JudgeContext) -> RoundEngine:
        from medstep.models import BackendOptions

        if self._engine is None:
            o: JudgeOptions = ctx.options
            self._engine = RoundEngine(
                {_JUDGE: self.model},
                BackendOptions(concurrency=o.concurrency, batch_size=o.concurrency, timeout_s=o.timeout_s,
                               max_retries=o.max_retries, api_key=o.api_key, ray=o.ray),
                label=self.info.label, head=_head(self.protocol), cache=ctx.cache, progress=ctx.progress)
        else:
            self._engine.cache = ctx.cache if ctx.cache is not None else self._engine.cache
            self._engine.progress = ctx.progress
        return self._engine

    def _conversation(self, sample_id: str, run: Run, system: Message, settings: GenerationSettings,
                      ) -> Generator[list[Call], list[Generation], ReasoningGrade]:
        """The protocol's generator as an engine conversation: JSON replies in, a grade out, every
        failure a status."""
        replies: list[Reply] | None = None
        while True:
            try:
                asks = next(run) if replies is None else run.send(replies)
            except StopIteration as done:
                return done.value
            except ReplyError as e:
                return ReasoningGrade(GradeStatus.PARSE_FAILURE, detail=f"unexpected reply: {e}")
            if not asks:
                run.close()
                raise MedstepError(f"protocol {self.protocol.name!r} asked for nothing on sample {sample_id!r}")
            gens = yield [Call((system, Message("user", a.text)), _JUDGE, settings) for a in asks]
            replies, failure = _parsed(gens)
            if failure is not None:
                run.close()
                return failure


def _parsed(gens: list[Generation]) -> tuple[list[Reply], ReasoningGrade | None]:
    """The replies as JSON objects, or the grade of the worst failure among them."""
    parsed: list[Reply] = []
    failures: list[tuple[GradeStatus, str]] = []
    for gen in gens:
        if gen.failed:
            failures.append((GradeStatus.FAILED, f"judge call failed: {gen.error}"))
            continue
        status, reply, why = parse_reply(gen.text)
        if reply is None:
            failures.append((status, why))
        else:
            parsed.append(reply)
    if not failures:
        return parsed, None
    status, why = min(failures, key=lambda f: _WORST.index(f[0]))
    extra = f" (and {len(failures) - 1} more of this sample's calls)" if len(failures) > 1 else ""
    return parsed, ReasoningGrade(status, detail=why + extra)
