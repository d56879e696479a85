"""The per-sample browser's data: one compact JSON record per sample.

The page holds every sample as one JSON blob and renders 50 at a time in the
browser (see ``assets/report.js``), which keeps a 10,000-sample report
responsive: the DOM never holds more than a page of samples. Keys are short
because they repeat 10,000 times. All text goes into the DOM through
``textContent`` on the JS side, so model output can never inject markup.

Steps are shown as every judge graded them: judges grade the same split
of the chain, so step ``i`` carries the first judge's verdict (its colour)
and, when several judges ran, each other judge's verdict beside it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from medstep.report.runview import MISSING, RunView, answer_text, gold_text, sample_status
from medstep.report.thumbs import ThumbnailTable, Unshown
from medstep.results import Check, GradeStatus, Reasoning, StepGrade
from medstep.store import SampleResult
from medstep.types import NO_ANSWER, Status
from medstep.verify import Verdict

VERDICTS = tuple(v.value for v in Verdict)
SHOW_LIMIT = 4000  # characters of a long text shown before its "show all" button (report.js SHOW)
KEEP_LIMIT = 50_000  # characters of one text a page holds: two 20 MB outputs must not make a 40 MB page
MAX_STEPS = 300  # steps shown per sample; a runaway output split into thousands of steps is cut here


_NO_ANSWER = {st.value for st in NO_ANSWER}


@dataclass
class Payload:
    """The browser's JSON, and the images it could not show (for one notice, not one line per sample)."""

    data: dict[str, Any]
    unshown: list[tuple[str, Unshown]] = field(default_factory=list)  # (sample id, why)


def browser_payload(view: RunView, fields: Sequence[str], *, roots: tuple[Path, ...] | None = None) -> Payload:
    """``{"fields", "judges", "thumbs" (data URIs), "full" (original files, or ""), "samples"}`` for the
    page's JS. ``roots``: the only folders images may be read from (see :class:`ThumbnailTable`)."""
    thumbs = ThumbnailTable(roots=roots)
    judges = list(view.summary.judges)
    payload = Payload({})
    records = [_record(r, fields, judges, thumbs, payload.unshown) for r in view.results]
    payload.data = {"fields": list(fields), "judges": short_names(view), "thumbs": thumbs.uris,
                    "full": thumbs.full, "samples": records}
    return payload


def short_names(view: RunView) -> list[str]:
    """How the page names each judge: its protocol when no other judge uses it, else its full label."""
    protocols = [j.info.protocol for j in view.summary.judges.values()]
    return [j.info.protocol if protocols.count(j.info.protocol) == 1 else label
            for label, j in view.summary.judges.items()]


def payload_json(payload: dict[str, Any]) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    Every ``<`` is escaped (it can only occur inside JSON strings), so no
    model output can close the script element or open a comment.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _long(rec: dict[str, Any], key: str, text: str) -> None:
    """``rec[key]`` = ``text`` cut to :data:`KEEP_LIMIT`; ``rec[key + "n"]`` = its full length when cut."""
    rec[key] = text[:KEEP_LIMIT]
    if len(text) > KEEP_LIMIT:
        rec[key + "n"] = len(text)


def _record(r: SampleResult, fields: Sequence[str], judges: Sequence[str], thumbs: ThumbnailTable,
            unshown: list[tuple[str, Unshown]]) -> dict[str, Any]:
    s = r.sample
    status = sample_status(r)
    rec: dict[str, Any] = {
        "i": s.id,
        "s": status,
        "t": s.answer_type.value,
        "g": gold_text(r),
        "a": answer_text(r),
        "c": [s.categories.get(f, "") for f in fields],
    }
    _long(rec, "q", s.question)
    if s.options:
        rec["o"] = [[k, v] for k, v in s.options.items()]
    if r.extraction is not None:
        rec["r"] = r.extraction.rule
    images: list[int] = []
    missing = 0
    for im in s.images:
        got = thumbs.add(im)
        if isinstance(got, int):
            images.append(got)
        else:
            missing += 1
            unshown.append((s.id, got))
    if images:
        rec["im"] = images
    if missing:
        rec["iu"] = missing  # the reasons are in the page's one notice
    reasoning = r.reasoning or Reasoning(text=r.extraction.reasoning if r.extraction else "")
    steps, colour = _steps(reasoning, judges)
    if steps:
        rec["st"], rec["sk"] = steps[:MAX_STEPS], colour
        if len(steps) > MAX_STEPS:
            rec["stn"] = len(steps)
    elif reasoning.text:
        _long(rec, "rs", reasoning.text)
    metrics = _metric_line(reasoning, judges)
    if metrics:
        rec["m"] = metrics
    gen = r.generation
    if gen is not None and gen.error:
        rec["err"] = gen.error
    elif status in (Status.FAILED.value, MISSING) and gen is None:
        rec["err"] = "no generation stored for this sample"
    if gen is not None and gen.text and (status in _NO_ANSWER or ("st" not in rec and "rs" not in rec)):
        _long(rec, "raw", gen.text)
    return rec


