"""An open answer read out of the sentence the output never finished: no answer (``truncated``).

The open reader keeps an unmarked reply whole when it finds no shorter answer, so a reply cut at a token limit while
it was still describing ("The fundus shows dot-blot haemorrhages. There are also", "There is an intramedullary") came
back as an "answer" made of its description. Such a reply stops where no sentence can stop: on a word that needs what
follows it (``cut.dangling``: an article, a preposition, "shows"), or inside a noun phrase whose noun never came
(:func:`headless`: "There are bilateral", "with associated fine pleomorphic", "There is an intramedullary").

Two limits keep a finished answer an answer:

- a reply that stops on a noun, a short answer or a complete clause without its full stop ("Left kidney",
  "consistent with pneumonia", "Bilateral") is not headless: the last word must need a noun after it, and a lone
  adjective-shaped word after nothing but a capital letter or an option mark is no cut;
- a reply whose answer was read from a finished sentence before the cut ("The spleen. ... there are no focal") keeps
  it: only an answer that ends on the cut sentence's last word (:func:`answer_in_cut`) was read from it.

A reply read whole (no reader found a shorter answer in it) that stops at a cut's length (``cut.looks_cut``), or after a
finished sentence of more than a terse answer and where no sentence can stop (``cut.unfinished``, :func:`headless`), is
cut (:func:`whole_cut`: "Let me work through this systematically. ... Here, it passes", "... a focus of coarse
calcification that looks"): its "answer" is the description it was still writing, the conclusion never came (issue #7).
So is a reply of one sentence never finished, more than a terse answer, that stops where no sentence can (session 55:
"Looking at the mediastinum, the first thing I notice is that the right paratracheal stripe", "……，最可能的诊断"; a
Chinese reply's size counts a word for each two characters).

Read by :mod:`medstep.extract.core` for open answers without an answer marker.
"""

from __future__ import annotations

from medstep.answers.qualifiers import PLACE, QUALIFIERS
from medstep.answers.text import HAN, normalize_text
from medstep.extract import cut, open_decision
from medstep.extract.open_decision import OPEN_DANGLING
from medstep.extract.open_unanswered import ADJECTIVE_END
from medstep.extract.split import ends_mid_sentence
from medstep.lazyre import lazy_compile
from medstep.types import Sample

_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")
# The tail of a reply after its last finished sentence, clause mark or line.
# (Starting only after a mark or at the text's start: the leftmost tail found is there anyway, and a search starting
# at every word of a long unpunctuated reply scanned to its end from each, quadratic.)
_LAST_PART = lazy_compile(r"(?<![^.!?:;\n。！？])[^.!?:;\n。！？]*\Z")
# Endings of words that modify a noun and are seldom nouns themselves ("bilateral", "intramedullary", "pleomorphic",
# "nodular", "venous", "infiltrative", "lobulated"): a phrase stopping on one stopped before its noun.
_MODIFIER_SHAPE = lazy_compile(r"(?i)(?:al|ary|ic|ous|ive|ular|ated|ile)\Z")
# Words of those shapes that are nouns (a phrase may end on them): "the pituitary", "a canal", "the interval".
_NOUN_EXCEPTIONS = frozenset({"canal", "interval", "signal", "hospital", "pituitary", "capillary", "arterial", "animal",
                              "metal", "medial", "clinic", "topic", "tubercle", "mobile", "profile", "missile",
                              "summary", "dictionary", "anomaly", "critical", "biopsy", "plural", "total", "normal",
                              "abnormal", "central", "lateral", "dorsal", "ventral", "proximal", "distal",
                              "potential", "differential", "material", "terminal", "deal", "appeal", "seal", "ulcer"})
# Words standing before a noun that never end a phrase: quantifiers and a few describing words.
_BEFORE_NOUN = frozenset({"also", "no", "some", "several", "multiple", "numerous", "few", "many", "two", "three",
                          "fine", "associated", "small", "large", "mild", "moderate", "severe", "marked", "subtle",
                          "diffuse", "focal", "scattered", "other", "further", "additional", "more", "another",
                          "bilateral", "new", "old", "tiny", "big", "well-defined", "ill-defined", "surrounding",
                          "adjacent", "overlying", "underlying", "extensive", "patchy"})
# Words that open a noun phrase: an article, a pointer, a preposition (lower case: a capital "A" may be an option).
_OPENERS = frozenset({"a", "an", "the", "these", "this", "its", "their", "no", "some", "several", "multiple",
                      "numerous", "with", "of", "in", "on", "at", "from", "by", "within", "into", "and", "or"})
_PREPOSITIONS = frozenset({"with", "of", "in", "on", "at", "from", "by", "within", "into", "and", "or"})
# "There is", "There are also", "There appears to be a": an existential clause that has not named its thing yet.
_EXISTENTIAL = lazy_compile(r"(?i)\bthere\s+(?:is|are|was|were|appears?\s+to\s+be|seems?\s+to\s+be)\b(?P<rest>[^.!?]*)\Z")
_MAX_MODIFIERS = 3
# Describing adjectives a phrase outside "there is/are" may be cut on (``answers/qualifiers``, the words of ``main``'s
# ``open_unanswered`` cut): not the place words, which name their noun when it is the question's ("The lesion is in the
# frontal", "It is the superficial femoral", "arises from the adrenal").
_DESCRIBING = QUALIFIERS - frozenset(PLACE)
# An opening finished sentence this short is a terse answer already given ("Cardiomegaly. There are also").
_TERSE = 4
_FINISHED = lazy_compile(r"[^.!?。！？]*[.!?。！？]")


