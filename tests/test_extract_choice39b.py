"""Multiple-choice answers, session 39 round 2 (issue #7), in sentences of our own, each beside near misses.

- A naming verb after "it/this would be" commits ("so it would be termed a plaque", ``cues.named_by_would``), unless
  a possibility or condition comes earlier in the clause or a turn follows it ("It would be called a plaque, but at
  4 mm it is really a papule").
- A differential of causes that names no option, followed by a letter every mention agrees on, no longer holds the
  choice open ("..., which might be due to effusion or paralysis. Therefore the abnormal structure is (B).",
  ``offered_options._lettered_after``); alternatives that are options, or two letters, still do.
- "不支持X" (does not support X) sets X aside as "不符合X" and "不考虑X" do (``langwords.ZH_NEGATED`` now takes the
  whole ``negation.ZH_SET_ASIDE``), but not "最不符合X", the least consistent one a question may ask for.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_SKIN = {"A": "Macule", "B": "Papule", "C": "Vesicle", "D": "Plaque", "E": "Nodule"}
_SKIN_Q = "Which term best describes the skin lesion?"
_PART = {"A": "Trachea", "B": "Right hemidiaphragm", "C": "Left hilum", "D": "Aortic knob"}
_PART_Q = "Which structure is abnormal on this radiograph?"
_ZH = {"A": "肺炎", "B": "肺水肿", "C": "胸腔积液", "D": "气胸"}
_ZH_Q = "该胸片最可能的诊断是什么？"


def _read(text: str, options: dict[str, str], question: str) -> str | None:
    got = extract(text, Sample(id="c39b", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, want", [
    ("Elevated, broad and with a flat top, so this would be termed a plaque.", "D"),
    ("Solid, raised and only a few millimetres: it would be called a papule (B).", "B"),
    ("Flat and impalpable, so it would be deemed a macule.", "A"),
    ("Deep, firm and about 2 cm, this would be considered a nodule (E).", "E"),
])
def test_a_naming_verb_after_it_would_be_commits(text: str, want: str) -> None:
    assert _read(text, _SKIN, _SKIN_Q) == want


@pytest.mark.parametrize("text, unread", [
    ("A raised lesion over a centimetre would be considered a plaque, but this one is 3 mm.", "D"),  # a definition
    ("If it were wider than a centimetre it would be termed a plaque.", "D"),  # a condition first
    ("It would be considered a plaque only if it exceeded 1 cm, which it does not.", "D"),
    ("It would not be called a plaque, since it is flat.", "D"),  # denied
    ("It could be considered a plaque or a nodule.", "D"),  # a possibility
    ("Some might say it would be considered a plaque; I am not sure.", "D"),  # a possibility before it
    ("It would be called a plaque, but at 4 mm it is really a papule.", "D"),  # a turn after it
    ("That would be termed a vesicle if fluid were present, but none is seen.", "C"),
])
def test_a_supposed_naming_verb_commits_to_nothing(text: str, unread: str) -> None:
    assert _read(text, _SKIN, _SKIN_Q) != unread


@pytest.mark.parametrize("text, unread", [
    # Review probes: "which" said of a definition's general head, or inside a subject whose own verb follows.
    ("Textbook definition: a flat lesion under 1 cm, which would be considered a macule; a raised one would be "
     "considered a papule.", "A"),
    ("Any raised lesion above 1 cm, which would be considered a plaque.", "D"),
    ("Lesions over 1 cm, which would be considered plaques, are not seen.", "D"),
    ("Every fluid-filled blister, which would be termed a vesicle, is absent here.", "C"),
    ("Deep lumps of this depth, which would be called nodules in the skin, are common in fat and mean little.", "E"),
])
def test_which_would_be_named_in_a_definition_commits_to_nothing(text: str, unread: str) -> None:
    assert _read(text, _SKIN, _SKIN_Q) != unread


def test_which_would_be_named_in_an_adult_is_not_this_case() -> None:
    options = {"A": "Normal", "B": "Abnormal"}
    text = "Ventricles of this size, which would be considered abnormal in an adult, are normal in a neonate of this age."
    assert _read(text, options, "Are the ventricles normal or abnormal?") != "B"
    aorta = "An aortic width like this, which would be deemed abnormal in a child, is within limits for an old adult."
    assert _read(aorta, options, "Is the aorta normal or abnormal?") != "B"


def test_which_would_be_named_after_this_case_still_commits() -> None:
    assert _read("It is raised and 2 cm across, which would be considered a plaque.", _SKIN, _SKIN_Q) == "D"


@pytest.mark.parametrize("text, unread", [
    ("The right hemidiaphragm is elevated, possibly from palsy or eventration. The answer might be B, but I am unsure.",
     "B"),
    # (the differential names no option by its text: one named so is read on main too, a case left alone)
    ("The upper mediastinal contour is prominent, maybe unfolding or aneurysm. I doubt it is D.", "D"),
    ("The upper mediastinal contour is prominent, maybe unfolding or aneurysm. D would not explain that.", "D"),
    ("The shadow is bulky, perhaps nodes or vessels. C, perhaps?", "C"),
])
def test_a_hedged_letter_after_a_differential_does_not_close_it(text: str, unread: str) -> None:
    assert _read(text, _PART, _PART_Q) != unread


@pytest.mark.parametrize("text, want", [
    ("The right hemidiaphragm sits high, which might be due to a subpulmonic effusion or diaphragmatic paralysis. "
     "Therefore the abnormal structure is (B).", "B"),
    ("The aortic knob is enlarged, possibly an aneurysm or unfolding. Hence the abnormal structure is D.", "D"),
])
def test_a_differential_of_causes_before_the_letter_leaves_it_chosen(text: str, want: str) -> None:
    assert _read(text, _PART, _PART_Q) == want


@pytest.mark.parametrize("text, unread", [
    ("This could be the right hemidiaphragm or the left hilum. So the abnormal structure is (B).", "B"),  # options
    ("The right hemidiaphragm sits high, which might be due to effusion or palsy. It could be B or C.", "B"),
    ("The hilum could be lymph nodes or vessels. Not (C).", "C"),  # the letter rejected
    ("Could be a mass or vessels. (C) left hilum? Hard to say.", "C"),  # the letter asked
    ("The aortic knob might be calcified or unfolded; I would need a lateral view to say whether D is right.", "D"),
])
def test_alternatives_that_may_be_options_still_hold_the_choice_open(text: str, unread: str) -> None:
    assert _read(text, _PART, _PART_Q) != unread


@pytest.mark.parametrize("text, want", [
    ("双下肺见斑片影，心影增大，表现符合肺水肿，不支持肺炎。", "B"),  # read A (the rejected one) before
    ("肺野透亮度增高，未见肺纹理，考虑气胸，不符合胸腔积液。", "D"),
])
def test_a_chinese_diagnosis_not_supported_is_set_aside(text: str, want: str) -> None:
    assert _read(text, _ZH, _ZH_Q) == want


@pytest.mark.parametrize("text, options, question, unread", [
    ("影像不支持肺炎。", _ZH, _ZH_Q, "A"),
    ("目前证据不支持气胸，也不支持肺炎。", _ZH, _ZH_Q, "D"),
])
def test_a_chinese_diagnosis_not_supported_is_never_the_answer(text: str, options: dict[str, str], question: str,
                                                               unread: str) -> None:
    assert _read(text, options, question) != unread


def test_the_least_consistent_one_asked_for_is_still_read() -> None:
    assert _read("该影像最不符合气胸。", _ZH, "以下哪项最不符合该影像表现？") == "D"


def test_the_naming_and_lettered_readers_are_linear_on_hostile_input() -> None:
    import time
    for text in ("it would be considered " * 1000 + "a plaque.",
                 "which could be effusion or palsy, " * 600 + "so (B).",
                 "不支持" * 5000 + "肺炎。",
                 "Lesions, " * 2000 + "which would be considered a plaque, are not seen. The answer might be (B)?"):
        start = time.perf_counter()
        _read(text, _PART if "(B)" in text else _SKIN if "plaque" in text else _ZH, "Which is it?")
        assert time.perf_counter() - start < 20
