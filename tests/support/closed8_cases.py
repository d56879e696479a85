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
    # Spanish and Chinese statements of the asked finding
    Case("es-signos-de", _closed("¿Hay signos de apendicitis?"), "No se observa apendicitis.", "no",
         "implicit_yes_no"),
    Case("es-bare-noun-denied-semicolon", _closed("¿Hay fractura de cadera?"),
         "No hay fractura; solo cambios degenerativos leves.", "no", "implicit_yes_no"),
    Case("es-hedged-stays-unread", _closed("¿Hay signos de apendicitis?"), "Posible apendicitis.", None,
         "unparsed"),
    Case("zh-denied-without-place", _closed("胆囊内有结石吗？", "是"), "未见结石。", "否", "implicit_yes_no"),
    Case("zh-other-place-stays-unread", _closed("胆囊内有结石吗？", "是"), "右肾未见结石。", None, "unparsed"),
    Case("zh-affirmed-without-place-unread", _closed("胆囊内有结石吗？", "是"), "可见结石。", None, "unparsed"),
    Case("zh-subject-between-negation", _closed("心影是否增大？", "是"), "未见心影增大。", "否", "implicit_yes_no"),
    # a measurement that settles the asked finding (extract/implications.py)
    Case("measure-ctr-low", HEART, "CTR ≈ 0.42.", "no", "implicit_measure"),
    Case("measure-ctr-high", HEART, "The cardiothoracic ratio is about 0.62 on this PA film.", "yes",
         "implicit_measure"),
    Case("measure-ctr-percent", HEART, "CTR 61%.", "yes", "implicit_measure"),
    Case("measure-ctr-borderline", HEART, "CTR 0.53.", None, "unparsed"),
    Case("measure-ctr-hedged", HEART, "The cardiothoracic ratio may be 0.6.", None, "unparsed"),
    Case("measure-two-numbers", HEART, "The CTR is 0.42 and there is a 5 mm nodule.", None, "unparsed"),
    # a later sentence of another thing does not take the measurement back (since infer14: measured_gates.neutral)
    Case("measure-not-last", HEART, "The CTR is 0.45. The lungs are clear.", "no", "implicit_measure"),
    Case("measure-other-finding", EFFUSION, "CTR 0.62.", None, "unparsed"),
    Case("measure-negated-question", _closed("Is the heart not enlarged?"), "CTR ≈ 0.42.", "yes",
         "implicit_measure"),
    Case("measure-es-comma-decimal", _closed("¿Está aumentada la silueta cardíaca?"),
         "El índice cardiotorácico es de 0,61.", "yes", "implicit_measure"),
    Case("measure-es-tamano-del-corazon", _closed("¿Está aumentado el tamaño del corazón?"),
         "El índice cardiotorácico es de 0,6, lo que indica cardiomegalia.", "yes", "implicit_measure"),
    Case("measure-zh", _closed("心影是否增大？", "是"), "心胸比约0.45。", "否", "implicit_measure"),
    Case("measure-aorta", _closed("Is the aorta aneurysmal?"), "The infrarenal aorta measures 5.4 cm in diameter.",
         "yes", "implicit_measure"),
    Case("measure-aorta-mm", _closed("Is the aorta aneurysmal?"), "The aorta measures 21 mm.", "no",
         "implicit_measure"),
    Case("measure-aorta-gap", _closed("Is the aorta aneurysmal?"), "The aorta measures 3.8 cm.", None, "unparsed"),
    Case("measure-disagrees-with-words", HEART, "The heart is enlarged. CTR 0.45.", None, "ambiguous"),
    Case("measure-agrees-with-words", HEART, "The heart is enlarged. CTR 0.65.", "yes", "implicit_yes_no"),
    # a textbook sign of the asked finding (extract/implications.py)
    Case("sign-hydronephrosis", _closed("Is there hydronephrosis of the right kidney?"),
         "The right renal pelvis and calyces are distended with thinning of the cortex.", "yes", "implicit_sign"),
    Case("sign-hydronephrosis-other-side", _closed("Is there hydronephrosis of the right kidney?"),
         "The left renal pelvis and calyces are distended.", None, "unparsed"),
    Case("sign-gallstones", _closed("Are there gallstones?"),
         "Several mobile echogenic foci with posterior acoustic shadowing lie in the gallbladder.", "yes",
         "implicit_sign"),
    Case("sign-gallstones-negated", _closed("Are there gallstones?"),
         "No echogenic foci with acoustic shadowing in the gallbladder.", None, "unparsed"),
    Case("sign-gallstones-hedged", _closed("Are there gallstones?"),
         "Possibly echogenic foci with shadowing in the gallbladder.", None, "unparsed"),
    Case("sign-free-air", _closed("Is there free air under the diaphragm?"),
         "A crescent of lucency separates the right hemidiaphragm from the liver.", "yes", "implicit_sign"),
    Case("sign-dvt-compressible", _closed("Is there a deep vein thrombosis in the common femoral vein?"),
         "The common femoral vein compresses completely and shows phasic flow.", "no", "implicit_sign"),
    # a negation in another clause ("No flow is seen") does not deny the sign; since infer14 the sign is read (absent
    # flow is itself a sign of the thrombus)
    Case("sign-dvt-negated-elsewhere", _closed("Is there a deep vein thrombosis in the femoral vein?"),
         "No flow is seen in the femoral vein, which is non-compressible.", "yes", "implicit_sign"),
    Case("sign-midline", _closed("Is there a midline shift?"), "The septum pellucidum is central.", "no",
         "implicit_sign"),
    Case("sign-diffusion-denied", _closed("Is there evidence of acute infarction on this diffusion-weighted MRI?"),
         "No area of restricted diffusion is identified.", "no", "implicit_sign"),
    Case("sign-diffusion-present", _closed("Is there evidence of acute infarction on this diffusion-weighted MRI?"),
         "There is restricted diffusion in the left MCA territory.", "yes", "implicit_sign"),
    Case("sign-not-concluding", _closed("Is there a pleural effusion?"),
         "A meniscus is seen at the left costophrenic angle. The heart is normal.", None, "unparsed"),
    Case("sign-other-question", _closed("Is there a pneumothorax?"),
         "A meniscus is seen at the left costophrenic angle.", None, "unparsed"),
]

