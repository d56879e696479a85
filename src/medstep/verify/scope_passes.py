"""Passes over one clause's events after ``scope.ClauseScoper`` has read them: the organ an abnormal word
describes, a closing "negative", a hedge that governs the claim before it, and claims offered as alternatives.
Kept apart from ``scope.py`` (which reads the events in one loop) so that each file stays short."""

from __future__ import annotations

from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ATTR, K_COMMA, K_CONCEPT, K_CONJ, K_UNC_PRE
from medstep.verify.mentions import STOPS, Mention

_ABSENT = Polarity.ABSENT
ABN_BACKWARD_CHARS = 60  # "the cardiac silhouette appears moderately enlarged"


def organ_before(concepts: dict, seq: list, mapping: dict, pos: int) -> tuple | None:
    """The organ an abnormal word describes: the nearest earlier organ of the clause that the
    word applies to, with no other claim in between ("the heart is enlarged")."""
    for item in reversed(seq):
        if item[0] != K_CONCEPT:
            continue
        if item[1] < pos - ABN_BACKWARD_CHARS:
            return None
        cid = item[3].cid
        if cid in mapping:
            return item
        if concepts[cid].category != "anatomy":
            return None
    return None


def negative_result(concepts: dict, seq: list, after: int) -> None:
    """"Negative" closing a clause is the result of the findings or tests named before it (back to the
    previous comma): "troponin negative", "hepatitis B serology negative". Anatomy and the modality
    keep their normal-word reading ("chest radiograph negative" is a normal study)."""
    for kind, s, _e, obj in reversed(seq):
        if kind in STOPS or s < after:
            return
        if kind == K_CONCEPT and not obj.decided and concepts[obj.cid].category in ("finding", "device"):
            obj.pol, obj.trigger, obj.decided = _ABSENT, "negative", True


def hedge_subject(concepts: dict, seq: list, phrase: str) -> None:
    """A hedge that governs nothing after it hedges the claim before it, back to the previous stop
    ("Pneumonia may be the most likely possibility", "collapse of either lobe could be considered")."""
    for kind, _s, _e, obj in reversed(seq):
        if kind in STOPS and kind != K_UNC_PRE:  # ("may be the most likely": two hedges, one subject)
            return
        if kind == K_CONCEPT and concepts[obj.cid].category != "anatomy":
            if not obj.decided:
                obj.pol, obj.trigger, obj.decided = Polarity.UNCERTAIN, phrase, True
            return


def alternatives(concepts: dict, seq: list) -> None:
    """Positive claims offered as alternatives ("pneumonia or atelectasis", "A, B or C") are hedged:
    the sentence commits to none of them. A negated list ("no effusion or pneumothorax"), one
    concept on both sides ("left or right effusion") and anatomy are left alone."""
    for k, item in enumerate(seq):
        if item[0] != K_CONJ or item[3] != "or":
            continue
        after = next((x[3] for x in seq[k + 1:] if x[0] == K_CONCEPT and concepts[x[3].cid].category != "anatomy"
                      or x[0] != K_CONCEPT and x[0] != K_ATTR), None)
        if not isinstance(after, Mention):
            continue
        group = [after]
        for j in range(k - 1, -1, -1):
            x = seq[j]
            if x[0] == K_CONCEPT:
                if concepts[x[3].cid].category != "anatomy":
                    group.append(x[3])
            elif not ((x[0] == K_COMMA and x[3] == ",") or (x[0] == K_CONJ and x[3] == "or")):
                break  # "A, B or C" and "A or B or C" are one set of alternatives
        if len(group) < 2 or len({m.cid for m in group}) < 2 \
                or any(m.pol is not Polarity.PRESENT or m.dropped for m in group):
            continue
        for m in group:
            m.pol, m.trigger = Polarity.UNCERTAIN, "or"
