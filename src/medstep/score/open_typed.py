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
* ``count``: "How many ...?" (:func:`medstep.extract.open_count.asks_count`) with a whole-number gold; the numbers
  are read as the extractor reads them (:func:`medstep.extract.open_count.numbers`: "12 mm", "5th", "T12" count
  nothing), with the words carrying a count (``score/open_counts.COUNT_WORDS``: "single", "twins");
* ``level``: "At which vertebral level ...?", "Which vertebra ...?" with a gold such as "L1";
* ``site``: "Which organ / bone / joint / part / lobe / vessel ...?" with a gold that is one anatomical site
  (``answers/sites.tsv``) or one organ of the concept vocabulary (an anatomy concept whose ``expands`` column names
  its findings: "thyroid"; not "tissue" or "uptake"), maybe with a side or an ordinal ("left adrenal gland",
  "fifth metatarsal");
* ``modality``: "What imaging modality / type of imaging ...?" with a gold naming modalities of the vocabulary
  ("fluoroscopy", "PET/CT": each part of a gold joined by "/" or "-" is a value of it).

A value the answer names in a clause saying it is normal ("the right lung is clear", "T12 and L2 are intact",
"the left ovary is normal in size") is no value it gives: it names the contralateral or neighbouring side as normal.
A value denied ("no", "not", "rather than") is none either; the gold's own value denied or doubted ("possibly
left") keeps the answer from matching. Two different values ("left ... right", "four ... two ... one", "liver and
spleen"), a second modality, an alternative ("or", "versus", "differential") among two values or more: no match.
A site holding the gold's site ("upper limb" beside "humerus", "right upper abdomen" beside "liver") is no other
value; a site inside it is another ("spleen" or "liver" beside a gold "abdomen": the answer names an organ where the
gold is a region, and "the left lower lobe of the lung" answers another question than "lung"); a site or concept names the gold
by the same entry and the same words by the ladder (the site table files "lunate" under the wrist, the concepts file
"DWI" under MRI). A side or ordinal of the gold ("left", "fifth") must be the only one the answer gives.

Counted apart (``MatchStep.TYPED``) so a reader sees what it adds; the token recall, precision and F1 of such an
answer are the plain overlap, so a long answer gains nothing there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from medstep.answers import hedges, negation
from medstep.answers.asking import QUESTION_AUXILIARIES
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.sites import site_table, sites_in
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import KIND_NOUNS
from medstep.score.open_counts import COUNT_WORDS
from medstep.score.open_forms import forms, read
from medstep.score.open_narrow import narrowing

