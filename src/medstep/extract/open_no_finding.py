"""An open reply read whole that names nothing of the kind asked: asked the abnormality, it names only anatomy and the
image (issue #7).

Asked "What is the abnormality?", a model sometimes lists what the image holds ("Optic disc, macula, retinal vessels
and peripheral retina are shown in this color image. Image quality: adequate."), walks the anatomy in a list
("**Bones:** femur, tibia, patella"), or describes the stain ("an H&E-stained section ... pink and purple with
various cells visible"), often closing with an offer to say more. No reader finds a conclusion in it, so the fallback
reads the whole reply as its answer (rule ``open_text``), and every word of the tour is graded as the finding.

The test is what the reply names, in any layout or order, not how it says it: every term of the vocabulary it
names (``answers/concepts.tsv``) is anatomy or an imaging modality, and nothing else in it can carry a finding
(:func:`open_tour.anatomy_words`: no disease word by its noun or ending, no negation, which would state a normal
answer), nor a number (a size, a grade, a count), and no sentence says a state of what it names ("The ventricles are
prominent", "The lungs look clear": a finding or a normal answer in words the vocabulary may lack). Then nothing of the asked kind was said, and the reply is
``unparsed``. Only for a question asking what is wrong (``open_decision.ASKS_WHAT``), never one asking where, which
organ or which side (``ASKS_SITE``: there an organ is the answer), nor an arrowed mark; nor a reply in Chinese, whose
words the vocabulary does not cover. Applied in ``extract/core.py`` to the ``open_text`` fallback only, so a reading
that found a conclusion ("... the vessels are normal. Impression: drusen.") is never touched.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract.concept_question import category_of
from medstep.extract.cut import HELPING
from medstep.extract.open_decision import ASKS_DISEASE, ASKS_MARK, ASKS_SITE, ASKS_WHAT, colours_only
from medstep.extract.open_tour import anatomy_words
from medstep.lazyre import lazy_compile

_DIGIT = lazy_compile(r"\d")
# Words that say something was found without naming it ("There is an abnormality in the bone", "a region that
# appears different"): a vague finding, left to the readers that grade it.
_FOUND = lazy_compile(r"(?i)\babnormal\w*|\blesions?\b|\bdifferent\b|\bunusual\b|\bsuspicious\b|\bconcerning\b")
# What a sentence says of what it names: the word after a linking or looking verb ("The ventricles are prominent", "The
# lungs look clear", "The heart appears enlarged"). A state said of anatomy is a finding, or a normal answer, in words
# the vocabulary may lack; only being in view ("are shown", "is visible"), a place ("is located nasally", "is in the
# left upper quadrant") or what a thing is ("appears to be an H&E-stained section") says nothing found.
_PREDICATE = lazy_compile(r"(?i)\b(?:is|are|was|were|appears?|looks?|seems?)\s+(?:to\s+be\s+)?(?:(?:all|also|well|clearly|"
                          r"partly|partially)\s+)*(?P<word>[a-z]+)")
_SAYS_NOTHING = lazy_compile(r"(?i)(?:" + negation.alternation(negation.SEEN, negation.SEEN_RARE)
                             + r"|included|imaged|captured|located|situated|in|on|at|within|along|of|an?|the|this|that)\Z")
_SENTENCE = lazy_compile(r"[^.!?\n]+")
# A terse answer: one phrase, no sentence stop, colon or line inside it, and no verb of a statement ("Hilar lymph
# nodes and paratracheal nodes", "Duplicated right ureter and renal pelvis"). The reply committed to what it names,
# in words the vocabulary may read as anatomy only; a tour describes the image in sentences, lists or labels.
_INSIDE_MARK = lazy_compile(r"[.!?:;\n]")
_WORD = lazy_compile(r"[^\W\d_]+")
TERSE_WORDS_MAX = 8
# The fewest terms named: a tour names several things; one organ alone may be a terse answer's organ.
NAMED_MIN = 2


def names_no_finding(reply: str, question: str) -> bool:
    """Whether ``reply``, read whole as the open answer to ``question``, names only anatomy and the image (module
    docstring)."""
    if ASKS_WHAT.search(question) is None or ASKS_DISEASE.search(question) is None \
            or ASKS_SITE.search(question) is not None:
        return False  # not "What is seen in this histology image?": there the tissue or organ answers
    if ASKS_MARK.search(question) is not None and ASKS_DISEASE.search(question) is None:
        return False
    if HAN.search(reply) is not None or HAN.search(question) is not None or _DIGIT.search(reply) is not None:
        return False
    if _FOUND.search(reply) is not None:
        return False
    if _terse(reply):
        return False
    found = vocabulary().mentions(normalize(reply))
    if len(found) < NAMED_MIN or any(category_of(m) not in ("anatomy", "modality") for m in found):
        return False
    if not anatomy_words(reply):
        return False
    return not any(_says_state(m.group(), question) for m in _SENTENCE.finditer(reply))


def _terse(reply: str) -> bool:
    """Whether ``reply`` is one short phrase and no statement (``_INSIDE_MARK``, ``TERSE_WORDS_MAX``)."""
    body = reply.strip().rstrip(".!")
    words = _WORD.findall(body)
    return (_INSIDE_MARK.search(body) is None and len(words) <= TERSE_WORDS_MAX
            and not any(w.lower() in HELPING for w in words))


def _says_state(sentence: str, question: str) -> bool:
    """Whether ``sentence`` predicates a state of what it names (``_PREDICATE``), other than being in view, a place or
    what it is, or a stain's colours (``open_decision.colours_only``: "The tissue is pink and purple")."""
    for found in _PREDICATE.finditer(sentence):
        if _SAYS_NOTHING.fullmatch(found.group("word")) is None and not colours_only(sentence.strip(), question):
            return True
    return False


says_state = _says_state  # (public for ``extract/lesson.py``: a lesson's sentence that says a state is read after one in general)

__all__ = ["NAMED_MIN", "TERSE_WORDS_MAX", "names_no_finding", "says_state"]
