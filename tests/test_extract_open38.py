"""Lane open38 (issue #7): no decision read where an open reply gave none.

A reply that only repeats a programming identifier ("getValue getValue getValue", a decoding loop) is garbage, not an
answer said again (``open_span.code_loop``): ``unparsed``. A count question answered with a lesson on how such images are
taken, with no count and no word of the counted thing (``open_textbook._count_lesson``): ``unparsed``. A count's tally
after it ("... . Four.", "..., three in total.") is read wherever the number stands (``open_count._AFTER_TALLY`` was
anchored to the start of the reply). A differential whose numbered items are in bold
("1. **Abscess** — ...") is a list of candidates like a plain one (``open_candidates._LIST_LINE``): ``ambiguous`` when
nothing after it picks one. Negative cases: a real word looped, mixed-case medical names looped, a bold list followed by
a pick, the candidates asked. Texts written for this lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_candidates import listed_then_weighed
from medstep.extract.open_count import counted
from medstep.extract.open_span import code_loop
from medstep.extract.open_textbook import teaches
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


@pytest.mark.parametrize(
    "text", ["setValue setValue setValue setValue", "getLayoutParams, getLayoutParams, getLayoutParams"]
)
def test_code_identifier_loop_is_unparsed(text: str) -> None:
    got = extract(text, _open("What abnormality is seen?"))
    assert got.answer is None
    assert got.rule == "unparsed"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("cholecystitis cholecystitis cholecystitis", "cholecystitis"),
        ("MacLeod MacLeod MacLeod", "macleod"),  # a name opening with a capital is no identifier
        ("IgG IgG IgG", "igg"),
    ],
)
def test_real_word_loop_still_answers(text: str, said: str) -> None:
    got = extract(text, _open("What abnormality is seen?"))
    assert got.answer is not None
    assert said in got.answer


def test_single_identifier_is_no_loop() -> None:
    """One copy is no loop: left to the other readers."""
    assert not code_loop("setValue")
    assert not code_loop("proBNP proBNP proBNP")  # capitals at the end: a lab name, not camelCase


def test_code_loop_linear() -> None:
    reads_linearly(code_loop, rep("xyZw", 5000, tail=" xyZw"))


def test_bold_numbered_differential_is_ambiguous() -> None:
    text = (
        "## Differential\n\n1. **Septic arthritis** — effusion and erosions of the joint in a febrile adult.\n"
        "2. **Gout** — punched-out erosions with overhanging edges.\n\nJoint aspiration with crystal analysis and "
        "culture will separate the two."
    )
    got = extract(text, _open("What is the most likely diagnosis?"))
    assert got.answer is None
    assert got.rule == "ambiguous"


@pytest.mark.parametrize(
    ("question", "text", "said"),
    [
        (
            "What is the most likely diagnosis?",
            "**Differential:**\n1. **Septic arthritis**\n2. **Gout**\n\nThe overhanging edges and tophi make this "
            "gout.",
            "gout",
        ),
        (
            "What are the differential diagnoses?",
            "Differential diagnosis:\n1. **Septic arthritis**\n2. **Gout**",
            "septic arthritis",
        ),
    ],
)
def test_bold_numbered_differential_picked_or_asked_still_answers(question: str, text: str, said: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None
    assert said in got.answer


def test_bold_list_line_linear() -> None:
    asked = "What is the diagnosis?"
    reads_linearly(lambda t: listed_then_weighed(t, asked), rep("1. **a\n", 3000, head="Differential:\n", tail="x"))


def test_count_answered_with_a_lesson_is_unparsed() -> None:
    text = (
        "Spine radiographs are usually taken in frontal and lateral projections. The lateral projection is used to "
        "judge alignment, and the frontal projection helps assess scoliosis."
    )
    assert teaches(text, "How many vertebrae are visible?")
    got = extract(text, _open("How many vertebrae are visible?"))
    assert got.answer is None
    assert got.rule == "unparsed"


@pytest.mark.parametrize(
    "text",
    [
        # a count given, in digits, in words, or as a quantity
        "Chest films are usually taken upright. Here I count 3 nodules.",
        "Chest films are usually taken upright. Three are typically seen on this view.",
        "Chest films are usually taken upright. Both are commonly seen.",
        # the counted thing talked of
        "Nodules are usually counted on CT. Radiographs help with follow-up.",
        # a reading of this image, not a lesson
        "The left lower lobe and the lingula are involved. The right lung is spared.",
        # one sentence only
        "Chest films are usually taken upright.",
    ],
)
def test_count_reply_not_a_lesson_is_not_taught(text: str) -> None:
    assert not teaches(text, "How many nodules are there?")


def test_lesson_needs_a_count_question() -> None:
    text = "Hand films are commonly taken in two views. The oblique view helps show the joints."
    assert not teaches(text.replace("two", "several"), "Which bone is fractured?")


def test_count_lesson_linear() -> None:
    asked = "How many ribs are fractured?"
    reads_linearly(lambda t: teaches(t, asked), rep("usually taken. ", 55, tail="end"))


@pytest.mark.parametrize(
    "text",
    [
        # the count closing the reply as a sentence of its own, after ordinals that count nothing
        "Going down the left side: 8th, 9th and 10th lateral ribs each show a step. Three.",
        "Reviewing each rib from the top, the 8th, 9th and 10th show a break. Three in total.",
    ],
)
def test_count_tally_after_other_words(text: str) -> None:
    assert (counted(text, "How many ribs are fractured?") or "").lower() == "three"


@pytest.mark.parametrize(
    "text",
    [
        "The 8th rib is fractured. So is the 9th.",  # ordinals only
        "Ribs 8 and 9 are fractured.",  # numbers that name
        "Left side: 3. Right side: 2.",  # two counts, no total
        "Three ribs on the left. Maybe four.",  # held open
    ],
)
def test_count_tally_not_read(text: str) -> None:
    assert counted(text, "How many ribs are fractured?") is None


def test_count_tally_linear() -> None:
    reads_linearly(lambda t: counted(t, "How many ribs are fractured?"), rep("two - ", 3000, tail="x"))


def test_count_tally_blank_run_linear() -> None:
    """A number followed by a long blank run: the tally's blanks are scanned once (not once per position)."""
    reads_linearly(
        lambda t: counted(t, "How many ribs are fractured?"), rep(" ", 20000, head="The ribs: two", tail="x")
    )


