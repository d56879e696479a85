"""Reasoning judges as plug-ins: the embedded verifier and LLM-judge protocols.

``--judge NAME[:MODEL_SPEC]`` selects one (repeatable); each writes its own
metrics namespace (``summary.json`` → ``judges.<label>``). See
:mod:`medstep.judges.base` for the interface and :mod:`medstep.judges.registry`
for the names. Stage order: judges run after extraction and verification and
before scoring; they import no later stage.
"""

from medstep.judges.base import Judge, JudgeCache, JudgeCalls, JudgeContext, JudgeItem, JudgeOptions
from medstep.judges.registry import AUTO, JUDGES, NONE, JudgeSpec, load_judge, parse_judge, resolve_judges

__all__ = [
    "AUTO", "JUDGES", "NONE", "Judge", "JudgeCache", "JudgeCalls", "JudgeContext", "JudgeItem", "JudgeOptions",
    "JudgeSpec", "load_judge", "parse_judge", "resolve_judges",
]
