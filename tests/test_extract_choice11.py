"""Multiple-choice readings fixed in session 11 (choice11): plain letter statements ("So A, not B.", "Still, A.",
"Least likely: C." to a LEAST question, "Neither is abnormal: D."), an arrow closing the output, a German
"nicht C, sondern D", a closing refusal to choose with an adverb, and an echoed question that is not an answer.
Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}


def _sample(question: str = "What is the most likely finding?", options: dict[str, str] | None = None) -> Sample:
    return Sample(id="c11", question=question, answer="A", answer_type=AnswerType.CHOICE,
                  options=options or OPTIONS)


def _read(text: str, sample: Sample | None = None) -> tuple[str | None, Status]:
    got = extract(text, sample or _sample())
    return got.answer, got.status


@pytest.mark.parametrize("text, letter", [
    ("The lung edge is visible at the apex. So A, not B.", "A"),
    ("The heart is wide; the angles are sharp. Therefore C; not D.", "C"),
    ("The pleural line is subtle and I'm not fully sure. Still, A.", "A"),
])
def test_a_letter_after_a_concluding_adverb(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


def test_a_letter_after_still_with_more_words_is_not_read() -> None:
    assert _read("Still, A could be argued.")[0] is None


LEAST = _sample("Which of these is the LEAST likely diagnosis?",
                {"A": "Papillary carcinoma", "B": "Medullary carcinoma", "C": "Simple colloid cyst",
                 "D": "Follicular carcinoma"})


@pytest.mark.parametrize("text", [
    "Papillary carcinoma (A) is the most likely; medullary (B) can look similar. A colloid cyst is anechoic.\n\n"
    "Least likely: C.",
    "Papillary carcinoma (A) is the most likely. A colloid cyst is anechoic, so it is least likely: C.",
])
def test_least_label_answers_a_least_question(text: str) -> None:
    assert _read(text, LEAST) == ("C", Status.SCORED)


def test_most_likely_judgement_is_not_the_answer_to_a_least_question() -> None:
    assert _read("Papillary carcinoma (A) is the most likely here.", LEAST)[0] is None


KIDNEYS = _sample("Which structure is abnormal?",
                  {"A": "Right kidney", "B": "Left kidney", "C": "Both kidneys", "D": "Neither kidney"})
STEP = _sample("Which of the following is the BEST next imaging step?",
               {"A": "MRI with contrast", "B": "CT angiography", "C": "Ultrasound", "D": "No further imaging"})


@pytest.mark.parametrize("text, sample, letter", [
    ("Both kidneys are normal in size with no hydronephrosis. Neither is abnormal: D.", KIDNEYS, "D"),
    ("Within the window, a CTA to look for a large-vessel occlusion is the best next step: B. MRI (A) would delay "
     "treatment.", STEP, "B"),
])
def test_a_label_restating_the_question_then_the_letter(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", [
    "Least likely: C.",  # turns a most-likely question round
    "The options for the finding: A. Pneumothorax, B. Pleural effusion.",  # the options listed
    "Wall thickening with the accordion sign: C. difficile.",  # a name, not a letter
])
def test_labels_that_do_not_restate_the_question_give_no_letter(text: str) -> None:
    assert _read(text, _sample("What is the most likely diagnosis?"))[0] is None


def test_an_arrow_to_the_letter_closing_the_output_outranks_a_statement() -> None:
    text = "Severe stenosis of 70% or more, short of pulmonary edema since the vessels are clear. → C"
    assert _read(text) == ("C", Status.SCORED)


def test_german_not_but() -> None:
    assert _read("Die Antwort ist nicht C, sondern D.") == ("D", Status.SCORED)


def test_closing_refusal_to_choose_with_an_adverb_is_ambiguous() -> None:
    assert _read("If forced, D. But I really can't choose between B and D.") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text", ["**Is cardiomegaly present?**", "Cardiomegaly?"])
def test_an_echoed_question_naming_an_option_is_no_answer(text: str) -> None:
    assert _read(text) == (None, Status.UNPARSED)


CYSTS = _sample("Which of the following is the diagnosis?",
                {"A": "Lymphangioleiomyomatosis", "B": "Langerhans cell histiocytosis", "C": "Emphysema",
                 "D": "Pneumocystis pneumonia"})
ECG = _sample("Which ECG abnormality is shown?",
              {"A": "Atrial fibrillation", "B": "First-degree AV block", "C": "Complete heart block",
               "D": "Wolff-Parkinson-White"})
HEART = _sample("What is shown?", {"A": "Atrial septal defect", "B": "Ventricular septal defect",
                                   "C": "Tetralogy of Fallot", "D": "Transposition of the great arteries"})
LUNGS = _sample("What is the diagnosis?", {"A": "ARDS", "B": "Cardiogenic edema", "C": "Pneumonia",
                                           "D": "Pulmonary hemorrhage"})
ARTERY = _sample("Which artery is involved?", {"A": "LAD", "B": "LCx", "C": "RCA", "D": "Left main"})
SPINE = _sample("Which diagnosis is most likely?", {"A": "Ankylosing spondylitis", "B": "DISH",
                                                    "C": "Degenerative spondylosis", "D": "Psoriatic arthritis"})
WRIST = _sample("Which best describes the fracture?", {"A": "Greenstick", "B": "Torus (buckle)",
                                                        "C": "Salter-Harris II", "D": "Complete transverse"})


@pytest.mark.parametrize("text, sample, letter", [
    ("Diffuse thin-walled round cysts throughout both lungs in a young woman. This points to LAM.", CYSTS, "A"),
    ("Irregularly irregular R-R intervals and no P waves. This is consistent with AF. Not B, since there are no P "
     "waves to measure a PR interval from.", ECG, "A"),
    ("Boot-shaped heart with decreased pulmonary vascularity. This is the classic appearance of TOF.", HEART, "C"),
    ("Bilateral air-space opacities sparing the angles, normal heart size. Acute respiratory distress syndrome.",
     LUNGS, "A"),
    ("There is a tight stenosis in the proximal left anterior descending artery.", ARTERY, "A"),
    ("Flowing ossification along four contiguous vertebrae. Diffuse idiopathic skeletal hyperostosis. Ankylosing "
     "spondylitis would show thin syndesmophytes.", SPINE, "B"),
    ("Subtle bulging of the metaphyseal cortex without a fracture line. A buckle fracture.", WRIST, "B"),
])
def test_an_option_named_by_another_of_its_names(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


@pytest.mark.parametrize("text, sample", [
    ("Wedge-shaped opacity at the base. Findings consistent with PE.", _sample("What is the finding?")),
    ("The image shows thin-walled cysts in a woman with known LAM.", CYSTS),  # a description, not a decision
    ("The cysts are thin-walled. LAM would show this pattern.", CYSTS),  # the option only in a definition
    ("No buckle fracture is seen.", WRIST),
])
def test_other_names_that_do_not_choose(text: str, sample: Sample) -> None:
    assert _read(text, sample)[0] is None


def test_a_vocabulary_abbreviation_of_a_one_word_option() -> None:
    sample = _sample("What is the finding?", {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation",
                                              "D": "Atelectasis"})
    assert _read("Sharp pleural line with no markings beyond it: PTX.", sample) == ("A", Status.SCORED)


HEPATITIS = _sample("Which hepatitis virus is most associated with this biopsy?",
                    {"A": "Hepatitis A", "B": "Hepatitis B", "C": "Hepatitis C", "D": "Hepatitis E"})
LOBES = _sample("Which lobe is collapsed?", {"A": "Right upper lobe", "B": "Right middle lobe",
                                             "C": "Left upper lobe", "D": "Left lower lobe"})


@pytest.mark.parametrize("text, sample, letter", [
    # a letter, then a new sentence opening with another option's text: not that option mislabelled
    ("Ground-glass hepatocytes reflect surface antigen; this points to hepatitis B. Hepatitis C more typically "
     "shows lymphoid aggregates.", HEPATITIS, "B"),
    ("Veil-like opacity over the left hemithorax. Answer: C. Left lower lobe collapse would show a triangular "
     "retrocardiac opacity.", LOBES, "C"),
])
def test_a_new_sentence_after_a_letter_is_not_its_text(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


MASS = _sample("Which of the following best describes the mass?",
               {"A": "Teratoma", "B": "Thymoma", "C": "Lymphoma", "D": "Thyroid goiter"})
SHOULDER = _sample("Which muscle is torn?", {"A": "Supraspinatus", "B": "Infraspinatus", "C": "Subscapularis",
                                             "D": "Teres minor"})
TUBES = _sample("What is the finding in this hysterosalpingogram?",
                {"A": "Bilateral tubal patency", "B": "Hydrosalpinx", "C": "Uterine septum", "D": "Asherman syndrome"})


@pytest.mark.parametrize("text, sample, letter", [
    ("Anterior mediastinal mass with fat, fluid and a tooth-like calcification in a young adult — teratoma. "
     "Thymoma is solid soft tissue.", MASS, "A"),
    ("A full-thickness gap in the supraspinatus tendon with retraction of the torn tendon. The infraspinatus and "
     "subscapularis are intact.", SHOULDER, "A"),
    ("Both tubes are dilated distally with no free spill: that indicates hydrosalpinx. Note: free spill would "
     "indicate patency (A), which is not seen.", TUBES, "B"),
])
def test_other_options_named_as_definitions_normal_or_set_aside(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


def test_a_dash_before_an_option_inside_a_hedge_is_no_conclusion() -> None:
    assert _read("Fat and calcification in the anterior mediastinum — possibly a teratoma, or thymoma.", MASS)[0] \
        is None


HIP = _sample("What is the most likely diagnosis in this 6-year-old with a limp?",
              {"A": "Slipped capital femoral epiphysis", "B": "Legg-Calvé-Perthes disease", "C": "Transient synovitis",
               "D": "Developmental dysplasia of the hip"})
PELVIS = _sample("Which finding is seen on this pelvic ultrasound?",
                 {"A": "Ovarian torsion", "B": "Hemorrhagic cyst", "C": "Dermoid cyst", "D": "Endometrioma"})


@pytest.mark.parametrize("text, sample", [
    ("The femoral head is flattened and fragmented; in a 6-year-old this is classic for Perthes disease. SCFE occurs "
     "in adolescents; transient synovitis has a normal radiograph.", HIP),
    ("Lace-like internal echoes and a retracting clot. However, endometrioma may show ground-glass echoes. Ovarian "
     "torsion shows an enlarged ovary with peripheral follicles.", PELVIS),
])
def test_options_defined_in_the_closing_sentence_are_not_read_as_stated(text: str, sample: Sample) -> None:
    assert _read(text, sample)[0] not in ("A", "C")


FRACTURE = _sample("What is the abnormality seen in the image?",
                   {"A": "Fracture", "B": "Dislocation", "C": "Both", "D": "Neither"})
OPACITIES = _sample("Which of the following is present?",
                    {"A": "Reticular opacities", "B": "Nodular opacities", "C": "Both", "D": "Neither"})


@pytest.mark.parametrize("text, sample, letter", [
    ("A fracture of the distal radius with dorsal dislocation of the radiocarpal joint. Both are present.",
     FRACTURE, "C"),
    ("Both reticular and nodular opacities are present in the lower zones.", OPACITIES, "C"),
])
def test_both_stated_for_a_both_option(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", [
    "A fracture is seen; a dislocation could also be present. Both are possible.",
    "A fracture of the radius. Not both, though: the joint is congruent.",
    "Both wrists were imaged. There is a fracture of the left radius.",
])
def test_both_hedged_negated_or_naming_something_else_is_not_the_both_option(text: str) -> None:
    assert _read(text, FRACTURE)[0] != "C"


def test_a_second_letter_kept_open_after_the_answer_phrase_is_ambiguous() -> None:
    text = "I think the answer is probably C, but it could also be B given the line in the neck. I'm not sure."
    assert _read(text) == (None, Status.AMBIGUOUS)


def test_a_letter_kept_open_alone_is_still_read_as_hedging() -> None:
    assert _read("It could be A. It could also be B.") == (None, Status.AMBIGUOUS)


def test_weighing_two_options_and_closing_unsure_is_ambiguous() -> None:
    text = ("I'm going back and forth between B and D. The fluid is dependent, which favors a pleural effusion, but "
            "the vessels are hazy... honestly I'm not sure.")
    assert _read(text) == (None, Status.AMBIGUOUS)


def test_both_called_normal_is_not_the_both_option() -> None:
    sample = _sample("Which image shows the pathology?",
                     {"A": "Left image", "B": "Right image", "C": "Both", "D": "Neither"})
    assert _read("Both images show a normal appearance.", sample)[0] != "C"


QUADRANT = _sample("In which quadrant is the abnormality located?",
                   {"A": "Right upper quadrant", "B": "Left upper quadrant", "C": "Right lower quadrant",
                    "D": "Left lower quadrant"})


@pytest.mark.parametrize("text, sample, letter", [
    ("Solid, markedly hypoechoic, taller than wide, with microcalcifications.\n\n**Conclusion:** The findings point "
     "to **PTC**.", _sample("What is the most likely diagnosis of this thyroid nodule?",
                            {"A": "Papillary carcinoma", "B": "Colloid nodule", "C": "Follicular adenoma",
                             "D": "Thyroid cyst"}), "A"),
    ("Well-demarcated plaques with silvery scale over the elbows. This is psoriasis vulgaris.",
     _sample("Which condition is shown?", {"A": "Plaque psoriasis", "B": "Atopic dermatitis", "C": "Tinea corporis",
                                           "D": "Lichen planus"}), "A"),
    ("A snowstorm pattern with many small cystic spaces and no fetus. That's the classic appearance of a hydatidiform "
     "mole.", _sample("What is the likely diagnosis?", {"A": "Normal pregnancy", "B": "Ectopic pregnancy",
                                                        "C": "Molar pregnancy", "D": "Missed abortion"}), "C"),
    ("RLQ. There's a dilated, non-compressible appendix with fluid around it.", QUADRANT, "C"),
])
def test_more_names_from_the_vocabulary_and_a_leading_abbreviation(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


def test_a_leading_abbreviation_naming_no_option_gives_nothing() -> None:
    assert _read("CT. There's a dilated, non-compressible appendix with fluid around it.", QUADRANT)[0] is None


NEWBORN = _sample("What is the most likely diagnosis in a newborn with bilious vomiting?",
                  {"A": "Duodenal atresia", "B": "Necrotising enterocolitis", "C": "Hirschsprung disease",
                   "D": "Meconium ileus"})
HALO = _sample("Which sign is demonstrated?", {"A": "Air bronchogram", "B": "Silhouette sign", "C": "Halo sign",
                                               "D": "Reversed halo sign"})


@pytest.mark.parametrize("text, sample, letter", [
    # an arrow to the option's text; "D is meconium ileus" only says what option D is
    ("Double bubble → duodenal atresia. NEC and Hirschsprung (B, C) don't give this; D is meconium ileus.",
     NEWBORN, "A"),
    # what the brackets set aside is another option, not this one
    ("The ground-glass rim around a solid nodule is the CT halo sign (not the reversed variant).", HALO, "C"),
])
def test_an_option_stated_beside_others_named_or_set_aside(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


def test_an_arrow_to_an_option_inside_a_hedge_is_no_decision() -> None:
    assert _read("Double bubble → possibly duodenal atresia, or maybe meconium ileus.", NEWBORN)[0] is None


def test_a_side_written_sided_names_the_option() -> None:
    sample = _sample("Which abnormality is seen?", {"A": "Left pneumothorax", "B": "Right pneumothorax",
                                                    "C": "No pneumothorax"})
    assert _read("A pleural line along the right apex with no markings beyond it. Right-sided pneumothorax.",
                 sample) == ("B", Status.SCORED)


def test_a_dash_conclusion_with_a_bracketed_remark() -> None:
    sample = _sample("Which best describes this dental radiograph?",
                     {"A": "Dental caries", "B": "Periapical lesion", "C": "Impacted tooth", "D": "Root fracture"})
    text = "A lucency at the apex of the molar roots with loss of the lamina dura — periapical lesion (granuloma)."
    assert _read(text, sample) == ("B", Status.SCORED)


def test_a_condition_inside_a_concession_after_the_answer_is_no_second_answer() -> None:
    sample = _sample("What is the most likely diagnosis?",
                     {"A": "Seborrheic keratosis", "B": "Melanoma", "C": "Dermatofibroma", "D": "Blue nevus"})
    text = ("Milia-like cysts and comedo-like openings.\n\nSo my answer is seborrheic keratosis, although a biopsy "
            "would be reasonable if there is clinical concern about melanoma.")
    assert _read(text, sample) == ("A", Status.SCORED)


def test_a_condition_naming_another_answer_stays_a_conflict() -> None:
    assert _read("The answer is B if the fluid layers, otherwise D.") == (None, Status.AMBIGUOUS)
