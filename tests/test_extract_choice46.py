"""Lane choice46 (issue #7): a count answering a "How many ...?" choice question whose options are counts, said in
words or beside numbering labels ("There are two kidneys." for option "2"; "Fractures involve ribs 5 through 8; four
ribs are broken." for "4"), read as the one option equal to it (rule ``option_count``).

Negatives: a count held open ("three or four"), counts that disagree, a count added to later, a reply that names an
option by its letter, a label's numbers alone ("Ribs 3 and 4 ..."). Texts written for this lane, not copied from the
corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_count import without_labels
from medstep.extract.option_count import read_option_count
from medstep.extract.optionconcept import read_option
from medstep.types import AnswerType, Sample

_DIGITS = {"A": "1", "B": "2", "C": "3", "D": "4"}


def _choice(question: str, options: dict[str, str] | None = None) -> Sample:
    return Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options or _DIGITS)


READ = [
    ("How many kidneys are seen?", "There are two kidneys.", "B"),
    ("How many ribs are fractured?", "Fractures involve ribs 5 through 8 on the left; four ribs are broken.", "D"),
    ("How many nodules are visible?", "On the upper slice (image 7) I count three nodules in the right lung.", "C"),
    ("How many ribs are fractured?", "Ribs 3 and 4 are fractured, so two ribs are fractured.", "B"),
    ("How many ribs are fractured?", "Fractured: ribs 2, 3 and 4. Three in total.", "C"),
    ("How many lesions are seen?", "Two lesions measuring 3 cm and 4 cm.", "B"),
    ("How many cysts are there?", "One cyst in the upper pole of the left kidney.", "A"),
]


@pytest.mark.parametrize(("question", "reply", "letter"), READ)
def test_a_count_in_words_or_beside_labels_reads_its_option(question: str, reply: str, letter: str) -> None:
    ext = extract(reply, _choice(question))
    assert (ext.status.value, ext.answer, ext.rule) == ("scored", letter, "option_count")


UNREAD = [
    ("How many ribs are fractured?", "Ribs 3 and 4 on the right show cortical irregularity."),  # labels only
    ("How many nodules are visible?", "It could be two or three nodules; the second may be a vessel."),
    ("How many ribs are fractured?", "I see three or four fractured ribs."),
    ("How many ribs are fractured?", "Three ribs are fractured on the left and two on the right."),
    ("How many ribs are fractured?", "Three ribs are fractured. There may be another one at the back."),
    ("How many kidneys are seen?", "Series 2, image 3 shows the abdomen."),
    ("How many lesions are seen?", "Option A (1) or B (2)? There are three lesions."),  # letters named
]


@pytest.mark.parametrize(("question", "reply"), UNREAD)
def test_a_count_held_open_or_only_labels_reads_no_option(question: str, reply: str) -> None:
    ext = extract(reply, _choice(question))
    assert ext.rule != "option_count"


def test_the_reader_needs_a_count_question_and_count_options() -> None:
    assert read_option_count("There are two kidneys.", _DIGITS, "Which kidney is abnormal?") is None
    assert read_option_count("There are two kidneys.", {"A": "Left", "B": "Right"}, "How many kidneys are seen?") is None
    # two options equal to the count name none
    assert read_option_count("There are two kidneys.", {"A": "2", "B": "Two", "C": "3"}, "How many kidneys are seen?") is None
    assert read_option_count("There are two kidneys.", {"A": "One", "B": "Two", "C": "Three"},
                             "How many kidneys are seen?") == "B"


def test_labels_lose_their_numbers_and_keep_their_words() -> None:
    q = "How many ribs are fractured?"
    assert without_labels("Fractures of ribs 5-8; four ribs.", q) == "Fractures of ribs; four ribs."
    assert without_labels("Image 7 shows three ribs.", q) == "Image shows three ribs."
    assert without_labels("Four ribs are 12 mm apart.", q) == "Four ribs are 12 mm apart."
    assert without_labels("Four ribs.", "Which rib is fractured?") == "Four ribs."


_DIAGNOSES = {"A": "Lymphoma", "B": "Sarcoidosis", "C": "Tuberculosis", "D": "Metastases"}
_ORGANS = {"A": "Liver", "B": "Spleen", "C": "Left kidney", "D": "Pancreas"}

ROLL_CALLS = [
    (_DIAGNOSES, "The differential is lymphoma, sarcoidosis, tuberculosis and metastases. Sarcoidosis is most likely.",
     "B"),
    (_DIAGNOSES, "Options: lymphoma, sarcoidosis, tuberculosis, metastases. Tuberculosis.", "C"),
    (_ORGANS, "I examined the liver, spleen, left kidney and pancreas. The spleen is enlarged.", "B"),
]


@pytest.mark.parametrize(("options", "reply", "letter"), ROLL_CALLS)
def test_a_roll_call_of_every_option_is_set_aside(options: dict[str, str], reply: str, letter: str) -> None:
    ext = extract(reply, _choice("What is the most likely diagnosis?", options))
    assert (ext.status.value, ext.answer) == ("scored", letter)


NO_PICK_AFTER_ROLL_CALL = [
    (_ORGANS, "I examined the liver, spleen, left kidney and pancreas. The spleen is normal."),
    (_ORGANS, "I examined the liver, spleen, left kidney and pancreas. The spleen could be enlarged."),
    (_DIAGNOSES, "Lymphoma, sarcoidosis, tuberculosis and metastases are all possible. Sarcoidosis or lymphoma, hard to "
                 "say."),
    (_DIAGNOSES, "The differential is lymphoma, sarcoidosis, tuberculosis and metastases. Which is it? Sarcoidosis?"),
    (_ORGANS, "This axial CT shows the liver, the spleen, the left kidney and the pancreas."),
]


@pytest.mark.parametrize(("options", "reply"), NO_PICK_AFTER_ROLL_CALL)
def test_a_roll_call_leaves_a_rest_that_picks_nothing_unread(options: dict[str, str], reply: str) -> None:
    ext = extract(reply, _choice("Which organ is abnormal?", options))
    assert ext.status.value != "scored"


_LOBES = {"A": "Left lower lobe atelectasis", "B": "Right upper lobe atelectasis", "C": "Pneumothorax",
          "D": "Pleural effusion"}


def test_an_option_narrowed_to_a_lobe_is_read_by_its_finding_in_that_lobe() -> None:
    ext = extract("Collapse of the right upper lobe, with the fissure pulled up.", _choice("What is shown?", _LOBES))
    assert (ext.status.value, ext.answer) == ("scored", "B")


@pytest.mark.parametrize("reply", ["Right lower lobe collapse.", "Right upper lobe collapse; the right lower lobe is "
                                                                 "collapsed too."])
def test_a_finding_in_another_lobe_reads_no_lobe_option(reply: str) -> None:
    ext = extract(reply, _choice("What is shown?", _LOBES))
    assert ext.status.value != "scored" or ext.answer not in ("A", "B")


def test_two_options_of_one_finding_and_side_read_neither() -> None:
    options = dict(_LOBES, A="Right lower lobe atelectasis")
    ext = extract("Right upper lobe volume loss.", _choice("What is shown?", options))
    assert ext.status.value != "scored"


NARROWING_SAID_OTHERWISE = [
    ({"A": "Isolated bone contusion", "B": "Anterior cruciate ligament tear", "C": "Pneumothorax"},
     "Multiple bone contusions."),
    ({"A": "Implantable loop recorder", "B": "Single-chamber pacemaker", "C": "Port-a-cath", "D": "Chest tube"},
     "Left chest wall dual-chamber pacemaker with leads in the right atrium and right ventricle."),
]


@pytest.mark.parametrize(("options", "reply"), NARROWING_SAID_OTHERWISE)
def test_a_narrowed_option_is_not_read_where_the_reply_says_otherwise(options: dict[str, str], reply: str) -> None:
    ext = extract(reply, _choice("What is shown?", options))
    assert ext.rule != "option_concept"


def test_a_finding_offered_beside_another_is_no_narrowed_pick() -> None:
    from medstep.extract.option_narrowed import narrowing_agrees
    reply = "Uptake in the spine, which fits metastatic disease or Paget disease."
    assert not narrowing_agrees(reply, "Paget disease of bone", "paget_bone")
    assert narrowing_agrees("Paget disease of the pelvis.", "Paget disease of bone", "paget_bone")


def test_a_narrowed_option_is_read_where_its_qualifier_goes_unsaid() -> None:
    options = {"A": "Isolated bone contusion", "B": "Anterior cruciate ligament tear", "C": "Pneumothorax"}
    ext = extract("Bone contusion of the lateral femoral condyle.", _choice("What is shown?", options))
    assert (ext.status.value, ext.answer) == ("scored", "A")
    assert read_option("Bone contusion of the lateral femoral condyle.", options, unmapped_ok=True) == "A"


_DEVICES = {"A": "Pacemaker", "B": "Nasogastric tube", "C": "Chest tube", "D": "Central venous catheter", "E": "None"}


def test_a_none_option_does_not_block_a_device_stated_in_other_words() -> None:
    ext = extract("Right internal jugular central line, tip in the low SVC. No pneumothorax.",
                  _choice("Which support device is seen?", _DEVICES))
    assert (ext.status.value, ext.answer) == ("scored", "D")


def test_no_device_stated_reads_no_device_option() -> None:
    ext = extract("No lines or tubes are seen. Lungs clear.", _choice("Which support device is seen?", _DEVICES))
    assert ext.status.value != "scored" or ext.answer == "E"
