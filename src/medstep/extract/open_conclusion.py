"""The conclusion closing a one-sentence open answer: the answer to a question asking for a diagnosis.

A description that ends in its conclusion: "Multiple ring-enhancing lesions at the grey-white junction, consistent
with metastases.", "..., which suggests a giant cell tumour.", "The opacity obscures the right heart border, so it's
the right middle lobe.", "A wide-complex tachycardia with AV dissociation — ventricular tachycardia." To a question
asking for a diagnosis, the conclusion is the answer (:func:`concluded`); to one asking what is seen, the
description is; to one asking a place, a part, a count or a measure (``extract/asked_value_kind.py``: "Which organ
contains the abnormality?"), only a conclusion reached ("so it's the right middle lobe"). Nothing is taken that holds the answer open (``extract/open_labels.py``). What follows a label and
only qualifies it is ``extract/open_tails.py``'s.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.wordforms import DISEASE_ENDINGS, DISEASE_NOUNS
from medstep.extract.asked_value_kind import asks_other_value
from medstep.extract.open_labels import (
    HOLDS, LABEL_WORDS, NO_OTHER, QUALIFIER_OPENING, TAIL_DENIAL, TAIL_HOLDS, VERB, WORD, denies_other, is_label,
    names_finding, words,
)
from medstep.lazyre import lazy_compile

_CONCLUSION_WORDS = 6
# A conclusion closing the sentence: what follows it is the answer. Its link says how firm it is: reached ("so it's",
# "therefore"), firm ("consistent with", "typical of"), or hedged ("suggestive of", "suggesting").
_CONCLUSION = lazy_compile(
    r"(?i)(?:[,;]\s*|(?<!\s)\s+[—–-]\s+|(?<!\s)\s*—\s*|(?<=\w)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)\s+"
    r"(?=(?:(?:most|highly|strongly)\s+)?(?:consistent|compatible|"
    r"in\s+keeping|suggestive|typical|characteristic|diagnostic)\b))(?P<relative>(?:which|that)\s+(?:is\s+)?)?"
    r"(?:(?:most|highly|strongly)\s+)?"
    r"(?:(?P<reached>so\s+(?:it's|it’s|it\s+is|this\s+is|the\s+answer\s+is|the\s+diagnosis\s+is)|therefore|hence|"
    r"thus|i\.e\.,?)|(?P<firm>(?:consistent|compatible)\s+with|in\s+keeping\s+with|characteristic\s+of|typical\s+of|"
    r"diagnostic\s+of|representing)|(?P<hedged>suggestive\s+of|suggests?|suggesting|indicating|indicates))"
    r"\s+(?:an?\s+|the\s+)?(?P<label>[^,;:()—–]+?)[\s.!]*$")
# The same conclusion as the sentence's own verb, after a description as its subject: "The widened mediastinum suggests
# aortic dissection." Read only to a question asking for a diagnosis.
_VERB_CONCLUSION = lazy_compile(
    r"(?i)(?<=\w)\s+(?:(?:most\s+)?(?:likely\s+)?(?:indicates?|suggests?|represents?|points?\s+to|signifies)|"
    r"(?:is|are)\s+(?:most\s+)?(?:consistent|compatible)\s+with|(?:is|are)\s+(?:typical|characteristic|diagnostic)\s+of|"
    # "... is classic for X", "... are the hallmark of X", "... is pathognomonic of X"
    r"(?:is|are)\s+(?:the\s+)?(?:classic(?:al)?|pathognomonic)\s+(?:for|of)|(?:is|are)\s+the\s+(?:[\w-]+\s+)?hallmarks?\s+of)"
    r"\s+(?:an?\s+|the\s+)?(?P<label>[^,;:()—–]+?)[\s.!]*$")
# A conclusion said with a likelihood ("— likely a non-ossifying fibroma") is hedged whatever its link.
_LIKELY = lazy_compile("(?i)^" + hedges.words(hedges.LIKELIHOOD, hedges.POSSIBILITY))
# A bare label after a dash closing a description: "A wide-complex tachycardia with AV dissociation — VT."
# A bracket may close it when it only qualifies the label ("... : placenta praevia (complete).", :func:`_qualifies`).
_DASH_CLOSE = lazy_compile(r"(?:(?<!\s)\s+[—–-]\s+|(?<!\s)\s*—\s*|(?<!\d):\s+)(?:an?\s+|the\s+)?(?P<label>[^,;:()—–]+?)"
                           r"(?:\s*\((?P<aside>[^()]{1,40})\))?[\s.!]*$")
_WRAPPER = lazy_compile(r"(?i)^[\s*_\"']*(?:it\s+is|it's|it’s|this\s+is|this's|that\s+is|that's)\s+")
# A clause opening what follows a dash, not a label: "— arising above cricopharyngeus".
_CLAUSE_OPENING = lazy_compile(r"(?i)[a-z]+(?:ing|ed)\s+(?:above|below|from|into|in|on|at|to|with|by|along|across|"
                               r"through|around|beyond|over|under|within)\b")
_DASH = lazy_compile(r"\s[—–-]\s|—")
# What makes the part before a dash a description, not a label: a verb, "with", or a word describing a shape.
# A participle taking an object ("nodules enlarging both lobes", "a mass encasing the vessels") is a clause too.
_DESCRIBES = lazy_compile(r"(?i)\b(?:with|without|crossing|showing|obscuring|involving|containing|causing|"
                          r"extending)\b|[a-z]+-(?:shaped|complex|like|based|enhancing)\b|"
                          r"\b[a-z]{3,}ing\s+(?:the|both|a|an|all|its|their|each|multiple|several)\b")
# The nouns of a question asking a disease, a cause, or an abnormality or lesion (regex fragments, no groups), shared
# with ``extract/open_verdict.py``, which tells a cause from a diagnosis.
DISEASE_ASKED = r"disease|condition|syndrome|entity"
CAUSE_ASKED = r"etiology|aetiology"
ENTITY_ASKED = r"abnormality|lesion|mass|tumou?r"
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\b(?:diagnos[ie]s|" + DISEASE_ASKED + r"|cause|caus\w+|" + CAUSE_ASKED
                               + r"|pathology|rhythm|organism)\b")
# A question whose head asks a concept ("What is the diagnosis at the L4-L5 level?", "What lesion is seen in the
# posterior segment?"): a place or measure word later in it only says where or of what, it asks no place.
_CONCEPT_HEAD = lazy_compile(r"(?i)\W*what\s+(?:(?:is|are|was)\s+)?(?:(?:the|this|that)\s+)?(?:(?:most\s+)?(?:likely|"
                             r"probable|final|main|primary|differential)\s+)?(?:diagnos[ie]s|disease|condition|lesion|"
                             r"abnormality|pathology|entity|process|disorder|syndrome|tumou?r)\b")
_ASKS_ENTITY = lazy_compile(r"(?i)\b(?:" + ENTITY_ASKED + r")\b")
# A question asking what is seen: a firm conclusion answers it when it names an entity of its own (:func:`_names_entity`).
_ASKS_SEEN = lazy_compile(r"(?i)\b(?:finding|shown|seen|shows?|demonstrated|appearance|what\s+is\s+this)\b")
_DISEASE_NAME = lazy_compile(r"(?i)(?:" + hedges.alternation(DISEASE_ENDINGS) + r")$|^(?:"
                             + hedges.alternation(DISEASE_NOUNS) + r")$")


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
    elif _VERB_CONCLUSION.search(text) is not None and _ASKS_DIAGNOSIS.search(question) is not None:
        found = _VERB_CONCLUSION.search(text)  # "The ring-enhancing lesion with a smooth wall indicates an abscess."
        if found is None or VERB.search(text[:found.start()]) is not None:
            return None
    else:
        dash = _DASH_CLOSE.search(text)
        head = text[:dash.start()] if dash is not None else ""
        if dash is None or not _describes(head):
            return None  # "Coarctation of the aorta — rib notching.": a label, then its sign
        found = dash
    label, head = found.group("label").strip(), text[:found.start()]
    if not is_label(label) or words(label) > _CONCLUSION_WORDS or not _firm_head(head, label) \
            or _CLAUSE_OPENING.match(label) is not None or _DASH.search(head) is not None:
        return None  # "A pouch — Zenker's diverticulum — arising above cricopharyngeus.": a clause, not a label
    aside = found.groupdict().get("aside")
    if aside is not None and not _qualifies(aside):
        return None  # "... — ventricular tachycardia (or SVT with aberrancy).": the bracket holds it open
    if found.groupdict().get("relative") and names_finding(head) and not names_entity(label):
        return None  # "Spontaneous pneumothorax, which is typical of tall thin young men.": said of the label
    likely = _LIKELY.match(label)
    if likely is not None:
        firmness, label = "hedged", label[likely.end():].strip()
    if firmness != "reached" and asks_other_value(question) and _CONCEPT_HEAD.match(question) is None:
        return None  # "..., consistent with a simple cyst" to "Which organ contains the abnormality?": an organ is asked
    asks = "diagnosis" if _ASKS_DIAGNOSIS.search(question) else "entity" if _ASKS_ENTITY.search(question) else \
        "seen" if _ASKS_SEEN.search(question) else ""
    if firmness == "reached" or asks == "diagnosis" or (firmness == "firm" and asks == "entity") \
            or (firmness == "firm" and asks == "seen" and names_entity(label)):
        return label
    return None  # "A thin-walled cavity ..., suggestive of reactivation tuberculosis." to "What is seen?"


# Words of weighing that name places in a description ("enlarging both lobes", "between the ribs"), not a choice.
_PLACE_WORDS = frozenset({"both", "between"})


def _firm_head(head: str, label: str) -> bool:
    """Whether the description ``head`` before a conclusion leaves it firm: nothing in it weighs, doubts or turns, and
    each denial in it denies another thing ("Multiple diverticula without inflammation — diverticulosis.", "A dilated
    appendix without perforation, consistent with appendicitis."), not the label ("No appendicitis — ..." has no
    label of its own to conclude to)."""
    for found in HOLDS.finditer(NO_OTHER.sub(" ", head)):
        if found.group().lower() not in _PLACE_WORDS and TAIL_DENIAL.fullmatch(found.group()) is None:
            return False
    return denies_other(head, label)


def _qualifies(aside: str) -> bool:
    """Whether a bracket closing a conclusion only qualifies it ("(complete)", "(right-sided)", "(grade 2)"): it opens
    as a qualifier does, holds nothing open, and names no finding of its own ("(or abscess)", "(cellulitis)")."""
    return (QUALIFIER_OPENING.match(aside.strip()) is not None and TAIL_HOLDS.search(aside) is None
            and TAIL_DENIAL.search(aside) is None and not names_finding(aside))


def names_entity(label: str) -> bool:
    """Whether a firm conclusion ``label`` names an entity of its own, so that it answers a question asking what is seen
    ("..., consistent with a dentigerous cyst", "... consistent with myelolipoma"): a finding of the vocabulary or a
    disease's name by its ending; not a word qualifying the finding before it ("... consistent with tension")."""
    last = WORD.findall(label)[-1].lower() if WORD.search(label) else ""
    return names_finding(label) or _DISEASE_NAME.search(last) is not None


def _describes(head: str) -> bool:
    """Whether ``head`` describes what is seen rather than naming it: a verb, a describing word, or many words. "This
    is a boxer's fracture" names it (its wrapper is no description)."""
    head = _WRAPPER.sub("", head)
    return _DESCRIBES.search(head) is not None or VERB.search(head) is not None or words(head) > LABEL_WORDS - 2


__all__ = ["CAUSE_ASKED", "DISEASE_ASKED", "ENTITY_ASKED", "concluded", "names_entity"]
