"""Closed answers committed without a bare yes/no (session 33, issue #7): a closing verdict under a committed lean
("So, likely yes."), a negation set in one-word emphasis ("it is *not* inflamed"), the asked pole's opposite stated
before a sentence that only describes ("The lesion is benign. It's a fat-containing mass - a lipoma."), and a reply
cut after an approximation word ("... is approximately") read as truncated. Each is paired with near misses that
must keep their reading: a maybe-word is no lean, a trailing doubt or turn keeps the pole open, and a sentence that
can end on "about" is not cut."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("question, text, expected", [
    # a committed lean before the closing verdict
    ("Is there evidence of small bowel obstruction?",
     "Multiple dilated small-bowel loops with air-fluid levels and a gasless colon. So, likely yes.", "yes"),
    ("Is there a pleural effusion?", "Blunting of the left costophrenic angle with a meniscus. Most likely yes.", "yes"),
    ("Is there a kidney stone?", "No shadowing focus in either kidney, so most probably no.", "no"),
    # one word in emphasis is the word
    ("Is the appendix inflamed?", "The appendix is *not* inflamed: it measures 5 mm and compresses normally.", "no"),
    ("Is the appendix inflamed?", "The appendix is _not_ inflamed.", "no"),
    ("Is the spleen enlarged?", "The spleen spans 11 cm, which is within normal limits; it is __not__ enlarged.", "no"),
    # the opposite pole, then a sentence that describes only
    ("Is the lesion malignant?",
     "The lesion is benign. It's a well-circumscribed, fat-containing mass with a thin capsule — a lipoma.", "no"),
    ("Is the lesion malignant?", "This is a benign lesion. It is a simple cyst with an imperceptible wall.", "no"),
])
def test_committed_without_a_bare_verdict(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize("question, text", [
    ("Is there a fracture?", "It could be yes."),
    ("Is there a fracture?", "Likely yes or no depending on the lateral view; this single view is not enough."),
    ("Is the lesion malignant?", "The lesion is benign. However, a biopsy may be needed."),
    ("Is the lesion malignant?", "The lesion is benign. Liposarcoma cannot be excluded."),
    ("Is the lesion malignant?", "The lesion is benign. Could it be a liposarcoma?"),
    ("Is the lesion malignant?", "It has benign features, but malignancy cannot be excluded."),
    ("Is the lesion malignant?", "The lesion could be malignant; a biopsy is needed."),
    ("Is the lymph node enlarged?", "I'm not sure it is **not** enlarged; it's borderline at 10 mm."),
])
def test_no_verdict_stays_none(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_cut_after_an_approximation_is_truncated() -> None:
    text = ("To evaluate the cardiac silhouette, we measure the cardiothoracic ratio. The maximal transverse diameter "
            "of the heart is approximately")
    assert _read("Is the cardiac silhouette normal in size?", text) == (None, "truncated")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion?", "No pneumothorax, but a small left pleural effusion.", "yes"),
    ("Is the mass benign?", "The mass is benign", "yes"),
    ("Is the heart enlarged?", "No, the heart is normal in size", "no"),
])
def test_terse_complete_answers_keep_their_reading(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected
