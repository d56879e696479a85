"""Lane concl49: the concluding phrase of an open reply (``extract/open_concluding.py``), and its near misses."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_concluding import concluding_phrase
from medstep.types import AnswerType, Sample


def _read(question: str, reply: str) -> tuple[str | None, str]:
    ext = extract(reply, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN))
    return ext.answer, ext.rule


@pytest.mark.parametrize(("question", "reply", "phrase"), [
    ("What is wrong with the heart?", "The cardiac silhouette is globular and widened, with clear lung fields, in "
     "keeping with a pericardial effusion.", "pericardial effusion"),
    ("What is the most likely diagnosis?", "Cortical thickening along the tibial diaphysis, lamellated like an onion "
     "skin → Ewing sarcoma.", "ewing sarcoma"),
    ("What is wrong with this knee?", "There is a large joint effusion and a vertical lucent line through the lateral "
     "tibial plateau, consistent with a tibial plateau fracture.", "tibial plateau fracture"),
    ("Diagnosis?", "A band of grouped vesicles on an erythematous base along one thoracic dermatome, consistent with "
     "herpes zoster. Start antivirals early.", "herpes zoster"),
    ("¿Cuál es el diagnóstico más probable?", "Se observa una opacidad homogénea en el lóbulo inferior derecho. El "
     "cuadro es compatible con una neumonía lobar.", "neumonía lobar"),
    ("病变位于哪个部位？", "头颅MRI显示病变位于右侧颞叶，周围可见水肿。", "右侧颞叶"),
    ("What is the most likely diagnosis?", "The most likely diagnosis is **osteoid osteoma**. The lesion is a small "
     "lucent nidus with dense sclerosis. The differential includes a Brodie abscess and a stress fracture.",
     "osteoid osteoma"),
])
def test_the_concluding_phrase_answers(question: str, reply: str, phrase: str) -> None:
    answer, rule = _read(question, reply)
    assert answer == phrase
    assert rule == "open_concluding"


@pytest.mark.parametrize(("question", "reply"), [
    ("What is the diagnosis?", "The lesion shows a sclerotic rim, consistent with a bone island or an osteoid osteoma."),
    ("What is the most likely diagnosis?", "The findings are not consistent with pulmonary embolism. The pulmonary "
     "arteries opacify normally."),
    ("What is the diagnosis?", "This is consistent with sarcoidosis. However, lymphoma cannot be excluded without "
     "biopsy."),
    ("What is the abnormality?", "Ill-defined opacity at the left base, likely atelectasis."),
    ("Which side is the effusion on?", "Blunted left costophrenic angle, consistent with a left pleural effusion."),
    ("What is the diagnosis?", "No features to suggest appendicitis. The appendix is normal in calibre."),
    ("What is the diagnosis?", "Consistent with cellulitis. The differential could also include necrotizing "
     "fasciitis, which must be excluded."),
    ("What is the diagnosis?", "- Right lung: consistent with pneumonia\n- Left lung: consistent with atelectasis"),
    ("病变位于哪个部位？", "病变位于右肺上叶或右肺中叶，待排。"),
    ("What is the main abnormality seen in this image?", "The main abnormality seen in this image is a large hiatal "
     "hernia, with a retrocardiac air-fluid level representing the herniated stomach above the diaphragm."),
    ("What kind of cells predominate?", "Large cells with fine chromatin and Auer rods are seen, suggesting acute "
     "myeloid leukemia."),
    ("What is the most likely diagnosis?", "Putting this together, the most likely diagnosis is a superior sulcus "
     "(Pancoast) tumor."),
])
def test_near_misses_are_not_narrowed(question: str, reply: str) -> None:
    assert concluding_phrase(reply, question, reply) is None


def test_a_gloss_of_the_answer_after_it_holds_nothing_open() -> None:
    reply = ("This appears to be a case of **impetigo**. The image shows honey-coloured crusts around the mouth. "
             "Impetigo is a contagious skin infection, usually caused by staphylococci or streptococci.")
    assert concluding_phrase(reply, "What is the diagnosis?", reply) == "impetigo"


def test_a_label_after_a_link_must_be_known() -> None:
    # an identity link ("consistent with", "typical of") needs a label the vocabulary knows (as open_verdict does):
    # "typical of FDG" names no diagnosis; only a stated diagnosis or "a case of" takes any label
    reply = "The uptake is in the brain, heart and bladder. The biodistribution is typical of FDG."
    assert concluding_phrase(reply, "What is the diagnosis?", reply) is None


def test_a_class_label_is_no_answer() -> None:
    reply = "The mass is hyperechoic with shadowing. It is consistent with a calcified fibroadenoma. This is a benign finding."
    assert concluding_phrase(reply, "What is the most likely diagnosis?", reply) is None


def test_a_later_correction_takes_the_phrase_back() -> None:
    reply = "Findings are compatible with a lipoma. On second thought, the thick septa make a liposarcoma more likely."
    assert _read("What is the diagnosis?", reply)[1] != "open_concluding"


# Review repairs (session 49): an arrow inside a sequence, a second conclusion added with "also", a denying subject,
# a Chinese place of one of several lesions and two different foreign conclusions narrow nothing.
@pytest.mark.parametrize(("question", "reply"), [
    ("What is the diagnosis?", "Fluid levels shift from supine -> erect films."),
    ("What is the diagnosis?", "The signal is hyperintense on T1 -> fat."),
    ("What is the diagnosis?", "Findings are consistent with appendicitis. Findings are also consistent with "
     "mesenteric adenitis."),
    ("What is the diagnosis?", "Nothing here is suggestive of malignancy."),
    ("病变位于哪个部位？", "影像显示肝内多发低密度灶，最大者位于肝右叶，考虑转移瘤。"),
    ("¿Cuál es el diagnóstico?", "Se observa consolidación. Es compatible con neumonía. Se recomienda control; el "
     "seguimiento es compatible con el protocolo habitual."),
])
def test_review_repairs_narrow_nothing(question: str, reply: str) -> None:
    assert concluding_phrase(reply, question, reply) is None
