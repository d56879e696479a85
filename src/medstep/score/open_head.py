"""The ``head`` rung of the open-answer grader (``score/open_grade.py``): an answer whose head phrase names its gold,
followed by what it says about that head ("right upper lobe collapse with the reverse-S sign of Golden, suggesting an
underlying central hilar mass" for "right upper lobe collapse"; "the pelvis, including both hip joints" for "pelvis").

The answer reaches the grader as its normalised words (the extractor's text: no commas), so the head is read by its
words: everything before the first word that opens a companion or a clause about it (:data:`OPENERS`: "with",
"including", "now", "showing", ...), the whole answer when none does. The head is graded by the ladder itself
(``contained``, ``narrower`` or one answer written otherwise), and by three readings that only say the head is there:

* a change of it said before it, read from the verifier's attribute rows (``verify/triggers.tsv``, a ``chg=`` of
  worsening, newness or stability: "interval increase in the right pleural effusion", "new", "enlarging"); an
  improvement is left out ("interval decrease in" may end in nothing);
* a subtype of it (:func:`subtype`): the head holds every word of the gold, and both name one finding of the
  vocabulary, the head's the gold's or a narrower one ("psoriasis vulgaris" for "psoriasis", "Stanford type B
  dissection" for "dissection");
* to a question asking where, the place it gives (:func:`placed`, :func:`within`): after the question's subject
  ("a 9 mm spiculated nodule in the left upper lobe"), a share of a bone read as its position ("distal third of the
  clavicle" as "distal clavicle"), and the gold's place followed by one the site table puts inside it ("left upper
  lobe, apicoposterior segment").

What follows the opener may name other findings (a complication, a sign, a cause) but may not take the head back or
make the answer two: no join but "and" (no "or", "versus", "rather", a denial), no doubt other than an opener's own
("suggesting") or a "both" counting parts where no side is asked, no word changing what the head is ("resolved",
"old"), no side ("left", "right": a second side is a second answer), and no word of the gold or of the question again
("right pleural effusion with left pleural effusion"; "..., consistent with a UIP pattern" to "What is the
pattern?"), no phrase the verifier reads as a denial, a doubt, an improvement or a conclusion drawn ("atelectasis
favored"), no kind the head's qualifier excludes ("benign lesion with malignant features"); and what "now" or "which"
opens says the head's own state, so it may only grade it, keep it or call it normal ("now large", "which is in
satisfactory position"; not "now resected", "now chronic", "which turns out to be ..."). A question naming candidates ("pneumonia or effusion?") gets no such reading: the companion may be the
other candidate; nor a gold naming a place (an organ, a site) but with "including", which names its parts: "spleen,
with nephromegaly" to "Which organ is enlarged?" names a second organ that is. No length is rewarded: a list or a
restatement of the options has no head that names one answer.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Callable

from medstep.answers import hedges, negation
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import LATERALITIES, vocabulary
from medstep.answers.qualifiers import DENIAL_APART
from medstep.answers.text import tokens
from medstep.answers.sites import site_table, sites_in
from medstep.answers.wordforms import spelling
from medstep.extract.open_tails import ASKS_PLACE
from medstep.score.open_contain import CONTRAST, DOUBT, FRAME, KIND_NOUNS, OFFERING, PLACE
from medstep.score.open_narrow import CHANGING

# Words that open what an answer says about its head: a companion ("with", "including"), a sign and what it points
# to ("showing", "suggesting", "indicating"), its present state ("now large"), a relative clause ("which"), an
# effect ("causing", "resulting"), a content ("containing"), a spread ("extending"), a link ("associated").
OPENERS = frozenset({"with", "including", "suggesting", "indicating", "now", "showing", "causing", "containing", "which",
                     "associated", "extending", "resulting"})
# The changes that keep the finding there (the verifier's ``chg=`` values): not an improvement, which may end in none.
_KEEPING = frozenset({"chg=worsened", "chg=new", "chg=stable"})
# The opener that names parts of the head ("the pelvis, including both hip joints"), the one a place's companion may
# open with: any other ("spleen, with nephromegaly") may name a second answer of the asked kind.
_PARTS_OPENER = "including"
# Words turning from the head or calling it something else ("..., though ...", "which is a skin fold", "now healed",
# "showing nothing", "pero ...", "with other possibilities", "now resected"): the companion then takes the head back.
_TAKING_BACK = frozenset(w for group in (hedges.TURN, hedges.CONCESSION, hedges.MIMICS, hedges.TAKEN_BACK,
                                         hedges.OTHER_TURN, hedges.OTHER_POSSIBILITY, hedges.CANDIDATES,
                                         hedges.CANDIDATE_NOUNS, hedges.OPERATED, negation.NOTHING, negation.GONE)
                         for w in group if " " not in w)
# The question's words a companion may say again: those that only frame, not a noun naming the kind of value asked
# ("pattern", "sequence", "view": said again, it gives a second value).
_FRAMING = FRAME - KIND_NOUNS
# The one join a companion may hold ("with adjacent atelectasis and a small effusion").
_JOIN = "and"
# Words too plain to count as a word of the gold said again after the opener.
_PLAIN = frozenset({"of", "the", "a", "an", "in", "on", "at", "to", "and", "with"})
# The category whose concepts have subtypes named by their words ("psoriasis vulgaris", "Stanford type B dissection").
_SUBTYPED = "finding"
# Sides of the patient: a companion naming one may name a second answer ("left" beside "right").
_SIDES = frozenset(LATERALITIES)
# "Both" weighs two candidates (``open_contain.DOUBT``) but in a companion most often counts a pair of parts ("both hip
# joints"): taken there unless a side is asked or said by the gold.
_BOTH = "both"


def head_match(answer: str, gold: str, question: str, matches: Callable[[str, str], bool]) -> bool:
    """Whether ``answer``'s head phrase names ``gold`` (module docstring); ``matches(head, gold)``: whether the
    ladder takes the head as the gold (one answer written otherwise, ``contained`` or ``narrower``)."""
    words, wanted, asked = tokens(answer), tokens(gold), set(tokens(question))
    if not words or not wanted or OFFERING & asked:
        return False
    cut = next((i for i, w in enumerate(words) if i and w in OPENERS), len(words))
    sided = bool((_SIDES | {"side", "sides", _BOTH}) & (asked | set(wanted)))
    if cut + 1 == len(words) or not _companion(words[cut:], wanted + [q for q in asked if q not in _FRAMING], sided) \
            or not _states_kept(words[cut:]) or _weighed(words[cut:]) or _opposed(words[:cut], words[cut:]):
        return False  # an opener closing the answer opens nothing
    if cut < len(words) and words[cut] != _PARTS_OPENER and _placelike(wanted):
        return False  # "spleen with nephromegaly" to "Which organ is enlarged?": a place's companion may place it again
    head = words[:cut]
    place = placed(head, asked) if ASKS_PLACE.search(question) is not None else []
    if place and (matches(" ".join(place), gold) or within(place, wanted)):
        return True
    for said in (head, _unchanged(head)):
        if not said:
            continue
        if (said is not head or cut < len(words)) and matches(" ".join(said), gold):
            return True  # (the whole answer was the ladder's already)
        if len(gold.split()) == len(wanted) and subtype(said, wanted):
            return True  # (not for a gold with a word the tokens drop: "type A dissection" is no "type dissection")
    return False


def _placelike(gold: list[str]) -> bool:
    """Whether ``gold`` names a place: an organ or body part of the vocabulary ("spleen", "pelvis"), or one site of the
    site table with its side ("left upper lobe", "distal clavicle")."""
    text = " ".join(gold)
    concept = whole_concept(text)
    if concept is not None and vocabulary().concepts[concept].category == "anatomy":
        return True
    rest = " ".join(w for w in gold if w not in _SIDES)
    found = sites_in(rest)
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(rest)


def _companion(rest: list[str], gold: list[str], sided: bool) -> bool:
    """Whether the words from the opener on only say something about the head (module docstring): ``gold``, the
    words of the gold and the question's own (a companion saying "pattern" again to "What is the pattern?" may give a
    second answer); ``sided``: the question or the gold names a side, so "both" in the companion may be a second
    answer."""
    own = {spelling(w) for w in gold if w not in _PLAIN}
    counted = any(c.isdigit() for w in gold for c in w)
    for w in rest:
        if counted and any(c.isdigit() for c in w):
            return False  # "2 nodules with 3 granulomas" to "How many nodules?": a second number
        if w in OPENERS or (w == _BOTH and not sided):
            continue  # "including both hip joints": a pair of parts, where no side is asked
        if (w in CONTRAST and w != _JOIN) or w in DOUBT or w in CHANGING or w in _TAKING_BACK or w in _SIDES \
                or spelling(w) in own:
            return False
    return True


# Openers that say the head's own state ("now large", "which is in satisfactory position"), not a companion of it:
# what they open, up to the next opener, may only grade the head or keep it there ("now fully re-expanded", "now
# chronic", "which turns out to be atelectasis", "now resected" each make the head another thing or none).
_STATE_OPENERS = frozenset({"now", "which"})
# The state opener said of whatever stands before it: a companion's "now" ("with the lung now re-expanded") is the
# head's state too.
_NOW = "now"
# Words only linking a state to its head ("which is large").
_COPULAS = frozenset({"is", "are"})
# The verifier's trigger kinds (``verify/triggers.tsv``) that weigh, deny or question what follows or precedes them,
# and its phrases that draw a conclusion ("favored", "points to"): in a companion they make the answer two or none.
_WEIGHING_KINDS = ("conclude",)
# The attribute values a companion may not give (an improvement, a past): the head may be gone.
_GONE_VALUES = frozenset({("change", "improved"), ("temporality", "historical")})


def _states_kept(rest: list[str]) -> bool:
    """Whether each state opener of ``rest`` (``_STATE_OPENERS``) says only a grade of the head or a change keeping it
    (the verifier's attribute rows: a severity, ``_KEEPING``) or a normal state of its table ("satisfactory
    position"), up to the next opener."""
    from medstep.verify import default_verifier  # the verifier's tables, as ``score/open_terms.attributes`` reads them
    from medstep.verify.lexicon import K_ATTR, K_NORMAL

    automaton = default_verifier().lexicon.automaton
    keeping = {v.removeprefix("chg=") for v in _KEEPING}
    for i, w in enumerate(rest):
        if w not in _STATE_OPENERS or (i and w != _NOW):
            continue  # (a later "which" is said of a companion: "showing deposits, which would show ...")
        end = next((j for j in range(i + 1, len(rest)) if rest[j] in OPENERS and rest[j] not in _STATE_OPENERS),
                   len(rest))
        said = [x for x in rest[i + 1:end] if x not in _COPULAS and x not in _PLAIN]
        if not said:
            continue
        hit = automaton.get(" ".join(said), None)
        if hit is not None and hit[0] == K_NORMAL:
            continue
        if not all(_kept_word(x, automaton, K_ATTR, keeping) for x in said):
            return False
    return True


def _kept_word(word: str, automaton: dict, attr_kind: int, keeping: set[str]) -> bool:
    """Whether ``word`` is a severity or a change that keeps the head (the verifier's attribute rows)."""
    hit = automaton.get(word, None)
    if hit is None or hit[0] != attr_kind or not hit[3]:
        return False
    return all(axis == "severity" or (axis == "change" and value in keeping) for axis, value in hit[3])


def _weighed(rest: list[str]) -> bool:
    """Whether ``rest`` holds a phrase the verifier reads as a denial, a doubt, a question, a conclusion drawn
    (``_WEIGHING_KINDS``: "atelectasis favored") or a change that may leave none (``_GONE_VALUES``); an opener's own
    word ("suggesting", "indicating") excepted."""
    from medstep.verify import default_verifier
    from medstep.verify.lexicon import K_ATTR, K_HYPO, K_NEG_POST, K_NEG_PRE, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE

    automaton = default_verifier().lexicon.automaton
    weighing = {K_NEG_PRE, K_NEG_POST, K_UNC_PRE, K_UNC_POST, K_UNC_BOTH, K_HYPO}
    for i in range(len(rest)):
        for j in range(min(len(rest), i + 6), i, -1):
            phrase = " ".join(rest[i:j])
            if phrase in OPENERS:
                continue
            hit = automaton.get(phrase, None)
            if phrase in _concluding() or (hit is not None and (
                    hit[0] in weighing or (hit[0] == K_ATTR and bool(_GONE_VALUES & set(hit[3] or ()))))):
                return True
    return False


def _opposed(head: list[str], rest: list[str]) -> bool:
    """Whether ``rest`` says a kind the head's own qualifier excludes (``answers/qualifiers.DENIAL_APART``: "benign
    lesion with malignant features", "acute infarct ... chronic"): the companion then makes the head another thing."""
    said, more = set(head), set(rest)
    return any(said & group and more & other for family in DENIAL_APART for group in family for other in family
               if other is not group)


@lru_cache(maxsize=1)
def _concluding() -> frozenset[str]:
    """The verifier's phrases drawing a conclusion (``verify/triggers.tsv``, ``_WEIGHING_KINDS``), in the grader's
    words."""
    rows = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(tokens(c[0])) for c in (r.split("\t") for r in rows)
                     if len(c) >= 2 and c[1] in _WEIGHING_KINDS and "{" not in c[0])


