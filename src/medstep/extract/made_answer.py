"""An option made the answer by the words around it: "which makes B the best explanation", "That makes a **left
mastectomy** the explanation.", "making a pleural effusion the most likely diagnosis".

The verb "make" stands on the option's left, up to two describing words apart ("a small left"), and a noun naming
the answer on its right ("the explanation", "the likeliest diagnosis", "the answer"). A negation, a modal or a word
of habit or near-none before the verb ("does not make", "would make", "enough to make", "usually makes", "barely
makes"), or a negation or hedge in the clause before it ("Nothing here makes", "I'm not sure that makes"), supposes,
doubts or denies it: no decision.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract import cues
from medstep.extract.clauses import NEG_WORDS
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

_MADE = lazy_compile(r"(?i)\b(?:make|makes|making|made)\s+(?:(?:a|an|the|this)\s+)?(?:[*_]*[\w'-]+\s+){0,2}"
                     r"[\s*_(\[]*\Z")
_THE_ANSWER = lazy_compile(
    r"(?i)\A[\s*_\"'”)\]]*the\s+(?:(?:best|likeliest|likely|probable|most\s+likely|most\s+probable|leading|only|"
    r"single|unifying|obvious|correct|right)\s+)?(?:explanation|diagnosis|answer|cause|culprit|choice|option)\b")
_NOTHING = frozenset({"nothing", "none", "doubt", "doubtful", "whether"})
_SUPPOSING = frozenset({"could", "may", "might", "can", "would", "should", "must", "to", "if"})
# ... or a word of habit or of near-none: "usually makes", "barely makes" (what holds in general, or hardly at all).
_HELD_BACK = frozenset(w for w in (*hedges.HABIT, *hedges.NEAR_NONE) if " " not in w)


def made_the_answer(left: str, right: str) -> bool:
    """Whether ``left`` ends in "make(s)" and a few describing words and ``right`` opens on a noun naming the answer,
    with no negation or modal before the verb."""
    if _THE_ANSWER.match(right) is None:
        return False
    made = _MADE.search(left[-80:])
    if made is None:
        return False
    head = left[:len(left) - len(left[-80:]) + made.start()]
    if is_hedge(head):
        return False  # "I'm not sure that makes", "Perhaps, then, that makes"
    head = head[max(head.rfind(c) for c in ",;:—(") + 1:]  # the verb's own clause ("..., which makes B the ...")
    before = cues.words(cues.tokens(head), 8)
    # "does not make", "would make", "enough to make", "Nothing here makes", "I'm not sure that makes", "I doubt ..."
    return not (any(w in _SUPPOSING or w in _HELD_BACK for w in before[-2:]) or any(
        w in NEG_WORDS or w.endswith("n't") or w in _NOTHING for w in before))


__all__ = ["made_the_answer"]
