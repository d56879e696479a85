"""Closed questions answered without yes/no: one answer word, a field, a technique, a study's normality, a negated
question (rules ``answer_word``, ``answer_field``, ``technique``, ``implicit_normality``, ``negated_question``).

Each reading has a trap beside it that must not read (or must read the other way): polarity, the other side, a
hedge, another field, a technique value that only names the family. Invented texts.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _q(question: str, answer: str = "yes") -> Sample:
    return Sample(id="c3", question=question, answer=answer, answer_type=AnswerType.CLOSED)


EFFUSION = _q("Is there a pleural effusion?")
LEFT_PTX = _q("Is there a left pneumothorax?")
NO_PTX = _q("Is there no pneumothorax?")
HEART_NOT = _q("Is the heart not enlarged?")
CXR_NORMAL = _q("Is this chest X-ray normal?")
ABNORMAL = _q("Does this radiograph show any abnormality?")
PA = _q("Is this a PA film?")
T1 = _q("Is this a T1-weighted image?")
ROTATED = _q("Is the patient rotated?")
CONTRAST = _q("Is this a contrast-enhanced CT?")
CONSOLIDATION = _q("Is consolidation present?")
LLL = _q("Is there consolidation in the left lower lobe?")
ZH_EFFUSION = _q("有胸腔积液吗？", "是")
ZH_HEART = _q("心脏增大吗？", "是")
ZH_PTX = _q("有气胸吗？", "是")
ZH_LEFT = _q("左侧有胸腔积液吗？", "是")
ZH_CT = _q("这是增强CT吗？", "是")

CLOSED_CASES = [
    # one answer word, against the question's polarity
    Case("word-absent", EFFUSION, "Absent.", "no", "answer_word"),
    Case("word-present-detail", EFFUSION, "Present (right).", "yes", "answer_word"),
    Case("word-severity", EFFUSION, "Small.", "yes", "answer_word"),
    Case("word-severity-detail", EFFUSION, "Large, with shift of the mediastinum.", "yes", "answer_word"),
    Case("word-severity-own-sentence", EFFUSION, "Small. The heart is big.", None, "unparsed"),
    Case("word-none", EFFUSION, "None.", "no", "answer_word"),
    Case("word-negated-question", NO_PTX, "Absent.", "yes", "answer_word"),
    Case("word-proposition-negated-question", NO_PTX, "Correct, there is none.", "yes", "answer_word"),
    Case("word-false-detail", LEFT_PTX, "False — it is on the right.", "no", "answer_word"),
    Case("word-other-side", LEFT_PTX, "Present (right).", None, "unparsed"),
    Case("word-contrast", EFFUSION, "Present, but it may be a skin fold.", None, "unparsed"),
    Case("word-present-then-denial", EFFUSION, "Present, no pneumothorax.", None, "unparsed"),
    Case("word-severity-normal-question", CXR_NORMAL, "Mild.", None, "unparsed"),
    Case("word-zh", ZH_EFFUSION, "阴性。", "否", "answer_word"),
    # fields: JSON or "Key: value" lines
    Case("field-json-bool", EFFUSION, '{"pleural_effusion": true}', "yes", "answer_field"),
    Case("field-json-answer", EFFUSION, '```json\n{"answer": false, "confidence": 0.8}\n```', "no", "answer_field"),
    Case("field-json-nested", LEFT_PTX, '{"pneumothorax": {"present": true}}', "yes", "answer_field"),
    Case("field-checklist", CONSOLIDATION, "Consolidation: absent\nEffusion: present", "no", "answer_field"),
    Case("field-checklist-other-only", CONSOLIDATION, "Effusion: present\nPneumothorax: absent", None, "unparsed"),
    Case("field-two-answers", EFFUSION, '{"effusion": true, "answer": "no"}', None, "unparsed"),
    Case("field-narrower-key", EFFUSION, '{"loculated_effusion": true}', None, "unparsed"),
    # technique
    Case("technique-projection", PA, "This is an AP portable radiograph.", "no", "technique"),
    Case("technique-projection-yes", PA, "Postero-anterior projection.", "yes", "technique"),
    Case("technique-family-only", PA, "Frontal view.", None, "unparsed"),
    Case("technique-sequence", T1, "This is a T2-weighted image; CSF is bright.", "no", "technique"),
    Case("technique-sign", ROTATED, "The clavicular heads are equidistant from the spinous processes.", "no",
         "technique"),
    Case("technique-rotated", ROTATED, "There is rotation to the left.", "yes", "technique"),
    Case("technique-hedged", ROTATED, "There may be slight rotation.", None, "unparsed"),
    Case("technique-contrast", CONTRAST, "Non-contrast CT.", "no", "technique"),
    Case("technique-negated-value", PA, "Not a PA film; it was taken AP.", "no", "technique"),
    Case("technique-zh", ZH_CT, "平扫CT。", "否", "technique"),
    # whole-study normality
    Case("normality-finding", CXR_NORMAL, "There is a right lower lobe consolidation.", "no", "implicit_normality"),
    Case("normality-normal", CXR_NORMAL, "Unremarkable.", "yes", "implicit_normality"),
    Case("normality-abnormal-question", ABNORMAL, "The lungs are clear and the heart is normal in size.", "no",
         "implicit_normality"),
    Case("normality-abnormal-question-finding", ABNORMAL, "Large right pleural effusion.", "yes",
         "implicit_normality"),
    Case("normality-unknown-clause", CXR_NORMAL, "The lungs are clear. Left hilum a bit odd.", None, "unparsed"),
    # "bulky" hila are enlarged (a lay size word, answers/states.tsv; vlay13)
    Case("normality-lay-abnormal-clause", CXR_NORMAL, "The lungs are clear. Left hilum bulky.", "no",
         "implicit_normality"),
    Case("normality-hedged-finding", CXR_NORMAL, "There may be a small effusion.", None, "unparsed"),
    # located questions
    Case("side-located-yes", LLL, "Consolidation is present in the left lower lobe.", "yes", "implicit_side"),
    Case("side-located-elsewhere", LLL, "Right lower lobe consolidation; the left lung is clear.", "no",
         "implicit_side"),
    Case("side-other-side-only", LLL, "There is consolidation in the right lower lobe.", None, "unparsed"),
    Case("side-other-lobe-only", LLL, "Consolidation in the left upper lobe.", None, "unparsed"),
    Case("side-no-place", LLL, "There is consolidation on the left.", None, "unparsed"),
    Case("side-hedged", LLL, "Possible consolidation in the left lower lobe.", None, "ambiguous"),
    # Chinese questions read by concept
    Case("zh-concept-bare", ZH_EFFUSION, "右侧少量胸腔积液。", "是", "implicit_concept_zh"),
    Case("zh-concept-organ-normal", ZH_HEART, "心影大小形态正常。", "否", "implicit_yes_no"),  # the forms (closedr11)
    Case("zh-size-normal", ZH_HEART, "心影大小正常。", "否", "implicit_yes_no"),  # the property's forms (lang10)
    Case("zh-concept-synonym", _q("心脏大小正常吗？", "是"), "心影增大。", "否", "implicit_concept_zh"),
    Case("zh-concept-english", ZH_PTX, "No pneumothorax is seen.", "no", "implicit_concept_zh"),
    Case("zh-concept-other-side", ZH_LEFT, "右侧胸腔积液。", None, "unparsed"),
    # 考虑X closes a Chinese report on its conclusion (closed22); with 可能 it stays a hedge
    Case("zh-concept-hedge", ZH_PTX, "考虑左侧少量气胸。", "是", "implicit_yes_no"),
    Case("zh-concept-hedge-possible", ZH_PTX, "考虑左侧少量气胸可能。", None, "ambiguous"),
    Case("zh-concept-stray-negation", ZH_PTX, "气胸边界不清。", None, "unparsed"),
    # an organ's size asked normal
    Case("size-enlarged", _q("Is the heart normal in size?"), "The heart is enlarged.", "no", "implicit_size"),
    Case("size-denied", _q("Is the heart normal in size?"), "No cardiomegaly.", "yes", "implicit_size"),
    Case("size-hedged", _q("Is the heart normal in size?"), "The heart is possibly enlarged.", None, "unparsed"),
    # negated questions: read the positive form, flip
    Case("negated-question-no", HEART_NOT, "The heart is enlarged.", "no", "negated_question"),
    Case("negated-question-yes", NO_PTX, "No pneumothorax is seen.", "yes", "negated_question"),
    Case("negated-question-hedge", NO_PTX, "A small pneumothorax cannot be excluded.", None, "ambiguous"),
]
