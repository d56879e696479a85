"""A feature the reader says it does not see, as what would point to an option, states no option (session 29).

"I don't see a pleural line to suggest a pneumothorax" denies the pneumothorax as plainly as "There is no pleural line
to suggest a pneumothorax"; held-out blind set 29 had a chest X-ray reply read as "Pneumothorax" from that sentence.
The link is ``implicit_words.DENIED_LINK``, shared with the yes/no readers. Near misses that affirm the feature keep
their reading. Invented texts.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CHEST = {"A": "Pneumomediastinum", "B": "Pneumothorax", "C": "Pericardial effusion", "D": "Normal study"}
LIVER = {"A": "Hepatic abscess", "B": "Haemangioma", "C": "Hepatocellular carcinoma", "D": "Simple cyst"}


def _choice(text: str, options: dict[str, str]) -> str | None:
    return extract(text, Sample(id="u29", question="What is the key finding?", answer="A",
                                answer_type=AnswerType.CHOICE, options=options)).answer


def _closed(text: str, question: str) -> str | None:
    return extract(text, Sample(id="u29c", question=question, answer="no", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("text, options", [
    ("I don't see a pleural line to suggest a pneumothorax.", CHEST),
    ("I do not see any fluid rim that would suggest a pericardial effusion.", CHEST),
    ("I didn't find a rim of enhancement to indicate a hepatic abscess.", LIVER),
    ("I can't appreciate any arterial washout to suggest hepatocellular carcinoma.", LIVER),
])
def test_an_unseen_feature_pointing_to_an_option_chooses_nothing(text: str, options: dict[str, str]) -> None:
    assert _choice(text, options) is None


def test_the_real_answer_after_the_denied_link_is_read() -> None:
    text = "I don't see a pleural line to suggest a pneumothorax.\n\nKey finding: air in the mediastinum."
    assert _choice(text, CHEST) == "A"


@pytest.mark.parametrize("text, options, want", [
    ("I see a sharp pleural line; this is a pneumothorax.", CHEST, "B"),
    ("There is a fluid rim around the heart, in keeping with a pericardial effusion.", CHEST, "C"),
])
def test_an_affirmed_feature_keeps_its_option(text: str, options: dict[str, str], want: str) -> None:
    assert _choice(text, options) == want


def test_the_yes_no_readers_share_the_denial() -> None:
    assert _closed("I don't see a pleural line to suggest a pneumothorax.", "Is there a pneumothorax?") == "no"