def _modifier(word: str) -> bool:
    """Whether ``word`` (lower case) stands before a noun: a quantifier or describing word, or modifier-shaped."""
    return word in _BEFORE_NOUN or (_MODIFIER_SHAPE.search(word) is not None and word not in _NOUN_EXCEPTIONS)


def headless(region: str) -> bool:
    """Whether ``region`` stops inside a noun phrase before its noun: "There are also", "There is an intramedullary",
    "with associated fine pleomorphic". A phrase ending on a noun or a complete clause ("... with a fracture",
    "Bilateral", "It is bilateral") is not headless."""
    if not ends_mid_sentence(region):
        return False
    found = _LAST_PART.search(region.rstrip(" \t\r\n*_"))
    tail = found.group() if found is not None else ""
    existential = _EXISTENTIAL.search(tail)
    if existential is not None:
        rest = [w.lower() for w in _WORD.findall(existential.group("rest"))]
        if len(rest) <= _MAX_MODIFIERS and all(w in ("a", "an") or _modifier(w) for w in rest):
            return True  # "There are also", "There is a subtle", "There are bilateral"
    words = _WORD.findall(tail)
    shown = [w.lower() for w in words]
    n = 0
    while n < min(_MAX_MODIFIERS, len(shown)) and _modifier(shown[-1 - n]):
        n += 1
    if n == 0 or n == len(shown) or shown[-1] not in _DESCRIBING or not shown[-1].endswith(ADJECTIVE_END):
        return False  # the last word must be a describing adjective: "the frontal", "an axial" name their noun
    opener = words[-1 - n]
    if opener not in _OPENERS:  # as written: a capital "A" is an option letter or a sentence's first word
        return False
    return opener not in _PREPOSITIONS or n >= 2  # "of sigmoid" may be a name; "with associated fine pleomorphic" is cut


def _size(text: str) -> float:
    """How many words ``text`` says: its Latin words, and a word for each two Chinese characters ("该图像为胸部正位片。"
    says more than a terse answer; "肺炎。" does not)."""
    return len(_WORD.findall(text)) + len(HAN.findall(text)) / 2


def answer_in_cut(region: str, answer: str) -> bool:
    """Whether the open ``answer`` read from ``region`` was read out of its unfinished last sentence: the reply stops
    where no sentence stops (:func:`headless`, or on an article, preposition or linking word) and the answer ends on
    the last word written."""
    if not ends_mid_sentence(region):
        return False
    if not (headless(region) or cut.dangling(region, OPEN_DANGLING)):
        return False
    first = _FINISHED.match(region.strip())
    if first is not None and _size(first.group()) <= _TERSE:
        return False  # "Cardiomegaly. There are also": the answer was given before the cut sentence
    found = _LAST_PART.search(region.rstrip(" \t\r\n*_"))
    last = normalize_text(found.group() if found is not None else "").split()
    said = normalize_text(answer).split()
    return bool(last) and bool(said) and said[-1] == last[-1]


# How much of the reply's words a reading must keep to be the reply read whole (normalising may drop or split a few).
_WHOLE_SHARE = 0.9


def whole_cut(region: str, answer: str, sample: Sample) -> bool:
    """Whether the open ``answer`` is the reply ``region`` read whole (its first and last words, nearly all its words)
    and the reply was cut: it stops mid-sentence, at a cut's length (``cut.looks_cut``) or, after an opening finished
    sentence longer than a terse answer, where no sentence can stop (module docstring). Not a reply whose lines are
    unpunctuated items ("- Right lower lobe consolidation\n- No pneumothorax", a table): only when the line before the
    last ends a sentence did the writer stop the last one short; nor a sentence repeated in a loop (its copies state
    the answer)."""
    if not ends_mid_sentence(region):
        return False
    said = normalize_text(answer).split()
    whole = normalize_text(region).split()
    if not said or not whole or said[0] != whole[0] or said[-1] != whole[-1] or len(said) < _WHOLE_SHARE * len(whole):
        return False
    body = region.strip()
    lines = body.rsplit("\n", 1)
    if len(lines) > 1 and ends_mid_sentence(lines[0]):
        return False
    if open_decision.repeated_sentence(body) is not None:
        return False
    if cut.looks_cut(region, sample):
        return True
    first = _FINISHED.match(body)
    if first is None:
        # One sentence never finished: cut when it says more than a terse answer and stops where none can ("Looking
        # at the mediastinum, the first thing I notice is that the right paratracheal stripe", "……，最可能的诊断")
        return _size(body) > _TERSE and (cut.unfinished(body) or headless(body))
    if first.end() >= len(body) or _size(first.group()) <= _TERSE:
        return False
    # A missing final stop alone is common in terse replies ("... with a dural tail. Meningioma", "... This indicates
    # cardiomegaly"): the last sentence must also stop where none can (on "that", "is", an article, a modifier).
    return cut.unfinished(body) or headless(body)


__all__ = ["answer_in_cut", "headless", "whole_cut"]
