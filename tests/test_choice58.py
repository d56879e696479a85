"""Session 58, multiple choice (issue #7): picks read unparsed or ambiguous, and false picks. Invented texts, written
for these tests (the failure classes of retired blind 57 replies, in other organs, wordings and layouts).

* The model's own turn ends at its end-of-turn token when it ran on into a new user turn and an empty assistant turn
  ("<|im_start|>assistant\\nA. Liver<|im_end|>\\n<|im_start|>user\\n<the question again>...") and no user turn came
  before it (``echo.response_span``); after an echoed user turn an earlier assistant turn is a prompt's example.
* A list item's bullet opens a sentence as a line break does: "- There is no X, Y or Z to suggest pulmonary edema (D)."
  denies D (``clauses._DENIED_LIST_LINK``), so an answer line before it stands.
* What the case is told apart from is set aside: "distinguishes it from an epidural hematoma (A)"
  (``clauses.set_aside_for_another``); "cannot be distinguished from X" holds the choice open as before.
* "X (C), not Y" / "B — not a true abnormality": a "not" opening its own phrase after the letter denies the other
  thing (``closing_choice._NOT_OTHER``); "C, not sure" still takes the letter back.
* "indicating that it is X" links as "indicating X" does (``cues.link``): a reply calling one option consistent and
  then, after a turn, indicating another is ambiguous.
* A habit word before a link ("often indicates a small pleural effusion") states a sign's meaning in general, no
  pick (``cue_before._habit_link``); a superlative one ("most often indicates X (A)") ranks X first, as "most likely"
  does, and still picks.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

ORGANS = {"A": "Liver", "B": "Kidney", "C": "Spleen", "D": "Pancreas"}
SPINE = {"A": "Compression fracture", "B": "Burst fracture", "C": "Chance fracture", "D": "Spondylolisthesis"}
BRAIN = {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage", "D": "Contusion"}
LUNG = {"A": "Pneumothorax", "B": "Lobar pneumonia", "C": "Pleural effusion", "D": "Pulmonary edema"}
TUBE = {"A": "In the stomach", "B": "Coiled in the esophagus", "C": "In the left main bronchus", "D": "In the duodenum"}
MASS = {"A": "Solid", "B": "Cystic", "C": "Mixed solid-cystic", "D": "Fat-containing"}
KNEE = {"A": "Meniscal tear", "B": "ACL tear", "C": "Baker cyst", "D": "Osteochondritis dissecans"}


def _read(text: str, options: dict[str, str], question: str = "What is the most likely diagnosis?") -> tuple[
        str | None, str]:
    sample = Sample(id="c58", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    ext = extract(text, sample)
    return ext.answer, ext.status.value


ECHO_Q = "Which organ is abnormal in this image?\nA. Liver\nB. Kidney\nC. Spleen\nD. Pancreas\n"


@pytest.mark.parametrize("text, expected", [
    # the model ran on past its turn: its own turn is the reply
    ("<|im_start|>assistant\nB. Kidney<|im_end|>\n<|im_start|>user\n" + ECHO_Q + "<|im_end|>\n<|im_start|>assistant\n",
     ("B", "scored")),
    ("<|im_start|>assistant\nThe answer is C.<|im_end|>\n<|im_start|>user\n" + ECHO_Q + "<|im_end|>\n"
     "<|im_start|>assistant\n\n", ("C", "scored")),
])
def test_run_on_turn_reads_the_models_own_turn(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, ORGANS, "Which organ is abnormal in this image?") == expected


def test_echoed_prompt_example_is_no_reply() -> None:
    # a worked example in an echoed prompt, then the model's empty turn: nothing was answered
    text = ("<|im_start|>user\nExample question\n<|im_end|>\n<|im_start|>assistant\nA. Liver<|im_end|>\n"
            "<|im_start|>user\n" + ECHO_Q + "<|im_end|>\n<|im_start|>assistant\n")
    assert _read(text, ORGANS, "Which organ is abnormal in this image?")[0] is None


@pytest.mark.parametrize("text, expected", [
    ("Final answer: B. Lobar pneumonia\n\nWhy:\n- Dense opacity in the left lower zone with air bronchograms.\n"
     "- There is no apical pleural line or deep sulcus, so a pneumothorax (A) is unlikely.\n"
     "- There is no meniscus, septal lines, or fluid in the fissures to suggest pulmonary edema (D).\n"
     "- The angles are sharp, against a pleural effusion (C).", ("B", "scored")),
    ("**Answer:** C\n\n1. No vertebral body height loss or kyphosis to suggest a compression fracture (A).\n"
     "2. Horizontal split through the spinous process and pedicles.", ("C", "scored")),
])
def test_bulleted_denied_links_leave_the_answer_line(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, LUNG if "pneumonia" in text else SPINE) == expected


@pytest.mark.parametrize("text, expected", [
    ("<think>\nBiconvex? At first I said epidural. No: it is crescentic and crosses the coronal suture.\n</think>\n\n"
     "**Answer: B. Subdural hematoma**\n\nCrossing the suture differentiates this collection from an epidural "
     "hematoma (A).", ("B", "scored")),
    ("Respuesta: B. Subdural hematoma.\n\nThe crescent shape distinguishes it from an epidural hematoma (A).",
     ("B", "scored")),
])
def test_told_apart_is_set_aside(text: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, BRAIN) == expected


@pytest.mark.parametrize("text, options, expected", [
    ("The tube runs down the left main stem and ends below the carina. So it is in the bronchial tree (C), not the "
     "stomach. Pull it back now.", TUBE, ("C", "scored")),
    ("The posterior horn shows a linear signal reaching the articular surface: a meniscal tear (A) — not a "
     "degenerative signal.", KNEE, ("A", "scored")),
])
def test_not_after_the_pick_denies_the_other_thing(text: str, options: dict[str, str],
                                                   expected: tuple[str | None, str]) -> None:
    assert _read(text, options) == expected


@pytest.mark.parametrize("text", [
    "The signal looks linear, so a meniscal tear (A) — not sure, though; an ACL tear (B) could look similar.",
    "I first thought a meniscal tear (A), but the fibres are discontinuous. On reflection: ACL tear (B) or possibly "
    "a meniscal tear (A).",
])
def test_doubt_after_the_pick_still_takes_it_back(text: str) -> None:
    assert _read(text, KNEE)[0] is None


def test_indicating_a_second_option_after_a_turn_is_ambiguous() -> None:
    text = ("The lesion is anechoic with through transmission, consistent with a cystic lesion. However, there is "
            "internal flow on Doppler, indicating that it is a solid lesion.")
    assert _read(text, MASS, "Is the mass solid or cystic?") == (None, "ambiguous")


def test_indicating_that_it_is_commits() -> None:
    text = "Internal flow on Doppler and no through transmission, indicating that it is a solid lesion."
    assert _read(text, MASS, "Is the mass solid or cystic?") == ("A", "scored")


@pytest.mark.parametrize("text", [
    "Useful signs when reading a chest film:\n\n* **Air bronchogram:** Usually indicates lobar pneumonia.\n"
    "* **Hilum:** Where the vessels and bronchi enter the lung.\n\nAlways compare with old films.",
    "A meniscus at the costophrenic angle typically suggests a pleural effusion. Kerley B lines classically point to "
    "interstitial edema.",
])
def test_a_signs_meaning_in_general_is_no_pick(text: str) -> None:
    assert _read(text, LUNG, "What is the abnormality in this chest radiograph?")[0] is None


def test_a_sign_said_of_this_film_still_picks() -> None:
    # near miss: the habit word beside a pointer to this case
    text = "Here the meniscus at the left base usually indicates a pleural effusion, and this film shows one."
    assert _read(text, LUNG, "What is the abnormality in this chest radiograph?")[0] == "C"


def test_a_superlative_frequency_ranks_the_option_first() -> None:
    # near miss: "most often indicates" ranks it as "most likely" does (the question asks the likeliest)
    text = "Loss of the right heart border with air bronchograms most commonly indicates a lobar pneumonia (B)."
    assert _read(text, LUNG)[0] == "B"


@pytest.mark.parametrize("text, options, expected", [
    # review: a habit link hung on a finding its clause states of this image, or the one option offered under its
    # letter, is the reply's pick
    ("There is a meniscus-shaped opacity at the left costophrenic angle, which typically indicates a pleural effusion "
     "(C).", LUNG, "C"),
    ("In our patient the blunted left angle typically indicates a pleural effusion (C).", LUNG, "C"),
    ("Anterior wedging without posterior wall involvement typically represents a compression fracture (A).", SPINE,
     "A"),
])
def test_a_habit_link_said_of_this_case_picks(text: str, options: dict[str, str], expected: str) -> None:
    assert _read(text, options) == (expected, "scored")


def test_lettered_habit_links_beside_each_other_pick_none() -> None:
    # near miss: two options each with their sign's general meaning, nothing chosen
    text = ("Air bronchograms usually indicate lobar pneumonia (B), and a meniscus typically indicates a pleural "
            "effusion (C). I can't see the image, so I can't choose.")
    assert _read(text, LUNG)[0] is None
