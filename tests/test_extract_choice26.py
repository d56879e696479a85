"""Options named by another name (session 26, choice26): initials ("ccRCC", "CJD", "MS"), an option's text without
its bracketed aside or the aside alone, its first words and the initials of the rest; read by the last try of the
choice reader (``extract/option_names.py``, ``mentions.aliased_index``). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.mentions import aliased_index, find_mentions, option_index
from medstep.extract.option_names import abbreviation_mentions, bracket_names, initial_names, led_in_keys
from medstep.types import AnswerType, Sample, Status


def _sample(options: dict[str, str], question: str = "What is the most likely diagnosis?") -> Sample:
    return Sample(id="c26", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


BRAIN = _sample({"A": "Viral encephalitis", "B": "Creutzfeldt-Jakob disease", "C": "Cerebral infarction",
                 "D": "Wernicke encephalopathy"})
KIDNEY = _sample({"A": "Clear cell renal cell carcinoma", "B": "Papillary renal cell carcinoma",
                  "C": "Angiomyolipoma", "D": "Oncocytoma"})
WHITE = _sample({"A": "Migraine-related white matter change", "B": "Multiple sclerosis", "C": "Lyme disease",
                 "D": "Vasculitis"})
BREAST = _sample({"A": "Craniocaudal (CC)", "B": "Mediolateral oblique (MLO)", "C": "Exaggerated craniocaudal",
                  "D": "Cleavage view"}, "Which projection is this?")
SKIN = _sample({"A": "Squamous cell carcinoma in situ (Bowen disease)", "B": "Basal cell carcinoma",
                "C": "Actinic keratosis", "D": "Melanoma"})
EYE = _sample({"A": "Lamellar macular hole", "B": "Full-thickness macular hole", "C": "Epiretinal membrane",
               "D": "Drusen"})


def _read(text: str, sample: Sample) -> tuple[str | None, Status]:
    got = extract(text, sample)
    return got.answer, got.status


@pytest.mark.parametrize("text, sample, letter", [
    # the initials of the option's words, a hyphenated name giving one per part; the others rejected after it
    ("The rapid dementia and the striatal signal point to CJD. Infarction would keep to one territory, so not C.",
     BRAIN, "B"),
    # a lower-case prefix before the capitals
    ("Sheets of cells with empty cytoplasm and a fine vascular net: a ccRCC.", KIDNEY, "A"),
    # two letters when only one option spells them and nothing else in the reply does
    # (fixchoice26: "MS." no longer reads B: two-letter initials are never derived, see test_extract_fixchoice26.py)
    # the option's text without its bracketed abbreviation, another option named as rejected before it
    ("The muscle runs obliquely, which a craniocaudal image would not show. This is a **mediolateral oblique** view.",
     BREAST, "B"),
    # the bracketed abbreviation as written
    ("Pectoral muscle down to the nipple line: MLO.", BREAST, "B"),
    # the bracketed other name alone; other options named after it as ruled out
    ("This is Bowen disease. The atypia is full thickness, unlike an actinic keratosis.", SKIN, "A"),
    # first words written out, the initials of the rest
    ("The defect reaches the pigment epithelium: full thickness MH, not a lamellar one.", EYE, "B"),
])
def test_an_option_named_by_another_name_is_read(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


@pytest.mark.parametrize("text, sample", [
    # an abbreviation the question itself writes is its subject
    ("The MLO shows nothing.", _sample(dict(BREAST.options), "Is the MLO view adequate?")),
    # a run of the reply's other words spells the same letters: "MS" is the mitral stenosis here
    ("Mitral stenosis (MS) with a large left atrium; MS.", WHITE),
    # a capital word that is an English word is no option's initials
    ("IS IT SO?", _sample({"A": "Intestinal stricture", "B": "Ileus", "C": "Volvulus", "D": "Normal"})),
    # the vocabulary reads "PE" as a pulmonary embolism, not the pleural effusion the option spells
    ("PE.", _sample({"A": "Pleural effusion", "B": "Pneumothorax", "C": "Atelectasis", "D": "Consolidation"})),
])
def test_what_is_not_another_name(text: str, sample: Sample) -> None:
    assert _read(text, sample)[0] is None


def test_another_name_is_read_only_when_nothing_else_reads() -> None:
    # the letter decides; the abbreviation of another option named in passing changes nothing
    assert _read("Answer: B. Infarction or a CJD mimic seemed less likely.", BRAIN) == ("B", Status.SCORED)


def test_the_plain_index_does_not_find_other_names() -> None:
    text = "Sporadic CJD."
    assert not [m for m in find_mentions(text, option_index(BRAIN.options)) if m.by_text]
    assert [m.letter for m in find_mentions(text, aliased_index(BRAIN.options, BRAIN.question))] == ["B"]


def test_initials_two_options_share_name_neither() -> None:
    table = initial_names((("A", "Mitral stenosis"), ("B", "Multiple sclerosis"), ("C", "Myxoma")))
    assert "ms" not in table


def test_bracket_names_need_two_words_or_capitals() -> None:
    names = bracket_names((("A", "Fracture (displaced)"), ("B", "Dislocation"), ("C", "Sprain (ligament injury)")))
    assert ("A", "displaced", False) not in names
    assert ("C", "ligament injury", False) in names
    # (fixchoice26: a one-word aside qualifies the option, so its text without it is no name either)
    assert ("A", "Fracture", False) not in names


def test_a_bracket_name_inside_another_option_is_none() -> None:
    names = bracket_names((("A", "Pneumothorax (simple)"), ("B", "Tension pneumothorax")))
    assert not any(name == "Pneumothorax" for _, name, _ in names)


def test_led_in_keys_spell_the_rest() -> None:
    assert ("B", "full thickness mh") in led_in_keys((("A", "Lamellar macular hole"),
                                                     ("B", "Full-thickness macular hole")))


def test_abbreviation_mentions_positions() -> None:
    options = (("A", "Viral encephalitis"), ("B", "Creutzfeldt-Jakob disease"))
    text = "Likely CJD here."
    assert abbreviation_mentions(text, options) == [(7, 10, "B")]
    assert abbreviation_mentions(text, options, frozenset({"CJD"})) == []


CAROTID = _sample({"A": "Under 50%", "B": "50-69%", "C": "70% or greater, short of occlusion", "D": "Occlusion"},
                  "What grade of narrowing do the velocities give?")


@pytest.mark.parametrize("text", [
    # (fixchoice26b: a bound is no other name of an option; it names a side, a study or a threshold as often)
    "Velocities this high point to ≥70% narrowing.",
    "Impression: >= 70 % narrowing.",
    "Impression: at least 70% narrowing, lumen still open.",
])
def test_a_bound_written_with_a_sign_names_no_option(text: str) -> None:
    assert _read(text, CAROTID)[0] is None


def test_a_bound_with_another_number_names_nothing() -> None:
    assert _read("Impression: ≥ 75% narrowing.", CAROTID)[0] is None


def test_an_option_the_reply_names_by_letter_is_not_read_by_another_name() -> None:
    # the plain readers saw B by its letter and took nothing; its initials do not make it the answer
    assert _read("Cortical ribboning as in CJD; B is a trap here.", BRAIN)[0] is None


def test_a_short_form_of_another_option_the_names_do_not_hold_disables_them() -> None:
    lungs = _sample({"A": "Pneumothorax", "B": "Pulmonary embolism", "C": "Aortic dissection", "D": "Pericarditis"})
    assert _read("The film is rotated and the apices are partly hidden. Most likely PTX with PE.", lungs)[0] is None


CAVITY = _sample({"A": "Aspergilloma", "B": "Lung abscess", "C": "Cavitating carcinoma", "D": "Hydatid cyst"})
GROIN = _sample({"A": "Arteriovenous fistula", "B": "Haematoma", "C": "Pseudoaneurysm", "D": "Venous thrombosis"})
THYROID = _sample({"A": "Graves disease", "B": "Toxic adenoma", "C": "Subacute granulomatous thyroiditis",
                   "D": "Thyroid lymphoma"})


@pytest.mark.parametrize("text, sample, letter", [
    # another name of the option's own vocabulary entry (concepts.tsv), the others rejected after it
    ("A fungus ball sits in an old cavity and rolls when the patient turns.", CAVITY, "A"),
    ("Swirling flow in a sac off the artery: a false aneurysm. A fistula would arterialise the vein.", GROIN, "C"),
    ("Tender gland with absent uptake after a cold: de Quervain thyroiditis.", THYROID, "C"),
])
def test_an_option_named_by_its_vocabulary_entry_is_read(text: str, sample: Sample, letter: str) -> None:
    assert _read(text, sample) == (letter, Status.SCORED)


def test_a_vocabulary_name_said_in_general_is_no_pick() -> None:
    assert _read("A false aneurysm would typically show swirling flow.", GROIN)[0] is None


def test_a_finding_offered_beside_a_vocabulary_name_claims_both() -> None:
    options = tuple(GROIN.options.items())
    text = "The sac is a false aneurysm or a dissection."
    assert [letter for _, _, letter in abbreviation_mentions(text, options)] == ["C", "!"]


def test_a_broad_entry_is_no_option_name() -> None:
    # "Fibroadenoma" is one of many names of the broad "Breast Mass" entry: "breast cancer" does not name it
    from medstep.extract.option_names import concept_names
    assert concept_names((("A", "Fibroadenoma"), ("B", "Phyllodes tumour"), ("C", "Lipoma"))) == {} or \
        "breast_mass" not in concept_names((("A", "Fibroadenoma"), ("B", "Phyllodes tumour"), ("C", "Lipoma")))


def test_the_new_vocabulary_entries_keep_their_broader_concept() -> None:
    from medstep.answers.concepts import vocabulary
    concepts = vocabulary().concepts
    assert "aneurysm" in concepts["pseudoaneurysm"].ancestors
    assert "fungal_infection" in concepts["aspergilloma"].ancestors
    assert "non_accidental_injury" in concepts["abusive_head_trauma"].ancestors


def test_an_entry_spelt_the_american_way_is_a_british_options_own() -> None:
    chest = _sample({"A": "Lobar pneumonia", "B": "Lung fibrosis", "C": "Lymphangitis carcinomatosa",
                     "D": "Interstitial pulmonary oedema"})
    text = "Septal lines, cuffing and small effusions in a failing heart: interstitial edema."
    assert _read(text, chest) == ("D", Status.SCORED)
