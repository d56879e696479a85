"""Closed answers (session 26, issue #7): replies that state the asked finding plainly without repeating the place
the question gave it ("Is there a fracture of the hip?" - "There is a fracture.", "Is there a breast cyst?" - "A 9 mm
anechoic cyst at 10 o'clock.")."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.head_noun import reduced
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    # the head noun asked with its place after it, the reply naming no place
    ("Is there a fracture of the hip?", "There is a fracture.", "yes"),
    ("Is there a fracture of the skull?", "A linear fracture is present.", "yes"),
    ("Are there any fractures of the pelvis?", "Multiple fractures are seen.", "yes"),
    ("Is there a nodule in the thyroid?", "A solid hypoechoic nodule is present.", "yes"),
    ("Is there a lesion in the liver?", "A 2 cm hypoechoic lesion is seen.", "yes"),
    ("Is there a fracture of the femur?", "No fracture is identified.", "no"),
    # what kind or how it looks, before the head: no place
    ("Is there a fracture of the ankle?", "A minimally displaced oblique fracture is present.", "yes"),
    ("Is there a mass in the breast?", "An irregular spiculated mass is seen.", "yes"),
    ("Is there a cyst in the kidney?", "A simple cyst measuring 3 cm.", "yes"),
    ("Is there a breast cyst?", "A 9 mm anechoic cyst at 10 o'clock.", "yes"),
    # near misses: another place before or after the head, a side, a hedge, a kind asked, no finding's head
    ("Is there a nodule in the thyroid?", "A nodule in the right upper lobe.", None),
    ("Is there a fracture of the hip?", "There is a fracture of the distal radius.", None),
    ("Is there a fracture of the hip?", "A scaphoid fracture.", None),
    ("Is there a fracture of the wrist?", "An intertrochanteric fracture.", None),
    ("Is there a cyst in the breast?", "A renal cyst.", None),
    ("Is there a cyst in the kidney?", "A cyst in the liver.", None),
    ("Is there a breast cyst?", "A 9 mm anechoic cyst in the axilla.", None),
    ("Is there a fracture of the hip?", "There is a left-sided fracture.", None),
    ("Is there a fracture of the left hip?", "There is a fracture.", None),
    ("Is there a mass in the breast?", "Possibly a mass.", None),
    ("Is there a fracture of the hip?", "A fracture cannot be excluded.", None),
    ("Is there a mass in the breast?", "Mass effect on the ventricle.", None),
])
def test_head_noun_of_a_placed_question(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, bare", [
    ("Is there a fracture of the hip?", "There is a fracture.", "Is there a fracture?"),
    ("Is there a cyst in the breast?", "An oval cyst.", "Is there a cyst?"),
    ("Is there evidence of a fracture?", "There is evidence.", None),  # no finding's head noun
    ("Is there a fracture of the hip?", "A fracture of the hip.", None),  # the place repeated: the full question's
    ("Is there a fracture of the wrist?", "A subcapital fracture.", None),  # a place adjective (qualifiers.PLACE) elsewhere
    ("Is there a fracture of the hip?", "A subcapital fracture.", "Is there a fracture?"),  # a part of the hip (sites.tsv)
])
def test_reduced_question(question: str, text: str, bare: str | None) -> None:
    got = reduced(question, text)
    assert (got[0] if got else None) == bare


@pytest.mark.parametrize("question, text, expected", [
    # the reply places the finding in a part of the asked place (answers/sites.tsv's part-of), a side allowed with it
    ("Is there a fracture of the forearm?", "Oblique fracture of the radial shaft.", "yes"),
    ("Is there a fracture of the foot?", "A fracture runs through the neck of the fourth metatarsal.", "yes"),
    ("Is there a fracture of the face?", "Fractures through the right zygomatic arch.", "yes"),
    ("Is there a fracture of the hip?", "Impacted fracture of the left femoral neck.", "yes"),
    ("Is there a fracture of the face?", "Depressed left orbital floor fracture.", "yes"),
    # near misses: a place outside the asked one, a part denied, a hedge, a side with no part
    ("Is there a fracture of the hip?", "A fracture of the femoral shaft.", None),
    ("Is there a fracture of the forearm?", "A fracture of the humeral shaft.", None),
    ("Is there a fracture of the foot?", "No fracture of the metatarsals.", None),
    ("Is there a fracture of the foot?", "There may be a fracture of the second metatarsal.", None),
    ("Is there a fracture of the face?", "A fracture on the left.", None),
    ("Is there a fracture of the hip?", "Fracture of the right femoral shaft and left femoral neck.", None),
])
def test_head_noun_in_a_part_of_the_asked_place(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # the place fronted ("a fracture of the skull" is a skull fracture): the organ called normal or intact rules it out
    ("Is there a fracture of the skull?", "The calvarium is intact.", "no"),
    ("Is there a fracture of the hip?", "The bones are intact.", "no"),
    ("Is there a mass in the breast?", "Normal breast tissue throughout.", "no"),
    ("Is there a fracture of the skull?", "A scalp haematoma over an intact calvarium.", "no"),
    # near misses: the place outside the organ fractured, another state of the organ, a lumped place, a side
    ("Is there a fracture of the skull?", "The calvarium is intact but the mandible is fractured.", None),
    ("Is there a lesion in the liver?", "The liver is enlarged.", None),
    ("Is there a fracture of the femur?", "The ankle is intact.", None),
    ("Is there a lesion in the liver?", "The right lobe of the liver is normal.", None),  # a part normal
    ("Is there a mass in the breast?", "The breast contour is normal.", None),  # an aspect normal
])
def test_fronted_place_ruled_out_by_a_normal_organ(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, front", [
    ("Is there a fracture of the skull?", "Is there a skull fracture?"),
    ("Is there a lesion in the liver?", "Is there a liver lesion?"),
    ("Is there a fracture of the femur?", None),  # the vocabulary lumps "femur fracture" with the ankle's
    ("Is there a fracture of the left hip?", None),  # a side: the full question's
    ("Is there evidence of a fracture?", None),
])
def test_fronted_question(question: str, front: str | None) -> None:
    from medstep.extract.head_noun import fronted
    assert fronted(question, "The organ is normal.") == front


@pytest.mark.parametrize("question, text, expected", [
    # a part of an organ named by its own part words, and a kind denied by "non-", before the head
    ("Is there a cyst in the kidney?", "A 15 mm simple cyst arises from the upper pole.", "yes"),
    ("Is there a bladder mass?", "A 2 cm mass along the posterior wall.", "yes"),
    ("Is there a fracture of the wrist?", "A non-displaced fracture through the scaphoid waist.", "yes"),
    # near misses: another organ's chamber or lobe, a part of a named other organ, a denial
    ("Is there a renal mass?", "A mass in the ventricle.", None),
    ("Is there a hepatic lesion?", "A lesion in the upper lobe.", None),
    ("Is there a cyst in the kidney?", "A simple cyst arises from the lower pole of the spleen.", None),
    ("Is there a renal cyst?", "A cyst is not seen in the lower pole.", None),
])
def test_head_noun_in_an_organs_own_part(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a denial or a seeing verb written inside a finding's Chinese name, after its place (zh_concepts.rejoined)
    ("是否有气腹？", "膈下未见游离气体。", "否"),
    ("是否有气腹？", "膈下可见少量游离气体。", "是"),
    ("Is there pneumoperitoneum?", "膈下未见游离气体。", "否"),  # the verdict in the reply's language
    # near misses: a hedge, something else denied under the diaphragm, a narrowing size denied
    ("是否有气腹？", "膈下可能有游离气体。", None),
    ("是否有气腹？", "膈下未见异常。", None),
    ("是否有气腹？", "膈下未见大量游离气体。", None),
])
def test_chinese_denial_inside_a_findings_name(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("clause, joined", [
    ("膈下未见游离气体", "未见膈下游离气体"),
    ("膈下可见游离气体", "可见膈下游离气体"),
    ("膈下未见异常", "膈下未见异常"),  # no finding named across the verb
])
def test_rejoined(clause: str, joined: str) -> None:
    from medstep.extract.zh_concepts import rejoined
    assert rejoined(clause) == joined


@pytest.mark.parametrize("question, text, expected", [
    # the head's longer name of its own concept ("fracture line"), its participle with a part of the place as subject,
    # a verb of crossing before the part, and "subcapital" (the femoral neck's, verify/sites.tsv)
    ("Is there a fracture of the skull?", "Fracture lines are seen.", "yes"),
    ("Is there a fracture of the hip?", "There is a subcapital fracture line.", "yes"),
    ("Is there a fracture of the hip?", "A fracture line crosses the femoral neck.", "yes"),
    ("Is there a fracture of the wrist?", "The distal radius is fractured.", "yes"),
    ("Is there a fracture of the forearm?", "Both the radius and the ulna are fractured.", "yes"),
    # near misses: the participle's subject outside the asked place, a hedge, a line across another place
    ("Is there a fracture of the hip?", "The femoral shaft is fractured.", None),
    ("Is there a fracture of the wrist?", "The radius may be fractured.", None),
    ("Is there a fracture of the hip?", "A fracture line crosses the femoral shaft.", None),
    ("Is there a fracture of the wrist?", "There is a subcapital fracture line.", None),
])
def test_head_noun_by_its_longer_name_or_participle(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # an acute finding asked: the other age named beside its denial is another finding, no doubt (implicit._english)
    ("Is there an acute fracture?", "Old healed fracture of the rib; no acute fracture.", "no"),
    ("Is there an acute fracture?", "Chronic deformity of the left clavicle, no acute fracture.", "no"),
    # near misses: the acute one hedged or also stated, the age not asked, a qualifier the question does not ask
    ("Is there an acute fracture?", "Old healed fracture of the rib; possibly an acute fracture of the radius.", None),
    ("Is there an acute fracture?", "No acute fracture. There is an acute fracture of the rib.", None),
    ("Is there a fracture?", "Old healed fracture of the rib; no acute fracture.", None),
    ("Is there an acute fracture?", "Healed fracture; no definite acute fracture.", None),
])
def test_other_age_beside_the_asked_ones_denial(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
