"""Prompt blocks shared by LLM-judge protocols: how a sample and a model's output are shown to a judge.

One place, so every protocol shows the question, the reference and the
model's reasoning the same way (and a wording change is one edit, with each
protocol's ``version`` bumped).
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import numbered
from medstep.types import Sample


def question_block(sample: Sample) -> str:
    lines = [f"Question: {sample.question}"]
    if sample.options:
        lines.append("Options:\n" + "\n".join(f"{k}. {v}" for k, v in sample.options.items()))
    return "\n".join(lines)


def gold_text(sample: Sample) -> str:
    text = sample.answer_text or sample.options.get(sample.answer)
    return f"{sample.answer}. {text}" if text and text != sample.answer else sample.answer


def reference_block(sample: Sample) -> str:
    """The question with everything known to be true about the case: report, reference steps, gold answer."""
    parts = [question_block(sample)]
    if sample.report and sample.report.strip():
        parts.append(f"Reference report:\n{sample.report.strip()}")
    steps = [r for r in sample.reference_steps if r.strip()]
    if steps:
        parts.append("Reference reasoning steps:\n" + numbered(steps))
    parts.append(f"Correct answer: {gold_text(sample)}")
    return "\n\n".join(parts)


def answer_block(item: JudgeItem) -> str:
    """The graded model's reasoning, split into numbered steps, and its final answer."""
    answer = item.answer if item.answer is not None else "(no answer could be read from the output)"
    return f"Model's reasoning, step by step:\n{numbered(item.steps)}\n\nModel's final answer: {answer}"
