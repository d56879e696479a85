"""An open reply read whole whose later sentence leaves the answer open.

The open reader takes an unmarked reply of several sentences whole when no reader finds its answer in one of them
(``extract/open_reader.py``'s last step). The readers of candidates, hedges and declining read the opening
sentence or a short reply, so a reply that describes first and declines to choose after ("The cardiac silhouette is
enlarged with a globular configuration. That could be a large pericardial effusion or marked cardiomegaly; from a
single radiograph the two can't be separated reliably.", "Several things could contribute here: ... Any of these
might explain it, and I wouldn't want to single one out.", "... The main one is either the cardiomegaly or the
effusions, depending on the clinical question.") was read whole, its description given as the answer. A later
sentence that declines (``open_refusal.declines``), weighs two by "either ... or", or says they cannot be told
apart leaves the whole open: ambiguous; so does a reply that weighs candidates and ends by putting the choice off
(``extract/open_deferred.py``). A differential listed after a committed answer ("Appendicitis.
Differentials I considered and rejected: ...", "There is a ring-enhancing lesion ... . The differential includes
abscess, glioblastoma and metastasis.", "... Could be a glioma, a metastasis or an abscess.") does not: the answer
stands, and its causes are weighed after it.
"""

from __future__ import annotations

from medstep.extract import open_decision, open_deferred
from medstep.lazyre import lazy_compile

_SENTENCE = lazy_compile(r"(?<=[.!?;])\s+|\n+")
# "either X or Y" weighed in one sentence, and candidates said not to be told apart ("the two can't be separated
# reliably", "cannot be distinguished", "impossible to differentiate").
_EITHER_OR = lazy_compile(r"(?i)\beither\b[^.;!?]{1,80}?\bor\b")
_APART = lazy_compile(r"(?i)\b(?:can(?:not|'t|\s+not)|could(?:n't|\s+not)|impossible\s+to|not\s+possible\s+to)\s+"
                      r"(?:be\s+)?(?:reliably\s+|confidently\s+|really\s+)?(?:separated?|distinguish(?:ed)?|differentiated?|"
                      r"told\s+apart|tell\s+(?:them|the\s+two)\s+apart)\b")


def held_open(region: str, question: str) -> bool:
    """Whether a sentence after the first of ``region`` declines or weighs two (module docstring)."""
    sentences = [s.strip() for s in _SENTENCE.split(region.strip()) if s.strip(" *_-")]
    if open_deferred.put_off(sentences):
        return True  # "It could be in the middle or the lower lobe. A lateral view is needed to say which."
    return any(open_decision.declines(s) or _EITHER_OR.search(s) is not None or _APART.search(s) is not None
               for s in sentences[1:])


def puts_off(reply: str) -> bool:
    """Whether the whole unmarked ``reply`` weighs candidates and puts the choice off (``open_deferred.put_off``): read
    on the reply, not on the sentence a frame reader narrowed it to ("The image shows a round mass. This could be a
    fibroadenoma or a cyst. An ultrasound would help differentiate between these possibilities." is narrowed to its
    first sentence, which decides nothing the reply did not leave open)."""
    return open_deferred.put_off([s.strip() for s in _SENTENCE.split(reply.strip()) if s.strip(" *_-")])


__all__ = ["held_open", "puts_off"]
