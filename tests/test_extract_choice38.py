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


# Review repairs: a heading that restates the pick, or opens the others' walk after a plain answer, is no walk cut;
# a whole-study normal sentence before a cut is the answer; a denied "equally likely" or a forecast "likely to
# follow" keeps the pick.
@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Low-level internal echoes throughout, so it reads as hypoechoic.\n\n**B) Hypoechoic** -", PHASE, "B"),
    ("It reads as hyperechoic. Now the remaining choices.\n- A. Anechoic:", PHASE, "C"),
    ("Overall, this is a normal radiograph of the knee. Looking at the soft tissues, the quadriceps tendon", KNEE, "C"),
    ("The radiograph appears completely normal. The tibial tuberosity and the", KNEE, "C"),
    ("Appears normal. Alignment fine, no joint fluid. I also checked the", KNEE, "C"),
])
def test_pick_restated_or_whole_study_normal_before_cut_stands(text: str, options: dict[str, str], letter: str) -> None:
    got = _read(text, options, "What is the echogenicity?" if options is PHASE else "What does the image show?")
    assert got.answer == letter


@pytest.mark.parametrize("text", [
    # a part called normal, then the cut: the finding may be in what was cut
    "The patellar position looks normal. Joint spaces are maintained. Along the medial side there is a",
    # a walk begun on an earlier heading, cut on another option's heading
    "Taking them one at a time:\nA. Anechoic - part of it has no echoes, so some of it is anechoic.\nB. Hypoechoic:",
])
def test_part_normal_or_walk_then_cut_stays_truncated(text: str) -> None:
    got = _read(text, KNEE if "patellar" in text else PHASE)
    assert got.answer is None and got.rule == "truncated"


@pytest.mark.parametrize(("text", "letter"), [
    ("Irregular margins mean malignant. I would not say benign is just as likely.", "B"),
    ("Calcified and stable for years, hence benign. It is false that malignant is equally possible.", "A"),
    ("This is malignant; local invasion is also likely to develop if it is left alone.", "B"),
])
def test_denied_or_forecast_also_likely_keeps_the_pick(text: str, letter: str) -> None:
    assert _read(text, NODULE, "How would you classify the nodule?").answer == letter


def test_whole_study_normal_check_is_linear_on_hostile_input() -> None:
    import time

    from medstep.extract.normality import whole_study_called_normal

    for hostile in ("the " * 5_000 + "normal", "this is a " * 2_000, "no acute " * 2_500, "the knee " * 2_200, "the knee is. " * 1_500):
        start = time.perf_counter()
        whole_study_called_normal(hostile[:20_000])
        assert time.perf_counter() - start < 1.0
    assert whole_study_called_normal("Bone density looks normal. The") is False
    assert whole_study_called_normal("This knee film is normal. The") is True


@pytest.mark.parametrize(("line", "heading"), [
    ("(C) Hyperechoic -", True),
    ("- **C)** Hyperechoic:", True),
    ("Hyperechoic -", False),  # no letter: not an option heading (decision_clauses' heading pattern)
    ("Then C. Hyperechoic -", False),  # words before the letter: a sentence, not a heading
])
def test_heading_cut_uses_the_option_heading_pattern(line: str, heading: bool) -> None:
    from medstep.extract import cut
    from medstep.extract.mentions import option_index

    assert cut.cut_at_heading("Each in turn.\n" + line, option_index(PHASE)) is heading
