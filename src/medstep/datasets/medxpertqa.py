"""MedXpertQA MM (Zuo et al., 2025): expert-level multimodal medical exam questions."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter, options_from_any
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_jsonl
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


class MedXpertQaMM:
    """MedXpertQA, multimodal subset: ``MM/test.jsonl`` (2,000) and ``MM/dev.jsonl`` (5).

    Fields: ``id``, ``question`` (stem plus an ``Answer Choices:`` tail, which
    is stripped), ``options`` (letter->text dict, or a list of
    ``{letter, content}``), ``label`` (a letter or a one-letter list),
    ``images`` (file names or ``{"image_path": ...}``), ``medical_task``,
    ``body_system``, ``question_type``. Five options A-E; images live in an
    ``images/`` folder beside the jsonl (or one level up, as in the hub copy
    ``TsinghuaC3I/MedXpertQA`` once ``images.zip`` is unpacked). ``data`` is
    the release root, the ``MM`` folder, or a jsonl file.
    """

    name = "medxpertqa-mm"
    splits = ("test", "dev")
    default_split = "test"
    description = "MedXpertQA MM expert exam questions; test = 2,000, 5 options A-E, official jsonl + images/"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = local_release(
            self.name, data, "download TsinghuaC3I/MedXpertQA, unzip images.zip and pass the directory"
        )
        jsonl = path if path.is_file() else self._find_jsonl(path, split)
        image_dirs = [jsonl.parent / "images", jsonl.parent.parent / "images"]
        ctx = LoadContext(self.name, split, str(jsonl), options, extra_roots=(jsonl.parent.parent,))
        for rec in read_jsonl(jsonl):
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
        for candidate in (root / "MM" / f"{split}.jsonl", root / f"{split}.jsonl"):
            if candidate.is_file():
                return candidate
        raise MedstepError(f"{self.name}: no {split}.jsonl under {root} (expected MM/{split}.jsonl)")

    @staticmethod
    def _images(ctx: LoadContext, rec: Record, dirs: list[Path]) -> tuple[ImageRef, ...]:
        raw = rec.require("images")
        if not isinstance(raw, list):
            raise rec.fail(f"'images' must be a list, found {type(raw).__name__}")
        refs = []
        for item in raw:
            name = item.get("image_path") if isinstance(item, dict) else item
            if not isinstance(name, str) or not name.strip():
                raise rec.fail(f"bad entry in 'images': {item!r}")
            refs.append(ctx.image_file(first_existing(dirs, name.strip()), rec))
        return tuple(refs)