def _steps(reasoning: Reasoning, judges: Sequence[str]) -> tuple[list[list[Any]], int]:
    """``[[text, verdict, tooltip, [[judge index, verdict, tooltip], ...]], ...]`` and the colouring judge's index.

    The first judge with step verdicts gives each step its text and colour;
    the list at the end holds the other judges' verdicts on the same step.
    """
    graded = [(k, reasoning.grades[j]) for k, j in enumerate(judges) if j in reasoning.grades]
    with_steps = [(k, g) for k, g in graded if g.steps]
    if not with_steps:
        return [], -1
    first_k, first = with_steps[0]
    out = []
    for step in first.steps:
        others = []
        for k, g in with_steps[1:]:
            match = next((x for x in g.steps if x.index == step.index), None)
            if match is not None:
                others.append([k, match.verdict.value, _step_tip(judges[k], match)])
        out.append([step.text[:KEEP_LIMIT], step.verdict.value, _step_tip(judges[first_k] if len(with_steps) > 1 else "", step),
                    others])
    return out, first_k


def _step_tip(judge: str, step: StepGrade) -> str:
    """Tooltip text: the step verdict, then one entry per checked claim with its rule and evidence."""
    lines = [f"step verdict: {step.verdict.value}" + (f" ({judge})" if judge else "")]
    if step.note:
        lines.append(f"judge's reason: {step.note}")
    if step.role is not None:
        counted = step.role.counted
        lines.append(f"role: {step.role.value.replace('_', ' ')}" + ("" if counted else " (names findings, claims none)"))
    if step.makes_claim is False and (step.role is None or step.role.counted):
        lines.append("no clinical finding recognised in this step")
    for check in _merged(step.checks):
        lines.extend(_check_lines(check))
    return "\n".join(lines)


def _merged(checks: Sequence[Check]) -> list[Check]:
    """Each finding once: checks of one claim with one verdict and rule (a finding named twice in
    a step) become one entry holding their distinct evidence."""
    out: dict[tuple[str, str, str], Check] = {}
    for c in checks:
        key = (c.claim, c.verdict.value, c.rule or "")
        if key not in out:
            out[key] = c
            continue
        seen = {(e.source, e.text) for e in out[key].evidence}
        extra = tuple(e for e in c.evidence if (e.source, e.text) not in seen)
        if extra:
            out[key] = dataclasses.replace(out[key], evidence=tuple(out[key].evidence) + extra)
    return list(out.values())


_MAX_EVIDENCE = 3


def _check_lines(c: Check) -> list[str]:
    head = f"• {c.claim.replace('_', ' ')} → {c.verdict.value}" + (f"  [rule: {c.rule}]" if c.rule else "")
    lines = [head]
    evidence = list(dict.fromkeys((ev.source, ev.text) for ev in c.evidence))  # each span once
    if not evidence and c.verdict is not Verdict.NEUTRAL:
        lines.append("   evidence: none found in the reference")
    for source, text in evidence[:_MAX_EVIDENCE]:
        lines.append(f"   evidence ({source}): “{text}”")
    if len(evidence) > _MAX_EVIDENCE:
        lines.append(f"   … {len(evidence) - _MAX_EVIDENCE} more")
    return lines


def _metric_line(reasoning: Reasoning, judges: Sequence[str]) -> str:
    """Each judge's per-sample metrics (``n/a`` where undefined), or why it did not grade the sample."""
    parts = []
    for label in judges:
        g = reasoning.grades.get(label)
        if g is None:
            continue
        if g.status is not GradeStatus.GRADED:
            text = g.status.value.replace("_", " ") + (f" ({g.detail})" if g.detail else "")
        else:
            text = " · ".join(f"{k} {v:.2f}" if v is not None else f"{k} n/a" for k, v in g.metrics.items())
        parts.append(f"{label}: {text}" if len(judges) > 1 else text)
    return " | ".join(parts)
