"""Option concepts read from the options' own texts (issue #7, session 15): the vocabulary's names are matched on
"Graves disease" and "Langerhans cell histiocytosis", not on option keys folded singular ("grave disease"), and the
gates that keep a reading honest once more options are mapped: a differential naming another option by another
name, the answer line after "Answer:", a name said first with its reasons after a dash, a class word qualified by
the option's own words, and a letter form that runs on over its option's text."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.mentions import option_index
from medstep.extract.optionconcept import target_of
from medstep.types import AnswerType, Sample


def _read(text: str, options: dict[str, str]) -> tuple[str | None, str]:
    sample = Sample(id="t", question="What is the most likely diagnosis?", answer=next(iter(options)),
                    answer_type=AnswerType.CHOICE, options=options)
    got = extract(text, sample)
    return got.answer, got.status.value


THYROID = {"A": "Subacute thyroiditis", "B": "Graves disease", "C": "Toxic adenoma", "D": "Thyroid lymphoma"}
HEART = {"A": "Transposition of the great arteries", "B": "Tetralogy of Fallot",
         "C": "Total anomalous pulmonary venous return", "D": "Ebstein anomaly"}
CYSTS = {"A": "Lymphangioleiomyomatosis", "B": "Langerhans cell histiocytosis", "C": "Emphysema",
         "D": "Pneumocystis pneumonia"}
RASH = {"A": "Measles", "B": "Rubella", "C": "Roseola", "D": "Scarlet fever"}
KIDNEY = {"A": "Wilms' tumour", "B": "Neuroblastoma", "C": "Renal cell carcinoma", "D": "Angiomyolipoma"}
WRIST = {"A": "Colles' fracture", "B": "Smith's fracture", "C": "Barton's fracture", "D": "Chauffeur's fracture"}
AORTA = {"A": "Stanford type A dissection", "B": "Stanford type B dissection", "C": "Intramural haematoma",
         "D": "Penetrating ulcer"}


@pytest.mark.parametrize("option, concept", [
    ("Graves disease", "graves"), ("Crohn's disease", "crohn"), ("Stanford type A dissection", "stanford_a"),
    ("Ground-glass opacities", "ground_glass_opacity"), ("Kerley A lines", "septal_thickening")])
def test_option_text_maps_to_its_concept(option: str, concept: str) -> None:
    assert target_of(option) == (concept, None)


def test_index_keeps_the_option_texts() -> None:
    assert option_index(THYROID).texts["B"] == "Graves disease"


@pytest.mark.parametrize("text, options, expected", [
    # a differential naming another option by another name keeps both open
    ("Differential includes de Quervain thyroiditis and Graves disease.", THYROID, (None, "ambiguous")),
    # the line after "Answer:" decides; the discussion before it names the option set aside
    ("Thin-walled cysts in both lungs down to the bases. LCH favours the upper lobes. Answer: LAM", CYSTS,
     ("A", "scored")),
    # the name said first, its reasons and the other options' signs after it
    ("Tetralogy of Fallot — boot-shaped heart from right ventricular hypertrophy. (TGA: egg on a string; TAPVR: "
     "snowman.)", HEART, ("B", "scored")),
    # likelihood lowered commits to nothing ("likely" alone does)
    ("Less likely rubeola.", RASH, (None, "unparsed")),
    ("Likely rubeola.", RASH, ("A", "scored")),
    # an option's text inside a longer name of another option's concept is that other option
    ("German measles.", RASH, ("B", "scored")),
    # siblings with rows of their own no longer block a synonym through a broad concept (tumour, fracture)
    ("Answer: hypernephroma", KIDNEY, ("C", "scored")),
    ("Impression: dinner fork deformity.", WRIST, ("A", "scored")),
    # "lesion" qualified by the option's own letter is not "Penetrating ulcer" (filed under lesion)
    ("The flap starts beyond the left subclavian: a type B lesion.", AORTA, ("B", "scored")),
])
def test_reading(text: str, options: dict[str, str], expected: tuple[str | None, str]) -> None:
    assert _read(text, options) == expected
