"""How far back a verdict reaches that stands after what it judges: "Effusion: none seen", "..., TB not favoured",
"Paget disease: bone expansion, cortical thickening - absent".

Its own module because it is one decision of the clause loop (``scope.py``) with its own cases: a bare verdict
closing a label, a short verdict clause of its own after a comma, and a list a label opens whose verdict a dash sets
off (issue #8: faithful chains' checklists of a differential read their first features present).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from medstep.answers import negation
from medstep.answers.qualifiers import SUBTYPE
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_COMMA, K_CONCEPT, K_NEG_PRE, K_TERM

# "Effusion: none.", "pneumothorax not seen" (``answers/negation.py``), "boot-shaped heart, right arch - neither present"
DANGLING_NEG = frozenset(negation.VERDICT_AFTER)


def bare_after(low: str, pos: int) -> bool:
    """Nothing but punctuation or space follows ``pos`` up to the next break, or only a word of seeing: "Effusion:
    none.", "Effusion: none seen." (issue #8: read present). "Nodules, none seen to cavitate" or "none present on the
    prior film" go on, and stay no verdict on what stands before."""
    n = len(low)
    while pos < n and low[pos] in " \t":
        pos += 1
    seen = _SEEN_WORD.match(low, pos)
    if seen is not None:
        pos = seen.end()
    return pos >= n or not low[pos].isalnum()


_SEEN_WORD = lazy_compile(r"(?:" + "|".join(negation.SEEN) + r")\b[ \t]*")
# what sets a label off from its verdict: a colon ("Effusion: none seen") or a spaced em dash ("Effusion — none seen";
# the dash is a scope terminator, ``triggers.tsv``, so "Not pneumonia — atelectasis" keeps the atelectasis)
_LABEL_MARKS = frozenset({(K_COMMA, ":"), (K_TERM, "\u2014")})


def label_verdict(clause: Sequence[tuple], i: int, low: str) -> str | None:
    """The bare verdict that alone follows the label mark at event ``i`` of ``clause`` ("Effusion: none", "Effusion
    \u2014 none seen", "Pleural effusion \u2014 absent"), else None. Issue #8: the em dash ended the verdict's reach,
    so the label read present; a verdict that goes on ("\u2014 none seen on the prior film") judges nothing here."""
    start, end, kind, payload, _attrs = clause[i]
    if (kind, payload) not in _LABEL_MARKS or i + 1 >= len(clause):
        return None
    nxt = clause[i + 1]
    if nxt[3] not in DANGLING_NEG or i + 2 < len(clause) and clause[i + 2][2] != K_COMMA:
        return None
    return nxt[3] if bare_after(low, nxt[1]) else None


# a short verdict clause after a comma, "Consolidation in the right lower lobe, TB not favoured", "Large effusion,
# empyema unlikely": its own subject and no list word or verb between the comma and the verdict
_OWN_VERDICT_CLAUSE = lazy_compile(r"[^,;:]*?\b(?:and|or|nor|is|are|was|were|be|been|has|have)\b")


def post_reach(low: str, at: int, end: int, comma: int, last_mention: int, attrs: Sequence[tuple] | None = None,
               seq: Sequence[tuple] = ()) -> int:
    """Where the post-denial at ``low[at:end]`` may reach back to (-1: the clause start). A compound denial
    (``negation.COMPOUND``: "fat-free", "symptom free"; the extractor reads hyphens as spaces) that stands in front of
    a noun denies only the one word it is joined to. Issue #8: "A necrotic, avidly enhancing, fat-free solid renal
    mass" read the necrosis denied, since "free" reached back to the clause start. A predicate ("the angles are
    free", "effusion free.") reads on as before. Else a short verdict clause of its own after the last comma
    (``verdict_clause``)."""
    before_noun = (after := _NOUN_AFTER.match(low, end)) is not None and not _NOT_NOUN.fullmatch(after.group(1))
    if low[at:end] == negation.BARE_EXCLUDED and (before_noun or _unjudged(low, at, last_mention)):
        return at  # "wall thickening of the excluded bowel segment": an adjective of the noun after it, no verdict
    if low[at:end] in negation.COMPOUND and before_noun:
        # (review: a predicate goes on with an adverb, place, time or conjunction, "the angles are free bilaterally",
        # "spaces free on both sides", "effusion and pneumothorax free today": no noun, so it reads as before)
        joined = _COMPOUND.match(low[max(0, at - _WORD):at][::-1])
        if joined is not None:
            reach = at - joined.end()
            # the joined word ends a mention of several words ("a pleural effusion-free hemithorax"): all of it
            return min((it[1] for it in seq if it[0] == K_CONCEPT and it[1] < reach < it[2]), default=reach)
        if _SET_OFF_BEFORE.match(low[max(0, at - 3):at][::-1]) is not None:
            return at  # an adjective after a comma, denying nothing: "Left effusion, free layering on decubitus"
    return verdict_clause(low, comma, at, attrs) if last_mention > comma else -1