ORGAN = Sample(id="o8", question="病灶位于哪个器官？", answer="none", answer_type=AnswerType.OPEN)
ES_ORGAN = Sample(id="o8es", question="¿Qué órgano muestra la lesión?", answer="none", answer_type=AnswerType.OPEN)
ABNORMALITY = Sample(id="o8a", question="What is the abnormality?", answer="none", answer_type=AnswerType.OPEN)

CLOSED8_CASES += [
    # open answers that decide nothing: two candidates joined by 或, a Spanish refusal, a method description
    Case("open-zh-or", ORGAN, "肝脏或胆囊。", None, "ambiguous"),
    Case("open-zh-or-zhe", ORGAN, "肝脏或者胆囊", None, "ambiguous"),
    Case("open-zh-one-answer", ORGAN, "肝脏。", "肝脏", "open_text"),
    Case("open-zh-negated-list", Sample(id="o8n", question="有什么异常？", answer="none", answer_type=AnswerType.OPEN),
         "无积液或气胸。", "无积液或气胸", "open_text"),
    Case("open-es-refusal", ES_ORGAN, "No es posible determinarlo.", None, "refused"),
    Case("open-es-answer", ES_ORGAN, "El hígado.", "hígado", "open_text"),
    Case("open-method-only", ABNORMALITY,
         "A systematic approach covers airway, breathing, circulation, diaphragm and everything else.", None,
         "unparsed"),
    Case("open-method-then-answer", ABNORMALITY,
         "My search pattern includes the apices. There is a right apical pneumothorax.",
         "my search pattern includes apices there is right apical pneumothorax", "open_text"),
    Case("open-approach-shows", ABNORMALITY, "A systematic approach shows a right pneumothorax.",
         "systematic approach shows right pneumothorax", "open_text"),
]

# review8 precision probes: a sign negated inside its own span, a verdict taken back in its bracket, the two verdicts
# offered in brackets
CLOSED8_CASES += [
    Case("r8-trap-sign-negated-inside", _closed("Is there hydronephrosis?"), "The calyces are not distended.",
         "no", "implicit_finding"),  # no sign of presence (it read yes); since closed10 a sign of absence
    Case("r8-sign-negation-is-the-sign", _closed("Is there a DVT?"), "The vein does not compress.", "yes",
         "implicit_sign"),
    Case("r8-trap-bracket-takes-back", EFFUSION, "Yes (low confidence; could well be no).", None, "unparsed"),
    Case("r8-trap-bracket-or", EFFUSION, "No (but maybe yes).", None, "unparsed"),
    Case("r8-bracket-confidence", EFFUSION, "Yes (small, left-sided).", "yes", "yes_no_lead"),
    Case("r8-trap-bracketed-pair", EFFUSION, "[Yes] or [No]?", None, "unparsed"),
]

# review8: an affirmative word joined to its sentence by a comma is an adverb of that sentence, not a reply
CLOSED8_CASES += [
    Case("r8-trap-indeed-unrelated", EFFUSION, "Indeed, that is the question to answer.", None, "unparsed"),
    Case("r8-trap-indeed-sign-unread", EFFUSION, "Indeed, the angles are sharp.", None, "unparsed"),
    Case("r8-trap-indeed-hedge", EFFUSION, "Indeed, hard to say.", None, "refused"),
    Case("r8-trap-undoubtedly-needs", EFFUSION, "Undoubtedly, this needs a lateral view.", None, "unparsed"),
    Case("r8-indeed-statement-agrees", EFFUSION, "Indeed, there is an effusion.", "yes", "yes_no_lean"),
    Case("r8-indeed-alone", EFFUSION, "Indeed.", "yes", "yes_no_lean"),
]
