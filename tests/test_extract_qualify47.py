"""Lane qualify47 (issue #7, precision of multiple-choice answers): no reader maps a statement to an option whose
qualifier the statement contradicts ("chronic subdural haematoma" is no "Acute subdural hematoma", "two pulmonary
nodules" no "Solitary pulmonary nodule", ``answers/qualifiers.OPPOSED``), and two candidates joined by "or" /
"versus" or weighed "between" each other are no pick ("in keeping with metastases or Paget disease", "I'd narrow it
to B or D"). Both checks run where every reader's pick is accepted (``extract/choice_reader.read_choice_answer``).

Near misses: the qualifier agrees or is not said, the rival is denied or only supposed, a letter names the pick.
Texts written for this lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.option_narrowed import offered_beside, qualifier_contradicted
from medstep.types import AnswerType, Sample

_DX = "What is the most likely diagnosis?"
_SDH = ("Acute subdural hematoma", "Epidural hematoma", "Subarachnoid hemorrhage", "Cerebral contusion")
_SPN = ("Solitary pulmonary nodule", "Lobar pneumonia", "Pleural effusion", "Pneumothorax")
_PAGET = ("Paget disease", "Osteoporosis", "Osteopetrosis", "Fibrous dysplasia")


def _read(text: str, options: tuple[str, ...], question: str = _DX) -> str | None:
    sample = Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE,
                    options=dict(zip("ABCD", options)))
    got = extract(text, sample)
    return got.answer if got.status.value == "scored" else None


CONTRADICTED = [
    ("A crescentic hypodense collection over the left convexity, in keeping with a chronic subdural haematoma.", _SDH),
    ("Hyperdense crescentic blood over the right hemisphere: an acute subdural haematoma.",
     ("Chronic subdural hematoma", "Epidural hematoma", "Subarachnoid hemorrhage", "Cerebral contusion")),
    ("There is a non-displaced fracture of the distal radius with preserved alignment.",
     ("Displaced fracture of the radius", "Dislocation of the elbow", "Normal study", "Osteomyelitis")),
    ("The mid-shaft clavicle fracture is displaced by a full shaft width with overlap.",
     ("Undisplaced clavicle fracture", "Acromioclavicular separation", "Normal shoulder", "Shoulder dislocation")),
    ("Dilated, hyperaemic appendix without extraluminal gas or abscess: uncomplicated appendicitis.",
     ("Perforated appendicitis", "Mesenteric adenitis", "Ovarian torsion", "Crohn disease")),
    ("Two pulmonary nodules are seen, one in the right upper lobe and one in the left lower lobe.", _SPN),
    ("Multiple pulmonary nodules scattered through both lungs.", _SPN),
    ("A small benign pleural effusion, transudative, in a patient with heart failure.",
     ("Malignant pleural effusion", "Pneumothorax", "Pulmonary oedema", "Lobar collapse")),
    ("Consolidation with air bronchograms in the right lower lobe: pneumonia.",
     ("Right middle lobe pneumonia", "Pneumothorax", "Pleural effusion", "Cardiomegaly")),
    ("Atrophic gland with coarse calcifications and a beaded duct: chronic pancreatitis.",
     ("Acute pancreatitis", "Pancreatic adenocarcinoma", "Cholecystitis", "Normal")),
    # the finding by another name of its concept, not the option's head noun
    ("Crescentic low-density extra-axial fluid: a chronic subdural collection.", _SDH),
    ("Chronic SDH over the left convexity.", _SDH),
]


@pytest.mark.parametrize(("text", "options"), CONTRADICTED)
def test_an_option_whose_qualifier_the_statement_contradicts_is_not_read(text: str, options: tuple[str, ...]) -> None:
    assert _read(text, options) is None
    assert qualifier_contradicted(text, options[0], options[1:])


KEPT = [
    ("Hyperdense crescent along the right convexity crossing sutures: acute subdural haematoma.", _SDH),
    ("Crescent-shaped collection crossing the suture lines, typical of a subdural haematoma.", _SDH),
    ("Distal radius fracture with dorsal displacement of the distal fragment; the fracture is displaced.",
     ("Displaced fracture of the radius", "Dislocation of the elbow", "Normal study", "Osteomyelitis")),
    ("Appendicitis with an extraluminal gas bubble and a periappendiceal abscess: the appendix has perforated.",
     ("Perforated appendicitis", "Mesenteric adenitis", "Ovarian torsion", "Crohn disease")),
    ("A single well-circumscribed pulmonary nodule in the right upper lobe, nothing else.", _SPN),
    ("Numerous pulmonary nodules of varying size in both lungs.",
     ("Multiple pulmonary nodules", "Lobar pneumonia", "Pleural effusion", "Pneumothorax")),
    ("There is a right-sided pneumothorax with a visible pleural edge at the apex.",
     ("Right pneumothorax", "Pleural effusion", "Consolidation", "Normal")),
    ("Large effusion with nodular pleural thickening: a malignant pleural effusion.",
     ("Malignant pleural effusion", "Pneumothorax", "Pulmonary oedema", "Lobar collapse")),
    ("Acute SDH over the left convexity.", _SDH),
    ("Oedematous pancreas with peripancreatic fat stranding: pancreatitis.",
     ("Acute pancreatitis", "Pancreatic adenocarcinoma", "Cholecystitis", "Normal")),
    ("Cortical thickening and coarse trabeculae of the pelvis: Paget disease.", _PAGET),
    ("Whether one calls it osteitis or not, the coarse trabeculae and expansion say Paget disease.", _PAGET),
]


@pytest.mark.parametrize(("text", "options"), KEPT)
def test_an_agreeing_or_unsaid_qualifier_keeps_the_pick(text: str, options: tuple[str, ...]) -> None:
    assert _read(text, options) == "A"


def test_the_agreeing_option_beside_the_contradicted_one_is_read() -> None:
    options = ("Perforated appendicitis", "Uncomplicated appendicitis", "Ovarian torsion", "Crohn disease")
    text = "The inflamed appendix is intact with no free gas or collection, so this is uncomplicated appendicitis."
    assert _read(text, options) == "B"


def test_a_denied_or_supposed_rival_qualifier_contradicts_nothing() -> None:
    assert not qualifier_contradicted("Acute subdural haematoma, not a chronic one.", _SDH[0])
    assert not qualifier_contradicted("A chronic subdural haematoma would be hypodense. This is an acute subdural "
                                      "haematoma.", _SDH[0])
    assert not qualifier_contradicted("Chronic subdural haematoma.", "Subdural hematoma")  # the option says no kind


def test_a_letter_naming_the_pick_keeps_it() -> None:
    assert _read("Chronic subdural haematoma on the left. Answer: A", _SDH) == "A"


ALTERNATIVES = [
    ("The sclerotic pelvis is in keeping with metastases or Paget disease.", _PAGET),
    ("Bilateral hilar nodes: sarcoidosis versus lymphoma, tissue sampling needed.",
     ("Sarcoidosis", "Silicosis", "Pulmonary oedema", "Pneumothorax")),
    ("A. Cyst - no. B. Abscess - possible. C. Necrotic tumour - possible. I'd narrow it to B or C.",
     ("Simple cyst", "Abscess", "Necrotic tumour", "Haematoma")),
    ("Both fit the pattern and I'm torn between A and C here.",
     ("Sarcoidosis", "Silicosis", "Lymphoma", "Pneumothorax")),
]


@pytest.mark.parametrize(("text", "options"), ALTERNATIVES)
def test_two_candidates_joined_as_alternatives_are_no_pick(text: str, options: tuple[str, ...]) -> None:
    assert _read(text, options) is None


def test_synonyms_or_a_denied_pair_offer_no_alternative() -> None:
    assert not offered_beside("Paget disease or osteitis deformans of the pelvis.", "Paget disease")
    assert not offered_beside("Paget disease. No metastasis or fracture.", "Paget disease")
    assert offered_beside("In keeping with metastases or Paget disease.", "Paget disease")
