"""A closed question answered by the value its concluding sentence gives the asked property (issue #7, session 50,
lane closedval50; ``extract/asked_value.py``, rule ``implicit_value``).

* a reasoned reply ending on the value ("... These features are those of a lipoma.", "... so the line is
  satisfactorily positioned.") is read from its concluding sentence, which the pair reader then reads alone;
* a benign lesion of the shared vocabulary states the benign pole ("This is a dermatofibroma.");
* "Is the ETT too deep?" is read one way: well placed is no, a misplacement says nothing;
* the complexity pair ("simple" / "complex", asked of a cyst, mass, lesion or collection), and a question whose
  subject noun is itself a pole ("Is the renal cyst simple?") asking the pole after it.

Near misses stay unread: both values, another side or structure, a value taken back after, a description with no
value, another property, a misplacement of no stated direction, another device, a hedge, a past value, a retraction.
The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.antonym_question import Asked, parse_question
from medstep.extract.asked_value import read_value
from medstep.extract.mentions import CONFLICT
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return ext.answer, ext.rule


_LONG = ("The examination was performed with the usual protocol, and the images are of diagnostic quality with no "
         "motion artefact on any of the series reviewed today. ")


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the soft-tissue mass in the thigh malignant?",
         _LONG + "The mass follows fat on every sequence and suppresses fully. These features are those of a lipoma.",
         "no"),
        ("Is this skin nodule malignant?",
         _LONG + "The lesion dimples when squeezed from the sides. This is a dermatofibroma.", "no"),
        ("Does the bone lesion look aggressive?",
         _LONG + "There is a narrow zone of transition and a sclerotic rim. These features suggest a non-aggressive "
         "lesion.", "no"),
        ("Is the endotracheal tube too deep?",
         _LONG + "The tip projects 4 cm above the carina. The endotracheal tube is appropriately positioned. Please "
         "correlate clinically.", "no"),
        ("Is the pancreatic lesion malignant?",
         _LONG + "It encases the splenic artery, with liver deposits. These findings indicate a malignant tumour.",
         "yes"),
        ("Is the breast cyst complex?",
         _LONG + "It is anechoic with posterior enhancement. Taken together, this is a simple cyst.", "no"),
    ],
)
def test_the_concluding_value_answers(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is the lesion malignant?", _LONG + "It could be benign or malignant; a biopsy is needed."),
        ("Is the left renal cyst complex?", _LONG + "There are cysts in both kidneys. The right renal cyst is simple."),
        ("Is the thyroid nodule malignant?",
         _LONG + "At first glance it looks benign. However, the cytology has not been reported yet."),
        ("Is the adnexal mass complex?", _LONG + "The adnexal mass measures 6 x 4 cm and lies behind the uterus."),
        ("Is the cyst complex?", _LONG + "The cyst is exophytic. The cyst is large."),
        ("Is the endotracheal tube too deep?", _LONG + "The endotracheal tube is malpositioned."),
        ("Is the endotracheal tube too deep?",
         _LONG + "The nasogastric tube tip lies in the stomach. The nasogastric tube is appropriately positioned."),
        ("Is the liver lesion malignant?", _LONG + "It shows washout. It may be benign, but I cannot be sure."),
        ("Is the lesion malignant?",
         _LONG + "This looks like a fibroadenoma. A phyllodes tumour cannot be excluded, however."),
        ("Is the spleen normal?", _LONG + "The liver measures 21 cm and is nodular. It is abnormal."),
        ("Is the lesion malignant?", _LONG + "The lesion was benign on that biopsy; today it has doubled in size."),
        ("Is the cyst complex?",
         _LONG + "This is a simple cyst in the right ovary; the left lesion is complex."),
    ],
)
def test_near_misses_stay_unread(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_the_value_reader_reads_the_concluding_sentence_alone() -> None:
    text = _LONG + "The mass follows fat on every sequence. These features are those of a lipoma."
    assert read_value(text, "Is the mass malignant?") == "no"
    assert read_value(text, "Is the mass benign?") == "yes"
    assert read_value(text, "Is the mass enlarged?") is None  # a property no pair holds
    assert read_value(_LONG + "The lesion is benign. Wait, no: it is malignant.", "Is the lesion malignant?") is None


def test_another_sentence_stating_the_other_value_conflicts() -> None:
    text = _LONG + "The lesion is malignant in my first reading. The lesion is benign."
    assert read_value(text, "Is the lesion malignant?") == CONFLICT
    assert _read("Is the lesion malignant?", text)[0] is None


def test_a_subject_noun_that_is_a_pole_leaves_the_pole_after_it_asked() -> None:
    asked = parse_question("Is the renal cyst simple?")
    assert isinstance(asked, Asked) and asked.pair.name == "complexity" and asked.pole == 1
    assert _read("Is the renal cyst simple?", "This is a complex cyst.")[0] == "no"
    asked = parse_question("Is the cyst complex?")
    assert isinstance(asked, Asked) and asked.pair.name == "complexity" and asked.pole == 0
    assert parse_question("Is the fracture complex?") is None  # the pair is asked of a cyst, mass or collection only


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Ist ein Pleuraerguss vorhanden?", "**Befund:** Verschattung links basal.\n\n**Beurteilung:** Ja, Pleuraerguss links.",
         "yes"),
        ("¿Hay neumotórax?", "**Hallazgos:** línea pleural en el ápice.\n\n**Impresión:** Sí, neumotórax derecho.", "yes"),
        ("Ist ein Pleuraerguss vorhanden?", "Beurteilung: Nein. Kein Erguss.", "no"),
        # a Spanish "No" opening its sentence as the negation is no verdict under the label; a hedge word is none either
        ("¿Es normal la radiografía?", "**Impresión:** No se observan hallazgos patológicos.", None),
        ("Ist eine Kardiomegalie vorhanden?", "**Beurteilung:** Fraglich, grenzwertige Herzgröße.", None),
    ],
)
def test_a_verdict_under_a_conclusion_label_of_another_language(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the feeding tube in the stomach?", "Its tip curls back in the distal oesophagus, not the stomach.", "no"),
        ("Is the catheter tip in the right atrium?", "The tip is in the lower SVC, not the right atrium.", "no"),
        ("Is the nasogastric tube in the stomach?", "The tip lies in the stomach, not the oesophagus.", "yes"),
        ("Is the nasogastric tube in the stomach?", "The tip lies in the stomach or the oesophagus, not the duodenum.", None),
    ],
)
def test_a_place_set_against_the_one_named_before_it(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is there a pneumothorax?", "Lung markings run out to the chest wall, which argues against a pneumothorax.", "no"),
        ("Is there a pleural effusion?", "Both recesses are crisp, arguing against an effusion.", "no"),
        # the denial is of another thing, or itself denied: no "no"
        ("Is there a pneumothorax?", "No markings beyond the line argues against a skin fold; this is a pneumothorax.", "yes"),
        # (a denied argument is no denial: the mention stands, as on the base - "Nothing argues against a pneumothorax;
        # the visceral pleural line is visible." is a yes)
        ("Is there a pneumothorax?", "Nothing on this film argues against a pneumothorax.", "yes"),
        ("Is there a pleural effusion?", "The meniscus does not argue against an effusion.", None),
    ],
)
def test_a_finding_argued_against_is_denied(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text)[0] == expected


def test_a_finding_after_the_value_or_a_question_asked_the_other_way() -> None:
    # a finding after the concluding value may undo it; "an abnormality in X?" asks "Is X normal?" reversed
    assert read_value(_LONG + "The pancreas is normal. It contains a cyst in the tail.", "Is the pancreas abnormal?") is None
    assert read_value(_LONG + "The left kidney is normal.", "Is there an abnormality in the left kidney?") == "no"
    assert read_value(_LONG + "The left kidney is abnormal.", "Is there an abnormality in the left kidney?") == "yes"