# The asking words of each type (after a "which" or "what"), read on the question in lower case. A side is asked by
# a paired part followed by the question's verb ("Which ovary contains ...?"), not by a noun it qualifies ("Which
# lung lobe ...?" asks a lobe).
_ASKS = {
    "side": lazy_compile(r"\b(?:which|what)\s+(?:side|laterality|ovary|kidney|lung|breast|eye|testis|testicle|"
                         r"hemithorax|hemisphere|adrenal|limb|leg|arm|hand|foot|knee|hip|shoulder)s?"
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

_SIDE = lazy_compile(r"\b(?:(left|right)|(bilateral)(?:ly)?|both\s+sides)\b")
_LEVEL = lazy_compile(r"\b([ctls])(\d{1,2})\b")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL = lazy_compile(r"\b(?:(" + "|".join(_ORDINALS) + r")|(\d{1,2})(?:st|nd|rd|th))\b")
# A word naming what lies around an organ ("peripancreatic", "pericolic", "paravertebral").
_AROUND = lazy_compile(r"(?:peri|para)[a-z]")
_COUNT_WORD = lazy_compile(r"\b(" + "|".join(COUNT_WORDS) + r")\b")

# A clause saying what it names is normal: a noun phrase of a few words (two joined by "and") before a copula and a
# word of normality. The phrase stops at a word that opens another clause or links another phrase.
_NORMAL = lazy_compile(r"\b(?:is|are|appears?|remains?|looks?|seems?)\s+(?:otherwise\s+|also\s+)?(?:normal|clear|"
                       r"intact|patent|unremarkable|spared|preserved)\b(?:\s+bilaterally)?")
_PHRASE_WORDS = 3
# A copula of a plural subject: only then does an "and" before the phrase join a second one ("the right ovary holds a
# cyst and the left ovary is normal" says nothing normal of the right).
_PLURAL = lazy_compile(r"(?:are|appear|remain|look|seem)\b")
_CLAUSE_STOPS = frozenset({"of", "with", "in", "at", "from", "on", "to", "by", "into", "is", "are", "was", "were",
                           "shows", "show", "while", "whereas", "but", "which", "that", "there", "s", "and", "or"})
_WORD = lazy_compile(r"[a-z0-9]+")
# What denies a value said right after it, within a few words ("no", "not", "rather than"): a denied value is none the
# answer gives.
_DOUBT_WINDOW = 3
_DENYING = frozenset(negation.DENY + negation.NEITHER + negation.EXCLUDED + ("than",))
# What doubts a value said within a few words of it ("possibly left", "MRI, most likely", "left or"): a doubted
# value is still one the answer offers. Not the words linking a finding to what it shows ("suggestive of a left
# effusion": the doubt is the finding's, ``answers/hedges.INFERRING``).
_LINKING = frozenset(w for phrase in hedges.INFERRING + hedges.IDENTIFYING for w in phrase.split())
_DOUBTING = frozenset(hedges.POSSIBILITY + hedges.LIKELIHOOD + hedges.ALTERNATIVE + ("or", "either", "predominantly")
                      + tuple(w for w in hedges.SUSPICION if w not in _LINKING)
                      + tuple(w for w in hedges.SUMMING if " " not in w))
# A bound or an approximation right before a value ("at least two", "about three"): the value is held open.
_BOUNDED = lazy_compile(hedges.words(hedges.BOUND, hedges.APPROXIMATE) + r"\s*$")
_DOUBT_AFTER = 2
# An alternative offered among the values ("left or right", "CT versus MRI", "differential includes ...").
_ALTERNATIVE = lazy_compile(r"\b(?:or|either|versus|vs|differential)\b")


@dataclass(frozen=True)
class _Value:
    """A value of a type an answer names: its ``key`` (a side, a number, a level, a site or concept id) and where."""

    key: str
    text: str
    start: int
    end: int
    site: bool = False


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
        return [_Value(m.group(1) + m.group(2), m.group(), m.start(), m.end()) for m in _LEVEL.finditer(low)]
    if kind == "count":
        from medstep.extract.open_count import numbers

        found = [_Value(str(int(v)), low[s:e], s, e) for s, e, v in numbers(low, question)]
        found += [_Value(str(COUNT_WORDS[m.group(1)]), m.group(), m.start(), m.end()) for m in _COUNT_WORD.finditer(low)]
        return sorted(found, key=lambda v: v.start)
    if kind == "site":
        out = [_Value(site, low[s:e], s, e, site=True) for site, s, e in sites_in(low)]
        vocab = vocabulary()
        for m in vocab.mentions(low):
            concept = vocab.concepts.get(m.concept)
            if concept is None or concept.category != "anatomy" or not concept.expands:
                continue  # an organ has findings it can be normal of; "tissue", "uptake" are no organ
            if _AROUND.match(low, m.start) is not None:
                continue  # "peripancreatic fat", "pericolic fat": the surroundings of an organ, not one
            if not any(v.start < m.end and m.start < v.end for v in out):
                out.append(_Value(m.concept, low[m.start:m.end], m.start, m.end))
        return sorted(out, key=lambda v: v.start)
    vocab = vocabulary()
    return [_Value(m.concept, low[m.start:m.end], m.start, m.end) for m in vocab.mentions(low)
            if m.concept in vocab.concepts and vocab.concepts[m.concept].category == "modality"]


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


_SIDED = lazy_compile(r"\s*(?:sided|side)?\s*")


def _side_of_asked(low: str, value: _Value, question: str) -> bool:
    """Whether a side the answer gives is a side of what the question asks about: to "Which side of the diaphragm is
    raised?" "left hemidiaphragm" is, "left hemithorax" (another place) is not. The place named right after the side
    must be the question's place or a part of it; a side with no place after it, or to a question naming no place,
    is the asked side."""
    asked = _places(normalize(question))
    if not asked:
        return True
    start = _SIDED.match(low, value.end)
    after = start.end() if start is not None else value.end
    ancestors = site_table().ancestors
    return all(any((p.key, p.site) == (q.key, q.site) or (p.site and q.site and q.key in ancestors[p.key]) for q in asked)
               for p in _places(low) if p.start == after)


def _places(low: str) -> list[_Value]:
    """The places ``low`` names: sites of the site table and organs of the concept vocabulary (``_values``)."""
    return _values("site", low, "")


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


def _denied(low: str, value: _Value) -> bool:
    """Whether a word denying stands within a few words before ``value``."""
    return any(w in _DENYING for w in _WORD.findall(low[:value.start])[-_DOUBT_WINDOW:])


def _doubted(low: str, value: _Value) -> bool:
    """Whether a word doubting stands within a few words before or right after ``value``, or a query mark at it."""
    near = _WORD.findall(low[:value.start])[-_DOUBT_WINDOW:] + _WORD.findall(low[value.end:])[:_DOUBT_AFTER]
    return any(w in _DOUBTING for w in near) or "?" in low[max(0, value.start - 2):value.end + 2] \
        or _BOUNDED.search(low, 0, value.start) is not None


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
    low = normalize(answer)
    normal = _said_normal(low)
    found = [v for v in _values(kind, low, question) if not any(s <= v.start and v.end <= e for s, e in normal)]
    mine = [v for v in found if _names_gold(v, golds, low_gold, kind, same)]
    if kind == "side":
        mine = [v for v in mine if _side_of_asked(low, v, question)]
    if not mine or not _all_named(mine, golds, low_gold, same) or any(_doubted(low, v) or _denied(low, v) for v in mine) \
            or (kind in ("site", "modality") and not any(_plainly_named(low, v, question) for v in mine)):
        return False
    others = [v for v in found if v not in mine and not _denied(low, v) and not _within(v, golds, kind)]
    if others:
        return False
    if len(found) > 1 and _ALTERNATIVE.search(low, found[0].start, found[-1].end) is not None:
        return False  # "PET or CT" to a gold "PET/CT": an alternative offered among the values
    return kind not in ("site", "side") or _qualifiers_agree(low_gold, low, normal, kind)


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


def _within(value: _Value, golds: list[_Value], kind: str) -> bool:
    """Whether ``value`` is no other value than the gold's: a site holding or inside the gold's, a modality the gold
    names (one part of "PET/CT", or its broader kind: "radiograph" beside "chest x-ray")."""
    if value.site:  # a site holding the gold's ("the right upper abdomen" beside "the liver"), not one inside it
        return any(g.site and value.key in site_table().ancestors[g.key] for g in golds)
    if kind == "modality":
        concepts = vocabulary().concepts
        return any(value.key == g.key or value.key in concepts[g.key].ancestors for g in golds)
    return False


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
