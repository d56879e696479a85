"""A choice committed to by content the vocabularies did not link before, or by a soft modal closing on the one option
discussed (lane choice48, issue #7). Sentences of our own wording.

* ``answers/equivalents.py`` reads an option's place from the site table (``answers/sites.tsv``): "the hypophyseal
  fossa" for "Sella turcica", "the voice box" for "Larynx", "the gullet" for "Esophagus";
* ``extract/option_equivalent.py`` reads a short statement of a few plain sentences as its own decision;
* ``extract/soft_pick.py`` reads "This may represent X." closing a reply that weighs nothing else (``hedges.SOFT_COMMIT``);
  "It may be X." stays the plain hedge (pinned in ``tests/support/extract_cases.py``);
* ``extract/mentions.py`` names an option's ordinal in its other writing ("the left sixth rib" for "Left 6th rib").

Near misses (the modal on two candidates, an alternative kept open, a denial, another option named before, two options
of one place) read nothing new.
"""

import pytest

from medstep.answers import hedges
from medstep.answers.equivalents import content, site_within
from medstep.extract import extract
from medstep.extract.concept_question import OPTION_FRAME
from medstep.types import AnswerType, Sample

_SELLA = {"A": "Sella turcica", "B": "Cerebellopontine angle", "C": "Pineal region", "D": "Fourth ventricle"}
_NECK = {"A": "Larynx", "B": "Thyroid gland", "C": "Parotid gland", "D": "Esophagus"}
_LUNG = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Pulmonary edema"}
_LIVER = {"A": "Hepatic steatosis", "B": "Cirrhosis", "C": "Hepatocellular carcinoma", "D": "Normal liver"}
_LOBES = {"A": "Lung", "B": "Upper lobe", "C": "Pleura", "D": "Mediastinum"}


