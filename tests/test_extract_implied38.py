"""Closed yes/no questions answered without a yes/no word (issue #7, session 38).

Shapes from retired blind 37 written afresh: the asked finding ruled out by a lean that commits ("Appendicitis seems
unlikely."), a structure judged by a verb of appearance with an explanation after a comma ("The spleen appears normal
in size, consistent with ..."), a found finding followed by a denial of more of it ("No other fractures are seen.": a no when none is found),
and a Chinese denial through 没有发现 ("没有发现气胸"). The near misses must stay unread: "unlikely" under a condition or
beside another possibility, "unlikely to ..." (a prediction), the asked question restated, a denial of "other" findings
of a subtype, a side, an organ or an event of the finding, a verdict hedged elsewhere in the reply, another structure
judged, and a Chinese denial placed on one side only.
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.leans import committed_unlikely
from medstep.extract.stated import read_stated
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    gold = "是" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "yes"
    got = extract(text, Sample(id="im38", question=question, answer=gold, answer_type=AnswerType.CLOSED, options={}))
    return got.answer, got.rule


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Does this patient have appendicitis?", "The appendix measures 5 mm. Appendicitis seems unlikely.", "no"),
        (
            "Is there a pneumothorax?",
            "It is hard to be sure on a supine film, but I see no pleural line. On balance, a pneumothorax is unlikely.",
            "no",
        ),
        ("Is there a meniscal tear?", "Given the mechanism, a meniscal tear is very unlikely.", "no"),
        ("Is the spleen enlarged?", "The spleen appears normal in size, consistent with the patient's age.", "no"),
        ("Is the spleen enlarged?", "The spleen looks normal.", "no"),
        ("Is the gallbladder distended?", "The gallbladder is normal in size, with a thin wall.", "no"),
        ("Is there a fracture?", "There is a fracture of the right clavicle. No other fractures seen.", "yes"),
        (
            "Is there a fracture of the radius?",
            "There is a transverse fracture of the distal radius. No other fractures are seen.",
            "yes",
        ),
        (
            "Is there a fracture of the left clavicle?",
            "There is a fracture of the right clavicle. No other fractures.",
            "no",
        ),
        # "No other X" with no X stated (or another site asked) stays the denial it always was
        ("Is there a fracture?", "No fracture of the left clavicle. No other fractures.", "no"),
        ("Is there a fracture of the ulna?", "There is a distal radius fracture. No other fractures.", "no"),
        ("Is there a fracture of the radius?", "No other fractures are seen.", "no"),
        ("Is there a pneumothorax?", "The chest tube is in place. There is no further pneumothorax.", "no"),
        ("肾脏是否有积水？", "未见双肾积水。", "否"),
        ("是否有气胸？", "没有发现气胸。", "否"),
        ("是否有胸腔积液？", "双肺纹理清晰，没有发现明显胸腔积液。", "否"),
        # the organ's one-character name after a side, the other side's normal state beside it
        ("肾脏是否有结石？", "右肾集合系统内强回声，提示右肾结石；左肾未见明显异常。", "是"),
    ],
)
def test_answer_read_without_a_verdict_word(question: str, text: str, answer: str) -> None:
    assert _read(question, text)[0] == answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # "unlikely" as one branch of reasoning, not a verdict
        ("Is there appendicitis?", "If the appendix is thin and filled with air, appendicitis is unlikely."),
        ("Does the patient have pneumonia?", "Pneumonia is unlikely, but it may be early and should be followed."),
        ("Does the patient have pneumonia?", "Pneumonia is unlikely or very early."),
        # a prediction, not a statement of this image
        ("Is there a fracture?", "A fracture is unlikely to be visible on this view."),
        # the question restated
        ("Is pneumonia unlikely?", "Is pneumonia unlikely? Let me look at the lungs first."),
        # another finding called unlikely
        ("Is there a pleural effusion?", "Pneumonia is unlikely."),
        # the subject of "unlikely" read as a denial: a subtype, another side or organ, an event of the finding, more
        # of it, or the finding stated or hedged elsewhere in the reply
        ("Is there a pneumothorax?", "Tension pneumothorax is unlikely."),
        ("Is there a pleural effusion on the left?", "A right pleural effusion is unlikely."),
        ("Is there a liver lesion?", "A renal lesion is unlikely."),
        ("Is there an aneurysm?", "Rupture of the aneurysm is unlikely."),
        ("Is there a fracture?", "Fracture healing complications are unlikely."),
        ("Is there a fracture?", "An additional fracture is unlikely."),
        ("Is there consolidation?", "Consolidation in the right lower lobe is unlikely."),
        ("Is there an infarct?", "Large territorial infarct is unlikely; small lacunar infarcts are present."),
        ("Is there a pneumothorax?", "Pneumothorax is unlikely. However, a small apical pneumothorax may be missed."),
        (
            "Is there a pulmonary embolism?",
            "A pulmonary embolism is unlikely; however, a CT pulmonary angiogram is required to exclude it.",
        ),
        (
            "Is there a pneumothorax?",
            "**Findings:** A small apical pneumothorax may be present. **Impression:** Pneumothorax is unlikely.",
        ),
        # a size judged while another clause leaves it open
        (
            "Is the gallbladder enlarged?",
            "The gallbladder appears normal in size and contracted, but a distended gallbladder cannot be excluded.",
        ),
        # a hedged finding before "no other": both ways, as before
        ("Is there a fracture?", "Healed rib fracture. No other fractures."),
        # another structure judged
        ("Is the spleen enlarged?", "The liver appears normal in size."),
        # a Chinese denial on one side only
        ("是否有气胸？", "左侧没有发现气胸。"),
        # a denial in one kidney only, and a finding of the adrenal (肾上腺), not the kidney
        ("肾脏是否有结石？", "右肾未见结石。"),
        ("肾脏是否有积水？", "提示左肾上腺区积水。"),
        ("肾脏是否有积水？", "未见左肾积水。"),
    ],
)
def test_near_miss_stays_unread(question: str, text: str) -> None:
    answer, rule = _read(question, text)
    assert answer is None, rule


def test_unlikely_reader_is_linear_on_hostile_input() -> None:
    hostile = "pneumonia is " + " " * 20_000 + "unlikely" + " *" * 5_000 + "x"
    start = time.perf_counter()
    committed_unlikely(hostile, "Does the patient have pneumonia?")
    committed_unlikely("pneumonia, " * 2_000 + "is unlikely", "Does the patient have pneumonia?")
    assert time.perf_counter() - start < 1.0


def test_new_patterns_are_linear_on_hostile_input() -> None:
    start = time.perf_counter()
    _stated("Is the endotracheal tube in good position?", "the " * 5_000 + "tube")
    _stated("Is there a fracture?", "no other " * 2_500 + "fracture")
    _stated("Is there a fracture?", "no " + "other " * 2_000 + "large " * 1_500 + "fracture")
    _stated("Is the endotracheal tube in good position?", "rectal " * 4_000 + "tube. The tube is in place.")
    _read("肾脏是否有积水？", "左右" * 10_000 + "肾积水")
    assert time.perf_counter() - start < 5.0


def _stated(question: str, text: str) -> str | None:
    sample = Sample(id="im38", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={})
    return read_stated(text, sample).answer


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        (
            "Is the endotracheal tube in good position?",
            "The tip of the endotracheal tube projects 5 cm above the carina. The tube is appropriately positioned.",
            "yes",
        ),
        ("Is the endotracheal tube in good position?", "The tube is appropriately positioned.", "yes"),
    ],
)
def test_device_taken_up_by_its_head_noun(question: str, text: str, answer: str) -> None:
    assert _stated(question, text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # another device named: "the tube" may be the nasogastric one
        "The tip of the nasogastric tube lies in the stomach. The tube is appropriately positioned.",
        # a device outside the vocabulary with the same head noun
        "An endotracheal tube and a rectal tube are present. The tube is well positioned.",
        # no definite head noun: nothing to take up
        "A tube is appropriately positioned.",
    ],
)
def test_device_head_noun_near_miss(text: str) -> None:
    assert _stated("Is the endotracheal tube in good position?", text) is None
