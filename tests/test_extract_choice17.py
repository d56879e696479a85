"""Choice answers, session 17 (issue #7): an option named without its letter. A classing verb placing the finding in
an option's class ("I would score it as highly suspicious, TI-RADS 5."), a grade's numeral in another writing
("Grade 3" for "Grade III", "TI-RADS 5" for "TR5"). One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Consolidation"}
TIRADS = {"A": "TI-RADS 2", "B": "TI-RADS 3", "C": "TI-RADS 4", "D": "TI-RADS 5"}
TR = {"A": "TR2", "B": "TR3", "C": "TR4", "D": "TR5"}
GRADE = {"A": "Grade I", "B": "Grade II", "C": "Grade III", "D": "Grade IV"}
BOSNIAK = {"A": "Bosniak I", "B": "Bosniak II", "C": "Bosniak IIF", "D": "Bosniak III"}


def _read(text: str, options: dict[str, str] = CXR, question: str = "What is the most likely diagnosis?") -> str | None:
    got = extract(text, Sample(id="c17", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("I would score it as highly suspicious, TI-RADS 5.", TIRADS, "D"),
    ("This nodule would be classified as TI-RADS 4 on the ACR scale.", TIRADS, "C"),
    ("Given the colloid features I'd put it at TI-RADS 2 in the end.", TIRADS, "A"),
    ("On balance I would classify this as a large pleural effusion.", CXR, "B"),
])
def test_a_classing_verb_places_the_finding_in_the_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("I would not classify this as a pleural effusion.", CXR),
    ("I wouldn't call it a pleural effusion.", CXR),
    ("I would never rate it TI-RADS 5.", TIRADS),
    ("I would never rate it TR5.", TR),
    ("One could call it a pleural effusion, but I am not sure.", CXR),
])
def test_a_denied_classing_verb_chooses_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


def test_a_class_defined_by_a_condition_is_not_the_choice() -> None:
    assert _read("The nodule is graded as TI-RADS 3 when spongiform; here it is solid, TI-RADS 4.", TIRADS) == "C"


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("This is a grade 3 injury.", GRADE, "C"),
    ("Grade two.", GRADE, "B"),
    ("It is a Bosniak 2F cyst.", BOSNIAK, "C"),
    ("Bosniak category 3.", BOSNIAK, "D"),
    ("TI-RADS 5.", TR, "D"),
    ("Total 8 points, which is TI-RADS category 5.", TR, "D"),
    ("Category: TR 4", TR, "C"),
])
def test_a_grade_in_another_numeral_names_the_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


def test_a_grade_numeral_with_a_letter_is_not_the_bare_grade() -> None:
    # "Bosniak 2F" is IIF, not II: the letter after the numeral is part of the category
    assert _read("It is a Bosniak 2F cyst.", {"A": "Bosniak I", "B": "Bosniak II", "C": "Bosniak III",
                                              "D": "Bosniak IV"}) is None


PAIR = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Both A and B", "D": "Neither A nor B"}
PAIR_WORDS = {"A": "Hilar lymphadenopathy", "B": "Pulmonary nodules", "C": "Both", "D": "Neither"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Both findings are present.", PAIR, "C"),
    ("Both are seen: fluid layering at the base and a visceral pleural line.", PAIR, "C"),
    ("Both pleural effusion and pneumothorax are present.", PAIR, "C"),
    ("Neither is seen.", PAIR, "D"),
    ("Neither of them is present; the pleura is normal.", PAIR, "D"),
    ("There is neither hilar lymphadenopathy nor any pulmonary nodule.", PAIR_WORDS, "D"),
])
def test_both_and_neither_options_are_read_from_what_the_reply_says(text: str, options: dict[str, str],
                                                                     letter: str) -> None:
    assert _read(text, options, "Which is present?") == letter


@pytest.mark.parametrize("text", [
    "Neither pleural effusion nor pneumothorax can be excluded.",
    "Neither is seen clearly; it could be either.",
    "Both could be present.",
])
def test_a_hedged_both_or_neither_chooses_nothing(text: str) -> None:
    assert _read(text, PAIR, "Which is present?") is None


CYST = {"A": "Simple cyst", "B": "Complex cyst", "C": "Renal cell carcinoma", "D": "Angiomyolipoma"}


@pytest.mark.parametrize("text", [
    "A mass would suggest carcinoma instead, but here it is a simple cyst.",
    "An enhancing solid component would suggest renal cell carcinoma; here it is a simple cyst.",
    "If there were fat it would be an angiomyolipoma; here it is a simple cyst.",
])
def test_an_option_a_supposed_feature_would_point_to_is_set_aside(text: str) -> None:
    assert _read(text, CYST) == "A"


def test_a_supposed_feature_alone_chooses_nothing() -> None:
    assert _read("Macroscopic fat would suggest angiomyolipoma.", CYST) is None
    assert _read("This would suggest angiomyolipoma.", CYST) == "D"  # the writer's own reading


KNEE = {"A": "Baker cyst", "B": "Meniscal cyst", "C": "Ganglion cyst", "D": "Popliteal artery aneurysm"}


def test_between_as_a_place_is_no_hedge() -> None:
    text = "There is a fluid collection with a neck between the semimembranosus and gastrocnemius tendons, so a Baker cyst."
    assert _read(text, KNEE) == "A"


@pytest.mark.parametrize("text", [
    "It is between a Baker cyst and a meniscal cyst; I can't decide.",
    "The differential is between a Baker cyst and a meniscal cyst.",
    "Between A and C, I cannot decide.",
])
def test_between_two_candidates_still_weighs(text: str) -> None:
    assert _read(text, KNEE) is None


FOOT = {"A": "Lisfranc injury", "B": "Jones fracture", "C": "Calcaneal fracture", "D": "Talar dome lesion"}


@pytest.mark.parametrize("text", [
    "This is a Lisfranc fracture-dislocation.",
    "**Impression**\nLisfranc fracture-dislocation.",
    "I think it is probably a Lisfranc fracture-dislocation.",
])
def test_a_broad_head_noun_is_named_by_a_narrower_one_after_the_name(text: str) -> None:
    assert _read(text, FOOT) == "A"


def test_a_narrower_noun_without_the_name_names_no_option() -> None:
    assert _read("This is a fracture-dislocation of the midfoot.", FOOT) is None


def test_a_word_qualifying_a_concept_by_an_options_word_keeps_that_option() -> None:
    # "hyphae" is a concept Aspergillus and Candida share in the vocabulary; "Mucorales" qualifies it as Mucor's
    fungi = {"A": "Aspergillus", "B": "Mucor", "C": "Candida", "D": "Cryptococcus"}
    assert _read("Pauciseptate Mucorales hyphae with right-angle branching.", fungi,
                 "Which organism is most likely?") == "B"


def test_how_a_technique_is_judged_is_no_reading_of_it() -> None:
    got = extract("Rotation is assessed by comparing the distance between the medial clavicle ends and the spinous "
                  "processes.", Sample(id="c17", question="Is the patient rotated?", answer="yes",
                                       answer_type=AnswerType.CLOSED))
    assert got.answer is None


PED = {"A": "Intussusception", "B": "Appendicitis", "C": "Midgut volvulus", "D": "Mesenteric adenitis"}
BOWEL = {"A": "Small bowel obstruction", "B": "Sigmoid volvulus", "C": "Cecal volvulus", "D": "Ileus"}
LUNG = {"A": "Sarcoidosis", "B": "Tuberculosis", "C": "Lymphoma", "D": "Silicosis"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Target sign with a crescent of fat.", PED, "A"),
    ("Bowel-within-bowel appearance in the right abdomen.", PED, "A"),
    ("Corkscrew duodenojejunal loop.", PED, "C"),
    ("Coffee-bean sign arising from the pelvis.", BOWEL, "B"),
    ("Noncaseating granulomas.", LUNG, "A"),
    ("Eggshell calcification of hilar nodes in a sandblaster.", LUNG, "D"),
])
def test_a_textbook_sign_of_one_option_names_it(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("No target sign.", PED),
    ("Possibly a target sign, but it could be a lymph node.", PED),
    ("Target sign with a whirlpool sign of the mesenteric vessels.", PED),
    ("Coffee-bean sign was absent.", BOWEL),
])
def test_a_sign_denied_hedged_or_beside_another_names_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


def test_a_headed_short_last_line_is_stated_not_cut() -> None:
    text = ("**Findings**\n- Widening of the interval between the first and second metatarsal bases\n- Fleck sign\n\n"
            "**Impression**\nLisfranc fracture-dislocation")
    assert _read(text, FOOT) == "A"


def test_a_named_carcinoma_is_read_from_its_cancer() -> None:
    liver = {"A": "Focal nodular hyperplasia", "B": "Hemangioma", "C": "Hepatocellular carcinoma", "D": "Metastasis"}
    assert _read("Arterial enhancement with washout: hepatocellular cancer.", liver) == "C"


@pytest.mark.parametrize(("text", "letter"), [
    ("There is a hydropneumothorax, so both.", "C"),
    ("The film shows both an effusion and a pneumothorax.", "C"),
    ("Neither an effusion nor a pneumothorax.", "D"),
    ("Both, or perhaps neither.", None),
    ("Neither, or maybe both.", None),
])
def test_both_and_neither_in_a_clause_and_by_head_nouns(text: str, letter: str | None) -> None:
    assert _read(text, PAIR, "Which is present?") == letter


ECG = {"A": "Sinus tachycardia", "B": "Atrial flutter", "C": "Second-degree heart block", "D": "Atrial fibrillation"}
HIP_AVN = {"A": "Avascular necrosis of the femoral head", "B": "Femoral neck fracture", "C": "Transient osteoporosis",
           "D": "Septic arthritis"}
ORGANS = {"A": "Hepatomegaly", "B": "Splenomegaly", "C": "Both", "D": "Neither"}


def test_a_ratio_is_no_label_colon() -> None:
    assert _read("Flutter waves with a 4:1 ratio; ventricular rate 75.", ECG) == "B"


def test_the_head_of_an_option_with_its_place_after_of() -> None:
    text = "Serpiginous subchondral sclerosis with a crescent of lucency, so I think this is avascular necrosis."
    assert _read(text, HIP_AVN) == "A"


def test_a_between_of_place_in_the_decision_sentence() -> None:
    text = ("On the weight-bearing view there is a gap between the first and second metatarsal bases, which fits a "
            "Lisfranc fracture-dislocation.")
    assert _read(text, FOOT) == "A"


def test_what_a_denied_clause_describes_is_not_stated() -> None:
    fungi = {"A": "Aspergillus", "B": "Histoplasma", "C": "Cryptococcus", "D": "Mucor"}
    text = "This is Mucorales (mucormycosis), not Aspergillus, which has narrow septate hyphae branching at acute angles."
    assert _read(text, fungi, "Which organism is most likely?") == "D"


@pytest.mark.parametrize(("text", "letter"), [
    ("The liver spans 19 cm and the spleen 16 cm; both organs are enlarged.", "C"),
    ("The liver is enlarged. The spleen is enlarged.", "C"),
    ("The liver is enlarged and so is the spleen.", None),
    ("The liver is enlarged; the spleen is normal in size.", None),
])
def test_both_parts_stated_in_other_words(text: str, letter: str | None) -> None:
    assert _read(text, ORGANS, "Which is present?") == letter


def test_a_class_named_after_a_longer_description() -> None:
    text = "I would categorise this as highly suggestive of malignancy, BI-RADS 5, and recommend biopsy."
    assert _read(text, {"A": "BI-RADS 2", "B": "BI-RADS 3", "C": "BI-RADS 4", "D": "BI-RADS 5"}) == "D"


def test_a_sign_under_a_shared_denial_names_nothing() -> None:
    assert _read("The whirlpool sign and the target sign are both absent.", PED) is None


def test_the_letters_inside_an_options_own_text_are_its_words() -> None:
    assert _read("Answer: Both A and B", PAIR, "Which is present?") == "C"
    assert _read("Neither A nor B.", PAIR, "Which is present?") == "D"
