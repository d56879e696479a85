"""Subjects a reply may decline that are never what an image question asks: one home for them.

A reply that answers and then declines to "comment on management" or to "give a prognosis" has answered the image
question and declined a clinical one the sample did not ask. Which subjects are of that kind is a short, closed set:
what to do next and what will happen, not what is seen or what it is. A subject outside this set ("the aetiology",
"its behaviour", "the histology", "cardiac size") may be the asked thing in other words, so a refusal naming it stays
a refusal. Read by ``extract/other_question.py``; a question that itself names one of these asks it, and then nothing
declined about it is "another question".
"""

from __future__ import annotations

# The heads of such subjects ("management", "the prognosis", "follow-up", "the next step"); compared with the first
# content word of what is declined, lower case, with its hyphen.
OTHER_SUBJECTS = frozenset({"management", "treatment", "treatments", "therapy", "therapies", "prognosis",
                            "prognostic", "follow-up", "followup", "surgery", "surgical", "operative", "intervention",
                            "interventions", "medication", "medications", "dosing", "dose", "outcome", "outcomes",
                            "survival", "recurrence", "referral", "disposition", "next", "plan", "planning",
                            "prescribing", "prescription", "counselling", "counseling", "advice"})

__all__ = ["OTHER_SUBJECTS"]
