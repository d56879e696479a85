"""What follows an open answer's label in its sentence: the conclusion it leads to, or words that only qualify it.

After the frame is gone (``extract/open_frames.py``), a one-sentence answer still often carries more than its label:

* a description that ends in its conclusion: "Multiple ring-enhancing lesions at the grey-white junction,
  consistent with metastases.", "..., which suggests a giant cell tumour.", "The opacity obscures the right heart
  border, so it's the right middle lobe.", "A wide-complex tachycardia with AV dissociation — ventricular
  tachycardia." To a question asking for a diagnosis, the conclusion is the answer (:func:`concluded`); to one
  asking what is seen, the description is;
* a label and then words that only qualify it (:func:`trimmed`): a reason ("Osteoid osteoma, given the nidus ...",
  "Pancreas, as the gland lies ..."), a measurement the question does not ask for ("Sinus bradycardia, 48 bpm.",
  "Hepatomegaly, measuring 19 cm"), a part of the named organ ("The liver, segment VII.", "Spleen, lower pole."),
  a clause describing it ("Struvite, which forms in infected urine.", "A hernia containing small bowel.", "La rate,
  qui est augmentée de volume.").

Only words are dropped. Nothing is dropped or taken that holds the answer open (a negation, a hedge, an
alternative, a turn: "Pneumonia, though atelectasis is possible." stays whole), what is dropped never names a second
label of its own in a list ("Consolidation, effusion."), and to a question asking for a measurement or for every
finding, the measurement and the other findings are the answer.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

# Words holding the answer open, in what would be dropped or taken.
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.EXCLUDED,
                                             negation.INSTEAD, hedges.POSSIBILITY, hedges.CONDITION, hedges.WEIGHING,
                                             hedges.DOUBT, hedges.TURN, hedges.ALTERNATIVE, hedges.NOT_EXCLUDED,
                                             ("or", "nor", "other", "another", "also", "instead", "rather"))
                      + "|" + negation.CONTRACTION + r"|[?？/;:]")
# A finite verb: the part before a dropped tail must be a label, not a statement.
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|shows?|demonstrates?|reveals?|appears?|seems?|"
                     r"looks?|can|cannot|could|would|should|will|must|may|might|do|does|did|lies|sits)\b")
_WORD = lazy_compile(r"[^\W_]+")
_LABEL_WORDS = 8
_CONCLUSION_WORDS = 6

# A conclusion closing the sentence: what follows it is the answer. Its link says how firm it is: reached ("so it's",
# "therefore"), firm ("consistent with", "typical of"), or hedged ("suggestive of", "suggesting").
_CONCLUSION = lazy_compile(
    r"(?i)(?:[,;]\s*|\s+[—–-]\s+|\s*—\s*)(?:(?:which|that)\s+(?:is\s+)?)?(?:(?:most|highly|strongly)\s+)?"
    r"(?:(?P<reached>so\s+(?:it's|it’s|it\s+is|this\s+is|the\s+answer\s+is|the\s+diagnosis\s+is)|therefore|hence|"
    r"thus|i\.e\.,?)|(?P<firm>(?:consistent|compatible)\s+with|in\s+keeping\s+with|characteristic\s+of|typical\s+of|"
    r"diagnostic\s+of|representing)|(?P<hedged>suggestive\s+of|suggests?|suggesting|indicating|indicates))"
    r"\s+(?:an?\s+|the\s+)?(?P<label>[^,;:()—–]+?)[\s.!]*$")
# A conclusion said with a likelihood ("— likely a non-ossifying fibroma") is hedged whatever its link.
_LIKELY = lazy_compile("(?i)^" + hedges.words(hedges.LIKELIHOOD, hedges.POSSIBILITY))
# A bare label after a dash closing a description: "A wide-complex tachycardia with AV dissociation — VT."
_DASH_CLOSE = lazy_compile(r"(?:\s+[—–-]\s+|\s*—\s*)(?:an?\s+|the\s+)?(?P<label>[^,;:()—–]+?)[\s.!]*$")
_WRAPPER = lazy_compile(r"(?i)^[\s*_\"']*(?:it\s+is|it's|it’s|this\s+is|this's|that\s+is|that's)\s+")
# A clause opening what follows a dash, not a label: "— arising above cricopharyngeus".
_CLAUSE_OPENING = lazy_compile(r"(?i)[a-z]+(?:ing|ed)\s+(?:above|below|from|into|in|on|at|to|with|by|along|across|"
                               r"through|around|beyond|over|under|within)\b")
_DASH = lazy_compile(r"\s[—–-]\s|—")
# What makes the part before a dash a description, not a label: a verb, "with", or a word describing a shape.
_DESCRIBES = lazy_compile(r"(?i)\b(?:with|without|crossing|showing|obscuring|involving|containing|causing|"
                          r"extending)\b|[a-z]+-(?:shaped|complex|like|based|enhancing)\b")

# Tails that only qualify the label before them.
_REASON_TAIL = lazy_compile(r"(?i),\s*(?:given|as\s+shown|as\s+evidenced|as\s+seen|as\s+indicated|as\s+suggested|"
                            r"as\s+demonstrated|based\s+on|because|since|as|owing\s+to|judging\s+by|"
                            r"on\s+the\s+basis\s+of)\b")
_CLAUSE_TAIL = lazy_compile(r"(?i)(?:,\s*(?:which|who|qui|que|che|die|der|das|with|along\s+with|[a-z]{3,}ing(?=\s+(?:the|an?|"
                            r"to|into|from|in|on|at|around|across|along|through|with|beyond|over|under)\b))|"
                            r"\s+(?:containing|causing|showing|obscuring|scattered|measuring|with\s+its|"
                            r"which|qui|que))\b")
_MEASURE_TAIL = lazy_compile(r"(?i)(?:,\s*|\s+(?:at|of|measuring|about|approximately|up\s+to)\s+)"
                             r"(?=[^,;]*(?<![\w-])\d+(?!\d|st\b|nd\b|rd\b|th\b))(?:[\w%°/:.~-]+\s*){1,6}$")
_PART_TAIL = lazy_compile(r"(?i),\s*(?:(?:[\w-]+\s+){0,2}(?:pole|segment|portion|part|third|aspect|shaft|zone|"
                          r"region|level|lobe|branch)(?:\s+[ivx\d]{1,5})?|(?:segment|level|zone)\s+[\w-]{1,5}|"
                          r"[a-z]\d|mid-?shaft)[\s.!]*$")
# Questions whose answer is a measurement, and questions asking for every finding.
_ASKS_MEASURE = lazy_compile(r"(?i)\b(?:how\s+(?:many|much|large|big|long|far|thick|wide|fast|old)|size|measure\w*|"
                             r"diameter|length|width|rate|angle|fraction|age|dose|level|volume|thickness|distance|"
                             r"score|grade|count|percentage|value|number|dimension\w*|degree|ratio|index|weight|"
                             r"heart\s+rate|speed|velocity|pressure)\b")
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\b(?:diagnos[ie]s|disease|condition|cause|caus\w+|etiology|aetiology|"
                               r"pathology|rhythm|syndrome|organism|entity)\b")
_ASKS_ENTITY = lazy_compile(r"(?i)\b(?:abnormality|lesion|mass|tumou?r)\b")
_ASKS_ALL = lazy_compile(r"(?i)\b(?:findings|abnormalities|features|describe|list|all)\b")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _label(text: str) -> bool:
    """A short phrase without a finite verb and without words holding it open."""
    return 0 < _words(text) <= _LABEL_WORDS and _VERB.search(text) is None and _HOLDS.search(text) is None


def concluded(sentence: str, question: str) -> str | None:
    """The conclusion closing a one-sentence description (see module docstring), or ``None``. A conclusion reached
    ("..., so it's the right middle lobe") answers any question; a firm one ("..., consistent with metastases", "... —
    glaucoma") a question asking for a diagnosis or for the abnormality or lesion; a hedged one ("..., suggestive of
    reactivation tuberculosis", "... — likely a fibroma") only a question asking for a diagnosis. To "What is seen in
    the lung apex?" or "What is the main finding?", what was seen is the answer."""
    text = sentence.strip()
    found = _CONCLUSION.search(text)
    firmness = "firm"
    if found is not None:
        firmness = next(k for k in ("reached", "firm", "hedged") if found.group(k))
    else:
        dash = _DASH_CLOSE.search(text)
        head = text[:dash.start()] if dash is not None else ""
        if dash is None or not _describes(head):
            return None  # "Coarctation of the aorta — rib notching.": a label, then its sign
        found = dash
    label, head = found.group("label").strip(), text[:found.start()]
    if not _label(label) or _words(label) > _CONCLUSION_WORDS or _HOLDS.search(head) is not None \
            or _CLAUSE_OPENING.match(label) is not None or _DASH.search(head) is not None:
        return None  # "A pouch — Zenker's diverticulum — arising above cricopharyngeus.": a clause, not a label
    likely = _LIKELY.match(label)
    if likely is not None:
        firmness, label = "hedged", label[likely.end():].strip()
    asks = "diagnosis" if _ASKS_DIAGNOSIS.search(question) else "entity" if _ASKS_ENTITY.search(question) else ""
    if firmness == "reached" or asks == "diagnosis" or (firmness == "firm" and asks == "entity"):
        return label
    return None  # "A thin-walled cavity ..., suggestive of reactivation tuberculosis." to "What is seen?"


def _describes(head: str) -> bool:
    """Whether ``head`` describes what is seen rather than naming it: a verb, a describing word, or many words. "This
    is a boxer's fracture" names it (its wrapper is no description)."""
    head = _WRAPPER.sub("", head)
    return _DESCRIBES.search(head) is not None or _VERB.search(head) is not None or _words(head) > _LABEL_WORDS - 2


def trimmed(sentence: str, question: str) -> str:
    """``sentence`` without the words after its label that only qualify it (see module docstring)."""
    text = sentence.strip().rstrip(".!")
    if _ASKS_ALL.search(question) is not None:
        return text
    patterns = [_REASON_TAIL, _CLAUSE_TAIL, _PART_TAIL]
    if _ASKS_MEASURE.search(question) is None:
        patterns.insert(1, _MEASURE_TAIL)
    for pattern in patterns:
        found = pattern.search(text)
        if found is not None and found.start() > 0:
            head, tail = text[:found.start()], text[found.start():]
            if _label(head) and _HOLDS.search(tail) is None:
                text = head
    return text


__all__ = ["concluded", "trimmed"]
