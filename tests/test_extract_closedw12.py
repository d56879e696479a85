"""Closed answers (closedw12): a finding gone since, a verdict given to another finding, a revision opening with its
verdict."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(("question", "text", "expected"), [
    # gone since: no
    ("Is there a pneumothorax?", "Yes, previously; now resolved.", "no"),
    ("Is there a pneumothorax?", "There used to be a pneumothorax.", "no"),
    ("Is there a pneumothorax?", "There was a pneumothorax, which has since resolved.", "no"),
    ("Is there a pneumothorax?", "A pneumothorax was present before but is no longer seen.", "no"),
    ("Is there a pneumothorax?", "Yes, there was, but not anymore.", "no"),
    ("Is there a pneumothorax?", "Previously yes, but it has now resolved.", "no"),
    # the past only, a side left open, another finding gone, or gone in part: no reading
    ("Is there a pneumothorax?", "Yes, previously.", None),
    ("Is there a pneumothorax?", "The patient is known to have a pneumothorax.", None),
    ("Is there a pneumothorax?", "There had been a small left pneumothorax, now resolved.", None),
    ("Is there a pneumothorax?", "The effusion has resolved.", None),
    ("Is there a pleural effusion?", "The effusion has not resolved.", None),
    ("Is there a pleural effusion?", "The effusion has partially resolved.", None),
    ("Is there a pleural effusion?", "Has the effusion resolved? Not entirely.", None),
    # the past compared with, or another clause stating it now: still there
    ("Is there a pneumothorax?", "Yes, as previously.", "yes"),
    ("Is there a pleural effusion?", "Yes, there is a right effusion which was not present before.", "yes"),
    ("Is there a pleural effusion?", "The left effusion has resolved; a right effusion is seen.", "yes"),
])
def test_a_finding_gone_since(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is there a fracture?", "No fracture. Yes, there is soft tissue swelling.", "no"),
    ("Is there a fracture?", "No fracture. There is soft tissue swelling, yes.", "no"),
    ("Is there a fracture?", "No, there is no fracture. Yes, there is a joint effusion.", "no"),
    ("Is there a pleural effusion?", "Yes, a right pleural effusion. No, there is no pneumothorax.", "yes"),
    ("Is there a pneumothorax?", "No fracture. Effusion, yes.", None),  # a label after another sentence
    # the same finding both ways is still torn
    ("Is there a fracture?", "No fracture. Yes, there is a fracture of the fifth metatarsal.", None),
])
def test_a_verdict_given_to_another_finding_does_not_answer(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is the bowel obstructed?", "Yes, the bowel appears obstructed. No, wait, these are normal colonic haustra "
                                 "with gas throughout to the rectum.", "no"),
    ("Is there a pneumothorax?", "Yes. Let me reconsider. No, there is no pneumothorax.", "no"),
    ("Is there a pneumothorax?", "Yes. Actually, it's quite large.", None),  # no verdict after the cue
])
def test_a_revision_opening_with_its_verdict(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is the descending aorta dilated?", "The ascending aorta is dilated.", None),  # another part of the aorta
    ("Is the descending aorta dilated?", "Yes, the aortic root is dilated.", None),
    ("Is the proximal ureter dilated?", "The distal ureter is dilated.", None),
    ("Is the descending aorta dilated?", "No, the descending aorta is normal; the ascending aorta is dilated.", "no"),
    ("Is the proximal ureter dilated?", "There is a stone distal to the UPJ; the proximal ureter is dilated.", "yes"),
    ("Is there calcification in the lesion?", "The adjacent node contains no calcification.", None),  # a neighbour
    ("Is the nodule solid?", "The adjacent nodule is solid.", None),
    ("Is the lesion calcified?", "The other lesion contains no calcification.", None),
    ("Is the nodule solid?", "Yes, solid; no other nodules.", "yes"),  # none other: no neighbour
    ("Is the lesion calcified?", "Yes, the lesion is calcified, unlike the adjacent node.", "yes"),
])
def test_another_part_or_a_neighbour_answers_nothing(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("¿Es normal la radiografía?", "Derrame pleural. Sin alteraciones significativas.", None),
    ("¿Es normal la radiografía?", "Sin alteraciones significativas.", "yes"),
    ("Is the radiograph normal?", "Right pneumothorax. No other abnormality.", None),
])
def test_a_study_called_normal_after_an_unread_first_part(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("¿Se observa una fractura?", "No se observan trazos de fractura.", "no"),  # the fracture's lines denied
    ("Y a-t-il une fracture ?", "Absence de trait de fracture.", "no"),
    ("Liegt eine Fraktur vor?", "Kein Anhalt für eine Fraktur.", "no"),
    ("¿Hay derrame pleural?", "Existe un pequeño derrame pleural.", "yes"),  # a size before a stated term
    ("Y a-t-il un pneumothorax ?", "Présence d'un petit pneumothorax apical.", "yes"),
    ("C'è un versamento pleurico?", "Non si apprezza versamento.", "no"),
    ("C'è una frattura?", "Non si osservano fratture.", "no"),  # an Italian plural
    ("¿Hay derrame pleural?", "No se observa gran derrame pleural.", None),  # a size in a denial narrows it
])
def test_european_statements(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("这张胸片正常吗？", "右侧胸腔积液。余未见明显异常。", "否"),  # the rest normal, a finding named: abnormal
    ("这张胸片正常吗？", "右侧胸腔积液，余未见异常。", "否"),
    ("这张胸片正常吗？", "余未见明显异常。", "是"),
    ("这张胸片正常吗？", "右侧胸腔积液。未见明显异常。", None),  # the whole study called normal beside a finding
])
def test_chinese_study_normal_but_for_the_rest(question: str, text: str, expected: str | None) -> None:
    got = extract(text, Sample(id="t", question=question, answer="是", answer_type=AnswerType.CLOSED)).answer
    assert got == expected
