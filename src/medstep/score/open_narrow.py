"""The ``narrower`` rung of the open-answer grader: an answer that names its gold with words of the gold's own noun
phrase that narrow it ("large right-sided tension pneumothorax", "acute appendicitis", "fracture of the femoral
neck"), an instance of the gold.

A narrowing word must be a known one: a side or place, a size or severity, an anatomical word (``concepts.tsv``'s
anatomy rows, the verifier's attribute rows, ``wordforms.tsv``), an imaging technique word for a modality, a
qualifier (``answers/qualifiers.py``: "acute", "displaced", "dual-chamber"), or a word of the gold itself. A word
the tables do not know narrows nothing: "xyzzy pneumothorax", "(B) pneumothorax", "wrong pneumothorax" or
"doubtful pneumothorax" is no instance of a pneumothorax, so an answer cannot gain the rung by words that only pad
it. And never a word that makes the gold another thing (:data:`CHANGING`: "old", "healed", "pseudo", "-like",
"impending", "predominantly"), denies or doubts it (unless the question holds the doubt), names another finding,
device or modality, gives a number, or a side or place other than one the question names (where the question names
none, a side narrows: "right pneumothorax"; where it names only a side, a place within that side narrows: "upper
lobe" to "What is in the left lung?"). A part of the organ or bone the gold names narrows it too, after it or before
it with "of" (:data:`PARTS`: "scaphoid waist", "base of the fifth metatarsal", "pancreatic head" to "Which organ?").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Sequence

from medstep.answers import hedges, judgements, negation
from medstep.answers.concept_names import OTHER_LANGUAGE_SECTION, whole_concept
from medstep.answers.concepts import (
    CONCEPTS_FILE, IMAGING_PLANES, LATERALITIES, ConceptRow, MentionKind, packaged_text, read_rows, vocabulary,
)
from medstep.answers.qualifiers import PLACE as QUALIFIER_PLACES, QUALIFIERS
from medstep.answers.technique import technique_phrases
from medstep.answers.wordforms import spelling, word_forms, word_head
from medstep.lazyre import lazy_compile
from medstep.score.open_contain import CONTRAST, DOUBT, FRAME, KIND_NOUNS, PLACE
from medstep.score.open_forms import BREAK, bag

# The prepositions after which a place narrows the gold ("pneumonia in the right lower lobe").
TAIL_LINKS = frozenset({"of", "in", "at", "within", "involving", "along", "over", "on", "near", "throughout"})
# Words that make the gold another thing rather than a narrower one: its past ("old", "healed", "history"), its
# absence or removal, something like it ("pseudo", "-like", "mimic"), a threat of it ("impending", "threatened"),
# a search for it, a definition, a share or a bound ("predominantly left", "at least two").
CHANGING = frozenset({
    *(w for w in hedges.PAST + hedges.NEAR_NONE + hedges.INTENT + hedges.SEARCH + hedges.DEFINITION + hedges.ALTERNATIVE
      if " " not in w),
    *(w for w in negation.GONE + negation.DENYING if " " not in w),
    *negation.heads(negation.DENY, negation.EXCLUDED, negation.LOSS),
    "pseudo", "like", "false", "impending", "threatened", "missed", "incipient",
    "query", "risk", "rule", "normal", "variant", "artifact", "artefact", "artifactual", "simulated", "status", "sp",
    "predominantly", "predominant", "mainly", "mostly", "largely", "chiefly", "primarily", "least", "more", "less",
    "fewer", "greater", "up", "beyond", "nearly", "almost",
})
# The verifier's attribute keys whose words narrow: a side, a place, a size or severity (not a change or a time).
_NARROWING_ATTRIBUTES = ("lat=", "loc=", "sev=")


def narrowing(answer: Sequence[str], lo: int, hi: int, question: Sequence[str]) -> frozenset[int] | None:
    """The places of the words that narrow the gold at ``lo:hi`` within its own noun phrase: the words right before it
    up to a frame word or a break ("large left-sided tension pneumothorax", "contrast-enhanced CT"), and a place
    after a linking preposition up to a break ("pneumonia in the right lower lobe", "fracture of the femoral neck");
    ``None`` when one of them is no known narrowing word or changes what the gold is (module docstring)."""
    chain: list[int] = []
    j = lo - 1
    while j >= 0 and answer[j] != BREAK and (answer[j] not in FRAME or answer[j] in KIND_NOUNS):
        chain.append(j)
        j -= 1
    tail: list[int] = []
    k = hi
    while k < len(answer) and answer[k] != BREAK and answer[k] not in TAIL_LINKS:
        k += 1
    if k < len(answer) and answer[k] in TAIL_LINKS:
        k += 1
        while k < len(answer) and answer[k] != BREAK:
            if answer[k] not in FRAME:
                tail.append(k)
            k += 1
    gold = {spelling(w) for w in answer[lo:hi]}
    if _other_side(answer, (*chain, *tail), gold):
        return None  # "right lung left lung" is no narrower "left lung"
    for run in (sorted(chain), tail):
        if any(_changes(answer[i], question) or not _known(i, answer, gold) for i in run) \
                or _names_another(" ".join(answer[i] for i in run)):
            return None
    return frozenset(chain) | frozenset(tail) | part_of(answer, lo, hi)


def reach(answer: Sequence[str]) -> Callable[[int, int], tuple[tuple[int, int], ...]]:
    """For the gold at ``lo:hi`` of ``answer``, spans ``first:last`` that hold every place :func:`narrowing` may
    keep: its chain back to a frame word or a break, the part nouns right after the gold and the one before it with
    "of" (:func:`part_of`), and its tail after a linking preposition up to a break. The walks are made once for the
    whole answer: ``open_contain.contained`` fails a gold with a word saying something outside these spans without
    reading its noun phrase, so a long answer holding its gold at every other word is graded in linear time."""
    n = len(answer)
    back = [-1] * n  # where the walk back from each place stops: a break, or a frame word that is no kind noun
    for p, w in enumerate(answer):
        back[p] = p if w == BREAK or (w in FRAME and w not in KIND_NOUNS) else back[p - 1] if p else -1
    stop, brk, parts = [n] * (n + 1), [n] * (n + 1), [n] * (n + 1)
    for p in range(n - 1, -1, -1):
        w = answer[p]
        stop[p] = p if w == BREAK or w in TAIL_LINKS else stop[p + 1]
        brk[p] = p if w == BREAK else brk[p + 1]
        parts[p] = parts[p + 1] if w in PARTS or w in _LEVEL_NOUNS else p

    def spans(lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        k = stop[hi]
        tail = (k + 1, brk[k + 1]) if k < n and answer[k] in TAIL_LINKS else (hi, hi)
        return (back[lo - 1] + 1 if lo else 0, lo), (max(lo - 3, 0), lo), (hi, parts[hi]), tail

    return spans


class _Narrowing:
    """:func:`narrowing` with its :func:`reach`: the ``narrow`` that ``open_contain.contained`` takes."""

    def __call__(self, answer: Sequence[str], lo: int, hi: int, question: Sequence[str]) -> frozenset[int] | None:
        return narrowing(answer, lo, hi, question)

    def reach(self, answer: Sequence[str]) -> Callable[[int, int], tuple[tuple[int, int], ...]]:
        return reach(answer)


NARROWING = _Narrowing()


def narrower_in_any_order(answer: Sequence[str], gold: Sequence[str], question: Sequence[str],
                          same: Callable[[str, str], bool]) -> bool:
    """Whether ``answer`` (one noun phrase, no break) names the gold's words in another order with known narrowing
    words beside them: "displaced fracture of the distal radius" for "distal radius fracture", "impacted subcapital
    fracture of the femoral neck" for "femoral neck fracture". Not when the order matters (a join, "with", a
    denial: ``open_forms.bag``), nor with a number, nor when a word left over changes the gold or names another
    finding (as :func:`narrowing`)."""
    if BREAK in answer or len(gold) < 2 or any(w.startswith("#") or w.isdigit() for w in (*answer, *gold)):
        return False
    left, wanted = bag(answer), bag(gold)
    if left is None or wanted is None or len(left) <= len(wanted) or len(wanted) < 2:
        return False
    for g in wanted:
        hit = next((k for k, a in enumerate(left) if same(a, g)), None)
        if hit is None:
            return False
        left.pop(hit)
    words = {spelling(w) for w in gold}
    if _other_side(left, range(len(left)), words) or any(_changes(w, question) or not _known(k, left, words) for k, w in enumerate(left)):
        return False
    return not _names_another(" ".join(left))


# The sides a gold may name of itself ("left lung", "bilateral effusions").
_SIDES = frozenset({*LATERALITIES, "both"})


def _other_side(words: Sequence[str], at: Iterable[int], gold: set[str]) -> bool:
    """Whether the words at ``at`` (beside a gold in its noun phrase) name a side other than the one the gold names:
    the gold's side is what it is, so another side beside it is a second answer ("right lung, left lung" for "left
    lung"), not a narrower gold. A side of the image is no side of the patient ("in the left lung, on the right side
    of the image")."""
    own = gold & _SIDES
    return bool(own) and any(words[i] in _SIDES and words[i] not in own and not _of_image(words, i) for i in at)


# The image itself, whose sides are the viewer's ("on the right side of the image").
_IMAGE = frozenset({"image", "images", "film", "radiograph", "picture", "screen", "photo", "photograph", "display"})


def _of_image(words: Sequence[str], i: int) -> bool:
    """Whether the side word at ``i`` names a side of the image: "right side of (the) image", "right of the film"."""
    rest = [w for w in words[i + 1:i + 5] if w not in ("side", "of", "the", "this")]
    return bool(rest) and rest[0] in _IMAGE


def _known(i: int, answer: Sequence[str], gold: set[str]) -> bool:
    """Whether the word at ``i`` is a known narrowing word (module docstring), a word of the gold, or the possessive
    "s" of a frame word ("the patient's left")."""
    word = answer[i]
    if word in known_words() or spelling(word) in known_words() or spelling(word) in gold:
        return True
    return word == "s" and i > 0 and answer[i - 1] in FRAME


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """The words that may narrow a gold (module docstring), lower case, hyphenated words also split ("left-sided"
    as "left" and "sided")."""
    phrases: set[str] = {*QUALIFIERS, *PLACE, *KIND_NOUNS, *IMAGING_PLANES, *word_forms(), *technique_phrases()}
    rows = read_rows(packaged_text("concepts.tsv").split(OTHER_LANGUAGE_SECTION)[0], CONCEPTS_FILE)
    phrases.update(s.partition("{")[0] for r in rows if r.category == "anatomy" for s in r.synonyms)
    phrases.update(_vocabulary_modifiers(rows))
    triggers = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8")
    for line in triggers.splitlines():
        cols = line.split("\t")
        if len(cols) == 3 and cols[1] == "attr" and cols[2].startswith(_NARROWING_ATTRIBUTES):
            phrases.add(cols[0])
    words = {w for p in phrases for w in p.lower().replace("-", " ").replace("/", " ").split()}
    words = {w for w in words if w.isascii() and w.isalnum() and len(w) > 1}
    return frozenset(words | {spelling(w) for w in words})  # the grader compares words in one spelling ("hypechoic")


