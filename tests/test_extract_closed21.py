"""Closed answers given in other words (session 21, issue #7): a presence question framed "Does the image show X?"
read by the concept reader like "Is there X?"."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.concept_question import Ask, parse_asked
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    # "Does the image show X?" asks X's presence, so a synonym of X answers it
    ("Does the image show pneumoperitoneum?", "Free air beneath the right hemidiaphragm.", "yes"),
    ("Does this radiograph demonstrate pneumoperitoneum?", "There is no free subdiaphragmatic gas.", "no"),
    ("Does the patient have cardiomegaly?", "The cardiac silhouette is enlarged.", "yes"),
])
def test_a_show_question_asks_a_presence(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


def test_a_show_question_is_no_modality_question() -> None:
    asked = parse_asked("Does this image show a pneumothorax?")
    assert asked is not None and asked.ask is Ask.PRESENCE and asked.key == "pneumothorax"
    modality = parse_asked("Is this image a CT scan?")
    assert modality is not None and modality.ask is Ask.MODALITY


@pytest.mark.parametrize("question, text", [
    ("Does the image show pneumoperitoneum?", "Free fluid in the pelvis."),  # another finding
    ("Does this image show a pneumothorax?", "Possibly a thin pleural line at the apex."),  # hedged
])
def test_a_show_question_answered_otherwise_is_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    # initials of a run of the question's words, and the short forms of a side
    ("Is there a thrombus in the left atrial appendage?", "No thrombus is seen within the LAA.", "no"),
    ("Is there a clot in the left atrial appendage?", "A clot fills the tip of the LAA.", "yes"),
    ("Is there stenosis of the left internal carotid artery?", "Severe L ICA stenosis.", "yes"),
    ("Is there a right-sided pneumothorax?", "Rt PTX, moderate.", "yes"),
    ("Is there a left pleural effusion?", "Lt effusion, small.", "yes"),
])
def test_abbreviations_of_the_asked_words_are_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a pleural effusion?", "No PE."),  # PE is another concept (pulmonary embolism)
    ("Is there a right bundle branch block?", "Tall R wave in V1 with a wide QRS."),  # an R wave, no side
    ("Is there a left pleural effusion?", "2 L of fluid drained from the chest."),  # litres, no side
    ("Is there a thrombus in the left atrial appendage?", "No thrombus in the RAA."),  # spells no asked words
])
def test_abbreviations_that_spell_nothing_asked_are_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_expand_writes_out_only_the_question_words() -> None:
    from medstep.extract.abbreviated import expand
    q = "Is there stenosis of the left internal carotid artery?"
    assert expand("Severe L ICA stenosis.", q) == "Severe left internal carotid artery stenosis."
    assert expand("Severe L MCA stenosis.", q) == "Severe left MCA stenosis."
    assert expand("R > L.", q) == "R > L."


@pytest.mark.parametrize("question, text, expected", [
    # "expected" naming where a device lies wants nothing
    ("Is there an intrauterine device?", "A T-shaped device projects over the pelvis, consistent with an IUD in "
     "expected position.", "yes"),
    ("Is there a pacemaker?", "A dual-chamber pacemaker with leads in the expected positions.", "yes"),
    ("Is there an intrauterine device?", "An intrauterine device is in the expected location.", "yes"),
])
def test_an_expected_place_is_no_hedge(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a pneumothorax?", "A pneumothorax is expected after this procedure."),  # wanted, not seen
    ("Is there a pacemaker?", "A pacemaker would be expected if the patient had heart block."),
])
def test_an_expected_finding_is_still_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


def _read_zh(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="是", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    # 探及 / 检出 ("detected"), after 未 or as the verb of a finding; the term's area word after it (坏死区, 出血灶)
    ("睾丸内是否有血流？", "左侧睾丸内未探及血流信号。", "否"),
    ("睾丸内是否有血流？", "睾丸内可探及丰富血流信号。", "是"),
    ("胰腺是否有坏死？", "胰腺实质强化均匀，未见坏死区。", "否"),
    ("是否有脑出血？", "未探及出血灶。", "否"),
    ("胆囊内是否有结石？", "未检出结石。", "否"),
])
def test_chinese_detected_forms_are_read(question: str, text: str, expected: str) -> None:
    assert _read_zh(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("胆囊内是否有结石？", "未探及结石影，胆总管内可见结石。"),  # denied in one place, seen in another
    ("是否有气胸？", "右侧未探及气胸。"),  # one side only
    ("睾丸内是否有血流？", "睾丸内血流信号不丰富。"),  # less flow, not none
])
def test_chinese_detected_forms_that_settle_nothing_are_unread(question: str, text: str) -> None:
    assert _read_zh(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    # a result after the finding (checklist or lab style) denies it: these read as yes before
    ("Is there a pleural effusion?", "Pleural effusion (-).", "no"),
    ("Is there a pleural effusion?", "Effusion: neg.", "no"),
    ("Is there a pneumothorax?", "Pneumothorax negative.", "no"),
    ("是否有胸腔积液？", "胸腔积液（-）。", "否"),
    ("是否有胸腔积液？", "胸腔积液阴性。", "否"),
    ("是否有腹水？", "腹水征阴性。", "否"),
    ("是否有胸腔积液？", "胸腔积液：无。", "否"),
    # a positive result stays a yes
    ("Is there a pleural effusion?", "Pleural effusion (+).", "yes"),
    ("是否有胸腔积液？", "胸腔积液（+）。", "是"),
])
def test_a_result_after_the_finding_is_read(question: str, text: str, expected: str) -> None:
    reader = _read_zh if "是否" in question else _read
    assert reader(question, text) == expected


def test_a_finding_with_more_after_its_none_is_unread() -> None:
    assert _read_zh("是否有胸腔积液？", "胸腔积液无明显增多。") is None  # "not much more": there is some


@pytest.mark.parametrize("question, text", [
    # the asked finding as a class: what it is or looks like, not a sighting (these read yes before)
    ("Is there a pneumothorax?", "Pneumothorax is air in the pleural space."),
    ("Is there hydronephrosis?", "Hydronephrosis is dilatation of the renal pelvis and calyces."),
    ("Is there a subdural hematoma?", "A subdural hematoma is a crescent-shaped collection that crosses sutures."),
    ("Is there a pneumothorax?", "A pneumothorax appears as a visceral pleural line with absent markings beyond it."),
    ("Is there appendicitis?", "Appendicitis typically presents as a dilated, non-compressible appendix over 6 mm."),
    ("Is there cardiomegaly?", "Cardiomegaly is defined as a cardiothoracic ratio above 0.5."),
    # beside a sentence that only frames the image, and a class statement about another finding of the asked organ
    ("Is there evidence of hypersensitivity pneumonitis?", "The image shows a CT scan of the chest. Hypersensitivity "
     "pneumonitis is an immune-mediated lung disease caused by inhaled organic antigens. It can be acute or chronic."),
])
def test_the_finding_as_a_class_is_no_verdict(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    # this case's finding, in the same grammar: a state, a place, a value or a side
    ("Is there a pneumothorax?", "Pneumothorax is air in the pleural space. A small right apical pneumothorax is seen.",
     "yes"),
    ("Is there a pneumothorax?", "Pneumothorax is small.", "yes"),
    ("Is there a kidney stone?", "A stone is lodged in the distal ureter.", "yes"),
    ("Is the retina detached?", "A large bullous retinal detachment involves the superior temporal quadrant.", "yes"),
    ("Is there consolidation?", "Consolidation is patchy in the lower zones.", "yes"),
    ("Is there a pneumothorax?", "A pneumothorax appears as a thin line at the apex of this film.", "yes"),
])
def test_this_cases_finding_in_a_class_grammar_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


def test_a_class_sentence_is_set_aside_and_the_rest_read() -> None:
    # The definition is set aside; "None is seen here" then denies the defined finding (session 31: a "one" / "none"
    # after the asked finding's definition is read as that finding, extract/class_subject.py).
    assert _read("Is there a pneumothorax?", "Pneumothorax is air in the pleural space. None is seen here.") == "no"
    assert _read("Is there a pneumothorax?", "A pneumothorax can be subtle on a supine film. No pneumothorax is present.") \
        == "no"


@pytest.mark.parametrize("question, text", [
    # what a finding can do or usually is, in Chinese: the class, not this image
    ("是否有胸腔积液？", "胸腔积液可使肋膈角变钝。"),
    ("是否有气胸？", "气胸是指胸膜腔内积气。"),
    ("是否有气胸？", "气胸通常表现为胸膜线外无肺纹理。"),
])
def test_a_chinese_class_statement_is_no_verdict(question: str, text: str) -> None:
    assert _read_zh(question, text) is None


def test_a_chinese_sighting_is_still_read() -> None:
    assert _read_zh("是否有气胸？", "右侧可见气胸。") == "是"


@pytest.mark.parametrize("question, text", [
    # what only resembles the finding
    ("Is there a pneumothorax?", "Pneumothorax-like lucency from a skin fold."),
    ("Is there a mass?", "A mass-like opacity in the right upper lobe."),
    # another kind filed under the same concept (these read yes before)
    ("Is there an inguinal hernia?", "Femoral hernia."),
    ("Is there an inguinal hernia?", "Bowel herniating below the inguinal ligament: femoral hernia."),
    ("Is there centrilobular emphysema?", "Paraseptal emphysema."),
    ("Is there a biliary stent?", "Ureteral stent on the left."),
])
def test_a_resembling_thing_or_another_kind_is_no_yes(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    ("Is there an inguinal hernia?", "Large left inguinal hernia containing bowel.", "yes"),
    ("Is there a hernia?", "Umbilical hernia.", "yes"),  # a kind of the asked whole
    ("Is there emphysema?", "Centrilobular emphysema.", "yes"),
    ("Is there an umbilical hernia?", "There is no hernia.", "no"),  # the whole denied
])
def test_the_asked_kind_or_the_whole_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # the organ named by its adjective and a part of it, or by a part after a verb that places the finding
    ("Is there a liver lesion?", "A 2 cm hypodense lesion in the right hepatic lobe.", "yes"),
    ("Is there a lesion in the liver?", "A 2 cm hypodense lesion in the right hepatic lobe.", "yes"),
    ("Is there a bladder mass?", "A 2 cm papillary mass along the left bladder wall.", "yes"),
    ("Is there a mass in the kidney?", "A 3 cm solid mass arises from the upper pole of the left kidney.", "yes"),
    ("Is there a kidney stone?", "The stone lies in the lower pole of the left kidney.", "yes"),
])
def test_a_finding_placed_in_a_part_of_the_organ_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a mass in the kidney?", "The mass lies above the kidney."),  # beside the organ, not in it
    ("Is there a liver lesion?", "A 2 cm lesion at the dome, separate from the liver."),
    ("Is there a mass in the kidney?", "A mass in the left adrenal displaces the kidney."),  # read yes before
    ("Is there a mass in the kidney?", "A 3 cm mass in the left adrenal displaces the upper pole of the kidney."),
    ("Is there a mass in the kidney?", "A 3 cm mass arises from the left adrenal and displaces the upper pole of the "
                                       "kidney."),
    ("Is there renal cell carcinoma?", "Renal cell carcinoma arises from the proximal tubule."),  # a class
])
def test_a_finding_placed_elsewhere_is_no_yes(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_a_measured_subject_is_this_cases_not_a_class() -> None:
    from medstep.extract.open_knowledge import states_knowledge
    q = "Is there a mass in the kidney?"
    assert not states_knowledge("A 3 cm solid mass arises from the upper pole of the left kidney.", q)
    assert states_knowledge("Renal cell carcinoma typically arises from the proximal tubule.", "Is there renal cell carcinoma?")
    assert states_knowledge("A duct over 6 mm is usually considered dilated.", "Is the duct dilated?")


@pytest.mark.parametrize("question, text, expected", [
    # a reply that leaves the finding out: denial or sighting words, pro-forms and places only
    ("Is there a pleural effusion?", "Nothing of the sort.", "no"),
    ("Is there a pleural effusion?", "No evidence thereof.", "no"),
    ("Is there a pleural effusion?", "None whatsoever.", "no"),
    ("Is there a pleural effusion?", "Can't see one.", "no"),
    ("Is there a pleural effusion?", "Seen on the left.", "yes"),
    ("Is there a pleural effusion?", "Visible at the left base.", "yes"),
    ("Is there a pleural effusion?", "Indeed there is one on the left.", "yes"),
])
def test_an_elliptic_reply_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a pleural effusion?", "None on the left."),  # a denial limited to a place
    ("Is there a right pleural effusion?", "I see one on the left."),  # the other side
    ("Is there a pleural effusion?", "Possibly one on the left."),  # hedged
    ("Is there a pleural effusion?", "There is one on the right, none on the left."),  # both
    ("Is there a fracture?", "There is"),  # cut off
    ("Is there an acute infarct?", "There is no"),
])
def test_an_elliptic_reply_that_settles_nothing_is_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("text", ["I cannot see it clearly.", "I can't see the image.", "Image not visible."])
def test_a_reply_that_cannot_see_is_no_denial(text: str) -> None:
    assert _read("Is there a pneumothorax?", text) is None


@pytest.mark.parametrize("question, text, expected", [
    # a description closed by the name of what it describes, after a colon or a dash
    ("Is there a corneal ulcer?", "There's an epithelial defect that stains with fluorescein and a white infiltrate: "
     "a corneal ulcer.", "yes"),
    ("Is there a simple cyst?", "It's anechoic with posterior acoustic enhancement and a thin wall — a simple cyst.", "yes"),
    ("Is there a pneumothorax?", "Lucency at the apex with a visible pleural line: pneumothorax.", "yes"),
    ("Is there a pneumothorax?", "Impression: pneumothorax.", "yes"),
])
def test_a_closing_name_after_a_description_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a corneal ulcer?", "Epithelial defect: possibly a corneal ulcer."),  # hedged
    ("Is there a pneumothorax?", "Looking for: pneumothorax."),  # a heading, no description
    ("Is there a pneumothorax?", "Main differential diagnoses to consider: pneumothorax."),
])
def test_a_name_after_a_heading_or_a_hedge_is_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    # German "es liegt ... vor" (there is / is present)
    ("Is there a fracture?", "Es liegt keine Fraktur vor.", "no"),
    ("Is there a fracture?", "Es liegt eine Fraktur vor.", "yes"),
    ("Liegt ein Pleuraerguss vor?", "Es liegt kein Pleuraerguss vor.", "no"),
])
def test_german_es_liegt_vor_is_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    # another language's "maybe" before the finding's name (these read yes before)
    ("Is there a fracture?", "Vermutlich eine Fraktur."),
    ("Is there a fracture?", "Es liegt vermutlich eine Fraktur vor."),
    ("Is there a pleural effusion?", "Posiblemente derrame pleural."),
    ("Is there a pleural effusion?", "Peut-être un épanchement pleural."),
])
def test_a_foreign_maybe_leaves_the_finding_open(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_a_plain_foreign_finding_is_still_read() -> None:
    assert _read("Is there a pleural effusion?", "Derrame pleural derecho.") == "yes"


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion?", "Absent bilaterally.", "no"),  # every place: no limit on the denial
    ("Is there a pleural effusion?", "No indeed there is one.", None),  # a denial beside an undenied sighting
    # an opening verdict taken back by an elliptic rest (these read as the opening word before)
    ("Is there a pleural effusion?", "No, there is one on the left.", None),
    ("Is there a pleural effusion?", "Yes, there is none.", None),
    ("Is there a pneumothorax?", "No, I see one at the apex.", None),
    # ... and kept by one that agrees
    ("Is there a pneumothorax?", "No. None seen.", "no"),
    ("Is there a pneumothorax?", "Yes, seen on the left.", "yes"),
])
def test_an_elliptic_rest_against_the_opening_verdict(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
