"""Cut replies and declines (session 56, lane cut56, issue #7). The strong choice readers that read an option by its
words or finding (``option_text``, ``option_words``, ``option_concept``) no longer read the option being discussed
when a reply stops mid-clause (``choice_reader._described_then_cut``): ``truncated`` unless a decision or the opening
sentence committed to it. A clause that named its subject and never got its verb is a cut
(``cut.verbless_subject``); a measurement announced without its value is a cut (``answers/unfinished``); "结论：是" is
the verdict, no hanging linking verb; a decoding loop of a code token stays ``unparsed``; an opening decline of the
asked act ("I'm not able to measure this mass") is ``refused`` for an open question unless a value follows it."""

from __future__ import annotations

import pytest

from medstep.extract import cut, extract
from medstep.types import AnswerType, Sample, Status

_OPTIONS = {"A": "Pneumothorax", "B": "Left pleural effusion", "C": "Lobar pneumonia", "D": "Pulmonary edema"}
_MARGINS = {"A": "Well-circumscribed", "B": "Spiculated", "C": "Lobulated", "D": "Ill-defined"}
_KNEE = {"A": "Osteoarthritis", "B": "Rheumatoid arthritis", "C": "Gout", "D": "Septic arthritis"}
_DIAGNOSIS = "What is the most likely diagnosis?"
_MARGIN = "Which of the following best describes the margin of the lung nodule?"


def _choice(text: str, options: dict[str, str] = _OPTIONS, question: str = _DIAGNOSIS) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="c", question=question, answer="x", answer_type=AnswerType.CHOICE, options=options))
    return e.answer, e.status


