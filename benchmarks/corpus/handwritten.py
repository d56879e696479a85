"""Whole outputs written one by one (not from templates), for the shapes templates flatten.

Each entry: family, split, question, options, gold, text, expected status and
answer, tags, optional finish_reason. They imitate long real outputs: answer
lines followed by explanations, option headings everywhere, revisions,
disclaimers, echoed chat templates and attempts to game the reader.
"""

from __future__ import annotations

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"}
AORTA = {"A": "Atherosclerosis of the aortic arch", "B": "Aortic dissection", "C": "Mediastinal lymphadenopathy",
         "D": "Normal mediastinum"}
LINES = {"A": "Endotracheal tube too low", "B": "Nasogastric tube in the left main bronchus",
         "C": "Central line in the superior vena cava", "D": "Chest drain in the fissure"}
MULTI = {"A": "atelectasis, pleural effusion", "B": "cardiomegaly", "C": "atelectasis, cardiomegaly, pleural effusion",
         "D": "pneumothorax, fracture"}
YN = {"A": "Yes", "B": "No"}

Q_CXR = "What is the most likely finding on this chest radiograph?"
Q_AORTA = "What is the most likely finding in the mediastinum?"
Q_LINES = "Which statement about the support devices is correct?"
Q_MULTI = "Which findings are present in this chest X-ray?"
Q_YN = "Is there a pneumothorax in this image?"

_GPT_HEADINGS = """To determine the most likely finding, let's evaluate each option based on the radiograph.

A) Pneumothorax:
- A pneumothorax shows a visceral pleural line with no lung markings beyond it.
- No such line is visible, and the markings reach the chest wall.

B) Pleural effusion:
- An effusion blunts the costophrenic angles and may show a meniscus.
- Both angles are sharp.

C) Cardiomegaly:
- The cardiac silhouette is wider than half of the thoracic diameter on this PA view.
- This is the dominant abnormality.

D) Normal study:
- The enlarged heart makes a normal study unlikely.
"""

