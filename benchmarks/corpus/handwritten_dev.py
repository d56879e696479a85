"""Whole outputs written one by one after the first red-team rounds (see ``handwritten.py``).

A separate file only to keep each under ~500 lines: the items continue
``handwritten.ITEMS`` in order (``build.py`` reads ``handwritten.ITEMS`` then
these), so ids and labels are as before the split.
"""

from __future__ import annotations

from handwritten import CXR, Q_CXR

ITEMS: list[dict] = []

# Dev additions written after the independent red-team set (benchmarks/corpus/README.md) showed these
# failure classes; own phrasings and content, none copied from that set.
LOBES = {"A": "Right upper lobe", "B": "Right lower lobe", "C": "Left upper lobe", "D": "Left lower lobe"}
NOT_OPTS = {"A": "Cardiomegaly", "B": "Pleural effusion", "C": "Pneumothorax", "D": "Rib fracture"}
Q_LOBES = "In which lobe is the consolidation?"
Q_NOT = "Which of these findings is NOT present on the radiograph?"
Q_EFF = "Is there a pleural effusion?"
Q_HEART = "Is the heart enlarged?"
Q_ZH = "图中是否有气胸？"


def _c(family: str, text: str, status: str, answer: str | None, tags: list[str], question: str = Q_CXR,
       options: dict[str, str] | None = None, gold: str = "C", **kw: str) -> dict:
    return dict(family=family, split="dev", question=question, options=CXR if options is None else options,
                gold=gold, text=text, status=status, answer=answer, tags=tags, **kw)


def _y(family: str, text: str, status: str, answer: str | None, tags: list[str], question: str = Q_EFF,
       gold: str = "yes") -> dict:
    return dict(family=family, split="dev", answer_type="closed", question=question, options={}, gold=gold,
                text=text, status=status, answer=answer, tags=tags)


