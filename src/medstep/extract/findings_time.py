"""When a statement of the concept reader (``extract/findings.py``) speaks of another time than this study.

Kept apart from ``findings_words.py`` (the cue words of place and device) so that each stays one screen.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.studies import study_nouns
from medstep.lazyre import lazy_compile

# A statement placed on an earlier study ("Pleural effusion not present on the prior study.", "No fracture on the
# radiograph from 2019."): it says what was seen then, not now. A comparison ("Compared with the prior study, no
# effusion.", "unchanged since 2019") speaks of now and is left alone.
EARLIER_STUDY = lazy_compile(r"(?i)\b(?:on|in|at|of)\s+(?:the\s+|an?\s+)?(?:prior|previous|earlier|last|old|preceding)\s+"
                             + study_nouns(("study", "scan", "film", "radiograph", "image"),
                                           extra=(r"exam\w*", "ct", "mri", "x-?rays?", "ultrasound", "ecg", r"echo\w*", "report"))
                             + r"\b|\b(?:from|in|dated|of)\s+(?:19|20)\d\d\b|"
                             + hedges.words(hedges.EARLIER_TIME))
_COMPARED = lazy_compile(r"(?i)\b(?:compar\w*|since|interval|unchanged|than|relative\s+to|stable)\b")


def earlier_study(sentence: str) -> bool:
    """Whether ``sentence`` states what an earlier study showed (see :data:`EARLIER_STUDY`)."""
    return EARLIER_STUDY.search(sentence) is not None and _COMPARED.search(sentence) is None


__all__ = ["EARLIER_STUDY", "earlier_study"]