def _unchanged(head: list[str]) -> list[str]:
    """``head`` without a change said before the finding that keeps it there ("interval increase in", "new",
    "enlarging"; ``_KEEPING``), or ``[]`` when it opens with none."""
    text = " ".join(head)
    for phrase in sorted(_changes(), key=len, reverse=True):
        if text.startswith(phrase + " "):
            return text[len(phrase) + 1:].split()
    return []


@lru_cache(maxsize=1)
def _changes() -> frozenset[str]:
    """The verifier's phrases of a change that keeps the finding there (``verify/triggers.tsv``, ``_KEEPING``), in
    the grader's words."""
    rows = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8").splitlines()
    out = set()
    for line in rows:
        cols = line.split("\t")
        if len(cols) == 3 and cols[1] == "attr" and cols[2] in _KEEPING:
            said = " ".join(tokens(cols[0]))
            if said:
                out.add(said)
    return frozenset(out)


# The links after which a where-question's answer gives its place ("a 9 mm nodule in the left upper lobe").
_AT = frozenset({"in", "at", "within"})
# Nouns naming a share of a bone or organ along its length after a word of position ("distal third of the clavicle",
# "upper half of the humerus", "lateral aspect of the ankle"): the position of the whole.
_SHARES = frozenset({"third", "half", "quarter", "portion", "part", "aspect", "end"})


