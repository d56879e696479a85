"""Second held-out portion: written after the first held-out round was measured and two of its
items were looked at, before any further tuning; never tuned against.

New wording again (and shapes the first two portions lack: Chinese markers on
English questions, "Negative."-style verdicts, Mistral-style echoes), so the
figures estimate how the reader does on phrasings it was not shaped by.
"""

from __future__ import annotations

from compose import Template as T

CHOICE: dict[str, list[T]] = {
    "gpt-4o": [
        T("{BODY}\n\nFinal thoughts: the radiographic picture is that of {t}, corresponding to option {L}."),
        T("{BODY}\n\n**Most likely answer: {L}) {T}**"),
        T("{BODY}\n\nIn light of these findings, I conclude that the answer is **{L}**."),
        T("{BODY}\n\nAnswer → {L}) {T}"),
        T("{BODY}\n\nThe findings here favor option {L}, {t}, over the alternatives."),
        T("{BODY}\n\nBased on the above analysis, the answer is most likely **{L}**, although {tx} could present similarly.", tags=("caveat",)),
        T("{BODY}\n\nIt is reasonable to conclude that {t} ({L}) is present."),
        T("{BODY}\n\nBoth {L}) {T} and {X}) {TX} fit the findings equally well.", label="ambiguous"),
        T("{BODY}\n\nGiven the limitations of a single image, I cannot confidently select one option.", label="refused"),
        T("{BODY}\n\nLet me know if you would like more detail on any of these options.", label="unparsed"),
    ],
    "claude": [
        T("Short answer: {L} ({t}).\n\nHere's my reasoning: {FL}."),
        T("{BODY}\n\nThat leaves {L} as the answer."),
        T("{BODY}\n\nMy pick is {L}."),
        T("The best fit is {T}. {FL}, which isn't what you'd expect with {tx}.", tags=("option_text",)),
        T("{BODY}\n\nI'll go with {L}: {t}."),
        T("{BODY}\n\nIf forced, I'd say {L}, but honestly {X} is just as likely.", label="ambiguous"),
        T("I'm not comfortable choosing an answer here without seeing a clearer image.", label="refused"),
    ],
    "gemini": [
        T("{BODY}\n\n**Final Answer:** {L} - {T}"),
        T("**Analysis of the Image:**\n{FL}.\n\n**Answer:** The image shows {t}, so the answer is **{L}**."),
        T("{BODY}\n\n**Therefore, ({L}) {T} is the most accurate answer.**"),
        T("{BODY}\n\nAnswer: **{T}**", tags=("option_text",)),
        T("{BODY}\n\n**Answer:** ({L}) or ({X}), depending on clinical context.", label="ambiguous"),
    ],
    "qwen2.5-vl": [
        T("答案：{L}", tags=("zh_marker",)),
        T("Option {L}."),
        T("{L}. {T}."),
        T("The correct choice is {L}."),
        T("{FL}, so {L}."),
        T("{L}/{X}", label="ambiguous"),
        T("Please provide more information.", label="unparsed"),
    ],
    "internvl": [
        T("The answer is {L}: {T}."),
        T("{L}. {T}\n{FL}."),
        T("Answer: {T}", tags=("option_text",)),
        T("Correct answer: ({L})"),
        T("I am unable to answer based on this image.", label="refused"),
    ],
    "llava-med": [
        T("Based on the image, it appears to be {t}.", tags=("option_text",)),
        T("The image shows signs of {t}.", tags=("option_text",)),
        T("This is a {MOD} showing {t}.", tags=("option_text",)),
        T("The findings are suggestive of {t}.", tags=("option_text",)),
        T("The image shows a chest X-ray of a patient.", label="unparsed"),
        T("The image may show {t} or {tx}.", label="ambiguous"),
    ],
    "medgemma": [
        T("**Final Answer:** The correct answer is **{L}**."),
        T("{BODY}\n\n**Answer: {L}. {T}**\n\n**Explanation:**\n{FL}."),
        T("{BODY}\n\n**Final Answer:** {T}", tags=("option_text",)),
        T("### Answer\n{L}\n\n### Rationale\n{FL}."),
        T("{BODY}\n\n**Final Answer:** I cannot provide a definitive answer from this image.", label="refused"),
    ],
    "deepseek-r1": [
        T("<think>\n{R1}\nOkay, so the answer is {L}.\n</think>\n\n{L}) {T}"),
        T("<think>\n{R1}\n</think>\n\nAnswer: {L}"),
        T("<think>\n{R1}\n</think>\n\nThe image is most consistent with **{T}** (option {L})."),
        T("<think>\n{R1}\n</think>\n\n**Conclusion:** {L}"),
        T("<think>\n{R1}\n</think>\n\nI am split between {L} and {X}.", label="ambiguous"),
    ],
    "tagged-rl": [
        T("<think>{FL}.</think>\n<answer>{L}.</answer>"),
        T("<think>{FL}.</think><answer>answer: {L}</answer>"),
        T("<think>{FL}.</think><answer>{T} ({L})</answer>"),
        T("<think>{FL}.</think><answer> {L} </answer>"),
        T("<think>{FL}.</think><answer>{L}/{X}</answer>", label="ambiguous"),
        T("<think>{FL}.</think><answer>I think</answer>", label="unparsed"),
    ],
}

CLOSED: dict[str, list[T]] = {
    "gpt-4o": [T("Yes, it is.", tags=("fixed_yes",)), T("**No**\n\nThere is no {Fb} on this image.", tags=("fixed_no",))],
    "claude": [T("I would say yes.", tags=("fixed_yes",)), T("No it is not.", tags=("fixed_no",))],
    "gemini": [T("Answer: {V}.")],
    "qwen2.5-vl": [T("Negative.", tags=("fixed_no", "verdict_word"))],
    "internvl": [T("{V}, {F}.")],
    "llava-med": [T("{V}, the image shows this finding.")],
    "medgemma": [T("**Final answer:** {V}")],
    "deepseek-r1": [T("<think>\nLooking for {F}.\n</think>\n\n**{V}**")],
    "tagged-rl": [T("<think>Looking for {F}.</think><answer> {v} </answer>")],
}

CLOSED_FIXED_VERDICT = {"fixed_no": "no", "fixed_yes": "yes"}

CLOSED_ZH: list[T] = [
    T("是的", tags=("fixed_yes",)),
    T("不是的。", tags=("fixed_no",)),
    T("答案是{V}"),
    T("没有{F}。", tags=("fixed_no", "implicit")),
]

OPEN: dict[str, list[T]] = {
    "gpt-4o": [T("It is the {A}.", tags=("open_prose",))],
    "claude": [T("{Ac} is the answer.")],
    "gemini": [T("The answer is: {A}")],
    "tagged-rl": [T("<think>Checking {S}.</think><answer> {A} </answer>")],
}

OPEN_ZH: list[T] = [T("答案是{A}")]
