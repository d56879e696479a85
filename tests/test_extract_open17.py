"""The open answer's span when the label sits inside a longer sentence: naming words ("what is called", "so-called",
"also known as"; ``extract/open_naming.py``), leading links and pseudo-clefts, foreign and Japanese/Chinese frames
(``extract/open_frames.py``), participle and absolute tails (``extract/open_tails.py``), and an answer cut after a
conjunction. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o17", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "It is what is called a bezoar.", "bezoar"),
    (DX, "This is known as a Jefferson fracture.", "jefferson fracture"),
    (DX, "The image shows what is known as a Baker's cyst.", "baker s cyst"),
    ("What sign is this?", "It is what radiologists call the 'coffee bean' sign.", "coffee bean sign"),
    (DX, "A fracture of the fifth metacarpal neck, also called a boxer's fracture.", "boxer s fracture"),
    (DX, "Ankylosing spondylitis, also called Bechterew disease.", "ankylosing spondylitis"),
])
def test_naming_words_are_not_part_of_the_label(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("text", "label"), [
    ("What we see here is a Monteggia fracture.", "monteggia fracture"),
    ("What is shown is a Pancoast tumour.", "pancoast tumour"),
    ("Consistent with acute appendicitis.", "acute appendicitis"),
    ("Suggestive of pulmonary embolism.", "pulmonary embolism"),
    ("Seems to be a Salter-Harris II fracture.", "salter harris ii fracture"),
    ("My diagnosis would be an osteochondroma.", "osteochondroma"),
    ("I'd call this a Smith fracture.", "smith fracture"),
    ("Overall the picture is one of acute cholecystitis.", "acute cholecystitis"),
])
def test_a_leading_link_or_pseudo_cleft_is_a_frame(text: str, label: str) -> None:
    assert _read(text)[0] == label


def test_a_conditional_pick_keeps_its_frame() -> None:
    # (the whole answer, normalised: no label span is taken out of a conditional pick)
    assert _read("My diagnosis would be gout if the crystals were negatively birefringent.")[0] == \
        "my diagnosis would be gout if crystals were negatively birefringent"


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "Il reperto è compatibile con una frattura prossimale dell'omero.", "frattura prossimale dell omero"),
    (DX, "Los hallazgos son compatibles con una apendicitis aguda.", "apendicitis aguda"),
    (DX, "Achados compatíveis com pneumotórax.", "pneumotórax"),
    ("¿Qué estructura señala la flecha?", "La flecha señala la glándula suprarrenal izquierda.",
     "glándula suprarrenal izquierda"),
    ("Welches Organ ist zu sehen?", "Es handelt sich um die Harnblase mit einer kleinen Wandverdickung.", "harnblase"),
    ("What is the abnormality?", "これは気胸です。", "気胸"),
    (DX, "気胸が認められます。", "気胸"),
    (DX, "考虑为气胸。", "气胸"),
    (DX, "符合肺炎表现。", "肺炎"),
])
def test_foreign_frames_are_dropped(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    (DX, "Osteosarcoma arising from the distal femoral metaphysis.", "osteosarcoma"),
    ("What is the abnormality?", "Large right pleural effusion tracking into the fissure.", "large right pleural effusion"),
    ("What device is seen?", "Endotracheal tube, its tip 4 cm above the carina.", "endotracheal tube"),
    (DX, "Acute appendicitis, the appendix measuring 11 mm with periappendiceal fat stranding.", "acute appendicitis"),
    (DX, "Colles fracture, dorsally angulated and impacted.", "colles fracture"),
    ("What is the abnormality?", "Left-sided pneumothorax on the left side.", "left sided pneumothorax"),
    ("Which lobe is affected?", "The consolidation involves the right upper lobe, sparing the other lobes.",
     "right upper lobe"),
    ("What imaging modality is this?", "This is a T2-weighted MRI image of the brain.", "mri"),
])
def test_what_follows_the_label_is_dropped(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Where is the tumour?", "Osteosarcoma arising from the distal femoral metaphysis.",
     "osteosarcoma arising from distal femoral metaphysis"),
    ("What is the abnormality?", "Pneumothorax on the right side.", "pneumothorax on right side"),
])
def test_a_place_asked_or_a_side_said_once_stays(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


def test_an_answer_cut_after_a_conjunction_is_truncated() -> None:
    assert _read("Let me think... the answer is likely sarcoid, but") == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What is shown?", "A well-corticated lucency around the crown of an unerupted molar, consistent with a dentigerous cyst.",
     "dentigerous cyst"),
    ("What is the finding?", "A fat-containing adrenal mass consistent with myelolipoma.", "myelolipoma"),
    ("What is the main finding?", "Diffuse bowel wall thickening with target sign, consistent with colitis.", "colitis"),
    ("What is the abnormality?", "Cotton wool spots and flame haemorrhages with AV nicking, which is typical of "
     "hypertensive retinopathy.", "hypertensive retinopathy"),
    (DX, "The 'apple core' lesion of the sigmoid is classic for colorectal carcinoma.", "colorectal carcinoma"),
    (DX, "Reticular opacities with honeycombing at the bases are the hallmark of usual interstitial pneumonia.",
     "usual interstitial pneumonia"),
])
def test_a_firm_conclusion_names_what_is_seen(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text"), [
    ("What is the main finding?", "Large left pneumothorax with mediastinal shift, consistent with tension."),
    ("What is seen in the lung apex?", "A thin-walled cavity in the right apex, suggestive of reactivation tuberculosis."),
])
def test_a_qualifier_or_a_hedged_guess_is_no_answer_to_what_is_seen(question: str, text: str) -> None:
    assert _read(text, question)[0] not in ("tension", "reactivation tuberculosis")


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Which artery is stenosed?", "The left internal carotid artery shows a 70% stenosis at its origin.",
     "left internal carotid artery"),
    ("What organ is enlarged?", "The spleen is enlarged, measuring 16 cm, with no focal lesion.", "spleen"),
    ("Which chamber is dilated?", "The left atrium is markedly dilated, measuring 55 mm.", "left atrium"),
])
def test_the_subject_of_a_restated_property_answers(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


def test_a_denied_property_names_no_subject() -> None:
    # (the whole answer, normalised: the denied organ is no subject taken as the label)
    assert _read("The liver is not enlarged.", "Which organ is enlarged?")[0] == "liver is not enlarged"


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Where is the stone?", "The stone is lodged at the left ureterovesical junction, and no other calculi are seen.",
     "left ureterovesical junction"),
    ("Where is the foreign body?", "The coin is impacted in the upper oesophagus.", "upper oesophagus"),
    ("Which lobe contains the nodule?", "The nodule is in the left lower lobe, superior segment, and no other nodules "
     "are seen.", "left lower lobe"),
    ("Which valve is affected?", "The affected valve is the aortic valve, whose leaflets are heavily calcified.",
     "aortic valve"),
    ("What sequence is this?", "This is a FLAIR image; CSF is suppressed.", "flair"),
    ("What is the rhythm?", "Atrial flutter with 2:1 block; sawtooth flutter waves are seen in II, III and aVF.",
     "atrial flutter"),
    (DX, "The most likely diagnosis here is intussusception.", "intussusception"),
    (DX, "This is a classic case of croup.", "croup"),
    ("What is the abnormality?", "There is evidence of a pneumoperitoneum.", "pneumoperitoneum"),
    (DX, "Scaphoid fracture seen on this X-ray.", "scaphoid fracture"),
])
def test_places_statements_and_settings_around_the_label(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


def test_a_semicolon_after_a_denial_cuts_nothing() -> None:
    assert _read("No abnormality is seen; the chest appears normal.", "What abnormality is seen in the chest?") == (
        "no abnormality is seen chest appears normal", Status.SCORED)


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What plane is this MRI?", "This is a sagittal T1-weighted image through the midline of the lumbar spine.",
     "sagittal"),
    ("Which plane is shown?", "Coronal (frontal) reconstruction.", "coronal"),
    ("What view is this chest radiograph?", "PA (posteroanterior) erect view — the scapulae are clear of the lung fields.",
     "pa"),
    ("What is the MRI sequence?", "It's diffusion-weighted imaging (DWI), b=1000.", "diffusion weighted imaging"),
])
def test_the_one_technique_value_asked_is_the_answer(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What plane is this?", "Axial and coronal images are shown.", "axial and coronal images are shown"),
    ("What sequence is this MRI?", "This is a T1-weighted post-contrast sequence.", "t1 weighted post contrast"),
    ("What is seen on the lateral view?", "A lateral view shows a fracture.", "fracture"),
])
def test_two_values_a_contrast_or_a_finding_question_take_no_value(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What is the stage of the pressure ulcer?", "Stage 2: partial-thickness loss of dermis with a shallow open ulcer.",
     "stage 2"),
    ("What is the abnormality?", "Pneumoperitoneum: free gas under both hemidiaphragms and Rigler sign.",
     "pneumoperitoneum"),
    (DX, "Thickened bowel wall with a target appearance and a pseudokidney: intussusception.", "intussusception"),
    ("What organism is seen?", "Budding yeasts with pseudohyphae: Candida albicans.", "candida albicans"),
    (DX, "Reticulation with honeycombing and traction bronchiectasis: pulmonary fibrosis.", "pulmonary fibrosis"),
])
def test_a_label_and_its_signs_around_a_colon(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What modality is this image?", "The image is a non-contrast head computed tomography.", "computed tomography"),
    ("What type of image is this?", "A plain radiograph (X-ray) of the left hand.", "x ray"),
    ("What imaging modality is this?", "Magnetic resonance imaging (MRI), T2-weighted.", "mri"),
    ("What modality is used here?", "Positron emission tomography fused with CT (PET/CT), using FDG.",
     "positron emission tomography fused with ct pet ct using fdg"),
])
def test_the_one_modality_named_answers_a_modality_question(question: str, text: str, label: str) -> None:
    assert _read(text, question)[0] == label


def test_an_answer_said_only_to_need_more_is_no_answer() -> None:
    assert _read("The diagnosis requires correlation with clinical history and laboratory values.") == (
        None, Status.UNPARSED)


def test_an_answer_given_beside_what_it_needs_stays() -> None:
    assert _read("Pneumonia. The diagnosis requires clinical correlation.")[0] is not None