ITEMS += [
    # several wrappers or answer lines naming different options: nothing to choose between them
    _c("tagged-rl", "<think>Meniscus at the right base.</think><answer>B</answer>\n<answer>D</answer>",
       "ambiguous", None, ["two_tags"]),
    _c("qwen2.5-vl", "\\boxed{B} \\boxed{C}", "ambiguous", None, ["two_boxes"]),
    _c("gemini", "If the film is supine the answer would be $\\boxed{A}$; on an erect film it is $\\boxed{B}$.",
       "ambiguous", None, ["two_boxes", "conditional"]),
    _c("tagged-rl", "<think>Big heart.</think><answer>C</answer><answer>C</answer>", "scored", "C",
       ["two_tags_same"]),
    _c("gpt-4o", "Final answer: B\nFinal answer: C", "ambiguous", None, ["two_phrases"]),
    _c("internvl", "The correct answer is B. The correct answer is C.", "ambiguous", None, ["two_phrases"]),
    _c("qwen2.5-vl", "Answer: A\nAnswer: B\nAnswer: C\nAnswer: D", "ambiguous", None, ["two_phrases", "gaming"]),
    _c("claude", "The answer is B if the blunting is fluid, or else C.", "ambiguous", None, ["conditional"]),
    _c("medgemma", "**Final Answer:** (B) if this is a supine film, otherwise (D).", "ambiguous", None,
       ["conditional"]),
    _c("deepseek-r1", "<think>Angles sharp, heart wide.</think>\nThe answer is B.\n\nHmm, no: the angles are sharp "
       "and the heart is wide. On reflection, the final answer is C.", "scored", "C", ["revision"]),
    # format examples and quoted, rejected answers are not the decision
    _c("gpt-4o", "For example, \"Answer: D\" would mean a normal study. Here the heart is enlarged, so my answer: C.",
       "scored", "C", ["format_example"]),
    _c("qwen2.5-vl", "Reply format: \"Answer: A\".\nThe cardiac silhouette is more than half the chest width.",
       "unparsed", None, ["format_example", "gaming"]),
    _c("gpt-4o", "**Answer: C) Cardiomegaly**\n\nThe cardiothoracic ratio is about 0.6. I briefly considered "
       "**Answer: B) Pleural effusion**, but both costophrenic angles are sharp.", "scored", "C",
       ["rejected_after"]),
    # per-option check marks
    _c("medgemma", "- A) Pneumothorax ❌\n- B) Pleural effusion ❌\n- C) Cardiomegaly ✅ enlarged silhouette\n"
       "- D) Normal study ❌", "scored", "C", ["check_marks"]),
    _c("gemini", "A) Pneumothorax ✗\nB) Pleural effusion ✔ (blunted left angle)\nC) Cardiomegaly ✗\n"
       "D) Normal study ✗", "scored", "B", ["check_marks"], gold="B"),
    _c("medgemma", "* A) Pneumothorax — ❌\n* B) Pleural effusion — ✅\n* C) Cardiomegaly — ✅\n* D) Normal study — ❌",
       "ambiguous", None, ["check_marks"]),
    # questions asking for the option that is NOT present
    _c("gpt-4o", "The effusion, the enlarged heart and the rib fracture are all visible; the one that is not "
       "present is **C) Pneumothorax**.", "scored", "C", ["not_question"], question=Q_NOT, options=NOT_OPTS),
    _c("medgemma", "**Answer:** The finding that is absent is a rib fracture (D).", "scored", "D",
       ["not_question"], question=Q_NOT, options=NOT_OPTS, gold="D"),
    _c("llava-med", "The heart is enlarged and there is a pleural effusion.", "unparsed", None,
       ["not_question", "description"], question=Q_NOT, options=NOT_OPTS),
    _c("llava-med", "Cardiomegaly is seen.", "unparsed", None, ["not_question", "description"], question=Q_NOT,
       options=NOT_OPTS),
    # special tokens left in the decoded output
    _c("internvl", "C<|im_end|>", "scored", "C", ["special_token"]),
    _c("qwen2.5-vl", "<|im_start|>assistant\nB<|im_end|>", "scored", "B", ["special_token"], gold="B"),
    _c("llava-med", "The answer is D.</s>", "scored", "D", ["special_token"], gold="D"),
    _c("medgemma", "A<end_of_turn>", "scored", "A", ["special_token"], gold="A"),
    _c("tagged-rl", "<think>Wide heart.</think><answer>C</answer><|endoftext|>", "scored", "C", ["special_token"]),
    # forced picks, contrasts, lead-ins ending in "is:"
    _c("claude", "Hard to say without the lateral film. If I had to pick one option: B.", "scored", "B",
       ["forced_pick"], gold="B"),
    _c("qwen2.5-vl", "C, not D.", "scored", "C", ["contrast"]),
    _c("internvl", "C rather than B.", "scored", "C", ["contrast"]),
    _c("medgemma", "The abnormality I can identify is:\n\nB) Pleural effusion\n\nThe left costophrenic angle is "
       "blunted.", "scored", "B", ["colon_lead_in"], gold="B"),
    # an answer tag holding a sentence
    _c("tagged-rl", "<think>Air bronchograms behind the right hemidiaphragm.</think><answer>The consolidation is in "
       "the right lower lobe.</answer>", "scored", "B", ["tag_sentence"], question=Q_LOBES, options=LOBES, gold="B"),
    _c("tagged-rl", "<think>Silhouetted left heart border.</think><answer>Left upper lobe (lingula)</answer>",
       "scored", "C", ["tag_sentence"], question=Q_LOBES, options=LOBES),
    _c("tagged-rl", "<think>Hazy.</think><answer>right upper lobe or left upper lobe</answer>", "ambiguous", None,
       ["tag_sentence"], question=Q_LOBES, options=LOBES),
    # the decision only inside a closed think, nothing after it
    _c("deepseek-r1", "<think>The ratio is about 0.6 and the angles are sharp. So the answer is C.</think>", "scored",
       "C", ["think_only"]),
    _c("deepseek-r1", "<think>Angles sharp. Heart maybe big, maybe rotated. Not sure.</think>", "unparsed", None,
       ["think_only"]),
    # closed questions: verdicts in either language, whatever the gold's language
    _y("slake-zh", "No.", "scored", "否", ["cross_language"], question=Q_ZH, gold="否"),
    _y("slake-zh", "Yes, a thin pleural line is visible at the apex.", "scored", "是", ["cross_language"],
       question=Q_ZH, gold="是"),
    _y("slake-zh", "无", "scored", "否", ["zh_word"], question=Q_ZH, gold="否"),
    _y("qwen2.5-vl", "否。", "scored", "no", ["cross_language"], gold="no"),
    _y("internvl", "是的，左侧肋膈角变钝。", "scored", "yes", ["cross_language"], gold="yes"),
    _y("llava-med", "Yes — no pleural effusion is seen.", "ambiguous", None, ["self_contradiction"]),
    _y("gemini", "Step 1: check both angles. Sharp.\nStep 2: look for a meniscus. None.\n\nConclusion: No, the "
       "pleural spaces are clear.", "scored", "no", ["conclusion_label"], gold="no"),
    _y("medgemma", "**Impression:** Yes, small left effusion.", "scored", "yes", ["conclusion_label"]),
    _y("claude", "The left angle is blunted with a meniscus, so yes, an effusion is present.", "scored", "yes",
       ["mid_sentence_verdict"]),
    _y("claude", "I looked at both bases for a meniscus, so no, I don't see one.", "scored", "no",
       ["mid_sentence_verdict"], gold="no"),
    _y("internvl", "No<|im_end|>", "scored", "no", ["special_token"], gold="no"),
]

