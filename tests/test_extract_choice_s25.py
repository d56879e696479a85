"""Multiple-choice answers, session 25 lane choice25 (issue #7): clear choices that were left unread.

* a case stem without a question sentence asks for an exception only when it asks ("All of the following … EXCEPT:",
  "Identify the finding that is NOT present."); a stem whose "not" / "absent" describe the case asks nothing;
* "so D rather than B": a letter concluded on, the other set aside by "rather than" / "instead of" without a comma;
* "… behind the heart — that's B.": a dash opens the clause "that's B" as a stop would;
* "D - hyperinflation, …": a letter opening the reply set off by a spaced hyphen ("B-cell" is a word, "A - B - C"
  lists letters);
* "The others (A, C, D) are …": the last letter of a bracketed letter list labels no option line;
* "✅ **C**" closing a reply that holds no other mark: the tick stamps the answer, it is no marked list;
* "… → epidural haematoma, option B.": an arrow hands over to a letter as it does to an option's text.

Each reading is checked beside a near miss that must stay unread (or ambiguous). Sentences of our own.
"""

from __future__ import annotations

import pytest

from medstep.answers import asks_for_exception
from medstep.extract import extract
from medstep.types import AnswerType, Sample

_JOINTS = {"A": "Erosive osteoarthritis", "B": "Psoriatic arthritis", "C": "Gout", "D": "Rheumatoid arthritis"}
_BLEED = {"A": "Subdural haematoma", "B": "Extradural haematoma", "C": "Subarachnoid haemorrhage",
          "D": "Intraventricular haemorrhage"}
_INFANT = {"A": "Round pneumonia", "B": "Pneumatoceles", "C": "Cardiomegaly", "D": "Air trapping with bronchial cuffing"}
_VASCULAR = {"A": "Venous malformation", "B": "Lymphatic malformation", "C": "Infantile haemangioma",
             "D": "Tufted angioma"}
_HIP = {"A": "Perthes disease", "B": "Irritable hip", "C": "Septic arthritis", "D": "Slipped capital femoral epiphysis"}


