"""Choice answers, session 40 (issue #7): a letter followed by a bracketed aside that names another option
("Answer: B (a metastasis and an abscess usually look different).", "D (consolidation would give air bronchograms,
which are absent here)"). The cue before the letter is spent on the letter and the aside's words are a remark on the
answer, not a second pick nor the letter's label. Invented sentences in other words than the corpus; the near misses
(a bracket that only relabels the letter with another option, an aside keeping the other option open, a bracket
inside the clause, an aside hedging) stay unread as before."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract, letter_aside
from medstep.types import AnswerType, Sample

BRAIN = {"A": "Meningioma", "B": "Glioblastoma", "C": "Metastasis", "D": "Abscess"}
LIVER = {"A": "Hepatic cyst", "B": "Hemangioma", "C": "Hepatocellular carcinoma", "D": "Abscess"}
CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Atelectasis"}
BONE = {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Giant cell tumour", "D": "Chondrosarcoma"}
WRIST = {"A": "Normal", "B": "Fracture", "C": "Dislocation", "D": "Tumour"}


def _read(text: str, options: dict[str, str]) -> str | None:
    got = extract(text, Sample(id="la40", question="Which is it?", answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Answer: B (a metastasis and an abscess usually look different).", BRAIN, "B"),
    ("My answer is D (consolidation would give air bronchograms, which are absent here).", CHEST, "D"),
    ("The answer is **C** (an osteosarcoma is much less likely at this age).", BONE, "C"),
    ("The lesion washes out. Answer: C (an abscess would have a rim and a cyst would not enhance at all).", LIVER, "C"),
    ("Answer: B (a dislocation would show loss of congruity).", WRIST, "B"),
    ("Answer: B (an osteosarcoma came to mind at first, but the periosteal onion skin settles it).", BONE, "B"),
])
def test_a_letter_keeps_its_bracketed_remark_on_another_option(text: str, options: dict[str, str],
                                                               letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("Answer: B (metastasis)", BRAIN),  # the bracket relabels the letter with another option: a conflict
    ("Answer: C (hemangioma)", LIVER),
    ("The answer is A (or possibly a metastasis).", BRAIN),  # the aside keeps another open
    ("Answer: B (metastasis remains a strong possibility).", BRAIN),
    ("Answer: B (metastasis should also be considered).", BRAIN),
    ("Answer: B (metastasis is equally likely).", BRAIN),
    ("The answer is B (though an abscess remains possible).", BRAIN),
    ("Either B (hemangioma) or C (hepatocellular carcinoma).", LIVER),
])
def test_a_bracket_relabelling_or_keeping_another_open_stays_unread(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


def test_a_bracket_inside_the_clause_is_no_aside() -> None:
    # "Option B (dislocation ...) is correct.": the bracket labels B inside its clause; it is read as before
    text = "Option B (dislocation of the radial head) is correct."
    assert letter_aside.opened_after_letter(text, text.index("dislocation")) is None
    assert _read(text, WRIST) is None


def test_hostile_brackets_are_linear() -> None:
    text = "A (" + "x (" * 7000 + "metastasis y" * 10
    began = time.perf_counter()
    for i in range(0, len(text), 997):
        letter_aside.opened_after_letter(text, i)
    assert letter_aside.opened_after_letter(text, len(text) - 5) is None
    _read("Answer: B (" + "a (B " * 4000 + ")", BRAIN)
    assert time.perf_counter() - began < 2.0


@pytest.mark.parametrize(("text", "options", "expected"), [
    # a revision inside the bracket: the reading of the whole clause stands (review_choice40b R1)
    ("Answer: B (correction: should be D, abscess).", BRAIN, "B"),
    ("Answer: C (final: cyst).", LIVER, "C"),
    # the other option affirmed, not set aside: no remark (R3)
    ("Answer: A (abscess shows a rim)", LIVER, None),
    ("Answer: B (the metastasis is the source).", BRAIN, None),
    ("Answer: C (hemangioma rather than carcinoma).", LIVER, None),
    # kept open in other words (R2), a letter under a list label (R4), an earlier view not turned
    ("Answer: B (metastasis is a reasonable alternative).", BRAIN, None),
    ("Answer: B (though metastasis is difficult to exclude).", BRAIN, None),
    ("Differential: B (metastasis is the leading alternative)", BRAIN, None),
    ("Answer: B (osteosarcoma at first, and it still fits).", BONE, None),
])
def test_a_bracket_that_does_not_set_the_other_aside_reads_as_before(text: str, options: dict[str, str],
                                                                      expected: str | None) -> None:
    assert _read(text, options) == expected


def test_hostile_turned_views_are_linear() -> None:
    text = "Answer: B (osteosarcoma " + "initially at first " * 1200 + ")"
    began = time.perf_counter()
    for i in range(0, len(text), 499):
        letter_aside.opened_after_letter(text, i)
    _read(text, BONE)
    assert time.perf_counter() - began < 2.0
