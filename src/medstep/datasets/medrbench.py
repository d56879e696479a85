"""MedRBench (Qiu et al., 2025) diagnosis cases: real PMC case reports with the authors' reasoning.

Each case pairs a structured case summary with the differential diagnosis
the report's authors wrote and the final diagnosis. The differential's
numbered points are the case's scoring points (reference steps): the
reasoning score is the share the model's rationale covers, graded by the
``points`` judge or an LLM judge; the diagnosis is graded as open text
(token recall/F1 -- the paper judges it with an LLM).
"""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json, records
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.answers import split_reference_steps as split_steps
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, MedstepError

QUESTION = "What is the diagnosis of this patient?"
_BULLET = lazy_compile(r"^\s*[-*•]\s+")


def scoring_points(differential: str) -> tuple[str, ...]:
    """The differential's points: numbered items and bullets, without headings (lines ending in ':')."""
    points = (_BULLET.sub("", s).strip() for s in split_steps(differential))
    return tuple(p for p in points if p and not p.endswith(":"))


class MedRBench:
    """MedRBench diagnosis: ``diagnosis_957_cases_with_rare_disease_491.json`` (a mapping PMC id -> case).

    Case fields (official GitHub ``data/MedRBench``): ``generate_case`` with
    ``case_summary`` (the question), ``differential_diagnosis`` (the scoring
    points), ``final_diagnosis`` and ``diagnosis_results`` (the gold);
    ``body_category`` and ``disorder_category`` (lists: multi-label
    categories); ``checked_rare_disease`` (non-empty: a rare-disease case).
    The question is the case summary followed by "What is the diagnosis of
    this patient?" (all ancillary tests given: the oracle setting). The
    treatment cases use other fields and are not read. One split, ``test``
    (957 diagnosis cases in the paper). ``data`` is the folder holding the
    file, or the file.
    """

    name = "medrbench"
    splits = ("test",)
    default_split = "test"
    description = "MedRBench diagnosis cases (957) from PMC case reports; diagnosis + differential-point coverage"
    auto_judges: tuple[str, ...] = ("points",)

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = local_release(self.name, data, "clone MAGIC-AI4Med/MedRBench and pass data/MedRBench")
        if path.is_dir():
            found = sorted(path.glob("diagnosis*.json")) or sorted(path.glob("*/diagnosis*.json"))
            if not found:
                raise MedstepError(f"{self.name}: no diagnosis*.json file in {path}")
            path = found[0]
        raw = read_json(path)
        if not isinstance(raw, dict):
            raise MedstepError(f"{path}: expected a JSON object mapping case ids to cases, found {type(raw).__name__}")
        ctx = LoadContext(self.name, split, str(path), options)
        for case_id, rec in zip(raw, records(raw.values(), path)):
            if not isinstance(rec.raw, dict):
                raise rec.fail(f"expected a JSON object, found {type(rec.raw).__name__}")
            rec.rid = str(case_id)
            self._add(ctx, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, rec: Record) -> None:
        case = rec.require("generate_case")
        if not isinstance(case, dict):
            raise rec.fail("'generate_case' must be an object")
        inner = Record(raw=case, source=rec.source, index=rec.index, rid=rec.rid, line=rec.line)
        multi = {}
        for field in ("body_category", "disorder_category"):
            value = rec.raw.get(field) or []
            if not isinstance(value, list):
                raise rec.fail(f"'{field}' must be a list, found {type(value).__name__}")
            multi[field] = tuple(str(v).strip() for v in value if str(v).strip())
        ctx.add_record(
            rec, f"{inner.text('case_summary')}\n\n{QUESTION}", inner.text("diagnosis_results"), AnswerType.OPEN,
            images=lambda: (), reference_steps=scoring_points(inner.text("differential_diagnosis")),
            category_sets=multi, categories={"rare_disease": "yes" if rec.raw.get("checked_rare_disease") else "no"},
        )
