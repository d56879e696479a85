"""The per-sample browser's data: one compact JSON record per sample, built one sample at a time.

Records are built as the run's results stream past (:class:`SampleBrowser`),
a part of :data:`PART` samples at a time, and each finished part is handed
to a sink (:mod:`medstep.report.parts`): kept for the page (a small run: one
self-contained file) or written to a file beside it (a large run: the page
loads parts on demand). Either way memory holds one part, and the page holds
a compact index (id, status, categories) for its filters. The browser shows
50 samples at a time (see ``assets/report.js``). Keys are short because they
repeat 100,000 times. All text goes into the DOM through ``textContent`` on
the JS side, so model output can never inject markup.

Steps are shown as every judge graded them: judges grade the same split
of the chain, so step ``i`` carries the first judge's verdict (its colour)
and, when several judges ran, each other judge's verdict beside it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from medstep.extract.box import box_of
from medstep.jsontext import dumps_bytes
from medstep.report.runview import MISSING, STATUSES, answer_text, gold_text, sample_status
from medstep.report.thumbs import GOLD_COLOUR, PRED_COLOUR, ColouredBox, ThumbnailTable, Unshown
from medstep.results import Check, GradeStatus, JudgeInfo, Reasoning, StepGrade
from medstep.store import SampleResult
from medstep.types import NO_ANSWER, Status
from medstep.verify import SentenceRole, Verdict

VERDICTS = tuple(v.value for v in Verdict)
SHOW_LIMIT = 4000  # characters of a long text shown before its "show all" button (report.js SHOW)
KEEP_LIMIT = 50_000  # characters of one text a page holds: two 20 MB outputs must not make a 40 MB page
MAX_STEPS = 300  # steps shown per sample; a runaway output split into thousands of steps is cut here
PART = 500  # samples per part file of a paged report: one page of a sparse filter loads few megabytes
_STATUS_CODE = {s: k for k, s in enumerate(STATUSES)}


_NO_ANSWER = {st.value for st in NO_ANSWER}


class SampleBrowser:
    """Builds the browser's records and index from results given one at a time.

    ``sink(k, part)`` receives each finished part (``{"thumbs", "full", "samples"}``);
    thumbnails are deduplicated within a part (a part file must not depend on
    another), with a bounded cache across parts so a shared image is encoded once.
    ``roots``: the only folders images may be read from (see :class:`ThumbnailTable`).
    """

    def __init__(self, judges: Mapping[str, JudgeInfo], sink: Callable[[int, dict[str, Any]], None], *,
                 roots: tuple[Path, ...] | None = None, part: int = PART) -> None:
        self.judges = list(judges)
        self.names = short_names(judges)
        self.fields: list[str] = []  # category fields in order of first appearance
        self.n = 0
        self.statuses: Counter[str] = Counter()
        self.values: list[Counter[str]] = []  # per field: value -> samples
        self.unshown: dict[str, list[Any]] = {}  # reason -> [count, first sample id, first image label]
        self.unshown_samples = 0
        self.images = 0
        self.colour: set[int] = set()  # judges whose verdict colours steps
        self.chips: set[int] = set()  # judges shown as chips beside another judge's steps
        self.has_steps = False
        self._ids: list[str] = []
        self._st: list[int] = []
        self._cats: list[list[int]] = []  # per field: per sample, index into its value list
        self._codes: list[dict[str, int]] = []  # per field: value -> code
        self._sink, self._part = sink, part
        self._thumbs = ThumbnailTable(roots=roots)
        self._records: list[dict[str, Any]] = []
        self._parts = 0

    def add(self, r: SampleResult) -> None:
        for f in r.sample.categories:
            if f not in self.fields:
                self.fields.append(f)
                self.values.append(Counter())
                self._codes.append({"": 0})
                self._cats.append([0] * self.n)
        missing: list[Unshown] = []
        rec = _record(r, self.fields, self.judges, self._thumbs, missing)
        self._note_unshown(r.sample.id, missing)
        self.images += len(r.sample.images)
        status = rec["s"]
        self.statuses[status] += 1
        self._ids.append(r.sample.id)
        self._st.append(_STATUS_CODE[status])
        for k, f in enumerate(self.fields):
            value = r.sample.categories.get(f, "")
            self.values[k][value] += 1
            self._cats[k].append(self._codes[k].setdefault(value, len(self._codes[k])))
        if "st" in rec:
            self.has_steps = True
            self.colour.add(rec["sk"])
            for st in rec["st"]:
                self.chips.update(k for k, *_ in st[3])
        self._records.append(rec)
        self.n += 1
        if len(self._records) >= self._part:
            self.flush()

    def flush(self) -> None:
        """Hand the records built so far to the sink as one part."""
        if not self._records and self._parts:
            return
        t = self._thumbs
        self._sink(self._parts, {"thumbs": t.uris, "full": t.full, "samples": self._records})
        self._parts += 1
        self._records = []
        t.next_part()

    def _note_unshown(self, sample_id: str, missing: list[Unshown]) -> None:
        if missing:
            self.unshown_samples += 1
        for u in missing:
            seen = self.unshown.get(u.reason)
            if seen is None:
                self.unshown[u.reason] = [1, sample_id, u.label]
            else:
                seen[0] += 1

    @property
    def parts(self) -> int:
        return self._parts

    def index(self) -> dict[str, Any]:
        """What the page's filters need for every sample, columnar: ids, a status code (into
        ``statuses``) and per category field a value code (into ``values[field]``)."""
        return {"n": self.n, "part": self._part, "parts": self._parts, "fields": self.fields,
                "judges": self.names, "statuses": list(STATUSES), "ids": self._ids, "st": self._st,
                "values": [list(codes) for codes in self._codes],
                "cats": [col + [0] * (self.n - len(col)) for col in self._cats]}


def short_names(judges: Mapping[str, JudgeInfo]) -> list[str]:
    """How the page names each judge: its protocol when no other judge uses it, else its full label."""
    protocols = [info.protocol for info in judges.values()]
    return [info.protocol if protocols.count(info.protocol) == 1 else label for label, info in judges.items()]


def payload_json(payload: dict[str, Any]) -> str:
    """JSON safe to place inside ``<script type="application/json">`` and as a script's argument.

    Every ``<`` is escaped (it can only occur inside JSON strings), so no
    model output can close the script element or open a comment.
    """
    return payload_bytes(payload).decode()


_LS, _PS = "\u2028".encode(), "\u2029".encode()  # line and paragraph separators: JSON allows them, JS strings did not


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """:func:`payload_json` as UTF-8 bytes (what a part file holds). Both separators end in a byte
    (0xA8, 0xA9) that a one-byte search rules out at once; searching for the three bytes themselves is
    slow in text full of other three-byte characters (the tooltips' quotes and arrows)."""
    data = dumps_bytes(payload).replace(b"<", b"\\u003c")
    if b"\xa8" in data:
        data = data.replace(_LS, b"\\u2028")
    if b"\xa9" in data:
        data = data.replace(_PS, b"\\u2029")
    return data


def _long(rec: dict[str, Any], key: str, text: str) -> None:
    """``rec[key]`` = ``text`` cut to :data:`KEEP_LIMIT`; ``rec[key + "n"]`` = its full length when cut."""
    rec[key] = text[:KEEP_LIMIT]
    if len(text) > KEEP_LIMIT:
        rec[key + "n"] = len(text)


def _record(r: SampleResult, fields: Sequence[str], judges: Sequence[str], thumbs: ThumbnailTable,
            unshown: list[Unshown]) -> dict[str, Any]:
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
    if r.score is not None and r.score.match is not None:
        rec["m"] = r.score.match  # the open-answer ladder's rung that matched ("narrower", "contained", ...)
    images: list[int] = []
    missing = 0
    boxed = _boxes(r)
    for k, im in enumerate(s.images):
        on_box = bool(boxed) and s.grounding is not None and k == s.grounding.image_index
        got = thumbs.add_boxed(im, boxed) if on_box else thumbs.add(im)
        if isinstance(got, int):
            images.append(got)
        else:
            missing += 1
            unshown.append(got)
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


def _boxes(r: SampleResult) -> tuple[ColouredBox, ...]:
    """A grounding sample's boxes to draw: the gold, and the predicted one when an answer was read."""
    if r.sample.grounding is None:
        return ()
    out: list[ColouredBox] = [(r.sample.grounding.box, GOLD_COLOUR)]
    pred = box_of(r.extraction.answer) if r.extraction is not None and r.extraction.answer else None
    if pred is not None:
        out.append((pred, PRED_COLOUR))
    return tuple(out)


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
                others.append([k, _VERDICT[match.verdict], _step_tip(judges[k], match)])
        out.append([step.text[:KEEP_LIMIT], _VERDICT[step.verdict],
                    _step_tip(judges[first_k] if len(with_steps) > 1 else "", step), others])
    return out, first_k


# Text pieces by enum member, built once: a 100,000-sample report writes a million tooltips.
_VERDICT = {v: v.value for v in Verdict}
_ROLE_LINE = {r: f"role: {r.value.replace('_', ' ')}" + ("" if r.counted else " (names findings, claims none)")
              for r in SentenceRole}
_COUNTED = {r: r.counted for r in SentenceRole}


_STEP_LINE = {v: f"step verdict: {v.value}" for v in Verdict}
_NO_FINDING = "no clinical finding recognised in this step"


def _step_tip(judge: str, step: StepGrade) -> str:
    """Tooltip text: the step verdict, then one entry per checked claim with its rule and evidence.

    Hot: a 100,000-sample report writes a million of these, so the common case (no judge name,
    one check per claim) takes no detours; the text is the same either way."""
    lines = [f"{_STEP_LINE[step.verdict]} ({judge})" if judge else _STEP_LINE[step.verdict]]
    if step.note:
        lines.append(f"judge's reason: {step.note}")
    role = step.role
    if role is not None:
        lines.append(_ROLE_LINE[role])
    if step.makes_claim is False and (role is None or _COUNTED[role]):
        lines.append(_NO_FINDING)
    checks = step.checks
    for check in (_merged(checks) if len(checks) > 1 else checks):
        _check_lines(check, lines)
    return "\n".join(lines)


def _merged(checks: Sequence[Check]) -> Sequence[Check]:
    """Each finding once: checks of one claim with one verdict and rule (a finding named twice in
    a step) become one entry holding their distinct evidence."""
    keys = [(c.claim, c.verdict, c.rule or "") for c in checks]
    if len(set(keys)) == len(keys):  # the usual case: nothing to merge
        return checks
    out: dict[tuple[str, Verdict, str], Check] = {}
    for key, c in zip(keys, checks):
        if key not in out:
            out[key] = c
            continue
        seen = {(e.source, e.text) for e in out[key].evidence}
        extra = tuple(e for e in c.evidence if (e.source, e.text) not in seen)
        if extra:
            out[key] = dataclasses.replace(out[key], evidence=tuple(out[key].evidence) + extra)
    return list(out.values())


_MAX_EVIDENCE = 3
_NO_EVIDENCE = "   evidence: none found in the reference"


def _check_lines(c: Check, lines: list[str]) -> None:
    """Append the tooltip lines of one check to ``lines``."""
    claim = c.claim
    if "_" in claim:
        claim = claim.replace("_", " ")
    lines.append(f"• {claim} → {_VERDICT[c.verdict]}  [rule: {c.rule}]" if c.rule else f"• {claim} → {_VERDICT[c.verdict]}")
    ev = c.evidence
    if not ev:
        if c.verdict is not Verdict.NEUTRAL:
            lines.append(_NO_EVIDENCE)
        return
    evidence = list(dict.fromkeys([(e.source, e.text) for e in ev])) if len(ev) > 1 else [(ev[0].source, ev[0].text)]
    for source, text in evidence[:_MAX_EVIDENCE]:
        lines.append(f"   evidence ({source}): “{text}”")
    if len(evidence) > _MAX_EVIDENCE:
        lines.append(f"   … {len(evidence) - _MAX_EVIDENCE} more")


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
