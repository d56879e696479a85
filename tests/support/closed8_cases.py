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
    # a reply in other words: affirmative openers, "not that I ..." and "not quite"; the statement after an
    # opener must not read as the other verdict
    Case("affirm-no-doubt", EFFUSION, "No doubt about it — the left costophrenic angle is blunted by fluid.", "yes",
         "yes_no_lean"),
    Case("affirm-no-doubt-then-denial", EFFUSION, "No doubt about it — there is no pleural effusion.", None,
         "ambiguous"),
    Case("affirm-indeed", EFFUSION, "Indeed, a small one on the left.", "yes", "yes_no_lean"),
    Case("affirm-es-efectivamente", _closed("¿Hay neumotórax?"), "Efectivamente. Se aprecia una línea pleural.",
         "yes", "yes_no_lean"),
    Case("affirm-no-is-not-no-doubt", EFFUSION, "No, doubtful.", "no", "yes_no_lead"),
    Case("affirm-undoubtedly-mid-sentence", EFFUSION, "Undoubtedly there is something at the base.", None,
         "unparsed"),
    Case("negative-not-that-i-call", _closed("Is there a pneumothorax?"),
         "Not that I'd call a pneumothorax — it's a skin fold; lung markings cross the line.", "no", "yes_no_lean"),
    Case("negative-not-quite", NORMAL, "Not quite — there's a subtle right lower zone opacity.", "no",
         "yes_no_lean"),
    Case("negative-not-that-i-hedged", EFFUSION, "Not that I can see, but it may be hidden behind the heart.", None,
         "ambiguous"),
    # a statement denied as a whole: the clause read as stated, reversed
    Case("frame-not-true-no", _closed("Is there free air under the diaphragm?"),
         "It is not true that there is no free air here. A thin crescent of gas lies under the right hemidiaphragm.",
         "yes", "negated_frame"),
    Case("frame-not-the-case", EFFUSION, "It's not the case that there is a pleural effusion.", "no",
         "negated_frame"),
    Case("frame-rest-disagrees", EFFUSION,
         "It is not true that there is a pleural effusion. There is a pleural effusion.", None, "ambiguous"),
    Case("frame-clause-unread", EFFUSION, "It is not true that the film is rotated.", None, "unparsed"),
]
