"""Another study named by its noun after a word of sameness: "the same size as on the post-implant film", "essentially
the same as on the day 5 scan", "identical to the arrival film" (session 53, lane change53, issue #8).

A ``scope_words.SINCE_ONLY`` word ("same as", "identical to", "already") states no change unless an earlier time follows
(``scope_words.EARLIER_TIME``: "the same as three years ago"), for "the same as the other side" compares no studies.
But the study read now is the one described, so "the same as" *another film* compares it with an earlier one although
no word of ``answers.hedges.EARLIER_WORDS`` dates that film: a chain's "Cardiac silhouette: same size as on the
post-implant film" stated no change against a report's enlargement since that film (retired blind 49), and
"Endometrial thickness 24 mm, essentially the same as on the day-5 scan" none against "increased from 11 mm" (52).

Not a film of this study ("this", "current", "present" film) nor one a side is compared on ("the same as the left on
the film"): those words may not stand between the article and the noun; at most three words do.
"""

from __future__ import annotations

from medstep.answers.concepts import LATERALITIES
from medstep.answers.image_words import MAKING_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import OTHER_SIDE

# the study's nouns; "images" is none: an image is mostly a part of the study read now ("the same as on the coronal
# images", "the same as on the FLAIR images"), not another study (review of lane change53)
_NOUNS = ("films", "film", "radiographs", "radiograph", "scans", "scan", "study", "studies", "examinations",
          "examination", "exams", "exam", "x-rays", "x-ray", "xrays", "xray", "ct", "mri", "ultrasound", "sonograms",
          "sonogram")
# a plane, projection or sequence between the article and the noun names a view of this study, not another one ("the
# same as on the lateral film", "identical on the coronal CT"): ``answers.image_words.MAKING_WORDS``
_VIEW = "|".join(sorted((w for w in MAKING_WORDS if w not in _NOUNS), key=len, reverse=True))

# a side or the other side between the article and the noun compares sides, not studies ("the same as the left")
_SIDES = tuple(w for w in LATERALITIES if w != "bilateral")
SAME_AS_STUDY = lazy_compile(r"\s+(?:(?:on|in|at|from)\s+)?(?:the|yesterday's|yesterdays|that)\s+(?:(?!(?:"
                             + "|".join((*_SIDES, *sorted(OTHER_SIDE))) + r"|current|present|same|this|" + _VIEW
                             + r")\b)[\w'-]+\s+){0,3}?"
                             r"(?:" + "|".join(_NOUNS) + r")\b")

__all__ = ["SAME_AS_STUDY"]
