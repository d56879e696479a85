"""The one option a reply's concluding part affirms, the others rejected or set aside (extract/affirmed_option.py,
lane optext50): fresh probes in the reader's families and near misses that must read no letter."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.affirmed_option import Said, read_affirmed_option, references
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample, Status

CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}
PERI = {"A": "Pericardial effusion", "B": "Pneumopericardium", "C": "Constrictive pericarditis",
        "D": "Dilated cardiomyopathy"}
DE = {"A": "Pneumonie", "B": "Lungenödem", "C": "Pneumothorax", "D": "Pleuraerguss"}
ABDO = {"A": "Pancreas", "B": "Spleen", "C": "Left adrenal gland", "D": "Gallbladder"}
HILA = {"A": "Pulmonary hypertension", "B": "Lymphoma", "C": "Tuberculosis", "D": "Sarcoidosis"}
MYELOMA = {"A": "Paget disease", "B": "Metastatic prostate cancer", "C": "Hyperparathyroidism", "D": "Multiple myeloma"}
ANKLE = {"A": "Isolated lateral malleolus fracture", "B": "Bimalleolar fracture", "C": "Trimalleolar fracture",
         "D": "Maisonneuve fracture"}
KNEE = {"A": "Septic arthritis", "B": "Gout", "C": "Osteoarthritis", "D": "Transient synovitis"}
Q = "What is the most likely diagnosis?"
WHERE = "Which structure does the arrow indicate on this axial CT of the abdomen?"


def _read(text: str, options: dict[str, str], question: str = Q, finish: str | None = None):
    gold = sorted(options)[0]
    sample = Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample, finish_reason=finish)


@pytest.mark.parametrize("text,options,question,letter", [
    ("The right costophrenic angle is obliterated by a meniscus-shaped density.\n\nIn summary, there is fluid "
     "collecting in the right pleural space; no lung edge is visible.", CHEST, Q, "B"),
    ("Im rechten Unterfeld zeigt sich eine flächige Verschattung mit Aerobronchogramm. Das Bild spricht somit für eine "
     "Pneumonie (A). Für ein Lungenödem fehlen die beidseitigen Stauungszeichen.", DE,
     "Welche Diagnose ist am wahrscheinlichsten?", "A"),
    ("The arrow points to the thin inverted-Y structure just anteromedial to the upper pole of the left kidney, which "
     "is the **left adrenal gland**. The pancreas lies more anterior, and the spleen sits lateral to it.", ABDO, WHERE,
     "C"),
    ("Not A (Paget gives a thick vault). Not B (prostate deposits are mostly sclerotic). C gives a granular vault, not "
     "holes. Many sharply punched-out lucencies with anaemia → myeloma.", MYELOMA, Q, "D"),
    ("Lateral ✓, medial ✓, posterior ✗. No mortise widening to suggest Maisonneuve. Two malleoli → bimalleolar. Not "
     "trimalleolar.", ANKLE, Q, "B"),
    ("Symmetric lobulated hilar nodes in a young adult are classic here — lymphoma tends to be bulky and anterior, and "
     "tuberculosis usually gives one-sided nodes — which is why D is my pick.", HILA, Q, "D"),
])
def test_the_affirmed_option_is_read(text, options, question, letter):
    e = _read(text, options, question)
    assert e.status is Status.SCORED and e.answer == letter


@pytest.mark.parametrize("text,options,finish", [
    ("The heart is enlarged and there is fluid in the right pleural space.",
     {"A": "Cardiomegaly", "B": "Pleural effusion", "C": "Pneumothorax", "D": "Normal"}, None),  # two affirmed
    ("Not B. There is fluid layering in the right pleural space.", CHEST, None),  # the rejected one's paraphrase
    ("There is no fluid within the pericardial sac and no air around the heart.", PERI, None),  # negated paraphrase
    ("The findings could reflect fluid in the pleural space or a consolidated lower lobe; a lateral view would help.",
     {"A": "Pleural effusion", "B": "Consolidation", "C": "Pneumothorax", "D": "Atelectasis"}, None),  # hedged
    ("This is a frontal chest radiograph of adequate inspiration and rotation.", CHEST, None),  # only describes
    ("Fluid within the pericardial sac is the most consistent explanation, although one would need to consider",
     PERI, "length"),  # truncated
    ("Not A (no pleural line). Not B (angles sharp). C or D remain.", CHEST, None),
    ("That is the pancreas. The spleen is also seen here.", ABDO, None),
    ("Treat as septic arthritis or gout until proven otherwise.", KNEE, None),
    ("There is fluid in the pleural space.",
     {"A": "Left pleural effusion", "B": "Right pleural effusion", "C": "Pneumothorax", "D": "Normal"}, None),
])
def test_near_misses_read_no_letter(text, options, finish):
    assert _read(text, options, finish=finish).status is not Status.SCORED


def test_references_weigh_each_option():
    text = ("The pons and cerebellum are lower in the posterior fossa. That's the corpus callosum, and the pituitary "
            "sits in the sella below.")
    options = {"A": "Pons", "B": "Cerebellum", "C": "Pituitary gland", "D": "Corpus callosum"}
    refs = references(text, option_index(options), options, "Which structure is marked?", 0)
    said = {(r.letter, r.said) for r in refs}
    assert ("D", Said.AFFIRMED) in said and ("A", Said.ASIDE) in said and ("B", Said.ASIDE) in said
    assert read_affirmed_option(text, option_index(options), options, "Which structure is marked?") == "D"


def test_a_reply_ending_mid_sentence_reads_nothing():
    text = "Not A. Not B. Fluid within the pericardial sac points to"
    assert read_affirmed_option(text, option_index(PERI), PERI, Q) is None


def test_another_letter_chosen_elsewhere_blocks():
    text = "Answer: C\n\nThe heart is not enlarged. There is fluid in the right pleural space."
    assert read_affirmed_option(text, option_index(CHEST), CHEST, Q) is None
