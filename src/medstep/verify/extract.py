"""Clinical fact extraction: concept mentions with polarity and attributes.

The approach is NegEx-style scoping over a single Aho-Corasick pass (see
``lexicon.py``), chosen for speed and determinism:

1. The automaton yields every known phrase (leftmost-longest, word-bounded):
   concepts, triggers, attributes, list separators and punctuation
   (``scan.py``).
2. Text is cut into *clauses* at ``. ; ? !`` and new lines. A trigger's scope
   never crosses a clause edge.
3. Forward pass: a pre-trigger ("no", "possible", "no change in") sets the
   polarity of every later mention until the clause ends, a terminator
   ("but", "however", "there is", ...) or another trigger. A list after a
   negation stays negated ("no effusion, pneumothorax or consolidation"),
   except that after a comma a size/change word ends the scope
   ("no effusion, mild cardiomegaly" -> cardiomegaly present).
4. Backward pass: a post-trigger ("is not seen", "cannot be excluded",
   "has resolved") applies to the mentions before it back to the previous
   trigger/terminator, unless a pre-trigger already decided them.
5. Attributes (laterality, location, severity, change) attach to the nearest
   following claim in the same list item (items split at commas and
   conjunctions), else the nearest preceding one; an item with no claim
   ("..., on the left") fills in what the previous claim lacks.
6. "Normal" statements: an organ paired with a normal word in the same clause
   ("lungs are clear", "normal heart size"), a normal phrase ("no acute
   cardiopulmonary process") or a negated umbrella term ("no acute osseous
   abnormality") become absent findings for the concepts listed in the
   lexicon's ``expands`` column, recorded with ``source="normal"``. Concepts
   the text mentions explicitly (or their ancestors/descendants) are skipped:
   "RLL pneumonia; lungs otherwise clear" must not yield "no pneumonia".

Polarity "uncertain" is kept distinct here; the judge treats it like present
(CheXpert's "U-Ones" policy), see ``judge.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from bisect import bisect_right
from operator import attrgetter, itemgetter
from typing import Any, Sequence

from medstep.verify.scan import Scanner, lower_text
from medstep.verify.lexicon import (
    K_ATTR, K_BREAK, K_COMMA, K_CONCEPT, K_CONJ, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_PSEUDO_POST,
    K_ABN, K_HYPO, K_KEEP, K_PSEUDO_PRE, K_SKIP, K_TERM, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE, Lexicon,
)


class Polarity(str, Enum):
    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"


_PRE_POLARITY = {K_NEG_PRE: Polarity.ABSENT, K_UNC_PRE: Polarity.UNCERTAIN, K_PSEUDO_PRE: Polarity.PRESENT,
                 K_UNC_BOTH: Polarity.UNCERTAIN, K_HYPO: None}  # None: hypothetical, not a claim
_POST_POLARITY = {K_NEG_POST: Polarity.ABSENT, K_UNC_POST: Polarity.UNCERTAIN, K_PSEUDO_POST: Polarity.PRESENT}
_STOPS = frozenset({K_NEG_PRE, K_UNC_PRE, K_PSEUDO_PRE, K_UNC_BOTH, K_NEG_POST, K_UNC_POST, K_PSEUDO_POST, K_TERM,
                    K_HYPO})
_NORMAL_STOPS = frozenset({K_NEG_PRE, K_UNC_PRE, K_UNC_BOTH, K_NEG_POST, K_UNC_POST, K_NORMAL, K_HYPO})
_CHUNK_BREAKS = frozenset({K_CONJ, K_COMMA, K_TERM}) | _STOPS
_CONTRAST = frozenset({"but", "however", "although", "though", "yet", "whereas", "while", "nevertheless",
                       "nonetheless", "otherwise", "except", "except for"})
_start = itemgetter(0)
_order = attrgetter("start", "unit")
_SEV_OR_CHG = ("severity", "change")
_CLAUSE_VERBS = (" is ", " are ", " appears ", " appear ", " looks ")  # "heart is enlarged" is a clause
_ABN_BACKWARD_CHARS = 60  # "the cardiac silhouette appears moderately enlarged"
_ABN_FORWARD_CHARS = 30  # "blunted left costophrenic angle"
_NORMAL_FORWARD_CHARS = 40  # "normal ... heart size": how far after a normal word its organ may start


@dataclass(slots=True)
class Finding:
    """One clinical statement about one concept (treat as read-only).

    Not frozen on purpose: a chain yields dozens of findings and frozen
    dataclass construction is several times slower, which the RL-reward use
    of the verifier cannot afford.

    ``start``/``end`` index the analysed text (for ``source="normal"`` they
    span the whole normal statement, whose wording is in ``text``).
    ``trigger`` is the negation/hedge phrase that set the polarity, if any.
    ``unit`` groups the findings that one statement produced: all absences
    implied by "lungs are clear" share a unit, so scores count them as one claim.
    """

    concept: str
    name: str
    category: str
    polarity: Polarity
    text: str
    start: int
    end: int
    laterality: str | None = None
    location: str | None = None
    severity: str | None = None
    change: str | None = None
    trigger: str | None = None
    source: str = "mention"
    unit: int = 0

    @property
    def is_claim(self) -> bool:
        return self.category in ("finding", "device", "modality")

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"concept": self.concept, "name": self.name, "category": self.category,
                             "polarity": self.polarity.value, "text": self.text, "span": [self.start, self.end]}
        for key in ("laterality", "location", "severity", "change", "trigger"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        if self.source != "mention":
            d["source"] = self.source
        return d


class _Mention:
    """Mutable working record for one concept mention while a clause is scoped."""

    __slots__ = ("cid", "start", "end", "pol", "trigger", "decided", "chunk", "attrs", "dropped")

    def __init__(self, cid: str, start: int, end: int, chunk: int, attrs: tuple) -> None:
        self.cid, self.start, self.end, self.chunk = cid, start, end, chunk
        self.pol = Polarity.PRESENT
        self.trigger: str | None = None
        self.decided = False
        self.dropped = False  # hypothetical or asked about: not a claim
        self.attrs: dict[str, str] = dict(attrs)

    def set_attr(self, key: str, value: str) -> None:
        old = self.attrs.get(key)
        if old is None:
            self.attrs[key] = value
        elif key == "laterality" and old != value:
            self.attrs[key] = "bilateral"  # "left ... and right" on one finding


class Extractor:
    """Turns text into ``Finding`` lists using a compiled ``Lexicon``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.scanner = Scanner(lexicon)
        self._concepts = lexicon.concepts
        self._expanders = frozenset(c.id for c in lexicon.concepts.values() if c.category in ("normal", "group"))
        self._attachable = frozenset(c.id for c in lexicon.concepts.values() if c.category in ("finding", "device"))

    def extract(self, text: str) -> list[Finding]:
        """All findings in ``text`` (anatomy and modality mentions included), in text order."""
        return self.extract_segments(text, (0,))[0]

    def extract_segments(self, text: str, starts: Sequence[int], claims_only: bool = False) -> list[list[Finding]]:
        """Findings per segment of ``text``; segment k runs from ``starts[k]`` to ``starts[k+1]``.

        One automaton pass over the whole text, with a clause break forced at
        every segment start, scopes exactly like one pass per segment but
        avoids the per-call overhead (a chain has ~10 steps). Spans are
        relative to the segment start; text before ``starts[0]`` is ignored.
        ``claims_only`` skips anatomy mentions (the verifier does not judge them).
        """
        low = lower_text(text)
        events = self.scanner.events_lower(low)
        if len(starts) > 1 or (starts and starts[0] > 0):
            events += [(b - 0.5, b, K_BREAK, None, ()) for b in starts]  # sorts before a hit at b
            events.sort(key=_start)
        mentions: list[_Mention] = []
        expansions: list[tuple[tuple[str, ...], int, int]] = []
        clause: list = []
        skipping = False  # inside a report section that states no findings (indication, comparison)
        for ev in events:
            kind = ev[2]
            if kind == K_BREAK or kind == K_SKIP or kind == K_KEEP:
                if clause:
                    self._clause(clause, mentions, expansions, ev[3] == "?", low)
                    clause = []
                if kind != K_BREAK:
                    skipping = kind == K_SKIP
            elif not skipping:
                clause.append(ev)
        if clause:
            self._clause(clause, mentions, expansions, False, low)
        out: list[list[Finding]] = [[] for _ in starts]
        if len(starts) == 1:
            self._build(text, mentions, expansions, starts[0], out[0], claims_only)
            return out
        seg_m: list[list[_Mention]] = [[] for _ in starts]
        seg_e: list[list] = [[] for _ in starts]
        for m in mentions:
            k = bisect_right(starts, m.start) - 1
            if k >= 0:
                seg_m[k].append(m)
        for x in expansions:
            k = bisect_right(starts, x[1]) - 1
            if k >= 0:
                seg_e[k].append(x)
        for k, off in enumerate(starts):
            if seg_m[k] or seg_e[k]:
                self._build(text, seg_m[k], seg_e[k], off, out[k], claims_only)
        return out

    def _clause(self, clause: list, mentions: list[_Mention], expansions: list, question: bool, low: str) -> None:
        concepts = self._concepts
        first = len(mentions)
        seq: list = []  # (kind, start, end, mention-or-phrase) in order, for the backward/normal passes
        attr_events: list[tuple[int, int, tuple]] = []
        pre: tuple | None = None  # (polarity, phrase, attrs, position)
        last_comma = -1
        chunk = 0
        after_comma = special = hypothetical = False  # special: the clause has a normal statement to expand
        expanders = self._expanders
        pending: tuple | None = None  # an abnormal word waiting for its organ: "blunted left costophrenic angle"
        for start, end, kind, payload, attrs in clause:
            if kind == K_CONCEPT and pending is not None:
                if payload in pending[1] and start - pending[0] <= _ABN_FORWARD_CHARS:
                    self._mention(pending[1][payload], pending[0], end, chunk, pending[2], mentions, seq)
                pending = None
            if kind == K_CONCEPT:
                if after_comma and pre is not None and pre[0] is Polarity.ABSENT and (
                        (attrs and any(k in _SEV_OR_CHG for k, _ in attrs))
                        or any(v in low[start:end] for v in _CLAUSE_VERBS)):
                    pre = None  # "no effusion, the heart is enlarged" / "no effusion, mild cardiomegaly"
                m = _Mention(payload, start, end, chunk, attrs)
                if pre is not None:
                    if pre[0] is None:
                        m.dropped = m.decided = True
                    else:
                        m.pol, m.trigger, m.decided = pre[0], pre[1], True
                        for key, value in pre[2]:
                            m.set_attr(key, value)
                mentions.append(m)
                seq.append((K_CONCEPT, start, end, m))
                after_comma = False
                if payload in expanders:
                    special = True
                continue
            if kind == K_ATTR:
                attr_events.append((start, chunk, attrs))
                if after_comma and pre is not None and pre[0] is Polarity.ABSENT and any(
                        k in _SEV_OR_CHG for k, _ in attrs):
                    pre = None  # "no effusion, mild cardiomegaly": a new positive item
                continue
            if kind == K_ABN:
                organ = self._organ_before(seq, attrs, start)
                if organ is not None:
                    scope = pre
                    if pre is not None and pre[0] is Polarity.ABSENT and pre[3] < last_comma < organ[1]:
                        scope = None  # "no effusion, the heart is enlarged": a new clause after the comma
                    self._mention(attrs[organ[3].cid], organ[1], end, chunk, scope, mentions, seq)
                else:
                    pending = (start, attrs, pre)
                continue
            if kind == K_COMMA:
                chunk += 1
                after_comma = True
                last_comma = start
                if payload == ":":  # "No pneumothorax: a chest tube is in place"
                    pre = None
                continue
            if kind in _CHUNK_BREAKS:
                chunk += 1
            if kind in _PRE_POLARITY:
                if kind == K_UNC_BOTH:
                    self._backward(seq, Polarity.UNCERTAIN, payload, (), limit=1)
                pre = (_PRE_POLARITY[kind], payload, attrs, start)
            elif kind in _POST_POLARITY:
                self._backward(seq, _POST_POLARITY[kind], payload, attrs, limit=0)
                pre = None
            elif kind == K_TERM:
                if pre is not None and (pre[0] is not None or payload in _CONTRAST):
                    pre = None  # a hypothetical runs on over "there is": "whether there is an effusion"
            elif kind == K_NORMAL:
                special = True
                payload = attrs  # the organs this normal word is restricted to (empty: any)
            if kind == K_HYPO:
                hypothetical = True
            seq.append((kind, start, end, payload))
        if question or hypothetical:  # "Is there a pneumothorax?", "whether the lungs are clear"
            if question:
                for m in mentions[first:]:
                    m.dropped = True
            special = False
        if attr_events:
            attachable = self._attachable
            self._attach(attr_events, [s[3] for s in seq if s[0] == K_CONCEPT and s[3].cid in attachable])
        if not special:
            return
        for k, s in enumerate(seq):
            if s[0] == K_NORMAL:
                self._pair_normal(seq, k, expansions)
            elif s[0] == K_CONCEPT:
                cat = concepts[s[3].cid].category
                if (cat == "normal" and s[3].pol is Polarity.PRESENT) or (
                        cat == "group" and s[3].pol is Polarity.ABSENT):
                    expansions.append((concepts[s[3].cid].expands, s[1], s[2]))

    @staticmethod
    def _mention(cid: str, start: int, end: int, chunk: int, pre: tuple | None, mentions: list, seq: list) -> None:
        """A finding made of an organ and an abnormal word, scoped like any mention."""
        m = _Mention(cid, start, end, chunk, ())
        if pre is not None:
            if pre[0] is None:
                m.dropped = m.decided = True
            else:
                m.pol, m.trigger, m.decided = pre[0], pre[1], True
        mentions.append(m)
        seq.append((K_CONCEPT, start, end, m))

    def _organ_before(self, seq: list, mapping: dict, pos: int) -> tuple | None:
        """The organ an abnormal word describes: the nearest earlier organ of the clause that the
        word applies to, with no other claim in between ("the heart is enlarged")."""
        concepts = self._concepts
        for item in reversed(seq):
            if item[0] != K_CONCEPT:
                continue
            if item[1] < pos - _ABN_BACKWARD_CHARS:
                return None
            cid = item[3].cid
            if cid in mapping:
                return item
            if concepts[cid].category != "anatomy":
                return None
        return None

    @staticmethod
    def _backward(seq: list, pol: Polarity, phrase: str, attrs: tuple, limit: int) -> None:
        """Apply a post-trigger to earlier mentions of the clause, back to the previous stop."""
        done = 0
        for kind, _s, _e, obj in reversed(seq):
            if kind in _STOPS:
                return
            if kind == K_CONCEPT and not obj.decided:
                obj.pol, obj.trigger, obj.decided = pol, phrase, True
                for key, value in attrs:
                    obj.set_attr(key, value)
                done += 1
                if done == limit:
                    return

    @staticmethod
    def _attach(attr_events: list, claims: list[_Mention]) -> None:
        for pos, chunk, attrs in attr_events:
            same = [m for m in claims if m.chunk == chunk]
            target = next((m for m in same if m.start >= pos), None)
            if target is None and same:
                target = same[-1]
            if target is None:  # an item without a claim fills in what the previous claim lacks
                before = [m for m in claims if m.chunk < chunk]
                if not before:
                    continue
                target = before[-1]
                for key, value in attrs:
                    if key not in target.attrs:
                        target.set_attr(key, value)
                continue
            for key, value in attrs:
                target.set_attr(key, value)

    def _pair_normal(self, seq: list, k: int, expansions: list) -> None:
        """Pair the normal word at ``seq[k]`` with the organ(s) it describes."""
        concepts = self._concepts
        organs = []
        for j in range(k - 1, -1, -1):  # "heart size and mediastinal contours are normal"
            kind, _s, _e, obj = seq[j]
            if kind in _NORMAL_STOPS:
                break
            if kind == K_CONCEPT:
                cat = concepts[obj.cid].category
                if cat == "anatomy":
                    organs.append(seq[j])
                elif cat != "modality":
                    break
        if not organs:  # "clear lungs", "normal heart size"
            limit = seq[k][2] + _NORMAL_FORWARD_CHARS
            for item in seq[k + 1:]:
                if item[0] in _NORMAL_STOPS or item[1] > limit:
                    break
                if item[0] == K_CONCEPT:
                    if concepts[item[3].cid].category == "anatomy":
                        organs.append(item)
                    break
        allowed = seq[k][3]
        for _kind, s, e, obj in organs:
            if allowed and obj.cid not in allowed:
                continue
            exp = concepts[obj.cid].expands
            if exp:
                expansions.append((exp, min(s, seq[k][1]), max(e, seq[k][2])))

    def _build(self, text: str, mentions: list[_Mention], expansions: list, off: int,
               out: list[Finding], claims_only: bool) -> None:
        concepts = self._concepts
        mentioned: set[str] = set()
        unit = 0
        for m in mentions:
            if m.dropped:
                continue
            c = concepts[m.cid]
            cat = c.category
            if cat == "normal" or cat == "group" or (claims_only and cat == "anatomy"):
                continue
            if expansions and cat != "anatomy":
                mentioned.add(m.cid)
                mentioned |= c.ancestors
                mentioned |= c.descendants
            a = m.attrs
            out.append(Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                               a.get("laterality"), a.get("location"), a.get("severity"), a.get("change"),
                               m.trigger, "mention", unit) if a else
                       Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                               trigger=m.trigger, unit=unit))
            unit += 1
        if expansions:
            seen: set[tuple[int, int, str]] = set()
            for exp, s, e in expansions:
                made = False
                for cid in exp:
                    if cid in mentioned or (s, e, cid) in seen:
                        continue
                    seen.add((s, e, cid))
                    c = concepts[cid]
                    out.append(Finding(cid, c.name, c.category, Polarity.ABSENT, text[s:e], s - off, e - off,
                                       source="normal", unit=unit))
                    made = True
                unit += made
        if len(out) > 1:
            out.sort(key=_order)
