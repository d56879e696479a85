"""MedXpertQA (Zuo et al., 2025): expert-level medical exam questions, multimodal (MM) and text (Text) subsets."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter, options_from_any
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, load_hub_rows, looks_like_hub_id, read_jsonl
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import first_existing
from medstep.types import AnswerType, ImageRef, MedstepError

CHOICES_MARKER = "Answer Choices:"


def strip_answer_choices(question: str) -> str:
    """Drop the trailing ``Answer Choices: (A) ... (E) ...`` block.

    The released ``question`` repeats the options that are also given in
    ``options``; the prompt builder renders options itself, so leaving them in
    would show every choice twice. Only a tail that actually lists ``(A)`` is
    removed, so a stem that merely mentions the phrase is left intact.
    """
    idx = question.rfind(CHOICES_MARKER)
    if idx < 0 or "(A)" not in question[idx:]:
        return question.strip()
    return question[:idx].rstrip()


class _MedXpertQa:
    """The layout both MedXpertQA subsets share; ``subset`` is the folder (``MM`` or ``Text``).

    Fields: ``id``, ``question`` (stem plus an ``Answer Choices:`` tail, which
    is stripped), ``options`` (letter->text dict, or a list of
    ``{letter, content}``), ``label`` (a letter or a one-letter list),
    ``images`` (MM: file names or ``{"image_path": ...}``; Text: absent or
    empty), ``medical_task``, ``body_system``, ``question_type``. Images live
    in an ``images/`` folder beside the jsonl (or one level up, as in the hub
    copy ``TsinghuaC3I/MedXpertQA`` once ``images.zip`` is unpacked). ``data``
    is the release root, the subset folder, or a jsonl file.
    """

    name: str
    subset: str
    splits = ("test", "dev")
    default_split = "test"

    hub_readable = False  # the hub copy holds the jsonl of both subsets, but MM's images only as a zip

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        if self.hub_readable and looks_like_hub_id(data):
            rows = load_hub_rows(str(data), self.subset, split)
            image_dirs: list[Path] = []
            source = rows[0].source if rows else f"hf://{data}/{self.subset}[{split}]"
            roots: tuple[Path, ...] = ()
        else:
            path = local_release(
                self.name, data, "download TsinghuaC3I/MedXpertQA, unzip images.zip and pass the directory"
            )
            jsonl = path if path.is_file() else self._find_jsonl(path, split)
            image_dirs = [jsonl.parent / "images", jsonl.parent.parent / "images"]
            rows, source, roots = read_jsonl(jsonl), str(jsonl), (jsonl.parent.parent,)
        ctx = LoadContext(self.name, split, source, options, extra_roots=roots)
        for rec in rows:
            rec.rid = rec.text("id")
            opts = options_from_any(rec.require("options"), rec, "options")
            answer = gold_letter(rec.require("label"), opts, rec, "label")
            ctx.add_record(
                rec,
                strip_answer_choices(rec.text("question")),
                answer,
                AnswerType.CHOICE,
                images=lambda: self._images(ctx, rec, image_dirs),
                options=opts,
                answer_text=opts[answer],
                categories={
                    "medical_task": rec.opt_text("medical_task"),
                    "body_system": rec.opt_text("body_system"),
                    "question_type": rec.opt_text("question_type"),
                },
            )
        return ctx.result()

    def _find_jsonl(self, root: Path, split: str) -> Path:
        for candidate in (root / self.subset / f"{split}.jsonl", root / f"{split}.jsonl"):
            if candidate.is_file():
                return candidate
        raise MedstepError(f"{self.name}: no {split}.jsonl under {root} (expected {self.subset}/{split}.jsonl)")

    def _images(self, ctx: LoadContext, rec: Record, dirs: list[Path]) -> tuple[ImageRef, ...]:
        raw = rec.raw.get("images") if self.subset == "Text" else rec.require("images")
        if not raw:
            return ()
        if not isinstance(raw, list):
            raise rec.fail(f"'images' must be a list, found {type(raw).__name__}")
        refs = []
        for item in raw:
            name = item.get("image_path") if isinstance(item, dict) else item
            if not isinstance(name, str) or not name.strip():
                raise rec.fail(f"bad entry in 'images': {item!r}")
            refs.append(ctx.image_file(first_existing(dirs, name.strip()), rec))
        return tuple(refs)


class MedXpertQaMM(_MedXpertQa):
    """MedXpertQA, multimodal subset: ``MM/test.jsonl`` (2,000) and ``MM/dev.jsonl`` (5); five options A-E."""

    name = "medxpertqa-mm"
    subset = "MM"
    description = "MedXpertQA MM expert exam questions; test = 2,000, 5 options A-E, official jsonl + images/"


class MedXpertQaText(_MedXpertQa):
    """MedXpertQA, text subset: ``Text/test.jsonl`` (2,450) and ``Text/dev.jsonl`` (5); ten options A-J, no images."""

    name = "medxpertqa-text"
    subset = "Text"
    hub_readable = True  # text only: ``TsinghuaC3I/MedXpertQA`` loads as is
    description = "MedXpertQA Text expert exam questions; test = 2,450, 10 options A-J, official jsonl (no images)"
