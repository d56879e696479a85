"""Grading box answers: IoU, generalised IoU, and accuracy at IoU >= 0.5.

IoU is the overlap of the predicted and gold boxes over their union; it is 0
for disjoint boxes however far apart they are. GIoU (Rezatofighi et al.,
2019) subtracts the share of the smallest enclosing box that neither box
covers, so it ranges over [-1, 1] and still tells a near miss from a wild
one. A prediction counts as correct at IoU >= 0.5, the threshold grounding
benchmarks (MedSG-Bench included) report as accuracy.
"""

from __future__ import annotations

from medstep.extract.box import box_of
from medstep.types import Box, MedstepError, Sample, SampleScore, Status

IOU_THRESHOLD = 0.5


def _area(b: Box) -> float:
    return max(0.0, b.x2 - b.x1) * max(0.0, b.y2 - b.y1)


def iou(a: Box, b: Box) -> float:
    """Intersection over union; two empty boxes have IoU 0 (nothing was located)."""
    inter = _area(Box(max(a.x1, b.x1), max(a.y1, b.y1), min(a.x2, b.x2), min(a.y2, b.y2)))
    union = _area(a) + _area(b) - inter
    return inter / union if union > 0 else 0.0


def giou(a: Box, b: Box) -> float:
    """Generalised IoU: IoU minus the uncovered share of the smallest enclosing box."""
    inter = _area(Box(max(a.x1, b.x1), max(a.y1, b.y1), min(a.x2, b.x2), min(a.y2, b.y2)))
    union = _area(a) + _area(b) - inter
    hull = _area(Box(min(a.x1, b.x1), min(a.y1, b.y1), max(a.x2, b.x2), max(a.y2, b.y2)))
    if hull <= 0:
        return 0.0
    return (inter / union if union > 0 else 0.0) - (hull - union) / hull


def grade_box(sample: Sample, answer: str) -> SampleScore:
    """IoU and GIoU of the extracted pixel box against the gold box."""
    if sample.grounding is None:
        raise MedstepError(f"{sample.named()}: box question without a gold box")
    pred = box_of(answer)
    if pred is None:
        raise MedstepError(f"sample {sample.id!r}: extracted box answer {answer!r} is not a box")
    gold = sample.grounding.box
    value = iou(pred, gold)
    return SampleScore(sample.id, Status.SCORED, correct=value >= IOU_THRESHOLD, iou=value, giou=giou(pred, gold))
