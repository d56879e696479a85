"""The report's charts are plain SVG we write: well-formed, labels escaped and readable as text, bars in the
histogram bins the scores fall in (the charts were matplotlib's until it cost seconds per report)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from medstep.report import plots

_NS = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{_NS}text")]


def test_bins_hold_their_lower_edge_and_the_last_holds_one() -> None:
    values = [0.0, 0.1, 0.15, 0.3, 0.7, 0.99, 1.0, 1.2, -0.1, math.nan]
    assert plots.bins(values) == [1, 2, 0, 1, 0, 0, 0, 1, 0, 2]


def test_accuracy_bars_are_well_formed_with_escaped_labels_largest_groups_first() -> None:
    items = [plots.BarItem("CT & <MR>", 0.5, (0.3, 0.7), 10, n_total=12), plots.BarItem("X-ray", 0.8, None, 40)]
    texts = _texts(plots.accuracy_bars_svg("by modality", items))
    assert texts[0] == "by modality" and "accuracy (%) with 95% interval" in texts
    labels = [t for t in texts if "(n=" in t]
    assert labels == ["X-ray (n=40)", "CT & <MR> (n=10 graded of 12)"]
    assert "80.0%" in texts and "50.0%" in texts


def test_only_the_largest_groups_are_drawn_and_the_title_says_so() -> None:
    items = [plots.BarItem(f"g{i}", 0.5, None, i + 1) for i in range(plots.MAX_BARS + 5)]
    texts = _texts(plots.accuracy_bars_svg("organ", items))
    assert texts[0] == f"organ (largest {plots.MAX_BARS} of {plots.MAX_BARS + 5} groups)"
    assert sum("(n=" in t for t in texts) == plots.MAX_BARS and "g0 (n=1)" not in texts


def test_histograms_keep_the_metric_order_with_means_and_bars_per_filled_bin() -> None:
    svg = plots.histograms_svg({"completeness": [0.0, 0.5, 1.0], "factuality": [], "radrscore": [0.25, 0.25]})
    texts = _texts(svg)
    assert [t for t in texts if t in ("completeness", "factuality", "radrscore")] == ["completeness", "radrscore"]
    assert "mean 0.50, n=3" in texts and "mean 0.25, n=2" in texts
    assert sum(1 for r in ET.fromstring(svg).iter(f"{_NS}rect")) == 3 + 1  # bins 0, 5, 9; then bin 2
