"""An open reply that weighs candidates and ends by putting the choice off: undecided (``ambiguous``).

"The mass projects over the right mid-zone. On one frontal view it could be in the middle lobe or the lower lobe.
A lateral view is needed to say which." names two answers and says, in so many words, that it has not chosen. The
open reader kept such a reply whole (no single sentence of it is a refusal or a bare pair) and graded its description
as the answer. Two structures make it undecided:

- a sentence that defers the choice itself: further work "needed / required / would be needed to say which / to tell
  / to decide / to localise / to distinguish / to separate them" — after a sentence that offers the candidates as
  alternatives (``refusal.offers_alternatives``);
- "the differential remains X, Y and Z": the candidates left standing, named as still open;
- a later sentence putting the choice off until more is known ("... before favoring one over the other.") after a
  sentence offering the candidates, with a hedge or announced as such ("Two possibilities stand out: A or B.").

A reply that commits anywhere (the commitment words of ``extract/open_unanswered.COMMITS``: "most likely", "favour",
"consistent with", "unlikely", "X is my answer") is not undecided: the deferral is then a recommendation after its
answer. The deferral must stand in the sentence right after the one offering the candidates, and not be denied
("no CT is needed to say which"); "the differential remains" must be followed by the candidates themselves ("remains
broad, including ..." describes the differential, it leaves nothing open). Read by
:mod:`medstep.extract.open_whole`.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.open_unanswered import COMMITS
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

# Work put off to choose between candidates: "is needed to say which", "would be required to localise it",
# "needed to tell them apart", "necessary to distinguish between them".
# Work said to help choose is put off as well: "An ultrasound would help differentiate between these possibilities.",
# "MRI could help tell them apart".
_CHOICE_DEFERRED = lazy_compile(
    r"(?i)\b(?:(?:needed|required|necessary|essential)\s+(?:in\s+order\s+)?to|(?:would|could|can|will|may|might)\s+"
    r"help(?:\s+to)?|helps?(?:\s+to)?)\s+(?:(?:reliably|confidently|definitively|"
    r"accurately|further)\s+)?(?:say|tell|decide|know|choose|locali[sz]e|distinguish|differentiate|separate|discriminate|"
    r"settle|determine)\s+(?:which|between|them|the\s+two|these|it|where|apart)\b")
# Candidates announced as such and joined by "or": "Two possibilities stand out: an adhesive band or an internal
# hernia." (no hedge word, so ``refusal.offers_alternatives`` does not read it).
_ANNOUNCED_PAIR = lazy_compile(
    r"(?i)\b(?:two|both|a\s+couple\s+of)\s+(?:main\s+|real\s+|leading\s+|likely\s+)?"
    + hedges.words(hedges.CANDIDATES, hedges.CAUSES, ("options",)) + r"[^.;!?\n]{0,40}?[:—–][^.;!?\n]{1,120}?\bor\b")
# The choice put off until later: "... before favoring one over the other.", "before committing to either".
_BEFORE_CHOOSING = lazy_compile(r"(?i)\bbefore\s+(?:favou?ring|choosing|picking|committing\s+to|settling\s+on|"
                                r"deciding\s+on)\s+(?:one|either)\b")
# "the differential remains A, B and C", "the differential diagnosis remains between A and B".
_REMAINS = lazy_compile(r"(?i)\bdifferential(?:\s+diagnosis)?\s+(?:still\s+)?remains\b(?:\s+between)?\s+"
                        r"(?P<list>[^.;!?]+)")
_LIST_JOIN = lazy_compile(r"(?i),|\band\b|\bor\b|\bversus\b|\bvs\b")
# The deferral denied: "no CT is needed to say which", "a CT is not required to tell them apart".
_NEGATED = lazy_compile("(?i)(?:" + hedges.words(negation.PLAIN, negation.NEVER, negation.NOR) + r"|\bwithout\b)"
                       r"[^.;!?]{0,40}?\b(?:needed|required|necessary|essential)\b")


def _names_candidates(listed: str) -> bool:
    """Whether the list after "remains" opens on a candidate (a concept of the vocabulary), not on a word about the
    differential itself ("broad, including ...", "limited, and ...")."""
    first = _LIST_JOIN.split(listed, maxsplit=1)[0]
    return bool(first.strip()) and bool(vocabulary().mentions(normalize(first)))


# A test said only to help choose ("would help differentiate between these") puts off a choice between named candidates
# ("a fibroadenoma or a cyst"), not between two kinds of the answer already given ("The image shows a pneumothorax. It
# could be primary or secondary; a CT would help determine which.": the answer stands).
_HELPS = lazy_compile(r"(?i)\bhelps?\b")


def _named(sentence: str) -> set[str]:
    """The vocabulary concepts ``sentence`` names."""
    return {m.concept for m in vocabulary().mentions(normalize(sentence)) if m.concept}


def put_off(sentences: list[str]) -> bool:
    """Whether the reply of ``sentences`` (its sentences in order) weighs candidates and ends undecided (see module
    docstring)."""
    if len(sentences) < 2:
        return False
    paired = [i for i, s in enumerate(sentences) if offers_alternatives(s) or _ANNOUNCED_PAIR.search(s) is not None]
    undecided = False
    for i, sentence in enumerate(sentences[1:], start=1):
        if _BEFORE_CHOOSING.search(sentence) is not None and (i - 1 in paired or i - 2 in paired):
            undecided = True  # "Two possibilities stand out: A or B. ... I'd want X before favoring one over the other."
        deferred = _CHOICE_DEFERRED.search(sentence)
        if (deferred is not None and _NEGATED.search(sentence) is None and i - 1 in paired
                and (_HELPS.search(deferred.group()) is None or len(_named(sentences[i - 1])) >= 2)):
            undecided = True  # the deferral right after the sentence offering the candidates
        remains = _REMAINS.search(sentence)
        if remains is not None and _LIST_JOIN.search(remains.group("list")) is not None \
                and _names_candidates(remains.group("list")):
            undecided = True
    if not undecided:
        return False
    # ("before favoring one" puts the choice off: its "favoring" commits to nothing)
    return not any(COMMITS.search(_BEFORE_CHOOSING.sub(" ", s)) is not None for s in sentences)


__all__ = ["put_off"]
