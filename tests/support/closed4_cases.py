"""Fourth closed/open round (closed4): open answers that decide nothing, and yes/no verdicts worded as a lean.

Open: an output that only repeats the question, fills in a template, defers in the third person, lists findings
without choosing one, or hedges over a list of candidates has no answer (``extract/open_decision.py``); beside each,
a precision probe that does answer and must keep its text. Invented texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _open(question: str, answer: str = "none") -> Sample:
    return Sample(id="o4", question=question, answer=answer, answer_type=AnswerType.OPEN)


DIAGNOSIS = _open("What is the most likely diagnosis?")
PLANE = _open("In which plane is this MRI acquired?")
ABNORMALITY = _open("What is the abnormality?")
FINDINGS = _open("What are the findings?")
ARROW = _open("What does the arrow point to?")

OPEN_CASES = [
    # the question echoed, or asked back
    Case("open-echo", PLANE, "In which plane is this MRI acquired?", None, "unparsed"),
    Case("open-asks-back", ABNORMALITY, "Which lobe do you mean?", None, "unparsed"),
    Case("open-tentative-question-answers", ABNORMALITY, "Pneumothorax?", "pneumothorax", "open_text"),
    # a template or a sentence made only of generic words
    Case("open-placeholder", DIAGNOSIS, "Answer: <your answer here>", None, "unparsed"),
    Case("open-generic", DIAGNOSIS, "The image shows an abnormality that should be reviewed.", None, "unparsed"),
    Case("open-generic-nonspecific", DIAGNOSIS, "The findings are nonspecific.", None, "unparsed"),
    Case("open-generic-with-place", ABNORMALITY, "An abnormality in the right lower lobe.",
         "abnormality in right lower lobe", "open_text"),
    Case("open-lesion-answers", ARROW, "A lesion.", "lesion", "open_text"),
    # declining without "I"
    Case("open-defers-cannot-be-made", DIAGNOSIS, "A diagnosis cannot be made without comparison films.", None,
         "refused"),
    Case("open-defers-unclear", DIAGNOSIS, "Unclear from this image.", None, "refused"),
    Case("open-defers-need-views", DIAGNOSIS, "I would need more views to say.", None, "refused"),
    Case("open-caveat-after-answer", DIAGNOSIS,
         "Left lower lobe pneumonia. A lateral view would help, and clinical correlation is recommended.",
         "left lower lobe pneumonia lateral view would help and clinical correlation is recommended", "open_text"),
    Case("open-indeterminate-nodule-answers", ABNORMALITY, "Indeterminate nodule in the left upper lobe.",
         "indeterminate nodule in left upper lobe", "open_text"),
    # several findings listed, none chosen, for a question asking for one
    Case("open-numbered-list", ABNORMALITY,
         "1. Left lower lobe collapse\n2. Left pleural effusion\n3. ETT in satisfactory position", None, "ambiguous"),
    Case("open-inline-numbered-list", ABNORMALITY, "1. Collapse 2. Effusion 3. Fracture", None, "ambiguous"),
    Case("open-list-for-plural-question", FINDINGS, "1. Left lower lobe collapse\n2. Left pleural effusion",
         "1 left lower lobe collapse 2 left pleural effusion", "open_text"),
    Case("open-structured-list-decides", DIAGNOSIS,
         "1. Observation: airspace opacity in the right lower lobe\n2. Conclusion: pneumonia",
         "1 observation airspace opacity in right lower lobe 2 conclusion pneumonia", "open_text"),
    # candidates under a hedging head, set against each other, or a bare list of alternatives
    Case("open-differential", DIAGNOSIS, "The differential includes sarcoidosis, lymphoma and tuberculosis.", None,
         "ambiguous"),
    Case("open-consider", DIAGNOSIS, "Consider pneumonia, atelectasis and aspiration.", None, "ambiguous"),
    Case("open-versus", DIAGNOSIS, "Sarcoidosis vs lymphoma.", None, "ambiguous"),
    Case("open-or-list", DIAGNOSIS, "Pneumonia, atelectasis, or aspiration.", None, "ambiguous"),
    Case("open-differential-after-answer", DIAGNOSIS,
         "Pneumonia (differential includes atelectasis and aspiration).",
         "pneumonia differential includes atelectasis and aspiration", "open_text"),
    Case("open-differential-then-commit", DIAGNOSIS,
         "The differential includes sarcoidosis and lymphoma, but sarcoidosis is most likely.",
         "differential includes sarcoidosis and lymphoma but sarcoidosis is most likely", "open_text"),
    Case("open-negated-list-answers", ABNORMALITY, "Pneumothorax, no effusion, or consolidation.",
         "pneumothorax no effusion or consolidation", "open_text"),
    # stopped on a word an answer never ends on
    Case("open-withheld-copula", DIAGNOSIS, "The most likely diagnosis is", None, "truncated"),
    Case("open-cut-modal", ABNORMALITY,
         "Looking at the lungs, there is an opacity in the left lower zone which could", None, "truncated"),
    Case("open-ends-likely-answers", DIAGNOSIS, "Pneumonia, most likely", "pneumonia", "open_text"),
]
