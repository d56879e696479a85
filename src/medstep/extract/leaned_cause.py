"""The cause leaned on after a finding is stated: "Left lower lobe consolidation, likely pneumonia.", "An extra-axial
mass, probably a meningioma.", "Hydronephrosis, most likely from a ureteric stone."

The lean in the closing apposition weighs what the stated finding is or comes from, not whether it is there: to "Is
there consolidation?" the first reply commits to consolidation. So the apposition is set aside before a sentence is
read for hedges (``extract/implicit.hedged``), and only where it is safe:

* the sentence is read for an asked finding whose words are known, and the apposition names none of them nor a
  finding of the vocabulary related to them ("Opacity, likely consolidation." to "Is there consolidation?", "Blood,
  probably intraventricular haemorrhage." to "Is there intracranial hemorrhage?" still only lean);
* the asked finding is stated in its words before the lean ("A mass, probably a meningioma." to "Is there a mass?"):
  a lean after signs the finding would only be inferred from names another reading of them ("Dilated small bowel
  loops, likely ileus." to "Is there small bowel obstruction?", "Blunting of the costophrenic angle, probably
  scarring." to "Is there a pleural effusion?"), and after two readings side by side it may choose between them
  ("Consolidation or atelectasis, likely pneumonia.");
* the apposition names a finding of the vocabulary (a diagnosis: "pneumonia", "meningioma"), never a mimic or a
  doubt of the finding itself ("A lucent line, likely artefact.", "..., probably old", "..., likely not significant");
* it closes the sentence, after a comma or a dash, with nothing else after it (another hedge left in the sentence
  still hedges it).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract.implicit_terms import matches, stem
from medstep.lazyre import lazy_compile

# (not "suggesting" / "suggestive of": what the stated signs point to is the inference asked, "Blood in the ventricles,
# suggesting intraventricular haemorrhage.", not its cause)
_LEAN = r"(?:(?:most|more|very|quite)\s+)?(?:likely|probably|possibly|presumably|perhaps)"
# (from the first space of a run only, "(?<!\s)": from every space of a long run it would rescan the run)
_APPOSITION = lazy_compile(r"(?i)(?<!\s)\s*(?:,|—|–|\s-)\s*" + _LEAN + r"\s+(?:(?:due\s+to|from|representing|reflecting)\s+)?"
                           r"(?P<cause>[a-z][a-z' -]{1,60}?)\s*[.!]?\s*$")
_DENYING = negation.heads(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NOTHING,
                          negation.NON, negation.ABSENT)
_WORD = lazy_compile(r"[a-z0-9]+")
# Words that set two readings side by side before the lean.
_CHOICE = frozenset({"or", *hedges.ALTERNATIVE})
# Words of a cause that would doubt the finding itself rather than name where it comes from.
_DOUBTING = frozenset(hedges.MIMICS) | frozenset(hedges.PAST) | frozenset(
    {"normal", "physiological", "physiologic", "incidental", "insignificant", "significant", "artifactual", "artefactual",
     "spurious", "apparent", "old", "chronic", "healed", "resolved", "resolving", "same", "it", "this", "that"})


def _concept_stated(before: str, words: tuple[str, ...], cause: set[str]) -> bool:
    """Whether ``before`` (the sentence before the lean) names the concept the asked ``words`` name as a whole, in
    other words ("Multiple bilateral pulmonary nodules, likely metastases." to "Are there lung nodules?"; session 53),
    and the leaned ``cause`` is neither that concept nor a kind of it: the finding is stated, the lean names what it is."""
    voc = vocabulary()
    asked = {x.concept for x in voc.mentions(" ".join(words))
             if x.kind is MentionKind.CONCEPT and x.concept in voc.concepts}
    if len(asked) != 1:
        return False
    concept = next(iter(asked))
    if any(c == concept or c in voc.concepts[concept].descendants for c in cause):
        return False
    # the asked head noun itself stated ("nodules"), only its modifier in other words ("pulmonary" for "lung"): a sign
    # the vocabulary files under the concept ("Blunting of the costophrenic angle" to "Is there a pleural effusion?")
    # is another reading of the signs, which the lean may choose
    head = stem(words[-1])
    if not any(matches(t, head) for t in _WORD.findall(before.lower())):
        return False
    return any(x.kind is MentionKind.CONCEPT and x.concept == concept for x in voc.mentions(before))


def set_aside(sentence: str, words: tuple[str, ...]) -> str:
    """``sentence`` without a closing leaned cause that names a diagnosis and none of ``words`` (see module
    docstring), else ``sentence`` unchanged."""
    m = _APPOSITION.search(sentence)
    if m is None or not words:
        return sentence
    cause = m.group("cause").lower()
    toks = cause.replace("-", " ").split()
    if any(t in _DOUBTING or t in _DENYING or t.endswith("n't") for t in toks):
        return sentence
    if any(matches(t, w) or t.startswith(w) or w.startswith(t) for t in toks for w in words if len(t) > 2):
        return sentence  # the asked finding itself leaned on
    voc = vocabulary()
    named = {x.concept for x in voc.mentions(cause) if x.kind is MentionKind.CONCEPT and x.concept in voc.concepts}
    if not any(voc.concepts[c].category == "finding" for c in named):
        return sentence  # a place alone is no cause
    before = [t for t in _WORD.findall(sentence[:m.start()].lower())]
    if not all(any(matches(t, w) for t in before) for w in words if len(w) > 2) \
            and not _concept_stated(sentence[:m.start()], words, named):
        # the asked finding not stated in its words before the lean: a kind of it leaned on ("Blood in the ventricles,
        # probably intraventricular haemorrhage."), or another reading of the signs it would be inferred from
        # ("Dilated small bowel loops, likely ileus." to "Is there small bowel obstruction?", "Blunting of the
        # costophrenic angle, probably scarring."); stated, the lean names what it is ("A mass, probably a meningioma.")
        return sentence
    if any(t in _CHOICE for t in before):
        return sentence  # "Consolidation or atelectasis, likely pneumonia.": the lean may choose between the two
    return sentence[:m.start()] + "."


__all__ = ["set_aside"]
