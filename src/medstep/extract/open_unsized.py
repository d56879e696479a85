"""A size question answered with something else: "How large is the mass?" - "The mass is located in the right
hepatic lobe." (issue #7: a location read as the size, a false decision).

An open reader takes text, so the place, the kind or the look of the thing asked would be graded as its size. A
careful reader finds no size in a reply that gives no number, no unit and no word of size (``answers/size_words``:
"small", "enlarged", "normal", "larger than the spleen", "occupying most of the lobe", "pea-sized"): the model named
where or what the thing is, and committed to no size. :func:`gives_no_size` says so, and the open reader
(``extract/open_reader.py``) reports ``unparsed``.

Narrow on purpose (a missed answer is cheaper than a wrong one, but an answer lost is a loss too):

* the question asks one size, plainly, in English ("What is the size of ...?", "How large / big is ...?", "How long /
  wide / thick is the ...?", "What is the diameter ...?", "Size of ...?"); not a comparison ("Which is larger?", "the
  largest"), not two things at once ("the size and location"), not a time ("How long has ...?");
* the reply is English (no Chinese characters) and short enough to be one answer.
"""

from __future__ import annotations

from medstep.answers.size_words import SIZE_BEGINNINGS, SIZE_ENDINGS, SIZE_WORDS
from functools import lru_cache

from medstep.answers.concepts import Mention, MentionKind, normalize, vocabulary
from medstep.answers.text import HAN, NUMBER_WORDS
from medstep.extract.concept_question import residual_words
from medstep.extract.open_decision import LOOK_WORDS
from medstep.lazyre import lazy_compile

# What "how large / how long is the ..." may ask that is not a size: a risk, an amount, a time ("How large is the risk
# of rupture?" - "High."; "How long is the recovery?" - "Weeks.").
_NOT_THINGS = (r"(?:risk|chance|probability|likelihood|role|problem|concern|threat|impact|effect|dose|amount|proportion|"
               r"percentage|number|share|recovery|treatment|course|period|duration|stay|therapy|follow|incubation|"
               r"survival|wait|waiting|delay|history|time|procedure|operation|surgery|rehabilitation|regimen)\b")
_ASKS_SIZE = lazy_compile(
    r"(?i)^[\s*_\"']*(?:what\s+(?:is|was|are|were)\s+the\s+(?:(?:approximate|estimated|maximum|maximal|greatest|"
    r"largest|longest|overall|total)\s+)*(?:size|diameter|dimensions?|length|width|thickness)\b|"
    r"what\s+size\s+(?:is|was|are)\b|how\s+(?:large|big)\b(?!\s+(?:(?:a|an|is|was|are|the)\s+)*" + _NOT_THINGS + r")|"
    r"how\s+(?:long|wide|thick)\s+(?:is|was|are)\s+(?:the|this|that)\b(?!\s+" + _NOT_THINGS + r")|"
    r"(?:size|diameter|dimensions?)\s+of\b)")
# A question comparing sizes or asking a second thing beside the size: a place or a name may answer it.
_NOT_ONE_SIZE = lazy_compile(r"(?i)\b(?:and|or|which|larger|smaller|bigger|largest\s+(?!diameter|dimension)|"
                             r"smallest|compared|versus|vs)\b")
