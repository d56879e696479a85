"""What is said of an option after its name, for the affirmed-option reader (issue #7, lane optext51).

``extract/affirmed_aside.py``: a verdict posted after the name, a search finding nothing, the least likely, a turn,
a concern held, a finding added, a subject set apart, a side or a sign the words do not give, options referred to
by place, a fragment after a hedge. None of them is an affirmation; where the others are set aside, the option
affirmed is still read.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.affirmed_aside import denial_follows, posted_verdict, side_missing, stands_for_others
from medstep.extract.affirmed_option import read_affirmed_option
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample

CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}
SIDED = {"A": "Left pneumothorax", "B": "Right pleural effusion", "C": "Cardiomegaly", "D": "Pneumoperitoneum"}
Q = "What is the most likely diagnosis?"


def _read(text: str, options: dict[str, str] = CHEST, question: str = Q) -> str | None:
    return read_affirmed_option(text, option_index(options), options, question)


def _extract(text: str, options: dict[str, str] = CHEST, question: str = Q) -> str | None:
    sample = Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample).answer


@pytest.mark.parametrize("text", [
    "Effusion – ruled out.",
    "Pleural effusion: has resolved since the prior film.",
    "Pleural effusion (B) is the least likely.",
    "I looked for a pneumothorax. Not found.",
    "Pulmonary edema is the only option left, but it does not explain the sharp pleural line.",
    "The heart is normal in size and the lungs are clear. Pulmonary edema was sought, but none is seen.",
    "The heart is enlarged, with a cardiothoracic ratio of 0.6. A small effusion is present as well.",
])
def test_an_option_set_aside_after_its_name_is_not_read(text: str) -> None:
    assert _read(text) is None
    assert _extract(text) is None


@pytest.mark.parametrize("text", [
    # not this reader's: a concern held, a heading restated as something else, options referred to by place (the
    # readers before it weigh those; this one adds nothing)
    "Pulmonary edema is hard to rule out.",
    "Cardiomegaly: this is from a pericardial effusion.",
    "Among these choices the second one fits: fluid collecting in the pleural space.",
])
def test_this_reader_declines(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize("text,options,question", [
    ("The unaffected kidney is the left kidney.", {"A": "Right kidney", "B": "Left kidney", "C": "Upper pole",
                                                   "D": "Lower pole"}, "Which kidney is hydronephrotic?"),
    ("The unaffected lobe is the right lower lobe.", {"A": "Right upper lobe", "B": "Right middle lobe",
                                                      "C": "Right lower lobe", "D": "Left lower lobe"},
     "Which lobe is collapsed?"),
    ("Answer: fluid collecting in the pleural space.", SIDED, "Which abnormality is most evident?"),
    ("There is no lung edge. Air in the pleural space.", SIDED, Q),
])
def test_a_subject_set_apart_or_a_side_not_given_names_nothing(text: str, options: dict[str, str],
                                                               question: str) -> None:
    assert _read(text, options, question) is None


@pytest.mark.parametrize("text,letter", [
    # the others set aside after their names, the one left affirmed
    ("Pneumothorax – excluded. The heart is enlarged, with a cardiothoracic ratio of 0.6.", "C"),
    ("The heart is enlarged. Pneumothorax: resolved compared with yesterday.", "C"),
    ("The heart is enlarged; pulmonary edema is the least likely here.", "C"),
    ("The cardiac silhouette is enlarged. Pneumothorax – excluded. Pleural effusion – not seen.", "C"),
    # a denial after the decisive sentence that names another option is no denial of it
    ("There is fluid collecting in the pleural space; no lung edge is visible.", "B"),
])
def test_the_option_left_affirmed_is_still_read(text: str, letter: str) -> None:
    assert _read(text) == letter


def test_a_side_given_names_the_sided_option() -> None:
    assert _read("There is no lung edge; the left hemithorax shows air in the pleural space.", SIDED) == "A"


@pytest.mark.parametrize("text", [
    # near misses that must not change: a concern held, a finding added and a contrast hold the option open
    "The heart is enlarged. Pulmonary edema is difficult to rule out.",
    "The heart is enlarged. A small pleural effusion is present as well.",
])
def test_a_second_option_held_open_leaves_no_answer(text: str) -> None:
    assert _read(text) is None


def test_contrast_holds_open() -> None:
    options = {"A": "Tuberculosis", "B": "Lymphoma", "C": "Silicosis", "D": "Sarcoidosis"}
    assert _read("Lymphoma tends to be bulky. Sarcoidosis, by contrast, fits the symmetric nodes.", options) is None


def test_posted_verdicts() -> None:
    text = "Dislocation - ruled out."
    assert posted_verdict(text, len("Dislocation"), len(text)) == "rejected"
    text = "Lymphoma is difficult to rule out."
    assert posted_verdict(text, len("Lymphoma"), len(text)) == "open"
    text = "Malrotation (look for a whirlpool sign to exclude volvulus)."
    assert posted_verdict(text, len("Malrotation"), len(text)) is None  # the bracket's verdict is another thing's
    text = "Fluid in the pleural space, also known as an effusion."
    assert posted_verdict(text, len("Fluid in the pleural space"), len(text)) is None


@pytest.mark.parametrize("tail,denies", [
    (" Not seen.", True), (" I did not find it.", True), (" None is seen.", True),
    (" Not C: the labyrinth is spared.", False), (" Not the middle lobe, since the border is sharp.", False),
])
def test_a_following_denial_refers_back_only_when_bare(tail: str, denies: bool) -> None:
    assert denial_follows(tail) is denies


def test_option_shapes() -> None:
    assert side_missing("Left pneumothorax", "Air in the pleural space.")
    assert not side_missing("Left pneumothorax", "Air in the left pleural space.")
    assert not side_missing("Pneumothorax", "Air in the pleural space.")
    assert stands_for_others({"A": "Hepatomegaly", "B": "Splenomegaly", "C": "Both", "D": "Neither"})
    assert not stands_for_others(CHEST)
