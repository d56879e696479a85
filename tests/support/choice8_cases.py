"""Choice answers wrapped in markup or written in another reply syntax (HTML, blockquotes, struck-out first answers,
``<final>`` tags, Python dict literals), with the traps beside them that must stay unread or ambiguous. Invented
texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
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
         "letter_final"),  # (the letter's own paragraph: extract/lone_letter.py)
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

FORM_CASES = [
    # the letter set against another, then an explanation
    Case("contrast-bracket-lead", CXR_CHOICE, "C (not B). The heart spans more than half the chest.", "C", "letter_lead"),
    Case("contrast-comma-lead", CXR_CHOICE, "C, not B. The heart spans more than half the chest.", "C", "letter_lead"),
    Case("contrast-bracket-only", CXR_CHOICE, "A (not C).", "A", "letter_only"),
    Case("trap-contrast-then-other", CXR_CHOICE, "A (not C) and D.", None, "unparsed"),
    Case("trap-contrast-not-a-letter", CXR_CHOICE, "A (not specific).", None, "unparsed"),
    Case("trap-contrast-revised", CXR_CHOICE, "B (not A). Actually it could be D.", None, "ambiguous"),
    # a lead-in handing over to the letter with a colon: its negation or hedge is not the letter's
    Case("colon-lead-in-tentative", CXR_CHOICE,
         "Without the clinical history this is tentative, but: C. The heart spans more than half the chest.", "C",
         "last_mention"),
    Case("colon-lead-in-article-after", CXR_CHOICE,
         "Without a lateral view this is tentative, but: A. A thin pleural line parallels the apex.", "A",
         "last_mention"),
    Case("trap-colon-lead-in-condition", CXR_CHOICE, "If the film is supine: D.", None, "unparsed"),
    Case("trap-colon-lead-in-between", CXR_CHOICE, "Between B and C: C.", None, "ambiguous"),
    Case("trap-colon-lead-in-other-option", CXR_CHOICE, "It is not A or B, but: C.", None, "unparsed"),
    # the letter after an answer arrow is no dangling article
    Case("arrow-letter-a", CXR_CHOICE, "Respuesta → A", "A", "last_mention"),
    # the answer row of a key-value table
    Case("table-answer-row", CXR_CHOICE,
         "| Field | Value |\n|---|---|\n| Key finding | enlarged heart |\n| Answer | C |", "C", "answer_field"),
    Case("table-answer-bold-key", CXR_CHOICE, "| **Final answer** | (C) Cardiomegaly |", "C", "answer_field"),
    Case("trap-table-two-options", CXR_CHOICE, "| Answer | B or C |", None, "ambiguous"),
    Case("trap-table-no-option", CXR_CHOICE, "| Answer | see text |", None, "unparsed"),
    Case("trap-table-then-other", CXR_CHOICE, "| Answer | C |\n\nBut the apex shows a pleural line, so A.", "A",
         "conclusion_adverb"),
    # a numbering the options do not use, followed by one option's text: the text names it
    Case("roman-label-with-text", CXR_CHOICE, "The correct option is (i) — Cardiomegaly.", "C", "final_answer_phrase"),
    Case("trap-roman-label-alone", CXR_CHOICE, "The correct option is (i).", None, "unparsed"),
    Case("trap-letter-with-other-text", CXR_CHOICE, "(A) Cardiomegaly", None, "ambiguous"),
]

_HAEM = Sample(id="c8-haem", question="Which intracranial haemorrhage is shown?", answer="A", answer_type=AnswerType.CHOICE,
               options={"A": "Epidural haematoma", "B": "Subdural haematoma", "C": "Subarachnoid haemorrhage",
                        "D": "Intraparenchymal haemorrhage"})
_OESO = Sample(id="c8-oeso", question="What does this barium swallow show?", answer="C", answer_type=AnswerType.CHOICE,
               options={"A": "Achalasia", "B": "Zenker diverticulum", "C": "Diffuse oesophageal spasm",
                        "D": "Oesophageal carcinoma"})
_PAP = Sample(id="c8-pap", question="What is seen in this smear?", answer="B", answer_type=AnswerType.CHOICE,
              options={"A": "High-grade squamous intraepithelial lesion",
                       "B": "Koilocytosis (low-grade squamous intraepithelial lesion)", "C": "Trichomonas vaginalis",
                       "D": "Normal superficial cells"})
_CHEST = Sample(id="c8-chest", question="What is the finding?", answer="A", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Atelectasis"})
_TWO = Sample(id="c8-two", question="Which lesion?", answer="A", answer_type=AnswerType.CHOICE,
              options={"A": "Subdural haematoma", "B": "Subdural hygroma", "C": "Epidural abscess",
                       "D": "Meningioma"})
# (two options both spelled SDH, neither the subdural haematoma the vocabulary knows by that name)
_TWO_UNNAMED = Sample(id="c8-two-unnamed", question="Which lesion?", answer="A", answer_type=AnswerType.CHOICE,
                      options={"A": "Subdural hygroma", "B": "Subdural haemangioma", "C": "Epidural abscess",
                               "D": "Meningioma"})

INITIALS_CASES = [
    # an abbreviation taking a letter from inside a word of its option
    # (since session 16 the concept reader names these first: "Intraparenchymal haemorrhage" is its own concept)
    Case("parts-edh", _HAEM, "Biconvex collection that does not cross the sutures. Final: EDH.", "A", "option_concept"),
    Case("parts-iph", _HAEM, "A rounded haematoma inside the basal ganglia: IPH.", "D", "option_initials"),
    Case("parts-british-fold", _OESO, "Corkscrew pattern: DES.", "C", "option_initials"),
    Case("parts-bracketed-name", _PAP, "Perinuclear halos with wrinkled nuclei: LSIL.", "B", "option_initials"),
    # traps: a one-word option is never spelled from inside; two options spelled; hedged; asked back
    # (not "PTX": the vocabulary lists it as a name of pneumothorax, read by extract/aliases.py)
    Case("trap-parts-one-word", _CHEST, "A thin white line at the apex: PNX.", None, "unparsed"),
    Case("trap-parts-two-options", _TWO_UNNAMED, "Crescentic collection over the convexity: SDH.", None, "unparsed"),
    # where the vocabulary names the abbreviation (SDH: subdural haematoma), it settles it (extract/aliases.py)
    Case("vocabulary-sdh", _TWO, "Crescentic collection over the convexity: SDH.", "A", "option_concept"),
    Case("trap-parts-hedged", _HAEM, "It could be an EDH.", None, "unparsed"),
    # the inner letter starts a part of the compound ("sub|arachnoid"), not any letter ("subdur-a-l")
    Case("parts-sah", _HAEM, "Blood fills the basal cisterns: SAH.", "C", "option_concept"),
    Case("trap-parts-any-inner-letter", _HAEM, "Blood over the convexity: SUH.", None, "unparsed"),
    Case("trap-parts-imaging-word", _HAEM, "The MRI was reviewed.", None, "unparsed"),
]

_EXCEPT = Sample(id="c8-except", question="All of the following are signs of a pneumothorax on a supine film EXCEPT:",
                 answer="D", answer_type=AnswerType.CHOICE,
                 options={"A": "Deep sulcus sign", "B": "Double diaphragm sign",
                          "C": "Hyperlucent upper quadrant of the abdomen", "D": "Meniscus sign"})

ODD_ONE_CASES = [
    # the exception named in other words after an exception cue
    Case("odd-one-does-not-belong", _EXCEPT,
         "The one that does not belong is a meniscus (that is a sign of pleural fluid).", "D", "option_words"),
    Case("odd-one-all-except", _EXCEPT, "All of these fit except the meniscus, which marks fluid.", "D", "option_words"),
    # traps: no option after the cue, two options, a hedge; and without a cue a named option is not the exception
    Case("trap-odd-one-nothing-named", _EXCEPT, "All fit except the one I cannot recall.", None, "unparsed"),
    Case("trap-odd-one-two", _EXCEPT, "The odd one out is the meniscus or the deep sulcus.", None, "unparsed"),
    Case("trap-odd-one-hedged", _EXCEPT, "The one that does not belong might be the meniscus.", None, "unparsed"),
    Case("trap-odd-one-no-cue", _EXCEPT, "A meniscus is seen at the base.", None, "unparsed"),
]

TABLE_VERDICT_CASES = [
    # a short reply judging every option by one word (review7 finding 5: these read as the first option before)
    Case("compact-verdicts", CXR_CHOICE, "A: no. B: no. C: yes. D: no.", "C", "option_verdicts"),
    Case("compact-verdicts-true-false", CXR_CHOICE, "A: False. B: False. C: True. D: False.", "C", "option_verdicts"),
    Case("compact-verdicts-dashes", CXR_CHOICE, "A – unlikely; B – unlikely; C – consistent; D – unlikely", "C",
         "option_verdicts"),
    Case("trap-compact-two-options-judged", CXR_CHOICE, "A – no; B – yes", None, "unparsed"),
    Case("trap-compact-first-letter-judged", CXR_CHOICE, "A. Not this one.", None, "unparsed"),
    Case("trap-compact-two-standing", CXR_CHOICE, "A: no. B: no. C: yes. D: yes.", None, "unparsed"),
    Case("trap-compact-hedge", CXR_CHOICE, "A: no. B: maybe. C: yes. D: no.", None, "unparsed"),
    Case("lead-letter-with-negated-finding", CXR_CHOICE, "B — no pleural line; the angles are blunted.", "B",
         "letter_lead"),
    # a table whose verdict column holds one word per option
    Case("table-verdict-column", CXR_CHOICE,
         "| Option | Sign | Verdict |\n|---|---|---|\n| A | pleural line | no |\n| B | meniscus | no |\n"
         "| C | CTR 0.6 | **match** |\n| D | — | no |", "C", "option_verdicts"),
    # traps: two left standing, a hedge in the column, a verdict column with sentences
    Case("trap-table-verdict-two", CXR_CHOICE,
         "| Option | Verdict |\n|---|---|\n| A | no |\n| B | yes |\n| C | yes |\n| D | no |", None, "unparsed"),
    Case("trap-table-verdict-hedge", CXR_CHOICE,
         "| Option | Verdict |\n|---|---|\n| A | no |\n| B | maybe |\n| C | yes |\n| D | no |", None, "unparsed"),
    Case("trap-table-verdict-sentences", CXR_CHOICE,
         "| Option | Comment |\n|---|---|\n| A | no pleural line seen |\n| B | angles look sharp |\n"
         "| C | heart is wide |\n| D | not normal |", None, "unparsed"),
]

_STAIN = Sample(id="c8-stain", question="Which stain is shown in this image?", answer="B", answer_type=AnswerType.CHOICE,
                options={"A": "Periodic acid-Schiff", "B": "Ziehl-Neelsen", "C": "Congo red", "D": "Masson trichrome"})
_KNEE_ZH = Sample(id="c8-knee", question="这张膝关节X线片的诊断是？", answer="A", answer_type=AnswerType.CHOICE,
                  options={"A": "骨关节炎", "B": "痛风性关节炎", "C": "骨肉瘤", "D": "正常膝关节"})
_CXR_ZH = Sample(id="c8-cxr-zh", question="最可能的诊断是？", answer="C", answer_type=AnswerType.CHOICE,
                 options={"A": "气胸", "B": "胸腔积液", "C": "心脏增大", "D": "肺结节"})

PRECISION_CASES = [
    # a final section decides; an option weighed and set aside in the thinking section is not the answer
    Case("final-section-paraphrase", _STAIN,
         "## Thinking\n\nSlender magenta rods on a blue counterstain. I considered Congo red but it does not match.\n\n"
         "## Final Response\n\nThe most likely answer is an acid-fast stain.", None, "unparsed"),
    Case("final-section-letter", _STAIN,
         "## Thinking\n\nI considered Congo red but it does not match.\n\n## Final Response\n\nB", "B", "letter_final"),
    # the answer stated first and withdrawn on its line: never the lead; the letter closing the line is the answer
    # (C, Cardiomegaly, the enlarged heart it names)
    Case("trap-lead-withdrawn", CXR_CHOICE, "D) Normal study — no, there's clearly an enlarged heart. C.", "C",
         "last_mention"),
    # an answer that depends on something the reply does not settle
    Case("trap-depends-on", CXR_CHOICE,
         "It depends on the history: with an acute presentation I would say A, with a chronic one B.", None,
         "unparsed"),
    # one Chinese character pair across a word boundary names no option; the pair ending an option does
    Case("trap-zh-pair-across-words", _KNEE_ZH, "内侧关节间隙变窄，骨赘形成。提示退行性关节病。", None, "unparsed"),
    Case("zh-head-pair", _CXR_ZH, "心影明显增大，两肺未见实变。主要异常为心影增大。", "C", "option_words"),
]

# review8: a wrapper or answer phrase opening with a letter it judges against, and a colon lead-in that rejects
# the letter after it; the letter's own option text ("B) No" for Yes / No options) is no judgement
REVIEW8_CASES = [
    Case("r8-final-tag-letter-judged", CXR_CHOICE, "<final>A is unlikely. C fits best.</final>", "C", "answer_tag"),
    Case("r8-trap-answer-tag-letter-judged", CXR_CHOICE, "<answer>A is incorrect</answer>", None, "unparsed"),
    Case("r8-trap-phrase-letter-judged", CXR_CHOICE, "Answer: A is incorrect.", None, "unparsed"),
    Case("r8-answer-tag-own-text", Sample(id="yn", question="Is there a pneumothorax?", answer="B",
                                          answer_type=AnswerType.CHOICE, options={"A": "Yes", "B": "No"}),
         "<answer>B) No</answer>", "B", "answer_tag"),
    Case("r8-trap-colon-lead-in-rules-out", CXR_CHOICE, "I would rule this out: A.", None, "unparsed"),
    Case("r8-trap-colon-lead-in-not-likely", CXR_CHOICE, "Not likely, though possible: A.", None, "unparsed"),
    Case("r8-colon-lead-in-turn", CXR_CHOICE, "Unlikely at first sight, but: C.", "C", "last_mention"),
]

_FACE = Sample(id="face", question="Which fracture is shown?", answer="A", answer_type=AnswerType.CHOICE,
               options={"A": "Zygomaticomaxillary complex fracture", "B": "Le Fort I fracture",
                        "C": "Orbital blowout fracture", "D": "Nasal bone fracture"})
# review8: a clause calling the structure an option names normal states no option ('option_words' read D from
# "The nasal bone appears normal; no fracture.", 'option_initials' A from "The ZMC is intact.")
REVIEW8_CASES += [
    Case("r8-trap-words-called-normal", _FACE, "The nasal bone appears normal; no fracture.", None, "unparsed"),
    Case("r8-trap-words-called-intact", _FACE, "The zygomaticomaxillary complex is intact.", None, "unparsed"),
    Case("r8-trap-initials-called-intact", _FACE, "The ZMC is intact.", None, "unparsed"),
    Case("r8-initials-alone", _FACE, "ZMC.", "A", "option_initials"),
    Case("r8-words-normal-option", Sample(id="n", question="What is the finding?", answer="B",
                                          answer_type=AnswerType.CHOICE,
                                          options={"A": "Pneumothorax", "B": "Normal study", "C": "Cardiomegaly"}),
         "The study is normal.", "B", "option_text"),
]

# review8: a short reply naming an option and rejecting it; an answer-like tag that is a placeholder or quoted
REVIEW8_CASES += [
    Case("r8-trap-option-excluded", CXR_CHOICE, "Pneumothorax excluded.", None, "unparsed"),
    Case("r8-trap-tag-option-ruled-out", CXR_CHOICE, "<selection>pneumothorax ruled out</selection>", None, "unparsed"),
    Case("r8-trap-quoted-tag", CXR_CHOICE,
         "The question asks: 'What is the most likely finding? <final>C</final>'. I cannot tell.", None, "refused"),
    Case("r8-placeholder-tag-then-answer", CXR_CHOICE, "Use the tag <choice></choice> for your answer. C.", "C",
         "last_mention"),
    Case("r8-format-tag-then-answer", CXR_CHOICE, "Reply format: <choice>A/B/C/D</choice>\n<choice>C</choice>", "C",
         "answer_tag"),
    Case("r8-tag-after-apostrophe", CXR_CHOICE, "I'd say <final>C</final>", "C", "answer_tag"),
]

# review8: a label that rejects the letter after it ('Wrong options: A.') is no last mention
REVIEW8_CASES += [
    Case("r8-trap-wrong-options-label", CXR_CHOICE, "Wrong options: A.", None, "unparsed"),
    Case("r8-trap-distractor-label", CXR_CHOICE, "Distractor: A.", None, "unparsed"),
    Case("r8-others-wrong", CXR_CHOICE, "C is correct; the others are wrong.", "C", "letter_judgement"),
]

_ZH_CXR = Sample(id="zh", question="哪个是主要发现？", answer="B", answer_type=AnswerType.CHOICE,
                 options={"A": "气胸", "B": "胸腔积液", "C": "心脏增大", "D": "肺炎"})
# review8: an option's text under a Chinese negation ("没有气胸" no pneumothorax) is no reading of it
REVIEW8_CASES += [
    Case("r8-trap-zh-no-option", _ZH_CXR, "没有气胸。", None, "unparsed"),
    Case("r8-trap-zh-not-option", _ZH_CXR, "不是气胸。", None, "unparsed"),
    Case("r8-trap-zh-excluded-option", _ZH_CXR, "排除气胸。", None, "unparsed"),
    Case("r8-zh-not-then-option", _ZH_CXR, "不是气胸，是胸腔积液。", "B", "option_text"),
    Case("r8-zh-option", _ZH_CXR, "答案是胸腔积液。", "B", "option_text"),
]
