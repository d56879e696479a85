"""Named diagnoses the report defines without naming them (issue #8, vdiag28).

The verifier supports a broad claim with narrow evidence, never a narrow claim with broad evidence: "Pancoast tumour"
against a report's "mass at the left lung apex with destruction of the second rib" was only broader evidence, as was
"scaphoid fracture" against "a fracture through the waist of the scaphoid". ``answers/defining.tsv`` lists, per named
child, what defines it beside its broader finding: the finding's place (the place reader's ``location``), a site of
``sites.tsv`` named with it, or another finding the report states. A present report finding of a broader concept of
the child whose definition the report states is read as that child too (its ``narrow``, as ``scope_passes``'s organ
reading: "a fracture of the clavicle" is a clavicle fracture), so the child's claim is supported and its denial
contradicted. A necessary defining finding the report denies ("does not reach the physis") marks the parent finding as
not that child (``Finding.unlike``): the child's claim is contradicted. A child whose definition the report does not
state keeps today's reading: its parent is broader evidence only, so listing every child of a stated parent gains
nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from medstep.answers import hedges, landmarks, negation
from medstep.answers.sites import site_table, sites_in
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept

__all__ = ["Definition", "defined_children", "definitions", "read_definitions"]

KINDS = ("loc", "site", "finding")


@dataclasses.dataclass(frozen=True, slots=True)
class Definition:
    """A child's defining groups: each a tuple of (kind, value) alternatives; ``necessary`` per group."""

    child: str
    groups: tuple[tuple[tuple[str, str], ...], ...]
    necessary: tuple[bool, ...]


def read_definitions(text: str) -> dict[str, Definition]:
    """The definitions of ``defining.tsv``'s text (see its header)."""
    out: dict[str, Definition] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        child, spec = line.split("\t")
        groups, necessary = [], []
        for group in spec.split(" & "):
            group = group.strip()
            necessary.append(group.startswith("!"))
            alts = []
            for alt in group.lstrip("!").split("|"):
                kind, _, value = alt.strip().partition(":")
                if kind not in KINDS or not value:
                    raise ValueError(f"defining.tsv: {child}: bad alternative {alt!r}")
                alts.append((kind, value))
            groups.append(tuple(alts))
        if child in out:
            raise ValueError(f"defining.tsv: {child} defined twice")
        out[child] = Definition(child, tuple(groups), tuple(necessary))
    return out


@lru_cache(maxsize=1)
def definitions() -> dict[str, Definition]:
    return read_definitions(resources.files("medstep.answers").joinpath("defining.tsv").read_text(encoding="utf-8"))


_BY_ANCESTOR: dict[int, tuple[Mapping[str, Concept], dict[str, tuple[Definition, ...]]]] = {}


def _by_ancestor(concepts: Mapping[str, Concept]) -> dict[str, tuple[Definition, ...]]:
    """Per broader concept, the definitions of its defined narrower concepts (ids checked against the lexicon;
    memoised per lexicon)."""
    hit = _BY_ANCESTOR.get(id(concepts))
    if hit is not None and hit[0] is concepts:
        return hit[1]
    table = site_table()
    out: dict[str, list[Definition]] = {}
    for d in definitions().values():
        c = concepts.get(d.child)
        if c is None:
            raise ValueError(f"defining.tsv: unknown concept {d.child}")
        for group in d.groups:
            for kind, value in group:
                if kind == "finding" and value not in concepts or kind == "site" and value not in table.ancestors:
                    raise ValueError(f"defining.tsv: {d.child}: unknown {kind} {value}")
        for a in c.ancestors:
            out.setdefault(a, []).append(d)
    made = {k: tuple(v) for k, v in out.items()}
    _BY_ANCESTOR[id(concepts)] = (concepts, made)
    return made


# the words joining a finding to the site it lies in, after it ("a fracture through the waist of the left scaphoid",
# "an abscess in the right ovary", "a cyst arising from the common bile duct"): a few words, no clause or sentence
# break; only the first site named after the finding is its place ("a fracture of the distal radius ... scaphoid")
_JOIN_AFTER = lazy_compile(r"\s+(?:[a-z]+\s+){0,2}(?:of|through|in|at|within|involving|affecting|across|along|from)\s+"
                           r"(?:[a-z0-9'-]+\s+){0,6}")
# a site named right before its finding in one noun phrase or clause ("a left scaphoid waist fracture", "the
# scaphoid is fractured"), with no word of denial or normality between
_JOIN_BEFORE = lazy_compile(r"(?:[\s-]+[a-z0-9'-]+){0,3}[\s-]+")
# words that make the site a landmark or another thing's place (the relation words of ``answers/landmarks.py``), or
# the finding denied or normal
_NOT_JOINED = lazy_compile(r"\b(?:" + "|".join(negation.DENY) + r"|intact|normal|unremarkable|and|but|while|whereas|"
                           + hedges.alternation(landmarks.RELATIONS) + r")\b")
