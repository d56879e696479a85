"""The scope of a yes: the proposition an opening or concluding "yes" governs (issue #7, session 52, lane closed52).

A yes word answers the question only when what it governs (the words after it in its sentence, or the sentence it
introduces after a colon or a dash) is about the asked thing, or is empty ("Yes." / "Yes. A biopsy is
recommended.": a sentence of its own). The review of the session-51 base found yeses read as the answer that affirm
something else:

* another identity: "So yes, this is a nevus." to "Is this melanoma?" affirms that the lesion is a nevus, which is
  not the asked diagnosis (the question asks what the thing is, the clause says it is something else);
* advice: "So yes, a biopsy is recommended." to "Is the lesion malignant?" affirms the next step, not the asked
  property.

This reads the STRUCTURE of the reply, not a phrasing: the clause the yes stands in is taken whole and asked two
things, whether it is advice (``extract/advice.py``, the one home of those words) or an identity statement ("this
is a Y", "it appears to be a Y", "consistent with a Y"), and whether it names what the question asks (a content word
of the question, a concept of the shared vocabulary the question names or a kind of one, or, to a question of an
antonym pair, a pole of that pair). A clause naming the asked thing keeps its yes ("Yes, consistent with melanoma.",
"Yes — there is a nevus-like lesion but it is melanoma"); an empty one too. A "no" is not read here: "No, this is a
nevus." gives what the thing is instead, which is how a no is corrected, not another question answered.

Where the yes governs another proposition, the reader drops it and reads the reply as one with no verdict word
(the asked property's value, ``extract/asked_value.py``, or the finding stated in words), so nothing is guessed.
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, same_verdict
from medstep.answers.concepts import vocabulary
from medstep.answers.technique import TECHNICAL
from medstep.extract import advice, asked as asked_forms, closed, closing, implicit, leads
from medstep.extract.mentions import CONFLICT
from medstep.extract.antonym_holder import GENERIC
from medstep.extract.antonym_pairs import LESION, POLES
from medstep.extract.optwords import GENERIC_HEADS
from medstep.extract.technique import asked_modality
from medstep.extract.antonym_question import Asked, parse_question
from medstep.extract.implicit_words import IMAGE
from medstep.lazyre import lazy_compile
from medstep.answers import hedges

RULE = "self_corrected"  # the value a self-correction gives after the writer's "No, wait, ..."
# A question of identity: what a thing shown is ("Is this melanoma?", "Is this lesion a nevus?", "Is it a lipoma?").
# The thing is named by a pronoun or a demonstrative (and at most one noun), the asked identity follows.
_IDENTITY_Q = lazy_compile(r"(?i)^\s*(?:is|are)\s+(?:this|it|that|these|they)(?:\s+[a-z-]+)??\s+(?:an?\s+)?"
                           r"(?P<asked>[a-z][a-z' -]{2,60}?)\s*\?\s*$")
# A statement of identity opening the clause a yes governs: "this is a nevus", "it's a benign nevus", "this appears to
# be an intradermal nevus", "consistent with a seborrheic keratosis". The identity named must be a noun phrase under
# an article (a predicate adjective, "it is large", names no other thing).
_IDENTITY = lazy_compile(
    r"(?i)^[\s*_\"'“”]*(?:(?:this|it|that|the\s+lesion|the\s+mass|the\s+finding)(?:\s+is|['’]s|\s+represents|"
    r"\s+(?:appears|seems)\s+to\s+be|\s+looks\s+like)|" + hedges.alternation(hedges.IDENTIFYING) + r")\s+"
    r"(?:(?:most\s+)?likely\s+|probably\s+|simply\s+|just\s+)?(?:an?|the)\s+(?P<other>[a-z][a-z' -]{1,60})"
)
# Words that name no identity of their own: "it is a large one", "this is a typical case / example / appearance".
_NO_IDENTITY = lazy_compile(r"(?i)\b(?:one|ones|case|example|finding|feature|appearance|sign|not|no)\b")
_CONTENT = lazy_compile(r"[a-z]{4,}")
# A clause joined to a whole yes by a conjunction: what follows is a proposition of its own, not the yes's.
_JOINED = lazy_compile(r"(?i)(?:and|also|plus)\b")
# Where the noun phrase naming the identity ends: "a mass <in the right frontal region>", "a nevus <with ...>".
_NOUN_PHRASE_END = lazy_compile(r"(?i)\b(?:with|in|at|of|on|from|that|which|and|but|measuring|involving|arising|"
                                r"containing|showing)\b")
# Words of a question that name no asked thing: the question's frame and the image.
_FRAME_WORDS = frozenset({"this", "that", "these", "those", "there", "does", "have", "with", "what", "which",
                          "lesion", "mass", "finding", "patient"})


def _asked_words(question: str) -> set[str]:
    """The content words of ``question`` by their first five letters ("melanoma" -> "melan"), its frame left out."""
    return {w[:5] for w in _CONTENT.findall(question.lower()) if w not in IMAGE and w not in _FRAME_WORDS}


def names_asked(clause: str, question: str) -> bool:
    """Whether ``clause`` names what ``question`` asks: a content word of it, a concept it names (or a kind of one),
    or, to a question of an antonym pair ("Is the lesion malignant?"), a pole of the pair ("benign")."""
    asked = parse_question(question.strip())
    if isinstance(asked, Asked) and POLES[asked.pair.name].search(clause) is not None:
        return True
    words = _asked_words(question)
    return any(w[:5] in words for w in _CONTENT.findall(clause.lower())) or closing.names_asked(clause, question)


def names_else(phrase: str, question: str) -> bool:
    """Whether ``phrase`` names a thing (a content word beside the image and the question's frame) and nothing
    ``question`` asks: "the liver" to "Is the renal lesion malignant?"; not "this image", "the lesion"."""
    return bool(_asked_words(phrase)) and not names_asked(phrase, question)


def _another_identity(clause: str, question: str) -> bool:
    """Whether ``clause`` says the thing is something other than the identity ``question`` asks ("this is a nevus"
    to "Is this melanoma?"); never to a question of how the image was made ("Is this a CT?": "this is an axial
    image" is a view of it; "Is this a coronal view?": "Yes, this is a sagittal view." contradicts itself, which the
    lead checks read) nor of an antonym pair (a property, read by ``extract/asked_value.py``)."""
    q = _IDENTITY_Q.match(question)
    m = _IDENTITY.match(clause)
    if q is None or m is None or isinstance(parse_question(question.strip()), Asked):
        return False
    if not _asked_words(question) or leads.asks_how_made(question) or asked_modality(question) is not None \
            or TECHNICAL.search(question) is not None \
            or TECHNICAL.search(clause) is not None:  # "Is this a CT scan?": it asks what the image is
        return False
    other = _NOUN_PHRASE_END.split(m.group("other"), maxsplit=1)[0].strip(" -")
    if any(closing.names_related(other, w) for w in _CONTENT.findall(q.group("asked").lower())):
        return False  # a word of the asked identity names a concept of which the other is a kind: "Is this breast
        # cancer?" names a breast mass, its "cancer" a tumour, of which "an invasive ductal carcinoma" is one
    head = other.split()[-1].lower() if other.split() else ""
    if _NO_IDENTITY.search(other) is not None or head in GENERIC or head in GENERIC_HEADS:
        return False
    # a lesion noun names no diagnosis of its own ("an extra-axial mass", "a hypodense nodule"); an "-oma" does
    return LESION.fullmatch(head) is None or head.endswith(("oma", "omas", "omata"))


# A named diagnosis by its ending ("meningioma", "schwannoma", "lipomas"): a tumour's own name, not a lesion noun.
_OMA = ("oma", "omas", "omata")


def _sibling_identity(clause: str, question: str) -> bool:
    """Whether ``clause`` says the thing is another named tumour than the one ``question`` asks ("this is a
    schwannoma" to "Is this a meningioma?"; session 53). :func:`names_asked` counts a concept of which the asked one is
    a kind as naming it, and the vocabulary files some tumours under their family ("schwannoma" under brain tumour,
    the parent of meningioma), so the sibling passed as the asked thing. Both heads must be "-oma" names that differ
    (neither ends the other: "adenocarcinoma" is a carcinoma), and no concept the clause names may be the asked one or
    a kind of it ("hepatocellular carcinoma" to "Is this a hepatoma?" names the asked concept, which keeps the yes)."""
    q = _IDENTITY_Q.match(question)
    m = _IDENTITY.match(clause)
    if q is None or m is None or isinstance(parse_question(question.strip()), Asked):
        return False
    other = _NOUN_PHRASE_END.split(m.group("other"), maxsplit=1)[0].strip(" -")
    heads = [p.split()[-1].lower().rstrip(".,;:!") if p.split() else "" for p in (other, q.group("asked"))]
    if not all(h.endswith(_OMA) for h in heads):
        return False
    stems = [h.removesuffix("ta").removesuffix("s") for h in heads]
    if stems[0].endswith(stems[1]) or stems[1].endswith(stems[0]):
        return False
    named, asked = closing.spoken_of(other), closing.asked_concepts(question)
    concepts = vocabulary().concepts
    return bool(named) and bool(asked) and not any(
        n == a or (a in concepts and n in concepts[a].descendants) for n in named for a in asked)


def governs_another(clause: str, question: str) -> bool:
    """Whether the proposition ``clause`` a yes governs is about another thing than the one ``question`` asks:
    advice ("a biopsy is recommended") or another identity ("this is a nevus"), naming nothing asked. An empty
    clause governs nothing (the yes answers)."""
    clause = clause.lstrip(" \t,;:—–-")  # the mark setting the yes off ("yes, <...>", "yes — <...>")
    if clause.strip() and _sibling_identity(clause, question):
        return True  # "Yes, this is a schwannoma." to "Is this a meningioma?": another tumour of the same family
    if not clause.strip() or _JOINED.match(clause) is not None or names_asked(clause, question):
        return False  # "Yes, and a chest tube is recommended.": the yes is whole, a new clause is joined to it
    return advice.advises(clause) or _another_identity(clause, question)


def lead_of_another(region: str, verdict: str, question: str) -> bool:
    """Whether an opening yes ("Yes, this is a nevus.", "Yes: a biopsy is recommended.") governs another proposition;
    a bare "Yes." is a sentence of its own and answers."""
    if not same_verdict(verdict, YES) or leads.BARE_LEAD.match(region) is not None:
        return False
    clause = leads.lead_clause(region)
    return clause is not None and governs_another(clause, question)


def mid_of_another(region: str, verdict: str, question: str) -> bool:
    """Whether a concluding "so yes, ..." (``closed.parse_mid``) governs another proposition in every place it is
    said ("So yes, this is a nevus.", "Therefore yes, biopsy is recommended.")."""
    if not same_verdict(verdict, YES):
        return False
    said = [clause for word, clause in closed.mid_verdicts(region) if word == "yes"]
    return bool(said) and all(governs_another(clause, question) for clause in said)



def denies_own_words(region: str, end: int) -> tuple[int, int] | None:
    """The revision cue right after a verdict word ending at ``end`` ("... looks benign. No, wait, looking again,
    ..."), or ``None``. Such a word governs the writer's own previous statement, which it withdraws: it is no verdict
    on the question (``corrected_value`` reads what the reply says instead)."""
    cue = closed.revision(region)
    if cue is None or cue[0] < end or region[end:cue[0]].strip(" \t,;:—–-.!*_"):
        return None
    return cue


def corrected_value(region: str, start: int, cue: tuple[int, int], verdict: str,
                    read: Callable[[str], str | None]) -> str | None:
    """The answer of a self-correction whose cue follows a verdict word at ``start`` ("The lesion looks benign: ...
    No, wait, looking again at the border, it is malignant."): the value the correction gives the asked property
    (read by ``read``), which a "no" withdrawing a statement of the other value confirms (the statement before it,
    read the other way round); ``CONFLICT`` where the two disagree or the correction doubts; ``None`` where neither
    is read. The session-51 ``parse_mid`` withdrawal read the same way: a verdict before a correction is withdrawn."""
    correction = closed.without_self_denial(region[cue[1]:])
    if _STILL_OPEN.search(correction) is not None:
        return CONFLICT  # "No, wait — that may be a fold. I can't be sure."
    after = read(correction) if correction.strip() else None
    said = implicit.sentences(region[:start])
    before = read(said[-1]) if said and same_verdict(verdict, NO) else None
    if before is not None and same_verdict(before, verdict) and after == before:
        return after  # "The angles are sharp. No, actually there is no effusion.": the no agrees with the words
        # before it and after the cue, it withdraws nothing (an emphatic "no, actually")
    denied = asked_forms.flip_verdict(before) if before in (YES, NO) else None
    if after == CONFLICT or (after is not None and denied is not None and after != denied):
        return CONFLICT
    return after if after is not None else denied


# Doubt in a correction: it withdraws without saying what holds instead.
_STILL_OPEN = lazy_compile(r"(?i)\?|" + hedges.words(hedges.DOUBT, hedges.POSSIBILITY))


__all__ = ["RULE", "corrected_value", "denies_own_words", "governs_another", "lead_of_another", "mid_of_another", "names_asked", "names_else"]
