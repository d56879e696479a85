"""Shared machinery of the corpus builders: bodies, echoes, truncation, item records.

A style template is a format string over the slots below; the builders
choose a scenario, the option the imagined model commits to, a body style and
a template, and record what a careful reader would take from the text:

* ``{L}`` / ``{T}`` / ``{t}``: the chosen option's letter, text, lower-case text;
* ``{X}`` / ``{TX}`` / ``{tx}``: a rejected option (adversarial mentions);
* ``{Y}`` / ``{TY}``: a second rejected option;
* ``{fL}`` / ``{fX}``: the finding phrase of the chosen / rejected option;
* ``{BODY}``: a per-option discussion or findings narrative (see ``body``);
* ``{V}`` / ``{v}``: a yes/no verdict (closed questions), ``{F}``: the finding asked about;
* ``{A}``: an open answer.

The label is the template's: ``answer`` (the reader reads the slot value),
``ambiguous``, ``refused``, ``unparsed`` or ``truncated``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from scenarios import Choice, Closed, Open


@dataclass(frozen=True)
class Template:
    text: str
    label: str = "answer"  # answer | ambiguous | refused | unparsed
    tags: tuple[str, ...] = ()
    body: str | None = None  # body style forced by the template (None: builder's choice)


@dataclass
class Item:
    id: str
    split: str
    family: str
    answer_type: str
    question: str
    options: dict[str, str]
    gold: str
    text: str
    expect_status: str
    expect_answer: str | None
    finish_reason: str | None = None
    task: str = ""
    tags: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "split": self.split, "family": self.family, "answer_type": self.answer_type,
            "question": self.question, "options": self.options, "gold": self.gold, "task": self.task,
            "text": self.text, "finish_reason": self.finish_reason,
            "expect": {"status": self.expect_status, "answer": self.expect_answer}, "tags": self.tags,
        }


def bare(phrase: str) -> str:
    """'a meniscus at the base' -> 'meniscus at the base' (for 'no ...' sentences)."""
    for art in ("a ", "an ", "the "):
        if phrase.startswith(art):
            return phrase[len(art):]
    return phrase


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def lower_text(t: str) -> str:
    """Option text as it appears mid-sentence: lower case unless it holds an acronym."""
    words = t.split()
    return " ".join(w if (len(w) > 1 and w.isupper()) else w.lower() for w in words)


# ----------------------------------------------------------------- per-option bodies
CHOSEN_SENTENCES = (
    "{F} is clearly visible, which supports this option.",
    "The image shows {f}, consistent with this option.",
    "This fits the image: there is {f}.",
    "{F} is present, and this is the key finding.",
    "Supported: I can see {f}.",
)
REJECTED_SENTENCES = (
    "This would require {f}, which is not seen.",
    "There is no {b}, so this is unlikely.",
    "Not supported: no {b} is visible.",
    "We would expect {f}; this is absent, making it less likely.",
    "The image does not show {f}, so this can be ruled out.",
)


def _option_sentence(rng: random.Random, feature: str, chosen: bool) -> str:
    pool = CHOSEN_SENTENCES if chosen else REJECTED_SENTENCES
    s = rng.choice(pool)
    return s.format(F=cap(feature), f=feature, b=bare(feature))


BODY_STYLES = ("headings", "bold_bullets", "numbered", "md_headings", "prose", "findings")


def body(rng: random.Random, sc: Choice, chosen: str, style: str) -> str:
    """A discussion of every option (or of the findings only) that favours ``chosen``."""
    lines = []
    if style == "findings":
        return (f"This is a {sc.modality} image. " + cap(sc.features[chosen]) + " can be seen. "
                + "The remaining structures look unremarkable.")
    intro = rng.choice((
        "Let's analyze the image and evaluate each option:",
        "To answer this, I will go through the options one by one.",
        "Step-by-step analysis of the options:",
        "Let me consider each choice in turn.",
    ))
    lines.append(intro)
    for i, (letter, text) in enumerate(sc.options.items(), 1):
        sentence = _option_sentence(rng, sc.features[letter], letter == chosen)
        if style == "headings":
            lines.append(f"\n{letter}) {text}: {sentence}")
        elif style == "bold_bullets":
            lines.append(f"- **{letter}) {text}**: {sentence}")
        elif style == "numbered":
            lines.append(f"{i}. **{text} ({letter})**: {sentence}")
        elif style == "md_headings":
            lines.append(f"\n### {letter}. {text}\n{sentence}")
        else:  # prose
            lines.append(f"Option {letter} ({lower_text(text)}): {sentence}")
    return "\n".join(lines) if style != "prose" else " ".join(lines)


def r1_body(rng: random.Random, sc: Choice, chosen: str, first_guess: str) -> str:
    """A DeepSeek-R1 style monologue that considers a wrong option first, then settles."""
    opts = ", ".join(f"{k} is {lower_text(v)}" for k, v in sc.options.items())
    return (
        f"Okay, let's see. The question is: {sc.stem} The options are: {opts}.\n\n"
        f"Hmm, first I thought about {first_guess}, {lower_text(sc.options[first_guess])}. "
        f"But that would need {sc.features[first_guess]}, and I don't see that. "
        f"Wait, let me look again. There is {sc.features[chosen]}. "
        f"That matches {lower_text(sc.options[chosen])}. Let me double-check the others... "
        + " ".join(f"{k} would need {bare(sc.features[k])}, not present." for k in sc.options
                   if k not in (chosen, first_guess))
    )


# ----------------------------------------------------------------- echoed prompts
def _prompt_text(question: str, options: dict[str, str]) -> str:
    opts = "\n".join(f"{k}. {v}" for k, v in options.items())
    body_ = f"{question}\n\nOptions:\n{opts}\n\n" if options else f"{question}\n\n"
    return body_ + ("Think through the image findings step by step, one step per line, inside <think></think>. "
                    "Then give only the final answer inside <answer></answer>.")


ECHOES = {
    "qwen-plain": lambda p: f"system\nYou are a helpful assistant.\nuser\n{p}\nassistant\n",
    "qwen-special": lambda p: ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
                               f"<|vision_start|><|image_pad|><|vision_end|>{p}<|im_end|>\n<|im_start|>assistant\n"),
    "llava": lambda p: f"USER: <image>\n{p} ASSISTANT:",
    "gemma": lambda p: f"<start_of_turn>user\n{p}<end_of_turn>\n<start_of_turn>model\n",
    "llama3": lambda p: (f"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n{p}<|eot_id|>"
                         "<|start_header_id|>assistant<|end_header_id|>\n\n"),
}


def echo(rng: random.Random, question: str, options: dict[str, str]) -> tuple[str, str]:
    name = rng.choice(sorted(ECHOES))
    return name, ECHOES[name](_prompt_text(question, options))


def cut_mid_sentence(rng: random.Random, text: str, lo: float = 0.35, hi: float = 0.7) -> str:
    """Cut ``text`` inside a word between ``lo`` and ``hi`` of its length (a token-limit stop)."""
    n = len(text)
    for _ in range(50):
        i = rng.randint(int(n * lo), max(int(n * lo) + 1, int(n * hi)))
        if 0 < i < n and text[i - 1].isalpha() and text[i].isalpha():
            return text[:i]
    return text[: n // 2].rstrip(" .\n") + " and the"


# ----------------------------------------------------------------- slot filling
def pick_chosen(rng: random.Random, sc: Choice, p_gold: float = 0.6) -> str:
    if rng.random() < p_gold:
        return sc.gold
    return rng.choice([k for k in sc.options if k != sc.gold])


def choice_slots(rng: random.Random, sc: Choice, chosen: str) -> dict[str, str]:
    others = [k for k in sc.options if k != chosen]
    x = rng.choice(others)
    rest = [k for k in others if k != x] or [x]
    y = rng.choice(rest)
    return {
        "L": chosen, "T": sc.options[chosen], "t": lower_text(sc.options[chosen]),
        "X": x, "TX": sc.options[x], "tx": lower_text(sc.options[x]),
        "Y": y, "TY": sc.options[y],
        "fL": sc.features[chosen], "FL": cap(sc.features[chosen]), "fX": sc.features[x], "bX": bare(sc.features[x]),
    }


def write_jsonl(path: str, items: list[Item]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it.to_json(), ensure_ascii=False) + "\n")


def closed_slots(sc: Closed, verdict: str) -> dict[str, str]:
    return {"V": cap(verdict), "v": verdict, "F": sc.finding, "Fc": cap(sc.finding), "Fb": bare(sc.finding)}


def open_slots(sc: Open, answer: str) -> dict[str, str]:
    return {"A": answer, "Ac": cap(answer), "S": sc.subject, "Sc": cap(sc.subject)}
