"""Precision fixes of session 38 (issue #7: a wrong answer is worse than none): an option named as the answer's
mimic and then argued against is no pick; an adrenal nodule in Chinese answers no kidney question; one aspect of an
organ's form called normal ("normal in shape", "duct thickness normal") says nothing of its size or calibre."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_OPTIONS = {"A": "Hodgkin lymphoma", "B": "Cat scratch disease", "C": "Tuberculous adenitis", "D": "Sarcoidosis"}


def _choice(text: str) -> str | None:
    sample = Sample(id="x", question="Which diagnosis fits best?", answer="A", answer_type=AnswerType.CHOICE,
                    options=_OPTIONS)
    return extract(text, sample).answer


def _closed(question: str, text: str) -> str | None:
    zh = any("\u4e00" <= c <= "\u9fff" for c in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, expected", [
    # the mimic argued against: no pick from its mention
    ("Reed-Sternberg cells in a mixed background. Cat scratch disease is the classic mimic, but it shows stellate "
     "microabscesses. So on balance the nodes fit the other one.", None),
    ("Nodal mass with fibrous bands. Tuberculous adenitis is a known mimic, but caseation is absent here. Hmm.", None),
    # near misses: the pick stated by a cue stays read; the mimic chosen by a cue is read
    ("Cat scratch disease is the classic mimic, but it shows stellate microabscesses. Going with Hodgkin lymphoma.",
     "A"),
    ("Hodgkin lymphoma is the classic mimic, but the stellate microabscesses here settle it. Going with cat scratch "
     "disease.", "B"),
])
def test_mimic_argued_against(text: str, expected: str | None) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("肾脏是否有结节？", "右侧肾上腺肿块。", None),
    ("肾脏是否有结节？", "考虑右肾上腺腺瘤。", None),
    # near misses: a nodule of the kidney itself is read as before
    ("肾脏是否有结节？", "右肾见多发结节。", "是"),
])
def test_adrenal_is_not_kidney(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the common bile duct dilated?", "Common bile duct thickness is normal.", None),
    ("Is the spleen enlarged?", "The spleen has a normal shape and a tiny calcified granuloma.", None),
    ("Is the liver enlarged?", "Liver normal in shape.", None),
    # near misses: the size or calibre called normal answers as before
    ("Is the common bile duct dilated?", "Common bile duct calibre normal, 4 mm.", "no"),
    ("Is the spleen enlarged?", "The spleen measures normal in size.", "no"),
    ("Is the spleen enlarged?", "Spleen size and shape normal.", "no"),
    ("Is the spleen enlarged?", "The spleen is normal.", "no"),
])
def test_form_aspect_says_nothing_of_size(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


def test_aspect_scan_is_linear() -> None:
    hostile = "The spleen is normal " + "shape and " * 2000 + "size."
    assert _closed("Is the spleen enlarged?", hostile) in (None, "no")


_CXR = {"A": "Dilated main pulmonary artery with distal pruning", "B": "Hilar lymph node enlargement",
        "C": "Cephalization of the upper lobe veins", "D": "Septal lines at the bases"}


def _cxr(text: str) -> str | None:
    sample = Sample(id="x", question="Which sign points to pulmonary arterial hypertension?", answer="A",
                    answer_type=AnswerType.CHOICE, options=_CXR)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, expected", [
    # the answer phrase paraphrases an option; another option is only explained after it: no reading of that one
    ("The answer is the widened central arterial trunk that tapers abruptly toward the periphery. Septal lines at the "
     "bases point to interstitial oedema from a failing left ventricle instead.", None),
    # near misses: the answer phrase names the option itself, or the option is chosen by a cue
    ("The answer is septal lines at the bases. They show the interstitial oedema of venous hypertension.", "D"),
    ("Septal lines at the bases are the key sign here.", "D"),
])
def test_answer_phrase_in_other_words(text: str, expected: str | None) -> None:
    assert _cxr(text) == expected
