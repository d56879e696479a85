"""Sixth closed round (closed9): verdicts their own reply takes back, and answers in the question's domain words.

Each mechanism has its positive phrasings and, beside them, precision probes that must stay unparsed,
ambiguous or refused (a guess is worse than no answer). Invented texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="c9", question=question, answer=answer, answer_type=AnswerType.CLOSED)


EFFUSION = _closed("Is there a pleural effusion?")
PE = _closed("Is there a pulmonary embolus?")

CLOSED9_CASES = [
    # a bare opening verdict whose next sentence states the finding the other way: which did the model mean?
    Case("lead-contradicted-by-finding", PE,
         "No. There is a filling defect in the right lower lobe segmental artery consistent with pulmonary embolism.",
         None, "ambiguous"),
    Case("lead-agrees-with-finding", PE, "Yes. There is a filling defect consistent with pulmonary embolism.",
         "yes", "yes_no_lead"),
    Case("lead-then-search-described", EFFUSION, "**No.** I reviewed the image for a pleural effusion.", "no",
         "yes_no_lead"),
    Case("lead-comma-keeps-reading", EFFUSION, "No, the costophrenic angles are sharp.", "no", "yes_no_lead"),
    # a verdict whose only qualification is a possibility: one policy with "Possibly yes." (no answer)
    Case("hedged-only-yes-maybe", EFFUSION, "Yes, maybe.", None, "unparsed"),
    Case("hedged-only-no-possibly", EFFUSION, "No, possibly.", None, "unparsed"),
    Case("hedged-only-two-sentences", EFFUSION, "Yes. Perhaps.", None, "unparsed"),
    Case("hedged-only-hedge-first", EFFUSION, "Maybe, yes.", None, "unparsed"),
    Case("hedged-only-marked", EFFUSION, "Answer: Yes, maybe.", None, "unparsed"),
    Case("hedged-lean-commits", EFFUSION, "Yes, probably.", "yes", "yes_no_lead"),
    Case("hedge-then-commitment", EFFUSION, "Maybe, but I'd say yes.", "yes", "yes_no_final"),
]
