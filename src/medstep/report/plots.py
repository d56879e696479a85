"""Charts for the report, written as plain inline SVG.

Why SVG: it is text (no image files beside the report), stays sharp when printed, and its labels are real
text that can be searched and copied. Why our own few lines rather than a plotting library: the report has two
kinds of chart (accuracy bars with interval whiskers, score histograms), and drawing them through matplotlib cost
seconds per report (its import and ``savefig``: ~13 s of a 100k-sample ``medstep score``) and a heavy dependency.
The output is deterministic (no dates, no random ids), so two reports of one run are byte-identical.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from html import escape
from typing import Mapping, Sequence

BAR = "#3b6ea5"  # readable in colour and as mid-grey in black-and-white print
BAR_ALT = "#d08c2e"
MAX_BARS = 30
_GRID = "#dddddd"
_FONT = "font-family:sans-serif"
_EDGES = [i / 10 for i in range(11)]
_CHAR = 0.58  # mean glyph width of a sans-serif font, in ems: how much room a label needs (no font metrics here)


@dataclass(frozen=True)
class BarItem:
    """One bar: a label, an accuracy in [0, 1], an optional 95% interval and its sample count.

    ``n`` is the accuracy's denominator (graded samples); ``n_total``, when
    larger, is the group's size with failed generations included, so the label
    can say how much of the group the bar actually rests on.
    """

    label: str
    value: float
    ci95: tuple[float, float] | None
    n: int
    n_total: int | None = None

    @property
    def n_text(self) -> str:
        if self.n_total is not None and self.n_total > self.n:
            return f"n={self.n} graded of {self.n_total}"
        return f"n={self.n}"


def _svg(width: float, height: float, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" style="{_FONT}" role="img">' + "".join(body) + "</svg>")


def _text(x: float, y: float, text: str, size: int, anchor: str = "start", extra: str = "") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" dominant-baseline="middle"'
            f'{extra}>{escape(text)}</text>')


def _line(x1: float, y1: float, x2: float, y2: float, colour: str = "black", width: float = 1.0,
          dash: str = "") -> str:
    style = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{width}"{style}/>')


def _rect(x: float, y: float, w: float, h: float, colour: str, extra: str = "") -> str:
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" fill="{colour}"{extra}/>'


def accuracy_bars_svg(title: str, items: Sequence[BarItem]) -> str:
    """Horizontal accuracy bars with 95% interval whiskers, largest groups first.

    Only the :data:`MAX_BARS` largest groups are drawn (the table beside the
    chart lists them all); the title says so when some were left out.
    """
    items = sorted(items, key=lambda it: (-it.n, it.label))
    shown = list(items[:MAX_BARS])
    if len(items) > len(shown):
        title = f"{title} (largest {len(shown)} of {len(items)} groups)"
    labels = [f"{_short(it.label)} ({it.n_text})" for it in shown]
    row, top, label_size = 20.0, 26.0, 11
    left = min(330.0, 12 + _CHAR * label_size * max((len(s) for s in labels), default=0))
    width = 640.0
    x0, x1 = left + 6, width - 44  # the 0% and 100% marks (room on the right for the value text)
    height = top + row * max(len(shown), 1) + 38

    def x(v: float) -> float:
        return x0 + (x1 - x0) * min(max(v, 0.0), 1.0)

    bottom = top + row * len(shown)
    body = [_text(4, 10, title, 12, extra=' font-weight="bold"')]
    for tick in range(0, 101, 20):
        body.append(_line(x(tick / 100), top, x(tick / 100), bottom, _GRID, 0.6))
        body.append(_text(x(tick / 100), bottom + 10, str(tick), 10, "middle"))
    body.append(_line(x0, top, x0, bottom))
    body.append(_line(x0, bottom, x1, bottom))
    body.append(_text((x0 + x1) / 2, bottom + 26, "accuracy (%) with 95% interval", 11, "middle"))
    for k, (it, label) in enumerate(zip(shown, labels)):
        mid = top + row * (k + 0.5)
        body.append(_text(x0 - 5, mid, label, label_size, "end"))
        body.append(_rect(x0, mid - row * 0.325, x(it.value) - x0, row * 0.65, BAR))
        right = it.value
        if it.ci95 is not None:
            lo, hi = x(it.ci95[0]), x(it.ci95[1])
            body.append(_line(lo, mid, hi, mid, width=1.1))
            body.append(_line(lo, mid - 3, lo, mid + 3, width=1.1))
            body.append(_line(hi, mid - 3, hi, mid + 3, width=1.1))
            right = max(right, it.ci95[1])
        body.append(_text(x(right) + 4, mid, f"{it.value * 100:.1f}%", 9))
    return _svg(width, height, body)


def histograms_svg(series: Mapping[str, Sequence[float]]) -> str:
    """Side-by-side histograms of per-sample scores in [0, 1] (completeness, factuality, ...), ten bins each
    (:func:`bins`), the mean a dashed line."""
    names = [k for k, v in series.items() if len(v) > 0]
    panel, gap, left, top, plot_h = 190.0, 22.0, 40.0, 38.0, 120.0
    width = left + max(len(names), 1) * (panel + gap)
    height = top + plot_h + 30
    body: list[str] = []
    for p, name in enumerate(names):
        vals = list(series[name])
        counts = bins(vals)
        step = _count_step(max(counts))
        y_max = max(step * -(-max(counts) // step), 1)
        px = left + p * (panel + gap)
        bottom = top + plot_h

        def y(c: float, bottom: float = bottom, y_max: int = y_max) -> float:
            return bottom - plot_h * c / y_max

        mean = sum(vals) / len(vals)
        body.append(_text(px + panel / 2, 10, name, 11, "middle"))
        body.append(_text(px + panel / 2, 24, f"mean {mean:.2f}, n={len(vals)}", 10, "middle"))
        for tick in range(0, y_max + 1, step):
            body.append(_line(px - 3, y(tick), px, y(tick)))
            body.append(_text(px - 5, y(tick), str(tick), 9, "end"))
        bin_w = panel / 10
        for b, c in enumerate(counts):
            if c:
                body.append(_rect(px + b * bin_w, y(c), bin_w, bottom - y(c), BAR_ALT,
                                  ' stroke="white" stroke-width="1"'))
        for tick in (0, 2, 4, 6, 8, 10):
            body.append(_text(px + tick * bin_w, bottom + 10, f"{tick / 10:.1f}", 9, "middle"))
        body.append(_line(px, top, px, bottom))
        body.append(_line(px, bottom, px + panel, bottom))
        mx = px + panel * min(max(mean, 0.0), 1.0)
        body.append(_line(mx, top, mx, bottom, dash="4 3"))
    if names:
        body.append(_text(10, top + plot_h / 2, "samples", 10, "middle",
                          f' transform="rotate(-90 10 {top + plot_h / 2:.1f})"'))
    return _svg(width, height, body)


def bins(values: Sequence[float]) -> list[int]:
    """Counts of ``values`` in the ten bins of 0.1 over [0, 1]: a bin holds its lower edge, the last one both
    edges; values outside [0, 1] (and NaN) are in none."""
    counts = [0] * 10
    for v in values:
        if 0.0 <= v <= 1.0:
            counts[min(bisect_right(_EDGES, v) - 1, 9)] += 1
    return counts


def _count_step(top: int) -> int:
    """A whole tick step (1, 2, 5, 10, 20, 50, ...) giving at most six ticks from 0 to ``top`` samples."""
    scale = 1
    while True:
        for m in (1, 2, 5):
            if top <= 5 * m * scale:
                return m * scale
        scale *= 10


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