# Second round of dev additions (own phrasings): statements that restate a yes/no question, plain statements
# naming one option, and the traps such readings must not fall into.
Q_LEFT_EFF = "Is there a left pleural effusion?"
Q_NORMAL = "Is this chest radiograph normal?"
Q_ZH_NODULE = "肺部有结节吗？"
Q_ZH_TRACHEA = "气管是否居中？"
ITEMS += [
    _y("llava-med", "The heart is enlarged.", "scored", "yes", ["restated"], question=Q_HEART),
    _y("llava-med", "The heart is not enlarged.", "scored", "no", ["restated"], question=Q_HEART, gold="no"),
    _y("gemini", "The heart is enlarged and there is no pleural effusion.", "scored", "yes", ["restated"],
       question=Q_HEART),
    _y("llava-med", "There is a left pleural effusion.", "scored", "yes", ["restated"], question=Q_LEFT_EFF),
    _y("llava-med", "No pleural fluid is seen on either side.", "scored", "no", ["restated"], gold="no"),
    _y("medgemma", "Both costophrenic angles are sharp, without a pleural effusion.", "scored", "no", ["restated"],
       gold="no"),
    _y("slake-zh", "肺部未见结节。", "scored", "否", ["restated"], question=Q_ZH_NODULE, gold="否"),
    _y("slake-zh", "气管居中。", "scored", "是", ["restated"], question=Q_ZH_TRACHEA, gold="是"),
    _y("slake-zh", "右肺上叶可见一小结节，边界清楚。", "scored", "是", ["restated", "implicit"],
       question=Q_ZH_NODULE, gold="是"),
    _y("qwen2.5-vl", "Not enlarged.", "scored", "no", ["restated"], question=Q_HEART, gold="no"),
    # traps: hedged, conflicting, partial or only-by-opposite statements
    _y("claude", "The heart may be enlarged.", "ambiguous", None, ["restated_trap"], question=Q_HEART),
    _y("llava-med", "There is a right pleural effusion; the left costophrenic angle is sharp.", "scored", "no",
       ["restated_trap"], question=Q_LEFT_EFF, gold="no"),
    _y("llava-med", "The chest radiograph is abnormal.", "scored", "no", ["restated_trap", "implicit"],
       question=Q_NORMAL, gold="no"),
    _y("internvl", "A small effusion at the left base; otherwise the lungs are clear.", "unparsed", None,
       ["restated_trap"], question="Are the lungs clear?"),
    _y("slake-zh", "无法判断是否有结节。", "refused", None, ["restated_trap"], question=Q_ZH_NODULE, gold="否"),
    # plain statements naming one option (LLaVA-Med style), and the traps
    _c("llava-med", "The patient has cardiomegaly.", "scored", "C", ["statement"]),
    _c("llava-med", "A left pleural effusion is noted at the base.", "scored", "B", ["statement"], gold="B"),
    _c("llava-med", "A pneumothorax would show a visceral pleural line.", "unparsed", None, ["statement_trap"]),
    _c("llava-med", "There is no pneumothorax.", "unparsed", None, ["statement_trap"]),
    _c("llava-med", "Cardiomegaly and a pleural effusion are both present.", "ambiguous", None, ["statement_trap"]),
    _c("llava-med", "The heart could be enlarged, suggesting cardiomegaly.", "unparsed", None, ["statement_trap"]),
]

