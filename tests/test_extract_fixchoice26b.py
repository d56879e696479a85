"""Another name of an option in a bound, a history or a weighing frame is no answer (session 26, fixchoice26b).

A re-review of ``extract/option_alias.py`` found wrong readings of two kinds. A bound written with a sign ("≥70%") in
the decision sentence often describes another vessel or side, an earlier study or a guideline threshold, so bounds are
no longer another name of an option at all. And a name in a clause that recalls the patient's past ("status post
resection of ...") or weighs it without taking it ("... was considered", "... would need ...") is not a pick.
Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract, option_names
from medstep.types import AnswerType, Sample

_DX = "Which diagnosis fits best?"
_SIDE_Q = "How narrow is the left internal carotid artery?"
VESSEL = {"A": "Less than 50%", "B": "50-69%", "C": "70% or greater", "D": "Near occlusion"}
MASS = {"A": "10 mm or less", "B": "11 to 20 mm", "C": "More than 20 mm", "D": "Not measurable"}
RENAL = {"A": "Clear cell renal cell carcinoma", "B": "Papillary renal cell carcinoma", "C": "Angiomyolipoma",
         "D": "Oncocytoma"}
CAVITY = {"A": "Aspergilloma", "B": "Lung abscess", "C": "Cavitating squamous carcinoma", "D": "Hydatid cyst"}
SPINE = {"A": "Diffuse idiopathic skeletal hyperostosis", "B": "Ankylosing spondylitis", "C": "Degenerative spondylosis",
         "D": "Spinal metastases"}


def _read(text: str, options: dict[str, str], question: str = _DX) -> tuple[str | None, str | None]:
    result = extract(text, Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                  options=options))
    return result.answer, result.rule


@pytest.mark.parametrize("text, options, question", [
    ("Summary: ≥70% narrowing of the right ICA; the left one is clear.", VESSEL, _SIDE_Q),
    ("Verdict: the opposite carotid is ≥70%.", VESSEL, _SIDE_Q),
    ("**Final answer:** ≥70% narrowing in the external carotid.", VESSEL, _SIDE_Q),
    ("Answer: <50% on the right, ≥70% on the left.", VESSEL, _SIDE_Q),
    ("Final answer: last year's duplex gave ≥70%; since the stent the vessel is wide open.", VESSEL, _SIDE_Q),
    ("Impression: ≥70% narrowing is where surgery is offered.", VESSEL, _SIDE_Q),
    ("Conclusion: anything over 20 mm would call for removal; this one is far smaller.", MASS, "What size is the mass?"),
])
def test_a_bound_in_the_decision_is_no_other_name(text: str, options: dict[str, str], question: str) -> None:
    assert _read(text, options, question)[0] is None


@pytest.mark.parametrize("text, options", [
    # the patient's past: an operation, a history
    ("Conclusion: s/p partial nephrectomy for ccRCC; the bed is clean.", RENAL),
    ("Impression: history of ccRCC, nothing new in either kidney.", RENAL),
    # weighed and set aside
    ("Impression: a fungus ball was weighed up and considered, yet the rind is too thick and nodular.", CAVITY),
    ("Final answer: DISH would need flowing bone over four levels; these bridges are thin and marginal.", SPINE),
])
def test_a_name_recalled_or_weighed_is_no_reading(text: str, options: dict[str, str]) -> None:
    assert _read(text, options)[0] is None


@pytest.mark.parametrize("text, options, letter", [
    ("Final answer: ccRCC.", RENAL, "A"),
    ("Impression: findings suggest ccRCC.", RENAL, "A"),
])
def test_a_plain_decision_by_another_name_still_reads(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == (letter, option_names.RULE)


def test_bounds_are_not_among_the_other_names() -> None:
    assert not hasattr(option_names, "bound_names")


BRAIN = {"A": "Meningioma", "B": "Glioblastoma", "C": "Brain abscess", "D": "Metastasis"}


@pytest.mark.parametrize("text", [
    # a past cue dates the primary; "suggest", "are consistent with" open what the reply infers now
    "A smoker with previously treated lung cancer now has cortical ring lesions that suggest spread of the cancer.",
    "Cortical ring lesions in a smoker with prior lung cancer are most consistent with spread of the cancer.",
])
def test_an_inference_after_a_past_cue_is_the_replys_own(text: str) -> None:
    assert _read(text, BRAIN) == ("D", option_names.RULE)


@pytest.mark.parametrize("text", [
    "History of spread of the cancer to the brain; today a new dural-based mass.",
    "Known spread of the cancer to the brain.",
])
def test_a_name_in_a_past_cue_reach_is_no_reading(text: str) -> None:
    assert _read(text, BRAIN)[0] is None