_REACH = 70  # characters either side of the finding a joined site may lie in


def _sites_with(low: str, f: Finding) -> set[str]:
    """The sites named with finding ``f`` in the report's lower-case text (and its place, when a site names it)."""
    table = site_table()
    out: set[str] = set()
    for place in (f.location, f.location2):
        if place:
            out.update(s for s, _, _ in sites_in(place))
    a = max(0, f.start - _REACH)
    b = min(len(low), f.end + _REACH)
    after = True
    for site, s, e in sites_in(low[a:b]):
        s += a
        e += a
        if s >= f.end:
            if not after:
                continue
            after = False  # (only the first site after the finding)
            between = low[f.end:s]
            ok = _JOIN_AFTER.fullmatch(between) is not None
        elif e <= f.start:
            between = low[e:f.start]
            ok = _JOIN_BEFORE.fullmatch(between) is not None
        else:
            continue
        if ok and not _NOT_JOINED.search(between) and not any(ch in between for ch in ".;:\n"):
            out.update(table.ancestors[site])
    return out


def _side_ok(a: Finding, b: Finding) -> bool:
    return a.laterality is None or b.laterality is None or a.laterality == b.laterality or \
        "bilateral" in (a.laterality, b.laterality)


class _States:
    """Whether the report states a concept (or a narrower one) present or denies it, on the side of a finding or none
    (``states``), for the findings of one report. Each question (concept, present or denied, the finding's side) is
    answered once, by the first two findings that answer it: asked anew of every finding for each defining finding,
    the report's findings were scanned once per finding, quadratic in a report of many ("nodule mass " * 1,600:
    47 s, issue #12). A finding does not answer for itself: the first finding of a question answers for every other
    finding, the second for the first."""

    def __init__(self, findings: Sequence[Finding], concepts: Mapping[str, Concept]) -> None:
        self.findings = findings
        self.concepts = concepts
        self._found: dict[tuple[str, bool, str | None], tuple[Finding | None, Finding | None]] = {}

    def states(self, parent: Finding, cid: str, present: bool) -> bool:
        key = (cid, present, parent.laterality)
        found = self._found.get(key)
        if found is None:
            c = self.concepts[cid]
            first = second = None
            for g in self.findings:
                if (g.polarity is Polarity.ABSENT) == present:
                    continue
                if (g.concept == cid or g.concept in c.descendants or g.narrow == cid) and _side_ok(parent, g):
                    if first is None:
                        first = g
                    elif g is not first:
                        second = g
                        break
            found = self._found[key] = (first, second)
        return (found[0] is not None and found[0] is not parent) or found[1] is not None


def _holds(d: Definition, k: int, f: Finding, sites: set[str] | None, states: _States) -> bool:
    for kind, value in d.groups[k]:
        if kind == "loc" and value in (f.location, f.location2):
            return True
        if kind == "site" and sites is not None and value in sites:
            return True
        if kind == "finding" and states.states(f, value, True):
            return True
    return False


def _denied(d: Definition, k: int, f: Finding, states: _States) -> bool:
    """Whether the report denies every alternative of group ``k`` (each a finding)."""
    return all(kind == "finding" and states.states(f, value, False) for kind, value in d.groups[k])


def defined_children(text: str, findings: list[Finding], concepts: Mapping[str, Concept]) -> list[Finding]:
    """``findings`` of report ``text`` with each present finding that the report defines as a named narrower concept
    read as that concept too (``narrow``), or as not it (``unlike``) where a necessary defining finding is denied.
    Findings are copied, never changed in place (the reader's cache shares them)."""
    by = _by_ancestor(concepts)
    if not by:
        return findings
    low = text.lower()
    out = findings
    states = _States(findings, concepts)
    for i, f in enumerate(findings):
        ds = by.get(f.concept)
        if not ds or f.polarity is Polarity.ABSENT or f.source != "mention":
            continue
        sites: set[str] | None = None
        narrow, unlike = f.narrow, None
        for d in ds:
            if sites is None and any(kind == "site" for group in d.groups for kind, _ in group):
                sites = _sites_with(low, f)
            held = [_holds(d, k, f, sites, states) for k in range(len(d.groups))]
            if all(held):
                if narrow is None or narrow in concepts[d.child].ancestors:
                    narrow = d.child  # (not when the finding is already another organ's kind: "... of the clavicle")
            elif unlike is None and any(d.necessary[k] and not held[k] and _denied(d, k, f, states)
                                        for k in range(len(d.groups))):
                unlike = d.child
        if narrow != f.narrow or unlike is not None:
            if out is findings:
                out = list(findings)
            out[i] = dataclasses.replace(f, narrow=narrow, unlike=unlike)
    return out
