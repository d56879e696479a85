"""Replies that only list steps to take or tour the image's anatomy commit to nothing (session 55, lane cut55, issue
#7: false decisions). A list announced as a method ("To evaluate this chest radiograph systematically, consider:",
"a systematic approach is helpful:", "Here's a general approach to interpreting it:") is what one would look at, not
what was found (``open_textbook.search_lesson``, read of an open reply to any question when the lead opens it); a tour
placing organs "in the central part of the abdomen" says nothing of the trachea the vocabulary's "central" would call
normal (``open_described._state_elsewhere``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_textbook import search_lesson
from medstep.types import AnswerType, Sample, Status

_CXR = "What is the abnormality in this chest radiograph?"


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="s", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


# b54-0165
_CHECKLIST = ("To evaluate this chest radiograph systematically, consider:\n\n"
              "1. **Technical quality** – rotation, inspiration, penetration\n2. **Airway** – trachea central?\n"
              "3. **Breathing** – lung fields, pleura\n4. **Cardiac** – size and borders\n"
              "5. **Diaphragm** – contour, free air\n6. **Everything else** – bones, soft tissues, lines and tubes\n\n"
              "Working through each of these steps will help identify any abnormality.")
# b48-0330 (shortened)
_APPROACH = ("To identify abnormalities on a liver CT, a systematic approach is helpful:\n\n"
             "1. **Size and contour** — is the liver enlarged, shrunken or nodular?\n"
             "2. **Focal lesions** — note the number, size, margins and enhancement pattern.\n"
             "3. **Vessels** — are the portal and hepatic veins patent?\n\n"
             "Applying this checklist carefully will help characterize any abnormality.")
# b51-0168
_GENERAL = ("This image appears to be a medical scan. Here's a general approach to interpreting it:\n\n"
            "1. **Identify the modality** (X-ray, CT, MRI, ultrasound).\n2. **Check the orientation** and any labels.\n"
            "3. **Compare** with prior imaging if available.\n\nIf you'd like, I can help explain any part of the image!")


@pytest.mark.parametrize(("text", "question"), [
    (_CHECKLIST, _CXR),
    (_APPROACH, "What abnormality is seen in the liver?"),
    (_GENERAL, "What is shown in this image?"),
    (_CHECKLIST, "How large is the heart?"),  # steps answer no question
])
def test_steps_announced_and_listed_commit_to_nothing(text: str, question: str) -> None:
    assert search_lesson(text, opening=True)
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text", [
    # a finding stated beside the list: the list was applied
    ("To evaluate this chest radiograph systematically, consider:\n1. Airway\n2. Lungs\n3. Heart\n\n"
     "There is a right pneumothorax."),
    # what stands before the lead is read by other readers: the lead must open the reply
    ("I can't see the image.\nFor what it's worth, when reviewing a cardiac MRI I'd typically look at:\n"
     "- Chamber sizes\n- Wall motion\n- Pericardial effusion"),
])
def test_a_list_not_announced_as_steps_first_is_not_a_lesson_here(text: str) -> None:
    assert not search_lesson(text, opening=True)


def test_a_findings_list_under_an_approach_without_a_method_verb_is_no_lesson() -> None:
    # "approach to this film" announces no method of reading: its items may be findings
    assert not search_lesson("A general approach to this film:\n1. Right pneumothorax\n2. Mediastinal shift",
                             opening=True)


def test_a_stated_finding_beside_the_steps_keeps_the_reply_an_answer() -> None:
    text = ("To evaluate this chest radiograph systematically, consider:\n1. Airway\n2. Lungs\n3. Heart\n\n"
            "There is a right pneumothorax.")
    answer, status = _read(text, _CXR)
    assert status is Status.SCORED and answer is not None and "pneumothorax" in answer


_ABDOMEN = "What is abnormal in this abdominal image?"
_TOUR = ("The image appears to be an axial CT scan of the abdomen. The liver is seen on the left side of the image, "
         "and the spleen is on the right side. ")


def test_a_tour_placing_organs_in_the_central_part_commits_to_nothing() -> None:
    # b54-0054 (shortened)
    text = _TOUR + "The bowel loops are also present in the central part of the abdomen."
    assert _read(text, _ABDOMEN) == (None, Status.UNPARSED)


@pytest.mark.parametrize("last", [
    "The bowel loops are dilated in the central part of the abdomen.",  # a state said
    "The bowel loops are present. The trachea is central.",  # "central" said of the trachea named
    "The bowel loops are also present in the central part of the abdomen. There is free fluid.",  # a finding
])
def test_a_tour_with_a_state_or_a_finding_stays_an_answer(last: str) -> None:
    answer, status = _read(_TOUR + last, _ABDOMEN)
    assert status is Status.SCORED and answer is not None


def test_a_complete_one_word_reply_stays() -> None:
    assert _read("Pneumothorax", _CXR) == ("pneumothorax", Status.SCORED)


def test_a_tour_that_calls_the_rest_normal_still_answers_no() -> None:
    text = "The heart, lungs and mediastinum are visible and otherwise normal. No acute abnormality."
    e = extract(text, Sample(id="s", question="Is there an abnormality?", answer="no", answer_type=AnswerType.CLOSED))
    assert (e.answer, e.status) == ("no", Status.SCORED)
