"""Closed answers a statement reader must not read yes (session 19, issue #7): a thing seen and then explained as a
mimic (``extract/taken_back.py``), a place called normal and then given the finding (``extract/sides.py``), a pole
noun that belongs to another structure (``extract/antonyms.py``), a tube said to have been moved
(``extract/placement.py``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text", [
    ("Is there a nodule?", "There is a nodule in the left lower zone, in keeping with a nipple shadow."),
    ("Is there a nodule?", "There is a 7 mm nodule at the right base, which represents a vessel seen end-on."),
    ("Is there hydronephrosis?", "The calyces are dilated. This is an extrarenal pelvis."),
    ("Is there a pneumothorax?", "There is a visceral pleural line at the left apex, due to a skin fold."),
    ("Is there a pneumothorax?", "Visceral pleural line at the right apex - indicating the film was rotated."),
    ("Is there a fracture?", "There is a fracture line through the cortex, which represents a nutrient canal."),
    ("Is there cardiomegaly?", "The heart looks enlarged, due to the AP projection."),
    ("Is there pneumoperitoneum?", "There is free gas under the right hemidiaphragm, due to interposed colon."),
    ("Is there a mass?", "There is a mass in the upper outer breast, a summation of overlapping glandular tissue."),
    ("Is there a mass?", "The mass in the upper outer breast is a summation of overlapping glandular tissue."),
    ("Is there a lesion?", "A hypodense lesion next to the falciform ligament is focal fatty sparing."),
    ("Is the mediastinum widened?", "The mediastinum is widened, related to rotation."),
])
def test_a_thing_explained_as_a_mimic_reads_no_yes(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text", [
    ("Is there a pneumothorax?", "There is a small left apical pneumothorax. The film is slightly rotated."),
    ("Is there a pneumothorax?", "Motion artefact degrades the image. A right pneumothorax is present."),
    ("Is there a nodule?", "There is a 9 mm nodule in the left upper lobe, not a nipple shadow."),
    ("Is there a nodule?", "There is a 9 mm nodule at the left base; this is not a nipple shadow, as it persists on the"
                           " repeat with markers."),
    ("Is there a pneumothorax?", "There is a pneumothorax; it is not due to a skin fold."),
    ("Are there gallstones?", "There is a gallstone in the fundus, casting an acoustic shadow."),
    ("Is the heart enlarged?", "The cardiac shadow is enlarged."),
    ("Is there consolidation?", "There is consolidation in the left lower lobe overlying the heart."),
    ("Is there hydronephrosis?", "There is moderate hydronephrosis due to an obstructing ureteric calculus."),
    ("Is the mediastinum widened?", "The mediastinum is widened. This is due to an aortic dissection."),
    ("Is there a nodule?", "A solitary nodule is projected over the left fourth anterior rib."),
])
def test_a_finding_with_no_mimic_explanation_still_reads_yes(question: str, text: str) -> None:
    assert _read(question, text) == "yes"


def test_a_mimic_asked_about_is_read_as_itself() -> None:
    assert _read("Is there a skin fold?", "A skin fold is seen over the right hemithorax, which is a skin fold.") \
        != "ambiguous"
    assert _read("Is there motion artefact?", "There is motion artefact in the lower slices.") == "yes"


@pytest.mark.parametrize("question, text", [
    ("Is there a mass in the left breast?", "The left breast is unremarkable. A 12 mm mass lies in the left breast."),
    ("Is there a mass in the liver?", "The liver is unremarkable. A 3 cm hypodense mass is seen in the liver."),
    ("Is there a nodule in the left lung?", "The left lung is clear. There is a 6 mm nodule in the left lower lobe."),
])
def test_a_place_called_normal_and_given_the_finding_is_no_yes(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text", [
    ("Is there a mass in the left breast?", "The right breast is unremarkable. A 12 mm mass lies in the left breast."),
    ("Is there a mass in the liver?", "A 3 cm mass is seen in segment 7 of the liver. The spleen is unremarkable."),
])
def test_a_place_called_normal_on_the_other_side_or_organ_keeps_the_yes(question: str, text: str) -> None:
    assert _read(question, text) == "yes"


@pytest.mark.parametrize("question, text, expected", [
    ("Is the lesion enhancing?", "The lesion shows enhancement of the adjacent dura.", None),
    ("Is the mass enhancing?", "Post-gadolinium images show thickened enhancement of the dura around the mass.", None),
    ("Is the lesion enhancing?", "Enhancement of the overlying skin is noted.", None),
    ("Is the nodule calcified?", "There is calcification of the vessel wall beside the nodule.", None),
    ("Is the lesion enhancing?", "There is homogeneous enhancement of the lesion after contrast.", "yes"),
    ("Is the tumour enhancing?", "Intense enhancement of the tumour is seen.", "yes"),
    ("Is the lesion enhancing?", "The lesion enhances avidly.", "yes"),
])
def test_a_pole_noun_of_another_structure(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is the endotracheal tube well positioned?", "ETT tip in the right main bronchus was pulled back."),
    ("Is the ETT well positioned?", "The ETT had been in the right main bronchus."),
    ("Is the ETT malpositioned?", "The endotracheal tube, previously in the right main bronchus, has been withdrawn."),
    ("Is the central line well positioned?", "The central line was withdrawn from the right ventricle."),
    ("Is the NG tube correctly placed?", "The NG tube had been coiled in the oesophagus; it was advanced."),
])
def test_a_tube_said_moved_places_no_tip_now(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    ("Is the ETT well positioned?", "The ETT tip lies in the right main bronchus.", "no"),
    ("Is the NG tube correctly placed?", "The NG tube tip projects over the stomach.", "yes"),
])
def test_a_tube_where_it_lies_now_is_still_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a Chinese normal study answering a whole-study question: the denied findings of a 未见 list are denied
    ("Is this chest X-ray normal?", "两肺纹理清晰，未见实变及气胸，心影大小正常。", "是"),
    ("Is this radiograph normal?", "未见骨折、脱位和关节积液。", "是"),
    ("Is there any abnormality?", "双肺透亮度正常，未见气胸及胸腔积液，心影大小正常。", "否"),
    ("Is this chest X-ray normal?", "右肺下叶见片状实变，未见胸腔积液。", "否"),
    ("Is this chest X-ray normal?", "骨折线显示不清。", None),
    ("Is this chest X-ray normal?", "考虑右下肺炎症。", "否"),  # 考虑: the impression (session 22)
    ("Is this chest X-ray normal?", "考虑右下肺炎症可能。", None),
])
def test_chinese_replies_to_a_whole_study_question(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # every item of a 未见 list joined by 、/及/和 is denied; a 见 / 但 between them ends the denial
    ("是否有气胸？", "双肺纹理清晰，未见明显实变、胸腔积液及气胸征象。", "否"),
    ("Is there a pneumothorax?", "未见骨折、胸腔积液及气胸。", "否"),
    ("是否有胸腔积液？", "未见气胸，可见右侧少量胸腔积液。", "是"),
    # Chinese names of findings and devices from the shared vocabulary
    ("是否有腹水？", "腹腔内未见游离液体。", "否"),
    ("Is there ascites?", "肝周及盆腔可见少量腹腔积液。", "是"),
    ("是否有肾积水？", "左肾未见积水，右侧肾盂肾盏扩张。", "是"),  # denied in one kidney, stated in the other
    ("是否有肾积水？", "左肾未见积水。", None),  # denied in one kidney only
    ("是否有肾积水？", "双肾未见积水。", "否"),
    ("Is there a subdural hematoma?", "左侧额颞部未见硬膜下血肿，中线结构居中。", None),
    ("Is there a subdural hematoma?", "未见硬膜下血肿。", "否"),
    # bare 积液 is a fluid collection anywhere, not a pleural effusion
    ("Is there a pleural effusion?", "肝周及脾周可见少量积液。", None),
    ("是否有胸腔积液？", "膝关节腔内积液。", None),
])
def test_chinese_lists_and_names(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a device's position judged in Chinese words ("位置合适", "位置欠佳"), the device named before or with it
    ("胃管位置是否正确？", "胃管位置合适。", "是"),
    ("胃管位置是否正确？", "鼻胃管末端位于胃腔内，位置良好。", "是"),  # a 鼻胃管 is a 胃管
    ("胃管位置是否正确？", "胃管末端位于胃腔内，位置良好。", "是"),
    ("气管插管位置是否合适？", "气管插管位置欠佳，尖端进入右主支气管。", "否"),
    ("气管插管位置是否合适？", "气管插管位置不当。", "否"),
    ("气管插管位置是否合适？", "气管插管位置可能偏深。", None),
    # the position asked is no question of whether there is a tube
    ("气管插管位置是否正确？", "可见气管插管，尖端位于右主支气管内。", None),
    # 合适 / 良好 of anything but a position are not this table's
    ("病灶边界是否良好？", "病灶边界清晰。", None),
])
def test_chinese_device_position(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # Chinese organ names: an organ called normal in size, or its size finding, answers the size question
    ("Is the liver enlarged?", "肝脏形态、大小正常。", "否"),
    ("Is the spleen enlarged?", "脾脏增大，下缘超过肋缘。", "是"),
    ("是否有脾大？", "脾脏大小正常。", "否"),
    # a denial inside the organ the asked term names is a denial of the whole ("胆囊内"), in one of a pair is not
    ("是否有胆囊结石？", "胆囊内未见结石。", "否"),
    ("是否有肾积水？", "右肾未见积水。", None),
])
def test_chinese_organs(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # "without the <thing> <doing>": the thing stated is there, only its doing is denied
    ("Is there a fracture?", "There is a distal radius fracture without the fracture line extending into the joint.",
     "yes"),
    ("Is there a fracture?", "The distal radius is fractured, without the fracture reaching the joint.", "yes"),
    ("Is there a mass?", "A 3 cm lung mass is present without the mass invading the chest wall.", "yes"),
    # ... a "without" of another structure's doing is left unread, a plain denial stays one
    ("Is there a fracture?", "Soft tissue swelling without the bone showing a fracture line.", None),
    ("Is there a fracture?", "No fracture, without the joint showing an effusion.", "no"),
])
def test_without_a_doing(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
