"""What a diagnosis is said not to explain: "Heart failure explains the effusion but not the cavity".

Why (issue #8, verify59): the contrast word ends the explanation's clause and the "not" after it was read as a denial
of what follows, so "Idiopathic PAH explains the big pulmonary arteries but not septal lines, an effusion, or oedema"
read the septal lines, effusion and oedema absent, and a faithful chain was contradicted by the report that states
them. The "not" there turns down the explanation (the verb elided: "but [does] not [explain] B"), as "heart failure
does not explain a unilateral effusion" (``triggers.tsv`` ``rejected_subject``) does: B is there to be explained, and
stands. Only a verb of explaining (not "fits", whose object may be a diagnosis turned down: "fits pneumonia but not
TB"), in the same clause, not itself denied, and the "not" right after the contrast ("but", "though", "yet", a comma);
"There is an effusion but not a pneumothorax" has no such verb and keeps its denial.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.lazyre import lazy_compile

__all__ = ["unexplained"]

_REACH = 160  # characters before the "not" searched for the verb (one clause; a long text stays linear)
_VERBS = ("explains", "explain", "explained", "explaining", "accounts for", "account for", "accounted for",
          "accounting for")
_CONTRASTS = ("but", "yet", "though")
# words of another clause between the verb and the contrast: "explains the fever and there is an effusion, but not a
# pneumothorax" denies the pneumothorax (the contrast turns from the effusion's clause, not from the explanation)
_OTHER_CLAUSE = ("there", "is", "are", "was", "were", "has", "have", "shows", "show", "no", "which", "without")


def _words(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# a verb of explaining, active ("explained by heart failure but not pneumonia" names the explanations, B is one turned
# down), its object up to the contrast right before the "not" ("but", "yet", "though", a comma), no break between
_EXPLAINED = lazy_compile(r"\b(?:" + _words(_VERBS) + r")\b(?!\s+by\b)([^.;:!?\n]*?)(?:\b(?:" + _words(_CONTRASTS)
                          + r")\b,?|,)\s*$")
# "does not explain A, nor B", "never accounts for": the verb itself denied, a plain denial
_DENIED_VERB = lazy_compile(r"\b(?:" + _words(negation.PLAIN + negation.NEVER) + r"|[a-z]+n't)\s+$")
_ANOTHER = lazy_compile(r"\b(?:" + _words(_OTHER_CLAUSE) + r")\b")


def unexplained(low: str, start: int) -> bool:
    """Whether the "not" at ``start`` of the lower-cased ``low`` turns down an explanation its clause gave before it
    ("explains the effusion but not the cavity", "accounts for the nodes, not the effusion"): what it names stands."""
    lo = max(0, start - _REACH)
    m = None
    for m in _EXPLAINED.finditer(low, lo, start):
        pass  # (at most one match can reach the window's end; finditer keeps the scan linear)
    if m is None or _ANOTHER.search(m.group(1)) is not None:
        return False
    return _DENIED_VERB.search(low, max(lo, m.start() - 12), m.start()) is None
