"""Lane open37 (issue #7): open answers, no answer invented where the reply commits to nothing, and the concise answer
taken where one sentence states it.

(a) A caption of the image's look or of the anatomy in view (``extract/open_look.caption_only``), a figure legend
(``open_look.legend_only``), two candidates announced and the choice put off (``open_deferred.put_off``): no answer.
(b) A count in a long reply (``open_count.counted``: "roughly 30%" measures, a condition in another clause is not
about the count), a "Dx:" field (``open_field``), "the organ primarily shown is X" to "What organ is primarily shown?"
(``open_asked``). Each with its negative: a finding named keeps the answer. Texts written for this lane, not copied
from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_count import counted
from medstep.extract.open_deferred import put_off
from medstep.extract.open_look import caption_only, legend_only
from medstep.types import AnswerType, Sample, Status
from support.timing import Grown, reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


NO_ANSWER = [
    (
        "What is the abnormality in the liver?",
        "This picture is a black and white photograph. It shows various shades of gray with darker and brighter areas. "
        "The image has a square shape and appears to be a medical scan.",
        Status.UNPARSED,
    ),
    (
        "What abnormality is seen?",
        "The image shows the abdomen with the liver, spleen and kidneys. The aorta is visible in the midline. The lower "
        "ribs are included in the field of view.",
        Status.UNPARSED,
    ),
    (
        "Which organ is affected?",
        "Here's a description of the image:\n\n* Grayscale image\n* Several oval structures of varying brightness\n"
        "* A bright curved line along the top edge\n\nLet me know if you'd like more detail!",
        Status.UNPARSED,
    ),
    (
        "What is the diameter of the mass?",
        "figure 3 : ( a ) coronal mr image . ( b ) sagittal reformatted image . ( c ) follow - up after 3 months .",
        Status.UNPARSED,
    ),
    (
        "What is the cause of the obstruction?",
        "Two candidates stand out: a gallstone ileus or a stricture. The transition could fit either. I would look at the "
        "prior imaging before committing to one.",
        Status.AMBIGUOUS,
    ),
]


@pytest.mark.parametrize(("question", "text", "status"), NO_ANSWER)
def test_reply_committing_to_nothing_has_no_answer(question: str, text: str, status: Status) -> None:
    got = extract(text, _open(question))
    assert got.answer is None
    assert got.status is status


ANSWERED = [
    # a finding named in the caption: an answer
    (
        "What abnormality is seen?",
        "The image shows the chest with the heart and lungs. There is a large right pleural effusion.",
        "effusion",
    ),
    ("What abnormality is seen?", "The image shows the spine. The spine is curved to the right.", "curved"),
    # a legend naming a finding
    ("What is the diagnosis?", "figure 1 : axial ct image showing a large liver abscess .", "abscess"),
    # one candidate favoured after the pair
    (
        "What is the cause of the obstruction?",
        "Two candidates stand out: a gallstone ileus or a stricture. The air in the gallbladder favors gallstone ileus.",
        "gallstone ileus",
    ),
]


@pytest.mark.parametrize(("question", "text", "word"), ANSWERED)
def test_reply_naming_a_finding_keeps_it(question: str, text: str, word: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None and word in got.answer


def test_look_asked_is_answered_by_look() -> None:
    text = "The lesion is bright. It has a round shape with a smooth border."
    assert not caption_only(text, "What is the shape of the lesion?")
    assert not caption_only("Several round structures. Multiple bright areas.", "How many lesions are there?")


def test_legend_to_a_plane_question_is_its_answer() -> None:
    assert not legend_only("figure 2 : ( a ) axial ct image . ( b ) coronal image .", "In which plane is image a?")


CONCISE = [
    (
        "How many vertebral bodies show compression fractures?",
        "There are two vertebral bodies with loss of height — T11 and T12 — both with anterior wedging of roughly 25%.",
        "two",
    ),  # the number's own word is kept; the open grade reads "two" as 2 (answers/text.py)
    (
        "How many kidneys are visible in this image?",
        "Only one kidney can be seen in this image — the left renal fossa is empty, which would suggest prior "
        "nephrectomy.",
        "one",
    ),
    (
        "What is the diagnosis?",
        "Dx: follicular adenoma. The capsule is intact with no vascular invasion.",
        "follicular adenoma",
    ),
    (
        "What organ is primarily shown in this image?",
        "The image is dominated by a large solid organ on the right with branching vessels. The stomach and a sliver of "
        "spleen are visible on the left. Overall, the organ primarily shown is the liver, with a cyst in segment VI.",
        "liver",
    ),
]


@pytest.mark.parametrize(("question", "text", "answer"), CONCISE)
def test_stated_answer_is_taken(question: str, text: str, answer: str) -> None:
    assert extract(text, _open(question)).answer == answer


COUNT_HELD = [
    ("How many nodules are there?", "Three nodules — possibly four."),
    ("How many nodules are there?", "Two nodules. There could be more."),
    ("How many nodules are there?", "About 3 nodules are seen."),
    ("How many nodules are there?", "Three nodules, but I am not sure."),
]


@pytest.mark.parametrize(("question", "text"), COUNT_HELD)
def test_count_held_open_reads_none(question: str, text: str) -> None:
    assert counted(text, question) is None


def test_put_off_needs_the_pair_first() -> None:
    assert not put_off(["I would look at the prior imaging before committing to one.", "It is a stricture."])


@pytest.mark.parametrize(
    "text",
    [
        rep("figure 2 : ", 2000, tail="( a ) axial ct image ."),
        rep("( a ) ", 4000, head="figure 2 : ", tail="axial"),
        rep("round oval ", 2000, tail="structures."),
        rep("\n* ", 7000, tail="grey"),
    ],
)
def test_look_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: caption_only(t, "What is seen?") or legend_only(t, "What is seen?"), text)


@pytest.mark.parametrize(
    "text",
    [
        rep("two possibilities ", 1200, tail=": a or b. before favoring one"),
        rep(" ", 20000, head="Two candidates:", tail=" or"),
    ],
)
def test_put_off_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: put_off([t, t]), text)


@pytest.mark.parametrize("text", [rep("two — ", 3000, tail="maybe"), rep("roughly 3 ", 2000, tail="%")])
def test_count_linear(text: Grown[str]) -> None:
    reads_linearly(lambda t: counted(t, "How many nodules are there?"), text)


NOT_RESTATED = [
    # no article: the noun denied, its "is" the question's own verb
    ("What abnormality is seen in the chest?", "No abnormality is seen; the chest appears normal.", "normal"),
    # a colon lists what the named thing holds: no restatement of the asked noun
    (
        "What organ system is shown?",
        "The image shows the urinary system: kidneys, ureters and bladder.",
        "urinary system",
    ),
    (
        "What sign is shown?",
        "This is the 'double duct' sign: the common bile duct and the pancreatic duct are dilated.",
        "double duct",
    ),
]


@pytest.mark.parametrize(("question", "text", "word"), NOT_RESTATED)
def test_asked_noun_not_restated_keeps_the_reply(question: str, text: str, word: str) -> None:
    got = extract(text, _open(question))
    assert got.answer is not None and word in got.answer
