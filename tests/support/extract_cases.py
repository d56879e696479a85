"""Hand-written raw model outputs with the answer a careful human would read out.

Each case says what ``extract`` must return (``None`` = unparsed) and which
rule must fire. Texts imitate medical VQA outputs (chest X-ray, CT, MRI,
pathology) in their many shapes: tagged, boxed, long chains of thought that
walk through every option, hedges, truncated thinking, and radiology prose
full of negations that are not verdicts. All content is invented for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.types import AnswerType, Sample

CXR_CHOICE = Sample(
    id="cxr-mc",
    question="What is the most likely finding on this chest radiograph?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"},
)
PATH_CHOICE = Sample(
    id="path-mc",
    question="Which tissue type is shown in this H&E section?",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Adipose tissue", "B": "Cardiac muscle", "C": "Hyaline cartilage", "D": "Lymph node"},
)
FRACTURE = Sample(
    id="fracture", question="What type of fracture is shown in the tibial shaft?", answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Transverse fracture", "B": "Spiral fracture", "C": "Comminuted fracture", "D": "Greenstick fracture"},
)
ORGANS = Sample(
    id="organs", question="Which organ shows the abnormality?", answer="C", answer_type=AnswerType.CHOICE,
    options={"A": "Liver", "B": "Spleen", "C": "Kidney", "D": "Pancreas"},
)
KNEE = Sample(
    id="knee", question="What is the primary abnormality on this knee MRI?", answer="A", answer_type=AnswerType.CHOICE,
    options={"A": "Anterior cruciate ligament tear", "B": "Medial meniscus tear", "C": "Joint effusion",
             "D": "Patellar fracture"},
)
CXR_ES = Sample(
    id="cxr-es", question="¿Cuál es el hallazgo principal en esta radiografía de tórax?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Derrame pleural", "B": "Neumotórax", "C": "Cardiomegalia", "D": "Neumonía"},
)
CXR_ES_EN_PE = Sample(
    id="cxr-pe", question="Which abnormality is present?", answer="B", answer_type=AnswerType.CHOICE,
    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Rib fracture"},
)
COLITIS = Sample(
    id="colitis", question="Which colitis best fits the accordion sign after antibiotic use?", answer="D",
    answer_type=AnswerType.CHOICE,
    options={"A": "Crohn disease", "B": "Ulcerative colitis", "C": "Ischemic colitis", "D": "Pseudomembranous colitis"},
)
GAS_ORGANISM = Sample(
    id="gas-organism", question="Which organism most often causes emphysematous pyelonephritis?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Escherichia coli", "B": "Proteus mirabilis", "C": "Klebsiella pneumoniae",
             "D": "Pseudomonas aeruginosa", "E": "Enterococcus faecalis"},
)
WRIST = Sample(
    id="wrist", question="Which fracture of the distal radius is shown?", answer="B", answer_type=AnswerType.CHOICE,
    options={"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"},
)
HEART = Sample(
    id="heart", question="Which cardiac finding is present on this radiograph?", answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Cardiomegaly", "B": "Pericardial effusion", "C": "Normal heart size", "D": "Left atrial enlargement"},
)
HIP = Sample(
    id="hip", question="Which diagnosis best fits this hip radiograph?", answer="C", answer_type=AnswerType.CHOICE,
    options={"A": "Developmental dysplasia of the hip", "B": "Legg-Calve-Perthes disease",
             "C": "Slipped capital femoral epiphysis", "D": "Transient synovitis"},
)
CXR_FINDINGS = Sample(
    id="cxr-findings",
    question="Which abnormality is most evident on this chest X-ray?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Left pneumothorax", "B": "Right pleural effusion", "C": "Cardiomegaly", "D": "Pneumoperitoneum"},
)
MRI_FALSE = Sample(
    id="mri-false",
    question="Which of the following is FALSE about this brain MRI?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "It is a T2-weighted image", "B": "The lesion is in the right frontal lobe",
             "C": "There is midline shift", "D": "There is surrounding vasogenic edema"},
)
CT_CLOSED = Sample(
    id="ct-yn",
    question="Is there free air under the diaphragm?",
    answer="no",
    answer_type=AnswerType.CLOSED,
)
MRI_SIDE = Sample(
    id="mri-side",
    question="Which hemisphere contains the lesion?",
    answer="left",
    answer_type=AnswerType.CLOSED,
)
OPEN_ORGAN = Sample(
    id="ct-open",
    question="Which organ shows the abnormality?",
    answer="the liver",
    answer_type=AnswerType.OPEN,
)


@dataclass(frozen=True)
class Case:
    id: str
    sample: Sample
    text: str
    answer: str | None
    rule: str
    server_reasoning: str | None = None


_LONG_COT = (
    "Let us look at each option in turn.\n"
    "A. Pneumothorax: I do not see a visceral pleural line and lung markings reach the periphery, "
    "so A is wrong.\n"
    "B. Pleural effusion: the costophrenic angles are sharp, arguing against B.\n"
    "C. Cardiomegaly: the cardiothoracic ratio is clearly above 0.5 on this PA film.\n"
    "D. Normal study: the enlarged cardiac silhouette makes D unlikely.\n"
)

CASES: list[Case] = [
    # --- choice: bare letter forms -------------------------------------------------------
    Case("letter-alone", CXR_CHOICE, "C", "C", "letter_only"),
    Case("letter-lower", CXR_CHOICE, "c", "C", "letter_only"),
    Case("letter-paren", CXR_CHOICE, "(B)", "B", "letter_only"),
    Case("letter-close-paren", CXR_CHOICE, "B)", "B", "letter_only"),
    Case("letter-dot", CXR_CHOICE, "D.", "D", "letter_only"),
    Case("letter-dot-text", CXR_CHOICE, "C. Cardiomegaly", "C", "letter_only"),
    Case("option-word", CXR_CHOICE, "Option A", "A", "letter_only"),
    Case("letter-bold", CXR_CHOICE, "**C**", "C", "letter_only"),
    Case("option-text-only", CXR_CHOICE, "Pleural effusion", "B", "option_text"),
    Case("option-text-case-punct", CXR_CHOICE, "  pleural effusion. ", "B", "option_text"),
    Case("option-text-article", CXR_CHOICE, "A normal study", "D", "option_text"),
    Case("letter-out-of-range", CXR_CHOICE, "E", None, "unparsed"),
    Case("letter-text-mismatch", CXR_CHOICE, "B. Cardiomegaly", None, "ambiguous"),
    # --- choice: markers ----------------------------------------------------------------
    Case("answer-colon", CXR_CHOICE, "Answer: B", "B", "letter_only"),
    Case("answer-lower", CXR_CHOICE, "answer: b", "B", "letter_only"),
    Case(
        "cot-then-answer-is",
        CXR_CHOICE,
        _LONG_COT + "Therefore, the answer is C.",
        "C",
        "final_answer_phrase",
    ),
    Case(
        "cot-final-answer-bold",
        CXR_CHOICE,
        _LONG_COT + "\n**Final Answer:** (C) Cardiomegaly",
        "C",
        "final_answer_phrase",
    ),
    Case(
        "answer-is-with-because",
        CXR_CHOICE,
        "The answer is C, because the heart occupies more than half of the thoracic width.",
        "C",
        "final_answer_phrase",
    ),
    Case(
        "correct-option-is",
        PATH_CHOICE,
        "Branching striated fibres with central nuclei and intercalated discs. "
        "The correct option is B: cardiac muscle.",
        "B",
        "final_answer_phrase",
    ),
    Case(
        "answer-is-option-text",
        PATH_CHOICE,
        "The fibres branch and show intercalated discs, so the answer is cardiac muscle.",
        "B",
        "option_text",
    ),
    Case(
        "answer-option-text-then-reason",
        PATH_CHOICE,
        "Answer: Cardiac muscle, given the intercalated discs and central nuclei.",
        "B",
        "option_text",
    ),
    Case("answer-text-then-letter", PATH_CHOICE, "Final answer: Cardiac muscle (B)", "B", "final_answer_phrase"),
    Case(
        "answer-letter-parenthetical-hedge",
        CXR_CHOICE,
        "Answer: C (although a small effusion cannot be excluded)",
        "C",
        "final_answer_phrase",
    ),
    Case("answer-is-b-or-c", CXR_CHOICE, "It is hard to say. The answer is B or C.", None, "ambiguous"),
    Case("answer-is-either", CXR_CHOICE, "The answer is either A or B depending on the view.", None, "ambiguous"),
    Case("answer-out-of-range", CXR_CHOICE, "Final answer: E", None, "unparsed"),
    Case(
        "answer-revised",
        CXR_CHOICE,
        "At first glance the answer is A. On closer inspection the lung markings extend to the "
        "chest wall, so the final answer is D.",
        "D",
        "final_answer_phrase",
    ),
    Case(
        "answer-phrase-not-a-letter",
        CXR_CHOICE,
        "The image quality is poor and the answer is not determinable from this radiograph.",
        None,
        "unparsed",
    ),
    Case(
        "article-a-then-answer",
        CXR_CHOICE,
        "A 67-year-old patient with dyspnoea. A large cardiac silhouette is seen. Answer: C",
        "C",
        "final_answer_phrase",
    ),
    # --- choice: tags and boxes --------------------------------------------------------
    Case("answer-tag", CXR_CHOICE, "<think>Heart is enlarged.</think>\n<answer>C</answer>", "C", "answer_tag"),
    Case("answer-tag-two-letters", CXR_CHOICE, "<think>Unsure.</think><answer>A, D</answer>", None, "ambiguous"),
    Case("answer-tag-empty", CXR_CHOICE, "<think>The heart is big.</think><answer> </answer>", None, "unparsed"),
    Case("answer-tag-with-text", CXR_CHOICE, "<answer>(B) Pleural effusion</answer>", "B", "answer_tag"),
    Case(
        "answer-tag-wins-over-phrase",
        CXR_CHOICE,
        "<think>If the answer is A we would see a pleural line; we do not.</think> <answer>D</answer>",
        "D",
        "answer_tag",
    ),
    Case(
        "answer-tag-unclosed",
        CXR_CHOICE,
        "<think>Ratio above one half.</think><answer>C",
        "C",
        "answer_tag",
    ),
    Case("boxed", CXR_CHOICE, "The cardiothoracic ratio exceeds 0.5.\n\n\\boxed{C}", "C", "boxed"),
    Case("boxed-text", CXR_CHOICE, "Final answer: \\boxed{\\text{B}}", "B", "boxed"),
    Case("boxed-nested", PATH_CHOICE, "\\boxed{\\textbf{B}}", "B", "boxed"),
    Case("boxed-in-answer-tag", CXR_CHOICE, "<answer>\\boxed{A}</answer>", "A", "answer_tag"),
    Case("boxed-unbalanced", CXR_CHOICE, "So we get \\boxed{C", None, "unparsed"),
    # --- choice: thinking ---------------------------------------------------------------
    Case(
        "think-truncated",
        CXR_CHOICE,
        "<think>Option A would need a pleural line. The answer is probably C but let me check the",
        None,
        "truncated",
    ),
    Case(
        "think-close-only",
        CXR_CHOICE,
        "Heart looks enlarged, answer is likely C.</think>\n\nC",
        "C",
        "letter_only",
    ),
    Case(
        "think-answer-after",
        PATH_CHOICE,
        "<think>Striations plus intercalated discs mean heart.</think>\nThe answer is B.",
        "B",
        "final_answer_phrase",
    ),
    Case(
        "server-reasoning",
        CXR_CHOICE,
        "C",
        "C",
        "letter_only",
        server_reasoning="The silhouette is wide; the answer is C.",
    ),
    # --- choice: free prose ---------------------------------------------------------------
    Case(
        "cot-conclusion-correct",
        CXR_CHOICE,
        _LONG_COT + "Taking everything together, C is the correct answer.",
        "C",
        "letter_judgement",
    ),
    Case(
        "cot-choose",
        PATH_CHOICE,
        "Adipose tissue would look empty, cartilage has lacunae and lymph nodes have follicles. "
        "None of that is present, so I would choose option B.",
        "B",
        "choice_verb",
    ),
    Case("cot-last-line-letter", CXR_CHOICE, _LONG_COT + "\n(C)", "C", "letter_final"),
    Case(
        "lead-letter-then-explanation",
        CXR_CHOICE,
        "C. Cardiomegaly\n\nThe cardiac silhouette measures more than half of the thoracic diameter.",
        "C",
        "letter_lead",
    ),
    Case(
        "article-a-only-prose",
        CXR_CHOICE,
        "A large heart shadow is visible with clear lung fields and sharp costophrenic angles.",
        None,
        "unparsed",
    ),
    Case("options-restated", CXR_CHOICE, "A. Pneumothorax\nB. Pleural effusion\nC. Cardiomegaly", None, "unparsed"),
    Case(
        "hedged-two",
        CXR_CHOICE,
        "This could be a pleural effusion or cardiomegaly; I cannot decide between B and C.",
        None,
        "ambiguous",
    ),
    Case(
        "conclusion-two-letters",
        CXR_CHOICE,
        "The best option is B or C, the film is rotated.",
        None,
        "ambiguous",
    ),
    Case(
        "option-parenthetical-best",
        CXR_CHOICE,
        "Option C (Cardiomegaly) is the best answer given the widened silhouette.",
        "C",
        "letter_judgement",
    ),
    Case("text-letter-is-answer", CXR_CHOICE, "Cardiomegaly (C) is the answer.", "C", "option_text"),
    Case(
        "most-likely-finding-text",
        CXR_CHOICE,
        "Blunted angles with a meniscus. The most likely finding is a pleural effusion, given the meniscus.",
        "B",
        "option_text",
    ),
    Case(
        "eliminate-then-so",
        CXR_CHOICE,
        "A is incorrect: no pleural line. B is incorrect: sharp angles. D is incorrect: the heart is big. So C.",
        "C",
        "conclusion_adverb",
    ),
    Case("its-b-or-c", CXR_CHOICE, "Both fit the image somewhat. It's B or C.", None, "ambiguous"),
    Case("answer-dash", CXR_CHOICE, "Final answer - D", "D", "final_answer_phrase"),
    Case(
        "neither-nor-then-letter",
        CXR_CHOICE,
        "Thus, the answer is neither A nor B; it is C.",
        "C",
        "conclusion_adverb",
    ),
    Case(
        "article-after-so",
        CXR_CHOICE,
        "The lungs are clear so A 5 cm nodule is unlikely to be missed here.",
        None,
        "unparsed",
    ),
    Case("prose-no-answer", PATH_CHOICE, "The slide shows eosinophilic cells in a fibrous background.", None, "unparsed"),
    Case("empty-output", CXR_CHOICE, "   ", None, "unparsed"),
    # --- closed yes/no --------------------------------------------------------------------
    Case("yes-dot", CT_CLOSED, "Yes.", "yes", "yes_no_final"),
    Case("no-bare", CT_CLOSED, "no", "no", "yes_no_final"),
    Case(
        "no-comma-explanation",
        CT_CLOSED,
        "No, there is no free intraperitoneal air beneath either hemidiaphragm.",
        "no",
        "yes_no_lead",
    ),
    Case(
        "bold-yes-lead",
        CT_CLOSED,
        "**Yes**, a thin crescent of gas outlines the liver dome on the upright film.",
        "yes",
        "yes_no_lead",
    ),
    Case("answer-colon-no", CT_CLOSED, "Answer: no", "no", "final_answer_phrase"),
    Case(
        "negation-then-final-yes",
        CT_CLOSED,
        "No pleural effusion is seen and no consolidation. However, a crescent of lucency lies under "
        "the right hemidiaphragm. Final answer: yes",
        "yes",
        "final_answer_phrase",
    ),
    Case(
        "negation-prose-no-verdict",
        CT_CLOSED,
        "No focal liver lesion. No free fluid in the pelvis. Bowel loops are not dilated.",
        None,
        "unparsed",
    ),
    Case("implicit-no", CT_CLOSED, "No free air is visible beneath either hemidiaphragm.", "no", "implicit_yes_no"),
    Case("implicit-hedged", CT_CLOSED, "Free air under the diaphragm cannot be excluded.", None, "ambiguous"),
    Case("option-concept", CXR_FINDINGS, "The heart is enlarged.", "C", "option_concept"),
    Case("option-concept-free-air", CXR_FINDINGS, "Free air is seen beneath both hemidiaphragms.", "D", "option_concept"),
    Case("option-concept-other-side", CXR_FINDINGS, "There is a left pleural effusion.", None, "unparsed"),
    Case("option-concept-two", CXR_FINDINGS, "The heart is enlarged and there is free air under the diaphragm.",
         None, "ambiguous"),
    Case("option-concept-hedged", CXR_FINDINGS, "The heart may be enlarged.", None, "unparsed"),
    Case("option-heading", CXR_FINDINGS, "Cardiomegaly (C): the cardiac silhouette is more than half the chest width.",
         "C", "option_heading"),
    Case("option-heading-rejected", CXR_FINDINGS, "Left pneumothorax (A): no pleural line is seen.", None, "unparsed"),
    Case("option-text-and-another-finding", CXR_FINDINGS, "Pleural effusion on the right and cardiomegaly.", None,
         "ambiguous"),
    # Not Pneumoperitoneum (a shared first syllable is not the same word); the one pneumothorax option, side unsaid.
    Case("near-form-not-first-syllable", CXR_FINDINGS, "Pneumothorax.", "A", "option_words"),
    Case("option-words-one", FRACTURE, "My pick: the spiral one.", "B", "option_words"),
    Case("option-words-form", FRACTURE, "The bone is bent, one cortex intact. Greenstick.", "D", "option_words"),
    Case("option-words-rather-than", FRACTURE, "The fracture is spiral rather than transverse.", "B", "option_words"),
    Case("option-words-negated", FRACTURE, "It is certainly not spiral.", None, "unparsed"),
    Case("option-words-two", FRACTURE, "The fragments look spiral and comminuted.", None, "unparsed"),
    Case("option-words-hedged", FRACTURE, "It might be spiral.", None, "unparsed"),
    Case("option-words-heading", FRACTURE, "C) Comminuted: only two fragments.\nD) Greenstick – a child's incomplete break.",
         None, "unparsed"),
    Case("option-words-adjective", ORGANS, "Renal.", "C", "option_words"),
    Case("option-words-spanish-head", CXR_ES, "El ángulo costofrénico está borrado y hay un menisco. Derrame.", "A",
         "option_words"),
    Case("option-words-spanish-adjective", CXR_ES, "Se ve una opacidad. Pleural.", None, "unparsed"),
    Case("option-words-not-head", CXR_FINDINGS, "Answer: air in the pleural space.", None, "unparsed"),  # not B
    Case("option-words-side", CXR_FINDINGS, "It is a pneumothorax on the right.", None, "unparsed"),  # A is left
    # "Also a joint effusion" is never read as C; the conclusion names A by its initials (option_initials)
    Case("option-words-added", KNEE, "ACL looks torn. Also a joint effusion, which comes with it. Main thing: the ACL.",
         "A", "option_initials"),
    # precision guards: a letter-like token is not a letter, another entity is not the option, a score is no choice
    Case("genus-not-letter", COLITIS, "The accordion sign after clindamycin points to C. diff colitis.", None, "unparsed"),
    Case("genus-not-letter-e", GAS_ORGANISM, "Gas-forming infection is most often due to E. coli.", None, "unparsed"),
    Case("genus-answer-line", GAS_ORGANISM, "Answer: E. coli", None, "unparsed"),
    Case("letter-dot-option-text", COLITIS, "The answer is D. Pseudomembranous colitis", "D", "final_answer_phrase"),
    Case("reverse-eponym", WRIST, "The distal fragment is displaced volarly: a reverse Colles fracture.", None,
         "unparsed"),
    Case("head-of-another", HEART, "The cardiothoracic ratio is 0.62. Answer: enlarged heart.", None, "unparsed"),
    Case("head-of-another-verb", HEART, "In summary, the heart is enlarged.", None, "unparsed"),
    Case("scores-not-choice", HIP, "Likelihood: DDH 2%, Perthes 8%, SCFE 88%, transient synovitis 2%.", None,
         "unparsed"),
    Case("score-list-not-choice", HIP, "1. SCFE (45%)\n2. Perthes (45%)\n3. DDH (5%)\n4. Transient synovitis (5%)",
         None, "unparsed"),
    Case("initials", HIP, "Obese adolescent, widened physis, Klein line misses the epiphysis: SCFE.", "C",
         "option_initials"),
    Case("initials-in-sentence", KNEE, "Diagnosis: complete ACL tear.", "A", "option_initials"),
    Case("initials-negated", HIP, "This is not SCFE.", None, "unparsed"),
    Case("initials-two-options", HIP, "Final: DDH with SCFE.", None, "unparsed"),
    Case("initials-hedged", HIP, "It might be SCFE.", None, "unparsed"),
    Case("initials-two-letters-not-read", CXR_ES_EN_PE, "Final answer: PE.", None, "unparsed"),
    Case("option-number", HIP, "Klein line misses the epiphysis.\n\nOption 3 is correct.", "C", "option_number"),
    Case("option-number-hash", HIP, "Choice #4.", "D", "option_number"),
    Case("option-ordinal", HIP, "Obese adolescent. I'd go with the third option.", "C", "option_number"),
    Case("option-ordinal-last", HIP, "The last option fits.", "D", "option_number"),
    Case("option-number-negated", HIP, "It is not option 3.", None, "unparsed"),
    Case("option-number-two", HIP, "Option 3 or option 4.", None, "ambiguous"),
    Case("option-number-out-of-range", HIP, "Option 7 is correct.", None, "unparsed"),
    Case("bare-number-not-position", HIP, "I count 3 fragments.", None, "unparsed"),
    Case("false-statement", MRI_FALSE, "C is false.", "C", "letter_judgement"),
    Case("false-statement-list", MRI_FALSE, "A is true, B is true, C is false, D is true.", "C", "letter_judgement"),
    Case("false-statement-two", MRI_FALSE, "C is false and D is also false.", None, "ambiguous"),
    Case("false-incorrect-not-read", MRI_FALSE, "Statement C is incorrect.", None, "unparsed"),
    Case("false-incorrect-odd-one-out", MRI_FALSE,
         "Statement A is correct. Statement B is correct. Statement C is incorrect. Statement D is correct.", "C",
         "letter_judgement"),
    Case("false-incorrect-two", MRI_FALSE, "A is correct. B is correct. C is incorrect. D is incorrect.", None,
         "ambiguous"),
    Case("choice-verb-ing", FRACTURE, "The line wraps around the shaft, so I'm choosing B, spiral fracture.", "B",
         "choice_verb"),
    Case("letter-after-words", CXR_FINDINGS, "The main finding is an enlarged heart (C). No effusion.", "C",
         "conclusion_phrase"),
    Case("implicit-synonym-no", CT_CLOSED, "There is no pneumoperitoneum.", "no", "implicit_finding"),
    Case("implicit-synonym-yes", CT_CLOSED, "Pneumoperitoneum is present.", "yes", "implicit_finding"),
    Case("implicit-synonym-hedged", CT_CLOSED, "Pneumoperitoneum is possible.", None, "unparsed"),
    Case("implicit-synonym-both", CT_CLOSED, "There is no pneumoperitoneum. Free air is seen under the diaphragm.",
         None, "ambiguous"),
    Case(
        "verdict-last-sentence",
        CT_CLOSED,
        "The subdiaphragmatic region shows no lucency and the bowel wall is intact. So, no.",
        "no",
        "yes_no_final",
    ),
    Case("yes-or-no", CT_CLOSED, "The answer is yes or no depending on the window setting.", None, "ambiguous"),
    Case("closed-tag", CT_CLOSED, "<think>No gas above the liver.</think><answer>No</answer>", "no", "answer_tag"),
    Case("closed-boxed", CT_CLOSED, "\\boxed{\\text{Yes}}", "yes", "boxed"),
    Case("closed-bold", CT_CLOSED, "**The answer is: No.**", "no", "final_answer_phrase"),
    Case("closed-truncated", CT_CLOSED, "<think>There is no free air, so the answer", None, "truncated"),
    Case(
        "closed-revised-final",
        CT_CLOSED,
        "Yes, at first I thought there was gas. Looking again, it is the colon.\nNo.",
        "no",
        "yes_no_final",
    ),
    # --- closed, non yes/no gold --------------------------------------------------------
    Case("side-word", MRI_SIDE, "Left.", "left", "open_text"),
    Case("side-marker", MRI_SIDE, "The lesion is periventricular. Answer: the left hemisphere", "left hemisphere", "final_answer_phrase"),
    # --- open -------------------------------------------------------------------------------
    Case("open-short", OPEN_ORGAN, "Liver", "liver", "open_text"),
    Case(
        "open-marker-first-sentence",
        OPEN_ORGAN,
        "The hypodense lesion is in the right upper quadrant. The answer is the liver. It is segment VII.",
        "liver",
        "final_answer_phrase",
    ),
    Case("open-tag", OPEN_ORGAN, "<think>Segment VII lesion.</think><answer>The Liver.</answer>", "liver", "answer_tag"),
    Case(
        "open-prose",
        OPEN_ORGAN,
        "A hypodense mass is present in the liver.",
        "hypodense mass is present in liver",
        "open_text",
    ),
    Case("open-truncated", OPEN_ORGAN, "<think>The lesion sits in", None, "truncated"),
    Case("open-empty-tag", OPEN_ORGAN, "<answer>...</answer>", None, "unparsed"),
]