def _closed(text: str, question: str = "Is there a pleural effusion on the left side?") -> tuple[str | None, Status]:
    e = extract(text, Sample(id="c", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return e.answer, e.status


def _open(text: str, question: str = "What is the size of the mass in the left breast?") -> tuple[str | None, Status]:
    e = extract(text, Sample(id="c", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


_TRUNCATED = (None, Status.TRUNCATED)

# b55-0047: cut during option A's discussion (was A by option_text).
_WALK_A = ("Let's analyze each option one by one.\n\n**A. Well-circumscribed** – A well-circumscribed nodule has a "
           "sharp, smooth interface with the surrounding lung parenchyma. In this image, the interface between the "
           "nodule and the adjacent lung appears to be somewhat")
# b55-0283: cut in a list of findings before any conclusion (was A by option_concept).
_KNEE_LIST = ("The image shows an X-ray of the knee. To determine the most likely diagnosis, let's consider the "
              "findings:\n\n1. Joint space narrowing: The joint space appears narrowed, particularly in the medial "
              "compartment.\n2. Osteophytes:")


@pytest.mark.parametrize(("text", "options", "question"), [
    (_WALK_A, _MARGINS, _MARGIN),
    (_KNEE_LIST, _KNEE, _DIAGNOSIS),
    ("Let me go through the options.\n\n**C. Lobar pneumonia** – a dense opacity confined to one lobe with air "
     "bronchograms. Here the right upper zone opacity", _OPTIONS, _DIAGNOSIS),
    ("Lobar pneumonia (C) is the least likely here; the blunted left angle with a meniscus points to", _OPTIONS,
     _DIAGNOSIS),
    # Spanish and Chinese walks cut mid-clause
    ("Analicemos cada opción.\n\n**C. Lobar pneumonia** – una opacidad densa limitada a un lóbulo con broncograma "
     "aéreo. En esta imagen la opacidad del", _OPTIONS, _DIAGNOSIS),
    ("逐一分析选项。\n\n**C. Lobar pneumonia**：一个肺叶内的致密实变影，可见支气管充气征。本图中右上肺的实变影位于", _OPTIONS,
     _DIAGNOSIS),
])
def test_option_discussed_at_the_cut_is_no_answer(text: str, options: dict[str, str], question: str) -> None:
    assert _choice(text, options, question) == _TRUNCATED


@pytest.mark.parametrize(("text", "expected"), [
    ("The answer is B. Option B (Left pleural effusion): the left costophrenic angle is", "B"),
    ("**Final answer: C**\n\nReasoning: the", "C"),
    ("B", "B"),
    ("The findings are of lobar consolidation with air bronchograms, so this is lobar pneumonia (C).", "C"),
])
def test_committed_before_the_cut_stays(text: str, expected: str) -> None:
    assert _choice(text) == (expected, Status.SCORED)


def test_opening_sentence_commits_before_the_cut() -> None:
    # the finding stated first stands, whatever option's discussion the cut falls in
    text = ("The nodule is spiculated, with radiating strands into the surrounding lung. **A. Well-circumscribed** – "
            "a smooth interface, which is not what we see; the margin here")
    assert _choice(text, _MARGINS, _MARGIN) == ("B", Status.SCORED)


def test_option_number_in_an_opening_is_no_commitment() -> None:
    # "one by one" reads as option 1 by itself; it commits to nothing before the cut
    assert _choice(_WALK_A.replace("one by one", "one by one, starting with one"), _MARGINS, _MARGIN) == _TRUNCATED


@pytest.mark.parametrize("text", [
    # b55-0141, b55-0253: a subject named, its predicate cut
    "To determine whether there is a pleural effusion on the left side, let's look at the left costophrenic angle. "
    "The left costophrenic angle",
    "To assess the endotracheal tube position, I'll identify the carina first. The carina is at approximately the "
    "level of T4–T5. The ETT tip",
    "To determine whether there is hydronephrosis, the renal pelvis",
])
def test_subject_without_its_verb_is_cut(text: str) -> None:
    assert _closed(text) == _TRUNCATED


@pytest.mark.parametrize(("text", "expected"), [
    ("To determine whether there is a pleural effusion, the left costophrenic angle", True),
    ("Looking at the distal radius, the cortex on the dorsal side", True),
    ("The liver", False),  # the phrase alone: a terse reply, maybe
    ("There is a small effusion. The lungs", False),  # a plural may be an answer
    ("The effusion is small. The heart appears", False),  # a verb: ``unfinished``'s to judge, not a subject alone
    ("The ETT tip 4 cm above the carina", False),
    ("The ETT tip is 4 cm above the carina.", False),
])
def test_verbless_subject(text: str, expected: bool) -> None:
    assert cut.verbless_subject(text) is expected


def test_a_subject_cut_after_a_verdict_keeps_it() -> None:
    assert _closed("Yes, there is a left pleural effusion. The left costophrenic angle") == ("yes", Status.SCORED)
    assert _closed("No. The lungs are clear and the costophrenic angles are sharp. The heart") == ("no", Status.SCORED)


def test_terse_subject_alone_stays_unparsed() -> None:
    assert _closed("The liver", "Is the liver enlarged?") == (None, Status.UNPARSED)


@pytest.mark.parametrize("text", [
    "The gallbladder is distended and contains multiple gallstones. The wall measures",
    "The image shows a thyroid nodule. To measure it we look at the calipers. The measurement reads",
])
def test_measurement_announced_without_value_is_cut(text: str) -> None:
    assert cut.unfinished(text)


def test_chinese_verdict_after_its_label_is_no_cut() -> None:
    assert not cut.unfinished("左侧基底节区DWI高信号，符合急性脑梗死。\n\n结论：是")
    assert cut.unfinished("左侧肋膈角变钝，可见弧形液平面，病灶位于")
    assert _closed("结论：是", "左侧有胸腔积液吗？") == ("是", Status.SCORED)


def test_code_token_loop_is_unparsed_not_cut() -> None:
    # b55-0245: a decoding loop says nothing, and was not stopped at a token limit for it
    assert _open(" ".join(["addCriterion"] * 12), _DIAGNOSIS) == (None, Status.UNPARSED)


def test_decline_of_the_asked_measurement_is_refused() -> None:
    # b55-0045: the asked act declined, a description and a request for data after it
    text = ("I'm not able to measure this mass reliably from the image — there's no scale bar or calibration marker "
            "visible, and the image looks like a cropped screenshot without pixel spacing. If you can share the "
            "original DICOM or the report's measurement, I'm happy to help interpret it.\n\nWhat I can say is that "
            "there appears to be a rounded, fairly well-defined density in the upper outer quadrant.")
    assert _open(text) == (None, Status.REFUSED)
    assert _open("I'm unable to view images.") == (None, Status.REFUSED)


@pytest.mark.parametrize("text", [
    "I can't be fully certain without the DICOM, but it measures about 3.2 cm.",
    "I'm not able to measure it precisely, but it is about 2 cm.",
])
def test_decline_then_value_keeps_the_value(text: str) -> None:
    answer, status = _open(text)
    assert status is Status.SCORED and answer is not None and answer.endswith("cm")


def test_determine_whether_between_candidates_held_open_is_ambiguous() -> None:
    # b55-0076: features both ways, then "I cannot determine ... whether it is malignant or benign" (``held_open``)
    text = ("Based on the CT image, the 12-mm solid nodule in the right upper lobe has a somewhat lobulated contour, "
            "which raises the possibility of malignancy. However, it also appears to contain a small focus of central "
            "calcification, which would favor a benign granuloma.\n\nI cannot determine from this image alone whether "
            "it is malignant or benign. Comparison with prior imaging or a PET-CT would help clarify.")
    assert _closed(text, "Is this pulmonary nodule malignant?") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "question"), [
    ("I cannot determine whether there is a fracture or not from this image.", "Is there a fracture?"),
    ("I cannot determine from this image whether it is malignant or benign.", "Is this nodule malignant?"),
])
def test_determine_whether_without_candidates_weighed_stays_refused(text: str, question: str) -> None:
    assert _closed(text, question) == (None, Status.REFUSED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Based on the MRI, the lesion is a lipoma, the lesion is a lipoma, the lesion is a lipoma, the lesion is a", True),
    ("No pneumothorax. No pneumothorax. No pneumothorax. No pneumo", True),
    ("The lesion is a lipoma. The margins are smooth. The lesion is a", False),  # stated once: no loop
])
def test_cut_in_loop(text: str, expected: bool) -> None:
    assert cut.cut_in_loop(text) is expected


def test_a_loop_cut_in_its_copy_keeps_its_answer() -> None:
    # b8-0155, c3-y213: the clause repeated before the cut is the answer
    lipoma = {"A": "Lipoma", "B": "Liposarcoma", "C": "Hemangioma", "D": "Schwannoma"}
    text = "Based on the MRI, the lesion is a lipoma, the lesion is a lipoma, the lesion is a lipoma, the lesion is a"
    assert _choice(text, lipoma, "What is the lesion?") == ("A", Status.SCORED)
    assert _closed("No pneumothorax. No pneumothorax. No pneumothorax. No pneumo", "Is there a pneumothorax?") \
        == ("no", Status.SCORED)