def _extract(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?"):
    return extract(text, Sample(id="s25", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options))


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?") -> str | None:
    return _extract(text, options, question).answer


@pytest.mark.parametrize("question", [
    "All of the following are signs of raised pressure EXCEPT:",
    "Identify the finding that is NOT present.",
    "Which of these is not a feature of the condition:",
    "Mark the sign that is absent in this disease.",
])
def test_a_stem_without_a_question_mark_still_asks_for_an_exception(question: str) -> None:
    assert asks_for_exception(question)


@pytest.mark.parametrize("question", [
    "Pelvis radiograph of a teenager: the line drawn along the femoral neck does not cross the epiphysis.",
    "Scrotal ultrasound in a boy with sudden pain shows absent flow in the left testis and a twisted cord.",
    "Scintigraphy shows prompt hepatic uptake, but the gallbladder is not seen after four hours.",
])
def test_a_stem_describing_what_is_absent_asks_no_exception(question: str) -> None:
    assert not asks_for_exception(question)


def test_an_option_named_in_a_stem_that_describes_an_absence_is_read() -> None:
    question = "Pelvis radiograph of a heavy teenager: the line along the femoral neck does not cross the epiphysis."
    text = "The epiphysis has slipped: the diagnosis is a slipped capital femoral epiphysis on that side."
    assert _read(text, _HIP, question) == "D"


@pytest.mark.parametrize("text", [
    "Symmetric erosions at the knuckles with bare osteopenia are classic for it, so D rather than B.",
    "My first thought was the psoriatic form. Looking again, the symmetric knuckle erosions decide it — so D rather "
    "than B.",
    "Knuckle erosions on both hands. So D instead of option B.",
])
def test_a_letter_concluded_on_with_another_set_aside_by_rather_than(text: str) -> None:
    assert _read(text, _JOINTS) == "D"


def test_rather_than_does_not_turn_a_supposed_letter_into_a_choice() -> None:
    text = "If the distal joints were involved it would be B rather than D; here I cannot tell which."
    assert _read(text, _JOINTS) is None


@pytest.mark.parametrize("text", [
    "The bleed is lens-shaped and stops at the sutures — that's B. A crescent (A) would cross them.",
    "The bleed is lens-shaped and stops at the sutures - that's B. A crescent (A) would cross them.",
])
def test_that_is_the_letter_after_a_dash(text: str) -> None:
    assert _read(text, _BLEED) == "B"


def test_a_dash_before_a_supposed_letter_chooses_nothing() -> None:
    text = "A lens shape — that would be B if the sutures were respected. A crescent (A) would cross them."
    assert _read(text, _BLEED) is None


@pytest.mark.parametrize("text", [
    "D - trapped air, thick bronchial walls, small patches of collapse.",
    "**D** - trapped air and thickened bronchial walls.",
    "B: thin-walled cysts after the infection. The others (A, C, D) are not what this shows.",
    "B: thin-walled cysts. The others (options A and D) are less typical.",
])
def test_a_letter_opening_the_reply(text: str) -> None:
    assert _read(text, _INFANT) == text.strip("*")[0]


@pytest.mark.parametrize("text", [
    "A - B - C are all unlikely here; D.",
    "A — B — C are all unlikely here; D.",
    "B-cell infiltrates are not seen on a radiograph.",
    "B: thin-walled cysts. A) no C) no",
])
def test_a_hyphen_or_a_label_list_opens_no_answer(text: str) -> None:
    assert _read(text, _INFANT) is None


@pytest.mark.parametrize("text", [
    "High flow rules out the slow-flow malformations, and it is shrinking after growing.\n\n✅ **C**",
    "Growth after birth, then involution.\n\n✅ C",
])
def test_a_lone_ticked_letter_closes_the_reply(text: str) -> None:
    assert _read(text, _VASCULAR) == "C"


@pytest.mark.parametrize("text", [
    "Growth after birth, then involution.\n\n✅ **C** ✅ **D**",
    "A ❌ slow flow\nB ❌ slow flow\nGrowth, then involution.\n✅ **C**\n✅ **D**",
])
def test_ticks_on_two_options_choose_neither(text: str) -> None:
    assert _read(text, _VASCULAR) is None


@pytest.mark.parametrize("text", [
    "Lens shape, sutures respected, a fracture above it → extradural haematoma, option B. Not A: that would be a "
    "crescent.",
    "Lens shape and an overlying fracture → B. A subdural collection would be crescentic.",
])
def test_an_arrow_hands_over_to_a_letter(text: str) -> None:
    assert _read(text, _BLEED) == "B"


@pytest.mark.parametrize("text", [
    "Crescent → A. Lens → B. I cannot see which shape this one has.",
    "Lens shape → B? Not sure; it could be A.",
])
def test_arrows_to_two_letters_or_a_questioned_one_choose_nothing(text: str) -> None:
    assert _read(text, _BLEED) is None


_BOWEL = {"A": "Ulcerative colitis with backwash ileitis", "B": "Intestinal tuberculosis", "C": "Crohn disease",
          "D": "Small-bowel lymphoma"}
_KNEE = {"A": "Parameniscal cyst", "B": "Popliteal artery aneurysm", "C": "Baker's cyst", "D": "Cruciate ganglion"}


def test_an_eponym_s_possessive_names_the_option_written_without_it() -> None:
    text = ("## Answer\nCrohn's disease\n\n## Why not the others\n- **Tuberculosis:** prefers the caecum and shrinks "
            "it.\n- **Lymphoma:** widens the lumen rather than narrowing it.")
    assert _read(text, _BOWEL) == "C"


@pytest.mark.parametrize("text", [
    "This is a popliteal (Baker) cyst; its neck between the muscle and the tendon settles it.",
    "This is a Baker cyst; its neck between the muscle and the tendon settles it.",
])
def test_an_option_written_with_a_possessive_is_named_without_it(text: str) -> None:
    assert _read(text, _KNEE) == "C"


def test_a_possessive_named_option_still_set_aside() -> None:
    text = "Not a Baker's cyst: the sac fills with colour flow, so this is a popliteal artery aneurysm."
    assert _read(text, _KNEE) == "B"


_NODES = {"A": "N0", "B": "N1", "C": "N2", "D": "N3", "E": "NX"}
_CAVITY = {"A": "Pneumonia", "B": "Lung abscess", "C": "Empyema", "D": "Bronchogenic carcinoma"}


@pytest.mark.parametrize("text", [
    "The hilar nodes on their own would be N1. The node across the midline decides it, so the stage is N3.",
    "Hilar nodes alone would be N1. Therefore the nodal stage is N3.",
])
def test_a_conclusion_naming_the_asked_noun_decides(text: str) -> None:
    assert _read(text, _NODES, "What is the N stage?") == "D"


def test_a_conclusion_naming_the_diagnosis_decides() -> None:
    text = "A round cavity with a thick wall alone would be a lung abscess. Therefore the diagnosis is empyema."
    assert _read(text, _CAVITY) == "C"


def test_a_conclusion_that_denies_its_option_chooses_none_of_it() -> None:
    text = "So the stage is not N3: no node crosses the midline."
    assert _read(text, _NODES, "What is the N stage?") is None


_ADNEXA = {"A": "Simple ovarian cyst", "B": "Mature cystic teratoma", "C": "Endometrioma",
           "D": "Ovarian epithelial malignancy"}


@pytest.mark.parametrize("text", [
    "Thick septa, flow in the solid parts and ascites make this a malignant picture. Endometriomas can hold clot, but "
    "clot has no flow.",
    "Thick septa and flow in the solid parts: treat it as a malignant tumour. A dermoid usually shows fat, which is "
    "absent.",
])
def test_a_closing_sentence_about_what_a_kind_can_do_is_no_answer(text: str) -> None:
    assert _read(text, _ADNEXA) is None


def test_a_closing_sentence_naming_the_option_is_still_read() -> None:
    assert _read("Uniform low-level echoes throughout. This is likely an endometrioma.", _ADNEXA) == "C"


_TRAUMA = {"A": "Supine chest radiograph", "B": "Fluoroscopy", "C": "MRI", "D": "Bedside lung ultrasound"}
_TRAUMA_Q = "Which imaging is preferred for a small pneumothorax in a supine trauma patient?"


@pytest.mark.parametrize("text", [
    "Bedside lung ultrasound would be the preferred option. It is fast and finds the lung point.",
    "Bedside lung ultrasound is the investigation of choice here: sliding is lost over the air.",
    "Bedside lung ultrasound is the first-line test in the bay; the radiograph misses anterior air.",
])
def test_the_preferred_option_named_as_the_question_asks(text: str) -> None:
    assert _read(text, _TRAUMA, _TRAUMA_Q) == "D"


def test_a_test_of_choice_withheld_from_this_case_is_not_chosen() -> None:
    text = "MRI is the investigation of choice for many things, but not here; it takes too long."
    assert _read(text, _TRAUMA, _TRAUMA_Q) is None


_POSTERIOR_FOSSA = {"A": "Epidermoid cyst", "B": "Dandy-Walker malformation", "C": "Arachnoid cyst",
                    "D": "Haemangioblastoma"}


@pytest.mark.parametrize("text", [
    "**Answer:** A retrocerebellar arachnoid cyst. An epidermoid would not suppress on FLAIR.",
    "Final answer: A simple arachnoid cyst.",
])
def test_an_answer_label_then_the_article_of_another_option_s_text(text: str) -> None:
    assert _read(text, _POSTERIOR_FOSSA) == "C"


@pytest.mark.parametrize("text, expected", [
    ("Answer: A rather than an arachnoid cyst.", "A"),
    ("Answer: A, not an arachnoid cyst.", "A"),
    ("Answer: A large epidermoid cyst.", "A"),
    ("Option A simple arachnoid cyst", None),
])
def test_a_letter_a_set_against_another_text_stays_a_letter(text: str, expected: str | None) -> None:
    assert _read(text, _POSTERIOR_FOSSA) == expected


def test_findings_said_to_be_common_in_an_option_still_name_it() -> None:
    options = {"A": "Lobar pneumonia", "B": "Congenital heart disease", "C": "Normal infant chest", "D": "Bronchiolitis"}
    text = ("Overinflated lungs with flat diaphragms and thick bronchial walls round the hila; no focal consolidation. "
            "These findings are commonly seen in bronchiolitis.")
    assert _read(text, options, "Which condition is shown?") == "D"


_LIVER = {"A": "Autoimmune hepatitis", "B": "Alcoholic hepatitis", "C": "Haemochromatosis",
          "D": "Primary biliary cholangitis"}


@pytest.mark.parametrize("text", [
    "I can't read biopsy slides for a diagnosis. If I had to pick from the list, alcoholic hepatitis would fit "
    "best, but a pathologist should confirm.",
    "I can't read biopsy slides for a diagnosis. If I had to choose among these, B.",
])
def test_a_pick_under_protest_after_a_refusal(text: str) -> None:
    assert _read(text, _LIVER) == "B"


@pytest.mark.parametrize("text", [
    "I can't read biopsy slides. If I had to pick from the list I still couldn't choose between autoimmune hepatitis "
    "and alcoholic hepatitis.",
    "I can't read biopsy slides. If I had to guess, it might be alcoholic hepatitis or autoimmune hepatitis.",
])
def test_a_pick_under_protest_that_keeps_two_open_chooses_none(text: str) -> None:
    assert _read(text, _LIVER) is None


_CHEST_CT = {"A": "Aortic dissection", "B": "Pulmonary embolism", "C": "Aortic aneurysm", "D": "Pericardial effusion"}


@pytest.mark.parametrize("text", [
    "Option B: Pulmonary embolism. Reason: a filling defect in a lower lobe artery. Options A, C and D do not fit "
    "because the aorta and pericardium look normal.",
    "Option B - a filling defect in a lower lobe artery.",
])
def test_an_option_keyword_and_letter_opening_the_reply(text: str) -> None:
    assert _read(text, _CHEST_CT) == "B"


@pytest.mark.parametrize("text", [
    "Option A: Aortic dissection - no flap.\nOption B: Pulmonary embolism - a filling defect.",
    "Option A: unlikely, no flap.\nOption B: likely.",
])
def test_option_headings_on_every_line_open_no_answer_first(text: str) -> None:
    assert _read(text, _CHEST_CT) != "A"


_GROUND_GLASS = {"A": "Viral pneumonia", "B": "Pneumocystis pneumonia", "C": "Pulmonary oedema", "D": "Pneumothorax"}
_NOT_Q = "Which of the following is NOT a cause of bilateral ground-glass opacity?"


@pytest.mark.parametrize("text", [
    "Ground glass comes with viral and pneumocystis infection and with oedema.\n\nThe option that does NOT fit: "
    "**D. Pneumothorax**.",
    "Three of them fill the air spaces partly. The one that doesn't belong: D.",
])
def test_a_label_naming_the_exception_asked_for(text: str) -> None:
    assert _read(text, _GROUND_GLASS, _NOT_Q) == "D"


def test_a_label_naming_what_fits_answers_no_exception_question() -> None:
    assert _read("The option that fits best: D.", _GROUND_GLASS, _NOT_Q) is None


_NEONATAL_KIDNEY = {"A": "Polycystic kidney disease", "B": "Multicystic dysplastic kidney",
                    "C": "Pelviureteric junction obstruction", "D": "Wilms tumour"}


@pytest.mark.parametrize("text", [
    "This looks like pelviureteric junction obstruction. Actually, the cysts do not connect and there is no central "
    "pelvis, so this is a multicystic dysplastic kidney rather than hydronephrosis.",
    "The cysts do not connect with each other, so it's a multicystic dysplastic kidney.",
])
def test_so_this_is_an_option_concludes(text: str) -> None:
    assert _read(text, _NEONATAL_KIDNEY) == "B"


@pytest.mark.parametrize("text", [
    "The cysts do not connect, so it is a Wilms tumour or a multicystic dysplastic kidney.",
    "The cysts do not connect, so this is not a multicystic dysplastic kidney.",
])
def test_so_this_is_two_options_or_a_denied_one_concludes_nothing(text: str) -> None:
    assert _read(text, _NEONATAL_KIDNEY) is None


_UTERUS = {"A": "Missed abortion", "B": "Complete hydatidiform mole", "C": "Leiomyoma", "D": "Endometrial carcinoma"}
_MOLES = {"A": "Missed abortion", "B": "Complete hydatidiform mole", "C": "Partial hydatidiform mole",
          "D": "Endometrial carcinoma"}


@pytest.mark.parametrize("text", [
    "complete molar pregnancy",
    "Snow-storm echoes filling the cavity with a very high hCG: a complete molar pregnancy.",
])
def test_an_option_s_modifier_before_another_name_of_its_finding(text: str) -> None:
    assert _read(text, _UTERUS) == "B"


@pytest.mark.parametrize("text", [
    "molar pregnancy",  # the modifier that tells the option is missing
    "partial molar pregnancy",  # another modifier
    "It could be a complete molar pregnancy or a missed abortion.",
])
def test_the_finding_without_the_option_s_modifier_names_nothing(text: str) -> None:
    assert _read(text, _UTERUS) is None


def test_each_modifier_names_its_own_option() -> None:
    assert _read("partial molar pregnancy", _MOLES) == "C"
    assert _read("molar pregnancy", _MOLES) is None
