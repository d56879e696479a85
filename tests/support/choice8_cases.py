"""Choice answers wrapped in markup or written in another reply syntax (HTML, blockquotes, struck-out first answers,
``<final>`` tags, Python dict literals), with the traps beside them that must stay unread or ambiguous. Invented
texts.
"""

from __future__ import annotations

from support.extract_cases import CXR_CHOICE, Case

MARKUP_CASES = [
    # HTML emphasis and paragraphs read as the markdown they stand for
    Case("html-strong-answer", CXR_CHOICE,
         "<p>The cardiac silhouette spans more than half the thorax.</p>\n<p>Answer: <strong>C</strong></p>", "C",
         "final_answer_phrase"),
    Case("html-b-lead", CXR_CHOICE, "<b>C</b> — the heart is enlarged.", "C", "letter_lead"),
    Case("html-rejected-then-answer", CXR_CHOICE,
         "<p>A is unlikely: no pleural line.</p><p>Final answer: <em>C</em></p>", "C", "final_answer_phrase"),
    # a blockquoted bold answer with a closing remark
    Case("blockquote-bold-answer", CXR_CHOICE,
         "The heart is wide, CTR 0.62.\n\n> **C. Cardiomegaly**\n\nThe remaining options do not fit.", "C",
         "last_mention"),
    # a struck-out first answer is withdrawn
    Case("struck-first-answer", CXR_CHOICE, "~~B~~ **C** - Cardiomegaly.\n\nOn a second look the angles are sharp.",
         "C", "letter_lead"),
    Case("trap-struck-only", CXR_CHOICE, "~~C~~", None, "unparsed"),
    Case("trap-struck-answer-phrase", CXR_CHOICE, "~~Answer: C~~ I cannot tell from this image.", None, "refused"),
    # other answer tags, closed
    Case("final-tag", CXR_CHOICE, "The heart is enlarged.\n<final>C</final>", "C", "answer_tag"),
    Case("choice-tag", CXR_CHOICE, "<choice>(C)</choice>", "C", "answer_tag"),
    Case("trap-two-final-tags", CXR_CHOICE, "<final>B</final> on reflection <final>C</final>", None, "ambiguous"),
    Case("trap-template-placeholder", CXR_CHOICE, "Answer: <letter>", None, "unparsed"),
    Case("trap-unclosed-final-tag", CXR_CHOICE, "Respond as <final>X</final>. <final>", None, "unparsed"),
    # a Python dict literal is a JSON reply in other quotes
    Case("python-dict-answer", CXR_CHOICE, "{'answer': 'C', 'explanation': 'an enlarged heart'}", "C", "answer_field"),
    Case("trap-python-dict-no-option", CXR_CHOICE, "{'answer': 'see above', 'explanation': 'poor film'}", None,
         "unparsed"),
    Case("trap-python-dict-two", CXR_CHOICE, "{'answer': 'B or C'}", None, "ambiguous"),
    Case("trap-python-code", CXR_CHOICE, "{'answer': __import__('os').getcwd()}", None, "unparsed"),
]
