"""An option concluded on with words describing it between the conclusion adverb and its text.

"So pars flaccida cholesteatoma.", "Therefore acute sigmoid diverticulitis.", "..., so a left-sided tension
pneumothorax.": the adverb concludes on the option as it does right before it ("So cholesteatoma."); the words
between are the option's own description. Read only when the option closes its sentence and the words between are
describing words: no function word, copula, negation, hedge or weighing word ("So either cholesteatoma or otitis
media.", "So maybe early appendicitis.", "So the differential is appendicitis.", "So pain from appendicitis.").
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.implicit_words import AFTER_TERM, COPULA, STOP
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

_MAX_WORDS = 3
_ADVERB_DESCRIBED = lazy_compile(
    r"(?i)(?:\A|[.!?;,:\n—–])[\s*_\-•]*(?:and\s+)?(?:so|thus|therefore|hence|consequently|in\s+conclusion|"
    r"in\s+summary|overall)\b[\s,:]*(?:(?:an?|the)\s+)?[\s*_]*(?P<words>(?:[a-z][a-z'’-]*\s+){1,"
    + str(_MAX_WORDS) + r"})[\s*_\"'“(]*\Z")
# Words that make the span more than a description: function words, a copula, a denial, a hedge, a comparison.
_NOT_DESCRIBING = (STOP | COPULA | AFTER_TERM | frozenset(negation.DENY + negation.NEITHER + negation.NEVER + negation.NONE
                                                          + negation.NON + hedges.POSSIBILITY + hedges.LIKELIHOOD
                                                          + hedges.WEIGHING)
                   | frozenset({"or", "vs", "versus", "than", "rather", "like", "from", "for", "as", "by", "it", "it's",
                                "we", "i", "you", "they", "be", "been", "being", "other", "another", "some", "more",
                                "most", "less", "least", "not", "if", "unless", "also", "only", "just", "then"}))


def after_adverb(left: str) -> bool:
    """Whether ``left`` (the text before an option that closes its sentence) ends in a conclusion adverb and up to
    three words describing the option (module docstring)."""
    found = _ADVERB_DESCRIBED.search(left)
    if found is None:
        return False
    words = found.group("words").lower().split()
    return _NOT_DESCRIBING.isdisjoint(words) and not is_hedge(found.group("words"))


__all__ = ["after_adverb"]
