"""M3CoTBench (Jiang et al., 2026): medical image questions with gold reasoning steps.

Every question carries up to four annotated key steps in the order a
clinician reasons -- the imaging modality, the image features, the key
conclusion, and any further analysis -- which become the sample's reference
steps with those kinds (``modality``, ``observation``, ``conclusion``,
``knowledge``, the names the official path-consistency code uses). Step
correctness (precision/recall/F1) is graded against them by the ``steps``
judge (verifier concept matching) or the ``m3cot`` LLM judge; the impact
and efficiency metrics come from ``--mode both``.
"""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter
from medstep.datasets._context import LoadContext, choose_split, local_path
from medstep.datasets._records import Record, hub_snapshot, looks_like_hub_id, read_xlsx
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.answers import split_options
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, ImageRef, MedstepError

# (column, kind): the official combine_fields.py order of the key annotation steps
STEP_COLUMNS = (("modality", "modality"), ("feature", "observation"), ("key_conclusion", "conclusion"),
                ("additional_analysis", "knowledge"))
# Grouping columns used when the workbook has them (the official code shows none by name but these).
CATEGORY_COLUMNS = ("category", "subcategory", "question_type", "task", "examination_type", "difficulty")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
HUB_ID = "APRIL-AIGC/M3CoTBench"
HUB_FILES = ["*.xlsx", "images/*", "dataset/*.xlsx", "dataset/images/*"]  # inference/data/dataset.py tries these in order
_LETTER = lazy_compile(r"(?<![A-Za-z])([A-Z])(?![A-Za-z])")


def question_kind(question: str) -> str:
    """The official accuracy script's question types, read from the instruction in the question."""
    q = question.lower()
    if "select all that apply" in q:
        return "multiple"
    if "select one option" in q:
        return "single"
    if "true or false" in q:
        return "bool"
    return "short"


class M3CoTBench:
    """M3CoTBench: ``M3CoTBench.xlsx`` plus ``images/<index>.png``.

    Columns read (those the official inference and evaluation code uses):
    ``index`` (the image name; the row number when absent, as the official
    tools number rows), ``question`` (stem, then ``A. text`` option lines for
    choice questions, and an instruction such as "select one option" /
    "select all that apply" / "true or false"), ``answer``, and the four step
    columns ``modality``, ``feature``, ``key_conclusion``,
    ``additional_analysis``. Answer types: single choice -> ``choice``;
    true/false -> ``closed``; short answer -> ``open``; select-all -> ``open``
    with the gold letters as ``"A, C"`` (multi-letter answers are compared as
    that normalised text, so the model must list exactly those letters).
    Categories: the kind above, and ``category`` / ``question_type`` /
    ``task`` / ``examination_type`` / ``difficulty`` columns when present,
    plus ``analysis_type`` from the repo's ``type.xlsx`` when it sits beside
    the workbook. One split, ``test`` (1,079 questions in the paper).
    ``data`` is the folder (or the workbook), or the hub id
    ``APRIL-AIGC/M3CoTBench``, whose workbook and images are downloaded once
    into the Hugging Face cache.
    """

    name = "m3cotbench"
    splits = ("test",)
    default_split = "test"
    description = "M3CoTBench medical CoT questions with 4-kind gold steps (1,079); step P/R/F1, impact, efficiency"
    auto_judges: tuple[str, ...] = ("steps",)

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        if looks_like_hub_id(data):  # the hub copy is the workbook and its image folder
            path = hub_snapshot(str(data), HUB_FILES)
        else:
            path = local_path(self.name, data)
        if path.is_dir():
            found = sorted(path.glob("M3CoTBench*.xlsx")) or sorted(path.glob("dataset/M3CoTBench*.xlsx"))
            found = [p for p in found if p.name != "type.xlsx"]
            if not found:
                raise MedstepError(f"{self.name}: no M3CoTBench.xlsx in {path}")
            path = found[0]
        types = self._analysis_types(path.parent / "type.xlsx")
        ctx = LoadContext(self.name, split, str(path), options)
        for rec in read_xlsx(path):
            self._add(ctx, path.parent / "images", rec, types)
        return ctx.result()

    @staticmethod
    def _analysis_types(path: Path) -> dict[str, str]:
        if not path.is_file():
            return {}
        return {r.text("index"): r.opt_text("analysis_type") for r in read_xlsx(path) if r.has("index")}

    def _add(self, ctx: LoadContext, image_dir: Path, rec: Record, types: dict[str, str]) -> None:
        rec.rid = rec.opt_text("index") or str(rec.index + 1)
        question = rec.text("question")
        kind = question_kind(question)
        stem, opts = split_options(question)
        gold = rec.text("answer")
        answer_text = None
        if kind == "multiple":
            letters = sorted(set(_LETTER.findall(gold)))
            if not letters or (opts and any(x not in opts for x in letters)):
                raise rec.fail(f"select-all answer {gold!r} is not a list of option letters {list(opts)}")
            answer, answer_type, opts = ", ".join(letters), AnswerType.OPEN, {}
            stem = question.strip()  # the options stay in the text: the answer is a set of their letters
        elif opts and kind in ("single", "short"):
            answer, answer_type = gold_letter(gold, opts, rec, "answer"), AnswerType.CHOICE
            answer_text = opts[answer]
        else:
            answer, answer_type, opts = gold, AnswerType.CLOSED if kind == "bool" else AnswerType.OPEN, {}
            stem = question.strip()
        steps = [(rec.opt_text(col), k) for col, k in STEP_COLUMNS]
        steps = [(text, k) for text, k in steps if text]
        categories = {c: rec.opt_text(c) for c in CATEGORY_COLUMNS}
        categories["kind"] = kind
        categories["analysis_type"] = types.get(rec.rid, "")
        ctx.add_record(
            rec, stem, answer, answer_type, images=lambda: self._image(ctx, image_dir, rec),
            options=opts, answer_text=answer_text, categories=categories,
            reference_steps=tuple(t for t, _ in steps), reference_kinds=tuple(k for _, k in steps),
        )

    @staticmethod
    def _image(ctx: LoadContext, image_dir: Path, rec: Record) -> ImageRef:
        for suffix in _IMAGE_SUFFIXES:
            candidate = image_dir / f"{rec.rid}{suffix}"
            if candidate.exists():
                return ctx.image_file(candidate, rec)
        return ctx.image_file(image_dir / f"{rec.rid}{_IMAGE_SUFFIXES[0]}", rec)
