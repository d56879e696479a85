"""The typed records that flow through medstep, one stage to the next.

Every stage consumes and produces these frozen dataclasses instead of dicts, so
a field rename is a type error rather than a silent ``KeyError`` three stages
later. They are deliberately plain (no behaviour beyond (de)serialisation):
the stages own the logic.

Data flow::

    datasets -> Sample -> (prompting) -> Request -> models -> Generation
    Generation -> extract -> Extraction -> score -> SampleScore
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from medstep.textenum import TextEnum


class AnswerType(TextEnum):
    """How a question is graded.

    ``closed``: yes/no style question with a fixed small answer set (VQA-RAD,
    SLAKE, PathVQA "CLOSED"). ``open``: free text graded by normalised match
    and token overlap. ``choice``: lettered options, graded by letter.
    """

    CLOSED = "closed"
    OPEN = "open"
    CHOICE = "choice"
    BOX = "box"  # a bounding box on one image, graded by IoU (grounding benchmarks)


@dataclass(frozen=True)
class Box:
    """An axis-aligned box ``[x1, y1, x2, y2]`` in pixels of one image (x right, y down).

    Boxes are always stored in pixels: a model's normalised answer is
    converted with the image size when it is read (``extract/box.py``), so
    gold and prediction meet in one coordinate system.
    """

    x1: float
    y1: float
    x2: float
    y2: float

    def to_json(self) -> list[float]:
        return [self.x1, self.y1, self.x2, self.y2]

    @classmethod
    def from_json(cls, value: Any) -> "Box":
        x1, y1, x2, y2 = (float(v) for v in value)
        return cls(x1, y1, x2, y2)

    def to_text(self) -> str:
        """The canonical spelling, ``[x1, y1, x2, y2]`` with at most two decimals: how answers are stored."""
        return "[" + ", ".join(f"{v:.2f}".rstrip("0").rstrip(".") for v in self.to_json()) + "]"


@dataclass(frozen=True)
class Grounding:
    """The gold of a grounding question: a box on image ``image_index`` of the sample.

    ``image_size`` is ``(width, height)`` of that image, read from the file
    when the benchmark is loaded; it converts normalised answers to pixels.
    ``None`` when the image was not available (scoring without images): then
    only answers already in pixels can be graded.
    """

    box: Box
    image_size: tuple[int, int] | None = None
    image_index: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"box": self.box.to_json(), "image_size": list(self.image_size) if self.image_size else None,
                "image_index": self.image_index}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Grounding":
        size = d.get("image_size")
        return cls(box=Box.from_json(d["box"]), image_size=(int(size[0]), int(size[1])) if size else None,
                   image_index=int(d.get("image_index", 0)))


@dataclass(frozen=True)
class ImageRef:
    """One image of a sample: a file on disk or in-memory encoded bytes.

    Exactly one of ``path`` / ``data`` is set. Loaders resolve and check
    images up front (see ``datasets.base``), so a backend can rely on
    ``read_bytes`` succeeding.
    """

    path: Path | None = None
    data: bytes | None = None
    name: str = ""  # human-readable origin (file name inside a parquet, etc.)

    def __post_init__(self) -> None:
        if (self.path is None) == (self.data is None):
            raise ValueError("ImageRef needs exactly one of path or data")

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    def label(self) -> str:
        return str(self.path) if self.path is not None else (self.name or "<bytes>")

    def to_json(self) -> dict[str, Any]:
        """JSON form for the run store; bytes are base64 so a run is self-contained."""
        if self.path is not None:
            return {"path": str(self.path), "name": self.name}
        assert self.data is not None
        return {"data_b64": base64.b64encode(self.data).decode("ascii"), "name": self.name}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "ImageRef":
        if d.get("path") is not None:
            return cls(path=Path(d["path"]), name=d.get("name", ""))
        return cls(data=base64.b64decode(d["data_b64"]), name=d.get("name", ""))


@dataclass(frozen=True)
class Sample:
    """One benchmark item, normalised across benchmarks.

    ``options`` is an ordered letter -> text mapping (empty for non-choice
    questions). ``answer`` is the gold answer: a letter for ``choice``
    questions, the gold text otherwise. ``categories`` holds the benchmark's
    grouping fields (modality, organ, question_type, ...) that metrics are
    split by. ``reference_steps`` and ``report`` feed the reasoning verifier.
    """

    id: str
    question: str
    answer: str
    answer_type: AnswerType
    images: tuple[ImageRef, ...] = ()
    options: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    reference_steps: tuple[str, ...] = ()
    report: str | None = None
    benchmark: str = ""
    split: str = ""
    answer_text: str | None = None  # gold option text for choice questions, when known
    # Samples with the same non-empty ``group`` are graded together as one set as well
    # (MediConfusion: the two images of a confusing pair share a question).
    group: str = ""
    # Multi-label categories: the sample counts under every label of the field.
    category_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # One kind per reference step (M3CoTBench: modality, observation, conclusion, knowledge), or empty.
    reference_kinds: tuple[str, ...] = ()
    grounding: Grounding | None = None  # the gold box of a ``box`` question

    def named(self) -> str:
        """``sample 'ID' (BENCHMARK)``, how an error names a sample; a sample built by hand has no benchmark."""
        return f"sample {self.id!r}" + (f" ({self.benchmark})" if self.benchmark else "")

    def category_values(self) -> list[tuple[str, str]]:
        """Every (field, value) the sample is counted under: single categories, then each label of a multi-label one."""
        out = list(self.categories.items())
        out += [(f, v) for f, values in self.category_sets.items() for v in values]
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "answer_type": self.answer_type.value,
            "images": [im.to_json() for im in self.images],
            "options": dict(self.options),
            "categories": dict(self.categories),
            "reference_steps": list(self.reference_steps),
            "report": self.report,
            "benchmark": self.benchmark,
            "split": self.split,
            "answer_text": self.answer_text,
            "group": self.group,
            "category_sets": {k: list(v) for k, v in self.category_sets.items()},
            "reference_kinds": list(self.reference_kinds),
            "grounding": self.grounding.to_json() if self.grounding else None,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Sample":
        return cls(
            id=str(d["id"]),
            question=d["question"],
            answer=d["answer"],
            answer_type=AnswerType(d["answer_type"]),
            images=tuple(ImageRef.from_json(x) for x in d.get("images", [])),
            options=dict(d.get("options", {})),
            categories=dict(d.get("categories", {})),
            reference_steps=tuple(d.get("reference_steps", [])),
            report=d.get("report"),
            benchmark=d.get("benchmark", ""),
            split=d.get("split", ""),
            answer_text=d.get("answer_text"),
            group=d.get("group", ""),
            category_sets={k: tuple(v) for k, v in d.get("category_sets", {}).items()},
            reference_kinds=tuple(d.get("reference_kinds", [])),
            grounding=Grounding.from_json(d["grounding"]) if d.get("grounding") else None,
        )


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding settings; part of the cache key, so every field must be hashable/JSON-able."""

    max_tokens: int = 1024
    temperature: float = 0.0  # greedy by default: evaluation should be reproducible
    top_p: float = 1.0
    seed: int | None = 0
    stop: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["stop"] = list(self.stop)
        return d


