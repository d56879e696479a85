"""A verdict said of an option in the words right beside its name (issue #7, lane doubt53).

``extract/verdict_tag.py``: a short negative tag after an option's name ("— I doubt it.", ", not likely.", "? Hardly.",
". Not likely.") or a near-none adverb right before it ("Hardly pneumothorax.") judges it against, in every reader
that weighs the clause naming an option (``named_stance.stance_at``, the located name of the sentence readers
``named_stance.none_affirmed``, the first line's letter, ``closing_choice.stance``). The near misses keep their
reading: a tag naming something else, a certainty said with a denial's words, an initialism after "not", the least
likely option asked, the first thought given up, an undecided pair, every option restated, "Not X." then the letter.
Also pinned: a bare letter's dash comment (``trailing.advice_after``); the answer stated before a paragraph of foils
is left unread (``affirmed_option`` reads the last paragraph naming an option).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.verdict_tag import dismissed_before, tagged_against
from medstep.types import AnswerType, Sample

CHEST = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Mass", "E": "Pulmonary edema",
         "F": "Pneumonia"}
Q = "What is the most likely finding on this chest radiograph?"
GALLBLADDER = {"A": "Acute cholecystitis", "B": "Choledocholithiasis", "C": "Gallbladder polyp", "D": "Adenomyomatosis"}
SPINE = {"A": "Ankylosing spondylitis", "B": "DISH", "C": "Psoriatic spondylitis", "D": "Degenerative disc disease"}
SIGNS = {"A": "Silhouette sign", "B": "Deep sulcus sign", "C": "Golden S sign", "D": "Westermark sign",
         "E": "Hampton hump"}


def _read(text: str, options: dict[str, str] = CHEST, question: str = Q) -> tuple[str | None, str]:
    sample = Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    found = extract(text, sample)
    return found.answer, found.status.value


# The session 52 review probes (each read as "B" on base and final), and the same structure in other words.
@pytest.mark.parametrize("text", [
    "Pneumothorax — I doubt it.",
    "Hardly pneumothorax.",
    "Pneumothorax is inconsistent with the findings.",
    "Pneumothorax, doubtful given the preserved lung markings.",
    "Scarcely pneumothorax.",
    "Scarcely a pneumothorax.",
    "Pneumothorax, not likely.",
    "Pneumothorax, I doubt it.",
    "Pneumothorax? Hardly.",
    "Pneumothorax, I wouldn't say so.",
    "Pneumothorax — doesn't fit.",
    "Pneumothorax, not likely given the lung markings.",
    "Pneumothorax. Not likely.",
    "Pneumothorax. I doubt it.",
    "Pneumothorax (B). I doubt it.",
    "Pneumothorax, not really.",
    "B — I doubt it.",
    "B. Not likely.",
])
def test_judged_against_by_its_tag_selects_nothing(text: str) -> None:
    assert _read(text)[0] is None


# The judged option set aside, the other one read.
@pytest.mark.parametrize(("text", "letter"), [
    ("Pneumothorax — I doubt it; the meniscus points to pleural effusion.", "A"),
    ("Pneumothorax — I doubt it. Pleural effusion.", "A"),
    ("Pleural effusion. Pneumothorax, not likely.", "A"),
    ("Cardiomegaly, not likely; pleural effusion.", "A"),
    ("Pleural effusion is hardly present; pneumothorax is clear.", None),  # (base read "A": the hardly-present one)
])
def test_the_other_option_read(text: str, letter: str | None) -> None:
    assert _read(text)[0] == letter


# Near misses: the tag names something else, a certainty, a double negation, a tag question, an initialism.
@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Pneumothorax, not pleural effusion.", CHEST, "B"),
    ("Pleural effusion, not pneumothorax.", CHEST, "A"),
    ("Pleural effusion. Not pneumothorax.", CHEST, "A"),
    ("Pneumothorax — no mediastinal shift.", CHEST, "B"),
    ("The lung edge is visible: pneumothorax. No mediastinal shift.", CHEST, "B"),
    ("Pneumothorax — no doubt.", CHEST, "B"),
    ("Pneumothorax. No doubt.", CHEST, "B"),
    ("Pneumothorax — not tension.", CHEST, "B"),
    ("It is a pneumothorax. Not tension.", CHEST, "B"),
    ("Pneumothorax, not large.", CHEST, "B"),
    ("Pneumothorax, not a skin fold.", CHEST, "B"),
    ("The answer: pneumothorax, which is not subtle.", CHEST, "B"),
    ("The answer is B. Pneumothorax, no doubt.", CHEST, "B"),
    ("B — not A.", CHEST, "B"),
    ("A. Not B.", CHEST, "A"),
    ("B — no doubt.", CHEST, "B"),
    ("B — not large.", CHEST, "B"),
    ("B. No other findings.", CHEST, "B"),
    ("B — follow-up in 6 weeks.", CHEST, "B"),
    ("DISH, not AS.", SPINE, "B"),
    ("Flowing anterior ossification along four contiguous vertebral bodies with preserved disc heights and normal SI "
     "joints — DISH, not AS.", SPINE, "B"),
])
def test_near_misses_keep_their_letter(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == (letter, "scored")


# The near misses of the brief: least likely, the first thought given up, undecided, every option, "Not X." + letter.
@pytest.mark.parametrize(("text", "question", "expected"), [
    ("Least likely pneumothorax.", Q, (None, "unparsed")),
    ("Least likely: pneumothorax.", Q, (None, "unparsed")),
    ("Pneumothorax was my first thought, but the meniscus says pleural effusion.", Q, ("A", "scored")),
    ("Pneumothorax or pleural effusion; cannot tell.", Q, (None, "ambiguous")),
    ("Pleural effusion, pneumothorax, cardiomegaly, mass, pulmonary edema, pneumonia.", Q, (None, "ambiguous")),
    ("Not pneumothorax. A", Q, ("A", "scored")),
    ("Pneumothorax is not unlikely.", Q, (None, "unparsed")),
    ("Pneumothorax, isn't it?", Q, (None, "unparsed")),
])
def test_brief_near_misses(text: str, question: str, expected: tuple[str | None, str]) -> None:
    assert _read(text, CHEST, question) == expected


def test_tag_reader_directly() -> None:
    assert tagged_against("X — I doubt it.", 1)
    assert tagged_against("X: no.", 1)
    assert tagged_against("X is not the answer.", 1)
    assert tagged_against("X is not seen here.", 1)
    assert not tagged_against("X — I don't doubt it.", 1)
    assert not tagged_against("X, no?", 1)
    assert not tagged_against("X is not excluded.", 1)
    assert not tagged_against("X — can't rule it out.", 1)
    assert not tagged_against("X? Question: what", 1)
    assert not tagged_against("X does not fit the picture.", 1)  # (a content word: left to the judgement readers)
    assert dismissed_before("Hardly pneumothorax", 0, 7)
    assert dismissed_before("Scarcely a pneumothorax", 0, 11)
    assert not dismissed_before("the hardly visible pneumothorax", 0, 21)


# A bare letter opening its closing sentence, its comment after a dash (blind 52, b52-0189); judged, it is no pick.
@pytest.mark.parametrize(("text", "letter"), [
    ("Non-shadowing, non-mobile 6 mm echogenic focus attached to the wall; no comet-tail artifact; wall normal. Polyp, "
     "not a stone (stones shadow and move) and not adenomyomatosis (comet tails). C — follow-up ultrasound.", "C"),
    ("Polyp. C — follow-up ultrasound.", "C"),
    ("Polyp. C — unlikely.", None),
    ("The focus is fixed. C — I doubt it.", None),
    ("Polyp. C — or D.", None),
    ("The focus is fixed. C — follow-up ultrasound.", "C"),
    ("The focus is fixed. C — if it does not shadow.", None),
    ("The focus is fixed. C — assuming it does not shadow.", None),
    ("Polyp. C — probably.", "C"),
])
def test_dash_comment_after_a_letter(text: str, letter: str | None) -> None:
    assert _read(text, GALLBLADDER, "What is the most likely diagnosis on this gallbladder ultrasound?")[0] == letter


WESTERMARK = ("What stands out is a region of increased lucency in the right lower zone with an abrupt cutoff of the "
              "vessels beyond an enlarged right descending pulmonary artery — regional oligemia. That's the Westermark "
              "sign, which in the right clinical context raises concern for pulmonary embolism.\n\n"
              "I considered a Hampton hump (E), but there's no pleural-based wedge-shaped opacity. And the deep sulcus "
              "sign (B) refers to a pneumothorax on a supine film, which isn't what we have here.")


def test_answer_then_a_paragraph_of_foils_is_left_unread() -> None:
    # (blind 52, b52-0222: the answer named in the paragraph before a paragraph of foils. Reading it from there read
    # three review-27 probes wrongly, "This is sarcoidosis. // ... silicosis would be most consistent.": left unread)
    assert _read(WESTERMARK, SIGNS, "Which sign is demonstrated on this chest radiograph?")[0] is None


@pytest.mark.parametrize("text", [
    # the foil paragraph keeps one held open: no answer
    WESTERMARK.replace("I considered a Hampton hump (E), but there's no pleural-based wedge-shaped opacity.",
                       "A Hampton hump (E) remains possible."),
    # the answer paragraph is taken back by the foils paragraph
    WESTERMARK + " On reflection the Westermark sign is not convincing either.",
])
def test_foils_paragraph_near_misses(text: str) -> None:
    assert _read(text, SIGNS, "Which sign is demonstrated on this chest radiograph?")[0] is None


# Review doubt53: a quality the finding has whatever the answer ("not obvious", "not urgent"), a time ("not at
# first"), a comparison ("not as ... as"), the speaker's doubt or a degree turned ("not certain, but most likely",
# "hardly visible, yet there") is no verdict against the option named before it.
@pytest.mark.parametrize(("text", "options", "letter"), [
    ("Pneumothorax — not obvious, but present.", CHEST, "B"),
    ("Pneumothorax — not obvious.", CHEST, "B"),
    ("B — not conspicuous.", CHEST, "B"),
    ("Pneumothorax — not prominent.", CHEST, "B"),
    ("Pneumothorax — not typical, but present.", CHEST, "B"),
    ("B — not at first, but on a second look it is there.", CHEST, "B"),
    ("B — not as obvious as it looks.", CHEST, "B"),
    ("B — not certain, but most likely.", CHEST, "B"),
    ("Pneumothorax — hardly visible, yet definitely there.", CHEST, "B"),
    ("C — not urgent.", GALLBLADDER, "C"),
    ("C. Not urgent.", GALLBLADDER, "C"),
    ("C — not concerning.", GALLBLADDER, "C"),
])
def test_review_a_quality_time_or_turn_keeps_the_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options, "What is the most likely diagnosis?") == (letter, "scored")


@pytest.mark.parametrize("text", [
    "Pneumothorax, not likely, but possible.",
    "Pneumothorax — I doubt it, but cannot exclude.",
    "C — not convincing.",
    "B — not with these findings.",
])
def test_review_the_verdict_kept(text: str) -> None:
    assert _read(text)[0] is None


def test_located_name_adds_only_a_judgement_against() -> None:
    """A general remark found right after the located name ("since X usually means ...") is left to the sentence
    reader, which reads the clause as a whole; only a judgement against there sets the option aside (merge repair: a
    closing remark about the chosen finding withdrew a committed concept reading)."""
    from medstep.extract import named_stance
    general = "Please correlate with the clinical picture, since pneumoperitoneum usually means a perforated viscus."
    assert not named_stance.none_affirmed(general, lambda clause: "pneumoperitoneum" in clause)
    judged = "Pneumothorax, doubtful given the preserved lung markings."
    assert named_stance.none_affirmed(judged, lambda clause: "Pneumothorax" in clause)
