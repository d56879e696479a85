"""The prompts of the mining strategies (written for medstep).

Every prompt asks for one JSON object, except the interns', who answer the
way an evaluated model does (``<think>`` then ``<answer>``) so that their
answers are read by the same extractor and grader as ``medstep eval``'s.
Bump :data:`VERSION` whenever a word here changes: it is part of every
call's cache key, so a re-run never reuses replies to older prompts.
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.prompts import render_options
from medstep.types import AnswerType, Sample

VERSION = "1"

JSON_SYSTEM = (
    "You prepare teaching material on reading medical images. Reply with one JSON object and nothing else."
)
MENTOR_SYSTEM = (
    "You are a senior radiologist teaching a trainee to reason about a medical image one step at a time. "
    "Reply with one JSON object and nothing else."
)


def question_text(sample: Sample) -> str:
    text = f"Question: {sample.question.strip()}"
    if sample.options:
        text += "\nOptions:\n" + render_options(sample.options)
    return text


def answer_hint(sample: Sample) -> str:
    """How the ``answer`` field must be spelled, so the grader reads it as eval reads a model's answer."""
    if sample.answer_type is AnswerType.CHOICE:
        return "the letter of the correct option"
    if sample.answer_type is AnswerType.BOX:
        return "the box as [x1, y1, x2, y2] in pixels"
    return "a word or a short phrase"


def gold_text(sample: Sample) -> str:
    text = sample.answer_text or sample.options.get(sample.answer)
    return f"{sample.answer} ({text})" if text and text != sample.answer else sample.answer


def numbered(lines: Sequence[str]) -> str:
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)) or "(none yet)"


# -- plan-evidence-refine ----------------------------------------------------------------------

def plan_prompt(sample: Sample) -> str:
    return (
        "A clinician has to answer this question about a medical image.\n\n"
        f"{question_text(sample)}\n\n"
        "Before looking, plan the reading: list the image findings a careful reader would check to answer "
        "the question, in the order they would check them. Name what to look at (for example \"the left "
        "costophrenic angle\", \"the size of the cardiac silhouette\"), not what will be found. "
        "Two to six items.\n\n"
        'Reply as {"plan": ["finding to check", "..."]}'
    )


def evidence_prompt(sample: Sample, plan: Sequence[str]) -> str:
    return (
        f"{question_text(sample)}\n\n"
        f"The written report of this image:\n<report>\n{(sample.report or '').strip()}\n</report>\n\n"
        f"Findings to check:\n{numbered(plan)}\n\n"
        "For each numbered finding, copy from the report, word for word, the sentence that describes it "
        "(null when the report says nothing about it), and say in a few words what that sentence shows "
        "about the finding.\n\n"
        'Reply as {"evidence": [{"item": 1, "quote": "sentence copied from the report, or null", '
        '"observation": "what it shows"}, "..."]}'
    )


def refine_prompt(sample: Sample, observations: Sequence[str]) -> str:
    return (
        f"{question_text(sample)}\n"
        f"Correct answer: {gold_text(sample)}\n\n"
        f"What the image shows, finding by finding:\n{numbered(observations)}\n\n"
        "Write the reasoning a radiologist goes through while reading this image to reach the correct "
        "answer: short steps in order, each one observation or one inference, the last step the one that "
        "decides the answer. Describe what is seen on the image; never mention a report, and state nothing "
        "the findings above do not support.\n\n"
        f'Reply as {{"steps": ["first step", "..."], "answer": "{answer_hint(sample)}"}}'
    )


# -- mics --------------------------------------------------------------------------------------

def mentor_prompt(sample: Sample, path: Sequence[str]) -> str:
    context = ""
    if sample.report and sample.report.strip():
        context = (f"What is known about the image (its written report; reason from the image, do not quote "
                   f"it):\n<report>\n{sample.report.strip()}\n</report>\n\n")
    return (
        f"{question_text(sample)}\n\n{context}"
        f"The reasoning so far:\n{numbered(path)}\n\n"
        "Write the next step only: one observation on the image or one inference from the steps so far. "
        "If this step settles the question, also give the final answer; otherwise final_answer is null.\n\n"
        f'Reply as {{"step": "the next step", "final_answer": null or "{answer_hint(sample)}"}}'
    )


def intern_prompt(sample: Sample, path: Sequence[str]) -> str:
    return (
        f"{question_text(sample)}\n\n"
        f"A colleague began reasoning about the image:\n{numbered(path)}\n\n"
        "Continue from these steps to the answer. Write the remaining steps inside <think></think>, then "
        f"only the final answer inside <answer></answer>; the answer is {answer_hint(sample)}."
    )
