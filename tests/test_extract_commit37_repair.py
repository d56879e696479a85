"""Repair of lane commit37 after its review (issue #7): each widening is held to what it is about.

* a decline is a refusal only when the writer declines and no answer follows ("I cannot assist with treatment
  decisions, but ... yes"), and "the writer cannot read the image" lives in ``answers/image_access.py``;
* a judgement pointing back after a dash counts only after a clause about the asked subject;
* a lean closing a reply does not answer the writer's own side question ("Is it under tension? Most likely not.");
* the certainty disclaimer builds on ``hedges.DOUBT``'s words;
* two inputs that crashed or grew quadratically on main: "actually, " repeated (recursion in ``stated.py``) and a long
  Chinese question (``implicit_langs._ZH_Q_HAS``).
"""

from __future__ import annotations

import pytest
from support.timing import grows_linearly

from medstep.answers import hedges, image_access, same_verdict
from medstep.extract import extract, implicit_langs
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, kind: AnswerType = AnswerType.CLOSED) -> tuple[str | None, str]:
    gold = "是" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "yes" if kind is AnswerType.CLOSED else "x"
    got = extract(text, Sample(id="t", question=question, answer=gold, answer_type=kind, options={}))
    return got.answer, got.rule


@pytest.mark.parametrize(
    ("question", "text", "verdict"),
    [
        # a decline of a side matter, then the answer (``refusal._ASSIST`` with ``_ANSWERED_AFTER``)
        (
            "Is there a pneumothorax?",
            "I cannot assist with a definitive diagnosis, but looking at the image, there is a clear lucent line along "
            "the left lateral chest wall with no lung markings beyond it. Yes, there is a pneumothorax.",
            "yes",
        ),
        (
            "Is there a femoral neck fracture?",
            "I cannot assist with treatment decisions, but to answer the question: yes, there is a displaced fracture "
            "of the femoral neck.",
            "yes",
        ),
        (
            "Is there a pleural effusion?",
            "I cannot assist with a diagnosis, but yes, there is a large right pleural effusion.",
            "yes",
        ),
        # the decline set aside as a disclaimer (``disclaimers._DECLINED``), the statement after it commits
        ("Is there a pneumothorax?", "I cannot assist with treatment decisions. There is a small pneumothorax.", "yes"),
        # someone else cannot read the image: no refusal of the writer's (``image_access.CANNOT_READ``)
        (
            "Is there a pleural effusion?",
            "Without a lateral view, a radiologist cannot interpret this image fully, but on the frontal view the "
            "costophrenic angles are sharp. No effusion.",
            "no",
        ),
        # a lean after the writer's own side question answers that question, not the asked one
        ("Is there a pneumothorax?", "There is a pneumothorax. Is it under tension? Most likely not.", "yes"),
        ("Is there a pneumothorax?", "There is a pneumothorax. Is it under tension? Most likely no.", "yes"),
        ("Is there a fracture?", "The fracture is clearly visible. Is surgery needed? Likely not.", "yes"),
        # ... while a reply opening on the asked question, and a plain closing lean, still answer
        ("Is there a pneumothorax?", "Is it a pneumothorax? Most likely yes.", "yes"),
        ("Is there a pleural effusion?", "The costophrenic angles are sharp. So, likely not.", "no"),
        # a judgement pointing back at a clause naming the asked device
        (
            "Is the ETT appropriately positioned?",
            "The ETT tip lies 5 cm above the carina — that's an appropriate position.",
            "yes",
        ),
        (
            "Is the nasogastric tube in the correct position?",
            "The tip projects below the left hemidiaphragm over the gastric fundus — that's an appropriate position.",
            "yes",
        ),
    ],
)
def test_answer_read(question: str, text: str, verdict: str) -> None:
    answer, rule = _read(question, text)
    assert answer is not None and same_verdict(answer, verdict), (answer, rule)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # a judgement pointing back at another subject's clause says nothing of the asked one
        (
            "Is the PICC line appropriately positioned?",
            "The NG tube tip lies in the stomach; that is an appropriate position.",
        ),
        (
            "Is the left PICC appropriately positioned?",
            "The right IJ catheter tip is in the SVC; that is a good position.",
        ),
        ("Is the aorta normal?", "The heart is normal in size — this is normal."),
        # a tip of no named device judged with no place: whose tip is unclear (``antonyms._about``); placed where the
        # asked device belongs, the tip is read as the asked device's, judged or not (``extract/placement.py``, closed43)
        ("Is the nasogastric tube in the correct position?", "The tip is in good position."),
        # a lean answering a "whether" clause of another matter is no verdict on the asked one
        ("Is there cardiomegaly?", "There is cardiomegaly; whether it is new, probably not."),
        # a decline of a side matter followed by a hedge commits to nothing
        ("Is there a pneumothorax?", "I cannot assist with treatment decisions, but there may be a pneumothorax."),
    ],
)
def test_no_answer(question: str, text: str) -> None:
    answer, rule = _read(question, text)
    assert answer is None, (answer, rule)


@pytest.mark.parametrize(
    "text",
    [
        "I cannot assist with identifying medical conditions from images.",
        "I cannot assist with that request.",
        "I'm unable to assist with this.",
        "I am an AI and cannot interpret this MRI image reliably. Please have it reviewed by a radiologist.",
        "We are unable to analyze medical images.",
    ],
)
def test_writer_declining_is_refused(text: str) -> None:
    assert _read("Is there a pneumothorax?", text) == (None, "refused")


@pytest.mark.parametrize(
    ("text", "declines"),
    [
        ("i am an ai and cannot interpret this ultrasound image for diagnostic purposes.", True),
        ("we cannot read the chest radiograph.", True),
        ("cannot interpret the image.", True),
        ("a radiologist cannot interpret this image fully.", False),  # not the writer
        ("i cannot interpret this image fully without a lateral view.", False),  # looked at (``_SEEN_WELL``)
        ("i cannot see any fracture on the image.", False),  # a finding not seen, not the image
    ],
)
def test_cannot_read_image_is_the_writers(text: str, declines: bool) -> None:
    assert image_access.cannot_read_image(text) is declines


def test_doubt_keeps_its_words_and_the_disclaimer_reads_them() -> None:
    assert {"can't be sure", "cannot be certain"} <= set(hedges.DOUBT)
    answer, _ = _read(
        "Is there a pneumothorax?",
        "I'm not a doctor and can't be 100% sure, but there is a small right apical pneumothorax.",
    )
    assert answer == "yes"


def test_repeated_revision_cue_neither_crashes_nor_grows_quadratically() -> None:
    assert _read("Is there a pneumothorax?", "actually, " * 2_000)[0] is None  # RecursionError on main
    grows_linearly(
        lambda n: _read("Is there a pneumothorax?", "There is a pneumothorax. " + "actually, " * n), 200, 2_000
    )


def test_long_chinese_question_is_linear() -> None:
    grows_linearly(lambda n: implicit_langs.zh_question("图中是否显示了" * n + "x"), 280, 2_800)
    grows_linearly(lambda n: implicit_langs.zh_question("图中是否显示了" * n + "心脏？"), 280, 2_800)
    question = implicit_langs.zh_question("图中是否显示了心脏？")
    assert question is not None
