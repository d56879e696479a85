"""A change since an earlier study, stated of a finding named in another sentence or with words the extractor does
not attach: "It is unchanged from two days ago.", "It has enlarged since three years ago.", "This is new compared
with the preoperative radiograph.", "the elevation ... it was already elevated on the preoperative radiograph".

A change is an attribute of a finding (``chg`` in the trigger table) when its words stand in the finding's clause.
On fresh chains a change was often said in a sentence of its own whose subject is a pronoun, on both sides: a chain's
"It is unchanged" for a consolidation that "has enlarged since the radiograph two days ago", and a report's "This is
new compared with the preoperative radiograph" after "The right hemidiaphragm is elevated", whose change no claim
carried, so a chain calling the elevation old scored as the faithful one (retired blind 10, fresh13). Such a
sentence's change belongs to the finding the last naming sentence called present (``pronoun_changes``, the
evidence's; ``change_errors``, the chain's: of those findings, the first whose family the evidence gives a change).

**A chain's change conflicts** when the evidence (report and reference steps, including its pronoun sentences)
gives the same family of finding, on a compatible side, only changes that disagree with it (``changes_conflict``:
unchanged against any change, better against worse or new); the step is then contradicted (``change-conflict``),
unless its own claim was already judged contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import K_ABN, K_ATTR, K_NEG_POST, K_NEG_PRE, K_PSEUDO_POST, K_PSEUDO_PRE, Concept
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text
from medstep.verify.scope_words import EARLIER_TIME, GROWN, PERFECT, SIDE_COMPARISON, SINCE_ONLY
from medstep.verify.verdicts import MAX_EVIDENCE, FindingVerdict, SourcedFinding, Verdict, changes_conflict, lat_compatible

_NEGATION_REACH = 12  # characters from a negation's end to the change word it denies ("not really new")
_PSEUDO = (K_PSEUDO_PRE, K_PSEUDO_POST)
# the subject of a sentence that names no finding but states its change: a pronoun, or "this"/"these" with or
# without a noun ("This is new", "This appearance is unchanged", "The elevation is new")
_SUBJECT = re.compile(r"\s*(?:it|they|these|those|this|its|their|the\s+(?:elevation|enlargement|appearances?|"
                      r"abnormality|finding|change|shadow|lesion|collection))\b", re.IGNORECASE)
_DESCRIPTOR_ONLY = frozenset({"calcification"})  # a finding's descriptor read as a concept: no antecedent
_SENTENCE = re.compile(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+")
_UNIT_BASE = 3_500_000


def first_change(scanner: Scanner, text: str) -> tuple[str, int, int] | None:
    """The first change since an earlier study ``text`` states, as (value, start, end): a ``chg`` attribute or a
    non-negation with one ("has not changed", "no interval change"), an organ word of growth in the perfect ("has
    enlarged"), a comparison of times ("the same as three years ago", "already present on the previous film"); not
    one a negation ends just before ("It is not new"), nor one that compares sides ("larger on the right")."""
    low = lower_text(text)
    neg_end = -99
    for s, e, kind, payload, attrs in scanner.events_lower(low):
        if kind == K_NEG_PRE or kind == K_NEG_POST:
            neg_end = e
        elif kind == K_ATTR or kind in _PSEUDO:
            for key, value in attrs:
                if key == "change" and (kind != K_ATTR or s - neg_end > _NEGATION_REACH) \
                        and not SIDE_COMPARISON.match(low, e) and (payload not in SINCE_ONLY or EARLIER_TIME.match(low, e)):
                    return value, s, e
        elif kind == K_ABN and payload in GROWN and low.endswith(PERFECT, 0, s) and s - neg_end > _NEGATION_REACH:
            return "worsened", s, e
    return None


def _named(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.polarity is Polarity.PRESENT and f.category == "finding" and f.source == "mention"
            and f.concept not in _DESCRIPTOR_ONLY]


def pronoun_changes(scanner: Scanner, texts: Sequence[tuple[str, str, Sequence[Finding]]]
                    ) -> list[tuple[Finding, str, str]]:
    """The changes the evidence ``texts`` ((source, text, its claims), in order) state in sentences that name no
    finding and open with a pronoun subject: each as a finding of the last naming sentence's first present finding
    (carried across the texts: a reference step "It has enlarged rapidly" follows the one that named the heart)."""
    out: list[tuple[Finding, str, str]] = []
    before: list[Finding] = []
    for source, text, findings in texts:
        for sm in _SENTENCE.finditer(text):
            a, b = sm.span()
            named = _named([f for f in findings if a <= f.start < b])
            if named:
                before = named
                continue
            if not before or not _SUBJECT.match(text, a):
                before = [] if text[a:b].strip() else before
                continue
            change = first_change(scanner, text[a:b])
            if change is not None:
                f = before[0]
                out.append((Finding(f.concept, f.name, f.category, Polarity.PRESENT, text[a + change[1]:a + change[2]],
                                    a + change[1], a + change[2], f.laterality, f.location, change=change[0],
                                    source="descriptor"), source, text))
    return out


def change_errors(steps: list[StepVerdict], evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept],
                  scanner: Scanner) -> list[StepVerdict]:
    """``steps`` with each change the evidence gives the finding's family only otherwise judged contradicted
    (``change-conflict``): a pronoun-subject step's change (of the findings the last naming step called present,
    the first whose family the evidence gives a change: "The heart is globular. It is unchanged." is about the
    heart), and a named finding's change its own verdict did not already contradict. ``evidence``: present
    evidence findings with a change."""
    if not evidence:
        return steps
    out = steps
    before: list[Finding] = []  # the findings the last step naming any named
    for k, s in enumerate(steps):
        named = _named(s.findings)
        added: list[FindingVerdict] = []
        if not named and before and _SUBJECT.match(s.text):
            change = first_change(scanner, s.text)
            if change is not None:
                last, ev = before[-1], []
                for f in before:
                    ev = _family(f, evidence, concepts)
                    if ev:
                        last = f
                        break
                if ev and all(changes_conflict(change[0], x[0].change or "") for x in ev):
                    f = Finding(last.concept, last.name, last.category, Polarity.PRESENT, s.text[change[1]:change[2]],
                                change[1], change[2], last.laterality, change=change[0], source="descriptor",
                                unit=_UNIT_BASE + s.index, role=s.role)
                    added.append(_conflict(f, ev))
        else:
            ids = {id(f) for f in named}
            for f, v in zip(s.findings, s.verdicts):
                if id(f) in ids and f.change and v.verdict is not Verdict.CONTRADICTED:
                    ev = [x for x in _family(f, evidence, concepts) if lat_compatible(f.laterality, x[0].laterality)]
                    if ev and all(changes_conflict(f.change, x[0].change or "") for x in ev):
                        added.append(_conflict(f, ev))
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
        if named:
            before = named
        elif not _SUBJECT.match(s.text):
            before = []  # a sentence about something else ("The heart is globular."): "It" after it is not the finding
    return out


def _conflict(f: Finding, ev: Sequence[tuple[Finding, str, str]]) -> FindingVerdict:
    refs = tuple(SourcedFinding(x, source, text) for x, source, text in ev[:MAX_EVIDENCE])
    return FindingVerdict(f, Verdict.CONTRADICTED, False, "change-conflict", refs)


def _family(f: Finding, evidence: Sequence[tuple[Finding, str, str]], concepts: dict[str, Concept]
            ) -> list[tuple[Finding, str, str]]:
    """The evidence changes of ``f``'s family: its concept, a broader or narrower one, or one of the same parent
    (a nodule and a granuloma)."""
    c = concepts[f.concept]
    out = []
    for x in evidence:
        other = x[0].concept
        if other == c.id or other in c.ancestors or other in c.descendants:
            out.append(x)
        else:
            o = concepts.get(other)
            if o is not None and set(o.parents) & set(c.parents):
                out.append(x)
    return out
