"""The per-sample browser's data: one compact JSON record per sample.

The page holds every sample as one JSON blob and renders 50 at a time in the
browser (see ``assets/report.js``), which keeps a 10,000-sample report
responsive: the DOM never holds more than a page of samples. Keys are short
because they repeat 10,000 times. All text goes into the DOM through
``textContent`` on the JS side, so model output can never inject markup.

The verifier's per-step objects are read defensively: the step text and
verdict are required to colour a step; whatever finding keys are present
(concept, polarity, verdict, evidence, rule, others) go into its tooltip.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from medstep.report.runview import FAILED, MISSING, UNPARSED, RunView, answer_text, gold_text, sample_status
from medstep.report.thumbs import ThumbnailTable
from medstep.store import SampleResult

VERDICTS = ("supported", "contradicted", "unverifiable", "neutral")
RAW_LIMIT = 4000
_QUALIFIERS = ("polarity", "laterality", "severity")
# Keys already in the entry's headline, or internal bookkeeping (character offsets, ids).
_SHOWN_KEYS = frozenset(
    {"name", "concept", "text", "verdict", "rule", "evidence", "span", "trigger", "category", "consistent", "index",
     *_QUALIFIERS}
)
_MAX_EVIDENCE = 3
REASONING_METRICS = ("completeness", "factuality", "effectiveness", "radrscore")


def browser_payload(view: RunView, fields: Sequence[str]) -> dict[str, Any]:
    """``{"fields": [...], "thumbs": [data URIs], "samples": [records]}`` for the page's JS."""
    thumbs = ThumbnailTable()
    records = [_record(r, fields, thumbs) for r in view.results]
    return {"fields": list(fields), "thumbs": thumbs.uris, "samples": records}


def payload_json(payload: dict[str, Any]) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    Every ``<`` is escaped (it can only occur inside JSON strings), so no
    model output can close the script element or open a comment.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _record(r: SampleResult, fields: Sequence[str], thumbs: ThumbnailTable) -> dict[str, Any]:
    s = r.sample
    status = sample_status(r)
    rec: dict[str, Any] = {
        "i": s.id,
        "s": status,
        "t": s.answer_type.value,
        "q": s.question,
        "g": gold_text(r),
        "a": answer_text(r),
        "c": [s.categories.get(f, "") for f in fields],
    }
    if s.options:
        rec["o"] = [[k, v] for k, v in s.options.items()]
    if r.extraction is not None:
        rec["r"] = r.extraction.rule
    images: list[int] = []
    errors: list[str] = []
    for im in s.images:
        got = thumbs.add(im)
        (images if isinstance(got, int) else errors).append(got)  # type: ignore[arg-type]
    if images:
        rec["im"] = images
    if errors:
        rec["ie"] = errors
    reasoning = r.reasoning or {}
    steps = _steps(reasoning.get("steps"))
    if steps:
        rec["st"] = steps
    else:
        text = reasoning.get("text") or (r.extraction.reasoning if r.extraction else "")
        if text:
            rec["rs"] = text
    metrics = _metric_line(reasoning)
    if metrics:
        rec["m"] = metrics
    gen = r.generation
    if gen is not None and gen.error:
        rec["err"] = gen.error
    elif status in (FAILED, MISSING) and gen is None:
        rec["err"] = "no generation stored for this sample"
    if gen is not None and gen.text and (status == UNPARSED or ("st" not in rec and "rs" not in rec)):
        rec["raw"] = _truncate(gen.text)
    return rec


def _steps(raw: Any) -> list[list[str]]:
    """``[[text, verdict, tooltip], ...]``; unknown verdicts are shown as neutral but named."""
    if not isinstance(raw, list):
        return []
    out = []
    for step in raw:
        if isinstance(step, str):
            out.append([step, "neutral", "no verdict recorded for this step"])
            continue
        if not isinstance(step, dict):
            continue
        verdict = str(step.get("verdict") or "neutral")
        shown = verdict if verdict in VERDICTS else "neutral"
        out.append([str(step.get("text", "")), shown, _step_tip(verdict, step)])
    return out


def _step_tip(verdict: str, step: dict[str, Any]) -> str:
    """Tooltip text: the step verdict, then one entry per checked finding with its evidence.

    The verifier records what it found in the step (``findings``) and how
    each finding was judged against the reference (``verdicts``, with
    ``evidence`` as a list of matched spans). Older or simpler producers put
    the verdict and evidence on the findings themselves; both are shown.
    """
    lines = [f"step verdict: {verdict}"]
    verdicts = step.get("verdicts")
    items = verdicts if isinstance(verdicts, list) and verdicts else step.get("findings")
    if not isinstance(items, list) or not items:
        lines.append("no clinical finding recognised in this step")
        return "\n".join(lines)
    for item in items:
        if isinstance(item, dict):
            lines.extend(_finding_lines(item))
        else:
            lines.append(f"• {_fmt(item)}")
    return "\n".join(lines)


def _finding_lines(f: dict[str, Any]) -> list[str]:
    name = _fmt(f.get("name") or f.get("concept") or f.get("text") or "finding").replace("_", " ")
    quals = [_fmt(f[k]) for k in _QUALIFIERS if f.get(k)]
    head = f"• {name}" + (f" ({', '.join(quals)})" if quals else "")
    if f.get("verdict"):
        head += f" → {_fmt(f['verdict'])}"
    if f.get("rule"):
        head += f"  [rule: {_fmt(f['rule'])}]"
    lines = [head]
    if "evidence" in f or "verdict" in f:
        evidence = f.get("evidence")
        spans = evidence if isinstance(evidence, list) else [evidence] if evidence else []
        if not spans:
            lines.append("   evidence: none found in the reference")
        for ev in spans[:_MAX_EVIDENCE]:
            lines.append(f"   evidence{_source(ev)}: “{_evidence_text(ev)}”")
        if len(spans) > _MAX_EVIDENCE:
            lines.append(f"   … {len(spans) - _MAX_EVIDENCE} more")
    for k, v in f.items():
        if k not in _SHOWN_KEYS and v not in (None, "", [], {}):
            lines.append(f"   {k}: {_fmt(v)}")
    return lines


def _source(ev: Any) -> str:
    return f" ({ev['source']})" if isinstance(ev, dict) and ev.get("source") else ""


def _evidence_text(ev: Any) -> str:
    """The sentence the evidence came from when known (more useful than the bare matched words)."""
    if isinstance(ev, dict):
        return _fmt(ev.get("context") or ev.get("text") or ev)
    return _fmt(ev)


def _fmt(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, dict) and isinstance(v.get("text"), str):
        return v["text"]
    return json.dumps(v, ensure_ascii=False)


def _metric_line(reasoning: dict[str, Any]) -> str:
    parts = []
    for name in REASONING_METRICS:
        v = reasoning.get(name)
        if isinstance(v, (int, float)):
            parts.append(f"{name} {v:.2f}")
        elif name in reasoning and v is None:
            parts.append(f"{name} n/a")
    return " · ".join(parts)


def _truncate(text: str) -> str:
    if len(text) <= RAW_LIMIT:
        return text
    return text[:RAW_LIMIT] + f"\n… [{len(text) - RAW_LIMIT} more characters not shown]"
