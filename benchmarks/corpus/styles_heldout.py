"""Held-out phrasings: written before the extractor was tuned, and never tuned against.

Different wording from ``styles_dev`` on purpose (other verbs, headings,
orders), so the held-out figures in ``bench_extract.py`` estimate how the
reader does on phrasings it was not shaped by.
"""

from __future__ import annotations

from compose import Template as T

CHOICE: dict[str, list[T]] = {
    "gpt-4o": [
        T("{BODY}\n\n### Final Assessment\nConsidering the imaging features, the answer is most likely:\n\n- **{L}) {T}**"),
        T("{BODY}\n\nTaking all of this into account, I would select **{L}) {T}** as the best answer."),
        T("{BODY}\n\nThe option that best matches the radiographic appearance is {L}) {T}."),
        T("{BODY}\n\nGiven the presence of {fL}, the diagnosis that fits best is {t} (Option {L})."),
        T("{BODY}\n\nOverall, these features are characteristic of {t}.", tags=("option_text",)),
        T("{BODY}\n\n**Answer: {L}) {T}**\n\n**Why the other options are incorrect:**\n- {X}) {TX}: no {bX}.", tags=("adversarial",)),
        T("{BODY}\n\nHence, {L} is the most accurate choice."),
        T("{BODY}\n\nThe image is best explained by {L}) {T}."),
        T("{BODY}\n\nThe most probable answer appears to be {L}).", tags=("hedged",)),
        T("{BODY}\n\n**Step 3: Select the Answer**\nThe appearance matches option {L} most closely.", tags=("heading",)),
        T("{BODY}\n\n{L} is a strong candidate. However, {fX} would point towards {X}, so I cannot rule it out.", label="ambiguous"),
        T("{BODY}\n\nWithout additional clinical information or better image quality, I can't reliably choose one of these options.", label="refused"),
        T("{BODY}\n\nFurther imaging such as CT may help clarify the findings.", label="unparsed", tags=("no_decision",)),
    ],
    "claude": [
        T("My best reading is {L}: {t}. {FL}, and nothing suggests {tx}.", tags=("adversarial",)),
        T("{BODY}\n\nOn balance, {T} ({L}) is the answer I'd give."),
        T("**Answer: {L}**\n\nReasoning: {FL}. {TX} would look different.", tags=("answer_first",)),
        T("{BODY}\n\nSo my answer is option {L}."),
        T("{BODY}\n\nThe picture here matches {t} best, which is choice {L}."),
        T("This looks like {t} to me (option {L}). The giveaway is {fL}."),
        T("{BODY}\n\nI lean towards {L}, {t}.", tags=("hedged",)),
        T("{BODY}\n\nI'm torn between {L} and {X}; the image supports elements of both.", label="ambiguous"),
        T("I don't think I can reliably answer this from the image. Interpreting radiographs should be done by a qualified radiologist.", label="refused"),
        T("{BODY}\n\nI hope this breakdown helps you think it through.", label="unparsed", tags=("no_decision",)),
    ],
    "gemini": [
        T("**Step-by-step:**\n{BODY}\n\n**Final answer:** ({L}) {T}"),
        T("{BODY}\n\n**Correct option:** {L}"),
        T("{BODY}\n\n**Therefore, the answer is {L}: {T}.**"),
        T("{BODY}\n\n**Most likely finding:** {T}", tags=("option_text", "label_line")),
        T("{BODY}\n\nThe features described are classic for **{t}**, making **{L}** the correct choice."),
        T("{BODY}\n\n**Answer:** ({L})\n\n*Note: {TX} is a common mimic but lacks {bX}.*", tags=("adversarial",)),
        T("{BODY}\n\n**Answer:** Could be ({L}) or ({X}).", label="ambiguous"),
        T("**Unable to answer:** the image provided does not allow a reliable assessment.", label="refused"),
    ],
    "qwen2.5-vl": [
        T("{L}."),
        T("Answer: {L}. {T}"),
        T("The correct answer is {L}."),
        T("{T}.", tags=("option_text",)),
        T("Based on {fL}, I choose {L}."),
        T("{L}) {T}"),
        T("The image most likely shows {t}, so the answer is {L}."),
        T("{L} and {X}", label="ambiguous"),
        T("I cannot tell from this image.", label="refused"),
        T("This is a {MOD}.", label="unparsed", tags=("no_decision",)),
    ],
    "internvl": [
        T("{L}) {T}"),
        T("The answer is ({L})."),
        T("Answer: ({L}) {T}"),
        T("{L}\n"),
        T("Correct option: {L}"),
        T("{T}", tags=("option_text",)),
        T("Option {L}: {T}"),
        T("Answer: {L}/{X}", label="ambiguous"),
        T("{OPTIONS}\nPlease choose one option.", label="unparsed", tags=("gaming", "lists_options")),
    ],
    "llava-med": [
        T("The image demonstrates {t}.", tags=("option_text",)),
        T("This image is consistent with {t}.", tags=("option_text",)),
        T("The most likely diagnosis is {t}.", tags=("option_text",)),
        T("There is no {tx} in the image; the appearance is that of {t}.", tags=("option_text", "adversarial")),
        T("The image shows the chest with the heart and lungs visible.", label="unparsed", tags=("no_decision",)),
        T("I am not able to give a diagnosis; please consult your physician.", label="refused"),
        T("The findings may represent either {t} or {tx}.", label="ambiguous"),
    ],
    "medgemma": [
        T("{BODY}\n\n**Final Answer:**\n{L}) {T}"),
        T("{BODY}\n\n**Impression:** {T}", tags=("option_text", "label_line")),
        T("{BODY}\n\n**Answer:** The most likely answer is **{L}**."),
        T("{BODY}\n\nFinal Answer: The final answer is $\\boxed{{{L}}}$."),
        T("**Findings:** {FL}.\n**Interpretation:** consistent with {t}.\n**Answer:** {L}"),
        T("{BODY}\n\n**Conclusion:** Option {L} best fits the imaging findings; {X} is not supported.", tags=("adversarial",)),
        T("{BODY}\n\n**Final Answer:** Either {L} or {X}.", label="ambiguous"),
        T("{BODY}\n\n**Final Answer:** Insufficient information to answer.", label="refused"),
    ],
    "deepseek-r1": [
        T("<think>\n{R1}\nYeah, I'm going with {L}.\n</think>\n\nThe answer is **{L}) {T}**."),
        T("<think>\n{R1}\n</think>\n\n### Answer\n{L}. {T}"),
        T("<think>\n{R1}\n</think>\n\nFinal answer: \\boxed{{{L}}}"),
        T("<think>\n{R1}\n</think>\n\n**{L}**"),
        T("<think>\n{R1}\n</think>\n\nBased on the analysis, option {L} ({t}) is correct. Options {X} and {Y} are excluded.", tags=("adversarial",)),
        T("<think>\n{R1}\n</think>\n\n**Answer:** \\boxed{{{L}}}"),
        T("<think>\n{R1}\n</think>\n\nIt is {L} or {X}; the image does not settle it.", label="ambiguous"),
        T("<think>\n{R1}\n</think>\n\nI can't make a determination from this image.", label="refused"),
    ],
    "tagged-rl": [
        T("<think>\n{FL}\n</think>\n<answer>\n{L}\n</answer>"),
        T("<think>{FL}.</think><answer>({L})</answer>"),
        T("<think>{FL}.</think><answer>{L}) {T}</answer>"),
        T("<think>{FL}.</think><answer>The answer is {L}.</answer>"),
        T("<think>{FL}. Not {X}.</think><answer>{t}</answer>", tags=("option_text",)),
        T("<think>Checking option {X}: no. Checking option {L}: {fL}.</think><answer>{L}</answer>", tags=("adversarial",)),
        T("<think>{FL}.</think>\n\n<answer>**{L}**</answer>"),
        T("<think>{FL}.</think><answer>{L} or {X}</answer>", label="ambiguous"),
        T("<think>{FL}.</think><answer>see above</answer>", label="unparsed"),
    ],
}

