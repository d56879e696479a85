"""Closed answers (session 23, issue #7): replies that answer a yes/no question only by describing (the asked
subject taken up by a pronoun, an organ described as normal, ...)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.anaphor import resolve
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


def test_resolve_writes_the_subject_in() -> None:
    assert resolve("So it's dilated.", "Is the aorta dilated?", ("aorta",), "dilated") == "; the aorta is dilated."
    assert resolve("It is dilated.", "Are the ducts dilated?", ("duct",), "dilated") is None  # number disagrees
    assert resolve("A cyst lies in the spleen; it is not enlarged.", "Is the spleen enlarged?", ("spleen",),
                   "enlarged") is None
    assert resolve("It is malignant.", "Is the mass malignant?", ("mass",), "malignant") is None  # a pole of a pair


@pytest.mark.parametrize("question, text, expected", [
    # the asked subject taken up by a pronoun
    ("Is the thyroid enlarged?", "It is enlarged.", "yes"),
    ("Is the thyroid enlarged?", "It's not enlarged.", "no"),
    ("Is the pancreatic duct dilated?", "Measured at the head, so it is not dilated.", "no"),
    ("Is the heart enlarged?", "The transverse width is 17 cm on a PA film, so it is enlarged.", "yes"),
    ("Are the ovaries enlarged?", "They are not enlarged.", "no"),
    ("Is the aorta calcified?", "Along its whole length, it's calcified.", "yes"),
    # near misses: another antecedent, the wrong number, a hedge, a pronoun inside a clause
    ("Is the thyroid enlarged?", "A nodule is seen in the thyroid; it is not enlarged.", None),
    ("Is the spleen enlarged?", "The liver is normal; it is not enlarged.", None),
    ("Is the thyroid enlarged?", "They are not enlarged.", None),
    ("Are the kidneys small?", "It is small.", None),
    ("Is the thyroid enlarged?", "It is probably enlarged.", None),
    ("Is the spleen enlarged?", "I don't think it is enlarged.", None),
    ("Is the spleen enlarged?", "If it were enlarged, it would displace the kidney.", None),
    ("Is the spleen enlarged?", "It is hard to say whether it is enlarged.", None),
    ("Is the heart enlarged?", "It is a portable AP film.", None),
    ("Is the lesion malignant?", "It looks malignant. Then again, these features are typical of a benign lesion.", None),
    ("Is the spleen enlarged?", "A cyst lies in the spleen; it is enlarged.", None),
])
def test_pronoun_subject(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # one organ described as normal
    ("Are the ovaries normal?", "Both ovaries are normal in size and echotexture with no cyst.", "yes"),
    ("Is the pancreas abnormal?", "The pancreas is normal in size, contour and enhancement, with no mass.", "no"),
    ("Is there an abnormality of the spleen?", "The spleen is normal in size and attenuation.", "no"),
    ("Is there any abnormality in the liver?", "Liver normal in size, with no focal lesion or biliary dilatation.", "no"),
    ("Is the right kidney normal?", "The right kidney is normal in size and shape without hydronephrosis.", "yes"),
    ("Does the spleen look normal?", "The spleen is unremarkable, with no splenomegaly.", "yes"),
    # near misses: one aspect only, another organ, another side, a finding, an unread clause, a hedge, the past
    ("Is the liver normal?", "The liver is normal in size.", None),
    ("Is the liver normal?", "The spleen is normal in size and shape with no focal lesion.", None),
    ("Are the kidneys normal?", "The left kidney is normal in size and shape with no hydronephrosis.", None),
    ("Is the right kidney normal?", "The left kidney is normal in size and shape without hydronephrosis.", None),
    ("Is the liver normal?", "The liver is normal in size, with a 2 cm cyst.", None),
    ("Is the liver normal?", "The liver is normal in size and shape; the duct is beaded.", None),
    ("Is the liver abnormal?", "The liver is probably normal in size and echotexture, with no focal lesion.", None),
    ("Is the liver normal?", "The liver was normal in size and shape on the prior study.", None),
    ("Is the liver normal?", "If the liver were normal, there would be no focal lesion.", None),
    ("Is the liver normal?", "A normal liver is homogeneous with no focal lesion.", None),
])
def test_organ_described_normal(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a finding asked on both sides, read by the sides it is stated on
    ("Are there bilateral pleural effusions?", "Small right effusion. The left costophrenic angle is sharp.", "no"),
    ("Is the effusion bilateral?", "There is a pleural effusion on the left only.", "no"),
    ("Is there bilateral hydronephrosis?", "Hydronephrosis on the left; no hydronephrosis on the right.", "no"),
    ("Is the effusion bilateral?", "Pleural effusions on both sides, larger on the left.", "yes"),
    ("Are there nodules in both lungs?", "Innumerable nodules are spread throughout both lungs.", "yes"),
    # near misses: the other side unsaid, hedged, another organ clear, no side at all
    ("Is the effusion bilateral?", "There is a left pleural effusion.", None),
    ("Is the effusion bilateral?", "There is a left effusion; the right may have a small one.", None),
    ("Are there bilateral pleural effusions?", "Right pleural effusion; the left kidney is normal.", None),
    ("Is the effusion bilateral?", "There is a pleural effusion.", None),
    ("Are there nodules in both lungs?", "A nodule in the right lung.", None),
])
def test_both_sides(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a device's tip judged within the range it should lie in, named without numbers
    ("Is the ETT in a good position?", "The ETT tip lies 4.5 cm above the carina, which is within the recommended range.",
     "yes"),
    ("Is the endotracheal tube in a good position?", "Tip 5 cm above the carina, within the optimal window.", "yes"),
    # near misses: the value outside the band, the judgement hedged or denied, advice
    ("Is the endotracheal tube in a good position?",
     "The tube tip is 0.5 cm above the carina, which is within the recommended range.", None),
    ("Is the endotracheal tube in a good position?",
     "The tube tip is 5 cm above the carina; it may be within the recommended range.", None),
    ("Is the endotracheal tube in a good position?",
     "The tube tip is 5 cm above the carina, which is not within the recommended range.", None),
])
def test_within_the_advised_range(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a fetus's presentation: one pole stated answers the other
    ("Is the fetus in cephalic presentation?", "Breech; the fetal head lies at the fundus.", "no"),
    ("Is the fetus in breech presentation?", "Cephalic presentation.", "no"),
    ("Is the fetus in breech presentation?", "Frank breech.", "yes"),
    # near misses: a third lie, a pole denied, a hedge, an earlier scan
    ("Is the fetus in cephalic presentation?", "Transverse lie.", None),
    ("Is the fetus in breech presentation?", "The presentation is not cephalic.", None),
    ("Is the fetus in cephalic presentation?", "Possibly breech.", None),
    ("Is the fetus breech?", "The fetus was breech on the prior scan; now cephalic.", None),
])
def test_fetal_presentation(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a finding asked at one age, stated at the other
    ("Is the fracture acute?", "An old, healed fracture of the ulnar shaft.", "no"),
    ("Is there an acute infarct?", "Chronic right PCA territory infarct with gliosis.", "no"),
    ("Is there evidence of active tuberculosis?", "Old healed tuberculosis with calcified granulomas.", "no"),
    ("Is the fracture old?", "This is an acute fracture.", "no"),
    ("Is there an acute subdural hematoma?", "A chronic subdural hematoma over the right convexity.", "no"),
    # near misses: both ages, a hedge, an earlier study, a patient's age, the finding denied
    ("Is there an acute infarct?", "Acute on chronic infarct.", "yes"),
    ("Is there an acute infarct?", "Chronic infarct; possibly a small acute infarct too.", None),
    ("Is there an acute fracture?", "There may be an old fracture.", None),
    ("Is the fracture acute?", "Compared with the old film, the fracture is new.", None),
    ("Is there an acute fracture?", "An 80 years old man with a fracture.", None),
])
def test_finding_age(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # "no true X": a report qualifier inside a denial, which still denies X
    ("Is there a mass?", "The opacity is fluid in the fissure, a pseudotumour, not a true mass.", "no"),
    ("Is there a pneumothorax?", "There is no real pneumothorax; the line is a skin fold.", "no"),
    ("Is there a mass?", "No genuine mass.", "no"),
    # near misses: what the qualified denial left out stated, another kind beside it, the word outside a denial
    ("Is there a mass?", "No true mass, but a small nodule in the right lobe.", None),
    ("Is there an aneurysm?", "No true aneurysm; a pseudoaneurysm arises from the femoral artery.", None),
    ("Is there a mass?", "A real mass is seen.", "yes"),
])
def test_no_true_finding(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # an elliptic reply with its pointing word contracted
    ("Is there a nodule?", "It's present.", "yes"),
    ("Is there a pleural effusion?", "That's absent.", "no"),
    ("Is there an effusion?", "There's one on the left.", "yes"),
    # near misses: the other side, cut off, hedged
    ("Is there a left effusion?", "There's one on the right.", None),
    ("Is there a nodule?", "It's", None),
    ("Is there a nodule?", "It's probably present.", None),
])
def test_contracted_elliptic(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a structure with no size finding of its own, called too large or too small
    ("Are the kidneys normal in size?", "Both kidneys are small, with thinned echogenic cortex.", "no"),
    ("Is the thymus normal in size?", "The thymus is large for age.", "no"),
    ("Are the ovaries normal in size?", "Both ovaries are enlarged.", "no"),
    ("Is the right kidney normal in size?", "The right kidney is atrophic.", "no"),
    # near misses: one side of a pair, a normal word beside it, a hedge, the size word denied, another subject
    ("Are the kidneys normal in size?", "The left kidney is small.", None),
    ("Are the kidneys normal in size?", "The kidneys are small but otherwise normal.", None),
    ("Are the kidneys normal in size?", "The kidneys may be small.", None),
    ("Is the right kidney normal in size?", "The cyst in the right kidney is large.", None),
])
def test_size_said(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
