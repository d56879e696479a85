"""The open answer's span when a description closes on its conclusion: a description that denies another thing or
names a place by "both" still concludes firmly, a participle with its object describes, and a bracket that only
qualifies the conclusion does not keep it from being read (``extract/open_conclusion.py``). One invented sentence per
case; the near misses that must stay whole beside them."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

DX = "What is the diagnosis?"


def _read(text: str, question: str = DX) -> str | None:
    return extract(text, Sample(id="o18", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder with a thickened wall and no pericholecystic gas — acute cholecystitis.",
     "acute cholecystitis"),
    ("What is the abnormality of the kidneys?",
     "Innumerable cysts replacing both kidneys — autosomal dominant polycystic kidney disease.",
     "autosomal dominant polycystic kidney disease"),
    ("What is the abnormality of the thyroid?", "Several nodules expanding the gland — multinodular goitre.",
     "multinodular goitre"),
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (complete).",
     "lobar pneumonia"),
])
def test_a_description_concludes_firmly(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


@pytest.mark.parametrize(("question", "text"), [
    # the bracket names another finding or holds the conclusion open
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (or atelectasis)."),
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (possibly aspiration)."),
    # the description weighs or turns before it concludes
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder, either with a thickened wall or with sludge — acute cholecystitis."),
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder with a thickened wall but no stones — acute cholecystitis."),
])
def test_a_conclusion_held_open_is_not_taken_alone(question: str, text: str) -> None:
    got = _read(text, question)
    assert got is None or len(got.split()) > 3


def test_a_description_denying_the_conclusion_does_not_conclude_to_it() -> None:
    # the denial in the description names the conclusion's own words: nothing firm to take
    got = _read("A distended gallbladder without acute cholecystitis — chronic cholecystitis.",
                "What abnormality is seen in the gallbladder?")
    assert got != "chronic cholecystitis"


@pytest.mark.parametrize(("question", "text", "label"), [
    # "affected" / "involved" / "abnormal" is restated by any finding the subject bears
    ("Which artery is affected?", "The right coronary artery shows a long-segment occlusion.", "right coronary artery"),
    ("Which organ is involved?", "The pancreas has a 3 cm hypodense mass in its head.", "pancreas"),
    ("Which bone is abnormal?", "The right fibula demonstrates a healing stress fracture.", "right fibula"),
])
def test_the_subject_bearing_a_finding_answers_which_is_affected(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Which artery is affected?", "The right coronary artery shows no stenosis.", "right coronary artery"),
    ("Which artery is affected?", "The right coronary artery may show a stenosis.", "right coronary artery"),
    ("Which organ is involved?", "The pancreas has a normal contour.", "pancreas"),  # no finding borne
    # a finding of an earlier study, or one gone since, answers nothing of now
    ("Which artery is affected?", "The right coronary artery shows an occlusion on the 2019 angiogram, now stented "
     "and patent.", "right coronary artery"),
    ("Which bone is abnormal?", "The right fibula demonstrates a stress fracture, which has since resolved.",
     "right fibula"),
    # a later sentence or clause says the same of another subject: the first is not the one answer
    ("Which kidney is affected?", "The left kidney shows moderate hydronephrosis. The right kidney also shows "
     "hydronephrosis.", "left"),
    ("Which lung is collapsed?", "The left lung is collapsed; the right lung is collapsed too.", "left"),
])
def test_a_subject_whose_finding_is_denied_or_doubted_is_not_the_answer(question: str, text: str, label: str) -> None:
    assert _read(text, question) != label


@pytest.mark.parametrize(("question", "text", "label"), [
    # a comparison with an earlier study keeps the property now; a cause may lie in the past
    ("Which organ is enlarged?", "The liver is enlarged, larger than on the CT from March.", "liver"),
    ("What is the cause of the obstruction?", "Adhesions are the most likely cause, after an earlier appendicectomy.",
     "adhesions"),
])
def test_an_earlier_time_compared_or_as_a_cause_keeps_the_subject(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


@pytest.mark.parametrize(("question", "text", "label"), [
    # a place after "is present in" answers where; a normal statement after a semicolon only explains
    ("Where is the abnormal uptake?",
     "Intense tracer uptake is present in the right femoral head; the rest of the skeleton is normal.",
     "right femoral head"),
    # a second predicate of the subject after its place
    ("Where is the lesion?", "The lesion lies in the left temporal lobe and measures 2 cm.", "left temporal lobe"),
    ("Which organ is affected by the mass?", "The mass arises from the right kidney and displaces the bowel loops.",
     "right kidney"),
])
def test_the_place_answers_where_without_what_follows_it(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Where is the lesion?", "The lesion is located in the liver and possibly extends into the kidney.", "liver"),
    ("Where is the lesion?", "The lesion is in the liver; it may also involve the kidney.", "liver"),
    ("Where is the lesion?", "The lesion is in the liver and the kidney.", "liver"),
    # to a question asking the size, the second predicate is the answer
    ("What is the size of the mass?", "The mass arises from the right kidney and measures 4 cm.", "right kidney"),
])
def test_a_place_held_open_or_joined_keeps_the_rest(question: str, text: str, label: str) -> None:
    assert _read(text, question) != label


@pytest.mark.parametrize(("question", "text", "label"), [
    ("Where is the tip of the central line?",
     "The central line tip projects over the right atrium, 3 cm below the cavoatrial junction.", "right atrium"),
    ("What is the position of the feeding tube tip?", "The feeding tube tip terminates in the gastric antrum.",
     "gastric antrum"),
])
def test_where_a_line_ends_is_the_place_after_its_verb(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


def test_a_line_ending_in_one_of_two_places_is_not_read_as_either() -> None:
    got = _read("The catheter tip projects over either the superior vena cava or the right atrium.",
                "Where is the tip of the catheter?")
    assert got not in ("superior vena cava", "right atrium")


def test_a_word_repeated_in_a_loop_is_one_answer_whatever_its_case() -> None:
    assert _read("Spherocytes spherocytes spherocytes spherocytes spherocytes", "What cells are seen?") == "spherocytes"


def test_a_loop_that_changes_its_word_is_not_one_answer() -> None:
    assert _read("Spherocytes spherocytes schistocytes spherocytes", "What cells are seen?") != "spherocytes"


@pytest.mark.parametrize(("text", "label"), [
    ("Probably a Smith fracture — volar angulation of the distal radial fragment, 1 cm from the joint. Smith fracture.",
     "smith fracture"),
    ("Tilted volarly, so this is a Smith fracture rather than a Colles fracture. Smith fracture.", "smith fracture"),
])
def test_a_label_restated_as_the_last_sentence_is_the_answer(text: str, label: str) -> None:
    assert _read(text, "What is the name of the fracture?") == label


@pytest.mark.parametrize("text", [
    "Volar angulation of the distal radial fragment. Smith fracture?",  # the closing label doubted
    "Smith fracture, Colles fracture, Barton fracture. Smith fracture, Colles fracture, Barton fracture.",  # a list
])
def test_a_closing_label_held_open_or_listing_is_not_one_answer(text: str) -> None:
    assert _read(text, "What is the name of the fracture?") != "smith fracture"


@pytest.mark.parametrize(("question", "text", "value"), [
    # (a decimal comma before a unit is read as the point, answers/text.normalize_answer)
    ("Qual é o tamanho da lesão?", "A lesão mede 2,3 cm.", "2.3 cm"),
    ("What is the abnormality of the liver?", "Hepatomegaly 19,5 cm.", "19.5 cm"),
])
def test_a_decimal_comma_is_no_break_before_a_measurement(question: str, text: str, value: str) -> None:
    got = _read(text, question)
    assert got is not None and got.endswith(value)


def test_the_value_said_of_the_asked_thing_answers_beside_another_of_its_kind() -> None:
    assert _read("Heart rate 88 bpm, regular; flutter waves at 300/min.", "What is the heart rate?") == "88 bpm"


@pytest.mark.parametrize("text", [
    "Ventricular rate 75 bpm, atrial rate 300 bpm.",  # both said of a rate: none chosen
    "The rate is 75 or 90 bpm.",
])
def test_two_values_of_the_asked_thing_choose_none(text: str) -> None:
    assert _read(text, "What is the heart rate?") not in ("75 bpm", "90 bpm")
