"""Sentences around a long reply's verdict that use words of doubt without holding the verdict open.

``extract/open_verdict.py`` reads a reply's last verdict only when no sentence holds the answer open, and its test is
a list of words (``open_phrase.HELD_OPEN``: "or", "but", "considered", "however", "unlikely" ...). Three shapes use
those words while committing harder, and a careful reader reads the verdict through them:

* a rejected alternative: "Ovarian torsion was considered, but flow in the ovary is preserved.", "Other
  considerations like fibrotic HP or NSIP are less likely given the honeycombing." The sentence turns from other
  candidates; the words "or", "but", "considered" serve the rejection. It counts as rejecting only when it says so
  ("less likely", "unlikely", "was considered, but", "argues against", "is excluded"), does not name the verdict's
  own label (then it would reject the verdict), and nothing else in it keeps a candidate open ("but cannot be
  excluded", "remains possible", "could", "not sure").
* a disclaimer: "However, I am not a dermatologist, and if the lesion is changing or bleeding, it should be evaluated
  by a healthcare provider." It speaks of the writer and of what to do, names no candidate: nothing in it but the
  turn, a condition and an "or" of symptoms, and nothing naming a thing as what the image shows ("I'm not a doctor,
  but it looks like eczema" is a second verdict).
* a candidate list set aside inside the verdict's own sentence by a turn to a firm verdict: "The differential includes
  a lamellar hole and a pseudohole, but the full-thickness defect confirms a full-thickness macular hole." Only what
  follows the turn is the verdict's clause.

Anything else holding the answer open still blocks the verdict: missing an answer is cheaper than a wrong one.
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.open_conclusion import names_entity
from medstep.extract.open_labels import WORD
from medstep.lazyre import lazy_compile

# A sentence turning from candidates ("X is less likely", "X was considered, but ...", "argues against X"). Bounded
# gaps only: a sentence of any length is matched in linear time.
_REJECTS = lazy_compile(r"(?i)\b(?:(?:is|are|seems?|appears?)\s+(?:(?:much|far|considerably|therefore)\s+)?(?:less\s+likely|"
                        r"unlikely)|(?:was|were)\s+considered\s*,?\s+but|argues?\s+against|(?:is|are|was|were)\s+"
                        r"(?:therefore\s+)?(?:excluded|ruled\s+out)\b)")
# The words a rejection or a disclaimer may use that ``HELD_OPEN`` would count: its own turn, the "or" of the list
# it turns from, "was considered" / "considerations", a condition ("if the lesion changes"), "unlikely". Not "would"
# ("amyloidosis would explain it better", "a melanoma would look the same") nor a bare "considered" ("but metastasis
# should be considered"): those hold a candidate open.
_SERVING = lazy_compile(r"(?i)\b(?:or|other|considerations?|(?:was|were)\s+considered|but|however|though|although|"
                        r"unlikely|if|less\s+likely)\b")
# What still keeps a candidate open after the serving words are set aside: a possibility, a doubt, an alternative,
# a differential or an open candidate, a denied exclusion ("cannot be excluded"), "remains", "still", a question.
_STILL_OPEN = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.NOT_EXCLUDED, hedges.DIFFERENTIAL,
                                                 hedges.OPEN_CANDIDATE, hedges.WEIGHING, hedges.SUPPOSING,
                                                 tuple(w for w in hedges.ALTERNATIVE if w != "considered"),
                                                 ("remains", "remain", "still", "unless", "instead", "rather", "cannot",
                                                  "can't", "not excluded", "not ruled out", "versus", "vs", "would",
                                                  "considered", "consider"))
                           + r"|[?？/]")
# The writer disowning the authority to diagnose ("I am not a dermatologist", "I'm an AI", "this is not medical
# advice").
_DISCLAIMER = lazy_compile(r"(?i)\b(?:i\s+am|i['’]m)\s+(?:not\s+)?an?\s+(?:(?:board[\s-]certified|licensed|qualified|medical|"
                           r"healthcare|health\s+care)\s+)?(?:doctor|physician|dermatologist|radiologist|pathologist|"
                           r"ophthalmologist|clinician|specialist|professional|ai|language\s+model)\b|\bnot\s+(?:a\s+"
                           r"substitute\s+for\s+)?(?:professional\s+)?medical\s+advice\b")
# What names a thing as what the image shows: a frame or a lean. In a disclaimer it is a second verdict.
_NAMES = lazy_compile(r"(?i)\b(?:looks?\s+like|it\s+is|it['’]s|this\s+is|appears?|seems?|think|believe|probably|likely|"
                      r"suggests?|suggestive|consistent|represents?|diagnos\w*|indicates?)\b")
# An abbreviation naming a candidate ("NSIP", "HP"), by its capitals.
_ABBREVIATION = lazy_compile(r"\b[A-Z]{2,5}s?\b")
# A turn inside a sentence, before its verdict: ", but", "; however,".
_TURN = lazy_compile(r"(?i)(?:,|;)\s*(?:but|however,?)\s+")


def _mentions(sentence: str, label: str) -> bool:
    """Whether ``sentence`` names the verdict's label: every content word of it, by its stem."""
    own = [w.lower()[:5] for w in WORD.findall(label) if len(w) > 2]
    said = {w.lower()[:5] for w in WORD.findall(sentence)}
    return bool(own) and all(w in said for w in own)


