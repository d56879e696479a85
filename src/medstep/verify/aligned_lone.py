"""A chain that denies, by one noun, a thing the report states in a sentence about the same structure (issue #8,
denied52): "the thoracic vertebrae look normal, without syndesmophytes" against "there are marginal syndesmophytes
bridging the thoracic vertebrae".

``aligned_flips`` compares a chain's denied item with the report only when the item holds two thing words at least:
one shared word is no proof of one thing ("no fluid" in the pelvis is not the fluid in the bladder). So a denial of a
single noun no concept of the table names ("no syndesmophytes", "no flow", "no enhancement") was compared with
nothing, and a chain that denied what the report describes scored as the faithful one. The noun alone is not enough;
the structure it is said of is: the item's one thing word (its head) must stand in a report sentence that states it
(no denial reaches it there, no hedge, no earlier time: ``aligned_flips._free_words``) and that shares at least
``MIN_SHARED`` thing words with the whole chain clause (the head and the structure the clause speaks of: "thoracic",
"vertebra"). Left alone:

* a head any report sentence's denial reaches ("No enhancement of the cyst. The nodule enhances."): the report may
  deny it where the chain does;
* an item with a word that sets it apart from what the report states ("no other lesion", "no new nodules", "no
  significant flow": ``aligned_denials._TURN``), an attribute or normal word, or a concept of the table (judged as
  itself);
* a report sentence that denies by a prefix or a verb of lacking or sparing ("a non-displaced fracture", "sparing of
  the perihilar regions": ``aligned_denials._NON``) or a negated modal ("cannot be flushed": ``negation.CANNOT``),
  whose denial no denial event reads;
* a hedged sentence ("might show no syndesmophytes"), a clause of an earlier time ("no syndesmophytes on the prior film") and a clause and sentence on different sides
  ("no flow in the left testis" against "normal flow in the right testis").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_denials import _NON, _TURN
from medstep.verify.aligned_flips import (_PAST, _WORD, _Where, _free_words, _item, _named, _report_sides, _unnamed,
                                          thing_reader)
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_words import MIN_SHARED
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_HYPO, K_NEG_POST, K_NEG_PRE, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE
from medstep.verify.memo import owner_memo
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.verdicts import FindingVerdict

Things = Callable[[str], frozenset[str]]

_SIDE = lazy_compile(r"\b(?:left|right|bilateral(?:ly)?|both)\b")
_BOTH = frozenset({"left", "right"})
_HEDGING = frozenset((K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO))
_CANNOT = lazy_compile(hedges.words(negation.CANNOT))
_SENTENCE_END = lazy_compile(r"[.;!?()\n]")


def _sides(low: str) -> frozenset[str]:
    """The sides a lower-case text names ("bilateral", "both": each)."""
    out: set[str] = set()
    for m in _SIDE.finditer(low):
        out |= {m.group()} if m.group() in _BOTH else _BOTH
    return frozenset(out)


@owner_memo(16384)
def lone_items(scanner: Scanner, low: str, things: Things) -> tuple[tuple[frozenset[str], int, int], ...]:
    """The items of one thing word a chain clause (lower-case) denies ("without syndesmophytes", "flow is absent"),
    with no attribute, normal or setting-apart word (``_TURN``) and no concept of the table in them. Memoised per
    scanner (a benchmark's chains repeat their clauses)."""
    evs = sentence_events(scanner, low)
    denials = [e for e in evs if e[2] == K_NEG_PRE or e[2] == K_NEG_POST]
    if not denials:
        return ()
    where = _Where.of(low, evs)
    out = []
    for k, e in enumerate(denials):
        after = denials[k + 1][0] if k + 1 < len(denials) else len(low)
        before = denials[k - 1][1] if k > 0 else 0
        if e[2] == K_NEG_PRE:
            x, y = _item(low, e[1], after)
        else:  # ("flow is absent": the item before it, in its sentence)
            x, y = max(before, where.cut_before(low, e[0]), *(low.rfind(c, 0, e[0]) + 1 for c in ".;!?()\n")), e[0]
        end = _SENTENCE_END.search(low, x, y)  # (an item stays in its sentence: "(not B). The contours are smooth")
        y = end.start() if end is not None else y
        if where.normal_in(x, y) or _TURN.search(low, x, y) is not None or any(
                w in scanner.attr_words for w in _WORD.findall(_unnamed(low, x, y, where))):
            continue
        words = things(low[x:y])
        if len(words) == 1 and not _named(low, x, y, where, things):
            out.append((words, x, y))
    return tuple(out)


def lone_flips(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
               sentences: Sequence[tuple[int, str]], report: str, unit: int, scanner: Scanner,
               not_thing: frozenset[str], thing_words: Callable[[str, list, frozenset[str]], set[str]]
               ) -> list[FindingVerdict]:
    """The first one-word item a clause step ``s`` asserts denies that a report sentence about the same structure
    states (module docstring), as a contradiction (``aligned-polarity-flip``); ``thing_words`` is
    ``aligned_words._things``."""
    things = thing_reader(not_thing, thing_words)
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        low = lower_text(s.text[a:b])
        items = lone_items(scanner, low, things)
        if not items or _PAST.search(low) is not None:
            continue
        stating, denying = _report_sides(scanner, tuple(sentences), things)
        for words, x, y in items:
            if any(words <= d for d in denying):
                continue
            # (the structure is what the item's own sentence speaks of: a clause may run on into the next sentence,
            # "no stones are seen in it (the duct). So the problem is in the gallbladder")
            opened = max(low.rfind(c, 0, x) for c in ".;!?\n") + 1
            closed = min((i for i in (low.find(c, y) for c in ".;!?\n") if i >= 0), default=len(low))
            context, sides = things(low[opened:closed]), _sides(low[opened:closed])
            if any(e[2] in _HEDGING for e in sentence_events(scanner, low[opened:closed])):
                continue  # ("The vertebrae might show no syndesmophytes": a hedge denies nothing)
            for said, r0, r1, _normal, _plain in stating:
                if not words <= said or len(context & said) < MIN_SHARED:
                    continue
                sentence = lower_text(report[r0:r1])
                other = _sides(sentence)
                if sides and other and sides.isdisjoint(other) or _NON.search(sentence) is not None or _CANNOT.search(
                        sentence) is not None:
                    continue  # (another side; a sentence that denies by a prefix, spares or cannot: "non-displaced",
                    # "Port now cannot be flushed" against "Port not flushing")
                if words <= _free_words(scanner, report[r0:r1], things):
                    return [unnamed_conflict(s, (s.text[a:b].strip(), a, b), (report[r0:r1].strip(), r0, r1), report,
                                             "aligned-polarity-flip", unit, (Polarity.ABSENT, Polarity.PRESENT))]
    return []


__all__ = ["lone_flips", "lone_items"]
