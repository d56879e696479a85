"""Lane focus40 (issue #7): the committed words of an open reply, and no answer from one only asked back.

- A reply that is one sentence ending in a question mark ("Right-sided pneumothorax?", "胆囊结石？") asks its answer,
  it states none (``open_weighed.asked_only``); the normalised text drops the "?", so it used to be graded as the
  statement. A question followed by its own answer, an answer followed by a question to the reader ("..., would you
  like more detail?", "— does that fit?", "\n\nShall I ...?") or a refusal asking for another image is read as before.
- A label naming a kind of the noun the question asks ("Fibrinoid necrosis: ..." to "What type of necrosis ...?",
  "Right middle lobe: ..." to "Which lobe ...?") is the answer, not a field name to drop
  (``open_named.kind_label``); the noun alone, a field's name ("Type of necrosis:", "Main lesion:"), the question's
  own words ("Enlarged structure:"), a bare value after the label ("Culprit vessel: left anterior descending
  artery"; unless a finding said of the part asked), a denied, normal or turned body or a checklist of the asked kind
  keep the old reading.
- Closing advice after a label ("A biopsy would confirm.") no longer holds the label open (``open_span._unadvised``,
  advice from ``extract/advice.py``); advice weighing candidates, saying more ("also", "which", a likelihood) or
  naming a finding still does.
- The stated diagnosis emphasised after its article ("... is a **hepatic hemangioma**.") is read by the verdict.
Texts written for the lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_named import kind_label
from medstep.extract.open_span import committed
from medstep.extract.open_weighed import asked_only
from medstep.types import AnswerType, Sample, Status
from support.timing import reads_linearly, rep

DX = "What is the most likely diagnosis?"
NEC = "What type of necrosis is present?"


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


def _read(text: str, question: str) -> tuple[str | None, Status]:
    got = extract(text, _open(question))
    return got.answer, got.status


@pytest.mark.parametrize(
    "text",
    [
        "Right-sided pneumothorax?",
        "Maybe a lipoma?",
        "胆囊结石？",
        "**Osteosarcoma?**",
        "Answer: Pneumothorax?",
        "Un pneumothorax droit ?",
    ],
)
def test_an_answer_only_asked_back_is_no_answer(text: str) -> None:
    assert _read(text, "What is the main finding?") == (None, Status.UNPARSED)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Right-sided pneumothorax.", "right sided pneumothorax"),
        ("胆囊结石。", "胆囊结石"),
    ],
)
def test_the_same_answer_stated_is_read(text: str, answer: str) -> None:
    assert _read(text, "What is the main finding?") == (answer, Status.SCORED)


def test_a_question_then_its_answer_is_not_asked_only() -> None:
    assert not asked_only("Pneumothorax? Yes, on the right side.")
    assert not asked_only("左侧气胸？不，是肺大泡")
    assert asked_only("Could this be a tension pneumothorax?")


def test_an_answer_then_an_offer_is_not_asked_only() -> None:
    assert not asked_only("Left pneumothorax, would you like more detail?")
    assert not asked_only("The answer is a right pleural effusion; shall I explain why?")
    assert asked_only("It is a left pneumothorax, isn't it?")


@pytest.mark.parametrize(
    "text",
    [
        "**Right pleural effusion**\n\nShall I estimate its volume?",  # the offer on a line of its own
        "Pneumoperitoneum - should I comment on the bowel too?",
        "Cardiomegaly — how old is the patient?",
        "Free air under the diaphragm; any recent surgery?",
        "Dilated small bowel loops, was there vomiting?",
        "右侧胸腔积液，你还想了解什么吗？",
        "Derrame pleural derecho, ¿quiere más información?",
        "Épanchement pleural droit, souhaitez-vous plus de détails ?",
    ],
)
def test_an_answer_then_a_question_to_the_reader_is_not_asked_only(text: str) -> None:
    assert not asked_only(text)


@pytest.mark.parametrize(
    "text", ["Right pleural effusion, correct?", "Cardiomegaly, or is it a pericardial effusion?", "心脏增大，对吗？"]
)
def test_a_tag_or_an_alternative_asks_the_answer_back(text: str) -> None:
    assert asked_only(text)


def test_a_refusal_asking_for_the_image_stays_refused() -> None:
    text = "I don't see an arrow in the image you've provided — could you upload it again?"
    assert _read(text, "What does the arrow point to?") == (None, Status.REFUSED)


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("Fibrinoid necrosis: bright pink smudgy deposits in the vessel wall.", NEC, "fibrinoid necrosis"),
        ("Right middle lobe: consolidation with air bronchograms.", "Which lobe is involved?", "right middle lobe"),
        (
            "Zenker diverticulum: a pouch above the cricopharyngeus.",
            "What type of diverticulum is shown?",
            "zenker diverticulum",
        ),
        (
            "Target cells: numerous, each with a central dark spot.",
            "Which cells predominate in this smear?",
            "target cells",
        ),
    ],
)
def test_a_label_naming_a_kind_of_the_asked_noun_is_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(
    ("label", "body", "question"),
    [
        ("Necrosis:", " coagulative.", NEC),  # the noun alone: the field
        ("Type of necrosis:", " coagulative.", NEC),  # the field's name
        ("Main lesion:", " a hamartoma.", "What lesion is present?"),
        ("**Enlarged structure:**", " left atrium", "What structure is enlarged?"),  # the question's own words
        ("Caseous necrosis:", " absent.", NEC),  # denied
        ("Right upper lobe:", " normal.", "Which lobe is abnormal?"),  # called normal
        ("Left lower lobe:", " clear. Right lower lobe: consolidation.", "Which lobe is involved?"),  # a checklist
    ],
)
def test_a_field_or_checklist_label_is_no_kind_label(label: str, body: str, question: str) -> None:
    assert not kind_label(label, body, question)


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("Occluded artery: circumflex", "Which artery is occluded?", "circumflex"),
        ("Enlarged gland: thyroid", "Which gland is enlarged?", "thyroid"),
        ("Hyperdense artery: left MCA", "Which artery is hyperdense?", "left mca"),
        ("Predominant cells: eosinophils", "Which cells predominate?", "eosinophils"),
        ("Stained cells: plasma cells", "Which cells are seen?", "plasma cells"),
        ("Renal lesion: angiomyolipoma", "What lesion is present?", "angiomyolipoma"),
    ],
)
def test_a_label_before_a_bare_value_is_the_field(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(
    ("label", "body", "question"),
    [
        ("Right lower lobe:", " wedge-shaped opacity abutting the pleura.", "Which lobe is affected?"),
        ("Left upper lobe:", " patchy consolidation.", "Which lobe is involved?"),  # a finding said of the part
        ("Comminuted fracture:", " more than two fragments at the mid shaft.", "What type of fracture is shown?"),
    ],
)
def test_a_label_before_its_description_is_a_kind_label(label: str, body: str, question: str) -> None:
    assert kind_label(label, body, question)


@pytest.mark.parametrize(
    ("label", "body", "question"),
    [
        ("Inflammatory cells:", " neutrophils", "Which cells are present?"),  # a finding, but no part asked
        ("Pleural effusion:", " trace only; the main finding is a pericardial collection.", "What finding is seen?"),
        ("Left upper lobe:", " spared; however, the right apex is opacified.", "Which lobe is affected?"),
        ("Fat necrosis:", " excluded, this looks like liquefaction.", NEC),
    ],
)
def test_a_bare_value_or_a_turned_body_is_no_kind_label(label: str, body: str, question: str) -> None:
    assert not kind_label(label, body, question)


def test_field_labels_keep_their_value() -> None:
    assert _read("**Enlarged structure:** left atrium", "What structure is enlarged?") == ("left atrium", Status.SCORED)
    assert _read("Main lesion: a hamartoma.", "What lesion is present?") == ("hamartoma", Status.SCORED)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Sarcoidosis. There is bilateral hilar adenopathy with perilymphatic nodules. A biopsy would confirm.",
            "Sarcoidosis.",
        ),
        ("Enchondroma. Rings-and-arcs matrix without cortical breach. Follow-up imaging is advised.", "Enchondroma."),
    ],
)
def test_closing_advice_does_not_hold_the_label_open(text: str, label: str) -> None:
    assert committed(text) == label


@pytest.mark.parametrize(
    "text",
    [
        "Lymphoma. Consider a biopsy; it could also be sarcoidosis.",
        "Pneumonia. CT or MRI would confirm.",
        "Meningioma. MRI would help distinguish it from a schwannoma.",
        "Retinal vein occlusion. I'd also want to check for glaucoma, which is also likely here.",
        "Cardiomegaly. I'd also want to check the lungs, which also show edema.",
    ],
)
def test_advice_saying_more_keeps_the_reply_whole(text: str) -> None:
    assert committed(text) == text


def test_an_emphasised_stated_diagnosis_is_the_verdict() -> None:
    text = (
        "There is a well-circumscribed lesion with peripheral nodular enhancement that fills in on delayed images. "
        "The most likely diagnosis is a **hepatic hemangioma**."
    )
    assert _read(text, DX) == ("hepatic hemangioma", Status.SCORED)
    held = (
        "A fat-density mass sits in the thigh. The most likely diagnosis is a **lipoma** or a well-differentiated "
        "liposarcoma."
    )
    assert _read(held, DX)[0] != "lipoma"


def test_new_readings_are_linear() -> None:
    reads_linearly(asked_only, rep("a ", 10000, tail="?"))
    reads_linearly(asked_only, rep(", would you x", 5000, tail="?"))
    reads_linearly(asked_only, rep("-do i ", 7000, tail=",x?"))  # 40k characters: only the closing clause is searched
    reads_linearly(asked_only, rep(" - would you", 3400, tail="?"))
    reads_linearly(lambda t: kind_label("Right lobe:", t, "Which lobe is involved?"), rep("x ", 10000))
    reads_linearly(committed, rep("A biopsy would confirm. ", 800, head="Pneumonia. "))
