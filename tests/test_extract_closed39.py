"""Closed yes/no answers stated as a finding or an attribute, with no yes/no word (issue #7, session 39).

* The committing sentence read part by part (``extract/committed_clauses.py``): "... — this is X and needs Y",
  "volumes normal, not hyperexpanded", the reply after a think block.
* Attribute values (``answers/technique.tsv``): the patient's sex, contrast asked as "used", two bare sequences set
  against each other ("T2, not T1"); the stated value answers yes when it is the asked one and no when it is another
  value of the same attribute.
* "Is this nodule calcified?" asks the nodule's property as "Is the nodule calcified?" does.

Each reading is checked both ways, and beside near misses that must stay unread: another organ or side, a condition,
a differential, a rule-out, a past finding, a class statement, a vertebra or a stage. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.answers.technique import technique_mentions
from medstep.extract.committed_clauses import _ADVICE_TAIL, _PART_BREAK, read_committed
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _reading(question: str, text: str) -> tuple[str | None, str]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    sample = Sample(id="x", question=question, answer="是" if zh else "yes", answer_type=AnswerType.CLOSED)
    got = extract(text, sample)
    return got.answer, got.rule


READ = [
    # the committing sentence, part by part
    (
        "Is there a pneumothorax?",
        "Apex lucent, no markings — this is a large pneumothorax and needs a chest drain.",
        "yes",
        "implicit_committed",
    ),
    ("Is there a pneumothorax?", "This is a large pneumothorax and needs a chest drain.", "yes", "implicit_committed"),
    (
        "Is there an abscess?",
        "Rim-enhancing collection with gas — an abscess, which requires drainage.",
        "yes",
        "implicit_finding",
    ),  # (read before, and still)
    (
        "Is there a pneumothorax?",
        "Lung markings reach the chest wall — no pneumothorax, which needs no follow-up.",
        "no",
        "implicit_committed",
    ),
    (
        "Are the lungs hyperexpanded?",
        "Diaphragms sit at the 7th anterior rib — lung volumes normal, not hyperexpanded.",
        "no",
        "implicit_finding",
    ),  # (read before, and still)
    (
        "Is there a midline shift?",
        "<think>Septum a bit off?</think>\nSeptum in the midline — no midline shift.",
        "no",
        "implicit_yes_no",
    ),  # (read before, and still)
    (
        "Is the lesion calcified?",
        "<think>Density like muscle, no bright foci.</think>\nNot calcified — density ~35 HU.",
        "no",
        "implicit_committed",
    ),
    # a denial under a committed lean closing a reply held open
    (
        "Is there a fracture?",
        "The lucent line is smooth and branching, more like a vessel channel. So probably not a fracture.",
        "no",
        "implicit_committed",
    ),
    (
        "Is there consolidation?",
        "Hazy opacity, maybe atelectasis. Likely not consolidation.",
        "no",
        "implicit_committed",
    ),
    # attribute values: the stated one answers
    ("Is this a T1-weighted image?", "Fat and fluid both bright here, so T2, not T1.", "no", "technique"),
    ("Is this a T1-weighted image?", "Fluid looks dark, hence T1 rather than T2.", "yes", "technique"),
    ("Is this a T2-weighted image?", "Fluid looks dark, hence T1 rather than T2.", "no", "technique"),
    (
        "Was contrast used for this scan?",
        "The vessels are bright and the kidneys enhance: a contrast-enhanced CT.",
        "yes",
        "technique",
    ),
    ("Was contrast used for this scan?", "No contrast was used; this is a plain CT.", "no", "technique"),
    ("这张CT是否使用了造影剂？", "血管未见强化，为平扫。", "否", "technique"),
    ("这张CT是否使用了造影剂？", "动脉明显强化，为增强CT。", "是", "technique"),
    (
        "Is the patient female?",
        "A prostate is visible and there is no uterus, so this is a male patient.",
        "no",
        "technique",
    ),
    ("Is the patient male?", "The uterus and ovaries are visible; the patient is female.", "no", "technique"),
    ("Is the patient female?", "Breast tissue is present bilaterally; female.", "yes", "technique"),
    ("Is this a T2-weighted image?", "The cord is bright and the CSF too — T2 as opposed to T1.", "yes", "technique"),
    ("这是增强扫描吗？", "未注射对比剂。", "否", "technique"),
    ("这是增强扫描吗？", "本次为平扫，未使用造影剂。", "否", "technique"),
    ("这是增强扫描吗？", "已注射对比剂，动脉期。", "是", "technique"),
    # a pole-less committing part (antonyms read no pole in it; it crashed before)
    (
        "Is there bowel obstruction?",
        "Multiple dilated small bowel loops with air-fluid levels and no colonic gas; this is "
        "small bowel obstruction and needs surgical assessment.",
        "yes",
        "implicit_committed",
    ),
    # "this" before the subject of a property question
    ("Is this nodule calcified?", "The nodule is densely calcified.", "yes", "implicit_yes_no"),
    ("Is this nodule calcified?", "The nodule is not calcified.", "no", "implicit_yes_no"),
]


@pytest.mark.parametrize(("question", "text", "answer", "rule"), READ)
def test_read(question: str, text: str, answer: str, rule: str) -> None:
    assert _reading(question, text) == (answer, rule)


UNREAD = [
    ("Is there a pneumothorax?", "If there were a pneumothorax — the edge would be sharp; I see none clearly."),
    ("Is there a pneumothorax?", "A skin fold crosses the apex — possibly a pneumothorax."),
    ("Is there a pneumothorax?", "Pneumothorax: absent on this film, present on the earlier one."),
    ("Is there an abscess?", "Rim-enhancing collection — abscess vs necrotic tumour."),
    ("Is there a fracture?", "Cortex is smooth; rule out a fracture with a CT."),
    ("Is there ascites?", "Fluid around the liver — ascites or haemoperitoneum, can't tell."),
    ("Is there a tension pneumothorax?", "Large pneumothorax — mediastinal shift, so tension physiology is likely."),
    ("Is this a T1-weighted image?", "The compression fracture is at T2, not T1."),
    ("Is this a T2-weighted image?", "Tumour staged T2 rather than T1."),
    ("Is this a T2-weighted image?", "Could be T2 vs T1, hard to tell."),
    ("Was contrast used for this scan?", "Dense material in the colon from oral contrast given yesterday? Unclear."),
    ("Is the patient male?", "Male breast tissue can show gynaecomastia; here the breasts look normal."),
    ("Is this nodule calcified?", "The adjacent lymph node is calcified."),
    ("Is the spleen enlarged?", "The liver spans 21 cm — enlarged, with a smooth margin."),
    ("Are the lungs hyperexpanded?", "Diaphragms well domed at the 7th rib — volumes normal, not hyperexpanded."),
    ("Is there a mass in the lung?", "Is there a mass in the lung? Is there a mass in the lung? Is there a mass in"),
    (
        "Is there a pneumothorax?",
        "The apical line may be a skin fold. Likely not a pneumothorax, but a CT could exclude it.",
    ),
    ("Is there a fracture?", "A cortical break is visible. So likely not a fracture."),
    ("Is there a fracture?", "Could be a fracture. Probably not a dislocation."),
    ("Is there an effusion?", "Hard to say; likely not an effusion on the right."),
    ("Is there consolidation?", "Hazy opacity, maybe atelectasis. Likely consolidation."),
    # a bare label before the dash or semicolon, its verdict after it
    # ("Pneumothorax — not identified; ..." is read "no" since wrong42, as its colon and dashless forms were on main:
    # a post-posed denial, tests/test_extract_wrong42.py)
    ("Is there a pleural effusion?", "Pleural effusion — absent on the left; the right base is hazy."),
    ("Is there a fracture?", "Fracture; none in the radius, the ulnar styloid is irregular."),
    # a turn or a mimic from the hedge home holds the committing sentence
    ("Is there a pneumothorax?", "<think>edge?</think> A large pneumothorax — yet a skin fold can mimic it."),
    # sex words said in general or in a list are not this patient's
    ("Is the patient female?", "Unlike male patients, this one has a visible uterus."),
    ("Is the patient male?", "The prevalence is higher in female patients; this patient has a prostate."),
    ("Is the patient female?", "Seen in male, female and children alike; here there is a pneumothorax."),
    ("Is the patient male?", "Male or female, the sign means the same; a lung nodule is present."),
    # a level or rib word makes the pair two levels
    ("Is this a T2 image?", "Ribs: T2, not T1, shows a fracture."),
    ("Is this a T2-weighted image?", "Lesion at the T2, not T1, level."),
    ("Is this a T1-weighted image?", "The wedge deformity involves T2 rather than T1 vertebral body height."),
]


@pytest.mark.parametrize(("question", "text"), UNREAD)
def test_unread(question: str, text: str) -> None:
    assert _reading(question, text)[0] is None


def test_committed_parts_must_agree_with_what_comes_before() -> None:
    said = {"No pneumothorax.": "no", "large pneumothorax.": "yes"}
    assert (
        read_committed("No pneumothorax. The right apex — large pneumothorax.", "Is there a pneumothorax?", said.get)
        is None
    )


def test_sex_words_name_the_patient_only() -> None:
    assert [m.value.value for m in technique_mentions("a male patient; the patient is female.")] == ["male", "female"]
    assert technique_mentions("male breast tissue and female reproductive organs") == []


@pytest.mark.parametrize(
    "text", [rep(" ", 20_000), rep(" \t", 10_000, head="a", tail="; b"), rep(" ", 20_000, head="x", tail="and needs")]
)
def test_part_and_advice_patterns_are_linear_on_blanks(text) -> None:  # type: ignore[no-untyped-def]
    reads_linearly(lambda grown: (_PART_BREAK.split(grown), _ADVICE_TAIL.subn("", grown)), text)


@pytest.mark.parametrize(
    "text",
    [
        rep("t2, not ", 5_000, tail="t1"),
        rep(" — no pneumothorax", 2_000),
        rep(", ", 10_000, tail="not hyperexpanded"),
        rep("male ", 5_000),
        rep("maybe so , likely ", 3_000, tail="not hyperexpanded."),
    ],
)
def test_adversarial_inputs_read_in_linear_time(text) -> None:  # type: ignore[no-untyped-def]
    reads_linearly(
        lambda grown: (
            _reading("Is this a T1-weighted image?", grown),
            _reading("Are the lungs hyperexpanded?", grown),
            _reading("Is the patient female?", grown),
        ),
        text,
    )
