"""A read-only view of one run directory, shared by the report and compare pages.

Reports read runs only through :class:`medstep.store.RunStore` (never the
SQLite tables), and this module is the one place that turns a stored
:class:`~medstep.store.SampleResult` into its display status, so the
report's filter and the comparison's exclusion rules can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medstep.results import RunSummary
from medstep.store import RunMeta, RunStore, SampleResult
from medstep.types import MedstepError, Mode, Status

CORRECT = "correct"
WRONG = "wrong"
MISSING = "missing"  # in the sample list but never graded (an interrupted, unfinalised run)
# Display statuses: a scored sample is correct or wrong; any other grading Status is shown by its own name.
STATUSES = (CORRECT, WRONG, *(s.value for s in Status if s is not Status.SCORED), MISSING)


@dataclass(frozen=True)
class RunHead:
    """A run's metadata and summary: what a page shows above its samples."""

    run_dir: Path
    meta: RunMeta
    summary: RunSummary

    @property
    def label(self) -> str:
        """The run's name (``--name``; by default the model's or predictions file's name); runs
        written before names existed show their model spec and prompt mode."""
        return self.meta.name or self.summary.name or f"{self.meta.model} [{self.meta.mode.value}]"


@dataclass(frozen=True)
class RunView(RunHead):
    """Everything a comparison needs from a run, loaded once (the store is closed afterwards).

    The report does not hold a run's results: it streams them (:meth:`RunStore.iter_results`)."""

    results: list[SampleResult]

    def category_fields(self) -> list[str]:
        """Category field names in order of first appearance across the samples."""
        seen: dict[str, None] = {}
        for r in self.results:
            for k in r.sample.categories:
                seen.setdefault(k, None)
        return list(seen)


def load_run(run_dir: Path) -> RunView:
    """Open ``run_dir`` read-only and load its metadata, summary and per-sample results.

    Raises :class:`~medstep.types.MedstepError` (from the store) when the
    directory is not a run or has not been scored yet (no ``summary.json``):
    a report of ungraded outputs would show numbers that do not exist.
    """
    run_dir = Path(run_dir)
    store = RunStore.open(run_dir)
    try:
        check_graded_run(store)
        return RunView(run_dir=run_dir, meta=store.meta, summary=store.summary(), results=store.results())
    finally:
        store.close()


def check_graded_run(store: RunStore) -> None:
    """Refuse a run directory that holds no graded run (a mining run) with what it holds instead."""
    if store.meta.mode is Mode.MINE:
        raise MedstepError(f"{store.run_dir} is a mining run (medstep mine): its results are the chains file and "
                           "mine.json, not a graded run to report or compare")


def sample_status(result: SampleResult) -> str:
    """One of :data:`STATUSES`, derived from the stored grade.

    Unparsed answers count as wrong for accuracy but are displayed apart;
    failed generations are neither right nor wrong.
    """
    score = result.score
    if score is None:
        return MISSING
    if score.status is not Status.SCORED:
        return score.status.value
    return CORRECT if score.correct else WRONG


def is_graded(result: SampleResult) -> bool:
    """Whether a sample has a correctness value (enters accuracy denominators)."""
    return result.score is not None and result.score.correct is not None


def is_correct(result: SampleResult) -> bool:
    return result.score is not None and result.score.correct is True


def gold_text(result: SampleResult) -> str:
    """The gold answer as a reader wants it: ``B. Left lung`` for choice questions."""
    s = result.sample
    text = s.answer_text or s.options.get(s.answer)
    return f"{s.answer}. {text}" if text and text != s.answer else s.answer


def extracted_answer(result: SampleResult) -> str | None:
    """The extracted answer, ``None`` when there is none (unparsed, failed, never graded)."""
    return result.extraction.answer if result.extraction is not None else None


def answer_text(result: SampleResult) -> str:
    """The extracted answer, or a marker saying why there is none."""
    answer = extracted_answer(result)
    return answer if answer is not None else f"({sample_status(result)})"
