"""A view the reply still holds, a caveat after it, a confirmation of it or a remark on the finding's attribute is no
revision (review of issue #7, ``extract/earlier_view.py``): "My initial impression is B. However, clinical correlation
is recommended." reads B, "At first glance there is a nodule, but it isn't calcified." reads yes. Only a view held
before whose turn gives another answer or denies it, or a view an explicit cue revises, is set aside."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.earlier_view import set_aside
from medstep.types import AnswerType, Sample

_OPTIONS = {"A": "Pneumonia", "B": "Pneumothorax", "C": "Pleural effusion", "D": "Normal"}
_CXR = "What is the main finding on this chest X-ray?"
_PTX, _FX, _NOD = "Is there a pneumothorax?", "Is there a fracture?", "Is there a pulmonary nodule?"
_EFF, _CM, _MAL = "Is there a pleural effusion?", "Is there cardiomegaly?", "Is the lesion malignant?"
_DX, _PRIMARY = "What is the diagnosis?", "What is the primary site of the tumour?"


def _read(answer_type: str, question: str, text: str) -> str | None:
    options = _OPTIONS if answer_type == "choice" else {}
    gold = {"choice": "B", "closed": "yes", "open": "x"}[answer_type]
    sample = Sample(id="rr30", question=question, answer=gold, answer_type=AnswerType(answer_type), options=options)
    return extract(text, sample).answer


# (id, answer type, question, reply, the answer it must read; None: no answer)
_REVIEWER = [
    ("remains_my_answer", "choice", _CXR,
     "I first considered B, and it remains my answer, but C is a reasonable alternative.", None),  # never C
    ("present_impression_caveat", "choice", _CXR,
     "My initial impression is B. However, clinical correlation is recommended.", "B"),
    ("answer_stands", "choice", _CXR, "My initial answer stands: B. However, I would note that C can present similarly.",
     "B"),
    ("as_i_initially_thought", "choice", _CXR, "The answer is B because, as I initially thought, the pleural line is "
     "visible, but let me also check the other options.", "B"),
    ("markings_confirm_it", "choice", _CXR, "Pneumothorax (B) was my initial impression, and the absent lung markings "
     "confirm it, but a CT would help characterise its size.", "B"),
    ("label_then_caveat", "choice", _CXR,
     "First impression: pneumothorax (B). However, a lateral decubitus view would be helpful.", "B"),
    ("confident_in_it", "choice", _CXR, "My first pick is B; on reflection, I'm confident in it.", "B"),
    ("still_b", "choice", _CXR, "I initially chose B and, on closer inspection, it's still B, but A is a close second.",
     "B"),
    ("impression_confirmed", "closed", _PTX, "My initial impression of a pneumothorax is confirmed by the visceral "
     "pleural line, but clinical correlation is advised.", "yes"),
    ("glance_small", "closed", _PTX, "At first glance, there's a pneumothorax, but it's small.", "yes"),
    ("not_displaced", "closed", _FX, "At first I thought there was a fracture, but it is not displaced.", "yes"),
    ("not_calcified", "closed", _NOD, "At first glance there is a nodule, but it isn't calcified.", "yes"),
    ("moderate_in_size", "closed", _EFF, "At first the effusion looks small, but it is actually moderate in size.", "yes"),
]

# Mine: caveats after a view still held, confirmations, attribute remarks; each reads what it read before the lane.
_MINE = [
    ("expiratory_film", "choice", _CXR,
     "My first impression is B. However, an expiratory film could make it more conspicuous.", "B"),
    ("read_then_ct", "choice", _CXR, "My initial read is pneumothorax (B), but a CT would be needed to quantify it.", "B"),
    ("instinct_that_said", "choice", _CXR,
     "My first instinct is B. That said, a supine film can hide a small pneumothorax.", "B"),
    ("reflection_confirmed", "choice", _CXR,
     "My first impression was B; looking again, this is confirmed by the absent lung markings.", "B"),
    ("r1_think_double_check", "choice", _CXR, "<think>\nMy initial impression is B because of the pleural line. "
     "However, I should double-check the costophrenic angles. They are sharp.\n</think>\n\nB", "B"),
    ("llava_text_caveat", "choice", _CXR,
     "My first impression is a pneumothorax. However, further imaging may be needed.", "B"),
    ("answer_first_rotated", "choice", _CXR,
     "Answer: B\n\nMy first thought is B as well. However, the film is slightly rotated.", "B"),
    ("choice_lateral_view", "choice", _CXR, "My initial choice is B, but I'd like a lateral view to be thorough.", "B"),
    ("still_confident", "choice", _CXR, "I initially picked B, and on closer inspection I'm still confident.", "B"),
    ("claude_correlate", "choice", _CXR, "Looking at this film, my initial impression is a right-sided pneumothorax "
     "(B). However, I'd want to correlate with the clinical picture before acting on it.", "B"),
    ("gemini_heading", "choice", _CXR, "### Assessment\n**My initial impression:** Pneumothorax (B)\n\nHowever, subtle "
     "findings on portable films warrant a follow-up PA view.", "B"),
    ("medgemma_label", "choice", _CXR,
     "Initial impression: pneumothorax. However, clinical correlation is recommended.\nAnswer: B", "B"),
    ("minimally_displaced", "closed", _FX,
     "Initially I thought there was a fracture, but it is only minimally displaced.", "yes"),
    ("loculated", "closed", _EFF, "At first glance there's a large left effusion, but it's loculated.", "yes"),
    ("tiny", "closed", _PTX, "At first glance there is a pneumothorax, but it is tiny.", "yes"),
    ("comminuted", "closed", _FX, "At first glance the fracture line is subtle, but it is comminuted.", "yes"),
    ("mild_cardiomegaly", "closed", _CM, "At first glance, there is cardiomegaly, but it is mild.", "yes"),
    ("still_there_small", "closed", _NOD,
     "Initially I thought there was a nodule, and on closer inspection it is still there, but it is small.", "yes"),
    ("ultrasound_quantify", "closed", _EFF,
     "My first impression is a small right effusion. However, an ultrasound would help quantify it.", "yes"),
    ("nondisplaced", "closed", _FX,
     "At first glance, there's a fracture of the distal radius, but it's nondisplaced.", "yes"),
    ("the_nodule_calcified", "closed", _NOD, "At first glance a nodule is present, but the nodule is calcified.", "yes"),
    ("small_layering", "closed", _EFF,
     "At first glance, there is a pleural effusion on the left, but it is small and layering.", "yes"),
    ("r1_small", "closed", _PTX, "<think>\nAt first glance there's a pneumothorax, but it's small. The pleural line is "
     "at the apex.\n</think>\n\nYes, there is a small pneumothorax.", "yes"),
    ("thought_mild", "closed", _EFF, "Initially I thought there was an effusion, but it is mild.", "yes"),
    ("present_small_one", "closed", _PTX, "My first impression is a pneumothorax, but it's a small one.", "yes"),
    ("ct_confirms_it", "closed", _NOD,
     "My first impression was a nodule, and the CT confirms it, but it is only 4 mm.", "yes"),
]

# Revisions the review keeps: a denial of the view's own word, a bare denial, another thing, an explicit cue.
_STILL_REVISED = [
    ("denied_own_word", "closed", _CM, "At first I thought the heart was enlarged, but it is not enlarged.", None),
    ("bare_denial", "closed", _MAL, "At first I thought the lesion was malignant, but it is not.", None),
    ("skin_fold", "closed", _PTX, "At first I thought there was a pneumothorax, but it is a skin fold.", None),
    ("present_then_cue", "choice", _CXR, "My first impression was a pneumothorax (B). But wait, looking again, it is a "
     "skin fold, so D.", "D"),
    ("however_other_letter", "choice", _CXR, "Initially I thought A. However, it is B.", "B"),
    ("open_reflection", "open", _DX,
     "My initial thought was sarcoidosis, but on reflection this is more consistent with lymphoma.", "lymphoma"),
]

_ALL = _REVIEWER + _MINE + _STILL_REVISED


@pytest.mark.parametrize(("cid", "answer_type", "question", "text", "want"), _ALL, ids=[c[0] for c in _ALL])
def test_reads(cid: str, answer_type: str, question: str, text: str, want: str | None) -> None:
    assert _read(answer_type, question, text) == want, cid


# (id, question, reply, what the open answer must hold, what it must not be): the caveat is never the answer.
_OPEN = [
    ("pe_needs_cta", _DX, "My initial impression is pulmonary embolism. However, a CT angiogram is needed to confirm.",
     "pulmonary embolism", "needed to confirm"),
    ("cap_follow_up", _DX, "First impression: community-acquired pneumonia. However, follow-up imaging is advised.",
     "pneumonia", "follow up imaging is advised"),
    ("colon_course", _PRIMARY, "Originally from the colon, but now metastatic to the liver.", "colon",
     "now metastatic to liver"),
    ("sarcoid_biopsy", _DX, "My first impression is sarcoidosis. However, a biopsy would be needed for confirmation.",
     "sarcoidosis", "needed for confirmation"),
    ("lymphoma_stands", _DX, "My initial diagnosis stands: lymphoma. However, a biopsy is advised.", "lymphoma",
     "biopsy is advised"),
]


@pytest.mark.parametrize(("cid", "question", "text", "holds", "never"), _OPEN, ids=[c[0] for c in _OPEN])
def test_open_caveat_is_not_the_answer(cid: str, question: str, text: str, holds: str, never: str) -> None:
    got = _read("open", question, text)
    assert got is not None and holds in got and got != never, cid


# The earlier-view step leaves these alone (whatever the readers then make of them).
_LEFT_ALONE = [
    "My initial impression is B. However, clinical correlation is recommended.",
    "**First impression:** B. Pneumothorax\n\nHowever, correlation with the clinical history is advised.",
    "Initial thought: B. But it is worth comparing with prior films.",
    "My original answer of B remains correct. However, A should be considered if fever develops.",
    "I initially thought B, and on reflection, I am confident in that.",
    "Initial impression: B. However, clinical correlation advised.",
    "My initial impression is a right-sided pneumothorax. However, an expiratory film could help confirm it.",
    "**Initial impression:** right apical pneumothorax.\n\nHowever, the patient is supine, so a lateral decubitus film "
    "is advised.",
    "My first impression was a pneumothorax; on closer inspection, this is confirmed.",
    "At first I suspected an effusion, but it is layering and small.",
]


@pytest.mark.parametrize("text", _LEFT_ALONE)
def test_left_alone(text: str) -> None:
    assert set_aside(text) is None
