"""An open reply that weighs candidates and ends by putting the choice off: undecided (``ambiguous``).

"The mass projects over the right mid-zone. On one frontal view it could be in the middle lobe or the lower lobe.
A lateral view is needed to say which." names two answers and says, in so many words, that it has not chosen. The
open reader kept such a reply whole (no single sentence of it is a refusal or a bare pair) and graded its description
as the answer. Two structures make it undecided:

- a sentence that defers the choice itself: further work "needed / required / would be needed to say which / to tell
  / to decide / to localise / to distinguish / to separate them" — after a sentence that offers the candidates as
  alternatives (``refusal.offers_alternatives``);
- "the differential remains X, Y and Z": the candidates left standing, named as still open.

A reply that commits anywhere ("most likely", "I'd go with", ``answers/yesno.COMMITTED_LEANS``) outside the pair's own
sentence is not undecided: the deferral is then a recommendation after its answer. Read by
:mod:`medstep.extract.open_whole`.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.yesno import COMMITTED_LEANS
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

# Work put off to choose between candidates: "is needed to say which", "would be required to localise it",
# "needed to tell them apart", "necessary to distinguish between them".
_CHOICE_DEFERRED = lazy_compile(
    r"(?i)\b(?:needed|required|necessary|essential)\s+(?:in\s+order\s+)?to\s+(?:(?:reliably|confidently|definitively|"
    r"accurately)\s+)?(?:say|tell|decide|know|choose|locali[sz]e|distinguish|differentiate|separate|discriminate|"
    r"settle|determine)\s+(?:which|between|them|the\s+two|it|where|apart)\b")
# "the differential remains A, B and C", "the differential diagnosis remains between A and B".
_REMAINS = lazy_compile(r"(?i)\bdifferential(?:\s+diagnosis)?\s+(?:still\s+)?remains\b(?:\s+between)?\s+"
                        r"(?P<list>[^.;!?]+)")
_LIST_JOIN = lazy_compile(r"(?i),|\band\b|\bor\b|\bversus\b|\bvs\b")
_COMMITTED = lazy_compile("(?i)" + hedges.words(COMMITTED_LEANS))


def put_off(sentences: list[str]) -> bool:
    """Whether the reply of ``sentences`` (its sentences in order) weighs candidates and ends undecided (see module
    docstring)."""
    if len(sentences) < 2:
        return False
    paired = [i for i, s in enumerate(sentences) if offers_alternatives(s)]
    undecided = False
    for i, sentence in enumerate(sentences[1:], start=1):
        if _CHOICE_DEFERRED.search(sentence) is not None and any(j < i for j in paired):
            undecided = True
        remains = _REMAINS.search(sentence)
        if remains is not None and _LIST_JOIN.search(remains.group("list")) is not None:
            undecided = True
    if not undecided:
        return False
    return not any(_COMMITTED.search(s) is not None for i, s in enumerate(sentences) if i not in paired)


__all__ = ["put_off"]
