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
