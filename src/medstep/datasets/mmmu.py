"""MMMU (Yue et al., 2024), restricted to its five Health & Medicine subjects."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter, options_from_any
from medstep.datasets._context import LoadContext, choose_split, local_path
from medstep.datasets._records import Record, load_hub_rows, looks_like_hub_id, parse_listish, read_parquet
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, MedstepError

MMMU_MED_SUBJECTS = (
    "Basic_Medical_Science",
    "Clinical_Medicine",
    "Diagnostics_and_Laboratory_Medicine",
    "Pharmacy",
    "Public_Health",
)
MMMU_HUB_ID = "MMMU/MMMU"
MAX_IMAGES = 7


class MmmuMed:
    """MMMU Health & Medicine: five subjects, parquet per subject (``<Subject>/<split>-*.parquet``).

    Splits: ``validation`` (30 per subject, 150 total; the split papers report)
    and ``dev`` (5 per subject). The ``test`` split's answers are hidden, so it
    is refused rather than scored against placeholder answers. ``options`` is
    a stringified Python list (letters A, B, ... in order); ``question`` keeps
    its ``<image k>`` placeholders and images are the non-empty
    ``image_1..image_7`` cells in order. ``multiple-choice`` questions are
    ``choice``; ``open`` ones are ``open`` with the free-text gold.
    Categories: ``subject``, ``subfield``, ``question_type``, ``difficulty``.
    ``data`` is a directory holding the subject folders (e.g. a local copy of
    the hub repo), or the hub id ``MMMU/MMMU``.
    """

    name = "mmmu-med"
    splits = ("validation", "dev")
    default_split = "validation"
    description = "MMMU Health & Medicine (5 subjects); validation = 150, dev = 25, HF parquet"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        if options.split == "test":
            raise MedstepError(f"{self.name}: the MMMU test split has hidden answers; use 'validation' or 'dev'")
        split = choose_split(self, options)
        batches: list[tuple[str, list[Record], Path | None]] = []
        if looks_like_hub_id(data):
            for subject in MMMU_MED_SUBJECTS:
                batches.append((subject, load_hub_rows(str(data), subject, split), None))
            source = f"hf://{data} ({split})"
        else:
            root = local_path(self.name, data)
            found = self._local_shards(root, split)
            for subject, shards in found.items():
                batches.append((subject, read_parquet(shards), shards[0].parent))
            source = str(root)
        ctx = LoadContext(self.name, split, source, options)
        for subject, rows, base_dir in batches:
            for rec in rows:
                self._add(ctx, subject, rec, base_dir)
        return ctx.result()

    def _local_shards(self, root: Path, split: str) -> dict[str, list[Path]]:
        if root.is_file():
            subject = root.parent.name
            return {subject: [root]}
        found: dict[str, list[Path]] = {}
        for subject in MMMU_MED_SUBJECTS:
            for base in (root / subject, root / "MMMU" / subject):
                shards = sorted(base.glob(f"{split}-*.parquet")) or sorted(base.glob(f"{split}.parquet"))
                if shards:
                    found[subject] = shards
                    break
        if not found and root.name in MMMU_MED_SUBJECTS:
            shards = sorted(root.glob(f"{split}-*.parquet"))
            if shards:
                found[root.name] = shards
        if not found:
            raise MedstepError(
                f"{self.name}: no '{split}' parquet files for the medical subjects under {root} "
                f"(expected e.g. {root / MMMU_MED_SUBJECTS[0] / (split + '-00000-of-00001.parquet')})"
            )
        return found

    def _add(self, ctx: LoadContext, subject: str, rec: Record, base_dir: Path | None) -> None:
        rec.rid = rec.text("id")
        qtype = rec.text("question_type").lower()
        question = rec.text("question")
        answer_raw = rec.text("answer")
        try:
            parsed = parse_listish(rec.raw.get("options") or "[]")
        except ValueError as exc:
            raise rec.fail(f"cannot parse 'options': {exc}") from exc
        opts = options_from_any(parsed, rec, "options") if parsed else {}
        if qtype == "multiple-choice":
            if not opts:
                raise rec.fail("multiple-choice question without options")
            gold = answer_raw
            if gold.startswith("["):  # tolerate a list-encoded gold such as "['B']"
                try:
                    gold = parse_listish(gold)
                except ValueError as exc:
                    raise rec.fail(f"cannot parse 'answer': {exc}") from exc
            answer, answer_type = gold_letter(gold, opts, rec, "answer"), AnswerType.CHOICE
            answer_text = opts[answer]
        elif qtype == "open":
            answer, answer_type, answer_text, opts = answer_raw, AnswerType.OPEN, None, {}
        else:
            raise rec.fail(f"question_type must be 'multiple-choice' or 'open', found {qtype!r}")
        cells = [c for c in (rec.raw.get(f"image_{k}") for k in range(1, MAX_IMAGES + 1)) if c is not None]
        ctx.add_record(
            rec,
            question,
            answer,
            answer_type,
            images=lambda: tuple(ctx.image_cell(cell, rec, base_dir) for cell in cells),
            options=opts,
            answer_text=answer_text,
            categories={
                "subject": subject,
                "subfield": rec.opt_text("subfield"),
                "question_type": qtype,
                "difficulty": rec.opt_text("topic_difficulty"),
            },
        )