CLOSED: dict[str, list[T]] = {
    "gpt-4o": [
        T("Yes, {F} is visible.", tags=("fixed_yes",)),
        T("The answer is: {V}"),
        T("There is {F} on this image, so yes.", tags=("fixed_yes",)),
        T("I'm not able to assess {F} on this image.", label="refused"),
    ],
    "claude": [T("**{V}.** I reviewed the image for {F}."), T("No {Fb} is seen on this study.", tags=("fixed_no", "implicit"))],
    "gemini": [T("Final verdict: {V}")],
    "qwen2.5-vl": [T("{V}"), T("Answer: {v}, based on the image.")],
    "internvl": [T("{v}."), T("Possibly yes, possibly no.", label="ambiguous")],
    "llava-med": [T("{V}.")],
    "medgemma": [T("**Answer:** {V}.")],
    "deepseek-r1": [T("<think>\nIs there {F}? Let me check the image.\n</think>\n\n{V}")],
    "tagged-rl": [T("<think>Assessing {F}.</think>\n<answer>\n{V}\n</answer>")],
}

CLOSED_FIXED_VERDICT = {"fixed_no": "no", "fixed_yes": "yes"}

CLOSED_ZH: list[T] = [
    T("是的。", tags=("fixed_yes",)),
    T("否，图中没有{F}。", tags=("fixed_no",)),
    T("答：{V}"),
    T("<answer>{V}</answer>"),
    T("不是", tags=("fixed_no",)),
]

OPEN: dict[str, list[T]] = {
    "gpt-4o": [T("Answer: {Ac}.")],
    "claude": [T("The answer: {A}")],
    "gemini": [T("**{Ac}**")],
    "qwen2.5-vl": [T("{Ac}")],
    "internvl": [T("{A}.")],
    "llava-med": [T("{A}")],
    "medgemma": [T("**Final Answer:** {Ac}.")],
    "deepseek-r1": [T("<think>\nWhat is {S}?\n</think>\n\n\\boxed{{{A}}}")],
    "tagged-rl": [T("<think>Checking {S}.</think><answer>{Ac}</answer>")],
}

OPEN_ZH: list[T] = [T("{A}。"), T("答：{A}")]
