"""A change a report says in a last piece of its own after a finding's "with" dependent is the head finding's too:
"dense consolidation of the right upper lobe with air bronchograms, increased in extent and density since 2 days
ago". The extractor gives an attribute to the last claim before it, so only the air bronchograms carried the change,
and a chain calling the consolidation unchanged, or less dense than before, was compared with no change of the
consolidation and stood (retired blind 37, issue #8). The chain's side of the same shape is ``changes._trailing_change``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from medstep.verify.changes import HEAD_FEATURE_SUFFIX, HEAD_FEATURES, TRAILING, first_change
from medstep.verify.findings import NAMED, Finding, Polarity
from medstep.verify.scan import Scanner, sentence_spans

_BREAKS = frozenset(";!?\n")  # (a period only ends a sentence outside a decimal: ``SENTENCE`` cuts the sentences)


def _joined_by_with(gap: str) -> bool:
    """Whether the text between a head finding and the next one joins them by "with" in one phrase ("consolidation
    of the right upper lobe with air bronchograms", "a mass, with calcification"): no clause between them."""
    k = gap.rfind(" with ")
    if k < 0 or "," in gap[k:] or any(ch in _BREAKS for ch in gap):
        return False
    head = gap[:k].rstrip()
    return "," not in head or head.endswith(",") and head.count(",") == 1


def _feature(f: Finding) -> bool:
    """Whether ``f`` is a feature of the finding before it (air bronchograms, cavitation, calcification, a sign), so
    that their change is the head's: a finding of its own after "with" ("cardiomegaly with pulmonary edema,
    improved") keeps its change (review_errdetect38 F1)."""
    return f.concept in HEAD_FEATURES or f.concept.endswith(HEAD_FEATURE_SUFFIX)


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a finding starts in ``lo:hi`` (``starts`` sorted): the change piece names nothing of its own."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def head_changes(
    scanner: Scanner, found: Sequence[tuple[str, str, Sequence[Finding]]]
) -> list[tuple[Finding, str, str]]:
    """The changes ``found`` ((source, text, its claims) of the evidence) give a head finding through its "with"
    dependent (a feature of it, ``_feature``): a present finding without a change of its own, joined by "with" to
    the next finding named, whose
    change stands after a comma in a piece naming nothing (``TRAILING``); as (finding, source, text)."""
    out: list[tuple[Finding, str, str]] = []
    for source, text, findings in found:
        named = sorted(
            (f for f in findings if f.polarity is Polarity.PRESENT and f.category == "finding" and f.source in NAMED),
            key=lambda f: f.start,
        )
        if len(named) < 2 or not any(f.change for f in named):
            continue
        # (findings looked up by where they start, not scanned per sentence: linear on a long report)
        starts = sorted(f.start for f in findings)
        named_starts = [f.start for f in named]
        for a, b in sentence_spans(text):
            inside = named[bisect_left(named_starts, a) : bisect_left(named_starts, b)]
            for head, dep in zip(inside, inside[1:]):
                if (
                    head.change
                    or not dep.change
                    or not _feature(dep)
                    or dep.start < head.end
                    or not _joined_by_with(text[head.end : dep.start].lower())
                ):
                    continue
                cut = text.find(",", dep.end, b)
                m = TRAILING.match(text, cut) if cut >= 0 else None
                if m is None:
                    continue
                change = first_change(scanner, text[cut:b])
                if change is None or cut + change[1] != m.end() or _any_between(starts, dep.end, cut + change[2]):
                    continue
                x, y = cut + change[1], cut + change[2]
                out.append(
                    (
                        Finding(
                            head.concept,
                            head.name,
                            head.category,
                            Polarity.PRESENT,
                            text[x:y],
                            x,
                            y,
                            head.laterality,
                            head.location,
                            change=dep.change,
                            source="descriptor",
                        ),
                        source,
                        text,
                    )
                )
    return out
