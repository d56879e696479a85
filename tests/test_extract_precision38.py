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


@pytest.mark.parametrize("question, text, expected", [
    # an organ asked with a bare finding asks that organ's finding: the adrenal written either way answers it
    ("肾上腺是否有结节？", "左侧肾上腺可见一枚小结节。", "是"),
    ("肾上腺是否有结节？", "双侧肾上腺结节样增粗，右侧明显。", "是"),
    ("肾上腺是否有结节？", "双侧肾上腺未见结节。", "否"),
    # near misses: a lung nodule beside a normal adrenal, and an adrenal nodule to a kidney question, stay unread
    ("肾上腺有结节吗？", "右肺下叶结节，肾上腺未见异常。", None),
    ("肾脏是否有结节？", "左肾上腺见一枚结节。", None),
    ("肾脏是否有结节？", "左肾下极见一结节。", "是"),
])
def test_organ_named_finding_in_chinese(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


def test_mimic_veto_is_linear() -> None:
    import time

    for gap in (" " * 20000, "\t" * 20000, " \n" * 10000):
        began = time.process_time()  # CPU time of this process: a loaded machine does not make it fail
        _choice("Cat scratch disease is the classic mimic" + gap + "x.")
        assert time.process_time() - began < 10  # a hang guard against a quadratic veto, not a speed claim