def test_bold_list_line_star_run_linear() -> None:
    """A heading then a long run of stars: the list line's bullet and bold marks are read in one pass."""
    asked = "What is the diagnosis?"
    reads_linearly(lambda t: listed_then_weighed(t, asked), rep("*", 20000, head="Differential:\n1. ", tail="\n2. b"))


# Repair after review: a bold item's name is its bold text, a gloss after a dash or colon is no name, a list marking
# its own pick is no unpicked list, an eponym's lower-case particle is no code identifier, a label's number no total.
@pytest.mark.parametrize(
    ("text", "question", "said"),
    [
        (
            "Candidates:\n1. **Enchondroma** — matrix calcified\n2. **Chondrosarcoma**\n\nDiagnosis: enchondroma",
            "What is the most likely diagnosis?",
            "enchondroma",
        ),
        (
            "Differential:\n1. Enchondroma – calcified matrix\n2. Chondrosarcoma\n\nDiagnosis: enchondroma",
            "What is the most likely diagnosis?",
            "enchondroma",
        ),
    ],
)
def test_pick_after_glossed_list_is_read(text: str, question: str, said: str) -> None:
    assert not listed_then_weighed(text, question)
    assert extract(text, _open(question)).answer == said


@pytest.mark.parametrize(
    "text",
    [
        "Differential:\n1. **Meningioma** (most likely)\n2. **Schwannoma**",
        "Possibilities:\n1. **Abscess** ← favoured\n2. **Necrotic tumour**",
        "Differential:\n1. Meningioma — the leading candidate given the dural tail\n2. Schwannoma",
    ],
)
def test_list_marking_its_pick_is_not_weighed(text: str) -> None:
    assert not listed_then_weighed(text, "What is the most likely diagnosis?")


def test_glossed_list_without_pick_stays_weighed() -> None:
    text = "Differential:\n1. **Enchondroma** — calcified matrix\n2. **Chondrosarcoma** — cortical breach\n\nBiopsy advised."
    assert listed_then_weighed(text, "What is the most likely diagnosis?")
    text2 = "Differential:\n1. **Meningioma** (most likely)\n2. **Schwannoma** (most likely)"
    assert listed_then_weighed(text2, "What is the most likely diagnosis?")


@pytest.mark.parametrize("word", ["deQuervain", "vonWillebrand", "diGeorge", "vanBuchem"])
def test_eponym_with_particle_is_no_code_loop(word: str) -> None:
    assert not code_loop(" ".join([word] * 4))


@pytest.mark.parametrize(
    "text",
    [
        "Phase 1: check both lungs. Nodules are present in each lobe.",
        "Looking carefully. Stage 2 – the nodules are scattered throughout.",
    ],
)
def test_label_number_is_no_tally(text: str) -> None:
    assert counted(text, "How many nodules are present?") is None


@pytest.mark.parametrize(
    ("text", "said"),
    [("Nodules are seen in both lungs, 5 in total.", "5"), ("I see the nodules clearly. Three.", "Three")],
)
def test_tally_still_read_beside_label_rule(text: str, said: str) -> None:
    assert counted(text, "How many nodules are present?") == said


def test_enumerator_check_linear() -> None:
    reads_linearly(lambda t: counted(t, "How many nodules are present?"), rep("Step 1: ", 2500))
    reads_linearly(lambda t: counted(t, "How many nodules are present?"), rep(" ", 20000, head="Step", tail="2: a"))
