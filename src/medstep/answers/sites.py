"""Anatomical sites (issue #8): the site table of ``sites.tsv`` (a site, the sites it lies in, its names) and the sites a
text names. Shared by the verifier (``verify/aligned_sites.py``: two sites of one region with no part-of link are two
places) and the extractor (``extract/head_noun.py``: a finding placed in a part of the asked place)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medstep.lazyre import lazy_compile

# Words that name a branch or layer of a vessel between its side and its name ("right common femoral vein", "left
# internal carotid artery", "right deep femoral vein"): the side belongs to the vessel named after them.
VESSEL_MODIFIERS = ("common", "internal", "external", "superficial", "deep")
# Regions drawn over the abdomen's surface rather than around an organ: they overlap one another and the organs in them
# (a pelvic appendix lies in the right lower quadrant too, the liver reaches the epigastrium), so a site in one of them
# and another site of the abdomen need not be two places, whatever the table's part-of links say.
SURFACE_REGIONS = frozenset(
    {
        "right_upper_quadrant",
        "left_upper_quadrant",
        "right_lower_quadrant",
        "left_lower_quadrant",
        "epigastrium",
        "pelvis",
    }
)
# A site that is the border of its neighbours rather than a place apart from them: the carina is where the trachea ends
# and the main bronchi begin, so "at the carina" says neither "in the trachea" nor "not in the trachea".
BORDERS: dict[str, frozenset[str]] = {"carina": frozenset({"trachea", "main_bronchus"})}


@dataclass(frozen=True, slots=True)
class Sites:
    """The site table: each site's ancestors (itself included) and its top regions; the names, longest first."""

    ancestors: dict[str, frozenset[str]]
    tops: dict[str, frozenset[str]]
    names: dict[str, str]  # name -> site id
    pattern: re.Pattern[str]


def _closure(parents: dict[str, tuple[str, ...]], site: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
    out = {site}
    for p in parents.get(site, ()):
        if p not in seen:
            out |= _closure(parents, p, seen | {site})
    return frozenset(out)


def read_sites(text: str) -> Sites:
    """The site table of ``sites.tsv``'s text (see its header)."""
    parents: dict[str, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        site, up, written = line.split("\t")
        parents[site] = () if up == "-" else tuple(up.split("|"))
        for name in written.split("|") if written else ():
            if not name[:1].isalnum():  # (the alternation groups names by their first letter: _longest_first)
                raise ValueError(f"sites.tsv: {name!r} does not open with a letter or digit")
            if name in names:
                raise ValueError(f"sites.tsv: {name!r} names {names[name]} and {site}")
            names[name] = site
    unknown = {p for ps in parents.values() for p in ps} - parents.keys()
    if unknown:
        raise ValueError(f"sites.tsv: unknown parents {sorted(unknown)}")
    ancestors = {s: _closure(parents, s) for s in parents}
    tops = {s: frozenset(a for a in up if not parents[a]) for s, up in ancestors.items()}
    return Sites(ancestors, tops, names, re.compile(r"\b(" + _longest_first(names) + r")(?:e?s)?\b"))


def _longest_first(names: Iterable[str]) -> str:
    """The names as one alternation tried longest first, a space matching any run of spaces and hyphens. The names are
    grouped by their first letter (a name is tried only where its letter is: ~10x faster on the ~500 site names than
    one flat alternation), each group in the longest-first order; names of two first letters never match at one place
    (no name opens with a space), so each match is the flat alternation's."""
    groups: dict[str, list[str]] = {}
    for n in sorted(names, key=len, reverse=True):
        groups.setdefault(n[0], []).append(re.escape(n[1:]).replace(r"\ ", r"[\s-]+"))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


@lru_cache(maxsize=1)
def site_table() -> Sites:
    return read_sites(resources.files("medstep.answers").joinpath("sites.tsv").read_text(encoding="utf-8"))


_SPACE = lazy_compile(r"[\s-]+")
# a site's name written once for two sites: "the left transverse and sigmoid sinuses", "the middle and lower lobes"
_SHARED_HEAD = lazy_compile(r"([a-z]+)\s*(?:,|/|\band\b|\bor\b)\s*$")

Site = tuple[str, int, int]  # (site id, start, end in the text)


def sites_in(low: str) -> list[Site]:
    """The sites a lower-case text names, with a first word of a site's name written before it for a second site of
    the same last words ("transverse and sigmoid sinuses": both sinuses)."""
    return list(_sites_in(low))


@lru_cache(maxsize=16384)
def _sites_in(low: str) -> tuple[Site, ...]:
    """``sites_in``, memoised (the verifier asks it of a chain clause twice and of report sentences seen before)."""
    table = site_table()
    out = []
    for m in table.pattern.finditer(low):
        name = _SPACE.sub(" ", m.group(1))
        out.append((table.names[name], m.start(), m.end()))
        head = name.split(" ", 1)
        # (``_SHARED_HEAD`` spans two runs of non-space characters at most: searched from them, not the text's start)
        if (
            len(head) == 2
            and (before := _SHARED_HEAD.search(low, tail_start(low, m.start(), 2), m.start())) is not None
        ):
            other = table.names.get(before.group(1) + " " + head[1])
            if other is not None:
                out.append((other, before.start(1), before.end(1)))
    return tuple(out)


def tail_start(low: str, end: int, runs: int) -> int:
    r"""Where the last ``runs`` runs of non-space characters before ``end`` begin (0 when there are fewer).

    A pattern searched for in ``low[:end]`` that ends at ``$`` and whose match spans at most ``runs`` such runs (words
    joined by ``\s+``) starts there or later, and a space or the text's start stands before that point either way:
    searching from it finds the same match without reading the whole text before each site (quadratic on a long
    chain: "the trachea is displaced to the right by the mass and " x 2,000 took minutes, issue #12). Shared with
    ``verify/aligned_sites.py``."""
    i = end
    for _ in range(runs):
        while i > 0 and low[i - 1].isspace():  # (``str.isspace`` is ``\s`` of a str pattern, character for character)
            i -= 1
        while i > 0 and not low[i - 1].isspace():
            i -= 1
    return i


def bordering(a: str, b: str) -> bool:
    """Whether one site is the border of the other (``BORDERS``), so neither is the other place nor another one."""
    return b in BORDERS.get(a, frozenset()) or a in BORDERS.get(b, frozenset())


def related(a: str, b: str) -> bool:
    """Whether two sites are one place or one holds the other."""
    table = site_table()
    return a in table.ancestors[b] or b in table.ancestors[a]


__all__ = [
    "BORDERS",
    "SURFACE_REGIONS",
    "Site",
    "Sites",
    "bordering",
    "read_sites",
    "related",
    "site_table",
    "sites_in",
    "tail_start",
]
