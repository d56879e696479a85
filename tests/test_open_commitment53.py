"""Lane commit53 (issue #7, open false decisions): the commitment test of ``extract/open_commitment.py`` in every frame.

Fresh wordings (not corpus items). Three structures commit to nothing whatever the question asks: a differential left
standing (two candidates or more, "cannot distinguish between", "further evaluation to distinguish them", a Chinese
count of possibilities held open); a reply whose every sentence is set aside (a courtesy, a lesson about imaging,
the question said to need care) or only names, tours or describes the look of the image; degenerate text (special
tokens beside a few words). Near misses keep their answer: a pick after the list, a pick before a one-item
differential, an impression after a tour, a one-word answer, a finding stated, a looped label, a count or a side.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_commitment import degenerate, only_candidates, zh_left_standing
from medstep.types import AnswerType, Sample

_DX = "What is the most likely diagnosis?"
_WHAT = "What abnormality is seen in this image?"
_WHERE = "Where is the lesion?"


def _read(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={}))
    return ext.answer, ext.status.value


@pytest.mark.parametrize(("question", "text"), [
    # the differential left standing, its commitment word denied ("no ... to favor the latter")
    (_DX, "There is a 2 cm nodule in the left upper lobe. The differentials include a granuloma and a carcinoid; "
          "nothing on this image is there to favor either. A biopsy is needed to distinguish them."),
    # ... to a question asking the finding, when nothing but the list and its work-up is said
    ("What is the finding in the liver?", "The differential includes haemangioma and metastasis. Further evaluation "
                                          "with MRI is needed to distinguish them."),
    # telling apart "between" two named candidates
    (_DX, "Hilar nodes are enlarged. Imaging cannot differentiate between lymphoma and sarcoidosis; tissue sampling "
          "is recommended."),
    # Chinese: two possibilities counted, the choice held open, no lead picking
    ("该病变最可能的诊断是什么？", "右肺门可见肿块影。需考虑淋巴瘤与结节病两种可能，影像上难以区分。"),
])
def test_differential_left_standing_is_ambiguous(question: str, text: str) -> None:
    assert _read(question, text) == (None, "ambiguous")


@pytest.mark.parametrize(("question", "text"), [
    # an image tour: the image named, its anatomy listed, how it was taken
    (_WHAT, "The image is an abdominal CT. It shows the liver, the spleen and the kidneys. The CT is in black and "
            "white and was taken from the front of the patient."),
    # a courtesy beside a lesson about imaging at large
    (_WHERE, "Thanks for asking! Diagnostic imaging is a useful tool for finding many diseases. Let me know if you "
             "have any other questions."),
    # the image named, what it takes in, and the question said to need care
    ("Where is the abnormality located?", "The image is a knee MRI. It includes the femur, the tibia and the patella. "
                                          "The abnormality location question requires careful review of the image."),
    # degenerate text: special tokens beside a word that names nothing
    ("What organ is affected?", "<pad> <pad> <unk> scan scan"),
    ("What is the diagnosis?", "[UNK] [UNK] [UNK]"),
])
def test_nothing_of_the_case_is_unparsed(question: str, text: str) -> None:
    assert _read(question, text) == (None, "unparsed")


@pytest.mark.parametrize(("question", "text", "answer"), [
    # a pick after the list, a pick before a one-item differential, a concession after the pick
    (_DX, "Differential considered: pneumonia, atelectasis. Final diagnosis: pneumonia.", "pneumonia"),
    (_DX, "Most likely pneumonia; the differential includes atelectasis.", "pneumonia differential includes atelectasis"),
    (_DX, "The differential includes gout and septic arthritis; I favour gout.", "gout"),
    # a tour followed by an impression
    (_WHAT, "The image is a chest X-ray. It shows the heart and lungs. Impression: right pneumothorax.",
     "right pneumothorax"),
    # a one-word answer, a finding stated
    ("What is the diagnosis?", "Pneumonia", "pneumonia"),
    (_WHAT, "The image shows a fracture of the right femoral neck.", "fracture of right femoral neck"),
    # a finding stated beside a differential, to a question asking the finding
    ("What is the abnormal finding?", "There is a ring-enhancing lesion. The differential includes abscess and "
                                      "glioblastoma.", "ring enhancing lesion"),
    # a looped label is one answer, not garbage
    ("Which side is the lesion?", "left left left left", "left"),
    ("What is the abnormal finding in this blood smear?", "Spherocytes spherocytes spherocytes spherocytes",
     "spherocytes"),
    ("What Gleason score was given?", "4+3=7", "4+3=7"),
    ("Which side is abnormal?", "<s>Left</s>", "left"),
    # a side, a place, a count said alone: the inventory answers them
    ("Which side is abnormal?", "The abnormality is on the right.", "right"),
    ("How many kidneys are visible?", "Two kidneys are visible.", "two"),
    ("Where is the abnormality?", "The abnormality lies in the right frontal region.", "right frontal region"),
])
def test_committed_replies_keep_their_answer(question: str, text: str, answer: str) -> None:
    assert _read(question, text) == (answer, "scored")


def test_degenerate_needs_special_tokens_and_no_concept() -> None:
    assert degenerate("<unk> <unk> <unk> image image")
    assert not degenerate("image image image image")  # no special token: left to the other readers
    assert not degenerate("<unk> <unk> pneumonia")  # a concept named beside the tokens
    assert not degenerate("<unk> the image shows a large mass in the liver")  # more words than tokens
    assert not degenerate("<s>Left</s>")  # a sequence's markers wrap an answer: no garbage token


def test_zh_held_open_needs_no_pick() -> None:
    assert zh_left_standing("需要考虑转移瘤与真菌感染两种可能，难以鉴别。")
    assert not zh_left_standing("考虑为肺炎，需与结核两种可能鉴别。")  # a lead picks one
    assert not zh_left_standing("右肺上叶肺炎，需与结核鉴别。")  # no count of candidates held side by side


def test_only_candidates_reads_what_stands_beside_the_list() -> None:
    q = "What is the finding in the liver?"
    assert only_candidates("The differential includes haemangioma and metastasis. MRI is recommended.", q)
    assert not only_candidates("A 3 cm lesion is seen. The differential includes haemangioma and metastasis.", q)
    assert not only_candidates("A 3 cm hypodense lesion; the differential includes haemangioma and metastasis.", q)
