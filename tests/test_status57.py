"""No-answer statuses and false decisions (issue #7, session 57, lane status57).

* A decision taken back at the end is no decision (``extract/retracted.py``): the reply read sentence by sentence
  gives two answers and ends saying it cannot decide, or gives one and then holds a second candidate beside it
  ("may also be a ...", "it is also possible that") while doubting or on a second look: ``ambiguous``.
* A reply that stops inside a word (``cut.mid_word``: "... a focus of calcif") is ``truncated`` for every reader,
  unless it committed before the sentence it was cut in ("Answer: C. Option A would show tram-track opaci").
* Decoding garbage of stuttered words ("the image image of the the chest", ``open_span.stuttered``) is ``unparsed``,
  never ``truncated`` for stopping on "the".

Near misses keep their answers: a committed answer with a caveat, a doubt the writer overrides, a self-correction
that ends on its final word, a single word, a quality of the finding offered as a possibility. The replies are
invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.cut import mid_word
from medstep.extract.open_span import stuttered
from medstep.types import AnswerType, Sample

_OPTIONS = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Ewing sarcoma"}


def _choice(text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="s57", question="What is the most likely diagnosis of the tibial lesion?",
                               answer="A", answer_type=AnswerType.CHOICE, options=_OPTIONS))
    return ext.answer, ext.status.value


def _closed(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="s57", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value


def _open(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="s57", question=question, answer="x", answer_type=AnswerType.OPEN))
    return ext.answer, ext.status.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two decisions, then a doubt: held open
        ("My pick is C, a stress fracture, given the periosteal reaction. Then again, the central nidus points to A. "
         "Honestly I'm not sure.", (None, "ambiguous")),
        ("D fits the permeative pattern. Looking once more, the sclerotic rim favours B instead. I can't decide "
         "between them.", (None, "ambiguous")),
        ("The answer is B, an abscess, because of the serpiginous tract. On further review the sclerosis around a "
         "tiny lucency is typical of an osteoid osteoma, so A. The pain pattern fits either, so it's really hard "
         "to say.", (None, "ambiguous")),
        # near misses: a caveat, a doubt about something else, a doubt overridden, a correction, one word
        ("A. However, a CT would confirm the nidus.", ("A", "scored")),
        ("Answer: B. It is hard to say how old the abscess is.", ("B", "scored")),
        ("C", ("C", "scored")),
    ],
)
def test_choice_taken_back(text: str, expected: tuple[str | None, str]) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is there appendicitis?", "Yes, the appendix is dilated to 9 mm. Looking again, that may be a loop of "
         "terminal ileum; it could also be the appendix. I really can't tell.", (None, "ambiguous")),
        ("Is there appendicitis?", "No, the appendix is normal. On further review, the periappendiceal fat may also "
         "be stranded, so perhaps yes. It depends on the clinical picture.", (None, "ambiguous")),
        ("Is there a pneumothorax?", "Yes, there is a small apical pneumothorax. On reviewing again, the line could "
         "be a skin fold. It may also be a true pleural line. A CT would clarify.", (None, "ambiguous")),
        ("Is there a liver tumor?", "Yes, there might be a tumor. However, it is also possible that the lesion is a "
         "simple cyst. No definite conclusion can be made.", (None, "ambiguous")),
        ("胆囊内是否有结石？", "是的，可见胆囊结石。但也可能是胆囊息肉，难以确定。", (None, "ambiguous")),
        # near misses
        ("Is there appendicitis?", "Yes - actually, no.", ("no", "scored")),
        ("Is there appendicitis?", "I can't be certain, but it looks like appendicitis.", ("yes", "scored")),
        ("Is there appendicitis?", "Yes, acute appendicitis. However, an ultrasound would confirm.", ("yes", "scored")),
        ("Is there appendicitis?", "Yes. The appendix is thick-walled. It is difficult to say whether it has "
         "perforated.", ("yes", "scored")),
        ("Is there a fracture?", "Yes, there is a fracture of the distal radius. It could also be pathological. "
         "Hard to say without a CT.", ("yes", "scored")),
        ("Is there a fracture?", "Yes.", ("yes", "scored")),
    ],
)
def test_closed_taken_back(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* The mass contains areas of fat attenuation and a focus of calcif", True),
        ("Option C would typically show tram-track opaci", True),
        ("The heart is enla", True),
        ("No effusion noted", False),
        ("Small effusion present", False),
        ("There is a mass", False),
        ("Pneumothorax", False),
        ("teratoma and lymph", False),
        ("It ends here with calcif.", False),
    ],
)
def test_mid_word(text: str, expected: bool) -> None:
    assert mid_word(text) is expected


def test_cut_mid_word_is_truncated_where_nothing_was_read() -> None:
    # A reading is never undone by ``mid_word`` (the review found ordinary words the tables lack: "narrow",
    # "classic", "worse"); it only tells a cut from an undecided or unread reply.
    assert _choice("Working through the options. Option A would show a nidus. Option C, a stress fracture, "
                   "would typically show a transverse band of scleros") == (None, "truncated")
    assert _closed("Is there a fracture?", "There is a lucent line in the distal radius. The cortex is "
                   "interrupted and the fragment is displa") == (None, "truncated")


def test_decision_before_the_cut_stands() -> None:
    assert _choice("Answer: C. Option A would show a dense central nid") == ("C", "scored")
    assert _closed("Is there a fracture?", "Yes, there is a fracture. The fragment is displa") == ("yes", "scored")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the image image of the the chest chest chest of of the", True),
        ("image shows a a a of the the scan scan of with with of the the the of", True),
        ("The the heart is enlarged and the lungs are clear with no effusion.", False),
        ("The image shows the the the the the the the the", True),
        ("Pneumonia pneumonia pneumonia", False),
    ],
)
def test_stuttered(text: str, expected: bool) -> None:
    assert stuttered(text) is expected


def test_stutter_is_unparsed_not_truncated() -> None:
    assert _choice("the the lesion lesion of of the tibia the") == (None, "unparsed")
    assert _open("Which organ is shown?", "the image image of the the abdomen abdomen of of the") == (None, "unparsed")
    assert _open("Which organ is shown?", "The image shows the liver and the") == (None, "truncated")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no image reached the writer: refused, whatever it offers to do next
        ("I don't see an image attached to your message, only the question. Could you upload the knee MRI again? "
         "Then I can go through the options.", (None, "refused")),
        ("We can't see any scan in the message you sent; please re-attach it.", (None, "refused")),
        # seeing no finding is no missing image
        ("I don't see an image artefact. C.", ("C", "scored")),
    ],
)
def test_no_image_sent(text: str, expected: tuple[str | None, str]) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # the writer's own word for two candidates left standing: ambiguous, not unparsed
        ("Is the thyroid nodule benign?", "Could go either way. The halo argues benign; the microcalcifications "
         "argue against. Fine-needle aspiration is the next step.", (None, "ambiguous")),
        ("Is the thyroid nodule benign?", "The margins are smooth but taller-than-wide. Honestly, this is equivocal "
         "on ultrasound.", (None, "ambiguous")),
        ("Is there consolidation?", "Impression: right basal shadowing, atelectasis versus consolidation.",
         (None, "ambiguous")),
        ("Is the thyroid nodule benign?", "Colloid cyst or follicular adenoma: on this image they are "
         "indistinguishable.", (None, "ambiguous")),
        # near misses: features weighed in a checklist, a call declined, a committed answer with "either way" after it
        ("Is the thyroid nodule benign?", "Features to check: echogenicity, solid versus cystic content, margins, "
         "and calcifications. Each needs the full cine loop.", (None, "unparsed")),
        ("Is the thyroid nodule benign?", "Yes, it is benign: a spongiform nodule. Either way, follow-up is cheap.",
         ("yes", "scored")),
    ],
)
def test_two_left_standing(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The image shows the The image shows the The image shows the", "A A A A A A A A A A A A",
     "The the heart is enlarged."],
)
def test_one_word_or_phrase_looped_is_no_stutter(text: str) -> None:
    assert stuttered(text) is False


# Review of lane status57: committed readings a real last word or a held-beside finding must not undo.
@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the joint space narrowed?", "Yes, the medial joint space is narrow", ("yes", "scored")),
        ("Is there a fracture?", "Yes, there is a fracture of the scaphoid waist, treatment is a thumb spica cast",
         ("yes", "scored")),
        ("Is there a fracture?", "Yes. There is an undisplaced fracture. It is also possible that there is a second "
         "fracture of the ulnar styloid, but hard to tell.", ("yes", "scored")),
        ("Is there a pleural effusion?", "Yes. The effusion is small. It may also be a loculated collection, which is "
         "hard to tell on a plain film.", ("yes", "scored")),
        ("Is there a fracture?", "Yes, there is a fracture line. It may also be a nutrient canal, though, and I'm "
         "not sure.", (None, "ambiguous")),
    ],
)
def test_review_closed_kept(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A - night pain relieved by aspirin is classic", ("A", "scored")),
        ("The answer is C because the periosteal band is visib", ("C", "scored")),
        ("The best answer is D. Ewing sarcoma. The differential includes osteomyelitis, and it may also be a "
         "Langerhans cell histiocytosis lesion in a younger child, but it is hard to say without age.", ("D", "scored")),
        # the option's text read from its cut name, as at the base: ``mid_word`` undoes no reading
        ("Looking at the image, there is a lytic lesion. The most likely diagnosis is osteoid oste",
         ("A", "scored")),
    ],
)
def test_review_choice_kept(text: str, expected: tuple[str | None, str]) -> None:
    assert _choice(text) == expected
