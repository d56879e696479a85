"""Choice answers, session 40 (issue #7): under a decision heading the next line's first clause may end at a
semicolon ("Most likely diagnosis:\\nMeningioma; abscess is far less likely given the dural tail."), as it may at a
full stop. The rest of the line is checked as before (``line_rest.rest_keeps``): another option kept open, listed or
hedged stays unread. Invented sentences in other words than the corpus."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract, lines
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample

BRAIN = {"A": "Meningioma", "B": "Glioblastoma", "C": "Metastasis", "D": "Abscess"}
KNEE = {"A": "Meniscal tear", "B": "ACL tear", "C": "Bone bruise", "D": "Baker cyst"}


def _read(text: str, options: dict[str, str]) -> str | None:
    got = extract(text, Sample(id="hs40", question="Which is it?", answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Most likely diagnosis:\nMeningioma; abscess is far less likely given the dural tail.", BRAIN, "A"),
    ("**Impression:**\nBaker cyst; it communicates with the joint between the gastrocnemius and semimembranosus.",
     KNEE, "D"),
])
def test_a_heading_line_closed_by_a_semicolon_remark_is_read(text: str, options: dict[str, str], letter: str) -> None:
    assert lines.lead_ins(text, option_index(options), 0, len(text))[0].letter == letter
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("Differential:\nMeningioma; metastasis; abscess.", BRAIN),  # a list, no pick
    ("Diagnosis:\nBone bruise; or possibly a meniscal tear.", KNEE),  # another kept open
    ("Impression:\nACL tear; a meniscal tear is also present.", KNEE),  # two stated
    ("Impression:\nNot meningioma; the lesion is intra-axial.", BRAIN),  # denied
    ("Conclusion:\nMeniscal tear; Baker cyst", KNEE),  # a bare item more: a list of findings
    # the words that keep another open in a letter's bracket (``letter_aside.KEPT_OPEN``) do so after a semicolon
    ("Impression:\nMeningioma; consider a metastasis as well.", BRAIN),
    ("Impression:\nBone bruise; an ACL tear is the main alternative.", KNEE),
    ("Impression:\nMeningioma; differential includes an abscess.", BRAIN),
])
def test_a_semicolon_rest_keeping_another_open_stays_unread(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


def test_hostile_semicolons_are_linear() -> None:
    text = "Impression:\nMeningioma" + "; abc" * 6000
    began = time.perf_counter()
    _read(text, BRAIN)
    assert time.perf_counter() - began < 3.0
    began = time.perf_counter()  # (the whole reply on such lines is slow on main too: the new list test alone here)
    assert lines._first_sentence_letter("Meningioma; " + "abc " * 2 + " " * 20000 + "x", option_index(BRAIN)) is None
    lines._first_sentence_letter("Meningioma; abc" + " \t" * 10000 + ". x", option_index(BRAIN))  # no list: not matched
    assert time.perf_counter() - began < 1.0
