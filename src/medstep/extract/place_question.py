"""A closed question asking WHERE its subject is, answered by where the reply places it: "Is the catheter tip in the
right atrium?" - "The tip projects over the lower SVC, about 2 cm above the cavoatrial junction — not in the right
atrium." (no); "Is the lesion in the right upper lobe?" - "The lesion is located in the right lower lobe." (no);
"Is the stone in the ureter?" - "The stone is located in the kidney, not in the ureter." (no).

The places are the sites of ``answers/sites.py`` (one site lies in another: a lobe in its lung) with the side words of
``extract/antonym_question.py``. Read only when the question is "Is/Are the <subject> [located] in/within/at the
<place>?" whose place ends with one site's name, and the reply is short, hedges nowhere, offers no two places ("in the
X or the Y"), says nothing of extension ("extends into"), names the subject's own noun (a device question: or its tip)
and no device the question does not ask. Only sentences naming the subject (its last word, a tip, or "it") are read,
and one of them that denies the subject ("No nodule is seen in ...") or speaks of an earlier time ("was in the
stomach") gives no reading; in them a site counts as placed when "in / within / at / over / inside / involves / arises from the"
stands before it (a site after "above", "below" or "near" is a landmark, not a place), and as denied when "not" or
"does not reach" / "separate from" does. Each placed or denied site is the asked place (itself, or a part of it on the
same side), another place of its region (no part of the asked one, or the other side), or neither (a broader place, a
place of another region, a side left unsaid, a junction that lies in the asked place and another: undecided). The asked place denied, or every placed site another place,
is a no; every placed site the asked place (and the asked place denied nowhere) is a yes; anything mixed or undecided
is no reading: a wrong yes/no is worse than none. Rule ``implicit_place``.

After review (/work/coord/review_place37.md) it also declines: a question asking a part of its site ("the neck of
the femur", "the posterior horn of the medial meniscus": the reply's organ alone cannot answer it); a site after
"level of" or "junction of" (a landmark); the carina against the trachea or a main bronchus (``sites.BORDERS``); a
surface region of the abdomen against another site (``sites.SURFACE_REGIONS``: they overlap); a "catheter" with
a qualifier to a central-line question (a pericardial drain is no line). A no needs the subject's only place: none
when a sentence about it brings in another finding or a second one ("also", "another", "with", "associated"), or its
noun carries a site ("right upper lobe nodule", "liver lesion"); that modifier naming another place blocks a yes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from medstep.answers import NO, YES, hedges
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.sites import SURFACE_REGIONS, bordering, site_table, sites_in, tail_start
from medstep.answers.wordforms import word_head
from medstep.extract import antonyms, implicit
from medstep.extract.compartments import NEGATED
from medstep.extract.antonym_question import sides_named
from medstep.lazyre import lazy_compile

RULE = "implicit_place"

# "Is the central venous catheter tip in the right atrium?", "Is the nodule located in the upper lobe?"
_ASK = lazy_compile(
    r"(?i)^\s*(?:is|are)\s+(?:the|this|that)\s+(?P<subject>[a-z][a-z -]{1,48}?)\s+(?:(?:located|situated|"
    r"positioned|placed|lodged|lying|sitting|seen)\s+)?(?:in|within|at)\s+the\s+(?P<place>[a-z][a-z -]{2,60}?)"
    r"\s*\?\s*$"
)
# Words before a site that place the subject there, and those that deny it (each ends where the site's words begin,
# after "the" and up to four words: "over the lower SVC", "in the posterior basal right lower lobe").
_BEFORE = r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$"
_PLACED = lazy_compile(r"\b(?:in|within|at|over|inside|involves|involving|arises\s+from|arising\s+from)" + _BEFORE)
# The words of a denial of the place ("is not in the right atrium", "does not reach the stomach"), one list read twice:
# before a site they deny it there (``_DENIED``); set aside (``_DENIAL_CUE``), any other negation left in a sentence
# about the subject ("No nodule is seen in the right lung.") denies the subject, not the place.
_DENIAL_VERBS = ("located", "seen", "lying", "situated", "positioned", "placed")
_DENIAL_PREPOSITIONS = ("in", "within", "at", "over", "inside", r"reach(?:es|ing)?", r"enter(?:s|ing)?")
# ... and a place set against the one named before it, its preposition shared: "in the airway, not the stomach".
_DENIAL = (rf"(?:\b(?:not|never)\s+(?:(?:{'|'.join(_DENIAL_VERBS)})\s+)?(?:{'|'.join(_DENIAL_PREPOSITIONS)})\b"
           r"|(?:(?<=[,;—–])|^)\s*(?:but\s+)?not(?=\s+the\b))")  # (a clause of its own: "^")
_DENIED = lazy_compile(_DENIAL + _BEFORE + r"|\bseparate\s+from" + _BEFORE)
_DENIAL_CUE = lazy_compile("(?i)" + _DENIAL)
_BEFORE_WORDS = 8  # the most runs of non-space characters ``_PLACED`` / ``_DENIED`` span (searched from there on)
# A reply that offers two places, or a course, says no one place: "in the stomach or the oesophagus", "extends into".
_UNSETTLED = lazy_compile(
    r"(?i)\b(?:or|either|extends?|extending|extension|passes|passing|crosses|crossing|toward|towards)\b"
)
# A place at an earlier time: "The tube was in the stomach before.", "previously in the oesophagus": which is now?
_EARLIER = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_WORDS, ("was", "were", "had")))
# A site after "level of" or "junction of/between" is a landmark, not the place ("at the level of the carina", "at the
# junction of the SVC and right atrium"), unless a placing word follows the landmark ("level of T4 in the SVC").
_LANDMARK = lazy_compile(r"\b(?:level|junction)\s+(?:of|with|between)\b")
# A site named just before "junction" ("at the SVC/right atrium junction", "the SVC-atrial junction") is one side of a
# landmark too: the junction lies in both places it joins.
_JUNCTION_AFTER = lazy_compile(r"\s*(?:(?:/|-|\band\b)\s*[a-z ]{1,40}?\s*)?junction\b")
_PLACING = lazy_compile(r"\b(?:in|within|inside)\b")
# Words that bring a second finding or a second one of the subject into a sentence about it ("There is also a nodule in
# the left lower lobe", "Another lesion is present in the liver", "mass with metastases in the liver", "It is associated
# with an effusion in the right pleural space"): a site there may be the other finding's, so it cannot make a no.
_SECOND = lazy_compile(r"(?i)\b(?:also|another|second|additional|further|other|with|associated)\b")
# The words just before the subject's noun, where a site or an organ's adjective places it ("Right upper lobe nodule",
# "Liver lesion", "Left renal mass"): a place this reader does not weigh, so it lets no no through.
_MODIFIERS = lazy_compile(r"(?<![a-z-])(?:[a-z-]+ ){1,4}$")
_PRONOUNS = frozenset({"it", "tip", "its"})
# A line named in general ("the catheter") and a central line (or PICC) are one device to this reader: the vocabulary
# keeps "catheter" apart (a urinary catheter, a drain are one too), so a reply's bare "catheter" (only a determiner
# before it) to a central-line question is no other; "pericardial drain catheter", "Foley catheter" are other devices.
_LINES = frozenset({"catheter", "central_venous_catheter", "picc", "support_devices"})
_BARE_LINE = lazy_compile(r"(?:^|\b(?:the|a|an|this|its)\s+)$")
_WORD = lazy_compile(r"[a-z]+")


class Relation(Enum):
    """How a site the reply names stands to the asked place."""

    SAME = "same"  # the asked place or a part of it, on its side
    OTHER = "other"  # another place of the asked place's region, or the other side
    UNDECIDED = "undecided"  # broader, another region, or a side unsaid


@dataclass(frozen=True, slots=True)
class Asked:
    subject: frozenset[str]  # words that name the subject in the reply
    head: str  # the subject's own noun, which the reply must name somewhere ("tip" will do for a device)
    devices: frozenset[str]  # the devices the subject names, with their kin (``answers/concepts.tsv``)
    site: str
    sides: frozenset[str]


def _asked(question: str) -> Asked | None:
    """The subject and place of a question asking where its subject is (see the module docstring)."""
    m = _ASK.match(question)
    if m is None:
        return None
    place = " ".join(m.group("place").lower().split())
    found = sites_in(place)
    last = [s for s in found if s[2] == len(place)]
    sides = sides_named(place)
    if len(last) != 1 or len(sides) > 1:
        return None
    if set(_WORD.findall(place[: last[0][1]])) - {"the", "left", "right"}:
        return None  # a part of the site: "the neck of the femur", "the posterior horn of the medial meniscus"
    words = _WORD.findall(m.group("subject").lower())
    heads = [w for w in words if w not in {"tip", "of", "the"}]
    if not heads:
        return None
    named = antonyms.devices(m.group("subject").lower())
    concepts = vocabulary().concepts
    kin = named.union(*(concepts[d].relatives for d in named if d in concepts))
    head = heads[-1].rstrip("s")
    return Asked(frozenset({heads[-1], head}) | _PRONOUNS, head, kin, last[0][0], sides)


def _other_device(text: str, asked: Asked) -> bool:
    """Whether the reply speaks of a device the question does not ask: "The nasogastric tube ... The right internal
    jugular catheter tip is at the cavoatrial junction." to "Is the endotracheal tube in the right main bronchus?" (its
    "tip" is another device's), or of two devices to a question naming none ("Is the tube ...?")."""
    named = antonyms.devices(text.lower())
    if asked.devices and named and named | asked.devices <= _LINES and _bare_lines(text):
        return False  # "the catheter tip" to "Is the central line tip ...?" (and back): one line, named loosely
    return bool(named - asked.devices) if asked.devices else len(named) > 1


