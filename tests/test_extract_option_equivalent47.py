"""A choice committed to by stating the option's content in other words (``extract/option_equivalent.py``, names from
``answers/equivalents.py``): a modality by another of its names, an abbreviation by the words that open it, a finding by
a synonym the vocabulary holds. Near misses (the option denied, weighed, listed, another option affirmed too) read
nothing. Sentences of our own (lane choice47)."""

import pytest

from medstep.answers.equivalents import content, word_said
from medstep.extract import extract
from medstep.extract.concept_question import OPTION_FRAME
from medstep.types import AnswerType, Sample

_IMAGING = {"A": "CT", "B": "MRI", "C": "Ultrasound", "D": "Plain radiograph"}
_BRAIN = {"A": "HSV encephalitis", "B": "Glioblastoma", "C": "Cerebral abscess", "D": "Normal"}
_STUDY = {"A": "Fluoroscopic esophagram", "B": "CT abdomen", "C": "Upper GI endoscopy", "D": "Chest radiograph"}
_SCROTUM = {"A": "Testicular torsion", "B": "Epididymitis", "C": "Varicocele", "D": "Hydrocele",
            "E": "Testicular tumor"}
_LUNG = {"A": "Pulmonary embolism", "B": "Pneumonia", "C": "Pneumothorax", "D": "Normal"}


def _read(text: str, options: dict[str, str], question: str = "What is the most likely answer?") -> tuple[
        str | None, str]:
    e = extract(text, Sample(id="eq47", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return e.answer, e.rule


@pytest.mark.parametrize("text,options,letter", [
    ("The grayscale texture, the speckle and the fan-shaped field of view point to a sonographic acquisition.",
     _IMAGING, "C"),
    ("The cross-sectional slice with Hounsfield windowing: a computed tomography acquisition.", _IMAGING, "A"),
    ("Es handelt sich um eine Sonographie des Oberbauchs.", _IMAGING, "C"),
    ("Asymmetric temporal lobe signal with restricted diffusion: most consistent with herpes simplex encephalitis.",
     _BRAIN, "A"),
    ("This is a barium swallow, with contrast outlining the oesophageal lumen.", _STUDY, "A"),
    ("L'image montre une structure ovale avec un renforcement postérieur et un artefact de réverbération. Les contours "
     "sont nets et la vessie est visible en arrière. On distingue la graisse en surface. Il s'agit d'une échographie "
     "abdominale.", _IMAGING, "C"),
    ("La imagen muestra un corte en escala de grises, sombra acústica posterior y un campo de visión en abanico. No se "
     "ve hueso cortical ni ventana de Hounsfield. Se trata de una ecografía.", _IMAGING, "C"),
    # a broader option holding the stated finding too ("Testicular tumor", the vocabulary's testicular lesion) yields
    # to the option naming the stated concept itself (lane choicepara49: ``option_equivalent._broader_only``)
    ("Doppler shows no flow and a whirlpool of the cord. Given the sudden pain, this is a twisted testis that needs "
     "urgent surgery.", _SCROTUM, "A"),
])
def test_an_option_stated_in_other_words_is_read(text, options, letter):
    assert _read(text, options) == (letter, "option_equivalent")


@pytest.mark.parametrize("text,options", [
    ("It could be sonographic or a CT reconstruction; I cannot tell from this crop.", _IMAGING),
    ("Differential includes pulmonary embolism and pneumonia.", _LUNG),
    ("Herpes encephalitis was considered, but the ring-enhancing lesion favours an abscess.", _BRAIN),
    ("There is no sonographic evidence here; this is a plain film.", _IMAGING),
    ("Both sonography and computed tomography were performed.", _IMAGING),
    ("A barium swallow would be the next step.", _STUDY),
    ("Known spread of the cancer to the brain, with a history of HSV encephalitis.", _BRAIN),
    ("Si vede un'area ipoecogena con finestra a ventaglio. Si tratta di un'ecografia o forse di una TC.", _IMAGING),
    ("Airspace opacity with air bronchograms: this is consolidation of the right lower lobe.",
     {"A": "Left lower lobe consolidation", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Normal"}),
    ("L'immagine mostra un'area ipoecogena con rinforzo posteriore; il fegato è omogeneo. Non si vedono strutture "
     "ossee e la finestra è a ventaglio. Si tratta di un'ecografia o forse di una TC.", _IMAGING),
])
def test_an_option_weighed_listed_or_beside_another_is_not_read_here(text, options):
    assert _read(text, options)[1] != "option_equivalent"


def test_the_equivalence_layer_derives_names_from_the_shared_homes():
    hsv = content("HSV encephalitis", OPTION_FRAME)
    assert hsv.concepts == frozenset({"encephalitis"}) and hsv.abbreviations == frozenset({"hsv"})
    assert word_said("hsv", "herpes simplex encephalitis", abbreviation=True)
    assert not word_said("hsv", "autoimmune encephalitis", abbreviation=True)
    assert not word_said("hsv", "herpes encephalitis", abbreviation=True)  # one word opens no abbreviation
    assert content("Ultrasound", OPTION_FRAME).concepts == frozenset({"ultrasound"})
    assert word_said("kidney", "the renal pelvis")  # a word form of the shared table


@pytest.mark.parametrize("text,options,question", [
    # a modality named as the medium of the finding, asked for a study still to do
    ("On this sonographic image the diagnosis is cholecystitis.", _IMAGING, "Which imaging study should be done next?"),
    # a modality stated beside options that are diagnoses: the study the finding was seen on
    ("Final answer: the ovaries look normal on this ultrasound and the appendix is the source.",
     {"A": "Acute appendicitis", "B": "Ovarian torsion", "C": "Ectopic pregnancy", "D": "Normal sonogram"},
     "What is the most likely diagnosis?"),
    # a narrower study the modality's synonyms lump in is another study, not another name of the option's
    ("Final answer: a voiding cystourethrogram showing reflux.",
     {"A": "Barium enema", "B": "CT colonography", "C": "MRI pelvis", "D": "Ultrasound"}, "Which study is shown?"),
    # initials must open the abbreviation next to the option's concept
    ("Final answer: autoimmune encephalitis with hippocampal signal change.", _BRAIN, "What is the diagnosis?"),
    # a short qualifier of the option must be said too
    ("Final answer: acute ischemic stroke with restricted diffusion.",
     {"A": "Old infarct", "B": "Glioma", "C": "Abscess", "D": "Normal"}, "What is the diagnosis?"),
    # a second study joined in another language
    ("Il s'agit d'une échographie complétée par un scanner.", _IMAGING, "Which imaging modality is shown?"),
])
def test_a_medium_a_lumped_study_stray_initials_or_a_second_study_read_nothing_here(text, options, question):
    assert _read(text, options, question)[1] != "option_equivalent"


def test_initials_after_the_concept_and_the_medium_asked_for_are_read():
    assert _read("Final answer: encephalitis due to herpes simplex.", _BRAIN) == ("A", "option_equivalent")
    assert _read("Final answer: the lesion on the PET-CT is hypermetabolic.",
                 {"A": "PET", "B": "CT", "C": "MRI", "D": "Ultrasound"}, "Which modality was used?")[0] == "A"
