"""Fifth closed/open round (closed8): verdicts in a wrapper, and answers in other words.

Each mechanism has its positive phrasings and, beside them, precision probes that must stay unparsed,
ambiguous or refused (a guess is worse than no answer). Invented texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="c8", question=question, answer=answer, answer_type=AnswerType.CLOSED)


def _choice(question: str, options: dict[str, str]) -> Sample:
    return Sample(id="c8m", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


HEART = _closed("Is the heart enlarged?")
EFFUSION = _closed("Is there a pleural effusion?")
APPENDIX = _closed("Is the appendix inflamed?")
NORMAL = _closed("Is this chest radiograph normal?")
LESION = _choice("What is the lesion?", {"A": "Haemangioma", "B": "Simple cyst", "C": "Metastasis"})

CLOSED8_CASES = [
    # a verdict in a wrapper: HTML emphasis, brackets around the word alone, a mark that agrees with it
    Case("wrap-html-bold", HEART, "<b>Yes</b>", "yes", "yes_no_final"),
    Case("wrap-html-strong-lead", HEART, "<strong>No</strong>, the heart size is normal.", "no", "yes_no_lead"),
    Case("wrap-brackets", EFFUSION, "[Yes]", "yes", "yes_no_final"),
    Case("wrap-brackets-then-detail", EFFUSION, "[No] The costophrenic angles are sharp.", "no", "yes_no_lead"),
    Case("wrap-parentheses", EFFUSION, "(No)", "no", "yes_no_final"),
    Case("wrap-zh-brackets", _closed("心影是否增大？", "是"), "【是】", "是", "yes_no_lead"),
    Case("wrap-cross-no", EFFUSION, "❌ No", "no", "yes_no_final"),
    Case("wrap-check-yes", EFFUSION, "✅ Yes", "yes", "yes_no_final"),
    Case("wrap-cross-yes-disagrees", EFFUSION, "❌ Yes", None, "unparsed"),
    Case("wrap-brackets-two-words", EFFUSION, "[Yes or no]", None, "ambiguous"),
    # a parenthesis after the opening verdict
    Case("lead-parenthesis", HEART, "Yes (moderate confidence). The cardiothoracic ratio is 0.62.", "yes",
         "yes_no_lead"),
    Case("lead-parenthesis-revised", HEART, "Yes (moderate confidence). Wait, no: the film is AP.", "no",
         "yes_no_lead"),
    # "the answer to your question is"
    Case("answer-to-your-question", EFFUSION, "The answer to your question is no.", "no", "final_answer_phrase"),
    Case("answer-to-your-question-two", EFFUSION, "The answer to your question is yes or no.", None, "ambiguous"),
    # a Python dict printed as is, and a lone presence field for an asked abnormal property
    Case("python-dict-present", EFFUSION, "{'present': 'no'}", "no", "answer_field"),
    Case("python-dict-bool", EFFUSION, "{'pleural_effusion': True}", "yes", "answer_field"),
    Case("python-dict-disagree", EFFUSION, "{'present': True, 'answer': 'no'}", None, "unparsed"),
    Case("python-dict-not-a-literal", EFFUSION, "{'present': no}", None, "unparsed"),
    Case("lone-present-property", APPENDIX, "{'present': 'no'}", "no", "answer_field"),
    Case("lone-present-normality-not-read", NORMAL, "{'present': True}", None, "unparsed"),
    Case("python-dict-choice", LESION, "{'answer': 'B', 'explanation': 'thin wall, no enhancement'}", "B",
         "answer_field"),
]
