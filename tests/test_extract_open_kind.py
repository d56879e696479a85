"""The one value of the asked kind an open reply affirms, read without a frame (lane open47, issue #7:
``extract/open_kind.py``): the question's asked kind (organ, body region, modality, plane) from its English wording
or its asked noun in the vocabulary's languages, the values of that kind from the shared vocabularies, and the last
sentence affirming any of them answering when it affirms exactly one.

Texts written for these tests in fresh wording (the lane's probes, /work/coord/probes_open47.py); near misses (a tour,
an echo, a differential, a landmark, a value called normal or denied, two sentences answering) stay unanswered by it.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_kind import AskedKind, asked_kind, kind_value
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="o47", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.rule


@pytest.mark.parametrize(("question", "kind"), [
    ("Which organ is shown in this image?", AskedKind.ORGAN),
    ("Welches Organ ist abgebildet?", AskedKind.ORGAN),
    ("¿Qué órgano se muestra en la imagen?", AskedKind.ORGAN),
    ("图中显示的是哪个器官？", AskedKind.ORGAN),
    ("Which part of the body is imaged here?", AskedKind.REGION),
    ("In which plane is this image taken?", AskedKind.PLANE),
    ("¿En qué plano se tomó esta imagen?", AskedKind.PLANE),
    ("What imaging technique produced this picture?", AskedKind.MODALITY),
    ("Welche Bildgebung wurde verwendet?", AskedKind.MODALITY),
    ("What is the diagnosis?", None),
    ("What organ system is involved?", None),
])
def test_asked_kind(question: str, kind: AskedKind | None) -> None:
    assert asked_kind(question) is kind


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the main organ in this image?", "Some of the heart border is at the edge of the field. Mostly though, "
     "the image is dominated by the liver.", "liver"),
    ("Which part of the body is imaged here?", "You can make out the ribs and the lung fields on both sides. All in all "
     "this study covers the chest.", "chest"),
    ("What imaging technique produced this picture?", "Grey speckled texture, a fan-shaped field and no bone detail "
     "are typical features. Ultrasound would be my read.", "ultrasound"),
    ("Which organ contains the lesion?", "A round low-density focus is present. It sits within the pancreas, close to "
     "the splenic vein.", "pancreas"),
    ("Which organ is shown?", "Some could mistake this for the spleen at first glance. Looking again I think it is the "
     "liver rather than the spleen.", "liver"),
    ("¿Qué órgano se muestra en la imagen?", "La imagen muestra una estructura homogénea. El órgano que vemos es el "
     "hígado.", "liver"),
    ("Quel organe est visible sur l'image ?", "On distingue des contours nets et réguliers. Ce que l'on voit ici, "
     "c'est le foie.", "liver"),
    ("Welches Organ ist abgebildet?", "Man erkennt eine glatte Kontur. Abgebildet ist hier die Leber.", "liver"),
    ("病变位于哪个器官？", "心脏大小正常。病变主要累及肺，其余结构未见明显异常。", "lung"),
    ("¿En qué plano se tomó esta imagen?", "Se ven ambos riñones y la columna. Se trata de un corte axial.", "axial"),
    ("Welche Bildgebung wurde verwendet?", "Die Knochen sind hell und das Fett ist dunkel. Ich würde sagen, es ist "
     "eine MRT.", "mri"),
])
def test_one_value_of_the_asked_kind(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, "open_kind")


@pytest.mark.parametrize(("question", "text"), [
    ("Which organ is shown?", "The image includes the liver, the spleen and both kidneys, with some bowel loops."),
    ("Which organ is enlarged in this image?", "To work out which organ is enlarged, I would need to compare the liver "
     "and the spleen to normal sizes."),
    ("Which organ is abnormal?", "There is a fluid collection just next to the liver. Its source is unclear."),
    ("Which organ shows the abnormality?", "The lungs are clear. The heart looks normal."),
    ("哪个器官有异常？", "肝脏未见明显异常，脾脏未见明显异常。"),
    ("¿Qué órgano se observa?", "Se observan el hígado, el bazo y el riñón derecho."),
    ("Which organ is enlarged?", "The spleen is enlarged. The liver is enlarged as well."),
    ("Which organ is shown?", "The liver is seen on the left of the image. The spleen is seen on the right."),
])
def test_near_misses_name_no_value(question: str, text: str) -> None:
    assert kind_value(text, question, None) is None


def test_a_short_reading_naming_the_value_is_kept() -> None:
    reply, question = "The spleen is seen at the edge. The liver is the organ shown.", "Which organ is shown?"
    assert kind_value(reply, question, "right lobe of liver") is None
    assert kind_value(reply, question, "spleen") == "liver"  # another value: the concluding sentence's wins
    assert kind_value(reply, question, "homogeneous structure") == "liver"


def test_the_concluding_sentence_wins_over_a_first_frame() -> None:
    assert _read("The image shows the heart. The main organ here is the lungs.",
                 "What is the main organ in this image?") == ("lungs", "open_kind")


def test_a_state_said_of_a_list_covers_each_organ() -> None:
    # "appear normal" closes a list: every organ of it is set aside, the abnormal one named before it answers.
    reply = "A wedge of low density sits in the spleen. The liver, kidneys and pancreas appear normal on this slice."
    assert kind_value(reply, "Which organ shows the abnormality?", None) == "spleen"


def test_an_organ_the_site_table_lacks_is_read_from_the_anatomy_concepts() -> None:
    reply = "Two echo-poor lobes joined across the midline by a thin band. This is the thyroid."
    assert kind_value(reply, "What organ is seen in this ultrasound?", None) == "thyroid"


def test_a_part_named_after_an_organ_makes_it_a_landmark() -> None:
    reply = "The heart border is crisp. Most of this frame is taken up by the liver."
    assert kind_value(reply, "Which organ fills this image?", None) == "liver"


@pytest.mark.parametrize(("question", "text", "answer"), [
    # an organ the site table lacks named first, the sites after it its landmarks (review of open47)
    ("What organ is imaged?", "Thyroid \u2014 transverse view; both lobes + isthmus, trachea midline posteriorly.", "thyroid"),
    ("Which organ is shown?", "The parotid gland, with the mandible and masseter nearby.", "parotid gland"),
    ("Which organ is shown?", "Placenta; the uterine wall and maternal bladder are seen.", "placenta"),
    # a reply opening with the bare answer keeps it
    ("Which body region is this?", "The pelvis. The lower abdomen is partially seen.", "pelvis"),
    ("Which part of the body is imaged?", "Chest. Part of the neck is seen at the top.", "chest"),
    # a tissue named before the organ is no answer
    ("Which organ is abnormal?", "Peripancreatic fat stranding around a swollen pancreas.",
     "peripancreatic fat stranding around swollen pancreas"),
])
def test_a_landmark_beside_an_organ_first_named_is_no_answer(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


@pytest.mark.parametrize(("text", "answer"), [
    # both organs a mass lies between are its landmarks; the organ it arises from answers (session 47 close)
    ("The mass lies between the liver and the right kidney. It arises from the kidney.", "kidney"),
])
def test_the_organs_a_mass_lies_between_are_landmarks(text: str, answer: str) -> None:
    assert _read(text, "Which organ is the mass arising from?")[0] == answer


def test_a_reply_closing_undecided_gets_no_organ_from_open_kind() -> None:
    text = ("Mass between the spleen and the left kidney; no fat plane with either. Splenic or renal origin? "
            "I can't decide on a single axial slice.")
    answer, rule = _read(text, "Which organ is the mass arising from?")
    assert rule != "open_kind" and answer not in ("kidney", "left kidney", "spleen")
