"""A finding the report says the earlier study lacked is new: "There is a moderate left pleural effusion. There was no
effusion on the radiograph of 3 months ago." (issue #8, session 45).

A report often tells a finding's change by what the earlier study showed, not by a change word: "On the prior study
this region showed only tonsillar enlargement and no organised collection", "no pneumothorax was present on the
radiograph yesterday". Such a clause is of the past (``prior_state.past_spans``) and its findings are dropped from the
claims of now, so the report gave the finding of now no change, and a chain calling it "already present on the prior
film" or "unchanged since then" scored as the faithful chain (retired blind 31, 32, 37: the largest group of the
change errors the verifier missed). Here a finding the evidence denies in a clause of the past, and calls present now
(in a clause of now, its own concept, on a compatible side), is given the change "new" as evidence of its change;
a finding that carries a change of its own keeps it (the report's own word for it is read first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from medstep.verify.attr_conflicts import lat_compatible
from medstep.verify.findings import Finding, Polarity
from medstep.verify.history import comparison_text
from medstep.verify.lexicon import Concept
from medstep.verify.prior_state import past_spans
from medstep.lazyre import lazy_compile


_OLD = lazy_compile(r"\b(?:old|healed|healing|chronic|longstanding|long-standing|remote|calcified|ununited|united|"
                    r"established|known)\b", re.I)


def _sentence(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds ``pos``."""
    a = max(text.rfind(".", 0, pos), text.rfind(";", 0, pos)) + 1
    b = min((k for k in (text.find(".", pos), text.find(";", pos)) if k >= 0), default=len(text))
    return text[a:b]


def absent_before_changes(found: Sequence[tuple[str, str, Sequence[Finding]]],
                          raw: Callable[[str], Sequence[Finding]],
                          concepts: Mapping[str, Concept] | None = None) -> list[tuple[Finding, str, str]]:
    """Evidence changes (finding with change "new", source, text) of the present findings of ``found`` ((source,
    text, claims of now) per evidence text) that a clause of the past of any evidence text denies; ``raw``: a text's
    findings before the clauses of the past are dropped. With ``concepts``, a denial of a broader concept covers the
    narrower one of now ("showing no fracture" three years ago, a femoral neck fracture now: lane change50)."""
    denied: list[Finding] = []
    earlier_only: list[Finding] = []  # the comparison section's denials (lane change50)
    for source, text, _claims in found:
        spans = past_spans(text) if text else ()
        if spans:
            denied += [f for f in raw(text) if f.polarity is Polarity.ABSENT and f.category == "finding"
                       and any(a <= f.start < b for a, b in spans)]
        earlier = comparison_text(text) if source == "report" and text else ""
        if earlier:  # the report's comparison section is the earlier study's ("showing no fracture", "no tube")
            earlier_only += [f for f in raw(earlier) if f.polarity is Polarity.ABSENT and f.category == "finding"]
    if not denied and not earlier_only:
        return []
    out = []
    for source, text, claims in found:
        for f in claims:
            if f.category != "finding" or f.polarity is not Polarity.PRESENT or f.change:
                continue
            c = concepts.get(f.concept) if concepts is not None else None
            if any(d.concept == f.concept and lat_compatible(d.laterality, f.laterality) for d in denied):
                out.append((replace(f, change="new"), source, text))
                continue
            # the lane's wider reading (a broader denial, the comparison section) leaves a finding its report calls old
            # ("healed rib fractures" against a comparison's "no acute fracture": review of lane change50)
            if _OLD.search(_sentence(text, f.start)) is not None:
                continue
            if any((d.concept == f.concept or c is not None and d.concept in c.ancestors)
                   and lat_compatible(d.laterality, f.laterality) for d in (*denied, *earlier_only)):
                out.append((replace(f, change="new"), source, text))
    return out


__all__ = ["absent_before_changes"]
