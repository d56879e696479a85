"""Lane commit37 (issue #7): closed answers committed behind a soft hedge, a self-correction or without a yes/no word,
real refusals read refused, and the no-answer statuses of a two-item differential and a cut measurement; with the
near misses that must stay unread."""

from __future__ import annotations

import time

import pytest

from medstep.answers import same_verdict
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(
    question: str, text: str, kind: AnswerType = AnswerType.CLOSED, options: dict[str, str] | None = None
) -> tuple[str | None, str]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    gold = "是" if zh else "yes" if kind is AnswerType.CLOSED else "A" if options else "x"
    got = extract(text, Sample(id="t", question=question, answer=gold, answer_type=kind, options=options or {}))
    return got.answer, got.rule


@pytest.mark.parametrize(
    ("question", "text", "verdict"),
    [
        # a certainty disclaimer, then a committed statement (``extract/disclaimers.py``)
        (
            "Is there a fracture of the left clavicle?",
            "I can't be completely certain at this resolution, but there does "
            "appear to be a cortical break through the mid-shaft of the left clavicle with slight inferior displacement of "
            "the lateral fragment, so this looks like a fracture.",
            "yes",
        ),
        (
            "Does this patient have pneumonia?",
            "I can't be definitive without clinical context, but the dense right middle "
            "lobe consolidation silhouetting the right heart border, with air bronchograms, is most consistent with "
            "pneumonia.",
            "yes",
        ),
        (
            "Is there any hemorrhage in the brain?",
            "I can't be fully certain, but I don't see a definite area of "
            "hyperdensity that would suggest bleeding; the ventricles and sulci look symmetric and there's no midline shift. "
            "Based on what I can see, I don't think there's hemorrhage.",
            "no",
        ),
        (
            "Is there a pneumothorax?",
            "I'm not a doctor and can't be 100% sure, but there is a small right apical pneumothorax.",
            "yes",
        ),
        # revision cues in a row: the verdict after the last one (``closed.revised_lead``)
        (
            "Is there a pulmonary nodule?",
            "Yes — actually, on closer look, no. What I initially read as a nodule in the "
            "right mid zone is the crossing of the anterior end of the first rib with a posterior rib; there is no discrete "
            "nodule.",
            "no",
        ),
        # a lean's "not" closing the reply (``closed._FINAL``)
        (
            "Is the endotracheal tube malpositioned?",
            "The ETT tip projects approximately 4-5 cm above the carina at the "
            "level of the clavicular heads, which is an appropriate position. So, likely not.",
            "no",
        ),
        # a judgement pointing back after a dash, at a clause naming the asked tube (``implicit.pointed_apart``)
        (
            "Is the nasogastric tube in the correct position?",
            "The NG tube tip projects below the left hemidiaphragm over the "
            "gastric fundus, with the side port also beyond the gastroesophageal junction — that's an appropriate "
            "position.",
            "yes",
        ),
        # the aspect particle after 显示 (``implicit_langs._ZH_Q_HAS``)
        ("图中是否显示了心脏？", "图像中可见心脏，位于纵隔中央偏左。", "是"),
    ],
)
def test_committed_answer_read(question: str, text: str, verdict: str) -> None:
    answer, rule = _read(question, text)
    assert answer is not None and same_verdict(answer, verdict), (answer, rule)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a hedge after the disclaimer commits to nothing
        (
            "Is there a fracture of the left clavicle?",
            "I can't be completely certain at this resolution, but it could be a fracture or a nutrient canal.",
        ),
        ("Is there a pleural effusion?", "I can't be fully certain, but there may be a small effusion."),
        ("Is there a pleural effusion?", "I can't be sure. The angle is blunted."),
        # "not" closes a reply as a verdict only after a committed lean
        ("Is the endotracheal tube malpositioned?", "The tube sits 4 cm above the carina, so not."),
        # "I don't think there's much doubt ..." denies the doubt, not the finding
        ("Is there any hemorrhage in the brain?", "I don't think there's much doubt: hemorrhage."),
    ],
)
def test_uncommitted_not_read(question: str, text: str) -> None:
    answer, rule = _read(question, text)
    assert answer is None, (answer, rule)


def test_lean_not_against_an_opening_yes_is_no_verdict() -> None:
    answer, rule = _read("Is the endotracheal tube malpositioned?", "Yes, likely not.")
    assert answer is None, (answer, rule)


@pytest.mark.parametrize(
    ("question", "text", "kind"),
    [
        (
            "What abnormality is present in the right breast?",
            "I cannot assist with identifying medical conditions from images.",
            AnswerType.OPEN,
        ),
        (
            "Is there a deep vein thrombosis?",
            "I am an AI and cannot interpret this ultrasound image for diagnostic "
            "purposes. A vascular sonographer or radiologist should assess compressibility of the veins.",
            AnswerType.CLOSED,
        ),
        ("Is there a pneumothorax?", "I cannot view the uploaded image.", AnswerType.CLOSED),
    ],
)
def test_real_refusal_read_refused(question: str, text: str, kind: AnswerType) -> None:
    assert _read(question, text, kind) == (None, "refused")


def test_disclaimer_of_certainty_before_a_refusal_stays_refused() -> None:
    answer, rule = _read("Is there a pneumothorax?", "I can't be certain, but I cannot interpret this image.")
    assert answer is None and rule == "refused", (answer, rule)


def test_two_item_differential_not_settled_is_ambiguous() -> None:
    text = (
        "The differential for this lytic lesion is fibrous dysplasia versus non-ossifying fibroma. The ground-glass "
        "matrix would favor fibrous dysplasia, while the eccentric cortical location and scalloped sclerotic "
        "margin favor an NOF. I can't settle it on this single view; an MRI or follow-up radiograph would help."
    )
    assert _read("What is the lesion in the femur?", text, AnswerType.OPEN) == (None, "ambiguous")


def test_shortlist_that_cannot_be_separated_is_ambiguous() -> None:
    options = {"A": "Glioblastoma", "B": "Meningioma", "C": "Pyogenic abscess", "D": "Low-grade glioma"}
    text = (
        "Shortlist: A (GBM) vs C (abscess).\n- Thick, irregular, nodular rim → favors GBM.\n- Smooth, thin rim "
        "with T2-dark capsule → favors abscess.\nThis rim sits in between. DWI would settle it (restricted "
        "diffusion centrally = abscess). Can't separate them on this image alone."
    )
    assert _read("MRI brain with a rim-enhancing lesion. Most likely diagnosis?", text, AnswerType.CHOICE, options) == (
        None,
        "ambiguous",
    )


def test_measurement_cut_before_its_number_is_truncated() -> None:
    assert _read("Is the appendix inflamed?", "Quick look:\n- Appendix diameter: ~") == (None, "truncated")


@pytest.mark.parametrize(
    "text",
    [
        "a" + " " * 20_000 + "b",
        "x —" * 7_000,
        "I can't be " * 2_000,
        "I don't think there is " * 900,
        "Can't separate " * 1_400,
        "could suggest " + "a " * 10_000,
    ],
)
def test_hostile_long_text_is_linear(text: str) -> None:
    start = time.perf_counter()
    for question in ("Is there a pneumothorax?", "Is the tube in position?"):
        _read(question, text)
    assert time.perf_counter() - start < 5.0
