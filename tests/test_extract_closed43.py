"""Closed yes/no answers stated without a verdict word that a question frame, a judged tip, a Chinese count or a
leaned cause left unread (issue #7, session 43, lane closed43).

* A patient's study ("in this 5-year-old's elbow radiograph") is the question's frame, not its term
  (``implicit_words.Q_FRAME``); the event a question is asked after ("after this biopsy") stays its term's, since
  what was there before it is no answer (tried and reverted: it broke the session-27 guards).
* A tube's tip placed and the position judged in words that agree is read (``extract/placement.py``); words the
  places contradict give no reading.
* A count, a size and a density, echo or signal between 可见 and the finding ("左肾可见一枚直径约6 mm的高密度结石") are
  read through (``answers/text.ZH_COUNT``, ``ZH_SIZE``, ``ZH_LOOK``).
* "Is the patient intubated?" asks whether the device its participle names is there (``concept_question``).
* A closing leaned cause ("Left lower lobe consolidation, likely pneumonia.") is no hedge of the stated finding
  (``extract/leaned_cause.py``), unless it names the asked finding, a mimic or a doubt.

Each reading beside near misses that must stay unread. The replies are invented (fresh wording, not corpus items).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract, leaned_cause
from medstep.extract.implicit_terms import question_term
from medstep.extract.implicit_words import Q_FRAME
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _read(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "yes"
    return extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, verdict", [
    ("Is there a pleural effusion in this 70-year-old's chest film?", "There is no pleural effusion.", "no"),
    ("Is there a fracture on the patient's wrist radiograph?", "A transverse fracture of the distal radius is seen.",
     "yes"),
    # near misses: another finding, a hedge
    ("Is there a pleural effusion in this 70-year-old's chest film?", "There is a small pneumothorax.", None),
    ("Is there a fracture on the patient's wrist radiograph?", "A subtle fracture cannot be excluded.", None),
    # the event a question is asked after stays its term's: what was there before is no answer (session 27)
    ("Is there a pneumothorax after this lung biopsy?", "The pre-biopsy image showed a small pneumothorax.", None),
    ("Is there a leak after the repair?", "A leak was present before the repair.", None),
])
def test_possessive_study_frame(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_frame_keeps_the_event() -> None:
    assert question_term("Is there a pneumothorax in this 5-year-old's chest radiograph?").phrase == "pneumothorax"
    assert question_term("Is there a pneumothorax after the biopsy?").phrase == "pneumothorax after the biopsy"


@pytest.mark.parametrize("question, text, verdict", [
    ("Is the central venous catheter correctly positioned?",
     "Its tip sits at the cavoatrial junction, which is a satisfactory position.", "yes"),
    ("Is the nasogastric tube correctly placed?", "The tip is below the diaphragm in the stomach — a good position.",
     "yes"),
    ("Is the nasogastric tube malpositioned?", "Tip in the gastric body; this is an acceptable position.", "no"),
    # the places and the words disagree, or the place is judged by neither column
    ("Is the nasogastric tube correctly placed?",
     "The tip lies in the distal oesophagus, which is an appropriate position.", None),
    ("Is the central venous catheter correctly positioned?", "The tip is in the right atrium, a satisfactory position.",
     None),
    ("Is the nasogastric tube correctly placed?",
     "The tip is coiled in the oesophagus; in a good position it would lie in the stomach.", None),
])
def test_judged_tip(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


@pytest.mark.parametrize("question, text, verdict", [
    ("是否有肾结石？", "右肾可见一枚高密度结石。", "是"),
    ("胆囊内是否有结石？", "胆囊内可见多个强回声结石，伴声影。", "是"),
    ("是否有结节？", "左肺上叶可见一个直径约8 mm的结节。", "是"),
    ("是否有肾结石？", "左肾未见一枚结石，右肾可见结石。", "是"),
    # a look with no finding's name, another side
    ("是否有结石？", "胆囊内可见一个强回声团。", None),
    ("是否有结节？", "左肺上叶可见一个低密度影。", None),
    ("右肾是否有结石？", "左肾可见一枚高密度结石。", None),
    ("是否有结石？", "右肾可见一枚高密度结石样影。", None),  # "stone-like" (review)
])
def test_chinese_count_and_look(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


@pytest.mark.parametrize("question, text, verdict", [
    ("Is there consolidation?", "Right middle lobe consolidation, probably pneumonia.", "yes"),
    ("Is there a pleural effusion?", "Moderate right pleural effusion, likely due to heart failure.", "yes"),
    ("Is there a mass?", "A large mass in the right kidney, most likely a renal cell carcinoma.", "yes"),
    # the lean names the asked finding, a mimic, the past or a doubt; another hedge stays
    ("Is there consolidation?", "Patchy opacity at the right base, likely consolidation.", None),
    ("Is there a fracture?", "There is a lucency through the cortex, probably an artefact.", None),
    ("Is there a fracture?", "There is a fracture of the left clavicle, probably old.", None),
    ("Is there a pleural effusion?", "There could be a small effusion, probably due to heart failure.", None),
    ("Is there a pleural effusion?", "There is a small effusion, probably not significant.", None),
    # signs the asked finding would be inferred from, leaned to another reading; two readings leaned between (review)
    ("Is there a small bowel obstruction?", "Distended small bowel loops, most likely an ileus.", None),
    ("Is there a pneumothorax?", "Apical lucency without vascular markings, probably a bulla.", None),
    ("Is there cardiomegaly?", "Enlarged cardiac silhouette, probably a pericardial effusion.", None),
    ("Is there consolidation?", "Right basal consolidation or collapse, most likely pneumonia.", None),
])
def test_leaned_cause(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_leaned_cause_set_aside() -> None:
    sentence = "Left lower lobe consolidation, likely pneumonia."
    assert leaned_cause.set_aside(sentence, ("consolidation",)) == "Left lower lobe consolidation."
    assert leaned_cause.set_aside(sentence, ("pneumonia",)) == sentence
    assert leaned_cause.set_aside("A lucent line, likely artifact.", ("fracture",)) == "A lucent line, likely artifact."
    assert leaned_cause.set_aside(sentence, ()) == sentence


@pytest.mark.parametrize("question, text, verdict", [
    ("Is the patient intubated?", "An endotracheal tube is in place, its tip 5 cm above the carina.", "yes"),
    ("Is the child intubated?", "No endotracheal tube is seen; a nasogastric tube is present.", "no"),
    ("Is this patient intubated?", "An endotracheal tube is seen, its tip at T2.", "yes"),
    # another device, a hedge
    ("Is the patient intubated?", "A nasogastric tube is seen.", None),
    ("Is the patient intubated?", "There is a tracheostomy tube.", None),
    ("Is the patient intubated?", "An endotracheal tube may be present.", None),
])
def test_patient_participle(question: str, text: str, verdict: str | None) -> None:
    assert _read(question, text) == verdict


def test_linear() -> None:
    reads_linearly(lambda grown: leaned_cause.set_aside(grown, ("effusion",)), rep(" ", 20000, "effusion", "x"))
    reads_linearly(lambda grown: leaned_cause.set_aside(grown, ("effusion",)), rep(", likely", 3000, "effusion", "x"))
    reads_linearly(lambda grown: Q_FRAME.sub("", grown), rep("x's ", 3000, "Is there a mass in this ", " film x?"))
