"""Closed answers (session 25, issue #7): replies that state their verdict plainly and were left unread because of how
the readers combined (a lean adjective a denial governs, ...)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.implicit_words import mask_denied_leans
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a mass in the right breast?", "Dense right breast without a mass, distortion or suspicious calcification.",
     "no"),
    ("Is there a pleural effusion?", "No effusion; no suspicious nodule.", "no"),
    ("Is there a fracture?", "No fracture or questionable lucency.", "no"),
    ("Is there a nodule?", "No mass or suspicious nodule.", "no"),
    # near misses: a lean not governed by the denial stays a lean; "or" with words of its own is no plain list
    ("Is there a pleural effusion?", "No pneumothorax, possible small effusion.", None),
    ("Is there a pleural effusion?", "No pneumothorax; possible small effusion.", None),
    ("Is there a pleural effusion?", "No pneumothorax or consolidation, but possible small effusion.", None),
    ("Is there a mass?", "No calcification; a mass is possible.", None),
    ("Is there a nodule?", "No consolidation. Suspicious nodule in the right upper lobe.", None),
    ("Is there a pleural effusion?", "No pneumothorax or small effusion.", None),
    ("Is there a pleural effusion?", "No pneumothorax or possible small effusion.", None),
])
def test_denied_lean_adjective(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("text, masked", [
    ("no suspicious mass", True),
    ("without a mass, distortion or suspicious calcification", True),
    ("nor any questionable lucency", True),
    ("no effusion, possible consolidation", False),
    ("no effusion but a possible consolidation", False),
    ("no effusion. or possible consolidation", False),
    ("there is a suspicious mass", False),
])
def test_mask_denied_leans(text: str, masked: bool) -> None:
    out = mask_denied_leans(text)
    assert len(out) == len(text)
    assert (out != text) is masked


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pericardial effusion?", "It's present: a thin rim of fluid surrounds the heart.", "yes"),
    ("Is there a renal calculus?", "None seen; both collecting systems are clear.", "no"),
    ("Is there a hiatus hernia?", "That's present - a retrocardiac air-fluid level.", "yes"),
    ("Is there an aneurysm?", "Visible on the right. The sac measures 3 cm.", "yes"),
    # near misses: another side, a place-limited denial, the rest stating otherwise, no elliptic opening
    ("Is there a left pleural effusion?", "Seen on the right; the left angle is sharp.", None),
    ("Is there a pleural effusion?", "None on the left: the right angle is blunted.", None),
    ("Is there a pneumothorax?", "It is, however, hard to say.", None),
    ("Is there a pneumothorax?", "Present? Hard to tell from this film.", None),
    ("Is there a pleural effusion?", "There is one thing to note: the angles are sharp.", None),
    ("Is there a pleural effusion?", "It's present — there is a pneumothorax on the left, no effusion.", None),
])
def test_elliptic_opening(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


_THINK = "<think>\nA lucent line at the base of the dens; could be a Mach band.\n</think>\n\n"


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a fracture of the dens?", _THINK + "The line is most likely a Mach band rather than a true fracture. No "
     "fracture.", "no"),
    ("Is there a rib fracture?", "A subtle fracture cannot be excluded on a radiograph. On this film I don't see a "
     "fracture.", "no"),
    ("Is there a pleural effusion?", "The angle may hold a little fluid. There is an effusion.", "yes"),
    # near misses: a committed statement before the conclusion, a lean last, a conclusion about another finding
    ("Is there a pleural effusion?", "There is an effusion. No effusion.", None),
    ("Is there a pleural effusion?", "No effusion. There may be an effusion.", None),
    ("Is there a pleural effusion?", "A possible effusion. No pneumothorax.", None),
])
def test_conclusion_after_a_lean(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


_DOUBT = "I don't see a definite fracture, though a subtle lucency may just be the normal apophysis."


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a fracture?", _DOUBT + " On balance I'd call this negative.", "no"),
    ("Is there a fracture?", _DOUBT + " I'd call it negative.", "no"),
    ("Is there a pneumothorax?", "A thin line crosses the apex. On balance, I'd call it present.", "yes"),
    ("Is there a fracture?", _DOUBT + " On balance, no fracture.", "no"),
    # near misses: a verdict word the elliptic reader does not know, a lean after "on balance", a statement before it
    ("Is there a fracture?", _DOUBT + " I would call this positive.", None),
    ("Is there a pneumothorax?", "A thin line crosses the apex. On balance, it may be a skin fold.", None),
    ("Is there a fracture?", _DOUBT + " I'd call this negative or equivocal.", None),
    ("Is there a fracture?", _DOUBT + " The cortex is intact, so I could call it negative.", None),
])
def test_first_person_conclusion(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("这张图像是否正常？", "图像显示异常：右肺下叶大片实变影。", "否"),
    ("该CT是否正常？", "CT显示异常。", "否"),
    ("这张图像是否异常？", "影像表现正常。", "否"),
    ("这张图像是否异常？", "图像显示异常，左肾积水。", "是"),
    ("Is the diaphragm normal?", "不正常，右侧膈肌抬高。", "否"),
    ("Is the liver abnormal?", "异常，肝内多发低密度灶。", "是"),
    ("Is the spleen normal?", "正常。", "是"),
    # near misses: a hedge, another organ named, an organ's state that is no normality word
    ("这张图像是否正常？", "可能异常。", None),
    ("Is the liver normal?", "心脏正常。", None),
    ("Is the liver normal?", "肝脏增大。", None),
    ("Is the liver normal?", "正常，但肝右叶见一低密度灶。", None),
    # the image called normal, then a finding: not the plain normal the first clause says (the study reader weighs it)
    ("这张图像是否正常？", "图像正常，但左肺见结节。", "否"),
])
def test_chinese_normality_opening(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the heart size normal?", "No cardiomegaly.", "yes"),
    ("Is the cardiac size normal?", "No cardiomegaly.", "yes"),
    ("Is the size of the spleen normal?", "No splenomegaly.", "yes"),
    ("Is the liver size normal?", "Hepatomegaly.", "no"),
    ("Is the kidney size normal?", "Both kidneys are small.", "no"),
    # near misses: a lean, the organ's other findings, the organ asked without its size
    ("Is the heart size normal?", "Possible cardiomegaly.", None),
    ("Is the heart size normal?", "No pericardial effusion.", None),
    ("Is the heart normal?", "No cardiomegaly.", None),
])
def test_size_asked_after_the_organ(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a mass?", "Right hilum enlarged and lobulated, concerning for mass. Recommend CT.", "yes"),
    ("Is there a pneumothorax?", "A thin white line parallels the chest wall, suggesting a pneumothorax. CT is recommended.",
     "yes"),
    ("Is there an abscess?", "Rim-enhancing collection, suggesting abscess. Drainage is advised.", "yes"),
    # near misses: advice that tells things apart, a differential, a doubt after the inference
    ("Is there a pneumothorax?", "A thin line at the apex, suggesting a pneumothorax. Recommend CT to exclude a skin fold.",
     None),
    ("Is there a pneumothorax?", "A thin white line parallels the chest wall, suggesting a pneumothorax. Consider a skin "
     "fold.", None),
    ("Is there a pneumothorax?", "A thin white line parallels the chest wall, suggesting a pneumothorax. It may be a skin "
     "fold.", None),
])
def test_inference_before_advice(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a hilar mass?", "Mass in the right hilum.", "yes"),
    ("Is there a hilar mass?", "No mass at either hilum.", "no"),
    # near misses: the hilum enlarged is no mass; a mass elsewhere
    ("Is there a hilar mass?", "Right hilum is enlarged.", None),
    ("Is there a hilar mass?", "Mass in the right upper lobe; both hila are normal.", None),
])
def test_hilum_is_hilar(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there contrast extravasation?", "A blush enlarges on the venous phase — that's active extravasation.", "yes"),
    ("Is there contrast extravasation?", "There is active extravasation.", "yes"),
    ("Is there a pericardial effusion?", "The sac is distended — that's a moderate effusion.", "yes"),
    # near misses: another qualifier before the head noun, however it is set off
    ("Is there a pericardial effusion?", "That's a knee effusion.", None),
    ("Is there a pericardial effusion?", "Pleural: a small effusion.", None),
    ("Is there a pericardial effusion?", "Pleural — a small effusion.", None),
    ("Is there a pericardial effusion?", "That's a pleural effusion.", None),
])
def test_head_noun_after_a_pointing_word(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the endotracheal tube too high?", "The tip is at the clavicular heads, roughly 7 cm above the carina — yes, "
     "it's too high.", "yes"),
    ("Is the ETT too high?", "Tip about 7 cm above the carina. Yes, too high; advance 2 cm.", "yes"),
    ("Is the endotracheal tube in good position?", "The tip is 5 cm above the carina.", "yes"),
    ("Is the endotracheal tube too high?", "The tip is 9.5 cm above the carina.", "yes"),
    # near misses: the cut-off itself alone reads neither way; a value inside the band against the verdict
    ("Is the endotracheal tube too high?", "The tip is 7 cm above the carina.", None),
    ("Is the endotracheal tube in good position?", "The tip is 7 cm above the carina.", None),
    ("Is the endotracheal tube too high?", "The tip is 5 cm above the carina — yes, it's too high.", None),
])
def test_tube_tip_at_the_cut_off(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a mass?", "Definitely present — a 3 cm lesion in the liver.", "yes"),
    ("Is there a pleural effusion?", "Certainly not seen.", "no"),
    ("Is there a pneumothorax?", "Clearly absent: the lung edge is not visible.", "no"),
    # near misses: a likely word is a hedge; a certainty word alone is no elliptic sighting
    ("Is there a pleural effusion?", "Probably present — blunting.", None),
    ("Is there a pleural effusion?", "Likely absent.", None),
    ("Is there a mass?", "Clearly a 3 cm lesion in the liver, possibly a cyst.", None),
])
def test_certainty_in_an_elliptic_reply(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