def _bare_lines(text: str) -> bool:
    """Whether every catheter the reply names is a bare "catheter" (only a determiner before it), so possibly the line
    asked of, not a drain, a urinary or a pericardial catheter."""
    voc = vocabulary()
    low = normalize(text)
    for m in voc.mentions(low):
        if m.kind is MentionKind.CONCEPT and m.concept == "catheter":
            if low[m.start : m.end] not in {"catheter", "catheters"} or _BARE_LINE.search(low, 0, m.start) is None:
                return False
    return True


def _relation(site: str, sides: frozenset[str], asked: Asked) -> Relation:
    table = site_table()
    if len(sides) > 1 or bordering(site, asked.site):
        return Relation.UNDECIDED  # "at the carina" to "in the trachea?": it borders the trachea and both bronchi
    if asked.site in table.ancestors[site]:
        if sides and asked.sides and sides != asked.sides:
            return Relation.OTHER  # "in the right lower lobe" to "in the left lung"
        if any(_apart(a, asked.site) for a in table.ancestors[site]):
            return Relation.UNDECIDED  # "at the cavoatrial junction" to "in the right atrium?": in the SVC as much
        return Relation.SAME if sides == asked.sides or not asked.sides else Relation.UNDECIDED
    if site in table.ancestors[asked.site]:
        return Relation.UNDECIDED  # "in the liver" to "in the right lobe of the liver": broader, says nothing
    if _apart(site, asked.site) and not {site, asked.site} & SURFACE_REGIONS:
        return Relation.OTHER  # "over the lower SVC" to "in the right atrium"
    return Relation.UNDECIDED


