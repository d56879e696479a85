"""A finding asked at one age answered with the other: "Is there an acute infarct?" - "Chronic left MCA infarct with
volume loss." (no); "Is the fracture acute?" - "This is an old, healed fracture." (no). Rule ``implicit_acuity``.

The two ages exclude each other: acute, active or fresh (:data:`ACUTE`) against chronic, old, healed or remote
(:data:`OLD`); subacute and healing lie between and belong to neither. Read when:

* the question names the finding of the vocabulary with a word of one age, and none of the other: "Is there an
  acute fracture?", "Is there evidence of active tuberculosis?", "Is the infarct acute?";
* every statement of the finding in the reply (``extract/findings.py``) stands in a clause with a word of the other
  age and none of the asked one, none is denied, and no sentence stating it hedges ("old" and "healed" are the
  reply's answer here, not a past that hedges it).

"Acute on chronic" names both ages and is no reading; the finding denied ("No acute infarct.") is left to the finding
readers. :func:`opposite_age` keeps the finding reader from reading such a reply as a yes ("Chronic infarct." to "Is
there an acute infarct?" names the infarct, not an acute one).
"""

from __future__ import annotations

from medstep.answers import NO
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.studies import study_nouns
from medstep.answers.text import HAN
from medstep.extract import findings, implicit
from medstep.lazyre import lazy_compile

RULE = "implicit_acuity"

ACUTE = ("acute", "hyperacute", "active", "fresh")
OLD = ("chronic", "old", "healed", "remote", "longstanding", "long-standing", "inactive")
# "old" as a patient's age ("85 years old", "a 3-year-old") or an earlier study ("the old film") is no finding's age.
_NOT_AGE = lazy_compile(r"(?i)\b(?:years?|months?|weeks?|days?)[\s-]+old\b|\bold\s+"
                        + study_nouns(("film", "study", "scan", "image", "radiograph", "x-ray", "ct", "mri", "exam",
                                       "examination"), plural=False, extra=("images", "comparison", "report")) + r"\b")
_WORD = lazy_compile(r"[a-z]+(?:-[a-z]+)?")


def _ages(text: str) -> set[int]:
    """The ages ``text`` names: 0 for :data:`ACUTE`, 1 for :data:`OLD`."""
    words = _WORD.findall(_NOT_AGE.sub(" ", text.lower()))
    return {i for i, pole in enumerate((ACUTE, OLD)) if any(w in pole for w in words)}


def _asked(question: str) -> tuple[int, str] | None:
    """The asked age and the finding's concept, else ``None``."""
    q = question.strip()
    if not q.endswith("?") or HAN.search(q):
        return None
    ages = _ages(q)
    if len(ages) != 1:
        return None
    voc = vocabulary()
    found = {m.concept for m in voc.mentions(normalize(q)) if m.kind is MentionKind.CONCEPT
             and voc.concepts[m.concept].category == "finding"}
    return (ages.pop(), found.pop()) if len(found) == 1 else None


def opposite_age(text: str, question: str) -> bool:
    """Whether the question asks one age and ``text`` names only the other."""
    asked = _asked(question)
    return asked is not None and _ages(text) == {1 - asked[0]}


def read_acuity(text: str, question: str) -> str | None:
    """no when a short English reply states the asked finding only at the other age (module docstring)."""
    asked = _asked(question)
    if asked is None or HAN.search(text) or len(text) > implicit.MAX_CHARS:
        return None
    age, key = asked
    concepts = vocabulary().concepts
    kinds = {key} | concepts[key].descendants
    stated = False
    read = findings.read_sentences(text)
    if read is None:
        return None
    for sentence, clauses in read:
        here = False
        for clause, events in clauses:
            for e in events:
                if e.key not in kinds or e.normal:
                    continue
                if e.negated or _ages(clause) != {1 - age}:
                    return None
                here = True
        if here and implicit.hedged(sentence, temporal=False):
            return None
        stated = stated or here
    return NO if stated else None


__all__ = ["ACUTE", "OLD", "RULE", "opposite_age", "read_acuity"]
