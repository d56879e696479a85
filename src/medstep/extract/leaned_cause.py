"""The cause leaned on after a finding is stated: "Left lower lobe consolidation, likely pneumonia.", "An extra-axial
mass, probably a meningioma.", "Dilated calyces, most likely from a ureteric stone."

The lean in the closing apposition weighs what the stated finding is or comes from, not whether it is there: to "Is
there consolidation?" the first reply commits to consolidation. So the apposition is set aside before a sentence is
read for hedges (``extract/implicit.hedged``), and only where it is safe:

* the sentence is read for an asked finding whose words are known, and the apposition names none of them ("Opacity,
  likely consolidation." to "Is there consolidation?" still only leans);
* the apposition names a finding of the vocabulary (a diagnosis: "pneumonia", "meningioma"), never a mimic or a
  doubt of the finding itself ("A lucent line, likely artefact.", "..., probably old", "..., likely not significant");
* it closes the sentence, after a comma or a dash, with nothing else after it (another hedge left in the sentence
  still hedges it).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.lazyre import lazy_compile

_LEAN = r"(?:(?:most|more|very|quite)\s+)?(?:likely|probably|possibly|presumably|perhaps|suggestive\s+of|suggesting)"
# (from the first space of a run only, "(?<!\s)": from every space of a long run it would rescan the run)
_APPOSITION = lazy_compile(r"(?i)(?<!\s)\s*(?:,|—|–|\s-)\s*" + _LEAN + r"\s+(?:(?:due\s+to|from|representing|reflecting)\s+)?"
                           r"(?P<cause>[a-z][a-z' -]{1,60}?)\s*[.!]?\s*$")
_DENYING = negation.heads(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NOTHING,
                          negation.NON, negation.ABSENT)
# Words of a cause that would doubt the finding itself rather than name where it comes from.
_DOUBTING = frozenset(hedges.MIMICS) | frozenset(hedges.PAST) | frozenset(
    {"normal", "physiological", "physiologic", "incidental", "insignificant", "significant", "artifactual", "artefactual",
     "spurious", "apparent", "old", "chronic", "healed", "resolved", "resolving", "same", "it", "this", "that"})


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
    if any(t.startswith(w) or w.startswith(t) for t in toks for w in words if len(t) > 2):
        return sentence  # the asked finding itself leaned on
    voc = vocabulary()
    named = [x for x in voc.mentions(cause) if x.kind is MentionKind.CONCEPT]  # a place alone is no cause
    if not any(voc.concepts[x.concept].category == "finding" for x in named if x.concept in voc.concepts):
        return sentence
    return sentence[:m.start()] + "."


__all__ = ["set_aside"]
