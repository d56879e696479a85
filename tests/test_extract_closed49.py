"""Closed replies that commit after a doubt or through a drawn conclusion (issue #7, lane closed49).

Three mechanisms, each in its one home: a closing conclusion drawn from what was seen ("..., which suggests a small
effusion", "These findings are suggestive of ascites.", "..., which would be consistent with pneumonia") read as the
finding stated where the reply otherwise gives nothing, placed where its sign was seen (``extract/inferred.drawn``); a
doubt of certainty conceded before a committed clause, closed by a turn, a semicolon or a sentence end ("Difficult to
say definitively; no fracture is identified.", ``extract/conceded.py``); "no clear X" as report language for a denial
(``answers/hedges.DENIAL_QUALIFIERS``). Near misses keep their reading: a conditional, two candidates, a mimic, another
finding or side, a denial before the link, a modal, a bare or true refusal, a hedge over both, a turn.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.conceded import after_concession
from medstep.extract.inferred import drawn
from medstep.types import AnswerType, Sample


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is there a pneumothorax?", "A thin white line parallels the left apical chest wall with no vessels beyond it, "
         "which suggests a small pneumothorax.", "yes"),
        ("Is there ascites?", "Anechoic fluid surrounds the liver tip and fills the paracolic gutters. These findings "
         "are suggestive of ascites.", "yes"),
        ("Is there appendicitis?", "The appendix measures 9 mm with a thickened, hyperaemic wall and periappendiceal "
         "stranding, which would be consistent with appendicitis.", "yes"),
        ("Is there a subdural hematoma?", "A crescentic hyperdense rim hugs the right convexity. The appearances would "
         "be in keeping with a subdural hematoma. Neurosurgical review is advised.", "yes"),
        ("Is there an effusion on the left?", "The left costophrenic angle is blunted with a meniscus, which suggests "
         "there is a small effusion.", "yes"),
        ("Is there a mass in the lung?", "There is a 3 cm spiculated opacity in the right upper lobe, which would be "
         "compatible with a mass.", "yes"),
    ],
)
def test_a_drawn_conclusion_commits(question: str, text: str, answer: str) -> None:
    assert _closed(question, text) == answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is there a pneumothorax?", "A pleural line would suggest a pneumothorax, but I can trace vessels to the "
         "chest wall."),
        ("Is there a pneumothorax?", "There is an apical lucency, which suggests a pneumothorax or a skin fold."),
        ("Is there a pneumothorax?", "There is a lucency at the apex, which suggests a skin fold."),
        ("Is there pneumonia?", "There is patchy opacity at the left base, which would be consistent with atelectasis."),
        ("Is there pneumonia?", "No opacity is seen, which would be consistent with pneumonia."),
        ("Is there ascites?", "These findings could suggest ascites."),
        ("Is there an effusion on the right?", "The left costophrenic angle is blunted, which suggests a small effusion."),
        ("Is the mass benign?", "The mass has smooth margins, which suggests it is benign. However, there is internal "
         "vascularity that is worrying."),
        ("Is there intracranial hemorrhage?", "Hyperdense material layers in the occipital horns, which suggests "
         "intraventricular haemorrhage."),  # a narrower kind inferred: the lean weighs which kind
    ],
)
def test_a_held_conclusion_stays_open(question: str, text: str) -> None:
    assert _closed(question, text) is None


def test_drawn_places_the_conclusion_where_its_sign_was_seen() -> None:
    text = "There is a 4 cm opacity in the left upper lobe with lobulated margins, which would be consistent with a mass."
    assert drawn(text, "Is there a lung mass?") == ("There is a 4 cm opacity in the left upper lobe with lobulated "
                                                    "margins, consistent with a mass in the left upper lobe.")
    assert drawn("The right angle is blunted, which suggests a small effusion.", "Is there an effusion?") == (
        "The right angle is blunted, consistent with a small effusion on the right.")
    assert drawn("There is nothing to suggest a mass.", "Is there a mass?") is None


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is there a fracture?", "Hard to be sure on a single projection, but there is a transverse fracture of the "
         "fifth metatarsal shaft.", "yes"),
        ("Is there a fracture?", "It's difficult to say definitively; no fracture is identified.", "no"),
        ("Is there a pleural effusion?", "It is hard to tell for certain on a supine film. There is no pleural "
         "effusion.", "no"),
        ("Is there cardiomegaly?", "I'm not completely certain, but the heart is enlarged with a cardiothoracic ratio "
         "of 0.62.", "yes"),
        ("Is there a pneumothorax?", "Hard to say with certainty. No pneumothorax is seen.", "no"),
        ("Is there a fracture?", "It's a little hard to be certain here; there is no fracture.", "no"),
        ("Is there a fracture?", "No clear fracture is demonstrated.", "no"),
        ("Is there pneumonia?", "No clear evidence of pneumonia.", "no"),
        ("Is there a fracture?", "Difficult to say definitively; no clear fracture line is seen.", "no"),
        ("Is there an effusion?", "I'm unable to give a definitive answer, but there is a moderate effusion.", "yes"),
        ("Is there a fracture?", "Without an oblique view it's hard to be sure, but I don't see a fracture.", "no"),
        ("Is there a fracture?", "I cannot tell for certain. There is a fracture of the ulnar shaft.", "yes"),
    ],
)
def test_a_doubt_of_certainty_conceded_before_a_committed_clause(question: str, text: str, answer: str) -> None:
    assert _closed(question, text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "It's hard to say.",
        "It cannot be determined from this image.",
        "It may or may not be a fracture.",
        "It's hard to say for sure. Maybe there is a fracture of the radius.",
        "It's hard to say. There is a fracture of the radius.",
        "Hard to say for certain whether there is a fracture; the cortex looks intact.",
        "I can't be certain. It could be a fracture or a nutrient canal.",
        "I'm unable to give an answer, but there is a fracture of the radius.",
        "On this single view I can't be sure; there may be a fracture.",
        "I cannot say for sure whether there is a fracture. The cortex looks intact.",
    ],
)
def test_a_refusal_or_a_hedge_stays_unanswered(text: str) -> None:
    assert _closed("Is there a fracture?", text) is None


def test_after_concession_needs_a_doubt_of_certainty_without_a_turn() -> None:
    sample = Sample(id="t", question="Is there a fracture?", answer="yes", answer_type=AnswerType.CLOSED)
    assert after_concession("Difficult to say definitively; no fracture is seen.", sample) == "no fracture is seen."
    assert after_concession("Hard to say. No fracture is seen.", sample) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Impression: Unremarkable.", "no"),
        ("Impression: Normal study.", "no"),
        ("IMPRESSION: Unremarkable study.", "no"),
        ("Impression: Small left pleural effusion.", "yes"),
        ("Impression: Likely normal.", None),  # a hedge keeps it open
    ],
)
def test_a_concluding_label_heads_the_normal_statement(text: str, answer: str | None) -> None:
    assert _closed("Is there an abnormality?", text) == answer


def test_a_finding_placed_through_its_structure_is_no_compound_noun() -> None:
    assert _closed("Is there a fracture?", "There is a fracture through the base of the fifth metatarsal. Orthopaedic "
                   "follow-up is advised.") == "yes"


# Review repairs (session 49): "no focal X" beside a stated spread, and a drawn conclusion broader than the asked kind,
# give no answer.
_REVIEW_OPEN = [
    ("Is there a displaced fracture?", "A lucent line through the radius, which suggests a fracture."),
    ("Is there a lesion in the liver?", "No focal liver lesion; the liver is diffusely infiltrated by tumour."),
    ("Is there an abnormality?", "No focal abnormality, but there is diffuse osteopenia."),
]


@pytest.mark.parametrize(("question", "reply"), _REVIEW_OPEN)
def test_review_spread_or_broader_conclusion_reads_nothing(question: str, reply: str) -> None:
    assert _closed(question, reply) is None


# A concluding label's "No" that opens a noun phrase is the phrase's determiner: to a question asking whether something
# is normal or clear it denies findings (yes, or left to the statement readers), never the verdict "no"; to a presence
# question the label still reads no (found in the review of closed49, wrong on the base).
@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is the study normal?", "Impression: No acute abnormality.", "yes"),
        ("Is the heart size normal?", "Impression: No cardiomegaly.", "yes"),
        ("Is the lung clear?", "Conclusion: No consolidation or effusion.", None),
        ("Is there an abnormality?", "Impression: No acute abnormality.", "no"),
        ("Is there a pneumothorax?", "Impression: No pneumothorax.", "no"),
        ("Is the study normal?", "Conclusion: No, there is a small effusion.", "no"),
    ],
)
def test_a_label_determiner_no_is_no_verdict_on_a_normal_question(question: str, text: str, answer: str | None) -> None:
    assert _closed(question, text) == answer
