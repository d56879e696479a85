"""Session 44's choice readers: the well-placed option (``extract/placed_choice.py``), whole-study denials as normal
options (``extract/normality.normal_option``), and a closing pick labelled by its text and its own bracketed letter
read beside other options named by their text (``extract/closing_choice.py``, ``labelled``).

Rows written fresh for the lane (its probes: /work/coord/probes_choice44.py), with near misses that must keep no
reading: a position denied, supposed, checked, advised or said of an earlier film; another option stated beside the
good judgement; a malposition anywhere; options weighed or held open beside a bracketed letter.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.normality import normal_option
from medstep.extract.placed_choice import placed_option
from medstep.types import AnswerType, Sample

TUBE = {"A": "Too deep, in the right main bronchus", "B": "In the oesophagus", "C": "Too high, at the thoracic inlet",
        "D": "Appropriately positioned"}
BARE = {"A": "Too high", "B": "Correct", "C": "In the right main bronchus", "D": "In the oesophagus"}
DEVICES = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Central venous catheter",
           "D": "All appropriately positioned"}
FINDING = {"A": "Pneumonia", "B": "Pleural effusion", "C": "No acute findings", "D": "Cardiomegaly"}
LABEL = {"A": "No finding", "B": "Pneumothorax", "C": "Atelectasis", "D": "Support device"}
LIVER = {"A": "Hepatocellular carcinoma", "B": "Focal nodular hyperplasia", "C": "Hepatic adenoma",
         "D": "Hemangioma"}
WRIST = {"A": "Colles fracture", "B": "Smith fracture", "C": "Barton fracture", "D": "Scaphoid fracture"}


def _read(text: str, options: dict[str, str], question: str = "Evaluate the position of the tube.") -> str | None:
    ext = extract(text, Sample(id="c44", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return ext.answer if ext.status.value == "scored" else None


@pytest.mark.parametrize("text, options, want", [
    ("The tube tip projects 5 cm above the carina, an acceptable position.", TUBE, "D"),
    ("Endotracheal tube well sited, tip mid-trachea.", TUBE, "D"),
    ("The tube is in an appropriate position with its tip between the clavicles and the carina.", TUBE, "D"),
    ("Tip 4 cm above the carina: well positioned.", BARE, "B"),
])
def test_well_placed_option_read_from_a_good_judgement(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options, "What is the position of the endotracheal tube?") == want


@pytest.mark.parametrize("text", [
    "On yesterday's film the tube was in a satisfactory position; today its tip is beyond the carina.",
    "If the tip lies 5 cm above the carina, that is an acceptable position.",
    "An acceptable position cannot be confirmed on this rotated film.",
    "The tube should be withdrawn 2 cm to reach an optimal position.",
    "The tube is not in an acceptable position; its tip is past the carina on the right.",
    "Whether the tube is in a satisfactory position cannot be judged: the carina is not visible.",
    "The tube is in good position, possibly slightly deep.",
])
def test_well_placed_option_not_read_where_the_judgement_does_not_stand(text: str) -> None:
    assert _read(text, TUBE) != "D"


def test_another_option_stated_beside_the_good_judgement_gives_no_well_placed_reading() -> None:
    text = "The endotracheal tube is in good position. The nasogastric tube ends in the oesophagus."
    assert _read(text, DEVICES, "Which device is malpositioned?") != "D"


@pytest.mark.parametrize("option, question, want", [
    ("Appropriately positioned", "", True),
    ("Satisfactory position", "", True),
    ("Appropriate", "What is the position of the endotracheal tube?", True),
    ("Appropriate", "Which treatment is appropriate?", False),
    ("Too deep", "Where is the tube?", False),
    ("Malpositioned", "Where is the tube?", False),
    ("Right main bronchus, in good position", "", False),
])
def test_placed_option(option: str, question: str, want: bool) -> None:
    assert placed_option(option, question) is want


@pytest.mark.parametrize("option, want", [
    ("No acute findings", True), ("No finding", True), ("Nothing abnormal detected", True),
    ("No significant abnormality seen", True), ("No acute process", True),
    ("No fracture", False), ("No pneumothorax", False), ("No effusion present", False), ("None of the above", False),
    ("Normal position", False),
])
def test_whole_study_denial_is_a_normal_option(option: str, want: bool) -> None:
    assert normal_option(option) is want


@pytest.mark.parametrize("text, options, want", [
    ("Lungs clear. No pleural fluid. Heart not enlarged.", FINDING, "C"),
    ("No acute cardiopulmonary process.", LABEL, "A"),
    ("Small right pleural effusion; otherwise clear.", FINDING, "B"),
    ("Possibly normal, but the bases are poorly seen.", FINDING, None),
])
def test_normal_report_chooses_the_whole_study_denial(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options, "Which finding is present?") == want


@pytest.mark.parametrize("text, options, want", [
    ("The cortex is thinned, the rest of the bones look dense.\n\nSo this is focal nodular hyperplasia (B) — the "
     "differential includes an adenoma or a fibrolamellar tumour.", LIVER, "B"),
    ("Dorsal tilt of the distal fragment rules out Smith fracture (B) → Colles fracture (A).", WRIST, "A"),
    ("Hemangioma (D) and focal nodular hyperplasia (B) both remain possible.", LIVER, None),
    ("Is it focal nodular hyperplasia (B)? A hepatic adenoma is equally likely here.", LIVER, None),
    ("No volar tilt, so not a Smith fracture (B); a Colles fracture or a Barton fracture both fit.", WRIST, None),
])
def test_closing_pick_labelled_by_its_own_letter(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options, "What is the most likely diagnosis?") == want


SIDES = {"A": "Left", "B": "Right", "C": "Bilateral", "D": "No effusion"}
SIDE_QUESTION = "On which side is the pleural effusion?"


@pytest.mark.parametrize("text, question, want", [
    ("There is no effusion on the left; the right costophrenic angle is blunted.", SIDE_QUESTION, "B"),
    ("Left pleural effusion with a meniscus. The right lung is clear.", SIDE_QUESTION, "A"),
    ("Fluid layers along the right lateral chest wall, blunting the right costophrenic angle; the left lung is "
     "clear.", SIDE_QUESTION, "B"),
    # near misses: an abnormality on each side, both normal, an earlier film, a side denied, the normal side asked
    ("Left pneumothorax; right pleural effusion.", SIDE_QUESTION, None),
    ("The right costophrenic angle is sharp and the left costophrenic angle is sharp too.", SIDE_QUESTION, None),
    ("The left costophrenic angle was blunted on the prior film; today the right costophrenic angle is blunted.",
     SIDE_QUESTION, None),
    ("Left effusion is unlikely; the right costophrenic angle is blunted.", SIDE_QUESTION, None),
    ("Left pleural effusion. The right lung is clear.", "Which side is normal?", None),
])
def test_side_option_from_one_abnormal_side(text: str, question: str, want: str | None) -> None:
    assert _read(text, SIDES, question) == want


@pytest.mark.parametrize("text, question, want", [
    ("The left costophrenic angle is sharp.", SIDE_QUESTION, None),
    ("The right lung is clear.", SIDE_QUESTION, None),
    ("Possibly a small left effusion; the right costophrenic angle is sharp.", SIDE_QUESTION, None),
    # near misses: the side stated bare or with the abnormality, or the normal side asked
    ("Right.", SIDE_QUESTION, "B"),
    ("Right pleural effusion; the right lung is otherwise clear.", SIDE_QUESTION, "B"),
    ("The right lung is clear.", "Which lung is clear?", "B"),
])
def test_side_named_only_as_normal_is_no_answer(text: str, question: str, want: str | None) -> None:
    assert _read(text, SIDES, question) == want


# review of lane choice44: near misses the well-placed and side readers must leave unread
ETT = {"A": "Appropriate position", "B": "Tip in the right mainstem bronchus", "C": "Tip above the clavicles",
       "D": "Oesophageal intubation"}
ALL_DEVICES = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Central venous catheter",
               "D": "All devices correctly positioned"}
FRAGMENTS = {"A": "Satisfactory position", "B": "Dorsally angulated", "C": "Volarly displaced", "D": "Distracted"}


@pytest.mark.parametrize("text, options, question", [
    ("The patient is in a satisfactory position for an AP film. The tube tip cannot be traced below the thoracic "
     "inlet.", ETT, "Evaluate the position of the endotracheal tube."),
    ("The NG tube is in good position. The endotracheal tube has been removed since the previous film.", ETT,
     "Evaluate the position of the endotracheal tube."),
    ("The ETT is well positioned. The feeding tube is coiled in the mid oesophagus.", ALL_DEVICES,
     "Which device is malpositioned?"),
    ("The tube is in good position. The other tube, the gastric one, is coiled in the oesophagus.", ETT,
     "Evaluate the position of the endotracheal tube."),
    ("The tube is in a good position except that the tip abuts the carina.", ETT,
     "Evaluate the position of the endotracheal tube."),
    ("The ETT is far from a satisfactory position, lying low in the airway.", ETT,
     "Evaluate the position of the endotracheal tube."),
    ("The cast is well sited. The distal fragment is tilted dorsally by 20 degrees.", FRAGMENTS,
     "What is the position of the fracture fragments?"),
])
def test_good_position_of_something_else_is_no_well_placed_answer(text: str, options: dict[str, str],
                                                                   question: str) -> None:
    assert _read(text, options, question) is None


def test_good_position_of_the_asked_device_beside_another_stands() -> None:
    text = "Appropriately placed ETT. The right jugular catheter tip projects over the right atrium."
    assert _read(text, ETT, "Evaluate the position of the endotracheal tube.") == "A"


PTX = {"A": "Left", "B": "Right", "C": "Both sides", "D": "No pneumothorax"}


@pytest.mark.parametrize("text, question, want", [
    ("Right lower lobe consolidation. The left lung is clear. No pneumothorax.", "On which side is the pneumothorax?",
     None),
    ("Subcutaneous emphysema over the left chest wall; the right lung is clear.", "On which side is the pneumothorax?",
     None),
    ("There is a large left pleural effusion; the right lung is clear.", "Toward which side is the mediastinum shifted?",
     None),
    ("Left tension pneumothorax; the right lung is clear.", "On which side is the pneumothorax?", "A"),
])
def test_side_option_only_for_the_asked_abnormality(text: str, question: str, want: str | None) -> None:
    assert _read(text, PTX, question) == want


def test_cut_after_a_whole_study_denial_keeps_the_normal_option() -> None:
    options = {"A": "Consolidation", "B": "No acute findings", "C": "Pneumothorax", "D": "Pleural effusion"}
    text = "No acute findings are seen in the chest. The heart is normal in size and the"
    assert _read(text, options, "What is the main finding on this chest radiograph?") == "B"
