"""An open answer that only tours the normal anatomy of the image: "This is a sagittal MRI of the brain. The corpus
callosum, brainstem and cerebellum are visualized. The fourth ventricle is posterior to the pons."

Asked what is abnormal, what the finding or the diagnosis is, a model sometimes names the image and then lists what
it can see in it, says where one structure lies against another, calls an organ the area of interest, or defines the
organ, and stops (often with a deferral: "To determine any abnormality, a radiologist would need to review ...").
Read as text, every word of that tour would be graded as its answer; it names no finding, so it commits to nothing.

Read only when the opening sentence names nothing but the image (``open_decision.describes_image``, which also
requires the question to ask what is there), and every sentence after it is one of:

* structures said to be visible ("The liver, spleen and kidneys are visualised.", "There are various organs visible,
  including the liver and spleen.");
* where a structure lies ("The pituitary gland sits in the sella turcica.", "The fourth ventricle is posterior to the
  pons.");
* a structure called the area of interest ("The lungs appear to be the primary area of interest.");
* what the image takes in ("It includes the cerebral hemispheres, the ventricles, and the skull.");
* general words about the organ the image shows (``open_generic.says_nothing`` with that organ asked: "The knee is a
  hinge joint made up of the femur, tibia and patella.", "Common pathologies include ligament tears.");
* a deferral to someone else or to a better image (``_DEFERS``, :func:`refusal.is_refusal`, :func:`refusal.defers`).

Nothing in a toured sentence may name a finding: no vocabulary mention but anatomy or modality
(``answers/concepts.tsv``), no word with a disease's ending or a disease noun (``answers/wordforms``), no number,
no negation. Then the reply is ``refused`` when it defers, else ``unparsed``. Used by ``extract/open_reader.py``.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.wordforms import DISEASE_ENDINGS, DISEASE_NOUNS
from medstep.extract.concept_question import category_of
from medstep.extract.open_decision import describes_image
from medstep.extract.open_generic import says_nothing
from medstep.extract.refusal import defers, is_refusal
from medstep.lazyre import lazy_compile
from medstep.types import Status

_SENTENCES = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
_MAX = 700
_END = r"[\s*_.!]*$"
# Structures said to be visible: "The corpus callosum, brainstem and cerebellum are visualized."
_VISIBLE = lazy_compile(
    r"(?i)^[\s*_]*(?:the\s+)?(?P<items>[a-z][a-z ,'-]{2,140}?)\s+(?:is|are)\s+(?:(?:all|clearly|well|also|partly|partially)"
    r"\s+)*(?:visuali[sz]ed|visible|seen|identified|depicted|demonstrated|shown|included|in\s+view|imaged)"
    r"(?:\s*,?\s+(?:along\s+with|together\s+with|as\s+well\s+as|including)\s+(?P<also>[a-z][a-z ,'-]{2,140}?))?"
    r"(?:\s+(?:posteriorly|anteriorly|laterally|medially|superiorly|inferiorly|centrally|in\s+profile))?"
    r"(?:\s+(?:on|in|at)\s+(?P<where>[a-z][a-z '-]{2,40}?))?" + _END)  # "... visible on both sides", "... seen
# posteriorly", "... visible along with the spinal canal"
# "There are various organs visible, including (what looks like) the liver, spleen and kidneys."
_VARIOUS = lazy_compile(
    r"(?i)^[\s*_]*there\s+(?:is|are)\s+(?:various|several|multiple|many|different|a\s+number\s+of|some)\s+"
    r"(?:organs|structures|tissues|anatomical\s+structures)\s+(?:visible|seen|shown|depicted|present|in\s+view)"
    r"(?:\s*,?\s*(?:including|such\s+as)\s+(?:what\s+(?:looks|appears|seem)\s+(?:like|to\s+be)\s+)?"
    r"(?P<items>[a-z][a-z ,'-]{2,140}?))?" + _END)
# "The pituitary gland sits in the sella turcica.", "The fourth ventricle is posterior to the pons."
_PLACED = lazy_compile(
    r"(?i)^[\s*_]*(?:the\s+)?(?P<items>[a-z][a-z '-]{2,50}?)\s+(?:sits|lies|sit|lie|is|are)\s+(?:(?:located|situated|seen)\s+)?"
    r"(?:in|within|inside|posterior\s+to|anterior\s+to|behind|in\s+front\s+of|above|below|beneath|under|superior\s+to|"
    r"inferior\s+to|medial\s+to|lateral\s+to|next\s+to|adjacent\s+to|on|at)\s+(?:the\s+)?(?P<more>[a-z][a-z '-]{1,50}?)"
    + _END)  # (also a place in the image: "The liver is on the left side of the image.", "... at the bottom of it.")
# "The lungs appear to be the primary area of interest."
_FOCUS = lazy_compile(
    r"(?i)^[\s*_]*(?:the\s+)?(?P<items>[a-z][a-z ,'-]{2,80}?)\s+(?:appears?|seems?|is|are)\s+(?:to\s+be\s+)?the\s+"
    r"(?:primary|main|principal)\s+(?:area|region|focus|structure|organ)s?\s+of\s+(?:interest|the\s+(?:image|study|scan))"
    + _END)
# A deferral in other words than the shared refusal readers take: "To determine any abnormalities, a trained
# radiologist would need to review the images.", "The image quality makes it difficult to comment further."
_DEFERS = lazy_compile(
    r"(?i)\b(?:(?:radiologist|specialist|physician|doctor|clinician|expert)s?\s+(?:would|should|will|must)\s+(?:need\s+to\s+)?"
    r"(?:review|assess|evaluate|interpret|examine)|(?:difficult|hard|impossible)\s+to\s+(?:comment|say\s+more|be\s+more\s+"
    r"specific)|to\s+determine\s+(?:any|the|an?)\s+(?:abnormalit|finding|diagnos|patholog))")
# What the image takes in: "It includes the cerebral hemispheres, the ventricles, and the skull." (its field of view,
# no finding placed in it; "It shows the left lung" may answer where, so only the verbs of coverage).
_COVERS = lazy_compile(
    r"(?i)^[\s*_]*(?:it|the\s+(?:image|scan|study|view|field\s+of\s+view)|this\s+(?:image|scan|study))\s+"
    r"(?:includes|contains|covers|encompasses)\s+(?P<items>[a-z][a-z ,'-]{2,140}?)" + _END)
# Clauses of a tour joined in one sentence: "The liver is on the left, and the spleen is on the right."
_JOINED = lazy_compile(r"(?i)\s*,?\s+and\s+(?=the\b)|\s*,\s+(?=the\b)")
_WORD = lazy_compile(r"[a-z]+")
_DIGIT = lazy_compile(r"\d")
_NEGATED = lazy_compile(r"(?i)\b(?:" + negation.alternation(negation.DENY, negation.NONE, negation.ABSENT) + r")\b")


def tour_only(region: str, question: str) -> Status | None:
    """``refused`` / ``unparsed`` when the open answer ``region`` names its image and then only tours its anatomy
    (module docstring), else ``None``."""
    text = region.strip()
    if not text or len(text) > _MAX or "\n" in text or _DIGIT.search(text) is not None:
        return None
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    if len(sentences) < 2 or not describes_image(sentences[0], question):
        return None
    deferred = False
    for sentence in sentences[1:]:
        if _DEFERS.search(sentence) is not None or is_refusal(sentence) or defers(sentence):
            deferred = True
            continue
        if not (_toured(sentence) or describes_image(sentence, question) or says_nothing(sentence, None, sentences[0])
                or all(_toured(clause) for clause in _JOINED.split(sentence))):
            return None
    return Status.REFUSED if deferred else Status.UNPARSED


def _toured(sentence: str) -> bool:
    """Whether ``sentence`` lists visible structures, places one against another or calls one the area of interest,
    naming no finding."""
    for pattern in (_VISIBLE, _VARIOUS, _PLACED, _FOCUS, _COVERS):
        found = pattern.match(sentence)
        if found is not None:
            named = " ".join(g for g in found.groupdict().values() if g)
            return anatomy_words(named)
    return False


def inventory(sentence: str, placing: bool = False) -> bool:
    """Whether ``sentence`` only says which structures are visible ("The paraspinal muscles are seen posteriorly.",
    "There are various organs visible, including the liver."), naming no finding: an inventory, which places no
    finding either (read by ``extract/open_described.py`` also to a question asking where). ``placing``: not when it
    says where they are seen ("... seen in the right sacroiliac joint" places what it names)."""
    for pattern in (_VISIBLE, _VARIOUS, _COVERS):
        found = pattern.match(sentence.strip())
        if found is not None and placing and found.groupdict().get("where"):
            return False
        if found is not None:
            return anatomy_words(" ".join(g for g in found.groupdict().values() if g))
    return False


def anatomy_words(text: str) -> bool:
    """Whether ``text`` names nothing but anatomy: no finding or state of the vocabulary, no disease's word, no
    negation."""
    if _NEGATED.search(text) is not None:
        return False
    words = _WORD.findall(text.lower())
    if any(w in DISEASE_NOUNS or w.endswith(DISEASE_ENDINGS) and len(w) > 5 for w in words):
        return False
    return all(category_of(m) in ("anatomy", "modality") for m in vocabulary().mentions(normalize(text)))


__all__ = ["anatomy_words", "inventory", "tour_only"]