@dataclass(frozen=True)
class Message:
    """One chat turn in a backend-neutral form.

    ``images`` are attached to this turn, before its text. Backends translate
    this into their own wire format (OpenAI content parts, HF chat template,
    llama.cpp chat handler).
    """

    role: str
    text: str
    images: tuple[ImageRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        # Images are recorded by label only; their bytes are already in the cache key.
        return {"role": self.role, "text": self.text, "images": [im.label() for im in self.images]}


def messages_digest(head: Mapping[str, Any], messages: Sequence[Message]) -> str:
    """Content hash of a call: ``head`` (JSON, sorted keys: the model and settings, and what else the caller keys
    on), then each turn's role, text and image bytes. One function for the generation cache
    (``pipeline.request_key``) and the judge cache (``judges.rounds.call_key``), so both hash a prompt alike."""
    h = hashlib.sha256()
    h.update(json.dumps(dict(head), sort_keys=True).encode())
    for m in messages:
        h.update(b"\x00" + m.role.encode() + b"\x00" + m.text.encode())
        for im in m.images:
            h.update(b"\x01" + hashlib.sha256(im.read_bytes()).digest())
    return h.hexdigest()


def messages_json(messages: Sequence[Message]) -> str:
    """The prompt as stored with a generation or a judge call: a JSON list of turns, images by label."""
    return json.dumps([m.to_json() for m in messages], ensure_ascii=False)


def prompt_text(prompt: str | None) -> str | None:
    """The text of the turns sent, read back from :func:`messages_json`'s stored list (the text as is when the
    stored prompt is not such a list)."""
    if not prompt:
        return None
    try:
        turns = json.loads(prompt)
        return "\n\n".join(t["text"] for t in turns)
    except (json.JSONDecodeError, TypeError, KeyError):
        return prompt


@dataclass(frozen=True)
class Request:
    """One generation call: what is sent to a backend and how it is cached.

    ``key`` is the content hash (model spec, settings, messages, image bytes)
    computed by the pipeline; a finished generation with the same key is never
    requested again.
    """

    key: str
    sample_id: str
    messages: tuple[Message, ...]
    settings: GenerationSettings


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names, looked up once per class (``dataclasses.fields`` per call was a cost)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _scalar_fields(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` for records whose fields are all scalars: the same dict without its
    recursive deep copy (these are written once per sample, and asdict was a visible cost)."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


@dataclass(frozen=True)
class Generation:
    """A backend's raw result for one request.

    ``error`` is set when the call failed after all retries; such a
    generation is counted as *failed* and is never graded as a wrong answer.
    ``reasoning`` holds a server's separate ``reasoning_content`` when it
    returned one (extraction merges it with any ``<think>`` text).
    """

    text: str
    reasoning: str | None = None
    latency_s: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    finish_reason: str | None = None
    error: str | None = None
    endpoint: str | None = None  # the server (or Ray worker) that produced it, for usage per endpoint

    @property
    def failed(self) -> bool:
        return self.error is not None

    def to_json(self) -> dict[str, Any]:
        return _scalar_fields(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Generation":
        kwargs: dict[str, Any] = {f.name: d.get(f.name) for f in dataclasses.fields(cls) if f.name in d}
        return cls(**kwargs)


class Status(TextEnum):
    """Why a sample has (or has no) correctness value.

    Every status but ``scored`` and ``failed`` means the model produced an
    output without a usable answer; such samples count as *not correct* in
    accuracy and are counted apart, each under its own name, because they
    call for different fixes: a prompt or format problem (``unparsed``), a
    model that would not commit (``ambiguous``), a model that declined
    (``refused``) and a token limit set too low (``truncated``).
    """

    SCORED = "scored"  # answer extracted and graded
    UNPARSED = "unparsed"  # output present but no answer stated
    AMBIGUOUS = "ambiguous"  # conflicting answers (two options, "yes or no") and none worded as final
    REFUSED = "refused"  # the model declined ("cannot determine from the image", "none of the options")
    TRUNCATED = "truncated"  # generation stopped at the token limit before an answer
    FAILED = "failed"  # backend call failed: excluded from accuracy denominators, counted


# Statuses of an output that holds no usable answer: not correct, counted apart.
NO_ANSWER = (Status.UNPARSED, Status.AMBIGUOUS, Status.REFUSED, Status.TRUNCATED)
UNPARSED = Status.UNPARSED.value
JUDGE_RULE = "judge"  # the answer was read by an answer-reading judge after the rules left it unparsed


@dataclass(frozen=True)
class Extraction:
    """The answer pulled out of a raw output, and the rule that found it.

    ``answer`` is ``None`` exactly when ``rule`` names a no-answer status
    (``unparsed``, ``ambiguous``, ``refused``, ``truncated``): nothing is
    guessed. ``reasoning`` is the reasoning text separated from the answer
    (``<think>`` content, server reasoning, or the text before the answer).
    """

    answer: str | None
    rule: str
    reasoning: str = ""

    @property
    def parsed(self) -> bool:
        return self.answer is not None

    @property
    def status(self) -> Status:
        """``scored`` when an answer was found, else the no-answer status the rule names."""
        if self.answer is not None:
            return Status.SCORED
        try:
            return Status(self.rule)
        except ValueError:
            return Status.UNPARSED

    def to_json(self) -> dict[str, Any]:
        return _scalar_fields(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Extraction":
        return cls(answer=d.get("answer"), rule=d["rule"], reasoning=d.get("reasoning", ""))


class Mode(str, Enum):
    """How a run's outputs were produced: the prompt style, or outputs graded from elsewhere."""

    DIRECT = "direct"  # answer only
    COT = "cot"  # step-by-step reasoning in <think>, answer in <answer>
    BOTH = "both"  # every question asked both ways in one run: graded on cot, direct kept for the paired impact
    EXTERNAL = "external"  # ``medstep score``: predictions made outside medstep
    MINE = "mine"  # ``medstep mine``: reasoning chains mined from reports, not a graded run


@dataclass(frozen=True)
class SampleScore:
    """Outcome grade of one sample (reasoning grades are attached separately).

    ``correct`` is ``None`` for failed generations. Outputs without a usable
    answer (see :data:`NO_ANSWER`) are ``False`` for accuracy but carry their
    own status so they are reported separately. ``matched``, ``recall``,
    ``precision`` and ``f1`` are set for open questions only (``matched``: the
    grader's ladder took the answer, at any rung; stored under ``exact`` by
    older runs, which :meth:`from_json` still reads), and ``match`` for a
    matched open answer: the rung of the ladder that matched it
    (``exact``, ``forms``, ``number``, ``synonym``, ``contained``, ``narrower``;
    ``score/open_grade.py``); ``iou`` and ``giou`` for box questions
    (``correct`` there means IoU >= 0.5).
    """

    sample_id: str
    status: Status
    correct: bool | None
    matched: bool | None = None
    recall: float | None = None
    f1: float | None = None
    iou: float | None = None
    giou: float | None = None
    precision: float | None = None
    match: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = _scalar_fields(self)
        d["status"] = self.status.value
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "SampleScore":
        return cls(
            sample_id=d["sample_id"],
            status=Status(d["status"]),
            correct=d.get("correct"),
            matched=d.get("matched", d.get("exact")),
            recall=d.get("recall"),
            f1=d.get("f1"),
            iou=d.get("iou"),
            giou=d.get("giou"),
            precision=d.get("precision"),
            match=d.get("match"),
        )


class MedstepError(Exception):
    """A user-facing error: the CLI prints its message on one line and exits non-zero.

    Messages must name the file and record at fault so the user can fix the input.
    They never name a command-line flag: the library is used without the CLI
    too, and the CLI maps errors that concern one setting to its flag (see
    :class:`InvalidSetting`).
    """


class InvalidSetting(MedstepError):
    """A setting outside its range; ``setting`` is the config field name (``limit``, ``max_tokens``).

    The message reads ``limit must be at least 1, got 0``; the CLI rewrites
    the setting name as the flag the user typed.
    """

    def __init__(self, setting: str, value: object, rule: str):
        self.setting, self.value, self.rule = setting, value, rule
        super().__init__(f"{setting} must be {rule}, got {value}")
