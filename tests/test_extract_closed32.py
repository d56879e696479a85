"""Closed answers (session 32, issue #7, retired blind 31): a structured report's verdict stated only in its labelled
Impression after numbered items, and a Chinese asked term holding a hedge character (可疑钙化) stated as present or
absent. Near misses keep their reading: an Impression naming another finding, a hedged Impression, a real hedge
before the Chinese term."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_FINDINGS = ("**EXAMINATION:** Chest radiograph, PA and lateral.\n\n**FINDINGS:**\n- Lines/tubes: None.\n"
             "- Lungs: Mild left basal atelectasis. No focal consolidation in the right lung.\n"
             "- Pleura: Blunting of the left costophrenic angle with a meniscus on the lateral view.\n"
             "- Heart and mediastinum: Normal cardiac size. Normal mediastinal contours.\n"
             "- Bones: Degenerative changes of the thoracic spine.\n\n")
_EFF = "Is there a pleural effusion on this chest radiograph?"
_NOD = "Is there a lung nodule on this chest CT?"
_CAL = "这张乳腺钼靶图像中是否存在可疑钙化？"


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    (_EFF, _FINDINGS + "**IMPRESSION:**\n1. Small left pleural effusion with adjacent basal atelectasis.\n"
                       "2. No pneumothorax.", "yes"),
    (_NOD, "**Technique:** Non-contrast CT of the chest, 1 mm axial reconstructions.\n\n**Findings:**\n"
           "- **Lungs:** A solid, smoothly marginated nodule in the posterior basal segment of the right lower lobe "
           "measuring 8 mm. Mild centrilobular emphysema in the upper lobes. No consolidation.\n"
           "- **Pleura:** No effusion or pneumothorax.\n- **Mediastinum:** No lymphadenopathy.\n"
           "- **Upper abdomen:** Unremarkable.\n\n**Impression:**\n1. 8 mm solid right lower lobe pulmonary nodule. "
           "Per Fleischner guidelines, follow-up CT in 6-12 months is recommended for a high-risk patient.\n"
           "2. Mild centrilobular emphysema.", "yes"),
    (_CAL, "存在可疑钙化。左乳外上象限可见簇状分布的细小多形性钙化，建议进一步活检。", "是"),
    (_CAL, "未见可疑钙化。双乳腺体分布对称。", "否"),
    (_CAL, "无可疑钙化。", "否"),
    (_CAL, "可见可疑钙化，位于右乳内上象限。", "是"),
    (_CAL, "不存在可疑钙化。", "否"),
    ("该CT图像中是否存在磨玻璃结节？", "存在磨玻璃结节。右肺上叶可见约8mm磨玻璃结节。", "是"),
])
def test_verdict_stated_in_the_asked_terms(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # the Impression names another finding than asked, or hedges the asked one: no verdict
    ("Is there a pneumothorax?", _FINDINGS + "**IMPRESSION:**\n1. Small left pleural effusion.\n2. Basal atelectasis."),
    (_EFF, _FINDINGS + "**IMPRESSION:**\n1. Possible small left pleural effusion versus atelectasis.\n"
                       "2. Clinical correlation."),
    (_EFF, "IMPRESSION:\n1. Pleural effusion cannot be excluded.\n2. Recommend lateral decubitus view.\n"
           "3. Otherwise normal.\n4. Heart normal.\n5. Bones normal."),
    # the findings state the effusion (a meniscus) the Impression denies: the report is at odds with itself (review)
    (_EFF, _FINDINGS + "**IMPRESSION:**\n1. No pleural effusion.\n2. Mild basal atelectasis."),
    # a hedge of its own before the Chinese term still doubts it
    (_CAL, "可能存在可疑钙化，建议进一步检查。"),
    (_CAL, "是否存在可疑钙化需要结合临床判断。"),
])
def test_near_misses_give_no_verdict(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_terse_reply_and_cut_after_decision_keep_their_verdicts() -> None:
    assert _read("Is there a pneumothorax?", "No pneumothorax") == "no"
    assert _read("Is there a pneumothorax?", "No pneumothorax is seen, but a small effusion is present.") == "no"
    assert _read("Is there a pneumothorax?", "Yes, there is a small left apical pneumothorax. The lung edge is "
                                             "visible and the") == "yes"
