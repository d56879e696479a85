"""A finding named alone: a one-sentence reply that only names the asked finding states it.

Report language states a finding by naming it, with its size, place and description, and no verb: "A 6 mm calculus in
the lower pole of the left kidney.", "Small left pleural effusion." The question-word reader (``extract/implicit.py``)
reads such a sentence as stating the finding, as the concept reader (``extract/findings.py``) does, where it is a whole
sentence (never a field's label, "Ascites: none."), holds no verb nor frame of a request or history ("History of
kidney stones.", "Evaluate for pneumothorax.") and the asked term is a finding, not an organ alone ("heart" to "Does
the image contain the heart?" states nothing). A negation or hedge in it is read by the caller before this is asked.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract.implicit_words import APPEAR
from medstep.lazyre import lazy_compile

# Words that make a clause more than a finding named: a verb or modal (a sentence says something else of the term),
# or a frame of the request or the history ("History of kidney stones.", "Evaluate for pneumothorax.", "Old healed
# rib fracture."), or a name that is not the finding ("Pseudo-fracture.", a Looser zone). The hedge, history, search
# and exclusion words are their homes' (``answers/hedges.py``, ``answers/negation.py``); only the verbs, pronouns and
# request frames no home lists are named here.
_NOT_FRAGMENT = frozenset({
    "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "can", "will", "shall", "must",
    "seems", "seem", "suggests", "suggest", "indicates", "indicate", "hx", "assessment", "query", "risk", "screening",
    "protocol", "follow", "for", "status", "removed", "repaired", "pseudo", "i", "we", "you",
}) | APPEAR | {w for group in (hedges.POSSIBILITY, hedges.CONDITION, hedges.OBLIGATION, hedges.PAST, hedges.SEARCH,
                                 hedges.ALTERNATIVE, negation.CANNOT, negation.GONE) for w in group if " " not in w} \
    | negation.heads(negation.EXCLUDED)

LABELLED = lazy_compile(r"[:：|=#>*]")


def is_fragment(toks: list[str]) -> bool:
    """Whether the clause only names a finding, with its size, place and description ("A 6 mm calculus in the lower
    pole of the left kidney.", "Small left pleural effusion."): no verb and no frame (``_NOT_FRAGMENT``). Report
    language states a finding so; a negation or hedge in it is read before this is asked."""
    return 0 < len(toks) <= 20 and _NOT_FRAGMENT.isdisjoint(toks)


@lru_cache(maxsize=1024)
def organ_only(words: tuple[str, ...]) -> bool:
    """Whether the asked term names only body parts ("Does the image contain the heart?"): naming one states no
    finding, so a reply that only names it ("heart") is no fragment statement."""
    text = normalize(" ".join(words))
    mentions = [m for m in vocabulary().mentions(text) if m.kind is MentionKind.CONCEPT]
    return bool(mentions) and all(vocabulary().concepts[m.concept].category == "anatomy" for m in mentions)


__all__ = ["LABELLED", "is_fragment", "organ_only"]
