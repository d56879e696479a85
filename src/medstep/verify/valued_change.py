"""A change said beside a measured value of now, compared with the report's change beside the SAME value (issue #8,
session 53, lane change53).

A chain that copies a report's measurement and turns its change around ("Caecum 9.8 cm, decreased from 11 cm on the
radiograph this morning" against "the caecum measures 9.8 cm, increased from 8.1 cm on this morning's radiograph";
"CTR 0.62, decreased from the day-1 film" against "The cardiothoracic ratio is 0.62, increased from 0.58"; "Superior
mediastinum measures 10.5 cm at the aortic knuckle, similar to the arrival film" against "has widened, measuring 10.5 cm
... compared with 7.5 cm") scored as its faithful twin on the retired blind sets: the measured thing is often no concept
of the table ("caecum" is a place word, "CTR" no thing word the report shares), and the aligned reader
(``aligned._conflicts``) cuts "Caecum 9.8 cm" from ", decreased from ..." at the comma, so the change clause is left
with no subject of its own and no report sentence to align with.

The value of now is the anchor instead: the thing measured 9.8 cm now is the same thing in both texts. A *piece* (a
sentence cut at a semicolon or a comma-joined "and", "but", "whereas", "while": ``_PIECE``) is read as a sentence
(``aligned_said.read_sentence``: one measurement of now or one named quantity, and one change, none of an earlier
study's and none after a denial). A chain piece the step asserts, with no hedge, stating a value of now and a change is
compared with the report pieces stating the same value of now (a size equal in every dimension, in mm; a named
quantity of the same name and value), on no other side, about the same thing (a shared thing word or place, or the
quantity's own name). Those of them that state a change must state one change between them; the chain piece is
contradicted (``valued-change-conflict``) when its change disagrees with it (``attr_conflicts.changes_conflict``). A
report that states the value with no change, or two changes for it, decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import UNNAMED
from medstep.verify.aligned_said import MEMO_LIMIT, _Said, read_sentence
from medstep.verify.attr_conflicts import changes_conflict
from medstep.verify.changes import first_change
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import K_HYPO, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.quantities import NAMED_KINDS
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events, sentence_spans
from medstep.verify.scope_words import SIDE_COMPARISON
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

# where a sentence goes on to another statement: a semicolon, a line, or a comma-joined clause of its own
_PIECE = lazy_compile(r";|\n|,\s+(?:and|but|whereas|while)\s+|\s+(?:whereas|but)\s+")
# a word joining a second subject between the value and the change ("CTR 0.62 and the effusions are unchanged", "with
# the effusions unchanged", "the right which is unchanged")
_JOIN = lazy_compile(r"\b(?:and|with|which|that|whereas|while|whilst|but|plus)\b")
_HEDGING = (K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO)
# the kinds of value that anchor: a measurement with a unit, or a named quantity ("cardiothoracic ratio=0.62")
_ANCHORS = ("size", *sorted(NAMED_KINDS))

Piece = tuple[int, int, _Said]  # (start, end in its text, the reading)


def _change_of_value(scanner: Scanner, text: str, said: _Said, kind: str) -> bool:
    """Whether the change ``said`` reads in ``text`` is that of the thing its value of ``kind`` measures: no other
    subject is joined between the two ("CTR 0.62 and the effusions are unchanged", "Left kidney 9.0 cm and right kidney
    unchanged": thing words or a side after a joining word) and no side is compared between them ("9.0 cm, smaller than
    the right which is unchanged"). Review of lane change53."""
    (_v, vs, ve), (_c, cs, ce) = said.values[kind], said.values["change"]
    gap = text[min(ve, ce):max(vs, cs)]
    if SIDE_COMPARISON.search(gap) is not None:
        return False
    joins = list(_JOIN.finditer(gap))
    if not joins:
        return True
    rest = read_sentence(scanner, gap[joins[0].end():])
    return not (rest.things or rest.sides)


def _pieces(scanner: Scanner, text: str) -> list[Piece]:
    """The pieces of ``text`` (its sentences cut at ``_PIECE``) that state one change and a value of now to anchor it."""
    out = []
    for a, b in sentence_spans(text):
        cuts = [a] + [m.end() for m in _PIECE.finditer(text, a, b)] + [b]
        for x, y in zip(cuts, cuts[1:]):
            if not text[x:y].strip() or first_change(scanner, text[x:y]) is None:
                continue  # (no change: ``read_sentence`` reads its change by ``first_change`` of the same text, and
                # the whole reading of a piece that cannot state one was ~3% of the verifier on the corpus, issue #12)
            said = read_sentence(scanner, text[x:y])
            kind = next((k for k in _ANCHORS if k in said.values), None)
            if "change" in said.values and kind is not None and _change_of_value(scanner, text[x:y], said, kind):
                out.append((x, y, said))
    return out


@owner_memo(MEMO_LIMIT)
def _report_pieces(scanner: Scanner, report: str) -> tuple[Piece, ...]:
    """Every piece of the report stating a value of now (with or without a change), memoised per scanner: a
    benchmark's chains share their report."""
    out = []
    for a, b in sentence_spans(report):
        cuts = [a] + [m.end() for m in _PIECE.finditer(report, a, b)] + [b]
        for x, y in zip(cuts, cuts[1:]):
            if report[x:y].strip():
                said = read_sentence(scanner, report[x:y])
                kind = next((k for k in _ANCHORS if k in said.values), None)
                if kind is not None and ("change" not in said.values
                                         or _change_of_value(scanner, report[x:y], said, kind)):
                    out.append((x, y, said))
    return tuple(out)


def _same_value(kind: str, mine: _Said, theirs: _Said) -> bool:
    """Whether ``theirs`` states the value of ``kind`` that ``mine`` does, of the same thing (see the docstring)."""
    if kind not in theirs.values or theirs.values[kind][0] != mine.values[kind][0]:
        return False
    if mine.sides and theirs.sides and mine.sides.isdisjoint(theirs.sides):
        return False
    if kind in NAMED_KINDS:
        return True
    place = mine.values.get("location"), theirs.values.get("location")
    return bool(mine.things & theirs.things) or place[0] is not None and place[0][0] == (place[1] or ("",))[0]


def valued_change_errors(scanner: Scanner, s: StepVerdict, asserted: Sequence[tuple[int, int]], report: str,
                         unit: int) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s pieces whose change disagrees with the report's change of the same value of
    now (see the module docstring); ``asserted``: the spans of the step it asserts; ``unit``: the claims' unit."""
    added: list[FindingVerdict] = []
    theirs_all = None
    for x, y, said in _pieces(scanner, s.text):
        if not any(a <= (x + y) // 2 < b for a, b in asserted):
            continue
        if any(e[2] in _HEDGING for e in sentence_events(scanner, lower_text(s.text[x:y]))):
            continue  # ("the caecum may have decreased": a hedged change)
        if theirs_all is None:
            theirs_all = _report_pieces(scanner, report)
        kind = next(k for k in _ANCHORS if k in said.values)
        same = [(rx, r) for rx, _ry, r in theirs_all if _same_value(kind, said, r)]
        changes = {r.values["change"][0] for _rx, r in same if "change" in r.values}
        mine = said.values["change"]
        if len(changes) != 1 or not changes_conflict(mine[0], next(iter(changes))):
            continue
        rx, r = next((rx, r) for rx, r in same if "change" in r.values)
        theirs = r.values["change"]
        f = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, s.text[x + mine[1]:x + mine[2]],
                    x + mine[1], x + mine[2], source="aligned", unit=unit, role=s.role, change=mine[0])
        ev = Finding(UNNAMED, "unnamed finding", "finding", Polarity.PRESENT, report[rx + theirs[1]:rx + theirs[2]],
                     rx + theirs[1], rx + theirs[2], source="aligned", change=theirs[0])
        added.append(FindingVerdict(f, Verdict.CONTRADICTED, False, "valued-change-conflict",
                                    (SourcedFinding(ev, "report", report),)))
    return added


__all__ = ["valued_change_errors"]
