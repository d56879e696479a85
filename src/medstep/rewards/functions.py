"""Reward functions on the answer and the reasoning, with the semantics of ``medstep eval`` by construction.

Each is a plain TRL reward function, ``reward(prompts, completions,
**columns) -> list[float | None]`` (see :mod:`medstep.rewards.columns` for
the columns read). ``None`` means the reward does not apply to that row (no
gold answer, no report to verify against, a chain without a clinical claim):
TRL leaves it out of that row's weighted sum instead of counting it as 0,
which would punish a completion for a property of its data.

Why these and not n-gram metrics: BLEU and ROUGE score "No pleural
effusion." and "Pleural effusion." almost alike; the verifier reads the
negation, and the grader is the one ``medstep eval`` reports with, so a
policy is trained on the numbers it will be evaluated on.
"""

from __future__ import annotations

from typing import Any, Sequence

from medstep.collector import paused_collections
from medstep.extract import has_think_answer_format
from medstep.rewards import memo
from medstep.rewards.columns import column, completion_count, completion_text, rows
from medstep.score.outcome import grade
from medstep.types import NO_ANSWER, AnswerType, Extraction, Generation, InvalidSetting, MedstepError, Sample
from medstep.verify import default_verifier, split_steps

Rewards = list[float | None]


def accuracy_reward(prompts: Sequence[Any], completions: Sequence[Any], *, unparsed: float = 0.0,
                    **columns: Any) -> Rewards:
    """Outcome reward (DeepSeek-R1, Med-R1, MedVLThinker): 1.0 when ``medstep eval``'s grader counts the
    completion correct, 0.0 when wrong, ``unparsed`` when it states no usable answer (unparsed,
    ambiguous, refused). ``None`` for a row without a gold answer. Box questions are correct at
    IoU >= 0.5, as eval reports them (the box rewards give the overlap itself)."""
    if "answer" not in columns:
        raise MedstepError("accuracy_reward needs an 'answer' column in the training data")
    if isinstance(unparsed, bool) or not isinstance(unparsed, (int, float)):
        raise InvalidSetting("unparsed", repr(unparsed), "a number")
    with paused_collections():  # a batch of records while the memoised scores stay alive (``collector.py``)
        return _accuracy(prompts, completions, columns, unparsed)


def _accuracy(prompts: Sequence[Any] | None, completions: Sequence[Any], columns: dict, unparsed: float) -> Rewards:
    out: Rewards = []
    for _, sample, text in rows(prompts, completions, columns):
        if not sample.answer.strip():
            out.append(None)
            continue
        score = grade(sample, memo.extraction(sample, text), Generation(text=text))
        out.append(unparsed if score.status in NO_ANSWER else float(bool(score.correct)))
    return out


def format_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Strict format reward (DeepSeek-R1's R1-Zero template, used by Med-R1 and MedVLThinker): 1.0 when the
    completion is exactly ``<think>…</think><answer>…</answer>`` (one of each tag, in order, both
    non-empty, nothing outside but whitespace), else 0.0. Always applies."""
    completion_count(completions)
    return [float(has_think_answer_format(completion_text(c, i))) for i, c in enumerate(completions)]


def reasoning_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Process reward (ChestX-Reasoner's RadRScore): the verifier's mean of completeness, factuality and
    effectiveness of the completion's reasoning against the report and reference steps; for a choice
    question the chosen option is one of its claims. A detected error (a claim the evidence contradicts, or a
    false committed answer) halves it (``CONTRADICTION_FACTOR``), and each further one, and each urgent or actionable
    finding a full report never names, costs a further ``SILENT_FACTOR`` (``error_factor``). Exactly the ``radrscore`` of ``--judge verifier``.
    ``None`` without a report or reference steps, or when no component is defined."""
    return _score_metric(prompts, completions, columns, "radrscore")


def clinical_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Clinical error score (the verifier's, ``--judge verifier``'s ``clinical``): 1 for reasoning whose
    findings match the report's; false, missed and wrongly qualified findings lower it, each weighted by
    its clinical significance (a missed tension pneumothorax costs more than a missed granuloma); a detected
    error halves it as it halves ``reasoning_reward``, and a chain that has not committed or observes nothing
    (a refusal, only hedges) scores 0. ``None`` without a report or reference steps."""
    return _score_metric(prompts, completions, columns, "clinical")


@paused_collections()  # a batch of verifications while the memoised scores stay alive (``collector.py``)
def _score_metric(prompts: Sequence[Any] | None, completions: Sequence[Any], columns: dict, metric: str) -> Rewards:
    out: Rewards = []
    with default_verifier().batch():  # the rollouts of a prompt repeat sentences: each is analysed once
        for _, sample, text in rows(prompts, completions, columns):
            rs = memo.reasoning_score(sample, text)
            value = getattr(rs, metric) if rs is not None else None
            out.append(None if value is None else float(value))
    return out


def perception_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Key-finding perception reward (Perception-R1's visual perception reward): the share of the image's
    key findings that the reasoning states, and states consistently (right polarity, laterality,
    severity), read by the verifier. The key findings are the ``key_findings`` column when the dataset
    has one (annotated visual facts), else every finding the report states. ``None`` when there are
    none (nothing to perceive), unlike RadRScore's completeness, which prefers the reference steps."""
    out: Rewards = []
    n = completion_count(completions)
    with default_verifier().batch():  # as the process reward: the rollouts of a prompt repeat lines
        for i, sample, text in rows(prompts, completions, columns):
            keys = _key_findings(column(columns, "key_findings", i, n), sample, i)
            if not keys:
                out.append(None)
                continue
            ex = memo.extraction(sample, text)
            out.append(memo.memo_perception((ex.reasoning, keys), lambda: _recall(ex, keys)))
    return out


def _key_findings(value: Any, sample: Sample, i: int) -> tuple[str, ...]:
    if value:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)) or not all(isinstance(v, str) for v in items):
            raise MedstepError(f"reward row {i}: column 'key_findings' must be text or a list of texts, got {value!r}")
        return tuple(v for v in items if v)
    report = (sample.report or "").strip()
    return tuple(s.text for s in split_steps(report)) if report else ()


def _recall(ex: Extraction, keys: tuple[str, ...]) -> float | None:
    done, total = default_verifier().verify(ex.reasoning or "", reference=list(keys)).completeness_counts()
    return done / total if total else None


def box_iou_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Grounding reward (MedMO; MedSG-Bench's metric): IoU of the answer's box with the gold box, in
    pixels of the image (0-1 and 0-1000 answers converted with ``image_size``), 0.0 for no readable
    box, exactly as eval grades box questions. ``None`` for rows that are not box questions."""
    return _box(prompts, completions, columns, "iou")


def box_giou_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> Rewards:
    """Generalised IoU (Rezatofighi et al.) of the answer's box, in [-1, 1]: unlike IoU it still ranks
    near misses above wild ones, which gives a policy a gradient before its boxes overlap at all;
    -1.0 for no readable box. ``None`` for rows that are not box questions."""
    return _box(prompts, completions, columns, "giou")


def _box(prompts: Sequence[Any] | None, completions: Sequence[Any], columns: dict, metric: str) -> Rewards:
    out: Rewards = []
    for _, sample, text in rows(prompts, completions, columns):
        if sample.answer_type is not AnswerType.BOX:
            out.append(None)
            continue
        value = getattr(grade(sample, memo.extraction(sample, text), Generation(text=text)), metric)
        out.append(None if value is None else float(value))
    return out
