"""Refusal words that refuse nothing asked (issue #7, ``extract/scoped_refusal.py``).

"I cannot see any pneumothorax." denies the pneumothorax as "I don't see a pneumothorax." does, and "Pneumothorax. I
can't determine its size." answers, then declines a finer detail: neither refuses the question. Real refusals (the
image not seen, seeing qualified, the asked thing declined, another declining verb joined, a diagnosis declined in
other words after a finding) stay refused, and replies read before stay as they were.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked_refusal import caveat_at
from medstep.extract.scoped_refusal import as_denial
from medstep.types import AnswerType, Sample, Status

PTX = "Is there a pneumothorax?"
FX = "Is there a fracture?"
EFF = "Is there a pleural effusion?"
AB = "What abnormality is shown?"
DX = "What is the most likely diagnosis?"
_OPTIONS = {"A": "Small", "B": "Large", "C": "Moderate", "D": "Cannot be measured"}


def _read(kind: str, question: str, text: str, gold: str | None = None):
    t = AnswerType(kind)
    placeholder = {"closed": "是" if "是否" in question else "yes", "open": "x", "choice": "B"}[kind]
    options = _OPTIONS if t is AnswerType.CHOICE else {}
    return extract(text, Sample(id="u30", question=question, answer=gold or placeholder, answer_type=t,
                                options=options))


# Not seeing the asked finding, or a sign beside its stated absence: a denial ("no"), in many styles.
_DENIED = [
    (PTX, "I cannot see any pneumothorax."),
    (PTX, "I can't see a pneumothorax."),
    (PTX, "I can't see any evidence of a pneumothorax."),
    (PTX, "There is no visible pneumothorax; I can't see a pleural line anywhere."),
    (FX, "No fracture is visible. I can't identify any cortical break."),
    (FX, "I am unable to see any fracture."),
    (FX, "I'm unable to identify a fracture on this radiograph."),
    (EFF, "I'm not able to see any pleural effusion."),
    (PTX, "We cannot identify any pneumothorax on this film."),
    (PTX, "I can’t see any pneumothorax."),  # (a typographic apostrophe)
    (PTX, "<think>Pleural line? None visible at the apex. Lung markings reach the chest wall.</think>\n"
          "I can't see any pneumothorax."),  # DeepSeek-R1
    (PTX, "Looking at the apices and the lateral costophrenic regions, I can't see a visceral pleural line, and lung "
          "markings extend to the chest wall. I can't see any pneumothorax."),  # Claude
    (EFF, "**Assessment:** The costophrenic angles are sharp and I can't see any pleural effusion."),  # Gemini
    (FX, "I could not see any fracture in the image."),  # Qwen-VL
    (PTX, "I cannot see any signs of pneumothorax in this chest x-ray."),  # LLaVA-Med
    ("Is there free air under the diaphragm?",
     "I can't see evidence of free intraperitoneal air under the diaphragm."),  # MedGemma
    ("Is there cardiomegaly?", "I can't see any cardiomegaly; the heart is normal in size."),  # GPT-4o
    ("Is there a pneumoperitoneum?", "I cannot see any free gas under the hemidiaphragms."),
    ("Is there consolidation?", "I can't see any consolidation or effusion; the lungs are clear."),
    (FX, "On the lateral and AP views I could not identify any cortical break or step-off, so no fracture is evident."),
    (PTX, "I can't see any pneumothorax. I can't comment on management."),
    # read before, and still: a "no" then the caveat, the plain denial
    (PTX, "No. I can't identify any pneumothorax."),
    (PTX, "I don't see a pneumothorax."),
]


@pytest.mark.parametrize(("question", "text"), _DENIED)
def test_not_seeing_the_finding_is_a_no(question: str, text: str) -> None:
    assert _read("closed", question, text, "no").answer == "no"


# Not seeing another thing is no refusal either: the rest of the reply answers.
_ANSWERED = [
    (PTX, "I can't see any rib fracture. There is a small left pneumothorax.", "yes"),
    (PTX, "There is a pneumothorax at the left apex. I can't determine its size.", "yes"),
    ("Which side is the effusion on?", "Left. I can't determine its volume.", "left"),
    ("是否存在气胸？", "未见气胸。", "否"),
    ("¿Hay neumotórax?", "No se observa neumotórax.", "no"),
]


@pytest.mark.parametrize(("question", "text", "want"), _ANSWERED)
def test_the_rest_of_the_reply_answers(question: str, text: str, want: str) -> None:
    assert _read("closed", question, text, want).answer == want


# An open answer, then a finer detail declined (size, age, segment, extent, cause to a finding question): it stands.
_DETAIL = [
    (AB, "Pneumothorax. I can't determine its size.", "pneumothorax"),
    (AB, "A left-sided pneumothorax. I cannot tell how large it is.", "left sided pneumothorax"),
    ("Where is the nodule?", "Right upper lobe. I can't identify the exact segment.", "right upper lobe"),
    (AB, "A transverse fracture of the mid femoral shaft. I can't determine how old it is.", "femoral shaft"),
    ("What is the abnormality?", "Pleural effusion on the right. I cannot determine its volume from a single frontal "
                                 "view.", "pleural effusion"),
    ("Which organ is enlarged?", "The spleen. I can't determine its exact size without measurements.", "spleen"),
    ("Where is the fracture?", "Distal radius. I'm unable to determine whether it extends into the joint.",
     "distal radius"),
    (AB, "**Finding:** a moderate right pneumothorax.\n\nI can't determine its exact size without a lateral view.",
     "right pneumothorax"),  # Gemini
    (AB, "<think>Visceral pleural line at the left apex, no markings beyond.</think>\nLeft apical pneumothorax. I "
         "can't determine its size from this image alone.", "left apical pneumothorax"),  # DeepSeek-R1
    (AB, "The abnormality is a pneumoperitoneum (free air under the right hemidiaphragm). I cannot determine its cause "
         "from this image.", "pneumoperitoneum"),  # GPT-4o
    ("Where is the nodule?", "The nodule is in the right upper lobe; I'm unable to identify the exact segment on a "
                             "frontal film.", "right upper lobe"),  # Claude
    (AB, "Large left pneumothorax with mediastinal shift. I cannot tell how long it has been present.",
     "large left pneumothorax"),  # MedGemma
    (AB, "Left lower lobe consolidation. We can't determine its cause on a single radiograph.",
     "left lower lobe consolidation"),  # Qwen-VL
]


@pytest.mark.parametrize(("question", "text", "want"), _DETAIL)
def test_a_finer_detail_declined_keeps_the_answer(question: str, text: str, want: str) -> None:
    got = _read("open", question, text).answer
    assert got is not None and want in got, got


@pytest.mark.parametrize("text", ["B. I can't determine the size precisely.",
                                  "The answer is B. I can't determine its cause."])
def test_choice_replies_read_as_before(text: str) -> None:
    assert _read("choice", DX, text).answer == "B"


# Real refusals: the image not seen, seeing qualified, a reason given, another declining verb joined, the asked thing
# declined, nothing named before the caveat, a diagnosis declined in other words after a finding.
_REFUSED = [
    ("closed", PTX, "I cannot see the image."),
    ("closed", PTX, "I can't see any image attached."),
    ("closed", PTX, "I cannot see the lung apex clearly, so I can't tell."),
    ("closed", PTX, "I can't see well enough to say whether there is a pneumothorax."),
    ("closed", PTX, "I can't identify a pneumothorax or exclude one on this image."),
    ("closed", PTX, "I cannot determine whether there is a pneumothorax."),
    ("closed", PTX, "I can't see a pneumothorax because the image is cropped at the apex."),
    ("closed", PTX, "I'm sorry, I can't see any pneumothorax but I am not able to interpret medical images."),
    ("closed", PTX, "I can't see a lateral view, so I can't tell."),
    ("closed", PTX, "I cannot see any pneumothorax clearly on this image."),
    ("closed", PTX, "I can't see an image attached to your message. Could you please upload it?"),
    ("closed", "Is the side marker placed correctly?", "I can't see any side marker on this film."),
    ("closed", PTX, "I can't see them."),
    ("closed", "是否存在气胸？", "我无法看到图像。"),
    ("closed", "是否存在气胸？", "无法判断是否有气胸。"),
    ("closed", "¿Hay neumotórax?", "No puedo ver la imagen."),
    ("open", AB, "I can't tell what the abnormality is."),
    ("open", AB, "I cannot identify the abnormality from this image."),
    ("open", "Where is the nodule?", "I can't determine the location."),
    ("open", AB, "Pneumothorax. I can't determine whether it is really a pneumothorax."),
    ("open", AB, "Difficult case. I can't determine its size."),
    ("open", DX, "Hydronephrosis of the left kidney. I can't determine the underlying cause from one image."),
    ("open", "Is the lesion benign or malignant?", "A well-circumscribed lesion in the left breast. I can't "
                                                   "determine its behaviour from a single view."),
    ("open", AB, "Pneumothorax. I can't determine its size, and I'm not sure what it is."),
    ("open", AB, "Pneumothorax. I can't determine its size or whether it is a pneumothorax at all."),
    ("open", AB, "Pneumothorax. I can't say for certain."),
    ("open", "What is the abnormality?", "The image appears to be a photograph of a document. I cannot identify any "
                                         "radiological findings."),
    ("open", "Where is the lesion?", "I can't see the image, so I can't determine its location."),
    ("open", AB, "Pneumothorax? I can't tell."),
]


@pytest.mark.parametrize(("kind", "question", "text"), _REFUSED)
def test_real_refusals_stay_refused(kind: str, question: str, text: str) -> None:
    got = _read(kind, question, text)
    assert got.answer is None and got.status is Status.REFUSED, got


# No answer either way: the denial read again leaves the question open, or the answer before weighs two.
_OPEN = [
    ("closed", PTX, "I can't see any pneumothorax, but I can't exclude a small apical one on a supine film."),
    ("open", AB, "This could be a lipoma or a liposarcoma. I can't determine its size."),
]


@pytest.mark.parametrize(("kind", "question", "text"), _OPEN)
def test_still_no_answer(kind: str, question: str, text: str) -> None:
    assert _read(kind, question, text).answer is None


@pytest.mark.parametrize(("text", "want"), [
    ("I cannot see any pneumothorax.", "No pneumothorax."),
    ("Lungs are clear, and I can't see any effusion.", "Lungs are clear, and no effusion."),
    ("I can't see evidence of acute cholecystitis.", "No evidence of acute cholecystitis."),
    ("We were unable to identify any fracture.", "No fracture."),
    ("I'm unable to see any fracture on the x-ray.", "No fracture on the x-ray."),
    ("I honestly can't see a pneumothorax.", "No pneumothorax."),
    ("I can't see them.", None),
    ("I cannot see any image attached.", None),
    ("I can't see a lateral view.", None),
    ("I can't identify a pneumothorax or exclude one on this image.", None),
    ("If I can't see any fracture, it is fine.", None),
    ("I can't see any fracture well enough on this view.", None),
])
def test_as_denial(text: str, want: str | None) -> None:
    assert as_denial(text) == want


@pytest.mark.parametrize(("text", "question", "kind", "want"), [
    ("Pneumothorax. I can't determine its size.", AB, "open", "Pneumothorax."),
    ("Answer: scoliosis I'm unable to say how the patient should be followed up.", "What is the abnormality?", "open",
     "Answer: scoliosis"),
    ("Pneumothorax. I can't tell what it is.", AB, "open", None),
    ("I can't determine its size.", AB, "open", None),
    ("Pneumothorax. Its size cannot be determined.", AB, "open", None),
])
def test_caveat_at(text: str, question: str, kind: str, want: str | None) -> None:
    at = caveat_at(text, question, AnswerType(kind))
    assert (text[:at].rstrip() if at is not None else None) == want
