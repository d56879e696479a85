"""Box answers: the named unit rules, IoU / GIoU, and the box metrics of a run."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score.grounding import giou, iou
from medstep.score.outcome import grade, outcome_metrics
from medstep.types import AnswerType, Box, Generation, Grounding, Sample, Status


def _sample(box=(10, 10, 30, 30), size: tuple[int, int] | None = (100, 50), sid: str = "g1") -> Sample:
    b = Box(*box)
    return Sample(id=sid, question="Where is the lesion?", answer=b.to_text(), answer_type=AnswerType.BOX,
                  grounding=Grounding(box=b, image_size=size))


@pytest.mark.parametrize("output, answer, rule", [
    ("<answer>[10, 10, 30, 30]</answer>", "[10, 10, 30, 30]", "box_pixels"),
    ("The lesion is at (10,10),(30,30).", "[10, 10, 30, 30]", "box_pixels"),
    ("<|box_start|>(10,10),(30,30)<|box_end|>", "[10, 10, 30, 30]", "box_pixels"),
    ("<box>10 10 30 30</box>", "[10, 10, 30, 30]", "box_pixels"),
    ("<answer>[0.1, 0.2, 0.3, 0.6]</answer>", "[10, 10, 30, 30]", "box_unit1"),  # fractions of 100 x 50
    ("[[100, 200, 300, 600]]", "[10, 10, 30, 30]", "box_unit1000"),  # does not fit 100 x 50 in pixels
])
def test_box_spellings_and_unit_rules(output, answer, rule):
    ex = extract(output, _sample())
    assert (ex.answer, ex.rule) == (answer, rule)


@pytest.mark.parametrize("output", [
    "I cannot locate it.",  # no box
    "Either [1, 1, 5, 5] or [20, 20, 40, 40].",  # two different boxes
    "[30, 30, 10, 10]",  # x2 < x1
    "[0, 0, 2000, 3000]",  # beyond every reading
])
def test_no_box_or_ambiguous_box_is_unparsed(output):
    ex = extract(output, _sample())
    assert ex.answer is None and ex.rule == "unparsed"


def test_fraction_without_image_size_is_unparsed_but_pixels_grade():
    s = _sample(size=None)
    assert extract("[0.1, 0.2, 0.3, 0.6]", s).answer is None
    assert extract("[10, 10, 30, 30]", s).rule == "box_pixels"


def test_iou_and_giou_values():
    a, b = Box(0, 0, 10, 10), Box(5, 0, 15, 10)
    assert iou(a, b) == pytest.approx(50 / 150)
    assert giou(a, a) == pytest.approx(1.0)
    far = Box(20, 0, 30, 10)  # disjoint: IoU 0, GIoU negative (hull 300, union 200)
    assert iou(a, far) == 0.0 and giou(a, far) == pytest.approx(-100 / 300)


def test_grades_and_box_metrics_of_a_run():
    samples = [_sample(sid=f"g{i}") for i in range(3)]
    outputs = ["[10, 10, 30, 30]", "[20, 10, 40, 30]", "no idea"]
    scores = []
    for s, out in zip(samples, outputs):
        gen = Generation(text=out)
        scores.append(grade(s, extract(out, s), gen))
    assert [sc.status for sc in scores] == [Status.SCORED, Status.SCORED, Status.UNPARSED]
    assert scores[0].iou == pytest.approx(1.0) and scores[0].correct
    assert scores[1].iou == pytest.approx(200 / 600) and not scores[1].correct  # overlap 10 x 20, union 600
    assert scores[2].iou == 0.0 and scores[2].giou == -1.0
    box = outcome_metrics(samples, scores).by_type[AnswerType.BOX]
    assert box.accuracy.value == pytest.approx(1 / 3)
    assert box.iou.value == pytest.approx((1.0 + 1 / 3 + 0.0) / 3)
    assert box.giou.n == 3


def test_runs_without_box_questions_carry_no_box_metrics():
    s = Sample(id="q", question="?", answer="yes", answer_type=AnswerType.CLOSED)
    sc = grade(s, extract("Answer: yes", s), Generation(text="Answer: yes"))
    assert AnswerType.BOX not in outcome_metrics([s], [sc]).by_type
