"""Closed questions outside the chest answered by a textbook sign or description (session 19, issue #7): rows of
``extract/signs.tsv`` (MSK, neuro, abdomen, prostate), an artery asked by its initials and answered in words, both
sides answering a sided question, "focal" of a lesion, a tumour named for the asked lesion, and a closing agreement
with the request ("..., consistent with the clinical history")."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a knee joint effusion?", "Lateral view: the quadriceps and prefemoral fat pads are separated.", "yes"),
    ("Is there a joint effusion?", "The suprapatellar pouch is distended.", "yes"),
    ("Is there a Hill-Sachs lesion?", "There is a wedge-shaped notch in the posterolateral humeral head.", "yes"),
    ("Is there a Hill-Sachs lesion?", "The posterolateral humeral head is smooth.", "no"),
    ("Is the shoulder dislocated?", "On the Y view the humeral head lies inferior to the coracoid.", "yes"),
    ("Is the shoulder dislocated?", "Glenohumeral alignment is maintained.", "no"),
    ("Is the shoulder dislocated?", "AP view: the humeral head is congruent with the glenoid.", "no"),
    ("Is there osteoarthritis of the hip?", "Superolateral joint space narrowing with acetabular osteophytes.", "yes"),
    ("Is there splenic infarction?", "A peripheral wedge of the spleen does not enhance.", "yes"),
    ("Is there splenic infarction?", "The spleen enhances uniformly.", "no"),
    ("Does the mass invade the chest wall?", "The tumour grows through the intercostal muscles to reach the ribs.", "yes"),
    ("Is there chest wall invasion?", "The extrapleural fat plane is preserved.", "no"),
    ("Is there bowel ischaemia?", "The small bowel wall enhances normally.", "no"),
    ("Is there mesenteric ischaemia?", "Several non-enhancing small bowel loops in the left abdomen.", "yes"),
    ("Is there a subdural haematoma?", "Crescentic extra-axial collection over the left convexity crossing the lambdoid suture.",
     "yes"),
    ("Is there extracapsular extension?", "The prostatic capsule is intact.", "no"),
    ("Is there extraprostatic extension?", "Obliteration of the right rectoprostatic angle.", "yes"),
    ("Is there a pneumothorax on this supine film?", "A deep sulcus sign at the left base.", "yes"),
])
def test_a_textbook_sign_answers_the_finding(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a subdural haematoma?", "A lentiform collection that does not cross the sutures."),
    ("Is the shoulder dislocated?", "The humeral head was anterior to the glenoid before reduction; now congruent with"
                                    " the glenoid."),
    ("Is there splenic infarction?", "A wedge-shaped hypodense area in the kidney."),
    ("Does the tumour invade the chest wall?", "It abuts the chest wall but the fat plane is preserved."),
    ("Is there osteoarthritis of the hip?", "Knee: joint space narrowing and osteophytes."),
    ("Is there bowel ischaemia?", "Normal enhancement of the bowel wall except a segment of ileum which does not enhance."),
    ("Is there a pneumothorax?", "Deep sulcus sign is absent."),
])
def test_a_sign_held_open_or_of_another_place_reads_nothing(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    # an artery asked by its initials, answered in words (and the other way round)
    ("Is there a hyperdense MCA sign?", "Hyperdense right middle cerebral artery on the non-contrast CT.", "yes"),
    ("Is a dense basilar artery sign present?", "Dense basilar sign.", "yes"),
    ("Is there a dense MCA sign?", "Hyperdense basilar artery.", None),
    # both sides answer a sided question; one other side does not
    ("Is a hyperdense left ICA sign present?", "Both internal carotid arteries are of normal density.", "no"),
    ("Is a hyperdense left ICA sign present?", "The right internal carotid artery is of normal density.", None),
])
def test_an_artery_sign(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a focal liver lesion?", "The liver is unremarkable.", "no"),
    ("Is there a focal liver lesion?", "Diffuse steatosis, no liver lesion.", "no"),
    ("Is there a focal liver lesion?", "A 15 mm liver lesion in segment 2.", "yes"),
    ("Is the lesion malignant?", "Benign haemangioma.", "no"),
    ("Is the lesion malignant?", "The features are those of a benign lipoma.", "no"),
    ("Is the lesion malignant?", "Imaging features are in keeping with a malignant tumour.", "yes"),
    ("Are there multiple lesions?", "Three lipomas in the subcutaneous fat.", "yes"),
    ("Is the lesion benign?", "Glaucoma is present.", None),
])
def test_a_lesion_by_another_name(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion?", "There is a moderate left pleural effusion, consistent with the clinical history.", "yes"),
    ("Is there a fracture?", "Displaced fracture of the right fifth metacarpal neck, in keeping with the mechanism of injury.",
     "yes"),
    ("Is there a pneumothorax?", "No pneumothorax, compatible with the clinical presentation.", "no"),
    ("Is there a pneumothorax?", "There is a small pneumothorax, possibly consistent with the history.", None),
])
def test_an_agreement_with_the_request_is_no_hedge(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # an ectopic and an intrauterine pregnancy are two kinds of pregnancy, not its synonyms
    ("Is there an ectopic pregnancy?", "Live intrauterine pregnancy; both adnexa are unremarkable.", None),
    ("Is there an ectopic pregnancy?", "A gestational sac is present.", None),
    ("Is there an ectopic pregnancy?", "Left tubal ectopic pregnancy with a ring of fire.", "yes"),
    ("Is there an intrauterine pregnancy?", "There is an intrauterine gestation with a fetal pole.", "yes"),
    ("Is there a pregnancy?", "Ectopic pregnancy in the right tube.", "yes"),
    # age-appropriate ventricles; a pericardial collection is an effusion
    ("Is there hydrocephalus?", "The ventricles and sulci are age appropriate.", "no"),
    ("Is there hydrocephalus?", "Ventricular size is normal for age.", "no"),
    ("Is there a pericardial effusion?", "No pericardial collection is seen.", "no"),
])
def test_vocabulary_kinds_and_states(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a rotator cuff tear?", "Partial-thickness defect of the supraspinatus at its footprint.", "yes"),
    ("Is there a supraspinatus tear?", "Supraspinatus tendinosis without a full-thickness defect.", None),
    ("Is there an abscess?", "There is a 4 cm rim-enhancing collection in the pelvis.", "yes"),
    ("Is there a kidney stone?", "Left kidney: a 4 mm echogenic focus with acoustic shadowing.", "yes"),
    ("Is there a kidney stone?", "Gallbladder: echogenic focus with posterior acoustic shadowing.", None),
    ("Is there a pulmonary embolism?", "The pulmonary arteries opacify normally to the segmental level.", "no"),
    # a "non-" prefixed to the sign's first word denies it (retired blind 35: read yes before session 35)
    ("Is there hydronephrosis of the left kidney?", "The left kidney is normal in size with a non-dilated collecting "
     "system.", None),
    ("Is there hydronephrosis?", "Non-dilated collecting system.", None),
])
def test_more_textbook_signs(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
