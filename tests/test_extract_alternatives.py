"""Phrasing families the second red-team set exposed, in our own words: each rule on new text.

Precision first: an output that withdraws its first verdict, offers
alternatives, or stops mid-sentence must never read as the first thing it
named; then the recall families (Spanish answer phrases, refusals).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

ZH_CLOSED = Sample(id="zh", question="左肺有气胸吗？", answer="否", answer_type=AnswerType.CLOSED)
EN_CLOSED = Sample(id="en", question="Is the aortic knob calcified?", answer="no", answer_type=AnswerType.CLOSED)
EXCEPT = Sample(
    id="except",
    question="All of the following are present EXCEPT:",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Kerley B lines", "B": "Pleural effusions", "C": "Pneumoperitoneum", "D": "Cardiomegaly"},
)
ZH_NODULE = Sample(id="zh-nodule", question="图中是否存在肺结节？", answer="否", answer_type=AnswerType.CLOSED)
ORGAN = Sample(
    id="organ",
    question="Which organ contains the mass?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Liver", "B": "Spleen", "C": "Pancreas", "D": "Stomach"},
)
NOT_SEEN = Sample(
    id="not-seen",
    question="Which finding is NOT present?",
    answer="A",
    answer_type=AnswerType.CHOICE,
    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Rib fracture"},
)
ES_CLOSED = Sample(id="es", question="¿Está calcificado el botón aórtico?", answer="yes", answer_type=AnswerType.CLOSED)
OPEN = Sample(id="open", question="Which imaging modality is this?", answer="ultrasound", answer_type=AnswerType.OPEN)
CHOICE = Sample(
    id="mc",
    question="Which finding best explains the opacity?",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Atelectasis", "B": "Lobar pneumonia", "C": "Pulmonary infarct", "D": "Lung contusion"},
)

ZH_CHOICE = Sample(
    id="zh-mc",
    question="最可能的诊断是什么？",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "肺不张", "B": "大叶性肺炎", "C": "肺梗死", "D": "肺挫伤"},
)


@pytest.mark.parametrize(("sample", "text", "answer", "rule"), [
    # A withdrawn leading verdict: the correction is the answer, or nothing is.
    (ZH_CLOSED, "有。不对，仔细看肺尖可见肺纹理，应该是没有。", "否", "yes_no_lead"),
    (EN_CLOSED, "Yes. Wait, no — that density is the overlapping clavicle.", "no", "yes_no_lead"),
    (EN_CLOSED, "No. Actually, looking at the lateral view, I am less certain about this.", None, "ambiguous"),
    (EN_CLOSED, "Yes, there is actually dense curvilinear calcification in the knob.", "yes", "yes_no_lead"),
    (ZH_CLOSED, "不存在，左肺尖可见肺纹理延伸至胸壁。", "否", "yes_no_lead"),
    (ES_CLOSED, "Sí, el botón aórtico muestra una calcificación curvilínea.", "yes", "yes_no_lead"),
    (ZH_NODULE, "不存在肺结节，两肺野透亮度正常。", "否", "implicit_yes_no"),
    (EN_CLOSED, "Yes or no: yes.", "yes", "yes_no_final"),
    (EN_CLOSED, "Yes or no? The knob is dense and curvilinear.", None, "ambiguous"),
    # A letter opening the reply, set off by a dash; the exception named by its noun.
    (CHOICE, "**B** — air bronchograms run through a dense lobar opacity.", "B", "letter_lead"),
    (EXCEPT, "Kerley lines and effusions are both there. So the exception is C.", "C", "conclusion_phrase"),
    # Alternatives offered without a choice.
    (OPEN, "Ultrasound or CT", None, "ambiguous"),
    (OPEN, "It might be an ultrasound or a nuclear medicine scan.", None, "ambiguous"),
    # the "or" of a denial list offers no alternative; the one modality affirmed answers (open_kind, session 47)
    (OPEN, "No contrast or gas is seen; this is an ultrasound.", "ultrasound", "open_kind"),
    (CHOICE, "Hard to call. It may be a lung contusion or an atelectasis.", None, "ambiguous"),
    (CHOICE, "Lobar pneumonia", "B", "option_text"),
    (CHOICE, "A  B\nC D", None, "ambiguous"),
    # An option named in other word forms or order, by a short reply that says nothing else.
    (CHOICE, "Lobar pneumonias", "B", "option_text"),
    (CHOICE, "Pneumonia (lobar)", "B", "option_text"),
    (CHOICE, "Answer: infarcted pulmonary segment", "C", "option_text"),
    (CHOICE, "Pulmonary infarction", "C", "option_text"),
    (CHOICE, "No lobar pneumonia", None, "unparsed"),
    (CHOICE, "Lobar pneumonia or contusion", None, "ambiguous"),
    (NOT_SEEN, "Pleural effusions are seen.", None, "unparsed"),
    (NOT_SEEN, "Every finding listed is visible except the rib fracture.", "D", "option_text"),
    (NOT_SEEN, "Everything except D is visible.", "D", "conclusion_phrase"),
    (CHOICE, "The lung is airless and there might also be a pulmonary infarct.", None, "unparsed"),
    (CHOICE, "### Option A: Atelectasis\nVolume loss is absent.\n\n### Option B: Lobar pneumonia\nThe lobe is",
     None, "truncated"),
    # Cut before any answer, however short.
    (OPEN, "This examination was performed with", None, "truncated"),
    (CHOICE, "The opacity in the right lower zone represents a", None, "truncated"),
    # (issue #7, session 34: a reply stopping on "The answer is" was cut before its answer, as the corpus labels
    # b12-0176, b8-0153, b33-0259 say, not withholding it)
    (OPEN, "The answer is", None, "truncated"),
    # Spanish answer phrases and refusals.
    (CHOICE, "Hay consolidación con broncograma aéreo. La respuesta correcta es B.", "B", "final_answer_phrase"),
    (CHOICE, "La opción correcta es la D, por el antecedente de traumatismo.", "D", "final_answer_phrase"),
    (CHOICE, "Respuesta: A", "A", "final_answer_phrase"),
    (CHOICE, "No puedo determinar el diagnóstico con esta imagen.", None, "refused"),
    (CHOICE, "I am an AI language model, so please ask a radiologist.", None, "refused"),
    # Rejected options cited by name after the answer do not make it ambiguous; a listing still does.
    (CHOICE, "Answer: B. Lobar pneumonia. Contusion (D) needs trauma and infarct (C) is wedge-shaped.", "B",
     "final_answer_phrase"),
    (CHOICE, "Answer: B) Lobar pneumonia C) Pulmonary infarct", None, "ambiguous"),
    (ORGAN, "The mass arises from the pancreas (option C). The liver and spleen appear unremarkable.", "C",
     "option_text"),
    # Full-width brackets, and "the main finding is" as a decision.
    (ZH_CHOICE, "最可能的诊断是大叶性肺炎（B），可见支气管充气征。", "B", "option_text"),
    (CHOICE, "The principal finding is a lobar pneumonia; the fissure bulges.", "B", "option_text"),
])
def test_family(sample: Sample, text: str, answer: str | None, rule: str) -> None:
    got = extract(text, sample)
    assert (got.answer, got.rule) == (answer, rule), text