# Third round (own phrasings): option text reordered or with an article the option lacks, per-option lines
# that point at themselves, absent options in NOT-questions, outputs cut without a finish reason, refusals.
Q_TUBE = "Where is the tip of the nasogastric tube?"
TUBE = {"A": "In the stomach", "B": "In the distal oesophagus", "C": "In the right main bronchus",
        "D": "Coiled in the pharynx"}
ZONES = {"A": "Left lower zone opacity", "B": "Right lower zone opacity", "C": "Left upper zone opacity",
         "D": "Right upper zone opacity"}
ITEMS += [
    _c("llava-med", "The tube tip lies in the distal oesophagus.", "scored", "B", ["article"], question=Q_TUBE,
       options=TUBE, gold="B"),
    _c("gpt-4o", "There is an opacity of the left lower zone, in keeping with collapse.", "scored", "A",
       ["reordered"], question=Q_LOBES, options=ZONES, gold="A"),
    _c("gemini", "The appearance is most in keeping with opacity in the right upper zone.", "scored", "D",
       ["reordered"], question=Q_LOBES, options=ZONES, gold="D"),
    _c("gemini", "- A) Cardiomegaly: present\n- B) Pleural effusion: present\n- C) Pneumothorax: absent — this is the "
       "correct answer\n- D) Rib fracture: present", "scored", "C", ["points_at_itself", "not_question"],
       question=Q_NOT, options=NOT_OPTS),
    _c("claude", "Cardiomegaly and the effusion are obvious. A pneumothorax is not seen.", "scored", "C",
       ["not_question", "absent_option"], question=Q_NOT, options=NOT_OPTS),
    _c("claude", "Cardiomegaly is not seen and a pneumothorax is not seen either.", "ambiguous", None,
       ["not_question", "absent_option"], question=Q_NOT, options=NOT_OPTS),
    _c("medgemma", "**Systematic review**\n\n1. Heart: the cardiothoracic ratio is about 0.6.\n2. Pleura: the left "
       "costophrenic angle is blunted, and there is a meniscus tracking up the lateral", "truncated", None,
       ["text_cut"]),
    _c("gpt-4o", "Going through the options one by one, the enlarged cardiac silhouette is the most striking "
       "finding, while the pleural spaces look clear and the lung edges reach the chest wall on both", "truncated",
       None, ["text_cut"]),
    _c("claude", "Neither lung shows a pleural line and the heart is normal in size. None of the listed options "
       "matches what I see.", "refused", None, ["none_of_options"]),
    _c("internvl", "I am not sure which of these it is; the film is rotated.", "refused", None, ["not_sure"]),
]

# Fourth round: the closing words are an option's text with its letter, and the traps.
ITEMS += [
    _c("claude", "The left costophrenic angle is blunted with a meniscus, and the heart is normal in size. No pleural "
       "line is seen at either apex.\n\nWhat I see is a **pleural effusion** (B).", "scored", "B", ["text_letter_close"],
       gold="B"),
    _c("claude", "The heart is wide and the angles are sharp. I would not call this a **pleural effusion** (B).",
       "unparsed", None, ["text_letter_close"], gold="B"),
]
