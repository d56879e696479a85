"""Whose pole it is: the asked subject's, or another noun's (for the antonym reader, ``extract/antonyms.py``).

A pole in a sentence answers the asked subject only where no other noun holds it: not the noun it qualifies ("This is
a normal kidney." to "Is the liver normal?", "Hyperintense edema surrounds the lesion."), not the head of the subject
phrase before it ("Edema around the lesion is hyperintense."), not the thing a pole noun is "of" ("enhancement of
the adjacent dura"), not the owner of the subject ("The margin of the adjacent cyst is smooth.": the cyst's).
"""

from __future__ import annotations

import re

from medstep.answers.concepts import LATERALITIES
from medstep.extract import implicit_terms, pole_context
from medstep.extract.antonym_pairs import LESION
from medstep.extract.antonym_question import Q_STOP, WORD, Asked, subject_stems
from medstep.lazyre import lazy_compile

# The laterality words, from their one home (``answers/concepts.LATERALITIES``).
SIDES = frozenset(LATERALITIES)
# A subject any lesion or finding word names: "Are there multiple lesions?" - "There are two nodules."
GENERIC = frozenset({"lesion", "abnormality", "finding", "pathology"})


# What may follow a pole said of the subject itself ("It is hypointense.", "a cystic mass", "solid and hypoechoic");
# another noun after it holds the pole ("hyperintense edema", "a cystic lymph node").
_PREDICATIVE = frozenset(
    {
        "and",
        "or",
        "with",
        "without",
        "on",
        "in",
        "at",
        "to",
        "relative",
        "compared",
        "but",
        "which",
        "that",
        "throughout",
        "overall",
        "appearing",
        "appearance",
        "signal",
        "lesion",
        "for",
        "of",
    }
)
# What a whole study is called after "normal": "a normal study", "within normal limits", "a normal chest radiograph".
_STUDY = frozenset(
    {
        "study",
        "studies",
        "examination",
        "exam",
        "radiograph",
        "film",
        "image",
        "images",
        "scan",
        "x",
        "ray",
        "xray",
        "appearance",
        "appearances",
        "limits",
        "range",
        "finding",
        "findings",
    }
)
# The noun a pole qualifies, past a side ("a normal left-sided arch": the arch).
_NEXT_NOUN = lazy_compile(r"\s+(?:(?:left|right|bilateral)(?:-sided)?\s+)?([a-z]+)")


def qualifies_another(low: str, poles: re.Pattern[str], asked: Asked) -> bool:
    """Whether a pole qualifies a noun other than the asked subject: "This is a normal kidney." (the kidney is
    normal, not the liver asked), "So this is a normal left-sided arch."."""
    own = (set(asked.subject) - SIDES) | GENERIC
    for hit in poles.finditer(low):
        after = _NEXT_NOUN.match(low, hit.end())
        word = after[1] if after else ""
        if (
            word
            and word not in _PREDICATIVE | _STUDY | Q_STOP
            and implicit_terms.stem(word) not in own
            and not word.endswith("ly")
        ):
            return True
    return False


# The noun phrase a pole noun is "of", up to the next preposition or stop: "enhancement of the adjacent dura (around
# the mass)", "calcification of the vessel wall".
_OF_PHRASE = lazy_compile(
    r"\s+of\s+(?:the|an?|their)\s+((?:(?!(?:around|near|beside|adjacent\s+to|next\s+to|along|"
    r"surrounding|in|at|of|with|and|or|to|within|on)\b)[a-z-]+\s*){1,4})"
)


def held_by_another(low: str, poles: re.Pattern[str], asked: Asked) -> bool:
    """Whether the pole is held by another noun than the asked subject: one it qualifies ("Hyperintense edema
    surrounds the lesion.") or one heading the subject phrase before it ("Edema around the lesion is
    hyperintense."); "less hyperintense than CSF" grades by comparison only, and holds no pole either."""
    own = set(asked.subject) | GENERIC
    for hit in poles.finditer(low):
        if re.search(r"\bless\s+$", low[: hit.start()]):
            return True
        after = re.match(r"\s+([a-z]+)", low[hit.end() :])
        if after and after[1].endswith("ly"):
            continue  # "It enhances avidly."
        of = _OF_PHRASE.match(low, hit.end())
        if (
            of is not None
            and not {implicit_terms.stem(w) for w in of[1].split()} & own
            and not any(LESION.fullmatch(w) for w in of[1].split())
        ):
            return True  # "The lesion shows enhancement of the adjacent dura.": the dura's, not the lesion's
        if (
            after
            and after[1] not in _PREDICATIVE
            and implicit_terms.stem(after[1]) not in own
            and LESION.fullmatch(after[1]) is None
        ):
            return True
    first = poles.search(low)
    if first is None:
        return False  # no pole in the sentence ("this is small bowel obstruction" to "bowel obstruction?"): none held
    words = [
        implicit_terms.stem(w)
        for w in WORD.findall(low[: first.start()])
        if w not in Q_STOP and w not in pole_context.GRADE
    ]
    owner = pole_context.owner(low, first.start())  # "The margin of the adjacent cyst is smooth.": the cyst's
    if owner and not set(subject_stems(owner)) & own and not (set(asked.subject) & GENERIC and LESION.search(owner)):
        return True
    return bool(words) and words[0] not in own and LESION.fullmatch(words[0]) is None and bool(own & set(words))


def in_poles(low: str, poles: re.Pattern[str]) -> set[str]:
    """The words of the poles themselves: "Low lung volumes." names the lungs of "Are the lungs hyperinflated?"."""
    return set(subject_stems(" ".join(m.group(0) for m in poles.finditer(low))))


__all__ = ["GENERIC", "SIDES", "held_by_another", "in_poles", "qualifies_another"]
