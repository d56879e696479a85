"""OmniMedVQA (Hu et al., 2024): multiple-choice VQA pooled from many medical datasets."""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, MedstepError

OMNI_ACCESS_DIRS = ("Open-access", "Restricted-access")
OMNI_OPTION_KEYS = ("option_A", "option_B", "option_C", "option_D")


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


class OmniMedVqa:
    """OmniMedVQA: ``QA_information/{Open-access,Restricted-access}/*.json`` under the root.

    Each JSON file is a list of records with ``dataset``, ``question_id``,
    ``question_type``, ``question``, ``gt_answer``, ``option_A``..``option_D``
    (absent when a question has fewer options), ``image_path`` (relative to
    the root, e.g. ``Images/...``) and ``modality_type`` (one released file uses
    ``modality``; both are accepted). The gold letter is the option whose text
    equals ``gt_answer`` (exactly, then ignoring case/spacing/final period);
    a record matching no option is an error. There is one split, ``test``
    (every record; the public Open-access part has 88,996 questions, the
    Restricted-access part is added when present). Categories:
    ``modality_type``, ``question_type``, ``dataset``, ``access``.
    """

    name = "omnimedvqa"
    splits = ("test",)
    default_split = "test"
    description = "OmniMedVQA pooled medical VQA (Open-access 88,996 Qs, + Restricted if present), official JSON"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        root = local_release(
            self.name, data, "download foreverbeliever/OmniMedVQA, unzip it and pass the directory holding QA_information/"
        )
        qa_root = root / "QA_information"
        files = [(access, f) for access in OMNI_ACCESS_DIRS for f in sorted((qa_root / access).glob("*.json"))]
        if not files:
            raise MedstepError(f"{self.name}: no QA_information/{{Open-access,Restricted-access}}/*.json under {root}")
        ctx = LoadContext(self.name, split, str(qa_root), options)
        for access, json_file in files:
            for rec in read_json_list(json_file):
                self._add(ctx, root, access, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, root: Path, access: str, rec: Record) -> None:
        rec.rid = rec.text("question_id")
        opts = {key[-1]: rec.opt_text(key) for key in OMNI_OPTION_KEYS if rec.has(key)}
        if len(opts) < 2:
            raise rec.fail("needs at least two of option_A..option_D")
        gold = rec.text("gt_answer")
        answer = next((k for k, v in opts.items() if v == gold), None)
        if answer is None:
            answer = next((k for k, v in opts.items() if _norm(v) == _norm(gold)), None)
        if answer is None:
            raise rec.fail(f"gt_answer {gold!r} matches none of the options {opts}")
        ctx.add_record(
            rec,
            rec.text("question"),
            answer,
            AnswerType.CHOICE,
            images=lambda: ctx.image_file(root / rec.text("image_path"), rec),
            options=opts,
            answer_text=opts[answer],
            categories={
                "modality_type": rec.first_text("modality_type", "modality"),
                "question_type": rec.opt_text("question_type"),
                "dataset": rec.opt_text("dataset"),
                "access": access.split("-")[0].lower(),
            },
        )
