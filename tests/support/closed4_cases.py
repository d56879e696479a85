"""Fourth closed/open round (closed4): open answers that decide nothing, and yes/no verdicts worded as a lean.

Open: an output that only repeats the question, fills in a template, defers in the third person, lists findings
without choosing one, or hedges over a list of candidates has no answer (``extract/open_decision.py``); beside each,
a precision probe that does answer and must keep its text. Invented texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _open(question: str, answer: str = "none") -> Sample:
    return Sample(id="o4", question=question, answer=answer, answer_type=AnswerType.OPEN)


DIAGNOSIS = _open("What is the most likely diagnosis?")
PLANE = _open("In which plane is this MRI acquired?")
ABNORMALITY = _open("What is the abnormality?")
FINDINGS = _open("What are the findings?")
ARROW = _open("What does the arrow point to?")

OPEN_CASES = [
    # the question echoed, or asked back
    Case("open-echo", PLANE, "In which plane is this MRI acquired?", None, "unparsed"),
    Case("open-asks-back", ABNORMALITY, "Which lobe do you mean?", None, "unparsed"),
    # a reply that is only a question states nothing (focus40: "Pneumothorax?" as "左侧气胸？" is not credited)
    Case("open-question-only-unparsed", ABNORMALITY, "Pneumothorax?", None, "unparsed"),
    # a template or a sentence made only of generic words
    Case("open-placeholder", DIAGNOSIS, "Answer: <your answer here>", None, "unparsed"),
    Case("open-generic", DIAGNOSIS, "The image shows an abnormality that should be reviewed.", None, "unparsed"),
    Case("open-generic-nonspecific", DIAGNOSIS, "The findings are nonspecific.", None, "unparsed"),
    # a place alone does not say what the abnormality is (a place answers only a question asking where)
    Case("open-generic-with-place", ABNORMALITY, "An abnormality in the right lower lobe.", None, "unparsed"),
    Case("open-lesion-answers", ARROW, "A lesion.", "lesion", "open_text"),
    # declining without "I"
    Case("open-defers-cannot-be-made", DIAGNOSIS, "A diagnosis cannot be made without comparison films.", None,
         "refused"),
    Case("open-defers-unclear", DIAGNOSIS, "Unclear from this image.", None, "refused"),
    Case("open-defers-need-views", DIAGNOSIS, "I would need more views to say.", None, "refused"),
    Case("open-defers-no-definite", _open("Which bone is fractured?"),
         "I don't see a definite fracture on this view; an oblique or CT would help.", None, "refused"),
    Case("open-caveat-after-answer", DIAGNOSIS,
         "Left lower lobe pneumonia. A lateral view would help, and clinical correlation is recommended.",
         "left lower lobe pneumonia", "open_text"),  # closing advice no longer kept with the answer (focus40)
    Case("open-indeterminate-nodule-answers", ABNORMALITY, "Indeterminate nodule in the left upper lobe.",
         "indeterminate nodule in left upper lobe", "open_text"),
    # several findings listed, none chosen, for a question asking for one
    Case("open-numbered-list", ABNORMALITY,
         "1. Left lower lobe collapse\n2. Left pleural effusion\n3. ETT in satisfactory position", None, "ambiguous"),
    Case("open-inline-numbered-list", ABNORMALITY, "1. Collapse 2. Effusion 3. Fracture", None, "ambiguous"),
    Case("open-list-for-plural-question", FINDINGS, "1. Left lower lobe collapse\n2. Left pleural effusion",
         "1 left lower lobe collapse 2 left pleural effusion", "open_text"),
    Case("open-structured-list-decides", DIAGNOSIS,
         "1. Observation: airspace opacity in the right lower lobe\n2. Conclusion: pneumonia", "pneumonia", "open_text"),
    # candidates under a hedging head, set against each other, or a bare list of alternatives
    Case("open-differential", DIAGNOSIS, "The differential includes sarcoidosis, lymphoma and tuberculosis.", None,
         "ambiguous"),
    Case("open-consider", DIAGNOSIS, "Consider pneumonia, atelectasis and aspiration.", None, "ambiguous"),
    Case("open-versus", DIAGNOSIS, "Sarcoidosis vs lymphoma.", None, "ambiguous"),
    Case("open-or-list", DIAGNOSIS, "Pneumonia, atelectasis, or aspiration.", None, "ambiguous"),
    Case("open-differential-after-answer", DIAGNOSIS,
         "Pneumonia (differential includes atelectasis and aspiration).",
         "pneumonia differential includes atelectasis and aspiration", "open_text"),
    Case("open-differential-then-commit", DIAGNOSIS,
         "The differential includes sarcoidosis and lymphoma, but sarcoidosis is most likely.",
         "differential includes sarcoidosis and lymphoma but sarcoidosis is most likely", "open_text"),
    Case("open-negated-list-answers", ABNORMALITY, "Pneumothorax, no effusion, or consolidation.",
         "pneumothorax no effusion or consolidation", "open_text"),
    # stopped on a word an answer never ends on
    Case("open-withheld-copula", DIAGNOSIS, "The most likely diagnosis is", None, "truncated"),
    Case("open-cut-modal", ABNORMALITY,
         "Looking at the lungs, there is an opacity in the left lower zone which could", None, "truncated"),
    Case("open-ends-likely-answers", DIAGNOSIS, "Pneumonia, most likely", "pneumonia", "open_text"),
]


def _closed(question: str, answer: str = "yes") -> Sample:
    return Sample(id="y4", question=question, answer=answer, answer_type=AnswerType.CLOSED)


PTX = _closed("Is there a pneumothorax?")
MALIGNANT = _closed("Does this histology show malignancy?")
EMPHYSEMA = _closed("Does the patient have emphysema?")
INFARCT = _closed("Is there evidence of acute infarction on this diffusion-weighted MRI?")
DISPLACED = _closed("Is the fracture displaced?")
HEART = _closed("Is the heart enlarged?")
DVT = _closed("Is there a deep vein thrombosis in the common femoral vein?")
RIGHT_EFF = _closed("Is there a right pleural effusion?")
NO_EFF = _closed("Is there no pleural effusion?")
STUDY_NORMAL = _closed("Is this a normal study?")
ES_MRI = _closed("¿Es una imagen de resonancia magnética?")

_CHAIN = ("Let me evaluate this chest radiograph systematically. The trachea is central and the mediastinal contours are "
          "within normal limits. I will look carefully at the apices and the lateral pleural margins on both sides, "
          "because a small pneumothorax can be subtle on a supine film and easy to miss. The lung markings extend to "
          "the chest wall bilaterally and no visceral pleural line is traced. The costophrenic angles are sharp and the "
          "hemidiaphragms are well defined; the bones and soft tissues show nothing of note. ")

CLOSED4_CASES = [
    # a verdict word under a committed lean, or a negative reply in other words (rule yes_no_lean)
    Case("lean-probably-yes", MALIGNANT, "Probably yes — there are sheets of pleomorphic cells invading the stroma.",
         "yes", "yes_no_lean"),
    Case("lean-likely-no", DVT, "Likely no — the vein compresses completely and shows phasic flow.", "no",
         "yes_no_lean"),
    Case("lean-id-say", PTX, "I'd say yes, most likely.", "yes", "yes_no_lean"),
    Case("lean-probably-not", PTX, "Probably not. No pleural line is seen.", "no", "yes_no_lean"),
    Case("lean-not-that-i-can-see", PTX, "Not that I can see.", "no", "yes_no_lean"),
    Case("lean-dont-think-so", PTX, "I don't think so; the lung markings reach the chest wall.", "no", "yes_no_lean"),
    Case("lean-possibly-is-no-lean", PTX, "Possibly yes.", None, "unparsed"),
    Case("lean-undermined", PTX, "Probably yes, but it could be a skin fold.", None, "ambiguous"),
    Case("lean-both-ways", PTX, "Possibly yes, possibly no.", None, "ambiguous"),
    # the finding stated in the concluding sentence of a chain (rule concluding_statement)
    Case("conclusion-therefore-no", PTX, _CHAIN + "Therefore, there is no pneumothorax.", "no", "concluding_statement"),
    Case("conclusion-label-yes", PTX, _CHAIN.replace("no visceral", "a visceral") + "**Conclusion:** A small right "
         "apical pneumothorax is present.", "yes", "concluding_statement"),
    Case("conclusion-last-sentence", PTX, _CHAIN.replace("a small pneumothorax can be subtle", "subtle air can hide")
         + "No pneumothorax is seen.", "no", "concluding_statement"),
    Case("conclusion-hedged", PTX, _CHAIN + "Therefore, a small pneumothorax cannot be excluded.", None, "unparsed"),
    Case("conclusion-other-side", _closed("Is there a left pneumothorax?"),
         _CHAIN + "Overall, there is no pneumothorax on the right.", None, "unparsed"),
    Case("conclusion-unmarked-after-conflict", PTX, "A small pneumothorax is seen at the right apex. No pneumothorax.",
         None, "ambiguous"),
    # the asked finding named in another frame or form (rule implicit_yes_no)
    Case("frame-patient-have", EMPHYSEMA, "Emphysema is not seen.", "no", "implicit_yes_no"),
    Case("frame-histology-show", MALIGNANT, "No malignancy is identified.", "no", "implicit_yes_no"),
    Case("form-infarct-infarction", INFARCT, "No acute infarct is identified.", "no", "implicit_yes_no"),
    Case("form-narrower-negated", INFARCT, "No large infarct is identified.", None, "unparsed"),
    Case("attributive-non", DISPLACED, "It is a hairline, non-displaced fracture.", "no", "implicit_yes_no"),
    Case("attributive-un", DISPLACED, "An undisplaced fracture of the fifth metacarpal.", "no", "implicit_yes_no"),
    Case("attributive-plain", HEART, "An enlarged heart with pulmonary venous congestion.", "yes", "implicit_yes_no"),
    Case("attributive-denied", DISPLACED, "Not a displaced fracture.", None, "unparsed"),
    # a lone presence field, and a Spanish or "abnormal" marked answer
    Case("json-present-false", DVT, '{"present": false}', "no", "answer_field"),
    Case("json-present-negated-question", NO_EFF, '{"present": true}', "no", "answer_field"),
    Case("json-present-side-field", RIGHT_EFF, '{"present": true, "side": "left"}', None, "unparsed"),
    Case("json-present-normality", _closed("Is the heart normal?"), '{"present": true}', None, "unparsed"),
    Case("marked-spanish-si", ES_MRI, "Respuesta: sí.", "yes", "final_answer_phrase"),
    Case("marked-abnormal", STUDY_NORMAL, "<think>Small left apical pneumothorax.</think><answer>abnormal</answer>",
         "no", "implicit_normality"),
    # a negated verb of seeing or being before the finding (rule implicit_yes_no)
    Case("neg-verb-see", _closed("Is there a pleural effusion?"), "I do not see any pleural effusion.", "no",
         "implicit_yes_no"),
    Case("neg-verb-show", _closed("Is there a pleural effusion?"), "The image does not show a pleural effusion.", "no",
         "implicit_yes_no"),
    Case("neg-verb-appear", _closed("Is there a pleural effusion?"), "There does not appear to be a pleural effusion.",
         "no", "implicit_yes_no"),
    Case("neg-verb-would-say", _closed("Is there a pleural effusion?"),
         "After reviewing the image, I would say there is no pleural effusion.", "no", "implicit_yes_no"),
    Case("neg-verb-narrower", _closed("Is there a pleural effusion?"),
         "I do not see a large pleural effusion.", None, "unparsed"),
    Case("neg-verb-other-side", _closed("Is there a left pleural effusion?"),
         "I do not see a right pleural effusion.", None, "unparsed"),
    Case("neg-verb-hedged", _closed("Is there a pleural effusion?"),
         "I do not see a pleural effusion, but a small one could be hidden behind the heart.", None, "ambiguous"),
    # intensified verdicts
    Case("intensified-definitely-not", PTX, "Definitely not.", "no", "yes_no_lean"),
    Case("intensified-certainly-yes", PTX, "Certainly yes, at the right apex.", "yes", "yes_no_lean"),
    Case("intensified-absolutely", PTX, "Absolutely.", "yes", "yes_no_final"),
    Case("abnormal-reply-abnormal-question", _closed("Is this radiograph abnormal?"), "Abnormal.", "yes",
         "implicit_normality"),
]
