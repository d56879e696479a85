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

from medstep.lazyre import lazy_compile

SAME_AS_STUDY = lazy_compile(r"\s+(?:(?:on|in|at|from)\s+)?(?:the|yesterday's|yesterdays|that)\s+(?:(?!(?:left|right|"
                             r"other|contralateral|opposite|current|present|same|this)\b)[\w'-]+\s+){0,3}?"
                             r"(?:films?|radiographs?|scans?|study|studies|examinations?|exams?|x-rays?|xrays?|ct|mri|"
                             r"ultrasound|sonograms?|images?)\b")

__all__ = ["SAME_AS_STUDY"]
