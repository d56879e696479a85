"""Choice answers, session 38 (issue #7): an option only described on the way, then the output cut (mid-sentence, or
on the separator after an option heading while it walks the options), is no answer: the conclusion may be the part
that was cut. An option called "also likely" / "just as likely" after another was chosen is kept beside it, not
concluded on, whatever cue ("so", "thus") precedes it. Invented sentences; the near misses (a complete sentence, a
choice made before the cut, a conclusion with no "also likely") keep their readings."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Extraction, Sample

KNEE = {"A": "Effusion", "B": "Fracture", "C": "Normal", "D": "Osteoarthritis"}
NODULE = {"A": "Benign", "B": "Malignant", "C": "Indeterminate", "D": "Infectious"}
PHASE = {"A": "Anechoic", "B": "Hypoechoic", "C": "Hyperechoic", "D": "Mixed echogenicity"}


def _read(text: str, options: dict[str, str], question: str = "What does the image show?") -> Extraction:
    return extract(text, Sample(id="c38", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options))


@pytest.mark.parametrize("text", [
    "This is a lateral radiograph of the knee. The femoral condyles, the patella and the tibial plateau are all "
    "included. Bone mineralisation looks normal. The film is well exposed. The suprapatellar recess shows a",
    "Reviewing each choice in turn:\n\nA. Anechoic - part of the cyst has no internal echoes, so some of it is anechoic.\n"
    "B. Hypoechoic - the wall shows low-level echoes.\nC. Hyperechoic:",
])
def test_option_described_then_cut_is_truncated(text: str) -> None:
    got = _read(text, KNEE if "knee" in text else PHASE)
    assert got.answer is None and got.rule == "truncated"


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("The knee looks normal.", KNEE, "C"),
    ("The lesion has no internal echoes and shows posterior acoustic enhancement, so it is anechoic.\n\nThe others:\n"
     "B. Hypoechoic -", PHASE, "A"),
    ("This is a lateral radiograph of the knee. There is a displaced transverse fracture of the patella. The film is "
     "well exposed. The suprapatellar recess shows a", KNEE, "B"),
])
def test_choice_made_before_cut_or_sentence_complete_stands(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options).answer == letter


@pytest.mark.parametrize("text", [
    "The margins are smooth, pointing to benign. My pick is benign. Then again the growth on follow-up was rapid, so "
    "malignant is just as likely.",
    "Fat inside it suggests benign; I would call it benign. The interval growth worries me, thus malignant is equally "
    "plausible.",
])
def test_option_also_likely_after_a_choice_is_ambiguous(text: str) -> None:
    got = _read(text, NODULE, "How would you classify the nodule?")
    assert got.answer is None and got.rule == "ambiguous"


@pytest.mark.parametrize(("text", "letter"), [
    ("The margins are smooth, pointing to benign. Then again the growth on follow-up was rapid, so malignant.", "B"),
    ("Fat inside it suggests benign; I would call it benign.", "A"),
])
def test_conclusion_without_also_likely_stands(text: str, letter: str) -> None:
    assert _read(text, NODULE, "How would you classify the nodule?").answer == letter


def test_heading_cut_pattern_is_linear_on_hostile_input() -> None:
    from medstep.extract import cut
    from medstep.extract.mentions import option_index

    hostile = ("C. Hyperechoic " + " -" * 10_000)[:20_000] + "x"
    assert cut.cut_at_heading(hostile, option_index(PHASE)) is False
    assert cut.cut_at_heading("C. Hyperechoic" + " " * 20_000 + "-", option_index(PHASE)) is False