def _vocabulary_modifiers(rows: list[ConceptRow]) -> set[str]:
    """The words that qualify a finding, device or modality in the vocabulary's own names of it, each name a noun
    phrase of four words at most (no frame word: "tension" of "tension pneumothorax", "carpal" of "carpal tunnel
    syndrome", "dual" and "chamber" of "dual chamber pacemaker"), less the words that judge, doubt or deny ("wrong"
    of "wrong pipe": ``answers/judgements.py``, ``answers/hedges.py``, ``answers/negation.py``). The vocabulary's
    layman phrases ("heart is on the wrong side") hold a frame word and are left out."""
    categories = {r.id: r.category for r in rows if r.category}
    out: set[str] = set()
    for r in rows:
        if categories.get(r.id) not in ("finding", "device", "modality"):
            continue
        for synonym in r.synonyms:
            words = synonym.partition("{")[0].lower().replace("-", " ").split()
            if 1 < len(words) <= 4 and not FRAME & set(words):
                out.update(words[:-1])
    return out - _JUDGING - _PLAIN_WORDS


# Plain words of the vocabulary's layman names ("heart looks too big", "tube pushed down", "white all over"), none of
# which narrows a finding: the prepositions and adverbs the frame and tail lists do not hold.
_PLAIN_WORDS = frozenset({"too", "under", "down", "over", "all", "main", "lost", "loses", "look", "looks", "seen"})


# Words that judge, doubt or deny: never a narrowing word, whatever name of the vocabulary holds them.
_JUDGING = frozenset(
    w for group in (judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY, judgements.MISFIT, judgements.RIGHT,
                    judgements.MATCH, judgements.RANK_QUALITIES, judgements.RANK_NEGATIVE_QUALITIES,
                    judgements.RANK_NOUNS, hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.SUSPICION, hedges.DOUBT,
                    hedges.ALTERNATIVE, hedges.WEIGHING, negation.DENY, negation.NONE, negation.ABSENT)
    for phrase in group for w in phrase.split())


