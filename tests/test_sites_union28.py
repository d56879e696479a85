"""The site names' alternation grouped by first letter (answers/sites.py, speed28) matches as the flat longest-first
alternation it replaced, and the table refuses a name that does not open with a letter or digit."""

from __future__ import annotations

import re

import pytest

from medstep.answers.sites import read_sites, site_table, sites_in

_TEXTS = (
    "a small effusion at the right lung base with a mass in the main-stem bronchus and the main stem bronchi",
    "fractures of the distal radius, the femoral necks and the medial malleolus; the lungs are clear",
    "the left transverse and sigmoid sinuses opacify; the middle and lower lobes, the lingular segment",
    "nodes in the right lower quadrant beside the appendix, below the liver and the gallbladder fossa",
    "lung-base lungbase thoracic  cavity thoracic-cavity hemithoraces the lunges the trachea's lumen",
)


def _flat(names: dict[str, str]) -> re.Pattern[str]:
    words = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in words) + r")(?:e?s)?\b")


def test_grouped_alternation_matches_as_the_flat_one():
    table = site_table()
    flat = _flat(table.names)
    for text in _TEXTS:
        got = [(m.span(), m.group(1)) for m in table.pattern.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in flat.finditer(text)]
        assert got  # (each text names sites)
    # every name, alone, plural and inside words, read as the flat alternation reads it
    joined = " ".join(f"{n} {n}s x{n} {n.replace(' ', '-')}" for n in table.names)
    assert [m.span() for m in table.pattern.finditer(joined)] == [m.span() for m in flat.finditer(joined)]


def test_a_prefix_name_yields_to_the_longer_one():
    assert [s for s, _a, _b in sites_in("at the lung base")] == ["lower_lobe"]
    # (the lung's apex is a site of its own since lane location48, in the upper lobe: the longer name wins)
    assert [s for s, _a, _b in sites_in("at the lung apex")] == ["lung_apex"]
    assert [s for s, _a, _b in sites_in("at the lung hilum")] == ["lung"]


def test_a_name_opening_with_a_space_or_mark_is_refused():
    with pytest.raises(ValueError):
        read_sites("a\t-\t gut\n")
    with pytest.raises(ValueError):
        read_sites("a\t-\t-gut\n")
    assert read_sites("a\t-\tgut\n").names == {"gut": "a"}
