"""A scripted "mining model" for the stub OpenAI server: it reads medstep's mining prompts and answers
them the way a cooperative model would, with switches to make it fail in each way a check must catch.

Why scripted instead of a real model: the tests check mining's pipeline (rounds, retries, checks,
counts, output schema), which needs replies that are right or wrong on purpose. Behaviour per item
is keyed by a word in the question: ``[contradict-once]`` writes a chain contradicting the report on
the first attempt only, ``[wrong-answer]`` always decides the wrong option, ``[fake-quote]`` quotes a
sentence that is not in the report, ``[cite-report]`` writes "the report states", ``[garbage]``
replies without JSON.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable

_QUESTION = re.compile(r"Question: (.*?)(?:\nOptions:|\n\n|$)", re.DOTALL)
_REPORT = re.compile(r"<report>\n(.*?)\n</report>", re.DOTALL)
_GOLD = re.compile(r"Correct answer: (.+?)(?: \(|\n|$)")
_FIRST_SENTENCE = re.compile(r"^(.*?\.)(?:\s|$)", re.DOTALL)


def mining_model() -> tuple[Callable[[str], str], Counter]:
    """``(answer_fn, calls)``: the reply function and how often each prompt kind was asked."""
    calls: Counter = Counter()
    seen: Counter = Counter()

    def answer(prompt: str) -> str:
        q = _QUESTION.search(prompt)
        question = q.group(1) if q else ""
        if "[garbage]" in question:
            calls["garbage"] += 1
            return "Effusion, probably: yes."
        if "plan the reading" in prompt:
            calls["plan"] += 1
            return json.dumps({"plan": ["the costophrenic angles", "the heart size"]})
        if "Findings to check" in prompt:
            calls["evidence"] += 1
            report = _REPORT.search(prompt).group(1)
            first = _FIRST_SENTENCE.match(report).group(1)
            quote = "The aorta is dissected." if "[fake-quote]" in prompt else first
            return "```json\n" + json.dumps({"evidence": [
                {"item": 1, "quote": quote, "observation": first.lower()},
                {"item": 2, "quote": None, "observation": "not described"}]}) + "\n```"
        if "Correct answer:" in prompt:
            calls["refine"] += 1
            gold = _GOLD.search(prompt).group(1)
            seen[question] += 1
            steps = ["The costophrenic angles are inspected.", "The finding on the image settles the question."]
            if "[contradict-once]" in question and seen[question] == 1:
                steps.insert(1, "There is a large left pneumothorax.")
            if "[cite-report]" in question:
                steps.insert(0, "The report states the lungs are clear.")
            if "[wrong-answer]" in question:
                gold = "B" if gold == "A" else "A"
            return json.dumps({"steps": steps, "answer": gold})
        if "Write the next step only" in prompt:
            calls["mentor"] += 1
            so_far = prompt[prompt.index("The reasoning so far:"):prompt.index("Write the next step")]
            done = len(re.findall(r"(?m)^\d+\. ", so_far))
            final = "A" if done >= 2 else None
            return json.dumps({"step": f"Observation number {done + 1} on the image.", "final_answer": final})
        if "A colleague began reasoning" in prompt:
            calls["intern"] += 1
            return "<think>Following the steps.</think><answer>A</answer>"
        calls["other"] += 1
        return "no idea"

    return answer, calls