ITEMS: list[dict] = [
    # ---------------------------------------------------------------- dev
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text=_GPT_HEADINGS + "\nBased on the analysis above, the most likely finding is:\n\nC) Cardiomegaly\n\n"
              "The enlarged cardiac silhouette is the key feature, while the lungs and pleura look normal.",
         status="scored", answer="C", tags=["colon_lead_in", "explanation_after"]),
    dict(family="gpt-4o", split="dev", question=Q_AORTA, options=AORTA, gold="A",
         text="The aortic knob shows curvilinear calcification along its wall, and the mediastinal width is within "
              "normal limits. There is no displaced intimal calcification to suggest dissection, and no lobulated "
              "hilar or paratracheal contour.\n\nThe most likely finding in this X-ray is option A) atherosclerosis "
              "of the aortic arch, which is common in older patients.",
         status="scored", answer="A", tags=["family2"]),
    dict(family="gpt-4o", split="dev", question=Q_LINES, options=LINES, gold="C",
         text="Reviewing the devices:\n\n- The endotracheal tube tip lies about 5 cm above the carina.\n"
              "- The nasogastric tube passes below the diaphragm into the stomach.\n"
              "- The right internal jugular line ends at the level of the carina.\n"
              "- There is no chest drain.\n\nOption C is the most fitting description of the device positions.",
         status="scored", answer="C", tags=["family3"]),
    dict(family="gpt-4o", split="dev", question=Q_MULTI, options=MULTI, gold="C",
         text="1. **Atelectasis**: there is linear opacity at the left base, in keeping with subsegmental atelectasis.\n"
              "2. **Cardiomegaly**: the cardiothoracic ratio is about 0.6.\n"
              "3. **Pleural effusion**: the left costophrenic angle is blunted.\n"
              "4. **Pneumothorax** and **fracture**: neither is present.\n\n"
              "Taken together, the findings correspond to **Option C: atelectasis, cardiomegaly, pleural effusion**.",
         status="scored", answer="C", tags=["family4", "multi"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="B",
         text="The left costophrenic angle is blunted and there is a meniscus along the lateral chest wall. "
              "The heart size is normal. There is no pleural line.\n\nThe correct answer seems to be: B)",
         status="scored", answer="B", tags=["family5", "hedged"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="**Step 1: Assess the image.** The film is a PA projection with adequate inspiration.\n\n"
              "**Step 2: Evaluate the options.**\n- A) Pneumothorax: no pleural line.\n- B) Pleural effusion: "
              "angles are sharp.\n- C) Cardiomegaly: cardiothoracic ratio greater than 0.5.\n- D) Normal study: "
              "excluded by the heart size.\n\n**Determine the Answer:**\nThe findings are most consistent with an "
              "enlarged heart, so the answer is C) Cardiomegaly.",
         status="scored", answer="C", tags=["family6", "heading"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="B",
         text="There is a homogeneous opacity at the right base with a concave upper border that tracks up the "
              "lateral chest wall. The heart is not enlarged and there is no pleural line.\n\n"
              "The most likely finding is \"Pleural effusions\".",
         status="scored", answer="B", tags=["family7", "option_text", "plural"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="C is correct if we accept that this is a PA film, since the heart is then clearly enlarged. "
              "That said, the blunted right angle would point towards B.",
         status="ambiguous", answer=None, tags=["conflict"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="Initially the right base looked hazy, which suggested B. However, on closer inspection the angle is "
              "sharp and the heart is large.\n\nFinal answer: C",
         status="scored", answer="C", tags=["revision"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="We can rule out B because the angles are sharp. Unlike A, there is no pleural line. "
              "D is unlikely given the heart size. Not C either, in my view, as the projection is AP.",
         status="unparsed", answer=None, tags=["negatives_only"]),
    dict(family="qwen2.5-vl", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="A, B, C, D", status="ambiguous", answer=None, tags=["gaming", "every_letter"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="The question asks: What is the most likely finding on this chest radiograph?\n\nA) Pneumothorax\n"
              "B) Pleural effusion\nC) Cardiomegaly\nD) Normal study\n\nEach of these can present with dyspnoea and "
              "should be considered in the differential.",
         status="unparsed", answer=None, tags=["gaming", "restates_question"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="It might be A. It could also be B. C is possible as well, and D cannot be excluded on one view.",
         status="ambiguous", answer=None, tags=["gaming", "hedges_everything"]),
    dict(family="tagged-rl", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="system\nYou are a helpful assistant.\nuser\nWhat is the most likely finding on this chest radiograph?\n"
              "Options:\nA. Pneumothorax\nB. Pleural effusion\nC. Cardiomegaly\nD. Normal study\n"
              "Reason inside <think> </think> tags and answer inside <answer> </answer> tags.\nassistant\n"
              "<think>\nThe heart is wide; the angles are sharp.\n</think>\n<answer>C</answer>",
         status="scored", answer="C", tags=["echo:qwen-plain", "instruction_tags"]),
    dict(family="deepseek-r1", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="<|im_start|>user\nWhat is the most likely finding on this chest radiograph? A. Pneumothorax B. Pleural "
              "effusion C. Cardiomegaly D. Normal study. Put your reasoning in <think></think> and the letter in "
              "<answer></answer>.<|im_end|>\n<|im_start|>assistant\n<think>\nThe cardiothoracic ratio is above one "
              "half and nothing else is abnormal.\n</think>\n\n<answer>C</answer>",
         status="scored", answer="C", tags=["echo:qwen-special", "instruction_tags"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="A",
         text="I can't determine whether this is A or B from this image; the relevant region is cut off.",
         status="refused", answer=None, tags=["refusal_mentions_options"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="B",
         text="The right costophrenic angle is blunted with a meniscus.\n\n**Answer: B) Pleural effusion**\n\n"
              "Please note that I am an AI and this is not a medical diagnosis; consult a radiologist.",
         status="scored", answer="B", tags=["disclaimer"]),
    dict(family="llava-med", split="dev", question=Q_YN, options=YN, gold="B",
         text="No, there is no pneumothorax visible in this chest X-ray.", status="scored", answer="B",
         tags=["binary", "verdict_as_option"]),
    dict(family="gpt-4o", split="dev", question=Q_YN, options=YN, gold="B",
         text="The lung markings extend to the chest wall bilaterally and no visceral pleural line is seen.\n\n"
              "Therefore, the answer is B) No.", status="scored", answer="B", tags=["binary"]),
    dict(family="qwen2.5-vl", split="dev", question=Q_YN, options=YN, gold="B",
         text="Yes.", status="scored", answer="A", tags=["binary", "verdict_as_option"]),
    dict(family="medgemma", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="**Image Analysis:**\nThe heart is enlarged (CTR about 0.62). Lungs are clear. No effusion.\n\n"
              "**Answer Choice Evaluation:**\n*   **A) Pneumothorax:** Incorrect.\n*   **B) Pleural effusion:** "
              "Incorrect.\n*   **C) Cardiomegaly:** Correct.\n*   **D) Normal study:** Incorrect.\n\n"
              "**Final Answer:** The final answer is $\\boxed{C}$",
         status="scored", answer="C", tags=["per_option_verdicts"]),
    dict(family="gemini", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="**Answer Choice Evaluation:**\n\n*   **A) Pneumothorax:** Incorrect. No pleural line.\n"
              "*   **B) Pleural effusion:** Incorrect. Sharp angles.\n*   **C) Cardiomegaly:** Correct. The heart is "
              "enlarged.\n*   **D) Normal study:** Incorrect.",
         status="scored", answer="C", tags=["per_option_verdicts", "single_correct"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="After evaluating each finding, the correct answer is:\n\nC) Cardiomegaly\n\nThis is supported by the "
              "cardiothoracic ratio. A) Pneumothorax and B) Pleural effusion are not seen.",
         status="scored", answer="C", tags=["colon_lead_in", "adversarial"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="D",
         text="Everything here looks within normal limits: the heart is normal in size, the lungs are clear and the "
              "angles are sharp. I'd say this is a normal study.",
         status="scored", answer="D", tags=["option_text"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="The most likely answer is C. However, B would be the answer if the blunting at the right base were "
              "real. On balance, the final answer is C.",
         status="scored", answer="C", tags=["revision", "hypothetical"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="Option C is not the answer here, because the projection is AP and the heart is magnified. "
              "Option A is correct: there is a visceral pleural line at the right apex.",
         status="scored", answer="A", tags=["negated_then_positive"]),
    dict(family="internvl", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="The answer is C or D.", status="ambiguous", answer=None, tags=["two_letters"]),
    dict(family="deepseek-r1", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="<think>\nOkay, the film shows a large heart. So the answer is C. But wait, could it be D? No, the heart "
              "is definitely big.\n</think>\n\nThe answer is C) Cardiomegaly.", status="scored", answer="C",
         tags=["think_mentions"]),
    dict(family="deepseek-r1", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="<think>\nOkay, the film shows a large heart. Option A needs a pleural line, which I don't see. "
              "Option B needs blunting. Let me reconsider the cardiothoracic ratio, which is about 0.6, so the heart "
              "is enlarged and the most likely",
         status="truncated", answer=None, finish_reason="length", tags=["open_think"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text=_GPT_HEADINGS + "\nBased on the analysis above, the most likely finding is",
         status="truncated", answer=None, finish_reason="length", tags=["cut_before_answer"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="None of the options matches what I see; the image appears to be an abdominal film.",
         status="refused", answer=None, tags=["none_of_the_options"]),
    dict(family="qwen2.5-vl", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="cardiomegaly", status="scored", answer="C", tags=["option_text", "lowercase"]),
    dict(family="qwen2.5-vl", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="“Cardiomegaly.”", status="scored", answer="C", tags=["option_text", "quotes"]),
    dict(family="gpt-4o", split="dev", question=Q_MULTI, options=MULTI, gold="C",
         text="Findings: left basal atelectasis, an enlarged heart and a small left effusion.\n\n"
              "The answer is atelectasis, cardiomegaly, pleural effusion.", status="scored", answer="C",
         tags=["multi", "option_text", "nested_options"]),
    dict(family="gpt-4o", split="dev", question=Q_MULTI, options=MULTI, gold="C",
         text="Findings: left basal atelectasis and a small left effusion; the heart is normal.\n\n"
              "The answer is atelectasis, pleural effusion.", status="scored", answer="A",
         tags=["multi", "option_text", "nested_options"]),
    dict(family="claude", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="A large heart shadow is visible with clear lungs. The answer is C.", status="scored", answer="C",
         tags=["article_a"]),
    dict(family="gpt-4o", split="dev", question=Q_CXR, options=CXR, gold="C",
         text="A normal study would show a cardiothoracic ratio under 0.5, which is not the case here; a "
              "pneumothorax or effusion is not seen either.", status="unparsed", answer=None,
         tags=["no_decision", "article_a"]),
    # ---------------------------------------------------------------- held-out
    dict(family="gpt-4o", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text=_GPT_HEADINGS + "\nIn summary, the option that best fits these observations is:\n\n**C) Cardiomegaly**"
              "\n\nNeither a pleural line nor blunting is present.",
         status="scored", answer="C", tags=["colon_lead_in"]),
    dict(family="gpt-4o", split="heldout", question=Q_AORTA, options=AORTA, gold="A",
         text="Calcification outlines the aortic arch and the mediastinum is not widened.\n\n"
              "The finding visible in this radiograph is best identified as A) atherosclerosis of the aortic arch.",
         status="scored", answer="A", tags=["family2"]),
    dict(family="claude", split="heldout", question=Q_LINES, options=LINES, gold="C",
         text="Looking at each tube and line, D doesn't apply (no drain), and A and B are not borne out. "
              "C matches best: the line tip sits at the carina.", status="scored", answer="C",
         tags=["family3", "adversarial"]),
    dict(family="gpt-4o", split="heldout", question=Q_MULTI, options=MULTI, gold="C",
         text="The heart is enlarged, the left angle is blunted, and there is basal linear atelectasis. These "
              "observations are in keeping with Option C (atelectasis, cardiomegaly, pleural effusion).",
         status="scored", answer="C", tags=["family4", "multi"]),
    dict(family="gemini", split="heldout", question=Q_CXR, options=CXR, gold="B",
         text="**Assessment:** Blunted left angle with meniscus.\n\n**Selection:** It appears the right choice is B.",
         status="scored", answer="B", tags=["family5", "hedged"]),
    dict(family="gpt-4o", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="## Step 4: Choose the Correct Answer\nGiven the enlarged cardiac silhouette with clear lungs, "
              "C) Cardiomegaly is the best choice.", status="scored", answer="C", tags=["family6", "heading"]),
    dict(family="llava-med", split="heldout", question=Q_CXR, options=CXR, gold="B",
         text="The radiograph reveals a left-sided pleural effusion with blunting of the costophrenic angle.",
         status="scored", answer="B", tags=["family7", "option_text"]),
    dict(family="claude", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="I'd say C fits, but the haziness at the right base would also be compatible with B, so I'm not sure.",
         status="ambiguous", answer=None, tags=["conflict"]),
    dict(family="gpt-4o", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="D is excluded by the heart size; A is unlikely without a pleural line; B can be ruled out because "
              "the angles are sharp.", status="unparsed", answer=None, tags=["negatives_only"]),
    dict(family="internvl", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="A) Pneumothorax B) Pleural effusion C) Cardiomegaly D) Normal study", status="unparsed", answer=None,
         tags=["gaming", "lists_options"]),
    dict(family="llava-med", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="USER: <image>\nWhat is the most likely finding on this chest radiograph? A. Pneumothorax B. Pleural "
              "effusion C. Cardiomegaly D. Normal study ASSISTANT: The image shows an enlarged heart, consistent "
              "with cardiomegaly.", status="scored", answer="C", tags=["echo:llava", "option_text"]),
    dict(family="gpt-4o", split="heldout", question=Q_YN, options=YN, gold="B",
         text="There is no visceral pleural line and the lung markings reach the periphery.\n\nAnswer: No",
         status="scored", answer="B", tags=["binary"]),
    dict(family="deepseek-r1", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="<think>\nThe heart is wide. Hmm, B? No, the angles are sharp. So C.\n</think>\n\n"
              "The answer is C.\n\nB is wrong because the angles are sharp, and A is wrong because there is no "
              "pleural line.", status="scored", answer="C", tags=["adversarial"]),
    dict(family="claude", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="I'm sorry, but I can't interpret this medical image or choose among the options.",
         status="refused", answer=None, tags=["refusal"]),
    dict(family="gpt-4o", split="heldout", question=Q_CXR, options=CXR, gold="C",
         text="At first glance this could be B. On reflection, the heart is the abnormal structure, so my final "
              "answer is C.", status="scored", answer="C", tags=["revision"]),
    # ---------------------------------------------------------------- held-out 2 (written before further tuning)
    dict(family="gpt-4o", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="Let's break down each option.\n\n**Option A: Pneumothorax** - no pleural line.\n**Option B: Pleural "
              "effusion** - the angles are sharp.\n**Option C: Cardiomegaly** - the heart is enlarged.\n**Option D: "
              "Normal study** - not normal.\n\nThe best answer is **Option C: Cardiomegaly**.",
         status="scored", answer="C", tags=["bold_option_headings"]),
    dict(family="claude", split="heldout2", question=Q_CXR, options=CXR, gold="B",
         text="Initially I considered D. After re-examining the costophrenic angles, I'm changing my answer to B.",
         status="scored", answer="B", tags=["revision"]),
    dict(family="gpt-4o", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="The heart is clearly enlarged. None of the other options fit as well as C.",
         status="scored", answer="C", tags=["comparison"]),
    dict(family="llava-med", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="Everything points toward cardiomegaly.", status="scored", answer="C", tags=["option_text"]),
    dict(family="claude", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="The cardiothoracic ratio is about 0.6. C is my final answer.", status="scored", answer="C",
         tags=["final"]),
    dict(family="claude", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="I'd rule out A, B and D, which leaves C.", status="scored", answer="C", tags=["elimination"]),
    dict(family="internvl", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="Answer: A) Pneumothorax B) Pleural effusion C) Cardiomegaly D) Normal study", status="ambiguous",
         answer=None, tags=["gaming", "lists_options"]),
    dict(family="gpt-4o", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="The answer is not C.", status="unparsed", answer=None, tags=["negative_only"]),
    dict(family="claude", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="Between B and C, I favor C because the angles are sharp.", status="scored", answer="C",
         tags=["comparison"]),
    dict(family="medgemma", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="C (cardiomegaly) - final answer.", status="scored", answer="C", tags=["final"]),
    dict(family="gpt-4o", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text=_GPT_HEADINGS + "\nTaking all of the above into consideration, the most likely finding is C) Cardiom",
         status="truncated", answer=None, finish_reason="length", tags=["cut_in_answer"]),
    dict(family="llava-med", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="[INST] <image>\nWhat is the most likely finding on this chest radiograph? A. Pneumothorax B. Pleural "
              "effusion C. Cardiomegaly D. Normal study [/INST] The answer is C. Cardiomegaly.",
         status="scored", answer="C", tags=["echo:mistral"]),
    dict(family="gpt-4o", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="Answer: C\n\nThe heart is enlarged with clear lungs.\n\nAnswer: C", status="scored", answer="C",
         tags=["repeated"]),
    dict(family="deepseek-r1", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="The answer should be B, no wait, it's C.", status="scored", answer="C", tags=["revision"]),
    dict(family="qwen2.5-vl", split="heldout2", question=Q_CXR, options=CXR, gold="C",
         text="答案是C。", status="scored", answer="C", tags=["zh_marker"]),
    dict(family="gemini", split="heldout2", question=Q_MULTI, options=MULTI, gold="C",
         text="The film shows basal atelectasis, an enlarged heart and a left effusion, so option C "
              "(atelectasis, cardiomegaly, pleural effusion) is correct; option A omits the cardiomegaly.",
         status="scored", answer="C", tags=["multi", "adversarial"]),
    dict(family="claude", split="heldout2", question=Q_YN, options=YN, gold="B",
         text="There's no pneumothorax here, so I'd answer no.", status="scored", answer="B",
         tags=["binary", "verdict_as_option"]),
    # ---------------------------------------------------------------- held-out 3 (written before the final measurement)
    dict(family="gpt-4o", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text=_GPT_HEADINGS + "\n### Conclusion\nThe correct answer is **C**: Cardiomegaly, as evidenced by the "
              "widened cardiac silhouette.", status="scored", answer="C", tags=["conclusion_heading"]),
    dict(family="claude", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="Looking at the chest X-ray: B and D can be excluded; between A and C, the absence of a pleural line "
              "makes C more likely.", status="scored", answer="C", tags=["comparison"]),
    dict(family="deepseek-r1", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="The answer is A. Wait, the pleural line is actually a skin fold. The answer is C.", status="scored",
         answer="C", tags=["revision"]),
    dict(family="gemini", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="Correct answer: C\nIncorrect answers: A, B, D", status="scored", answer="C",
         tags=["adversarial", "lists_rejected"]),
    dict(family="claude", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="C seems right, but B cannot be excluded.", status="scored", answer="C", tags=["caveat"]),
    dict(family="claude", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="I'm going to say C, cardiomegaly.", status="scored", answer="C", tags=["choice_verb"]),
    dict(family="internvl", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="Answer: None of the above.", status="refused", answer=None, tags=["none_of_the_above"]),
    dict(family="gpt-4o", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="The question is ambiguous; both B and C could apply.", status="ambiguous", answer=None,
         tags=["hedge"]),
    dict(family="gpt-4o", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="Looking at the options, the heart appears large and the costophrenic angles",
         status="truncated", answer=None, finish_reason="length", tags=["cut"]),
    dict(family="tagged-rl", split="heldout3", question=Q_CXR, options=CXR, gold="B",
         text="<|im_start|>user\nWhat is the most likely finding on this chest radiograph?\nA. Pneumothorax\n"
              "B. Pleural effusion\nC. Cardiomegaly\nD. Normal study\nAnswer in the format <answer>A</answer>."
              "<|im_end|>\n<|im_start|>assistant\n<think>Blunted angle with a meniscus.</think><answer>B</answer>",
         status="scored", answer="B", tags=["echo:qwen-special", "instruction_example"]),
    dict(family="gemini", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="**Option C** — Cardiomegaly ✓", status="scored", answer="C", tags=["check_mark"]),
    dict(family="claude", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="It's not a pneumothorax or an effusion; the heart is just big, so cardiomegaly.", status="scored",
         answer="C", tags=["option_text", "adversarial"]),
    dict(family="gpt-4o", split="heldout3", question=Q_CXR, options=CXR, gold="C",
         text="D) Normal study is incorrect. C) Cardiomegaly is correct.", status="scored", answer="C",
         tags=["per_option_verdicts"]),
    dict(family="llava-med", split="heldout3", question=Q_YN, options=YN, gold="B",
         text="No pneumothorax is identified.", status="scored", answer="B", tags=["binary", "implicit"]),
    dict(family="claude", split="heldout3", question=Q_MULTI, options=MULTI, gold="C",
         text="All three are present: atelectasis, cardiomegaly and a pleural effusion. That's option C.",
         status="scored", answer="C", tags=["multi"]),
]
