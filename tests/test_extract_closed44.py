"""Closed yes/no answers stated without a verdict word (issue #7, session 44, lane closed44): mechanisms, not phrasings.

* A question asked after an event ("after the chest tube was removed") is read without the event where the reply
  speaks of this image alone (``extract/event_frame.py``): it names none of the event's words, no other time and no
  class; otherwise the event stays a word of the asked term, as sessions 27 and 43 left it.
* Chinese descriptive words between the seeing verb and the finding ("可见散在点状钙化", "可见少许游离性积液",
  "可见边缘性骨侵蚀") are read through (``answers/text.ZH_DESCRIBED``); a past word (陈旧性) or a hedge still is not.
* A Chinese image frame before an organ ("这张超声图像中胆囊内") keeps the organ as the asked place; a lesion after the
  frame ("图像中的病变") is the image's one lesion and is dropped with it (``implicit_langs.zh_question``).
* A finding seen in a part of the asked organ ("右肾下极可见一枚结石" to 肾脏是否有结石？) is seen in the organ, and a
  lesion asked as 病变 is stated seen by any lesion word (病灶, 占位; ``answers/text.ZH_ORGAN_PARTS``,
  ``ZH_LESION_WORDS``): yes only; a part's denial or another organ's lesion stays unread.
* A committed lean right before a pole ("most likely benign", "probably malignant") commits to it
  (``answers/hedges.COMMITTED_ADVERBS``, ``implicit_words.mask_committed_leans``); "could", "possibly", a lowered
  lean, an alternative after the pole or another subject keep it unread.

The replies are invented, in wording unlike the corpus items; near misses must stay unread.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.event_frame import without_event
from medstep.extract.implicit_langs import zh_question
from medstep.extract.implicit_terms import question_term
from medstep.extract.implicit_words import mask_committed_leans
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "yes"
    return extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, verdict", [
    ("Is there a pneumothorax after the chest tube was removed?",
     "A thin right apical pneumothorax has reappeared, about 6 mm deep.", None),  # (review: yes side dropped)
    ("Is there free air following the colonoscopy?", "No free intraperitoneal air is identified beneath the "
                                                     "hemidiaphragms.", "no"),
    ("Is there a pleural effusion after the cardiac surgery?", "There is a small left pleural effusion with adjacent "
                                                               "basal atelectasis.", None),
    ("Is there a hemorrhage following thrombolysis?", "No intracranial hemorrhage is seen on this scan.", "no"),
    # near misses: another finding, a hedge, another side, the time before, the event named, a class statement
    ("Is there a pneumothorax after the subclavian line insertion?",
     "The line tip projects over the lower SVC. The left costophrenic angle is blunted by a small effusion.", None),
    ("Is there a pneumothorax after the biopsy?", "A small pneumothorax cannot be excluded at the apex.", None),
    ("Is there a pneumothorax after the procedure?", "There could be a tiny apical pneumothorax.", None),
    ("Is there a left pleural effusion after the surgery?", "There is a small right pleural effusion.", None),
    ("Is there a perforation following the endoscopy?", "A small amount of free fluid is seen in the pelvis.", None),
    ("Is there a pneumothorax after the thoracentesis?",
     "A small pneumothorax was present on the earlier film; it has since resolved.", None),
    ("Is there a hematoma after the femoral catheterization?",
     "There is a pseudoaneurysm of the right common femoral artery.", None),
    ("Is there a pneumothorax after this lung biopsy?", "The pre-biopsy image showed a small pneumothorax.", None),
    ("Is there a pneumothorax after the drain insertion?", "Pneumothorax is a common complication.", None),
])
def test_event_frame(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_event_frame_stays_in_the_term() -> None:
    # the term keeps the event (sessions 27, 43); only the event reader drops it, and only for a reply of this image
    assert question_term("Is there a pneumothorax after the biopsy?").phrase == "pneumothorax after the biopsy"
    assert without_event("Is there a pneumothorax after the biopsy?", "A small pneumothorax.") == \
        "Is there a pneumothorax?"
    assert without_event("Is there a pneumothorax after the biopsy?", "A pneumothorax after the biopsy.") is None
    assert without_event("Is there a pneumothorax after the biopsy?", "It was there before.") is None
    assert without_event("Is there a pneumothorax after the biopsy or not?", "A small pneumothorax.") is None
    assert without_event("Is there a pneumothorax?", "A small pneumothorax.") is None


@pytest.mark.parametrize("question, text, verdict", [
    ("是否可见钙化？", "病灶内可见散在点状钙化。", "是"),
    ("是否有积液？", "盆腔内可见少许游离性积液。", "是"),
    ("是否可见积气？", "肠壁内可见线样积气。", "是"),
    ("是否可见骨侵蚀？", "关节周围可见边缘性骨侵蚀。", "是"),
    ("是否可见钙化？", "病灶内未见明显钙化。", "否"),
    # near misses: a suspicion, a possibility, resolved, another organ, an old finding
    ("是否可见钙化？", "病灶内可疑点状钙化。", None),
    ("是否可见骨折？", "右侧桡骨远端可能可见细小骨折线。", None),
    ("是否有积液？", "积液已基本吸收。", None),
    ("左肾是否有结石？", "右肾可见一枚高密度结石。", None),
    ("是否可见骨折？", "右侧第5肋可见陈旧性骨折。", None),
    ("是否有骨折？", "未见新鲜骨折，左侧锁骨可见陈旧性骨折。", None),
])
def test_chinese_described_finding(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


@pytest.mark.parametrize("question, text, verdict", [
    ("这张超声图像中胆囊内是否有结石？", "胆囊腔内可见强回声，后方伴声影，符合胆囊结石。", "是"),
    ("这张超声图像中胆囊内是否有结石？", "肾内可见结石。", None),  # another organ's stone
    ("图中心影是否增大？", "心胸比约0.47，心影大小正常。", "否"),
    ("图像中的病变是否位于左肺？", "病变位于左肺上叶尖段。", "是"),
])
def test_chinese_image_frame_before_the_place(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


@pytest.mark.parametrize("question, text, verdict", [
    ("肾脏是否有病变？", "左肾上极可见一个类圆形病灶，边界清楚。", "是"),
    ("肝脏是否有病变？", "肝左叶见一低密度占位。", "是"),
    ("肾脏是否有结石？", "右肾下极可见一枚结石。", "是"),
    ("该MRI图像中是否可见肾脏病变？", "右肾中部见一类圆形病灶。", "是"),
    ("是否可见肝脏病变？", "肝脏未见明显病变。", "否"),
    # near misses: another organ, a part's denial, a suspicion
    ("脾脏是否有病变？", "肝右叶可见一个低密度病灶。", None),
    ("肝脏是否有病变？", "肝右叶未见明确病灶。", None),
    ("肝脏是否有病变？", "肝右叶可疑小病灶。", None),
    ("肾脏是否有结石？", "右肾下极未见结石。", None),
    ("是否可见肝脏病变？", "脾脏可见一低密度病灶。", None),
])
def test_chinese_organ_part_and_lesion_words(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_chinese_image_frame_parse() -> None:
    q = zh_question("这张超声图像中胆囊内是否有结石？")
    assert q is not None and q.place == "胆囊" and q.term == "结石"
    lesion = zh_question("这张皮肤照片中的病变是否为恶性？")
    assert lesion is not None and lesion.place == ""  # the image's lesion: dropped with its frame


@pytest.mark.parametrize("question, text, verdict", [
    ("Is the lesion malignant?", "The lesion is most likely benign.", "no"),
    ("Is the breast mass benign?", "The mass is very likely benign.", "yes"),
    ("Is the thyroid nodule malignant?", "The nodule is probably malignant.", "yes"),
    ("Is the adrenal lesion likely benign?", "The adrenal lesion is almost certainly benign.", "yes"),
    # near misses: a possibility, an open exclusion, another subject, both poles, a condition, an alternative, lowered
    ("Is the liver lesion malignant?", "It could be benign, but I cannot be sure from one phase.", None),
    ("Is the lesion malignant?", "It is possibly benign, though a biopsy is needed.", None),
    ("Is the lesion malignant?", "The lesion is likely benign, but malignancy cannot be excluded.", None),
    ("Is the lesion malignant?", "The adjacent lymph node is most likely benign.", None),
    ("Is the cyst malignant?", "The cyst is probably benign, but the neighbouring solid nodule looks malignant.", None),
    ("Is the bone lesion malignant?", "If there were cortical destruction it would probably be malignant.", None),
    ("Is the lesion malignant?", "It is most likely malignant or infectious.", None),
    ("Is the lesion malignant?", "The lesion is less likely malignant.", None),
    ("Is the heart enlarged?", "The heart is probably enlarged.", None),  # a property of no pair: still a lean
])
def test_committed_lean_before_a_pole(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_mask_committed_leans_keeps_offsets() -> None:
    sentence = "The nodule is most likely benign."
    masked = mask_committed_leans(sentence, [sentence.index("benign")])
    assert len(masked) == len(sentence) and "likely" not in masked and masked.endswith("benign.")
    assert mask_committed_leans("It could be benign.", [12]) == "It could be benign."
    assert "likely" in mask_committed_leans("It is less likely benign.", [19])
