"""Report sections for the metrics some benchmarks are defined by: sets, boxes, CoT impact.

They are read from ``summary.json`` like every other number on the page
(never recomputed), and appear only when the run has them: a VQA-RAD report
looks as it always did.
"""

from __future__ import annotations

from medstep.report.page import ci_text, esc, fmt_p, pct, signed_pct, table
from medstep.results import Metric, ModeImpact, OutcomeSummary
from medstep.types import AnswerType


def _m(metric: Metric | None) -> tuple[str, str, str]:
    if metric is None:
        return "–", "", "0"
    undefined = f" ({metric.undefined} undefined)" if metric.undefined else ""
    return pct(metric.value), ci_text(metric.ci95).removeprefix("95% CI "), f"{metric.n}{undefined}"


def sets_section(outcome: OutcomeSummary) -> str:
    """Set accuracy, confusion and invalid answers, overall and per category (MediConfusion)."""
    g = outcome.groups
    if g is None:
        return ""
    rows = [("set accuracy (every question of the set right)", *_m(g.set_accuracy)),
            ("confusion (same answer for every question of the set)", *_m(g.confusion)),
            ("invalid (unparsed answers)", *_m(g.invalid)),
            ("individual accuracy", *_m(outcome.accuracy))]
    parts = [f'<h2 id="sets">Sets ({g.n})</h2>',
             '<p class="muted">Questions sharing a set are graded together; set accuracy and confusion count sets, '
             "invalid counts answers. A set with a failed generation has no set result (undefined).</p>",
             table(["metric", "value", "95% CI", "n"], rows, numeric=(1, 2, 3), table_id="sets-overall")]
    for field, groups in g.by_category.items():
        cat_rows = [(value, c.n, pct(c.set_accuracy.value), pct(c.confusion.value), pct(c.invalid.value))
                    for value, c in sorted(groups.items(), key=lambda kv: -kv[1].n)]
        parts.append(f"<h3>Sets by {esc(field)}</h3>" + table(
            [field, "questions", "set accuracy", "confusion", "invalid"], cat_rows, numeric=(1, 2, 3, 4),
            table_id=f"sets-{field}"))
    return "".join(parts)


def boxes_note(outcome: OutcomeSummary) -> str:
    """What the box metrics and the drawn boxes mean (grounding runs only)."""
    box = outcome.by_type.get(AnswerType.BOX)
    if box is None:
        return ""
    return (f'<p class="muted" id="box-legend">Box answers: accuracy = IoU ≥ 0.5; mean IoU {esc(pct(box.iou.value if box.iou else None))}, '
            f"mean GIoU {esc(pct(box.giou.value if box.giou else None))}. Thumbnails show the "
            '<span style="color:#00c846">gold box</span> and the <span style="color:#e61e1e">predicted box</span>.</p>')


def impact_section(impact: ModeImpact | None) -> str:
    """Direct vs CoT answers to the same questions (``--mode both``)."""
    if impact is None:
        return ""
    diff = "–"
    if impact.diff is not None:
        diff = signed_pct(impact.diff) + (f" ({ci_text(impact.ci95)})" if impact.ci95 else "")
    rows = [
        ("direct accuracy", pct(impact.direct.value), ci_text(impact.direct.ci95)),
        ("CoT accuracy", pct(impact.cot.value), ci_text(impact.cot.ci95)),
        ("impact (CoT − direct)", diff, f"McNemar p = {fmt_p(impact.p_value)}" if impact.p_value is not None else ""),
        ("right only with CoT / only direct", f"{impact.only_cot} / {impact.only_direct}", ""),
        ("mean latency direct / CoT (s)", f"{_num(impact.latency_direct.value)} / {_num(impact.latency_cot.value)}", ""),
        ("latency ratio CoT / direct", _num(impact.latency_ratio), ""),
        ("efficiency (CoT accuracy per second)", _num(impact.efficiency, 3), ""),
    ]
    if impact.tokens_direct is not None and impact.tokens_cot is not None:
        rows.append(("mean completion tokens direct / CoT",
                     f"{_num(impact.tokens_direct.value, 1)} / {_num(impact.tokens_cot.value, 1)}", ""))
    note = (f'<p class="muted">{impact.n} questions answered both ways; '
            f"{impact.excluded} left out (failed in either mode).</p>")
    return '<h2 id="impact">Chain of thought vs direct</h2>' + note + table(
        ["", "value", ""], rows, table_id="impact")


def _num(value: float | None, digits: int = 2) -> str:
    return f"{value:.{digits}f}" if value is not None else "–"
