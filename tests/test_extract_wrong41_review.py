"""The hostile review of wrong41 (session 41): four of its rules were too broad and lost right answers. Each is read
both ways here, in the review's words and in others: what the review found lost is read again, and the lane's own
near misses stay unread.

* A verdict read from a reply cut mid-sentence: a finding stated, or the asked finding itself denied before the cut,
  stands (the cut cannot change the committed answer); an absence or a normal organ inferred from other sentences,
  then a cut before the finding, is truncated (``core._cut_verdict_stands``).
* The study's name alone answers a question asking which organ or part is imaged (``open_technique._ASKS_IMAGED``).
* An instruction echoed with its answer after a colon or dash carries the answer (``open_template._content_after``).
* An option heading is set aside only by its own option gone, said in the description's first clause, not by another
  finding gone later in it (``option_heading``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_template import instructs
from medstep.extract.open_technique import names_study_only
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep

_CHEST = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Consolidation"}
_ABDOMEN = {"A": "Ascites", "B": "Splenomegaly", "C": "Hepatomegaly", "D": "Cholelithiasis"}


def _read(kind: str, question: str, text: str, options: dict[str, str] | None = None) -> tuple[str | None, str]:
    gold = {"closed": "yes", "choice": "A"}.get(kind, "x")
    got = extract(
        text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType(kind), options=options or {})
    )
    return got.answer, got.rule


CUT_STANDS = [
    # the review's cases
    ("Is there a pneumothorax?", "There is a large right pneumothorax. The mediastinum is shifted to the", "yes"),
    ("Is the heart enlarged?", "The heart is enlarged, consistent with cardiomegaly. Also noted is a", "yes"),
    ("Is there a fracture?", "There is a transverse fracture through the mid-shaft of the", "yes"),
    ("Is there a pneumothorax?", "The lungs are clear. No pneumothorax is seen. There is a", "no"),
    ("Is there a pneumothorax?", "No pneumothorax. Lungs are clear and the", "no"),
    ("Is there a fracture?", "<think>cortex intact, no lucent line</think>\nNo fracture is seen on this view of the", "no"),
    # other words
    ("Is there ascites?", "Moderate ascites is present. The bowel loops float centrally within the", "yes"),
    ("Is the spleen enlarged?", "The spleen is enlarged, measuring 16 cm. There is also a", "yes"),
    ("Is there free air?", "There is no free intraperitoneal air. The bowel gas pattern is unremarkable, with stool in the",
     "no"),
    ("Is there hydronephrosis?", "No hydronephrosis is identified in either of the", "no"),
    ("Is there a mass?", "No mass is seen. The pancreas is normal and the", "no"),
    ("Is the heart enlarged?", "The heart is not enlarged. The lungs are clear and the", "no"),
]


@pytest.mark.parametrize(("question", "text", "answer"), CUT_STANDS)
def test_verdict_stated_before_the_cut_stands(question: str, text: str, answer: str) -> None:
    assert _read("closed", question, text)[0] == answer


CUT_OFF = [
    ("Is the liver normal?", "The liver is normal. The spleen is normal in size. At the hilum there is an"),
    ("Is there a liver lesion?", "The liver is of normal size and echotexture. In segment 7 there is a"),
    ("Is the kidney normal?", "The kidney is normal. The collecting system is not dilated. In the upper pole there is a"),
    ("Is the brain abnormal?", "The brain is normal. The ventricles are symmetric. Within the left thalamus there is a"),
    ("Is there a pleural effusion?", "Costophrenic angles are sharp. The right lung base shows a"),
    ("Is there an intracranial haemorrhage?",
     "The grey-white matter differentiation is preserved. The ventricles are normal in size. In the left parietal "
     "region there is a small focus of"),
]


@pytest.mark.parametrize(("question", "text"), CUT_OFF)
def test_absence_inferred_then_cut_is_truncated(question: str, text: str) -> None:
    assert _read("closed", question, text) == (None, "truncated")


@pytest.mark.parametrize(
    ("question", "text", "part"),
    [
        ("What organ is shown?", "MRI of the brain.", "brain"),
        ("What organ is being examined?", "Sagittal T2-weighted MRI of the knee.", "knee"),
        ("Which body part is shown?", "MRI of the lumbar spine.", "lumbar spine"),
        ("Which organ is being imaged?", "CT of the pancreas.", "pancreas"),
        ("What body region is scanned?", "Coronal MRI of the pelvis.", "pelvis"),
        ("What structure is depicted?", "Ultrasound of the thyroid.", "thyroid"),
    ],
)
def test_study_name_answers_which_part_is_imaged(question: str, text: str, part: str) -> None:
    assert not names_study_only(text, question)
    answer = _read("open", question, text)[0]
    assert answer is not None and part in answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Which organ is enlarged?", "CT of the abdomen."),
        ("Which organ shows a lesion?", "Axial MRI of the abdomen."),
        ("Which organs show enhancement?", "Contrast-enhanced MRI of the liver."),
        ("What is the abnormality?", "Ultrasound of the gallbladder."),
    ],
)
def test_study_name_is_no_finding(question: str, text: str) -> None:
    assert names_study_only(text, question)


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("What organ is shown?", "Answer briefly: the liver.", "liver"),
        ("What is the diagnosis?", "Answer concisely: Pneumonia.", "pneumonia"),
        ("What is the modality?", "Reply concisely: CT", "ct"),
        ("What is the abnormality?", "Answer the following question with a single word: Cardiomegaly.", "cardiomegaly"),
        ("Which organ is affected?", "Answer briefly: the pancreas.", "pancreas"),
        ("What is the diagnosis?", "Answer in one word: appendicitis.", "appendicitis"),
    ],
)
def test_instruction_with_its_answer_is_read(question: str, text: str, answer: str) -> None:
    assert not instructs(text, question)
    assert _read("open", question, text)[0] == answer


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("What is the diagnosis?", "Answer briefly and concisely."),
        ("What organ is shown?", "Answer the following question using a single word."),
        ("What is the finding?", "Use the format: Finding: X."),
        ("What is the finding?", 'Reply in the form "Finding: X".'),
    ],
)
def test_instruction_alone_answers_nothing(question: str, text: str) -> None:
    assert _read("open", question, text)[0] is None


@pytest.mark.parametrize(
    ("options", "text", "letter"),
    [
        (_CHEST, "Consolidation: present in the right lower lobe, the previous effusion has resolved.", "D"),
        (_CHEST, "Cardiomegaly: present, although the pulmonary oedema has resolved.", "C"),
        (_ABDOMEN, "Hepatomegaly: yes, although the gallstones have gone.", "C"),
    ],
)
def test_heading_kept_when_another_finding_is_gone(options: dict[str, str], text: str, letter: str) -> None:
    assert _read("choice", "Which finding is present?", text, options)[0] == letter


@pytest.mark.parametrize(
    ("options", "text"),
    [
        (_ABDOMEN, "Ascites: cleared since the last scan."),
        (_CHEST, "Pneumothorax: resolved, with the lung fully re-expanded."),
        (_ABDOMEN, "Cholelithiasis: no longer seen after cholecystectomy."),
        (_CHEST, "Pleural effusion: used to be there, now gone."),
    ],
)
def test_heading_own_option_gone_selects_nothing(options: dict[str, str], text: str) -> None:
    assert _read("choice", "Which finding is present?", text, options)[0] is None


def test_new_patterns_read_long_hostile_text_linearly() -> None:
    reads_linearly(lambda s: names_study_only("MRI of the brain.", f"What organ {s} is shown?"), rep("is being ", 2_000))
    reads_linearly(lambda s: instructs(f"Answer briefly {s}: x", "What is it?"), rep("- a ", 5_000))
    reads_linearly(lambda s: instructs(f"Answer briefly: {s}", "What is it?"), rep("a:", 10_000))
    reads_linearly(lambda s: _read("closed", "Is there a pneumothorax?", f"No pneumothorax. {s}"),
                   rep("of the ", 2_800))
    reads_linearly(lambda s: _read("choice", "Which finding is present?", f"Consolidation: present{s}", _CHEST),
                   rep(", the ", 40))