def _read(text: str, options: dict[str, str], question: str = "What is the most likely answer?") -> tuple[
        str | None, str]:
    e = extract(text, Sample(id="c48", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return (e.answer if e.status.value == "scored" else None), e.rule


def test_an_option_names_its_site_apart_from_its_words():
    own = content("Sella turcica", OPTION_FRAME - frozenset({"left", "right"}))
    assert own.sites == frozenset({"pituitary_fossa"}) and not own.words
    assert site_within("lingula", "upper_lobe") and not site_within("upper_lobe", "lingula")


@pytest.mark.parametrize("text,options,letter", [
    ("The mass is centred within the hypophyseal fossa and expands it. Final answer: the pituitary fossa.", _SELLA,
     "A"),
    ("The swelling arises from the cartilage framework. Answer: the voice box.", _NECK, "A"),
    ("The conclusion: the gullet is dilated and filled with fluid.", _NECK, "D"),
])
def test_an_option_stated_by_another_name_of_its_site(text, options, letter):
    assert _read(text, options, "Which structure is affected?") == (letter, "option_equivalent")


@pytest.mark.parametrize("text,options", [
    ("Answer: the voice box or the gullet; I cannot tell on this crop.", _NECK),
    ("Final answer: the lesion is in the lingula.", _LOBES),  # the lobe and the lung it lies in are both options
    ("The lesion is not in the pituitary fossa; it might arise near the pineal gland or the fourth ventricle.",
     _SELLA),
])
def test_a_site_weighed_or_shared_by_two_options_reads_nothing_new(text, options):
    assert _read(text, options, "Where is the lesion?")[1] != "option_equivalent"


def test_a_short_statement_is_its_own_decision():
    options = {"A": "Simple fluid", "B": "Fat with calcification (mature cystic teratoma)", "C": "Blood products",
               "D": "Solid enhancing tissue"}
    text = "The lesion in the right adnexa contains fat and calcification, in keeping with a dermoid cyst."
    assert _read(text, options, "What is the composition of the mass?") == ("B", "option_equivalent")


@pytest.mark.parametrize("text,options,letter", [
    ("There is a sharp visceral pleural line with no lung markings beyond it. This may represent a pneumothorax.",
     _LUNG, "A"),
    ("Homogeneous opacity at the right base with a meniscus. The appearance could represent a pleural effusion.",
     _LUNG, "B"),
    ("The liver edge is irregular and nodular. The findings may reflect cirrhosis.", _LIVER, "B"),
])
def test_a_soft_modal_closing_on_the_one_option_discussed_commits(text, options, letter):
    assert _read(text, options) == (letter, "option_soft_pick")


@pytest.mark.parametrize("text,options", [
    ("This may be a pneumothorax or a large bulla.", _LUNG),
    ("The liver edge is irregular. It may be cirrhosis.", _LIVER),  # "may be": the plain hedge, held open
    ("A pleural effusion is less likely. A pneumothorax cannot be excluded.", _LUNG),
    ("The opacity could represent pneumonia vs pulmonary edema.", _LUNG),
    ("A pleural effusion is less likely. This may represent a pneumothorax.", _LUNG),
    ("There is a sharp pleural line. This might not represent a pneumothorax.", _LUNG),
    ("There is a sharp pleural line. This may represent a skin fold rather than a pneumothorax.", _LUNG),
    ("A history of pneumothorax may be relevant.", _LUNG),
    ("Findings suggest cirrhosis, although hepatocellular carcinoma could also explain the nodule.", _LIVER),
])
def test_a_soft_modal_on_a_differential_or_denied_is_no_pick(text, options):
    assert _read(text, options)[1] != "option_soft_pick"


def test_the_committing_modals_live_in_the_hedge_home():
    assert "may represent" in hedges.SOFT_COMMIT and "cannot exclude" not in hedges.SOFT_COMMIT
    assert "may be" not in hedges.SOFT_COMMIT and "might be" not in hedges.SOFT_COMMIT


@pytest.mark.parametrize("text,options,letter", [
    ("Cortical break through the left sixth rib laterally, minimally displaced.",
     {"A": "Right 4th rib", "B": "Right 6th rib", "C": "Left 4th rib", "D": "Left 6th rib"}, "D"),
    ("The cyst expands the 4th ventricle.",
     {"A": "Lateral ventricle", "B": "Third ventricle", "C": "Fourth ventricle", "D": "Cisterna magna"}, "C"),
])
def test_an_ordinal_names_the_option_in_its_other_writing(text, options, letter):
    assert _read(text, options, "Where is the abnormality?") == (letter, "option_text")


def test_an_ordinal_of_another_option_stays_apart():
    options = {"A": "Right 4th rib", "B": "Right 6th rib", "C": "Left 4th rib", "D": "Left 6th rib"}
    assert _read("Fracture of the left fourth rib.", options, "Which rib is fractured?")[0] == "C"


_BRAIN = {"A": "Pons", "B": "Cerebellum", "C": "Thalamus", "D": "Basal ganglia"}
_RIBS = {"A": "1st rib", "B": "2nd rib", "C": "6th rib", "D": "8th rib"}


@pytest.mark.parametrize("text,options,question", [
    ("There is a small focus of restricted diffusion in the midbrain.", _BRAIN, "Where is the lesion?"),  # a sibling
    ("Conclusion: the infarct involves the brainstem.", _BRAIN, "Where is the lesion?"),  # what holds the option
    ("A large goitre compresses the gullet.", _NECK, "Which structure is involved?"),  # a place only mentioned
    ("The lingula is clear. The consolidation is basal.", _LOBES, "Which lobe is involved?"),  # a place called normal
    ("Meniscus at the left base. Findings suggest a pleural effusion is unlikely.", _LUNG, "What is the diagnosis?"),
    ("Basal opacity. This may represent pleural effusion, excluded on ultrasound.", _LUNG, "What is the diagnosis?"),
    ("There is a lucency. Only a CT could indicate a pneumothorax.", _LUNG, "What is the diagnosis?"),
    ("Second, rib eight shows a fracture.", _RIBS, "Which rib is fractured?"),  # a discourse ordinal
])
def test_review_near_misses_read_nothing_new(text, options, question):
    assert _read(text, options, question)[0] is None