_WORD = lazy_compile(r"[a-z]+")
_DIGIT = lazy_compile(r"\d")
_MAX = 300
# A reply of fewer words is a label ("Widened.", "Punctate.", "Pea size."): a size class may be named by a word of
# any kind, so only a sentence saying something else (a place, a kind) is read as giving no size.
_LEAST_WORDS = 3
_NUMBERS = frozenset(NUMBER_WORDS) | {"few", "several", "couple"}
# The words of a reply that says where the thing is or what it is, and nothing of its size: place and frame words
# (``LOOK_WORDS``), the verbs of a place, sides and parts of an organ, organ adjectives, and a lesion's kind, make-up
# and margins. Any other word may name a size in a word of its own ("contracted", "appropriate for dates", "crosses the
# midline"), so a reply holding one is left read: the vocabulary's concepts and these words only make no size.
_NO_SIZE_WORDS = LOOK_WORDS | frozenset({
    "located", "lies", "lie", "lying", "sits", "sit", "situated", "found", "seen", "noted", "present", "within",
    "inside", "near", "adjacent", "next", "beside", "between", "behind", "above", "below", "beneath", "arising",
    "arises", "involving", "involves", "contains", "containing", "has", "have", "invades", "invading", "abuts",
    "abutting", "pole", "segment", "segments", "aspect", "margin", "margins", "portion", "base", "apex", "hilum", "wall",
    "anterior", "posterior", "medial", "superior", "inferior", "proximal", "distal", "central", "peripheral",
    "infrarenal", "suprarenal", "hepatic", "renal", "pulmonary", "splenic", "pancreatic", "adrenal", "ovarian",
    "uterine", "cerebral", "cerebellar", "parietal", "temporal", "occipital", "psoas", "muscle", "fat", "soft",
    "lesion", "mass", "nodule", "stone", "calculus", "spiculated", "heterogeneous", "homogeneous", "irregular",
    "smooth", "well", "defined", "circumscribed", "ill", "cystic", "solid", "simple", "complex", "calcified",
    "enhancing", "necrotic", "fusiform", "saccular", "loculated", "hypodense", "hyperdense", "hypoechoic",
    "hyperechoic", "isodense", "its", "also", "likely", "consistent", "compatible", "suggestive", "represents",
    # how it is measured, with no measure given ("Measuring outer wall to outer wall at the level of max diameter:")
    "measuring", "measured", "measures", "measure", "outer", "inner", "level", "max", "maximum", "diameter",
    "diameters", "dimension", "dimensions", "axis"})


def gives_no_size(region: str, question: str) -> bool:
    """Whether the open answer ``region`` to a plain size ``question`` gives no size: no digit, no number word and no
    word of :data:`SIZE_WORDS` or with a size's ending (``SIZE_ENDINGS``; module docstring)."""
    text = region.strip()
    if (not text or len(text) > _MAX or _ASKS_SIZE.match(question) is None
            or _NOT_ONE_SIZE.search(question) is not None or HAN.search(text) is not None
            or _DIGIT.search(text) is not None):
        return False
    words = _WORD.findall(text.lower())
    if len(words) < _LEAST_WORDS or any(
            w in SIZE_WORDS or w in _NUMBERS or w.endswith(SIZE_ENDINGS) or w.startswith(SIZE_BEGINNINGS) for w in words):
        return False
    low = normalize(text)
    found = vocabulary().mentions(low)
    asked_low = normalize(question)
    asked = {m.concept for m in vocabulary().mentions(asked_low) if m.concept} | set(_WORD.findall(asked_low))
    if any(_sized(m, low, asked) for m in found):
        return False  # "There is a multinodular goiter.", "The heart is unremarkable.": a size said by the finding
    spans = [(m.start, m.end) for m in found]
    return not residual_words(low, spans, _NO_SIZE_WORDS)  # an unknown word may be the size (``_NO_SIZE_WORDS``)


def _sized(mention: Mention, low: str, asked: set[str]) -> bool:
    """Whether a vocabulary mention in ``low`` says a size: a normal phrase ("unremarkable", "within normal limits":
    the organ's size too), a word of size (``Mention.size``), or a finding that is an organ's size away from normal
    (``Vocabulary.size_findings``: goiter, hydrocephalus, lymphadenopathy, hydronephrosis, aneurysm), unless it is the
    thing the question asks the size of (``asked``: its concepts and words; "What is the diameter of the aneurysm?" -
    "A fusiform aneurysm of ...", "How large is the effusion?" - "A joint effusion in the suprapatellar recess.")."""
    head = _WORD.findall(low[mention.start:mention.end])[-1:]
    if mention.concept in asked or (head and head[0] in asked):
        return False
    if mention.kind is MentionKind.NORMAL or mention.size:
        return True
    if mention.kind is not MentionKind.CONCEPT:
        return False
    voc = vocabulary()
    concept = voc.concepts[mention.concept]
    sized = _size_findings()
    return (mention.concept in sized or bool(concept.ancestors & sized)) and not (concept.ancestors & asked)


@lru_cache(maxsize=1)
def _size_findings() -> frozenset[str]:
    return frozenset().union(*vocabulary().size_findings.values())


__all__ = ["gives_no_size"]
