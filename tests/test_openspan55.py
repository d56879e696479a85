"""Lane openspan55 (issue #7): an open reply read whole although one sentence fills the asked slot.

Fresh wordings (not corpus items): a sentence of a longer reply whose subject echoes the question's asked noun ("...
So the herniated disc is the L4-L5 disc.") fills the slot with its complement's first clause (``extract/open_echo.py``);
a count followed by a numbered list of what it counts, by a label's numbers ("segments 2 and 3") or by "on either side"
of where the things lie (``extract/open_count.py``). Near misses that must not change: a subject that describes the
asked thing without its noun, two sentences filling the slot differently, a value held open, a lead clause holding it
open, a count per side, a list numbering more than the count, a differential.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract, open_count, open_echo
from medstep.types import AnswerType, Sample


def _open(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={})).answer


_DISC_TOUR = ("Looking at the sagittal T2 image, there's loss of signal in the lower lumbar discs, and a posterior "
              "protrusion compressing the thecal sac with narrowing of the lateral recess. ")


@pytest.mark.parametrize("question, text, answer", [
    ("Which disc is herniated?", _DISC_TOUR + "Putting it together, the herniated disc is the L4-L5 disc.",
     "l4 l5 disc"),
    ("Which disc is herniated?", _DISC_TOUR + "Therefore, the herniated disc is the L4-L5 disc.", "l4 l5 disc"),
    ("Which bone is broken?", "The talus and calcaneus look intact. There is a lucent line through the base of the "
     "fifth metatarsal with slight step-off. So the broken bone is the fifth metatarsal.", "fifth metatarsal"),
    ("What is the principal finding?", "The principal finding is a large right-sided pleural effusion, tracking up "
     "the lateral chest wall. The left lung is clear.", "large right sided pleural effusion"),
    ("What catheter is visible on this radiograph?", "Lines and tubes: the ET tube sits 5 cm above the carina.\n\n"
     "The visible catheter is a **Swan-Ganz catheter** — its tip projects over the right pulmonary artery.",
     "swan ganz catheter"),
])
def test_an_echoing_subject_fills_the_slot(question: str, text: str, answer: str) -> None:
    assert _open(question, text) == answer


def test_value_keeps_a_parenthesis_inside_a_name() -> None:
    assert open_echo.echoed_value("Soft tissue at the apex. The likely diagnosis is a superior sulcus (Pancoast) "
                                  "tumour, with rib destruction.", "What is the likely diagnosis?") \
        == "a superior sulcus (Pancoast) tumour"


@pytest.mark.parametrize("question, text", [
    # the subject describes the asked thing, it does not name the asked noun (the diagnosis)
    ("What is the most likely diagnosis for this skin lesion?",
     "The lesion is a pearly papule with rolled borders. Telangiectasias cross its surface. Basal cell carcinoma "
     "and a nodular melanoma should both be considered."),
    # two sentences fill the slot differently
    ("Which organ is abnormal?", "The abnormal organ is the liver, which is enlarged. On the delayed phase, the "
     "abnormal organ is the spleen. The kidneys enhance normally."),
    # the value is held open (an alternative, a possibility)
    ("Which lobe is collapsed?", "The left heart border is lost. The trachea deviates. So the collapsed lobe is the "
     "left upper lobe or the lingula."),
    ("Which lobe is collapsed?", "The left heart border is lost. The trachea deviates. The collapsed lobe may be the "
     "left upper lobe."),
    # the lead holds the sentence open
    ("Which lobe is collapsed?", "The left heart border is lost. The trachea deviates. If the lateral film is "
     "right, the collapsed lobe is the left upper lobe."),
    # the asked organ named only as normal
    ("Which organ is abnormal?", "The liver is normal in size. The spleen is normal. The kidneys are unremarkable."),
])
def test_no_slot_filled(question: str, text: str) -> None:
    assert open_echo.echoed_value(text, question) is None


def test_a_differential_to_a_diagnosis_question_fills_no_slot() -> None:
    question = "What is the most likely diagnosis?"
    text = ("There is a right lower zone opacity. The most likely diagnosis is pneumonia or atelectasis. Clinical "
            "correlation is advised.")
    assert open_echo.echoed_value(text, question) is None
    assert _open(question, text) not in {"pneumonia", "atelectasis", "pneumonia or atelectasis"}


def test_a_measure_question_is_left_to_the_measure_readers() -> None:
    assert open_echo.asked_noun("What is the size of the nodule?") == "size"
    text = "Two nodules are seen. The size of the dominant one is the larger one, 14 mm. The other is 6 mm."
    assert _open("What is the size of the nodule?", text) != "the larger one"


@pytest.mark.parametrize("question, text, count", [
    ("How many stents are present?", "There are **two** stents:\n\n1. Proximal LAD\n2. Mid RCA\n\nBoth are patent.",
     "two"),
    ("How many cysts are there in the liver?", "There are three simple cysts in the liver: two in the right lobe "
     "(segments 6 and 8) and one in segment 3.", "three"),
    ("How many kidneys are visible?", "On either side of the spine there is a bean-shaped organ. So two kidneys are "
     "seen, one on each side.", "two"),
])
def test_count_beside_list_labels_and_sides(question: str, text: str, count: str) -> None:
    assert open_count.counted(text, question) == count


@pytest.mark.parametrize("question, text", [
    ("How many ribs are fractured?", "Two ribs are fractured on either side of the chest."),  # per side: four in all
    ("How many leads does the device have?", "There are two leads:\n1. Right atrium\n2. Right ventricle\n3. Coronary "
     "sinus"),  # the list numbers more than the count
    ("How many nodules are there?", "Either two or three nodules."),  # a hedge of its own
])
def test_count_near_misses(question: str, text: str) -> None:
    assert open_count.counted(text, question) is None


@pytest.mark.parametrize("question, text, answer", [
    ("What type of cell is shown?", "This looks like a **plasma cell** — an eccentric nucleus with a clock-face "
     "chromatin pattern. A perinuclear halo is visible.", "plasma cell"),
])
def test_an_opening_this_is_fills_the_slot(question: str, text: str, answer: str) -> None:
    assert _open(question, text) == answer


@pytest.mark.parametrize("question, text", [
    # the opening names the image, not a finding
    ("What abnormality is seen in this neck ultrasound?", "This is a transverse thyroid ultrasound. A 2 cm "
     "hypoechoic nodule lies in the right lobe."),
    # held open
    ("What is the diagnosis?", "This could be a keratoacanthoma. A squamous cell carcinoma is the alternative."),
    ("What is the diagnosis?", "This is either a keratoacanthoma or a squamous cell carcinoma. Biopsy it."),
    # an organ question is open_kind's: every sentence is weighed there
    ("Which organ is shown?", "This is an axial CT slice through the upper abdomen. The liver fills most of it."),
])
def test_no_opening_value(question: str, text: str) -> None:
    assert open_echo.opening_value(text, question) is None


_CHEST_TOUR = ("On the frontal radiograph the trachea is midline and the heart size is normal. The costophrenic angles "
               "are sharp. ")


@pytest.mark.parametrize("question, text", [
    # a complement naming nothing: a participle and its preposition, a pronoun head, the exchange itself
    ("Which bone is fractured?", _CHEST_TOUR + "The fractured bone is shown by the arrow."),
    ("Which organ is abnormal?", _CHEST_TOUR + "The abnormal organ is the one highlighted in red."),
    ("Which lobe is collapsed?", _CHEST_TOUR + "The collapsed lobe is the key to this question."),
    # a word of habit: what holds in general, not this image
    ("Which lobe is collapsed?", _CHEST_TOUR + "The collapsed lobe is usually the left lower lobe in ICU patients. "
     "Here the right middle lobe is collapsed."),
    # an indefinite subject: the class defined
    ("Which lobe is collapsed?", _CHEST_TOUR + "A collapsed lobe is a lobe that has lost its air."),
])
def test_review_no_slot_filled(question: str, text: str) -> None:
    assert open_echo.echoed_value(text, question) is None


@pytest.mark.parametrize("text", [
    "This is what I would call a textbook example. A dense sclerotic lesion with a nidus: osteoid osteoma.",
    "It is worth noting that the heart is enlarged. There are Kerley B lines and effusions: pulmonary oedema.",
])
def test_review_no_opening_value(text: str) -> None:
    assert open_echo.opening_value(text, "What is the most likely diagnosis?") is None
