"""Multiple-choice answers, session 24 (issue #7): shapes of held-out misses, in sentences of our own.

* an option stated, then another named after it as the foil of a contrast ("Y, by contrast, favours ...",
  "Y instead gives ...", "Y, on the other hand, would show ..."): the foil is set aside, not a second answer.

Each reading is checked beside a near miss that must stay unread, ambiguous or read as before.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_LUNG = {"A": "Usual interstitial pneumonia", "B": "Nonspecific interstitial pneumonia",
         "C": "Hypersensitivity pneumonitis", "D": "Sarcoidosis"}
_BONE = {"A": "Multiple myeloma", "B": "Metastatic disease", "C": "Hyperparathyroidism", "D": "Paget disease"}
_OVARY = {"A": "Mature cystic teratoma", "B": "Endometrioma", "C": "Serous cystadenoma", "D": "Haemorrhagic cyst"}
_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"}


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?") -> str | None:
    got = extract(text, Sample(id="c24", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, options, want", [
    ("This is the **mature cystic teratoma**, given the fat-fluid level. Endometriomas instead show shading on T2.",
     _OVARY, "A"),
    ("The picture is sarcoidosis. Hypersensitivity pneumonitis instead gives mosaic attenuation.", _LUNG, "D"),
    ("Mature cystic teratoma, given the fat. An endometrioma, on the other hand, would show T2 shading.", _OVARY, "A"),
    ("**Paget disease** fits. Hyperparathyroidism conversely gives subperiosteal resorption.", _BONE, "D"),
])
def test_foil_after_the_answer_is_set_aside(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


@pytest.mark.parametrize("text, options, want", [
    # the foil's own sentence says it is present or fits: two answers, or the foil chosen
    ("Pleural effusion on the right. Pneumonia, by contrast, is also present at the left base.", _CHEST, "ambiguous"),
    ("Myeloma was my first thought. Metastatic disease, by contrast, fits this patient better.", _BONE, "ambiguous"),
    # the sentence before denies: "instead" replaces the option denied
    ("Not sarcoidosis. Hypersensitivity pneumonitis instead gives this mosaic pattern.", _LUNG, "C"),
    ("It isn't sarcoidosis. Hypersensitivity pneumonitis instead causes the air trapping.", _LUNG, "C"),
    # nothing stated before the contrast: a textbook roll, no answer set against
    ("Sarcoidosis, by contrast, favours perilymphatic nodules. Hypersensitivity pneumonitis favours centrilobular "
     "nodules.", _LUNG, "ambiguous"),
    # "instead" closing its sentence: the option replaces another
    ("Sarcoidosis. Hypersensitivity pneumonitis instead.", _LUNG, "ambiguous"),
])
def test_foil_near_misses(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


@pytest.mark.parametrize("text, want", [
    ("<think>The lesion is lytic and punched out, so myeloma. OK A.</think>", "A"),
    ("The lesions are lytic. Okay B.", "B"),
    ("Scalloped lytic lesions. Yes D.", "D"),
])
def test_interjection_before_closing_letter(text: str, want: str) -> None:
    assert _read(text, _BONE) == want


@pytest.mark.parametrize("text", [
    "Lytic lesions; myeloma versus metastases. OK B?",  # asked
    "The lesions are lytic. Okay A or B.",  # two offered
    "The OK B sign is absent.",  # no closing letter
])
def test_interjection_near_misses(text: str) -> None:
    assert _read(text, _BONE) in ("unparsed", "ambiguous")


@pytest.mark.parametrize("text, want", [
    ("That said, I could see an argument for C if there was a history of renal failure. Without that history, B.", "B"),
    ("One could argue for D if the phosphatase were high. Without such a result, A.", "A"),
    ("Without a renal history, B.", "B"),
])
def test_circumstance_before_closing_letter(text: str, want: str) -> None:
    assert _read(text, _BONE) == want


@pytest.mark.parametrize("text", [
    "Without A, B.",  # the option itself after "without"
    "Without further history, B or C.",  # two offered
    "Without the history, B is unlikely.",  # rejected
    "Without that history, B would be my guess.",  # supposed
])
def test_circumstance_near_misses(text: str) -> None:
    assert _read(text, _BONE) in ("unparsed", "ambiguous", "refused")


@pytest.mark.parametrize("text, want", [
    ("My answer: B - I mean D.", "D"),
    ("Final answer: B. Sorry, I meant D.", "D"),
    ("B. Sorry - I mean D.", "D"),
])
def test_word_restated_by_i_mean(text: str, want: str) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text, want", [
    ("I mean, B could fit, but D is more likely.", "D"),  # "I mean," a filler: the answer is D, not B then D
    ("Answer: B. I mean D or C.", "ambiguous"),  # restated as two
    ("Answer: B - I mean D? Not sure.", "ambiguous"),  # asked
    ("I don't mean D.", "unparsed"),  # denied
])
def test_i_mean_near_misses(text: str, want: str) -> None:
    assert _read(text, _CHEST) == want

_SIDES = {"A": "Left lung", "B": "Right lung", "C": "Both", "D": "Neither"}


@pytest.mark.parametrize("text, want", [
    # the side called clear is set aside (all four read the clear side on train: false decisions)
    ("Right pleural thickening; left lung clear.", "unparsed"),
    ("Left apical mass; right lung clear.", "unparsed"),
    ("The left lung is clear; the right lung has a mass.", "B"),
    ("Right lung: consolidation. Left lung: clear.", "unparsed"),
])
def test_side_called_clear_is_not_the_abnormal_side(text: str, want: str) -> None:
    assert _read(text, _SIDES, "Which lung is abnormal?") == want


@pytest.mark.parametrize("text, want", [
    ("The left lung is clear; the right lung has a mass.", "A"),  # asked for the clear one
    # "clearly" is no judgement: each side stated abnormal, so the Both option (C; session 25's both-sides reader)
    ("Mass in the right lung. The left lung is clearly abnormal too.", "C"),
])
def test_clear_near_misses(text: str, want: str) -> None:
    question = "Which lung is clear?" if want == "A" else "Which lung is abnormal?"
    assert _read(text, _SIDES, question) == want