def _open_after_serving(sentence: str) -> bool:
    """Whether ``sentence`` keeps a candidate open once the words serving a rejection or a disclaimer are set aside."""
    return _STILL_OPEN.search(_SERVING.sub(" ", sentence)) is not None


def _concepts(text: str) -> set[str]:
    """The findings and diseases of the vocabulary ``text`` names ("PE" and "pulmonary embolism" name one)."""
    return {m.concept for m in vocabulary().mentions(normalize(text)) if category_of(m) == "finding"}


def _related(concepts: set[str]) -> set[str]:
    """``concepts`` with their classes ("subdural_hematoma": also "hemorrhage", "hematoma"); not their kinds (a
    verdict read as the class "ovarian_lesion" still differs from "ovarian torsion")."""
    known = vocabulary().concepts
    return concepts.union(*(known[c].ancestors for c in concepts if c in known))


def _names_other(rejected: str, label: str) -> bool:
    """Whether ``rejected`` (what a rejection turns from) names a known finding or disease other than the verdict's
    ``label``: a concept neither the verdict's nor its class, a disease's name the verdict does not use
    ("Melanoma", "A subdural hygroma"), an abbreviation that cannot stand for the verdict ("NSIP"), or the verdict's
    own head with a qualifier it lacks ("Acalculous cholecystitis" after "acute cholecystitis"). The verdict under
    another name ("PE" for "pulmonary embolism", "A subdural bleed" for "subdural hematoma", "HCM") is none, and so
    is a rejection naming nothing known: it may name the verdict by a synonym, and it blocks."""
    said = WORD.findall(rejected)
    if not said:
        return False
    own = {w.lower() for w in WORD.findall(label)}
    head = said[-1].lower()
    shortened = _ABBREVIATION.findall(rejected)
    if any(_may_shorten(a, label) for a in shortened):
        return False  # "HCM is less likely" after "hypertrophic cardiomyopathy"
    named = _concepts(rejected)
    if named & _related(_concepts(label)):
        return head in own and any(len(w) > 3 and w.lower() not in own for w in said[:-1])
    return bool(named) or bool(shortened) or (head not in own and names_entity(head))


def _may_shorten(abbreviation: str, label: str) -> bool:
    """Whether ``abbreviation`` may stand for ``label``: its first letter opens the label and its letters follow one
    another in it ("HCM" in "hypertrophic cardiomyopathy", "PE" in "pulmonary embolism")."""
    text = label.lower().lstrip()
    if not text.startswith(abbreviation[0].lower()):
        return False
    at = 0
    for letter in abbreviation.lower():
        at = text.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def rejects_others(sentence: str, label: str) -> bool:
    """Whether ``sentence`` (not the verdict's own) turns from other candidates and keeps none open (module
    docstring): "Ovarian torsion was considered, but flow is preserved.", "NSIP is less likely given ...". Not when
    it names the verdict's label ``label`` (it would reject the verdict), the rejected thing is not known as another
    finding or disease ("PE is unlikely" after "pulmonary embolism"), or it keeps a candidate open."""
    found = _REJECTS.search(sentence)
    if found is None or _mentions(sentence, label) or _open_after_serving(sentence):
        return False
    against = found.group().lower().startswith("argue")
    return _names_other(sentence[found.end():] if against else sentence[:found.start()], label)


def disclaims(sentence: str, label: str) -> bool:
    """Whether ``sentence`` (not the verdict's own) only disclaims the writer's authority and advises: "However, I am
    not a dermatologist, and if the lesion is changing or bleeding, it should be evaluated by a healthcare
    provider." Not when it names a thing as what the image shows ("I'm not a doctor, but it looks like eczema"),
    names the verdict's label, or keeps a candidate open."""
    return (_DISCLAIMER.search(sentence) is not None and _NAMES.search(sentence) is None
            and not _mentions(sentence, label) and not _open_after_serving(sentence))


def after_turn(sentence: str, cue_at: int) -> str | None:
    """The part of the verdict's own ``sentence`` after the last turn (", but", "; however,") standing before its cue
    at ``cue_at`` (relative to the sentence), or ``None`` when no turn stands there: "The differential includes A
    and B, but the full-thickness defect confirms X" keeps "the full-thickness defect confirms X"."""
    last: re.Match[str] | None = None
    for found in _TURN.finditer(sentence, 0, cue_at):
        last = found
    return sentence[last.end():] if last is not None else None


__all__ = ["after_turn", "disclaims", "rejects_others"]
