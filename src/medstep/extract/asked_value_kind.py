"""Whether an open question asks a value of its own kind (a place, a part, a count, a measure, a side, the image's
making), not a concept (a diagnosis, an abnormality, what is seen).

One home for the test both conclusion readers make before they read a diagnosis out of a description
(``extract/open_verdict.py`` for a long reply, ``extract/open_conclusion.py`` for one sentence): "Which organ contains
the abnormality?" names an abnormality, but what it asks is an organ, so "a 2 cm hypodense lesion in the right hepatic
lobe, consistent with a simple cyst" does not answer it with "simple cyst" (issue #7: a diagnosis graded where a
location was asked). A place that only says where the thing asked about is ("the diagnosis of this rash on the left
side of the chest") asks no place.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# A question asking the kind of image or of its making ("What type of scan ...?", "Which sequence ...?"), or which
# thing or place.
_ASKS_OTHER = lazy_compile(r"(?i)\b(?:where|(?:what|which)\s+(?:(?:type|kind|form)\s+of\s+)?(?:[\w-]+\s+)?(?:image|imaging|"
                           r"scan|sequence|plane|modality|view|projection|stain|staining|technique|contrast|weighting|"
                           r"window|study)|which\s+(?:organ|bone|side|lobe|segment|vessel|structure|part|level|finger|toe|"
                           r"quadrant|artery|vein|nerve|muscle|region|compartment|joint|tooth|valve|chamber|ligament|"
                           r"tendon))\b")
# A place word inside a phrase that locates the thing asked ("on the left side of the chest", "in the right lower
# lobe"): it asks no place. Bounded: two words between the article and the place noun.
_PLACE_MODIFIER = lazy_compile(r"(?i)\b(?:on|in|of|at|over|along|involving)\s+(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
                               r"(?:side|lobe|segment)\b")


def asks_other_value(question: str) -> bool:
    """Whether ``question`` asks a place, a part, a count, a measure, a side, the image's kind or several things
    (module docstring): a conclusion naming a diagnosis does not answer it."""
    from medstep.extract.open_count import asks_count
    from medstep.extract.open_decision import PLURAL_ASK
    from medstep.extract.open_tails import ASKS_MEASURE, ASKS_PLACE, asks_part
    from medstep.extract.open_unanswered import ASKS_SIDE

    question = _PLACE_MODIFIER.sub(" ", question)
    return (_ASKS_OTHER.search(question) is not None or ASKS_PLACE.search(question) is not None or asks_part(question)
            or asks_count(question) or ASKS_MEASURE.search(question) is not None
            or ASKS_SIDE.search(question) is not None or PLURAL_ASK.search(question) is not None)


__all__ = ["asks_other_value"]
