"""Closed answers (session 24, issue #7): bare verdict replies that leave their subject to the question ("Normal
size." to "Is the spleen enlarged?", "No lines." to "Is there a central line?")."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is the spleen enlarged?", "Normal.", "no"),
    ("Is the cardiac silhouette enlarged?", "Normal size.", "no"),
    ("Is the liver enlarged?", "Normal in size.", "no"),
    ("Is the thyroid enlarged?", "Size is normal.", "no"),
    ("Is the aorta dilated?", "Normal calibre.", "no"),
    ("Is the spleen enlarged?", "Within normal limits.", "no"),
    # near misses: another dimension, a hedge, a denial, a question, a measurement, more than the verdict
    ("Is the spleen enlarged?", "Normal shape.", None),
    ("Is the bladder wall thickened?", "Normal size.", None),
    ("Is the spleen enlarged?", "Probably normal.", None),
    ("Is the spleen enlarged?", "Not normal.", None),
    ("Is the spleen enlarged?", "Normal?", None),
    ("Is the heart enlarged?", "Normal, I think.", None),
    ("Is the heart enlarged?", "Normal. Borderline.", None),
])
def test_bare_size_verdict(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a central venous catheter?", "No lines.", "no"),
    ("Is there a pacemaker?", "No devices.", "no"),
    ("Is there a PICC?", "No lines or tubes are seen.", "no"),
    ("Is there a chest drain?", "There are no drains.", "no"),
    ("Is there a nasogastric tube?", "No support devices or lines.", "no"),
    # near misses: a group the device is not in, a place or a hedge added, another kind of thing asked
    ("Is there a central line?", "No tubes.", None),
    ("Is there a pacemaker?", "No lines.", None),
    ("Is there a nasogastric tube?", "No lines.", None),
    ("Is there a pacemaker?", "No lines in the neck.", None),
    ("Is there a pacemaker?", "Probably no devices.", None),
    ("Is there a pneumothorax?", "No lines.", None),
])
def test_device_group_denied(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the hemidiaphragm elevated?", "I'd call it elevated.", "yes"),
    ("Is the ventricle dilated?", "It measures 12 mm, which I would call dilated.", "yes"),
    ("Are the ventricles dilated?", "I would call them dilated.", "yes"),
    ("Is the aorta calcified?", "I'd call it calcified.", "yes"),
    ("Is the ventricle dilated?", "It might be dilated; I'd call it dilated.", "yes"),
    # near misses: another judge, a possibility modal, a hedge after the verdict, no thing judged, another subject
    ("Is the lesion enhancing?", "Some would call it enhancing.", None),
    ("Is the ventricle dilated?", "I could call it dilated.", None),
    ("Is the ventricle dilated?", "Borderline. I'd call it dilated, but a repeat scan could change that.", None),
    ("Is the ventricle dilated?", "I would call for a repeat scan.", None),
    ("Is the spleen enlarged?", "I would call the liver enlarged.", None),
])
def test_first_person_verdict(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pneumothorax?", "Deep sulcus on the left, suggesting an anterior pneumothorax.", "yes"),
    ("Is there a mass?", "A lobulated soft-tissue density in the left hilum, concerning for mass.", "yes"),
    ("Is there a pneumothorax?", "No lung markings beyond a pleural line, indicating a pneumothorax.", "yes"),
    # near misses: a possibility, a mimic, two candidates, a doubt after it, a hedged sighting
    ("Is there a mass?", "A density, suggesting a possible mass.", None),
    ("Is there a mass?", "A density, suggesting a nipple shadow rather than a mass.", None),
    ("Is there pneumonia?", "An opacity, suggesting pneumonia or atelectasis.", None),
    ("Is there a mass?", "Soft tissue in the hilum, suggesting a mass, although nodes are possible.", None),
    ("Is there pneumonia?", "There might be an opacity, suggesting pneumonia.", None),
])
def test_closing_inference(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("是否存在肺不张？", "右下肺见条片影，提示肺不张。", "是"),
    ("是否有肺不张？", "未见肺不张。", "否"),
    ("是否有肺不张？", "无肺不张，右下肺实变。", "否"),
    # near misses: two candidates, a possibility
    ("是否有肺不张？", "右下肺见条片影，考虑肺炎或肺不张。", None),
    ("是否有肺不张？", "可能有肺不张。", None),
])
def test_negation_character_inside_a_name(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the creatinine elevated?", "Creatinine 2.4 mg/dL; yes, that's elevated.", "yes"),
    ("Is the creatinine elevated?", "Creatinine 2.4 mg/dL; that is not elevated.", "no"),
    # near misses: another antecedent, the wrong number, a hedge
    ("Is the thyroid enlarged?", "A nodule sits in the thyroid; that is enlarged.", None),
    ("Are the kidneys small?", "That's small.", None),
    ("Is the creatinine elevated?", "That's probably elevated.", None),
])
def test_that_takes_up_the_subject(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the appendix dilated?", "It measures 12 mm; above 6 mm is abnormal.", "yes"),
    ("Is the appendix dilated?", "It measures 5 mm; above 6 mm is abnormal.", "no"),
    ("Is the pylorus thickened?", "Muscle 6 mm; above 4-5 mm is abnormal.", "yes"),
    ("Is the pylorus thickened?", "Muscle 2 mm thick; over 3 mm is considered thickened.", "no"),
    ("Is the CBD dilated?", "CBD 0.9 cm; normal is up to 6 mm.", "yes"),
    ("Is the gallbladder wall thickened?", "Wall 8 mm; the upper limit of normal is 3 mm.", "yes"),
    # near misses: between the ends of a range, two values, a hedge, a negation, two cut-offs
    ("Is the pylorus thickened?", "Muscle 4.5 mm; above 4-5 mm is abnormal.", None),
    ("Is the CBD dilated?", "CBD 9 mm, maybe 10 mm; normal is up to 6 mm.", None),
    ("Is the pylorus thickened?", "Muscle possibly 5 mm; over 3 mm is considered thickened.", None),
    ("Is the appendix dilated?", "It measures 12 mm; above 6 mm is abnormal, but it is not dilated.", None),
    ("Is the aorta dilated?", "Diameter 3.4 cm; above 3 cm is dilated, above 5 cm is aneurysmal.", None),
])
def test_cutoff_stated_in_the_reply(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
