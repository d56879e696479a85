"""Charts for the report, drawn with matplotlib and inlined as SVG.

Why SVG: it is text (no image files beside the report), stays sharp when
printed, and with ``svg.fonttype = none`` its labels are real text that can be
searched and copied. We use the object-oriented ``Figure`` API and never
``pyplot``, so rendering a report does not touch matplotlib's global backend
state of the host program; matplotlib is imported only here, lazily, so
``import medstep`` stays fast.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

BAR = "#3b6ea5"  # readable in colour and as mid-grey in black-and-white print
BAR_ALT = "#d08c2e"
MAX_BARS = 30


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


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig


def _to_svg(fig: Any) -> str:
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "medstep"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "medstep"})
    svg = buf.getvalue()
    # Inline SVG must not carry the XML prolog/doctype.
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    return svg


def accuracy_bars_svg(title: str, items: Sequence[BarItem]) -> str:
    """Horizontal accuracy bars with 95% interval whiskers, largest groups first.

    Only the :data:`MAX_BARS` largest groups are drawn (the table beside the
    chart lists them all); the title says so when some were left out.
    """
    items = sorted(items, key=lambda it: (-it.n, it.label))
    shown = list(items[:MAX_BARS])
    if len(items) > len(shown):
        title = f"{title} (largest {len(shown)} of {len(items)} groups)"
    height = 0.9 + 0.28 * max(len(shown), 1)
    fig = _figure(6.4, height)
    ax = fig.add_subplot()
    labels = [f"{_short(it.label)} ({it.n_text})" for it in shown][::-1]
    values = [it.value * 100 for it in shown][::-1]
    ys = list(range(len(shown)))
    ax.barh(ys, values, color=BAR, height=0.65)
    for y, it in zip(ys, shown[::-1]):
        if it.ci95 is not None:
            lo, hi = it.ci95[0] * 100, it.ci95[1] * 100
            ax.plot([lo, hi], [y, y], color="black", linewidth=1.1)
            ax.plot([lo, lo], [y - 0.15, y + 0.15], color="black", linewidth=1.1)
            ax.plot([hi, hi], [y - 0.15, y + 0.15], color="black", linewidth=1.1)
    for y, it in zip(ys, shown[::-1]):
        right = max(it.value, it.ci95[1] if it.ci95 is not None else it.value) * 100
        ax.text(min(right + 1.5, 101), y, f"{it.value * 100:.1f}%", va="center", fontsize=7, clip_on=False)
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_xlabel("accuracy (%) with 95% interval", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(title, fontsize=9, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _to_svg(fig)


def histograms_svg(series: Mapping[str, Sequence[float]]) -> str:
    """Side-by-side histograms of per-sample scores in [0, 1] (completeness, factuality, ...)."""
    from matplotlib.ticker import MaxNLocator

    names = [k for k, v in series.items() if len(v) > 0]
    fig = _figure(2.2 * max(len(names), 1) + 0.4, 2.2)
    axes = fig.subplots(1, max(len(names), 1), squeeze=False)[0]
    bins = [i / 10 for i in range(11)]
    for ax, name in zip(axes, names):
        vals = list(series[name])
        ax.hist(vals, bins=bins, color=BAR_ALT, edgecolor="white")
        mean = sum(vals) / len(vals)
        ax.axvline(mean, color="black", linewidth=1, linestyle="--")
        ax.set_title(f"{name}\nmean {mean:.2f}, n={len(vals)}", fontsize=8)
        ax.set_xlim(0, 1)
        ax.tick_params(labelsize=7)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of samples
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[0].set_ylabel("samples", fontsize=8)
    return _to_svg(fig)


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