def placed(head: list[str], asked: set[str]) -> list[str]:
    """To a question asking where, the place ``head`` gives (module docstring): after its first "in", "at" or
    "within" when what stands before names the question's subject (a word of the question, with words describing
    it: "9 mm spiculated nodule in left upper lobe"), else ``head`` itself ("left upper lobe in the apicoposterior
    segment"); a share named after a position ("distal
    third of X") read as the position of the whole ("distal X"). ``[]`` when the subject weighs, denies or changes
    anything, or names a side."""
    at = next((i for i, w in enumerate(head) if w in _AT), None)
    place = head
    if at is not None and at > 0 and {spelling(w) for w in head[:at]} & {spelling(q) for q in asked}:
        if any(w in CONTRAST or w in DOUBT or w in CHANGING or w in _SIDES for w in head[:at]):
            return []
        place = head[at + 1:]  # (no subject of the question before it: the place may open the answer, "in" inside it)
    out = list(place)
    for i in range(len(out) - 2, 0, -1):
        if out[i] in _SHARES and out[i + 1] == "of" and out[i - 1] in PLACE:
            del out[i:i + 2]
    return out


def within(place: list[str], gold: list[str]) -> bool:
    """Whether ``place`` is the gold's words and then (after "in", "at" or "within" or none) a place the site table puts
    inside the gold's ("left upper lobe apicoposterior segment" for "left upper lobe"; ``answers/sites.tsv``), nothing
    else."""
    n = len(gold)
    if len(place) <= n or [spelling(w) for w in place[:n]] != [spelling(g) for g in gold]:
        return False
    inner = place[n + 1:] if place[n] in _AT else place[n:]  # "left upper lobe in the apicoposterior segment"
    rest = " ".join(inner)
    mine, theirs = sites_in(rest), sites_in(" ".join(gold))
    if not inner or len(mine) != 1 or len(theirs) != 1 or any(w in _SIDES or w in CONTRAST for w in inner):
        return False
    site, start, end = mine[0]
    return start == 0 and end == len(rest) and site != theirs[0][0] and theirs[0][0] in site_table().ancestors[site]


def subtype(head: list[str], gold: list[str]) -> bool:
    """Whether ``head`` names a subtype of ``gold``: it holds every word of the gold in order, its other words neither
    change, doubt, deny nor place it (no side or axis word, no number, no word of another script, which the lists
    here do not read), and the vocabulary gives both one concept, the
    head's the gold's or one under it ("psoriasis vulgaris" for "psoriasis")."""
    if len(head) <= len(gold):
        return False
    left = iter(spelling(w) for w in head)
    if not all(any(h == spelling(g) for h in left) for g in gold):
        return False
    extra = [w for w in head if spelling(w) not in {spelling(g) for g in gold}]
    if not extra or any(w in CHANGING or w in DOUBT or w in CONTRAST or w in PLACE or not (w.isascii() and w.isalpha())
                        for w in extra):
        return False
    mine, theirs = whole_concept(" ".join(head)), whole_concept(" ".join(gold))
    if mine is None or theirs is None or vocabulary().concepts[mine].category != _SUBTYPED:
        return False  # a body part, modality or device is broad: "left anterior descending artery (LAD)" is one name
    return mine == theirs or theirs in vocabulary().concepts[mine].ancestors


__all__ = ["OPENERS", "head_match", "placed", "subtype", "within"]