_OWN_SUBJECT_CHARS = 60  # how far back a bare "excluded" looks for the words it judges
# (reversed) the words a bare "excluded" judges start after the latest comma, colon, bracket or list word
_SUBJECT_EDGE = lazy_compile(r"[,;:(]|\b(?:dna|ro|htiw|tub|os)\b")
_MODAL_BE = lazy_compile(r"\s+eb\b")  # (reversed) "should be excluded", "needs to be excluded": still to be done


def _unjudged(low: str, at: int, last_mention: int) -> bool:
    """Whether a bare "excluded" at ``at`` judges no finding: after "be" ("VHL should be excluded", "needs to be
    excluded": a task, not a result; "can be excluded" is a row of its own), or when the words right before it, back
    to a comma or list word, name none ("with plaques, all else excluded", "plaques and all other causes excluded":
    review of verify59, the plaques and effusion read denied). A label's colon right before it ("Fracture: excluded")
    judges the label."""
    lo = max(0, at - _OWN_SUBJECT_CHARS)
    back = low[lo:at][::-1]
    if _MODAL_BE.match(back):
        return True
    edge = _SUBJECT_EDGE.search(back)
    start = at - (edge.start() if edge is not None else at - lo)
    return last_mention < start and any(c.isalpha() for c in low[start:at])


_WORD = 30  # characters before a compound denial searched for the word it is joined to
_COMPOUND = lazy_compile(r" [a-z0-9]+(?= |$)")  # (reversed) one space and the joined word ("fat" of "fat free")
_NOUN_AFTER = lazy_compile(r" ([a-z]+)")
# words after "free" that begin no noun phrase: adverbs ("bilaterally", "currently"), "both", times, prepositions and
# conjunctions: "free" before them is a predicate, not a compound in front of a noun
_NOT_NOUN = lazy_compile(r"[a-z]+ly|and|or|but|nor|on|in|at|of|from|to|with|without|since|after|before|as|by|for|"
                         r"throughout|both|either|each|today|now|again|still|also|here|there|"
                         r"then|this|that|which|except|apart|save|once|until|till|following|post|is|are|was|were")
_SET_OFF_BEFORE = lazy_compile(r" ?[,;:(]")  # (reversed) a comma or an opening bracket right before it  # a word after it: the compound stands in front of what it describes


def verdict_clause(low: str, comma: int, at: int, attrs: Sequence[tuple] | None = None) -> int:
    """Where the post-denial at ``at`` ("not favoured", "unlikely", "absent") may reach back to: -1 reads on to the
    clause start, else the position after which it judges. A short clause of its own after the comma at ``comma``
    ("..., TB not favoured") judges only what follows the comma, so the finding before it stands (review of
    denials36: "Consolidation in the right lower lobe, TB not favoured" read the consolidation absent). A list
    ("Effusion, consolidation and pneumothorax are absent") reads on. A labelled list whose verdict a dash sets off
    judges the items after the label's colon ("Paget disease: bone expansion, cortical thickening - absent"; issue #8,
    a faithful chain read the first features present), but not the label: "Pneumothorax: tension, mediastinal shift -
    absent" lists the absent features of a pneumothorax that is there (review of faithful40: six such labels read
    denied). A label naming what the list is checked for ("Pneumonia signs:", "Against lymphoma:", "Findings:") is
    judged with it. Only the comma's own clause where the clause gives something before the comma a side, grade or
    size (``attrs``: its attribute events so far): "Pleura: right effusion, pneumothorax - absent" and "Right side:
    effusion, pneumothorax - absent" describe what is there first."""
    if not 0 <= comma < at <= comma + _VERDICT_CLAUSE_CHARS or _OWN_VERDICT_CLAUSE.match(low, comma + 1, at):
        return -1
    if not _SET_OFF.search(low, max(comma + 1, at - 8), at):
        return comma
    colon = _labelled(low, comma)
    if colon < 0:
        return comma
    if any(a[0] < comma and a[2] and a[2][0][0] in _DESCRIBING for a in attrs or ()):
        return comma
    if _HYPOTHESIS_LABEL.search(low, max(0, colon - _LABEL_REACH), colon):
        return -1  # a checklist's label judged too: "Pneumonia signs:", "Against lymphoma:", "Features of Paget:"
    return colon  # the items, not the label: "Pneumothorax: tension, mediastinal shift - absent" keeps the pneumothorax


_DESCRIBING = frozenset({"laterality", "severity", "size"})  # attributes that state a finding there, as it is


