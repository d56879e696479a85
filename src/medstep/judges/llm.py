"""The engine behind every LLM judge: drives a protocol over all samples through a model backend.

Why rounds: a protocol may need a second prompt that depends on the first
reply (extract findings, then judge them). Every sample's generator is
advanced to its next list of prompts; the prompts of all samples form one
round, sent together so the backend keeps ``concurrency`` requests in flight
(a protocol of one round is a single batch). Replies go back to each
generator, which asks again or returns its grade.

Why a cache key of its own: a call is identified by the judge model spec,
the protocol name and version, the decoding settings and the exact prompt
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

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from medstep.judges.base import Judge, JudgeCalls, JudgeContext, JudgeItem, JudgeOptions
from medstep.judges.protocol import Ask, Protocol, Reply, ReplyError, Run, parse_reply
from medstep.results import GradeStatus, JudgeInfo, JudgeKind, ReasoningGrade
from medstep.results.usage import LOCAL_ENDPOINT, TokenUsage
from medstep.types import Generation, GenerationSettings, MedstepError, Message, Request

# Failure precedence when several prompts of one round fail differently: the most informative first.
_WORST = (GradeStatus.FAILED, GradeStatus.REFUSED, GradeStatus.PARSE_FAILURE)


def judge_key(model: str, protocol: Protocol, settings: GenerationSettings, messages: Sequence[Message]) -> str:
    """Content hash of one judge call: judge model, protocol name and version, settings, prompt text."""
    h = hashlib.sha256()
    head = {"judge": model, "protocol": protocol.name, "version": protocol.version, "settings": settings.to_json()}
    h.update(json.dumps(head, sort_keys=True).encode())
    for m in messages:
        h.update(b"\x00" + m.role.encode() + b"\x00" + m.text.encode())
    return h.hexdigest()


class _MemoryCache:
    """Stand-in cache when no run store is given (library use): calls are still made once."""

    def __init__(self) -> None:
        self._replies: dict[str, Generation] = {}

    def judge_replies(self, keys: Any) -> dict[str, Generation]:
        return {k: self._replies[k] for k in keys if k in self._replies}

    def put_judge_call(self, key: str, judge: str, sample_id: str, prompt: str, generation: Generation) -> None:
        if not generation.failed:
            self._replies[key] = generation


@dataclass
class _Pending:
    """One sample between rounds: its generator and the prompts it is waiting on."""

    sample_id: str
    run: Run
    asks: list[Ask]
    keys: list[str] = field(default_factory=list)


class LLMJudge(Judge):
    """A :class:`~medstep.judges.protocol.Protocol` played by a model (``NAME:MODEL_SPEC``)."""

    def __init__(self, protocol: Protocol, label: str, model: str | None) -> None:
        from medstep.models.spec import parse_spec

        if not model:
            raise MedstepError(
                f"judge {protocol.name!r} needs a judge model: {protocol.name}:MODEL_SPEC, e.g. "
                f"{protocol.name}:openai:NAME@http://127.0.0.1:8000/v1 or {protocol.name}:llamacpp:judge.gguf"
            )
        # a malformed spec fails now, before any generation is made; calls are cached under the
        # model's identity, so adding or moving a judge endpoint reuses every cached call
        self.identity = parse_spec(model).identity
        self.protocol = protocol
        self.model = model
        self.info = JudgeInfo(label=label, protocol=protocol.name, kind=JudgeKind.LLM, version=protocol.version,
                              model=model, metrics=protocol.metrics, reads_answers=protocol.reads_answers,
                              maxima=dict(protocol.maxima))
        self._backend: Any = None
        self._backend_options: Any = None
        self._calls = JudgeCalls()
        self._usage: dict[str, TokenUsage] = {}

    @property
    def calls(self) -> JudgeCalls:
        return self._calls

    def corpus_metrics(self, grades: Sequence[ReasoningGrade]) -> Mapping[str, float | None]:
        return self.protocol.corpus_metrics(grades)

    @property
    def usage(self) -> Mapping[str, TokenUsage]:
        return dict(self._usage)

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        self._calls = JudgeCalls()
        self._usage = {}
        cache = ctx.cache if ctx.cache is not None else _MemoryCache()
        settings = GenerationSettings(max_tokens=ctx.options.max_tokens, temperature=0.0, seed=0)
        grades: dict[str, ReasoningGrade] = {}
        pending: list[_Pending] = []
        for item in items:
            reason = self.protocol.skip_reason(item)
            if reason is not None:
                grades[item.sample.id] = ReasoningGrade(GradeStatus.NOT_APPLICABLE, detail=reason)
                continue
            run = self.protocol.run(item)
            self._advance(_Pending(item.sample.id, run, []), None, grades, pending)
        round_no = 0
        while pending:
            round_no += 1
            replies = self._round(pending, cache, settings, ctx, round_no)
            now, pending = pending, []
            for p in now:
                self._answer(p, [replies[k] for k in p.keys], grades, pending)
        return grades

    # -- one round -----------------------------------------------------------------------------
    def _round(self, pending: list[_Pending], cache: Any, settings: GenerationSettings, ctx: JudgeContext,
               round_no: int) -> dict[str, Generation]:
        """Send the round's prompts that are not cached yet; return every reply by key."""
        requests: dict[str, Request] = {}
        owner: dict[str, str] = {}
        system = Message("system", self.protocol.system)
        for p in pending:
            p.keys = []
            for ask in p.asks:
                messages = (system, Message("user", ask.text))
                key = judge_key(self.identity, self.protocol, settings, messages)
                p.keys.append(key)
                if key not in requests:
                    requests[key] = Request(key=key, sample_id=p.sample_id, messages=messages, settings=settings)
                    owner[key] = p.sample_id
        replies = cache.judge_replies(requests)
        self._calls.cached += len(replies)
        todo = [r for k, r in requests.items() if k not in replies]
        if todo:
            replies.update(self._send(todo, cache, ctx, round_no))
        for gen in replies.values():
            if not gen.failed:
                where = gen.endpoint or LOCAL_ENDPOINT
                self._usage[where] = self._usage.get(where, TokenUsage()).plus(gen.prompt_tokens, gen.completion_tokens)
        return replies

    def _send(self, todo: list[Request], cache: Any, ctx: JudgeContext, round_no: int) -> dict[str, Generation]:
        backend = self._load_backend(ctx.options)
        out: dict[str, Generation] = {}
        what = f"judging with {self.info.label}" + (f" (round {round_no})" if round_no > 1 else "")
        bar = ctx.progress(len(todo), what) if ctx.progress else None
        try:
            if bar is not None:
                bar.__enter__()
            for req, gen in backend.generate(todo):
                prompt = json.dumps([m.to_json() for m in req.messages], ensure_ascii=False)
                cache.put_judge_call(req.key, self.info.label, req.sample_id, prompt, gen)
                out[req.key] = gen
                self._calls.requested += 1
                self._calls.failed += gen.failed
                if bar is not None:
                    bar.advance(1, failed=gen.failed)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        return out

    def _load_backend(self, options: JudgeOptions) -> Any:
        from medstep.models import BackendOptions, load_backend

        if self._backend is None:
            self._backend = load_backend(self.model, BackendOptions(
                concurrency=options.concurrency, batch_size=options.concurrency, timeout_s=options.timeout_s,
                max_retries=options.max_retries, api_key=options.api_key, ray=options.ray))
        return self._backend

    # -- driving one sample's generator ----------------------------------------------------------
    def _answer(self, p: _Pending, gens: list[Generation], grades: dict[str, ReasoningGrade],
                pending: list[_Pending]) -> None:
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
        if failures:
            p.run.close()
            status, why = min(failures, key=lambda f: _WORST.index(f[0]))
            extra = f" (and {len(failures) - 1} more of this sample's calls)" if len(failures) > 1 else ""
            grades[p.sample_id] = ReasoningGrade(status, detail=why + extra)
            return
        self._advance(p, parsed, grades, pending)

    def _advance(self, p: _Pending, replies: list[Reply] | None, grades: dict[str, ReasoningGrade],
                 pending: list[_Pending]) -> None:
        try:
            asks = p.run.send(replies) if replies is not None else next(p.run)
        except StopIteration as done:
            grades[p.sample_id] = done.value
            return
        except ReplyError as e:
            grades[p.sample_id] = ReasoningGrade(GradeStatus.PARSE_FAILURE, detail=f"unexpected reply: {e}")
            return
        if not asks:
            p.run.close()
            raise MedstepError(f"protocol {self.protocol.name!r} asked for nothing on sample {p.sample_id!r}")
        p.asks = list(asks)
        pending.append(p)
