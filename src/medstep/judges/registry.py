"""Judge names → implementations, and the ``NAME[:MODEL_SPEC]`` strings that select them.

A judge string names a protocol and, for LLM protocols, the model that
plays the judge, in the same spec grammar as generation models::

    verifier                                        embedded, no model
    radrscore-llm:openai:Qwen2.5-72B@http://host:8000/v1
    m3cot:llamacpp:judge.gguf

The registry maps each name to ``"module:attribute"``; the module is
imported only when that judge is asked for, so listing judges stays cheap.
The attribute has a ``as_judge(label, model)`` constructor (every LLM
:class:`~medstep.judges.protocol.Protocol` inherits one), so adding a
protocol is one module plus one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Sequence

from medstep.arguments import InvalidArgument, check_text
from medstep.judges.base import Judge
from medstep.judges.verifier import has_evidence
from medstep.types import MedstepError, Sample

JUDGES: dict[str, str] = {
    "verifier": "medstep.judges.verifier:VerifierJudge",
    "radrscore-llm": "medstep.judges.radrscore_llm:RadRScoreLLM",
    "m3cot": "medstep.judges.m3cot:M3CoT",
    "mmmr": "medstep.judges.mmmr:MMMR",
    "medq": "medstep.judges.medq:MedQ",
    "mirage": "medstep.judges.mirage:Mirage",
    "open-answer": "medstep.judges.open_answer:OpenAnswer",
    "extract-answer": "medstep.judges.extract_answer:ExtractAnswer",
    "points": "medstep.judges.reference:PointsJudge",
    "steps": "medstep.judges.reference:StepsJudge",
}

AUTO = "auto"  # the benchmark's own judges (default: the verifier) when some sample has evidence, else none
NONE = "none"  # grade answers only


@dataclass(frozen=True)
class JudgeSpec:
    """A parsed judge string: ``name`` from :data:`JUDGES`, ``model`` a model spec or ``None``."""

    name: str
    model: str | None
    raw: str

    @property
    def label(self) -> str:
        """The namespace of this judge's metrics: the string as the user wrote it."""
        return self.raw


def parse_judge(text: str) -> JudgeSpec:
    """``NAME[:MODEL_SPEC]`` → :class:`JudgeSpec`; an unknown name lists the known ones."""
    check_text("parse_judge", "text", text)
    raw = text.strip()
    name, _, model = raw.partition(":")
    name = name.strip()
    if name not in JUDGES:
        raise MedstepError(f"unknown judge {name!r}; choose one of {', '.join([AUTO, NONE, *JUDGES])}")
    return JudgeSpec(name=name, model=model.strip() or None, raw=raw)


def resolve_judges(names: Sequence[str], samples: Sequence[Sample],
                   auto: Sequence[str] = ("verifier",)) -> list[JudgeSpec]:
    """The judges to run: ``auto`` (also the default, for no names) and ``none`` are resolved here.

    ``auto`` stands for the benchmark's own judges (``datasets.auto_judges``:
    ``points`` on MedThink-Bench, ``steps`` on M3CoTBench, the verifier
    elsewhere), run only when some sample has a report or reference steps.

    ``none`` cannot be combined with a judge; a judge named twice is refused
    (its metrics would overwrite each other in one namespace).
    """
    if not isinstance(names, (list, tuple)):  # a lone "verifier" would be read letter by letter: judge 'v'
        raise InvalidArgument(f"resolve_judges: names must be a list of judge names (['verifier']), "
                              f"got {type(names).__name__}")
    for at, given in enumerate(names):
        check_text("resolve_judges", f"names[{at}]", given)
    if not isinstance(samples, Sequence):
        raise InvalidArgument(f"resolve_judges: samples must be a list of Sample, got {type(samples).__name__}")
    names = [n.strip() for n in names] or [AUTO]
    if NONE in names:
        if len(names) > 1:
            raise MedstepError(f"judge {NONE!r} (answers only) cannot be combined with other judges: {names}")
        return []
    specs: list[JudgeSpec] = []
    for n in names:
        if n == AUTO:
            if any(has_evidence(s) for s in samples):
                specs.extend(parse_judge(a) for a in auto)
            continue
        specs.append(parse_judge(n))
    seen: set[str] = set()
    out = []
    for s in specs:
        if s.label in seen:
            if s.model is None and AUTO in names:
                continue  # "auto" plus an explicit embedded judge it stands for: run it once
            raise MedstepError(f"judge {s.label!r} is given twice")
        seen.add(s.label)
        out.append(s)
    return out


def load_judge(spec: JudgeSpec) -> Judge:
    """Build the judge (cheap: an LLM judge checks its model spec here and connects only when grading)."""
    if not isinstance(spec, JudgeSpec):
        raise InvalidArgument(f"load_judge: spec must be a JudgeSpec (parse_judge({spec!r:.40})), "
                              f"got {type(spec).__name__}")
    module, _, attr = JUDGES[spec.name].partition(":")
    factory = getattr(importlib.import_module(module), attr)
    judge: Judge = factory.as_judge(spec.label, spec.model)
    return judge
