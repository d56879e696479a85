"""Lane closed35 (issue #7): a class question ("Is it malignant?", "... aggressive features?", 是否为恶性) answered
by the class word in its own clause (``extract/class_verdict.py``), and the near misses that must stay unread."""

from __future__ import annotations

import pytest

from medstep.answers import same_verdict
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    got = extract(text, Sample(id="t", question=question, answer="是" if zh else "yes",
                               answer_type=AnswerType.CLOSED, options={}))
    return got.answer, got.rule


@pytest.mark.parametrize(("question", "text", "verdict"), [
    ("Is this adrenal nodule malignant?", "The nodule measures 1.8 cm with an attenuation of 5 HU on the unenhanced "
     "images, typical of a lipid-rich adenoma, which is benign.", "no"),
    ("Is this pulmonary nodule benign?", "The nodule contains popcorn-type calcification, typical of a hamartoma, "
     "which is a benign lesion.", "yes"),
    ("Is the lesion benign?", "Given the fat-containing component and lack of aggressive features, it is a "
     "benign-appearing lesion, most consistent with an angiomyolipoma.", "yes"),
    ("该骨病变是否具有侵袭性？", "病灶边界清晰，有硬化边，无骨膜反应，属于非侵袭性表现。", "否"),
    ("Is the kidney lesion malignant?", "A Bosniak I cyst with an imperceptible wall, which is benign and needs no "
     "follow-up.", "no"),
    ("Does the bone lesion have aggressive features?", "Narrow zone of transition and a sclerotic rim. These are "
     "non-aggressive features; it fits a fibrous cortical defect.", "no"),
    ("Does this lesion appear aggressive?", "This lesion appears non-aggressive.", "no"),
    ("该病灶是否为恶性？", "病灶边界清楚，密度均匀，为良性病变，建议定期复查。", "否"),
    ("Is the thyroid nodule suspicious for malignancy?", "It's benign-appearing and doesn't need a biopsy.", "no"),
])
def test_class_word_answers(question: str, text: str, verdict: str) -> None:
    answer, rule = _read(question, text)
    assert answer is not None and same_verdict(answer, verdict), (answer, rule)


@pytest.mark.parametrize(("question", "text"), [
    ("Is the renal lesion malignant?", "It could be benign or malignant; the imaging features overlap and a biopsy "
     "would be needed."),
    ("Is this lesion benign?", "Benign cysts are anechoic with posterior acoustic enhancement and an imperceptible wall."),
    ("Is the lesion malignant?", "Malignancy cannot be excluded on these images; further evaluation with MRI is advised."),
    ("Is the liver lesion malignant?", "The adrenal nodule appears malignant, with washout below 40%."),
    ("Is the thyroid nodule benign?", "The lymph node beside it looks benign, with a preserved fatty hilum."),
    ("Is the mass malignant?", "The mass is most likely benign, although a low-grade malignancy is also possible."),
    ("Is the lesion aggressive?", "Aggressive lesions typically show a wide zone of transition and periosteal reaction."),
    ("Is the mass benign?", "The mass is benign-appearing on ultrasound, but the MRI shows features suggestive of "
     "malignancy."),
    ("是否为恶性？", "良性还是恶性目前难以判断，建议进一步穿刺活检。"),
    ("Is the nodule benign?", "Benign or malignant? Let's go through the features one at a time."),
    ("Is this mass benign?", "The differential includes a benign fibroadenoma and a phyllodes tumour, which may be "
     "malignant."),
    ("该病变是否为良性？", "良性病变通常边界清晰，形态规则。"),
    # review of closed35: the class word outside "<the lesion / it / which> <is> <class word>" reads nothing
    ("Is the ovarian cyst malignant?", "Unilocular and anechoic; by O-RADS this would be almost certainly benign."),
    ("Is the lesion malignant?", "Malignancy is ruled out."),
    ("该病变是否为恶性？", "恶性已排除。"),
    ("Does the bone lesion have aggressive features?", "Aggressive features: none."),
    ("Is the lesion malignant?", "Malignant features? None. It's a simple cyst."),
    ("Is the mass benign?", "Benign-appearing lymph nodes. The lesion is indeterminate."),
    ("Is the prostate lesion benign?", "Benign prostatic hyperplasia in the transition zone; peripheral zone lesion PI-RADS 5."),
    ("Is the right adrenal lesion malignant?", "The left adrenal lesion is benign."),
    ("肝脏肿块是否为恶性？", "肾脏肿块为良性，肝脏肿块需进一步评估。"),
    ("Is the lesion aggressive?", "It lacks aggressive features."),
    ("Is the lesion malignant?", "It's a pre-cancerous lesion."),
    ("Is the lesion benign?", "It is not clearly benign."),
    ("Is this malignant melanoma?", "It's a malignant lesion, but it's a BCC, not melanoma."),
    ("Is this a benign mixed tumor?", "It's a Warthin tumor, which is also benign."),
    ("Is the lesion malignant?", "This lesion was aggressive before treatment; now sclerotic and healed."),
    ("Is the lesion malignant?", "It was benign on the prior biopsy; now grown rapidly."),
    ("Is the mass malignant?", "Benign, but I'm not confident."),
    ("Is the GIST malignant?", "It's a GIST, which has malignant potential."),
    ("Is the cyst malignant?", "A simple cyst, which is benign. However, the thick septation raises concern for"),
])
def test_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_negation_away_from_the_pole_is_left_to_the_other_readers() -> None:
    """"does not appear malignant" is not read as malignant by the class reader (a corpus item's verdict word)."""
    from medstep.extract.class_verdict import read_class
    assert read_class("It does not appear malignant.", "Is this lesion likely to be malignant?") is None
