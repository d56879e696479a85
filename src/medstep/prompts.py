"""Turning a Sample into the chat messages sent to a model.

One default template per (answer type, mode). ``direct`` asks for the answer
only; ``cot`` asks for step-by-step reasoning inside ``<think>`` and the
answer inside ``<answer>``, the format R1-style medical reasoning models are
trained on and that the extractor and reward functions understand.

Users override templates with a file (``--template``): either a plain text
template used for every answer type, or a JSON object mapping answer types
(``closed``/``open``/``choice``) and optionally ``system`` to templates.
Templates are ``str.format`` strings with the fields ``{question}`` and
``{options}`` (options rendered one per line as ``A. text``; empty for
non-choice questions). The exact text sent is stored with every generation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Formatter

from medstep.textclean import json_loads, read_utf8_text
from medstep.types import AnswerType, MedstepError, Message, Mode, Sample

MODES = tuple(m.value for m in (Mode.DIRECT, Mode.COT))  # the modes a template exists for

_COT_FORMAT = (
    "Think through the image findings step by step, one step per line, inside "
    "<think></think>. Then give only the final answer inside <answer></answer>."
)

# Grounding answers in pixels of the image the question asks about; extract/box.py also reads 0-1 and 0-1000 units.
_BOX_FORMAT = "Give the bounding box as [x1, y1, x2, y2] in pixel coordinates of the image (top-left origin)."

_DEFAULTS: dict[tuple[str, AnswerType], str] = {
    ("direct", AnswerType.CHOICE): (
        "{question}\n\nOptions:\n{options}\n\n"
        "Reply with the letter of the single correct option only."
    ),
    ("direct", AnswerType.CLOSED): "{question}\n\nReply with a short answer only (for example yes or no).",
    ("direct", AnswerType.OPEN): "{question}\n\nReply with a short answer only: a word or a phrase.",
    ("cot", AnswerType.CHOICE): (
        "{question}\n\nOptions:\n{options}\n\n" + _COT_FORMAT + " The answer is the letter of one option."
    ),
    ("cot", AnswerType.CLOSED): "{question}\n\n" + _COT_FORMAT + " The answer is short, for example yes or no.",
    ("cot", AnswerType.OPEN): "{question}\n\n" + _COT_FORMAT + " The answer is a word or a short phrase.",
    ("direct", AnswerType.BOX): "{question}\n\n" + _BOX_FORMAT + " Reply with the box only.",
    ("cot", AnswerType.BOX): "{question}\n\n" + _COT_FORMAT + " The answer is the box only. " + _BOX_FORMAT,
}

_ALLOWED_FIELDS = {"question", "options"}


def render_options(options: dict[str, str]) -> str:
    return "\n".join(f"{letter}. {text}" for letter, text in options.items())


@dataclass(frozen=True)
class PromptTemplate:
    """Templates for one mode, keyed by answer type, plus an optional system prompt."""

    mode: str = "cot"
    templates: dict[AnswerType, str] = field(default_factory=dict)
    system: str | None = None
    source: str = "default"

    @classmethod
    def default(cls, mode: str = "cot") -> "PromptTemplate":
        if mode not in MODES:
            raise MedstepError(f"unknown prompt mode {mode!r}; choose one of {', '.join(MODES)} (eval also takes both)")
        return cls(mode=mode, templates={t: _DEFAULTS[(mode, t)] for t in AnswerType}, source="default")

    @classmethod
    def from_file(cls, path: Path, mode: str = "cot") -> "PromptTemplate":
        """Load a user template; answer types it leaves out keep the default for ``mode``."""
        base = cls.default(mode)
        text = read_utf8_text(Path(path), "template file")
        templates = dict(base.templates)
        system = None
        if Path(path).suffix.lower() == ".json":
            try:
                obj = json_loads(text)
            except json.JSONDecodeError as e:
                raise MedstepError(f"{path}: invalid JSON at line {e.lineno}: {e.msg}") from e
            except ValueError as e:
                raise MedstepError(f"{path}: {e}") from None
            if not isinstance(obj, dict):
                raise MedstepError(f"{path}: expected a JSON object mapping answer types to templates")
            if not obj:  # `{}` (a file saved before it was filled in) would run the default prompts under its name
                raise MedstepError(f"{path}: the template sets nothing; give at least one of system, closed, "
                                   "open, choice or box")
            for key, value in obj.items():
                if not isinstance(value, str):
                    raise MedstepError(f"{path}: the value of {key!r} must be a string, found {type(value).__name__}")
                if key == "system":
                    system = str(value)
                    continue
                try:
                    templates[AnswerType(key)] = str(value)
                except ValueError:
                    raise MedstepError(
                        f"{path}: unknown key {key!r}; use system, closed, open, choice or box"
                    ) from None
        else:
            templates = {t: text for t in AnswerType}
        for t, tpl in templates.items():
            _check_fields(tpl, f"{path} ({t.value})")
        return cls(mode=mode, templates=templates, system=system, source=str(path))

    def digest(self) -> str:
        """A hash of what the templates say (not where they came from): a run resumed with an
        edited template file must be told its prompts changed."""
        import hashlib

        body = json.dumps({"system": self.system, **{t.value: self.templates[t] for t in sorted(self.templates)}},
                          sort_keys=True)
        return hashlib.sha256(body.encode()).hexdigest()[:16]

    def messages(self, sample: Sample) -> tuple[Message, ...]:
        """The chat turns for one sample: optional system turn, then the images and question."""
        template = self.templates[sample.answer_type]
        if sample.options and "options" not in _fields(template):
            raise MedstepError(
                f"template {self.source} ({sample.answer_type.value}): has no {{options}} field, so sample "
                f"{sample.id!r} would be sent without its options; add {{options}} (a JSON template can give "
                "\"choice\" questions their own template)"
            )
        text = template.format(
            question=sample.question.strip(), options=render_options(sample.options)
        )
        turns: list[Message] = []
        if self.system:
            turns.append(Message(role="system", text=self.system))
        turns.append(Message(role="user", text=text, images=sample.images))
        return tuple(turns)


@lru_cache(maxsize=64)
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def _check_fields(template: str, where: str) -> None:
    try:
        names = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError as e:
        raise MedstepError(f"template {where}: {e} (write literal braces as {{{{ and }}}})") from e
    unknown = names - _ALLOWED_FIELDS
    if unknown:
        raise MedstepError(
            f"template {where}: unknown field(s) {sorted(unknown)}; available: {{question}}, {{options}}"
        )
    if "question" not in names:  # every sample would reach the model without its question
        raise MedstepError(f"template {where}: has no {{question}} field, so every question would be sent "
                           "without its text; add {question}")
    try:  # conversions (!x) and format specs (:>9q) are only checked when formatting
        template.format(question="q", options="A. a")
    except (ValueError, TypeError) as e:
        raise MedstepError(f"template {where}: {e}") from e
