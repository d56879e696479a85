"""The ``typed`` rung of the open grader: an answer to a question asking for a value of a closed type matches when it
names exactly one value of that type and it is the gold's.

Why: models answer "Which side is the effusion?" with a sentence ("left-sided pleural effusion with blunting of the
left costophrenic angle"), "Which bone is fractured?" with "fracture of the left clavicle, midshaft", "How many
stones?" with "three echogenic foci ... consistent with three gallstones, the largest 12 mm". The earlier rungs
need every other word to frame or narrow the gold and miss them; a careful grader reads the question's asking word,
sees that the answer gives one side, one bone, one count, and grades that value.

The types, read from the question's asking words (never from a yes/no question):

* ``side``: "Which side ...?", "Which ovary / kidney / lung / eye ...?" with a gold that is a side (left, right,
  bilateral; "both sides" is bilateral);
* ``count``: "How many ...?" (:func:`medstep.extract.open_count.asks_count`) with a whole-number gold; the count is
  the one the extractor reads (:func:`medstep.extract.open_count.counted`: not "two or three", "at least 2", "two ...
  and a third"), every number counting the asked thing gives it (``score/open_typed_reads.counts``: "grade 3",
  "segment 4", "3 o'clock", "3 hours after" count nothing), and no vague quantity holds it open ("multiple stones,
  largest 3"); a count word ("single", "twins", ``score/open_counts.COUNT_WORDS``) counts when no count is added;
* ``level``: "At which vertebral level ...?", "Which vertebra ...?" with a gold such as "L1" ("T1-weighted" is no
  level; "the first lumbar vertebra" is L1); a neighbour or a set ("below L1", "L1 and others", "multilevel") is no
  one level;
* ``site``: "Which organ / bone / joint / part / lobe / vessel ...?" with a gold that is one anatomical site
  (``answers/sites.tsv``) or one organ of the concept vocabulary (an anatomy concept whose ``expands`` column names
  its findings: "thyroid"; not "tissue" or "uptake"), maybe with a side or an ordinal ("left adrenal gland",
  "fifth metatarsal"); an organ or bone named by its adjective ("ulnar", "hepatic": ``answers/wordforms.tsv``) is a
  value, another organ named by its enlargement ("hepatomegaly" beside a gold "spleen") keeps the answer from matching
  (the gold's own, "splenomegaly" for "spleen", restates it), and so does the gold's name
  qualifying another structure ("thyroid cartilage") or a neighbour of it ("the organ next to the spleen");
* ``modality``: "What imaging modality / type of imaging ...?" with a gold naming modalities of the vocabulary
  ("fluoroscopy", "PET/CT": each part of a gold joined by "/", "+" or "and" is a value of it).

What keeps an answer from matching is read by ``score/open_typed_reads.py`` (precision first: in doubt, no match):
a doubt, a query mark or a correction anywhere ("possibly left", "unclear", "C5? no, C6"); the side across from a
named one ("opposite the left", "contralateral"); the gold's value denied or called normal anywhere in its clause,
before or after it ("left: none", "spleen excluded", "left normal", "L1 intact"). Another value denied in its clause
("not the liver") is none the answer gives, another called normal ("the right lung is clear", "T12 and L2 are
intact") neither. Two different values ("left ... right", "left more than right", "liver and spleen"), a second
modality: no match. A side must be the asked thing's: alone ("on the left", "left-sided") or followed by a word of the
question ("left pleural effusion") or a part of the question's place ("left hemidiaphragm"), never by another word
("left ventricular hypertrophy", "the left image"). A region holding the gold's site named by its own name ("upper
limb" beside "humerus", "right upper quadrant" beside "liver") is no other value; a site inside it is another
("spleen" beside a gold "abdomen"); a name the tables file under a broader entry is another value of its own
("lunate" is filed under the wrist, "DWI" and "T2" under MRI), so a list of siblings never matches. A side or ordinal
of the gold ("left", "fifth") must be the only one the answer gives.

Counted apart (``MatchStep.TYPED``) so a reader sees what it adds; the token recall, precision and F1 of such an
answer are the plain overlap, so a long answer gains nothing there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from medstep.answers.asking import QUESTION_AUXILIARIES
from medstep.answers.concepts import LATERALITIES, normalize, vocabulary
from medstep.answers.eye_sides import eye_sides, unresolved_latin
from medstep.answers.sites import site_table, sites_in
from medstep.answers.text import ORDINAL_WORDS
from medstep.answers.wordforms import word_head
from medstep.extract.clauses import NORMAL_WORDS
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import KIND_NOUNS
from medstep.score.open_counts import COUNT_WORDS
from medstep.score.open_forms import forms, read
from medstep.score.open_narrow import narrowing
from medstep.score import open_typed_reads as reads

# The asking words of each type (after a "which" or "what"), read on the question in lower case. A side is asked by
# a paired part followed by the question's verb ("Which ovary contains ...?"), not by a noun it qualifies ("Which
# lung lobe ...?" asks a lobe).
# The paired parts of the body: a side of one is a half of the body ("left kidney" answers "Which side is the
# hydronephrosis?"), and a question naming one asks a side ("Which ovary ...?").
_PAIRED = ("ovary", "kidney", "lung", "breast", "eye", "testis", "testicle", "hemithorax", "hemisphere", "adrenal", "limb",
           "leg", "arm", "hand", "foot", "knee", "hip", "shoulder")
_ASKS = {
    "side": lazy_compile(r"\b(?:which|what)\s+(?:side|laterality|" + "|".join(_PAIRED) + r")s?"
                         r"(?=\s+(?:is|are|was|were|has|have|had|does|do|did|contains?|holds?|bears?|shows?|of|on|in|appears?|"
                         r"demonstrates?)\b|\s*\?)|\blaterality\b"),
    "level": lazy_compile(r"\b(?:which|what)\s+(?:vertebral\s+|spinal\s+)?(?:level|vertebra|vertebral\s+body)\b"),
    "site": lazy_compile(r"\b(?:which|what)\s+(?:organ|bone|joint|gland|vessel|artery|vein|lobe|segment|chamber|"
                         r"structure|anatomical\s+structure|body\s+part|part\s+of\s+the\s+\w+)\b"),
    "modality": lazy_compile(r"\bmodality\b|\b(?:type|kind)\s+of\s+(?:imaging|study|scan|image|examination|exam)\b|"
                             r"\bimaging\s+technique\b"),
}
# A yes/no question: opening on an auxiliary ("Is the effusion on the left?"); it asks for no value.
_YES_NO = lazy_compile(r"^\W*(?:" + "|".join(QUESTION_AUXILIARIES) + r")\b")

# A side: the laterality words of the concepts file (``answers/concepts.LATERALITIES``), "bilaterally", "both sides".
_SIDE = lazy_compile(r"\b(?:(" + "|".join(w for w in LATERALITIES if w != "bilateral") + r")|(bilateral)(?:ly)?|"
                     r"both\s+sides)\b")
# A vertebral level, not an MRI weighting or sequence ("T1-weighted", "T2 images": ``verify/aligned_places``).
_LEVEL = lazy_compile(r"\b([ctls])(\d{1,2})\b(?!\s*(?:weighted|w\b|images?|sequences?|signal|hyper|hypo))")
# A level spelled out ("the first lumbar vertebra"): the region's letter and the ordinal's number.
_REGIONS = {"cervical": "c", "thoracic": "t", "dorsal": "t", "lumbar": "l", "sacral": "s"}
_ORDINALS = ORDINAL_WORDS[:10]  # (first to tenth)
_ORDINAL = lazy_compile(r"\b(?:(" + "|".join(_ORDINALS) + r")|(\d{1,2})(?:st|nd|rd|th))\b")
# A word naming what lies around an organ ("peripancreatic", "pericolic", "paravertebral").
_AROUND = lazy_compile(r"(?:peri|para)[a-z]")
_COUNT_WORD = lazy_compile(r"\b(" + "|".join(COUNT_WORDS) + r")\b")
_SPELLED_LEVEL = lazy_compile(r"\b(" + "|".join(_ORDINALS) + r")\s+(" + "|".join(_REGIONS) + r")\b")
# A head noun after an organ's or a bone's name making it another structure's qualifier ("thyroid cartilage",
# "kidney stone" is still the kidney's): the structures lying beside an organ, never the organ.
_OTHER_STRUCTURE = lazy_compile(r"\s+(?:cartilages?|arter(?:y|ies)|veins?|nerves?|muscles?|ducts?|ligaments?|tendons?|"
                                r"vessels?|nodes?)\b")
# A count added to a count word ("a single live fetus and a second one", "twins and another").
_ADDED_COUNT = lazy_compile(r"\b(?:second|third|another|additional|further|others?|more)\b")

# A clause saying what it names is normal: a noun phrase of a few words (two joined by "and") before a copula and a
# word of normality. The phrase stops at a word that opens another clause or links another phrase.
_NORMAL = lazy_compile(r"\b(?:is|are|appears?|remains?|looks?|seems?)\s+(?:otherwise\s+|also\s+)?(?:" + NORMAL_WORDS
                       + r"|preserved\b)(?:\s+bilaterally)?")
_PHRASE_WORDS = 3
# A copula of a plural subject: only then does an "and" before the phrase join a second one ("the right ovary holds a
# cyst and the left ovary is normal" says nothing normal of the right).
_PLURAL = lazy_compile(r"(?:are|appear|remain|look|seem)\b")
_CLAUSE_STOPS = frozenset({"of", "with", "in", "at", "from", "on", "to", "by", "into", "is", "are", "was", "were",
                           "shows", "show", "while", "whereas", "but", "which", "that", "there", "s", "and", "or"})
_WORD = lazy_compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class _Value:
    """A value of a type an answer names: its ``key`` (a side, a number, a level, a site or concept id) and where."""

    key: str
    text: str
    start: int
    end: int
    site: bool = False
    adjective: bool = False  # named by its adjective ("tibial", "renal"): the gold's own when its key is the gold's


def asked_type(question: str) -> str | None:
    """The closed type ``question`` asks a value of (module docstring), or ``None``."""
    from medstep.extract.open_count import asks_count  # the extractor's reading of a question asking how many

    low = question.lower()
    if _YES_NO.search(low) is not None:
        return None
    if asks_count(question):
        return "count"
    return next((kind for kind, asks in _ASKS.items() if asks.search(low) is not None), None)


def _values(kind: str, low: str, question: str) -> list[_Value]:
    """The values of type ``kind`` the lower-case ``low`` names, in order."""
    if kind == "side":
        return [_Value(_side_key(m), m.group(), m.start(), m.end()) for m in _SIDE.finditer(low)]
    if kind == "level":
        levels = [_Value(m.group(1) + m.group(2), m.group(), m.start(), m.end()) for m in _LEVEL.finditer(low)]
        levels += [_Value(_REGIONS[m.group(2)] + str(_ORDINALS.index(m.group(1)) + 1), m.group(), m.start(), m.end())
                   for m in _SPELLED_LEVEL.finditer(low)]
        return sorted(levels, key=lambda v: v.start)
    if kind == "count":
        from medstep.extract.open_count import numbers

        found = [_Value(str(int(v)), low[s:e], s, e) for s, e, v in numbers(low, question)]
        found += [_Value(str(COUNT_WORDS[m.group(1)]), m.group(), m.start(), m.end()) for m in _COUNT_WORD.finditer(low)]
        return sorted(found, key=lambda v: v.start)
    if kind == "site":
        out = [_Value(site, low[s:e], s, e, site=True) for site, s, e in sites_in(low)]
        taken = _Taken(len(low), out)
        vocab = vocabulary()
        for m in vocab.mentions(low):
            concept = vocab.concepts.get(m.concept)
            if concept is None or concept.category != "anatomy" or not concept.expands:
                continue  # an organ has findings it can be normal of; "tissue", "uptake" are no organ
            if _AROUND.match(low, m.start) is not None:
                continue  # "peripancreatic fat", "pericolic fat": the surroundings of an organ, not one
            if not taken.overlaps(m.start, m.end):
                out.append(taken.add(_Value(m.concept, low[m.start:m.end], m.start, m.end)))
        for w in _WORD.finditer(low):  # an organ or a bone named by its adjective ("ulnar", "hepatic", "renal")
            head = word_head(w.group())
            if head != w.group() and not taken.overlaps(w.start(), w.end()):
                out += [taken.add(_Value(site, w.group(), w.start(), w.end(), True, True))
                        for site, _, _ in sites_in(head)[:1]]
        return sorted(out, key=lambda v: v.start)
    vocab = vocabulary()
    return [_Value(m.concept, low[m.start:m.end], m.start, m.end) for m in vocab.mentions(low)
            if m.concept in vocab.concepts and vocab.concepts[m.concept].category == "modality"]


class _Taken:
    """The characters of a text the values found so far cover, so that whether a new span overlaps one of them is
    read from its own characters, not from every value before it (quadratic on a long answer naming a place at every
    other word). An empty value covers no character; it is compared with each span as before."""

    def __init__(self, size: int, values: list[_Value]) -> None:
        self._covered = bytearray(size)
        self._empty: list[_Value] = []
        for v in values:
            self.add(v)

    def add(self, v: _Value) -> _Value:
        if v.end > v.start:
            self._covered[v.start:v.end] = b"\x01" * (v.end - v.start)
        else:
            self._empty.append(v)
        return v

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the span ``start:end`` overlaps a value taken (``v.start < end and start < v.end``)."""
        if any(v.start < end and start < v.end for v in self._empty):
            return True
        return end > start and any(self._covered[start:end])