_VERDICT_CLAUSE_CHARS = 60  # a short clause: a longer stretch is no verdict clause (and each is read once, linearly)
# a dash between the list and its verdict: " - absent" (``scan.lower_text`` has made the hyphen a blank: three blanks
# in a row), " – absent", "—absent"
_SET_OFF = lazy_compile(r"(?: {3}|[\u2013\u2014])[ \t]*$")
# a label naming what the list is checked for ("Pneumonia signs:", "Against lymphoma:"), not a finding it describes
_HYPOTHESIS_LABEL = lazy_compile(
    r"\b(?:signs?|features?|findings?|criteria|for|against|favou?ring|supporting|suggesting|suggestive)\b[^.;!?\n]*$"
)
_LABEL_REACH = 160  # how far back from the list's comma its label's colon is looked for (one list item's line)


def _labelled(low: str, comma: int) -> int:
    """The colon of a label opening the list holding the comma at ``comma`` (-1 when none): a colon after its
    sentence's or line's last break ("Paget disease: bone expansion, ..."), within ``_LABEL_REACH``."""
    lo = max(0, comma - _LABEL_REACH)
    colon = low.rfind(":", lo, comma)
    return colon if colon >= 0 and max(low.rfind(c, colon, comma) for c in ".;!?\n") < 0 else -1


# A heading label opening its sentence or line ("**Tumour:**", "- Pneumonia:") whose colon a denial of the label's own
# finding or a relative of it follows ("no mass", "there is no consolidation"): the label names the candidate the denial
# argues against, the topic of what follows, no finding seen (issue #8, medi45: a differential's headings in faithful
# chains read present and contradicted). A denial of something else describes the label's finding as it is ("Tuberculosis
# of the spine: no cord compression", "Pneumothorax: no mediastinal shift": option_heads36's near misses), and a side,
# grade, size or abnormal word in the label does too ("Right lower lobe collapse: ..."). A label with an option's
# letter ("Pneumothorax (B):") is ``option_heads``' to read. Bounded windows, anchored.
_LABEL_LEAD = lazy_compile(r"(?:^|[.;!?\n])[ \t>*_#\u2022-]*(?:\d{1,2}[.)][ \t]*)?(?:[a-z][a-z'/-]*[ \t]+){0,4}$")
_LABEL_TAIL = lazy_compile(r"[a-z'/ \t-]{0,24}(?:\*\*|\*|__)?[ \t]*$")
_DENIAL_OPENS = lazy_compile(r"[ \t*_]*(?:(?:there|it|he|she|they|we)[ \t]+(?:is|are|was|were|has|have|had)[ \t]+)?$")
# a subtype word (``answers.qualifiers.SUBTYPE``) in the denial: it denies one kind of the label's finding and so
# leaves the finding standing
_KIND_WORD = lazy_compile(r"\b(?:" + "|".join(sorted(SUBTYPE)) + r")\b")
_LABEL_REACH = 60  # characters of a label before its first finding: a short heading, not a sentence
_DENIED_REACH = 40  # characters from the denial to the finding it names ("no discrete mass")


def drop_argued_label(clause: Sequence[tuple], i: int, low: str, mentions: Sequence[Any], concepts: Mapping[str, Any]
                      ) -> None:
    """Drop the findings of a bare heading label that the colon at event ``i`` of ``clause`` closes, when a denial of
    one of them or of a relative opens what follows (above): topics, not claims."""
    start, _end, kind, payload, _attrs = clause[i]
    if kind != K_COMMA or payload != ":" or i == 0 or i + 2 >= len(clause) or clause[i + 1][2] != K_NEG_PRE:
        return
    label = [ev[3] for ev in clause[:i]]
    if any(ev[2] != K_CONCEPT for ev in clause[:i]) or any(concepts[cid].category != "finding" for cid in label):
        return
    denied = clause[i + 2]
    if denied[2] != K_CONCEPT or denied[0] > clause[i + 1][1] + _DENIED_REACH or not any(
            denied[3] == cid or denied[3] in concepts[cid].ancestors or denied[3] in concepts[cid].descendants
            for cid in label):  # (not a co-parent: "Pneumothorax: no effusion" names another finding, review of medi45)
        return
    if _KIND_WORD.search(low, clause[i + 1][1], denied[1]) is not None:
        return  # "Pneumothorax: no tension pneumothorax", "Effusion: no loculated effusion": a kind of it denied, the
        # finding itself described (review of medi45)
    first = clause[0][0]
    if _LABEL_LEAD.search(low, max(0, first - _LABEL_REACH), first) is None \
            or any(_LABEL_TAIL.match(low, a[1], b[0]) is None for a, b in zip(clause[:i], clause[1:i + 1], strict=True)) \
            or _DENIAL_OPENS.match(low, clause[i][1], clause[i + 1][0]) is None:
        return
    for m in mentions:
        if m.start < start and not m.attrs:  # ("mild cardiomegaly": an attribute of its own words describes it)
            m.dropped = True


__all__ = ["DANGLING_NEG", "bare_after", "drop_argued_label", "label_verdict", "post_reach", "verdict_clause"]
