"""Closed answers, second round (session 25, issue #7): held-out yes/no shapes, in sentences of our own.

* a denial reaching the asked finding through a normal word used as its attribute ("No central stenosis.", "No clear
  fracture line."): the lexicon knows "central" and "clear" as normal words, so the denial attached to them and the
  finding read as stated (a wrong yes). The attribute narrows the finding, and a narrower denial says nothing of the
  broader finding (``extract/findings.py``), so the reply stays unread;
* "Unlikely." / "Likely." as the whole reply or its opening sentence: the one-word forms of "Probably not." and
  "Likely yes." (``answers/yesno.py`` NEGATIVE_REPLIES / AFFIRMATIVE_REPLIES), read as those leans are;
* a measurement followed by a sentence naming only another finding ("... 2 cm. Atherosclerotic calcification."): the
  other thing seen does not take the measurement back (``extract/measured_gates.other_finding``), unless it is the
  asked finding, a broader or narrower one, or the question asks of the whole organ.

Each reading is checked beside a near miss that must stay read as before.
"""

from __future__ import annotations

import pytest

from support.readings import closed_word


@pytest.mark.parametrize("question, text", [
    ("Is there a pulmonary embolism?", "No central pulmonary embolism."),
    ("Is there a pulmonary embolism?", "The study shows no evidence of central pulmonary embolism."),
    ("Is there spinal stenosis?", "There is no central stenosis at this level."),
    ("Is there a pneumothorax?", "No central pneumothorax."),
])
def test_denial_through_a_normal_attribute_reads_nothing(question: str, text: str) -> None:
    assert closed_word(question, text) not in ("yes", "no")


def test_no_clear_finding_is_report_language() -> None:
    # session 49 (lane closed49): "clear" inside a denial is report language as "definite" and "obvious" are
    # (``hedges.DESCRIBING_QUALIFIERS``): "No clear fracture." denies the fracture; it never reads yes
    assert closed_word("Is there a fracture?", "No clear fracture.") == "no"


@pytest.mark.parametrize("question, text, answer", [
    ("Is there a pulmonary embolism?", "No pulmonary embolism.", "no"),
    ("Is there a pulmonary embolism?", "Central pulmonary embolism.", "yes"),  # stated, not denied
    ("Is there a pulmonary embolism?", "Normal heart size, no pulmonary embolism.", "no"),
    ("Is there a pneumothorax?", "Lungs clear; no pneumothorax.", "no"),
    ("Is there a fracture?", "No definite fracture.", "no"),  # a denial qualifier, not a narrowing
])
def test_plain_denials_and_statements_unchanged(question: str, text: str, answer: str) -> None:
    assert closed_word(question, text) == answer


@pytest.mark.parametrize("text, answer", [
    ("Unlikely.", "no"),
    ("Highly unlikely. The wall enhances normally throughout.", "no"),
    ("Unlikely — the margins are smooth.", "no"),
    ("Likely.", "yes"),
    ("Most likely.", "yes"),
])
def test_likelihood_word_as_the_reply(text: str, answer: str) -> None:
    assert closed_word("Is there an abscess in the liver?", text) == answer


@pytest.mark.parametrize("text", [
    "Unlikely to be an abscess; it is a simple cyst.",  # the word judges a phrase, it is no reply of its own
    "Unlikely, but it cannot be excluded.",
    "Unlikely. A rim-enhancing collection with gas is present in the liver, in keeping with an abscess.",
])
def test_likelihood_word_left_open(text: str) -> None:
    assert closed_word("Is there an abscess in the liver?", text) not in ("yes", "no")


@pytest.mark.parametrize("question, text, answer", [
    ("Is the abdominal aorta aneurysmal?", "The abdominal aorta is 1.9 cm across. Scattered atherosclerotic calcification.",
     "no"),
    ("Is the abdominal aorta aneurysmal?", "The abdominal aorta is 5.2 cm across. Scattered atherosclerotic calcification.",
     "yes"),
    ("Is the common bile duct dilated?", "The CBD is 3 mm. Several gallstones are noted.", "no"),
])
def test_measurement_then_another_finding(question: str, text: str, answer: str) -> None:
    assert closed_word(question, text) == answer


@pytest.mark.parametrize("question, text", [
    ("Is the abdominal aorta aneurysmal?", "The abdominal aorta is 1.9 cm across. An aneurysm is present."),  # the asked one
    ("Is the common bile duct dilated?", "The CBD is 3 mm. Gallstones are possibly seen."),  # a hedge
    ("Is the appendix normal?", "The appendix is 5 mm across. Free fluid in the pelvis."),  # asks of the whole organ
])
def test_measurement_then_a_finding_left_open(question: str, text: str) -> None:
    assert closed_word(question, text) not in ("yes", "no")