def _said_normal(low: str) -> list[tuple[int, int]]:
    """The spans of ``low`` in clauses saying what they name is normal (module docstring)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(low)]
    spans = []
    for m in _NORMAL.finditer(low):
        before = [w for w in words if w[0] < m.start()]
        start = m.start()
        while True:
            taken = 0
            while before and taken < _PHRASE_WORDS and before[-1][1] not in _CLAUSE_STOPS:
                start = before.pop()[0]
                taken += 1
            if taken and len(before) > 1 and before[-1][1] == "and" and _PLURAL.match(m.group()) is not None:
                before.pop()  # "T12 and L2 are intact": a second phrase joined to the first by a plural verb
                continue
            break
        spans.append((start, m.end()))
    return spans


# The words placing a finding in a part ("in the", "of the", "at the"): what follows them is where the finding lies.
_PLACING = frozenset({"in", "on", "of", "at", "within", "involving", "the", "a", "an"})
_SIDED = lazy_compile(r"\s*(?:sided|side)?\s*")


def _side_of_asked(low: str, value: _Value, question: str, asked: frozenset[str]) -> bool:
    """Whether a side the answer gives is a side of what the question asks about. It is when it stands alone ("on the
    left", "left.", "left-sided"), or when a word of the question follows within a few words ("left pleural effusion"
    to "Which side is the effusion on?"), or when the place named right after it is the question's place or a part
    of it ("left hemidiaphragm" to "Which side of the diaphragm ...?"), or a paired part ("left kidney"). Any other word after it makes it a side of
    something else ("left ventricular hypertrophy", "left atrial enlargement", "the left image"): not the asked side.
    A question naming a place is answered by a side of that place only ("left hemithorax" is no side of the
    diaphragm)."""
    start = _SIDED.match(low, value.end)
    after = start.end() if start is not None else value.end
    lo, hi = reads.clause_of(low, value.start, value.end)
    rest = [w.group() for w in islice(_WORD.finditer(low, after, hi), 3)]  # its first three words: all it reads
    if not rest or low[value.end:after].strip() in ("sided", "side") or rest[0] == "one":
        return True  # "on the left", "left-sided", "the left one": the side alone
    places = _places(normalize(question))
    if places:  # the side of the question's place or of a part of it, and nothing else
        ancestors = site_table().ancestors
        here = [p for p in _places(low) if p.start == after]
        return bool(here) and all(any((p.key, p.site) == (q.key, q.site) or (p.site and q.site and q.key in
                                                                            ancestors[p.key]) for q in places)
                                  for p in here)
    if any(w[:5] in asked for w in rest[:3] if len(w) > 3):
        return True  # "left pleural effusion": the asked thing's side
    if rest[0].removesuffix("s") in _PAIRED:
        return True  # "left kidney shows dilatation" to "Which side is the hydronephrosis?": a half of the body
    before = _last_words(low, lo, value.start, 3)
    placed = before[:]
    while placed and placed[-1] in _PLACING:
        placed.pop()
    return bool(placed) and len(placed) < len(before) and placed[-1][:5] in asked  # "consolidation in the right
    # lower lobe": the asked thing placed in the side's part


def _last_words(low: str, lo: int, end: int, count: int) -> list[str]:
    """``_WORD.findall(low[lo:end])[-count:]``, read from a few words before ``end`` (cut at no word) unless they hold
    fewer than ``count`` words: the whole clause read for each side an answer names was quadratic."""
    start = max(lo, end - 16 * count)
    while start > lo and _WORD.match(low, start - 1) is not None:
        start -= 1
    found = _WORD.findall(low, start, end)
    return (found if len(found) >= count or start == lo else _WORD.findall(low, lo, end))[-count:]


def _stops(named: list[_Value], end: int) -> dict[int, int]:
    """Where the value after each of ``named`` starts: the first in order starting at or after its end (``end`` for
    none). Found by bisection when ``named`` is in text order (each value's search of the whole list was quadratic on
    an answer naming a side at every other word)."""
    starts = [v.start for v in named]
    if starts != sorted(starts):
        return {id(v): next((w.start for w in named if w.start >= v.end), end) for v in named}
    return {id(v): starts[i] if (i := bisect_left(starts, v.end)) < len(starts) else end for v in named}


@lru_cache(maxsize=64)
def _places(low: str) -> tuple[_Value, ...]:
    """The places ``low`` names: sites of the site table and organs of the concept vocabulary (``_values``). Memoised:
    each side an answer gives asks for the places of the whole answer, once per side otherwise (quadratic on a long
    answer naming a side at every other word)."""
    return tuple(_values("site", low, ""))


def _plainly_named(low: str, value: _Value, question: str) -> bool:
    """Whether the words right before a site or modality ``value`` in its noun phrase are known narrowing words
    (``score/open_narrow.py``: "proximal", "contrast-enhanced"): "foo bar clavicle" or "normal-appearing kidney" names
    no bone or organ the grader can take. A side, count or level is a word of its own, judged by its doubt words."""
    before, own = forms(read(low[:value.end]).words), forms(read(value.text).words)
    if not own or before[-len(own):] != own:
        return True  # the value's words read otherwise in the sentence: nothing before it to judge
    lo = len(before) - len(own)
    while lo > 0 and (_SIDE.fullmatch(before[lo - 1]) or _ORDINAL.fullmatch(before[lo - 1]) or before[lo - 1].isdigit()):
        lo -= 1  # a side or an ordinal ("left", "fifth", which the forms write "5"), judged with the gold's
    return narrowing(before, lo, len(before), tuple(forms(read(question).words))) is not None


def _content(gold: str, kind: str, values: list[_Value]) -> str:
    """What is left of the lower-case ``gold`` without its values, sides, ordinals and kind nouns ("side", "gland")."""
    rest = gold
    for v in sorted(values, key=lambda v: -v.start):
        rest = rest[:v.start] + " " + rest[v.end:]
    rest = _ORDINAL.sub(" ", _SIDE.sub(" ", rest)) if kind in ("site", "side") else rest
    return " ".join(w for w in _WORD.findall(rest) if w not in KIND_NOUNS and w not in ("the", "a", "an"))


def typed_match(answer: str, gold: str, question: str, same: Callable[[str, str], bool]) -> bool:
    """Whether ``answer`` names exactly one value of the type ``question`` asks and it is ``gold``'s (module
    docstring). ``same`` says whether two texts are one answer by the ladder's first rungs (a modality's or an
    organ's other name: "fluoroscopic" and "fluoroscopy")."""
    kind = asked_type(question)
    if kind is None:
        return False
    low_gold = normalize(gold).strip()
    parts = [p for p in re.split(r"\s*[/+]\s*|\s+and\s+", low_gold) if p] if kind == "modality" else [low_gold]
    golds = [v for p in parts for v in _values(kind, p, question)]
    if not golds or any(_content(p, kind, _values(kind, p, question)) for p in parts):
        return False  # the gold is no value of the asked type alone
    if kind in ("site", "count", "level", "side") and len({v.key for v in golds}) != 1:
        return False
    asked = [q for q in _values(kind, normalize(question), question) if any(same(q.text, g.text) for g in golds)]
    if asked and kind not in ("count", "side"):
        return False  # "Which lobe of the liver ...?" "liver": every answer repeats the question's value
    if kind == "side":
        if unresolved_latin(answer, question):
            return False  # "Right eye (OS)", "OD and OS": no single side
        answer = eye_sides(answer, question)  # "OS" as "left eye"
    low = normalize(answer)
    if reads.blocked(low, kind):
        return False  # a doubt, a query, a correction, the side across, a neighbour (``score/open_typed_reads.py``)
    words = reads.asked_words(normalize(question))
    normal = _said_normal(low)
    named = _values(kind, low, question)
    stops = _stops(named, len(low))

    def denied(v: _Value) -> bool:
        return reads.denied(low, v.start, v.end, words, stops[id(v)])

    def called_normal(v: _Value) -> bool:
        return reads.said_normal(low, v.start, v.end, words, stops[id(v)])

    # another value is none the answer gives only when a clause with a copula calls it normal ("the right lung is
    # clear"); a bare normal word ("left kidney, right normal") keeps it a value (precision first), but keeps the gold's
    # own value from matching below
    found = [v for v in named if not any(s <= v.start and v.end <= e for s, e in normal)]
    if kind == "count":
        return _count_matches(low, question, golds[0].key, [v for v in found if not denied(v)], words)
    mine = [v for v in found if _names_gold(v, golds, low_gold, kind, same)]
    if kind == "side":
        mine = [v for v in mine if _side_of_asked(low, v, question, words)]
    if not mine or not _all_named(mine, golds, low_gold, same) \
            or (kind in ("site", "modality") and not any(_plainly_named(low, v, question) for v in mine)):
        return False
    if any(denied(v) or called_normal(v) for v in named if _names_gold(v, golds, low_gold, kind, same)):
        return False  # the gold's value denied or called normal anywhere ("the spleen is not enlarged; the liver is")
    if kind == "site" and (reads.other_enlargement(low, golds[0].key)
                           or any(_OTHER_STRUCTURE.match(low, v.end) is not None or reads.related(low, v.start)
                                  for v in mine)):
        return False  # another organ named by its enlargement ("hepatomegaly"), the gold's name qualifying another structure
        # ("thyroid cartilage"), a neighbour of it ("the organ next to the spleen")
    kept = set(mine)  # (a set: a list read per value was quadratic, "right lung left lung " * 1900 10.6 s)
    others = [v for v in found if v not in kept and not denied(v) and not _within(v, golds, kind, same)
              and not (kind == "side" and v.key == golds[0].key)]  # the gold's side of another part: no other side
    if others:
        return False
    if kind in ("modality", "site") and _listed(low, found):
        return False  # a list of modalities, sequences or organs ("T1, T2, FLAIR, DWI, MRI"): never one answer
    return kind not in ("site", "side") or _qualifiers_agree(low_gold, low, normal, kind)


# What stands between two listed values: a mark or a joining word, maybe around one item the type does not know
# ("T1, T2 and FLAIR", "ultrasound, doppler, elastography, echo"); spaces alone list nothing ("PET CT fused").
_LISTING = lazy_compile(r"\s*(?:[,;/&+]|\band\b|\bor\b)\s*(?:(?:and\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*[,;/]\s*)?(?:and\s+|or\s+)?")
_LISTED = 3


def _listed(low: str, values: list[_Value]) -> bool:
    """Whether ``low`` lists three values of the type or more, one after another with only marks between."""
    run = 1
    for a, b in zip(values, values[1:]):
        run = run + 1 if _LISTING.fullmatch(low, a.end, b.start) is not None else 1
        if run >= _LISTED:
            return True
    return False


def _count_matches(low: str, question: str, gold: str, found: list[_Value], words: frozenset[str]) -> bool:
    """Whether the answer's count is the gold's: every number counting the asked thing (``reads.counts``: not "grade
    3", "segment 4", "3 o'clock") gives it, the extractor reads it as the count
    (:func:`medstep.extract.open_count.counted`: not "two or three", "at least 2", "two ... and a third"), and no
    vague quantity holds it open ("multiple stones, largest 3")."""
    from medstep.extract.open_count import counted  # the extractor's count of an answer

    if reads.count_open(low):
        return False
    counting = [v for v in found if reads.counts(low, v.start, v.end, words)]
    if not counting or any(v.key != gold for v in counting):
        return False
    if all(_COUNT_WORD.fullmatch(v.text) for v in found):
        return _ADDED_COUNT.search(low) is None  # "a single fetus and a second one": a count added
    said = counted(reads.without_measures(low), question)
    return said is not None and reads.number_value(said) == int(gold)