def _verb_like(word: str) -> bool:
    """A word that may be a verb in the present ("contains", "excludes", "rules"): no modifier of a noun phrase. Plural
    nouns are caught too ("ribs"), which only costs a match."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _changes(word: str, question: Sequence[str]) -> bool:
    """Whether a word of the gold's noun phrase keeps the answer from naming a narrower gold: a join, a denial, a
    doubt the question does not hold, a side or place other than the one the question names, a change of what the
    gold is, or a number (a count, a level or a size: said beside the gold, it may be wrong). Words of other
    languages and scripts are read by none of these lists ("可能为错构瘤", possibly a hamartoma), so none narrows;
    nor does a word that may be a verb ("contains", "excludes")."""
    if word in DOUBT:
        return word not in question
    if word in PLACE and PLACE & set(question):  # the question names a side or place: the answer's must be it
        return word not in question and not within_side(word, question)
    if not word.isascii() or _verb_like(word):
        return True
    return word in CONTRAST or word in CHANGING or word.isdigit() or word.startswith("#")


def within_side(word: str, question: Sequence[str]) -> bool:
    """Whether the place ``word`` narrows a place the question names only by its side ("upper" of "left upper lobe" to
    "What is in the left lung?"): no side itself, and the question's places all sides, so the answer's own side is
    still held to the question's and it names no other place along an axis the question names ("upper" to "... in
    the left lower lobe?" is another lobe)."""
    asked = PLACE & set(question)
    return word not in _SIDES and bool(asked) and asked <= _SIDES


# Nouns naming a part of an organ or a bone ("the base of the fifth metatarsal", "scaphoid waist", "pancreatic head"):
# beside a gold naming that organ or bone, the answer names where in it, still the gold.
PARTS = frozenset({"base", "head", "neck", "body", "tail", "shaft", "waist", "apex", "dome", "pole", "tuberosity"})


# A vertebral level ("L1", "T12", "C2") and the nouns naming what stands at it ("L1 vertebral body", "T12 vertebra").
_LEVEL = lazy_compile(r"[ctls]\d{1,2}")
_LEVEL_NOUNS = frozenset({"vertebra", "vertebral", "vertebrae", "body", "level"})


def part_of(answer: Sequence[str], lo: int, hi: int) -> frozenset[int]:
    """The places of a part noun right after the gold at ``lo:hi`` ("fifth metatarsal base") or before it with "of"
    ("base of the fifth metatarsal"), when the gold's last word names an organ or a bone (``anatomical``)."""
    level = _LEVEL.fullmatch(answer[hi - 1]) is not None
    if not (level or anatomical(answer[hi - 1]) or anatomical(word_head(answer[hi - 1]))):
        return frozenset()
    out: set[int] = set()
    k = hi
    while k < len(answer) and (answer[k] in PARTS or (level and answer[k] in _LEVEL_NOUNS)):
        out.add(k)  # "scaphoid waist", "L1 vertebral body"
        k += 1
    j = lo - 1
    if j >= 0 and answer[j] == "the":
        j -= 1
    if j >= 1 and answer[j] == "of" and answer[j - 1] in PARTS:
        out.add(j - 1)
    return frozenset(out)


@lru_cache(maxsize=1024)
def anatomical(word: str) -> bool:
    """Whether ``word`` names an organ or a bone: a whole concept of the vocabulary's anatomy rows ("pancreas",
    "femur"), or a bone or place word of the qualifiers (``answers/qualifiers.PLACE``: "scaphoid", "metatarsal")."""
    if word in QUALIFIER_PLACES:
        return True
    concept = whole_concept(word)
    return concept is not None and vocabulary().concepts[concept].category == "anatomy"


def _names_another(text: str) -> bool:
    """Whether the words name a finding, device or modality of their own, or call something normal ("effusion large
    pneumothorax", "calcified granuloma", "CT angiography"): another answer beside the gold, not a narrower gold."""
    if not text:
        return False
    vocab = vocabulary()
    for m in vocab.mentions(text):
        if m.kind is MentionKind.NORMAL:
            return True
        if m.kind is MentionKind.CONCEPT and vocab.concepts[m.concept].category in ("finding", "device", "modality",
                                                                                   "normal", "group"):
            return True
    return False


__all__ = ["CHANGING", "NARROWING", "TAIL_LINKS", "known_words", "narrower_in_any_order", "narrowing", "reach"]