def _apart(a: str, b: str) -> bool:
    """Whether two sites are two places of one region: neither holds the other, and they share a top region."""
    table = site_table()
    return a not in table.ancestors[b] and b not in table.ancestors[a] and bool(table.tops[a] & table.tops[b])


def _self_placed(sentence: str, asked: Asked) -> set[Relation]:
    """How the sites before the subject's noun stand to the asked place: "A spiculated right upper lobe nodule", "Liver
    lesion", "Left renal mass" (an organ's adjective read as its site); none said of a device ("the right internal
    jugular catheter" names its way in, not its place)."""
    found: set[Relation] = set()
    if asked.devices:
        return found
    low = " ".join(sentence.lower().split())
    for m in _WORD.finditer(low):
        if m.group().rstrip("s") != asked.head:
            continue
        before = _MODIFIERS.search(low, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        words = before.group()
        sides = sides_named(words)
        found.update(_relation(site, sides, asked) for site, _, end in sites_in(words) if end >= len(words.rstrip()))
        for word in _WORD.findall(words):
            if word_head(word) != word:
                found.update(_relation(site, sides, asked) for site, _, _ in sites_in(word_head(word))[:1])
    return found


def _about(sentence: str, asked: Asked) -> bool:
    return not asked.subject.isdisjoint(
        w.rstrip("s") for w in _WORD.findall(sentence.lower())
    ) or not asked.subject.isdisjoint(_WORD.findall(sentence.lower()))


def read_place(text: str, question: str) -> str | None:
    """yes / no when a short reply places the asked subject at the asked place or another (module docstring)."""
    asked = _asked(question)
    if asked is None or len(text) > implicit.MAX_CHARS or _other_device(text, asked):
        return None
    words = {w.rstrip("s") for w in _WORD.findall(text.lower())}
    if asked.head not in words and not (asked.devices and "tip" in words):
        return None  # "The mass is in the lower lobe." to "Is the nodule in the upper lobe?": another subject
    placed: set[Relation] = set()
    denied: set[Relation] = set()
    second = False  # a site in a sentence about the subject may be another finding's
    own: set[Relation] = set()  # the subject's places said by its modifiers ("right upper lobe nodule")
    for sentence in implicit.sentences(text):
        if implicit.hedged(sentence):
            return None
        if not _about(sentence, asked):
            continue
        if NEGATED.search(_DENIAL_CUE.sub(" ", sentence)) is not None or _EARLIER.search(sentence) is not None:
            return None  # "No nodule is seen in the right lung.", "The tube was in the stomach before."
        second = second or _SECOND.search(sentence) is not None
        own |= _self_placed(sentence, asked)
        for clause in implicit.clauses(sentence):
            low = " ".join(clause.lower().split())
            found = sites_in(low)
            if found and _UNSETTLED.search(low):
                return None
            for site, start, end in found:
                begin = tail_start(low, start, _BEFORE_WORDS)
                side_words = sides_named(low[max(begin, 0) : end])
                landmark = _LANDMARK.search(low, max(begin, 0), start)
                if landmark is not None and _PLACING.search(low, landmark.end(), start) is None:
                    continue  # "at the level of the clavicles", "at the junction of the SVC and right atrium"
                if _JUNCTION_AFTER.match(low, end) is not None:
                    continue  # "at the SVC/right atrium junction"
                if _DENIED.search(low, begin, start) is not None:
                    denied.add(_relation(site, side_words, asked))
                elif _PLACED.search(low, begin, start) is not None:
                    placed.add(_relation(site, side_words, asked))
    if Relation.SAME in denied:
        return NO if Relation.SAME not in placed | own else None
    if placed == {Relation.OTHER} and not second and not own:
        return NO
    if placed == {Relation.SAME} and Relation.OTHER not in own:
        return YES
    return None


__all__ = ["RULE", "read_place"]