def _names_gold(value: _Value, golds: list[_Value], gold: str, kind: str, same: Callable[[str, str], bool]) -> bool:
    """Whether an answer's ``value`` names (a part of) the gold's: the same key, and for a site or a concept, whose
    entries are broad ("lunate" is a name of the wrist, "t2" and "dwi" are both MRI), the same words by the ladder
    ("fluoroscopic" and "fluoroscopy"; the whole gold, or one part of a gold "PET/CT")."""
    if kind in ("side", "count", "level"):
        return value.key == golds[0].key
    return any(value.key == g.key and (same(value.text, g.text) or same(value.text, gold)) for g in golds)


def _all_named(mine: list[_Value], golds: list[_Value], gold: str, same: Callable[[str, str], bool]) -> bool:
    """Whether the answer's values name every value of the gold: the whole gold once ("PET-CT" as "fused PET CT"), or
    each of its parts ("PET/CT" as "PET ... CT"; "CT" alone names one part)."""
    return any(same(v.text, gold) for v in mine) or {g.key for g in golds} <= {v.key for v in mine}


def _within(value: _Value, golds: list[_Value], kind: str, same: Callable[[str, str], bool]) -> bool:
    """Whether ``value`` is no other value than the gold's: the gold's site or a region holding it, named by the
    entry's own name ("thorax" beside "chest") ("the right upper quadrant" beside "the liver", "wrist joint" beside "scaphoid"), or a modality holding
    the gold's ("radiograph" beside "chest x-ray") or the gold's own in other words ("fluoroscopic"). A name the table
    files under a broader entry is another value: "lunate" (filed under the wrist) beside "scaphoid", "T2" and "DWI"
    (filed under MRI) beside each other: a list of siblings never matches."""
    if value.site and value.adjective and any(value.key == g.key for g in golds):
        return True  # "the tibial plateau of the tibia": the gold's own adjective
    if value.site:
        return any(g.site and value.key in site_table().ancestors[g.key] and _region_name(value) for g in golds)
    if kind == "modality":
        concepts = vocabulary().concepts
        return any(same(value.text, g.text) or (value.key == g.key and _own_name(g.text, g.key, same))
                   or (value.key != g.key and value.key in concepts[g.key].ancestors) for g in golds)
    return False


