"""A statement read, then taken back: as a mimic, explained (:func:`explained_away`), or by calling its place normal
("The right breast is unremarkable. There is a 1 cm mass in the right breast.": ``extract/sides.py``). A yes read
from such an answer is held open (:func:`taken_back`); one taken back as a possibility ("However, it may also be a
skin fold.") is ``extract/stated.py``'s ``UNDERMINED``.

"There is a nodule in the right lower zone, typical of a nipple shadow." names a nodule and then says what it is: a
nipple, which only looks like one. "The calyces are distended. This is an extrarenal pelvis." describes the sign of
hydronephrosis and then gives its benign explanation. "There is a visceral pleural line at the apex, indicating the
film was rotated." To "Is there a nodule / hydronephrosis / a pneumothorax?" the statement readers would read yes
from the first part; the model meant the opposite, or at least did not commit, so the reading is held open.

A mimic is explained when an identity or explanation link ("typical of", "consistent with", "due to", "represents",
"is", "indicating" ...) is followed, as the head of what it links to, by a mimic: one of ``hedges.MIMICS`` ("artefact",
"rotation", "overlapping", "projection", "a normal variant"), a named one of :data:`MIMIC_PHRASES` ("nipple shadow",
"skin fold", "extrarenal pelvis", "Mach band"), or the film said rotated. The link must follow a statement: later in
the same sentence, or opening a later sentence whose subject points back ("This is ...", "It represents ...", "The
appearance is due to ..."). Not read: a denied mimic ("not a nipple shadow", "rather than artefact"), a finding named
in the link's object before the mimic ("consistent with consolidation overlying the heart"), "shadow" or "fold" of
anatomy ("the cardiac shadow", "the aryepiglottic fold": only the named phrases count), a question that asks about a
mimic itself ("Is there a motion artefact?").
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import implicit, sides
from medstep.lazyre import lazy_compile

# Named mimics: a normal thing that looks like a finding.
MIMIC_PHRASES = ("nipple shadow", "nipple shadows", "breast shadow", "soft tissue shadow", "companion shadow",
                 "skin fold", "skin folds", "skin crease", "mach band", "mach effect", "extrarenal pelvis",
                 "extra-renal pelvis", "parapelvic cyst", "parapelvic cysts", "nipple", "nipples", "vessel seen end on",
                 "vessel seen end-on", "end-on vessel", "flow artefact", "flow artifact", "partial volume", "motion", "breathing",
                 "patient motion", "respiratory motion", "clothing", "hair braid", "scapular edge", "medial border of "
                 "the scapula", "pseudolesion", "pseudo-lesion", "normal variant", "anatomical variant",
                 "nutrient canal", "nutrient foramen", "vascular channel", "vascular groove", "growth plate", "physis",
                 "apophysis", "accessory ossicle", "sesamoid", "interposed colon", "interposition of the colon",
                 "chilaiditi", "focal fatty sparing", "fatty sparing", "focal fat", "transient hepatic attenuation "
                 "difference", "flow void")
# The generic mimic words that also name anatomy ("the cardiac shadow", "the vocal fold", "pseudocyst"): these count
# only inside a named phrase.
_NAMED_ONLY = frozenset({"shadow", "fold", "pseudo"})
_GENERIC = tuple(w for w in hedges.MIMICS if w not in _NAMED_ONLY) + (
    "artefactual", "artifactual", "rotated", "superimposed", "projectional", "overlapped")
# (a word of place after one is where a thing lies, no mimic: "projected over the fourth rib", "overlying the heart")
_MIMIC = (r"(?:" + hedges.alternation(MIMIC_PHRASES) + "|" + hedges.alternation(_GENERIC) + r")"
          r"(?!\s+(?:over|onto|on|across|above|below|with|the|a|an)\b)")
# What links a thing seen to what it is or comes from.
_LINK = (r"(?:typical\s+of|characteristic\s+of|consistent\s+with|compatible\s+with|in\s+keeping\s+with|"
         r"representing|represents?|reflecting|reflects?|due\s+to|caused\s+by|from|related\s+to|attributable\s+to|"
         r"secondary\s+to|indicating|indicates?|indicative\s+of|suggesting|suggests?|suggestive\s+of|"
         r"(?:is|are|was|were)(?:\s+(?:most\s+)?(?:likely|probably))?|(?:most\s+)?likely|probably|i\.?e\.?|=)")
# The link's object up to its mimic head: at most four words, none of them a denial ("not a nipple shadow").
_OBJECT = r"\s+((?:(?!not\b|rather\b|than\b|no\b)[a-z'-]+\s+){0,4}?)" + _MIMIC + r"\b"
# In the sentence of the statement: the link after a comma, "which" or a dash, or right after the statement's noun.
# (or an appositive after a comma: "There is a mass in the breast, a summation of overlapping tissue.")
_SAME = lazy_compile(r"(?i)(?:(?:,|\bwhich\b|\bthat\b|[—–]|\s-\s)\s*(?:(?:is|are)\s+)?" + _LINK + r"|,(?=\s*(?:an?)\s))"
                     + _OBJECT)
# A later sentence whose subject points back at what was described.
_BACK = lazy_compile(r"(?i)^(?:this|it|these|that|they|the\s+(?:[a-z-]+\s+)?(?:finding|findings|appearance|"
                     r"appearances|opacity|opacities|lucency|line|edge|density|shadow|abnormality|dilatation|"
                     r"distension|distention|lesion|nodule|focus))\s+(?:(?:is|are|was|were)\s+)?" + _LINK + _OBJECT)
# A sentence whose subject is the thing described and whose predicate is the mimic: "A nodular opacity at the left
# base likely represents a vessel seen end-on.", "Apparent mass in the breast is a summation of overlapping tissue."
# (not the study itself: "The film is slightly rotated." says how it was taken, not what a thing seen is)
_STUDY = r"(?:film|image|images|patient|radiograph|study|exam|examination|x-ray|view|technique|quality)"
_PREDICATE = lazy_compile(r"(?i)^(?!there\b|here\b)(?:(?!" + _STUDY + r"\b)[a-z0-9'-]+[\s,]+){1,10}?(?:(?:is|are|was|were)\s+)?"
                          r"(?:(?:most\s+)?(?:likely|probably)\s+)?(?:represents?|reflects?|is|are|was|were)"
                          r"(?:\s+(?:most\s+)?(?:likely|probably))?(?:\s+(?:due\s+to|caused\s+by|from|related\s+to|"
                          r"attributable\s+to|secondary\s+to))?" + _OBJECT)
_ASKS_MIMIC = lazy_compile(r"(?i)\b" + _MIMIC + r"\b|\bshadow|\bfold")


def _named_finding(words: str) -> bool:
    """Whether the words before a mimic name a finding ("consolidation overlying ...": the mimic word is no head)."""
    voc = vocabulary()
    return any(m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category in ("finding", "group")
               for m in voc.mentions(normalize(words)) if m.concept in voc.concepts)


def taken_back(text: str, question: str) -> bool:
    """Whether a yes read from ``text`` is taken back by a mimic or contradicted by its place called normal."""
    return explained_away(text, question) or sides.contradicted(text, question)


def explained_away(text: str, question: str) -> bool:
    """Whether ``text`` explains what it describes as a mimic (see module docstring)."""
    if _ASKS_MIMIC.search(question):
        return False
    sentences = implicit.sentences(text)
    for i, sentence in enumerate(sentences):
        if sentence.rstrip(" *_\"'”)").endswith("?"):
            continue  # "Or is that the scapular edge overlapping?": asked, not explained
        found = [m for m in _SAME.finditer(sentence) if m.start() > 0]
        found += [m for m in [_PREDICATE.match(sentence.strip())] if m is not None]
        if i > 0:
            found += [m for m in [_BACK.match(sentence.strip())] if m is not None]
        if any(not _named_finding(m.group(1)) for m in found):
            return True
    return False


__all__ = ["MIMIC_PHRASES", "explained_away", "taken_back"]
