"""Closed answers (session 25, issue #7): shapes of held-out yes/no misses, in sentences of our own.

* a question that sets the scene before it asks ("CT of the wrist after a fall. Is there a fracture?"): the scene's
  words ("fall", "central line", "pain") are no part of the asked finding (``extract/asked.py``);
* an unmarked last sentence of a long description, read against a sentence before it that states the finding the
  other way ("... a partial tear of the supraspinatus. The infraspinatus looks intact."): no conclusion;
* the asked pole of a property stated beside its antonym raised under a hedge ("appears benign ... concerning for
  malignancy"): which one the model meant is not said.

Each reading is checked beside a near miss that must stay unread, ambiguous or read as before.
"""

from __future__ import annotations

import pytest

from support.readings import closed_word
from medstep.extract.asked import asked_sentence


@pytest.mark.parametrize("question, asked", [
    ("Staging PET-CT. Does the liver show a metastasis?", "Does the liver show a metastasis?"),
    ("Portable film after line insertion in the ICU. Are the lungs clear?", "Are the lungs clear?"),
    ("女，45岁，咳嗽两周。该胸片是否显示肺炎？", "该胸片是否显示肺炎？"),
    # unchanged: one sentence, a scene that asks too, a last sentence that judges the one before, a decimal point
    ("Is the cardiothoracic ratio above 0.5?", "Is the cardiothoracic ratio above 0.5?"),
    ("The aorta is dilated. True or false?", "The aorta is dilated. True or false?"),
    ("Is there an effusion? Is it large?", "Is there an effusion? Is it large?"),
    ("Is there a pneumothorax? Answer yes or no.", "Is there a pneumothorax? Answer yes or no."),
    ("Knee MRI in a 30-year-old skier. Is there a meniscal tear?", "Is there a meniscal tear?"),
])
def test_asked_sentence(question: str, asked: str) -> None:
    assert asked_sentence(question) == asked


@pytest.mark.parametrize("question, text, expected", [
    ("Hip radiograph of an elderly man after a fall at home. Is there a fracture of the acetabulum?",
     "The acetabular columns and walls are intact. No fracture of the acetabulum.", "no"),
    ("Chest film of a ventilated patient after subclavian line insertion. Is there a pneumothorax?",
     "Lung markings reach the chest wall on both sides. No pneumothorax is seen.", "no"),
    ("Ankle radiographs of a runner with pain after a twist. Is there a fracture of the fifth metatarsal?",
     "There is a transverse fracture of the base of the fifth metatarsal.", "yes"),
    ("Chest CT of a smoker with a cough. Is there a nodule in the right lung?",
     "A 7 mm nodule in the left lower lobe. Right lung clear.", "no"),
    ("Head CT in a toddler with vomiting. Is there hydrocephalus?",
     "The lateral and third ventricles are markedly dilated, consistent with hydrocephalus.", "yes"),
    # near misses: the scene dropped leaves every guard of the reader in place
    ("Hip radiograph of an elderly man after a fall. Is there a fracture of the acetabulum?",
     "There may be a subtle fracture of the acetabulum.", "ambiguous"),
    ("Chest CT of a smoker with a cough. Is there a nodule in the right lung?",
     "A 7 mm nodule in the left lower lobe.", "unparsed"),
])
def test_scene_before_the_question(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


_CUFF = ("There is no complete tear of the supraspinatus, and the tendon is not retracted from its footprint on the "
         "greater tuberosity. There is a partial-thickness bursal-surface tear of the supraspinatus involving about a "
         "third of its thickness, with a little fluid in the bursa above it and mild tendinosis of the remaining "
         "fibres. The subscapularis and teres minor appear intact.")
_KNEE = ("The anterior cruciate ligament is thickened and its fibres are disrupted at the femoral attachment, with "
         "fluid signal crossing the expected course of the ligament and a bone bruise at the lateral femoral condyle "
         "and the posterolateral tibial plateau, the usual pattern of a pivot-shift injury. The posterior cruciate and "
         "collateral ligaments appear intact.")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a rotator cuff tear?", _CUFF, "unparsed"),
    # near miss: the last sentence is the only statement of the asked finding, and still the conclusion
    ("Is there an anterior cruciate ligament tear?", _KNEE, "yes"),
])
def test_unmarked_last_sentence_against_an_earlier_one(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the thyroid nodule benign?",
     "The nodule appears benign: it is spongiform. However, its margins are irregular and it is suspicious for "
     "malignancy.", "ambiguous"),
    ("Is the liver lesion benign?", "The lesion appears benign. Malignancy should be considered.", "ambiguous"),
    # near misses: the other pole denied, or absent
    ("Is the thyroid nodule benign?", "The nodule appears benign. There is nothing to suggest malignancy.", "yes"),
    ("Is the liver lesion benign?", "The lesion appears benign. It is not malignant.", "yes"),
    ("Is the liver lesion benign?", "The lesion appears benign.", "yes"),
])
def test_asked_pole_beside_its_antonym(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pericardial effusion?", "I'd lean towards no. The pericardial layers are apposed throughout.", "no"),
    ("Is the appendix inflamed?", "I would lean toward yes: it is thick-walled and surrounded by stranding.", "yes"),
    ("Is there a lytic lesion?", "I’m leaning towards yes, given the permeative margin.", "yes"),
    # near misses: the lean taken back under a hedge, or no verdict after the preposition
    ("Is there a pericardial effusion?", "I'd lean towards no, but it could be epicardial fat.", "ambiguous"),
    ("Is the appendix inflamed?", "I'd lean towards a reactive process.", "unparsed"),
])
def test_lean_towards_a_verdict(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # the lexicon's names of biliary dilatation and of dilated ventricles, in English and in Chinese
    ("该MRCP是否显示肝内胆管扩张？", "No intrahepatic biliary ductal dilatation is identified.", "no"),
    ("Is there biliary dilatation on this ultrasound?", "Intrahepatic biliary dilatation is present.", "yes"),
    ("该超声是否显示胆管扩张？", "肝内胆管扩张。", "是"),
    ("该头颅CT是否显示脑积水？", "双侧侧脑室扩张。", "是"),
    # near misses: a hedge, another duct's size
    ("该MRCP是否显示肝内胆管扩张？", "Possibly mild intrahepatic biliary ductal dilatation.", "unparsed"),
    ("该MRCP是否显示肝内胆管扩张？", "The common bile duct measures 5 mm.", "unparsed"),
])
def test_biliary_and_ventricle_names(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected
