"""Third held-out portion: written after held-out 2 was used for tuning, before the final
measurement; never looked at item by item before that measurement, never tuned against.

Fresh wording again, including shapes none of the rules was written for
(inline LaTeX letters, Chinese option markers, "can be seen" descriptions,
"Nope."), so its figures are the honest estimate on unseen phrasings.
"""

from __future__ import annotations

from compose import Template as T

CHOICE: dict[str, list[T]] = {
    "gpt-4o": [
        T("{BODY}\n\nGiven all of this, my selection is **{L}) {T}**."),
        T("{BODY}\n\nThe radiograph is therefore most in keeping with {t}, option {L}."),
        T("{BODY}\n\n**Answer:**\n\n{L}) {T}"),
        T("{BODY}\n\nWeighing these features, {L}) {T} stands out as the most plausible choice."),
        T("{BODY}\n\nConclusion: {T}.", tags=("option_text", "label_line")),
        T("{BODY}\n\nAll things considered, the findings support {L}."),
        T("{BODY}\n\nIt's most likely {t} ({L}), though {tx} remains in the differential.", tags=("caveat",)),
        T("{BODY}\n\nOptions {L} and {X} are both reasonable here.", label="ambiguous"),
        T("{BODY}\n\nUnfortunately, the image alone does not allow me to choose confidently among these options.", label="refused"),
    ],
    "claude": [
        T("{L}. {FL} is what tips it."),
        T("{BODY}\n\nSo I'd answer {L} ({t})."),
        T("{BODY}\n\nMy answer would be {T}.", tags=("option_text",)),
        T("I believe this shows {t}, which is option {L}."),
        T("{BODY}\n\nI keep going back and forth between {L} and {X}.", label="ambiguous"),
    ],
    "gemini": [
        T("**Explanation:** {FL}.\n\n**Correct Answer:** {L}"),
        T("{BODY}\n\n**The answer is {L}.**"),
        T("{BODY}\n\n**Best option:** ({L}) {T}"),
        T("{BODY}\n\n**Answer:** Both {L} and {X} could be correct.", label="ambiguous"),
    ],
    "qwen2.5-vl": [
        T("{L}. {T}. {FL}."),
        T("The answer should be {L}."),
        T("选{L}", tags=("zh_marker",)),
        T("Answer: Option {L}"),
        T("{L}"),
        T("Unable to determine.", label="refused"),
    ],
    "internvl": [
        T("The correct option is ({L}) {T}."),
        T("{L}:{T}"),
        T("Answer - {L}"),
        T("My choice: {L}"),
    ],
    "llava-med": [
        T("The chest X-ray appears to show {t}.", tags=("option_text",)),
        T("In this image, {t} can be seen.", tags=("option_text",)),
        T("The image is suggestive of {t}.", tags=("option_text",)),
        T("The image shows an X-ray of the chest with some abnormal findings.", label="unparsed"),
    ],
    "medgemma": [
        T("{BODY}\n\n**Final Answer:** The final answer is {L}."),
        T("{BODY}\n\n**Final answer:** **{T}**", tags=("option_text",)),
        T("**Answer:** {L}) {T}\n\n**Reasoning:**\n{BODY}", tags=("answer_first",)),
    ],
    "deepseek-r1": [
        T("<think>\n{R1}\nAlright, the answer is {L}.\n</think>\n\nThe correct option is {L}: {T}."),
        T("<think>\n{R1}\n</think>\n\n{T}", tags=("option_text",)),
        T("<think>\n{R1}\n</think>\n\n\\[ \\boxed{{{L}}} \\]"),
        T("<think>\n{R1}\n</think>\n\nSo the answer is \\({L}\\).", tags=("latex_inline",)),
    ],
    "tagged-rl": [
        T("<think>{FL}.</think>\n<answer>The correct answer is {L}) {T}.</answer>"),
        T("<think>{FL}.</think><answer>{L}) {T}.</answer>"),
        T("<think>{FL}.</think>\n<answer>\n{T}\n</answer>", tags=("option_text",)),
        T("<think>{FL}</think><answer>选项{L}</answer>", tags=("zh_marker",)),
        T("<think>{FL}.</think><answer>{L} and {X}</answer>", label="ambiguous"),
    ],
}

CLOSED: dict[str, list[T]] = {
    "gpt-4o": [T("Yes — {F} is present.", tags=("fixed_yes",)), T("The answer is no; there is no {Fb}.", tags=("fixed_no",))],
    "claude": [T("No, there isn't.", tags=("fixed_no",)), T("Absolutely, yes.", tags=("fixed_yes",))],
    "gemini": [T("Yes. {Fc} is visible.", tags=("fixed_yes",))],
    "qwen2.5-vl": [T("Nope.", tags=("fixed_no", "verdict_word"))],
    "internvl": [T("Not present.", tags=("fixed_no", "implicit"))],
    "llava-med": [T("{V}.")],
    "medgemma": [T("**Answer:** {V}")],
    "deepseek-r1": [T("<think>\nIs {F} there?\n</think>\n\nThe answer is {v}.")],
    "tagged-rl": [T("<think>Checking for {F}.</think><answer>{V}.</answer>")],
}

CLOSED_FIXED_VERDICT = {"fixed_no": "no", "fixed_yes": "yes"}

CLOSED_ZH: list[T] = [T("是。", tags=("fixed_yes",)), T("否，没有。", tags=("fixed_no",)), T("答案：{V}")]

OPEN: dict[str, list[T]] = {
    "gpt-4o": [T("{Ac}, specifically.")],
    "claude": [T("<answer>{A}</answer>")],
    "gemini": [T("Answer - {A}")],
    "medgemma": [T("The {A}.")],
}

OPEN_ZH: list[T] = [T("答案是：{A}")]
