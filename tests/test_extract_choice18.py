"""Choice answers, session 18 (issue #7): a letter given after its option's description in a hyphenated compound
("most consistent with non-cardiogenic oedema (option A)"), a closing "that would be option C", and a letter whose
closing remark concedes something about another matter ("..., though aspiration can look the same."). Invented
sentences, several styles each; the gamed forms (a cue negated, a supposed case turned from, a closing turn against
the answer) stay unread."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OEDEMA = {"A": "Non-cardiogenic pulmonary oedema", "B": "Lobar pneumonia", "C": "Pleural effusion",
          "D": "Cardiogenic pulmonary oedema"}
HRCT = {"A": "Normal", "B": "Mosaic attenuation", "C": "Tree-in-bud nodules", "D": "Honeycombing"}
MASS = {"A": "Well-circumscribed mass", "B": "Spiculated mass", "C": "Normal breast", "D": "Skin thickening"}


def _read(text: str, options: dict[str, str], question: str = "Which finding is shown?") -> str | None:
    got = extract(text, Sample(id="c18", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Diffuse airspace opacity with a normal heart, most consistent with non-cardiogenic oedema (A).", OEDEMA, "A"),
    ("The picture fits a non-cardiogenic oedema (option A) rather than a cardiac cause; the heart is normal and the "
     "normal heart size argues against D.", OEDEMA, "A"),
    ("**Impression:** an irregular, ill-defined mass (option B), suspicious for carcinoma.", MASS, "B"),
    ("Findings are consistent with tree-in-bud nodules (C) in the right lower lobe.", HRCT, "C"),
])
def test_a_letter_after_a_hyphenated_description_is_chosen(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("The pattern is not consistent with non-cardiogenic oedema (A).", OEDEMA),
    ("These appearances are not consistent with interstitial oedema (A).", OEDEMA),
    ("The normal heart size argues against D.", OEDEMA),
])
def test_a_negated_cue_before_the_description_chooses_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


@pytest.mark.parametrize("text", [
    "That would be option C.",
    "Branching centrilobular opacities. That would be C. A single slice can mislead, but the branching is clear.",
    "<think>centrilobular, branching</think>\nSo this would be **option C**.",
    "Counting the small branching nodules, I think that'd be C.",
])
def test_that_would_be_a_letter_closes_on_it(text: str) -> None:
    assert _read(text, HRCT) == "C"


@pytest.mark.parametrize("text", [
    "If there were subpleural cysts, that would be option D.",
    "Subpleural cysts? That would be D, but none are seen.",
    "That would be option D if the cysts were stacked.",
])
def test_a_supposed_that_would_be_chooses_nothing(text: str) -> None:
    assert _read(text, HRCT) is None


@pytest.mark.parametrize("text", [
    "So the pattern is tree-in-bud — option C. Infection is the usual cause, though aspiration can look the same.",
    "Pattern: centrilobular and branching, option C. Endobronchial spread is typical although a CT is needed to map "
    "it.",
])
def test_a_concession_inside_a_closing_remark_keeps_the_letter(text: str) -> None:
    assert _read(text, HRCT) == "C"


@pytest.mark.parametrize("text", [
    "Tree-in-bud — option C. However, I am not confident on a single slice.",
    "Tree-in-bud — option C. But the slice is thick.",
    "Tree-in-bud — option C. I may be over-reading it, though.",
])
def test_a_closing_turn_against_the_letter_keeps_it_unread(text: str) -> None:
    assert _read(text, HRCT) is None


BRAIN = {"A": "Extra-axial dural-based mass", "B": "Ring-enhancing lesion", "C": "Normal brain",
         "D": "Intra-axial necrotic mass"}
ORBIT = {"A": "Zygomatic arch fracture", "B": "Orbital floor blowout fracture", "C": "Nasal bone fracture",
         "D": "Le Fort I fracture"}
DEVICE = {"A": "Single-chamber pacemaker", "B": "Implantable loop recorder", "C": "Port catheter",
          "D": "Cardioverter-defibrillator"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Avidly and homogeneously enhancing extra-axial mass over the convexity with a broad dural base.", BRAIN, "A"),
    ("**IMPRESSION:** Uniformly enhancing extra-axial lesion abutting the falx, with a dural tail.", BRAIN, "A"),
    ("Blow-out fracture of the left orbital floor with fat herniating into the antrum.", ORBIT, "B"),
    ("There is an orbital floor blow-out fracture.", ORBIT, "B"),
])
def test_a_compound_is_one_modifier_and_a_particle_one_word(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    # "dual-chamber" is no "single-chamber": the compound's later part alone does not name it
    ("Left chest wall dual-chamber device with leads in the right atrium and ventricle.", DEVICE),
    ("Extra-axial dural-based mass or a ring-enhancing lesion; I cannot tell on this sequence.", BRAIN),
    ("An extra-axial mass would have a dural tail; a ring-enhancing lesion would have a necrotic centre.", BRAIN),
])
def test_a_compound_part_or_every_option_chooses_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


CHEST = {"A": "No acute abnormality", "B": "Tension pneumothorax", "C": "Interstitial oedema", "D": "Lobar pneumonia"}
HEAD = {"A": "Subdural haematoma", "B": "Normal brain", "C": "Cerebral atrophy", "D": "Hydrocephalus"}
TWO_NORMAL = {"A": "Normal", "B": "Normal chest", "C": "Pneumothorax", "D": "Effusion"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Clear lungs, no effusion or pneumothorax, heart size within normal limits. No acute cardiopulmonary process.",
     CHEST, "A"),
    ("IMPRESSION: No acute cardiopulmonary disease.", CHEST, "A"),
    ("Findings: no intracranial haemorrhage, mass effect or midline shift. Ventricles and sulci are normal.", HEAD,
     "B"),
    ("<think>grey-white differentiation preserved</think>\nNo acute intracranial abnormality.", HEAD, "B"),
])
def test_a_normal_report_chooses_the_normal_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options", "question"), [
    ("Small right apical pneumothorax. No acute cardiopulmonary process otherwise.", CHEST, "Which finding is shown?"),
    ("The lungs may be clear, but the film is underpenetrated.", CHEST, "Which finding is shown?"),
    ("A normal brain would show no midline shift.", HEAD, "Which finding is shown?"),
    ("No acute cardiopulmonary process.", TWO_NORMAL, "Which finding is shown?"),  # two options call it normal
    ("No acute intracranial abnormality.", HEAD, "Which finding is NOT present?"),
    # a normal word with no statement read around it ("midline" is the trachea's normal)
    ("The lower poles lie close to the midline in front of the aorta.", {"A": "Normal kidneys", "B": "Horseshoe "
     "kidney", "C": "Renal agenesis", "D": "Polycystic kidneys"}, "Which is shown?"),
])
def test_a_finding_a_hedge_or_two_normal_options_choose_nothing(text: str, options: dict[str, str],
                                                                  question: str) -> None:
    assert _read(text, options, question) is None


LOBES = {"A": "Left lower lobe collapse", "B": "Right upper lobe consolidation with bulging fissure",
         "C": "Pleural effusion", "D": "Normal chest"}
CARPAL = {"A": "Scaphoid", "B": "Lunate", "C": "Triquetrum", "D": "Hamate"}


@pytest.mark.parametrize("text", [
    "Dense airspace consolidation in the right upper lobe. The minor fissure is displaced downward.",
    "Bulging of the horizontal fissure. Dense right upper lobe consolidation.",
])
def test_a_short_report_states_its_option_across_its_sentences(text: str) -> None:
    assert _read(text, LOBES) == "B"


@pytest.mark.parametrize(("text", "options", "question"), [
    ("I checked the right upper lobe for consolidation. The fissure is normal.", LOBES, "Which finding is shown?"),
    ("Right upper lobe consolidation. The fissure bulges. Should collapse also be considered?", LOBES,
     "Which finding is shown?"),
    # a list's items share its predicate: each bone named is called intact
    ("The scaphoid, lunate and hamate are intact on every view.", CARPAL, "Which bone is fractured?"),
    ("The scaphoid, the lunate and the hamate look intact. The flake arises from the remaining carpal bone.", CARPAL,
     "Which bone is fractured?"),
])
def test_a_report_that_questions_or_clears_an_option_chooses_nothing(text: str, options: dict[str, str],
                                                                     question: str) -> None:
    assert _read(text, options, question) is None


CTR = {"A": "Dextrocardia", "B": "Cardiothoracic ratio less than 0.5", "C": "Cannot assess",
       "D": "Cardiothoracic ratio greater than 0.5"}
LIVER = {"A": "Liver enlarged", "B": "Liver shrunken", "C": "Liver normal", "D": "Liver absent"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Heart 15 cm over a chest of 28 cm, about 0.54, so I would say the cardiothoracic ratio is greater than 0.5.",
     CTR, "D"),
    ("**Conclusion:** the cardiothoracic ratio is less than 0.5 (0.43).", CTR, "B"),
    ("The liver is enlarged, spanning 21 cm in the midclavicular line.", LIVER, "A"),
])
def test_an_option_stated_with_its_copula_names_it(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("The cardiothoracic ratio is not greater than 0.5.", CTR),
    ("Is the cardiothoracic ratio greater than 0.5? It is hard to say on an AP film.", CTR),
    ("The cardiothoracic ratio is greater than 0.5 or less than 0.5 depending on inspiration.", CTR),
])
def test_an_option_denied_asked_or_offered_with_its_copula_names_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


HEPATIC = {"A": "Hepatic haemangioma", "B": "Hepatocellular carcinoma", "C": "Simple hepatic cyst",
           "D": "Liver abscess"}


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Hepatic hemangioma.", HEPATIC, "A"),
    ("**Impression:** Hepatic hemangioma, with the typical nodular peripheral fill-in.", HEPATIC, "A"),
    ("Solitary intra-axial mass with central necrosis and a thick irregular enhancing wall.", BRAIN, "D"),
])
def test_an_option_named_in_another_spelling_or_word_form(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize("text", [
    "Not a hepatic hemangioma: it washes out in the portal phase.",
    "Hepatic hemangioma or hepatocellular carcinoma; a liver MRI would separate them.",
])
def test_another_spelling_denied_or_offered_names_nothing(text: str) -> None:
    assert _read(text, HEPATIC) is None


@pytest.mark.parametrize(("text", "letter"), [
    ("Centrilobular branching nodules, so that would be C; mosaic attenuation is absent.", "C"),
    ("Subpleural cysts, so that would be D, but none are seen here.", None),
])
def test_so_that_would_be_a_letter_closes_unless_turned_from(text: str, letter: str | None) -> None:
    assert _read(text, HRCT) == letter


def test_a_normal_report_may_deny_the_other_options_by_name() -> None:
    text = "**Findings:**\n- Lungs clear\n- No tension pneumothorax\n- No interstitial oedema\n\n**Impression:** Normal."
    assert _read(text, CHEST) == "A"


PTX = {"A": "No acute abnormality", "B": "Pneumothorax", "C": "Pulmonary oedema", "D": "Lobar pneumonia"}


@pytest.mark.parametrize(("text", "options"), [
    ("Option C. Honeycombing can coexist.", HRCT),  # C chosen by its letter; the text names D only as a possibility
    ("Pneumothorax? None. Lungs clear, heart normal.", PTX),  # asked, then answered otherwise
    ("Pneumothorax? Not on this film.", PTX),
])
def test_a_short_reply_does_not_name_an_option_it_only_asks_or_supposes(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


def test_a_possibility_beside_a_stated_option_keeps_the_stated_one() -> None:
    assert _read("Tree-in-bud nodules. Honeycombing may coexist.", HRCT) == "C"