def _own_name(text: str, key: str, same: Callable[[str, str], bool]) -> bool:
    """Whether a gold modality ``text`` is its concept's own name ("MRI", "PET"): then every name filed under it names
    it ("T2", "FDG uptake"); a gold filed under a broader concept ("FLAIR" under MRI) has siblings that are not it."""
    concept = vocabulary().concepts[key]
    return same(text, concept.name) or same(text, key)


def _region_name(value: _Value) -> bool:
    """Whether a site ``value`` is named by its entry's own name (the entry id's words: "wrist", "right upper
    quadrant") or one of the entry's first two names ("chest" for the thorax), not a narrower structure filed under it
    in the table ("lunate", "carpal bone" under the wrist)."""
    own = value.key.replace("_", " ")
    names = [n for n, k in site_table().names.items() if k == value.key][:2]
    return own in value.text or any(value.text.rstrip("s") == n for n in names)


def _qualifiers_agree(gold: str, low: str, normal: list[tuple[int, int]], kind: str) -> bool:
    """Whether each side and ordinal the gold gives is the only one of its kind the answer gives outside a clause
    saying it is normal ("left middle cerebral artery": no "right" elsewhere)."""
    for pattern, key in ((_SIDE, _side_key), (_ORDINAL, _ordinal_key)):
        if kind == "side" and pattern is _SIDE:
            continue  # the side is the value itself
        wanted = {key(m) for m in pattern.finditer(gold)}
        if not wanted:
            continue
        said = {key(m) for m in pattern.finditer(low) if not any(s <= m.start() and m.end() <= e for s, e in normal)}
        if said != wanted:
            return False
    return True


def _side_key(m: re.Match[str]) -> str:
    return m.group(1) or "bilateral"


def _ordinal_key(m: re.Match[str]) -> str:
    """An ordinal as its number ("fifth" and "5th" alike)."""
    return str(_ORDINALS.index(m.group(1)) + 1) if m.group(1) else m.group(2)


__all__ = ["asked_type", "typed_match"]
