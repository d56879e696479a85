"""MedThink-Bench (plusnli/MedThink-Bench): text questions with expert scoring points.

Each question comes with the few statements an expert expects a sound
rationale to make (``Scoring_Points``). The benchmark's reasoning score is
the share of those points the model's rationale states; they are the
sample's reference steps here, graded by the ``points`` judge (verifier
concept matching) or an LLM judge, beside ordinary answer accuracy.
"""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter, split_inline_choices
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.answers import split_options
from medstep.types import AnswerType, MedstepError


class MedThinkBench:
    """MedThink-Bench: ``data/QA_data.json``, a JSON list of question records.

    Fields (official GitHub release): ``Index``, ``QA_Type`` (the reasoning
    task category), ``question`` (the stem, then the options either as
    ``A. text`` lines or as an inline ``Answer Choices: (A) ... (B) ...``
    tail), ``answer`` (``"A. IGF1"``: letter and option text) and
    ``Scoring_Points`` (a list of statements). A question whose options cannot
    be read is an ``open`` question with the answer text as gold. Text only.
    One split, ``test`` (500 questions in the paper). ``data`` is the repo
    root, its ``data`` folder or the JSON file.
    """

    name = "medthink-bench"
    splits = ("test",)
    default_split = "test"
    description = "MedThink-Bench text questions with expert scoring points (500); answer + point coverage"
    auto_judges: tuple[str, ...] = ("points",)

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = local_release(self.name, data, "clone plusnli/MedThink-Bench and pass data/QA_data.json")
        if path.is_dir():
            found = [p for p in (path / "QA_data.json", path / "data" / "QA_data.json") if p.is_file()]
            if not found:
                raise MedstepError(f"{self.name}: no QA_data.json in {path} (or {path / 'data'})")
            path = found[0]
        ctx = LoadContext(self.name, split, str(path), options)
        for rec in read_json_list(path):
            self._add(ctx, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, rec: Record) -> None:
        rec.rid = rec.text("Index")
        try:
            stem, opts = split_inline_choices(rec.text("question"))
            if not opts:
                stem, opts = split_options(rec.text("question"))
        except ValueError as exc:
            raise rec.fail(f"'question': {exc}") from None
        points = rec.require("Scoring_Points")
        if not isinstance(points, list) or not all(isinstance(p, str) for p in points):
            raise rec.fail("'Scoring_Points' must be a list of statements")
        gold = rec.text("answer")
        if opts:
            answer, answer_type = gold_letter(gold, opts, rec, "answer"), AnswerType.CHOICE
            answer_text: str | None = opts[answer]
        else:
            answer, answer_type, answer_text = gold, AnswerType.OPEN, None
        ctx.add_record(
            rec, stem, answer, answer_type, images=lambda: (), options=opts, answer_text=answer_text,
            reference_steps=tuple(p.strip() for p in points if p.strip()),
            categories={"qa_type": rec.opt_text("QA_Type")},
        )
