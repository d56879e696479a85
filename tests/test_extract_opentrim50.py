"""Lane opentrim50 (issue #7): the open answer is the asked kind's value, not the whole phrase.

Fresh wordings (not corpus items): an organ named by its finding in the impression, a relative "which", a Chinese
enumeration under one denial, a region's reading listing the organs it holds, a Chinese count with a side clause, the
measured value before a reference value, a label before its bracket and advice, a gloss of the concluding phrase's head
noun, and the grader reading a Romance grade word after the finding; with near misses that must not change.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract import open_count, open_measure
from medstep.extract.foreign_words import english
from medstep.extract.open_kind import kind_value
from medstep.extract.organ_owners import home_of
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Sample


def _open(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={})).answer


def test_a_finding_has_one_home_organ() -> None:
    assert home_of("pancreatitis") == "pancreas"
    assert home_of("splenomegaly") == "spleen"
    assert home_of("pancreatic_pseudocyst") == "pancreas"  # through its broader finding
    assert home_of("fracture") is None  # several homes: the bones, the shoulders
    assert home_of("pancreas") is None  # an organ is no finding


@pytest.mark.parametrize("question, text, organ", [
    ("Which organ shows the abnormality?", "Bowel loops are of normal calibre. Kidneys are unremarkable. "
     "Impression: acute appendicitis.", "appendix"),
    ("Which organ is involved here?", "**Assessment:** splenomegaly, the craniocaudal span reaching 17 cm.", "spleen"),
    ("Which organ is enlarged?", "What stands out is an enlarged spleen, which is typical of portal hypertension.",
     "spleen"),
    ("Which organ is affected?", "The findings are those of acute cholecystitis.", "gallbladder"),  # the last sentence
    ("Which organ contains the lesion?", "A round low-density focus is present. It sits within the pancreas, close to "
     "the splenic vein.", "pancreas"),  # a finding described on the way names no organ
])
def test_organ_named_by_its_finding_or_after_a_relative_which(question: str, text: str, organ: str) -> None:
    assert _open(question, text) == organ


def test_a_reading_naming_the_disease_gives_way_to_the_organ() -> None:
    reply = "Liver normal. Kidneys enhance symmetrically.\n**Impression:** Acute pancreatitis."
    assert kind_value(reply, "Which organ is abnormal?", "acute pancreatitis") == "pancreas"


@pytest.mark.parametrize("text", [
    "This could be pancreatitis or cholecystitis; I cannot tell from one image.",
    "Impression: acute pancreatitis versus cholecystitis, correlate with lipase.",
])
def test_organ_findings_held_open_give_no_organ(text: str) -> None:
    assert _open("Which organ is abnormal?", text) is None


def test_no_organ_from_a_denied_finding() -> None:
    assert kind_value("There is no pancreatitis. Impression: no acute abnormality.", "Which organ is abnormal?",
                      None) is None


def test_chinese_enumeration_under_one_denial() -> None:
    reply = "脾脏明显增大。肝脏、双肾未见明显异常。综上，异常器官为脾脏。"
    assert kind_value(reply, "哪个器官异常？", None) == "spleen"


def test_region_reading_listing_its_organs_is_cut_to_the_region() -> None:
    assert _open("Which body region is imaged?",
                 "This film covers the abdomen, including the liver, both kidneys and bowel loops.") == "abdomen"
    assert _open("Which body region is imaged?", "The abdomen.") == "abdomen"


def test_chinese_count_with_a_side_clause() -> None:
    assert open_count.counted("图中可见两个肾脏，左右各一，皮髓质分界清楚。", "图中可见几个肾脏？") == "2"
    assert open_count.counted("可见两个结节，3个左右。", "图中有几个结节？") is None  # "about 3": held open
    assert open_count.counted("可见两个结节，另见一个钙化灶。", "图中有几个结节？") is None


@pytest.mark.parametrize("text, value", [
    ("The common bile duct measures 11 mm, dilated (the upper limit of normal is about 6 mm).", "11 mm"),
    ("About 14 mm; in a postmenopausal woman the cut-off that prompts biopsy is 4 mm.", "14 mm"),
    ("The upper limit of normal is 3 cm; this one is 4.2 cm.", "4.2 cm"),
])
def test_the_measure_before_its_reference(text: str, value: str) -> None:
    assert open_measure.measured(text, "What is the size of it?") == value


@pytest.mark.parametrize("text", [
    "It is 5.5 cm or maybe 6 cm (normal under 3 cm).",
    "About 4 cm. Normal is 3 cm. It may be 5 cm.",
    "It is not 4 cm; normal is under 3 cm.",
])
def test_a_reference_does_not_firm_a_value_held_open(text: str) -> None:
    assert open_measure.measured(text, "What is the size of the mass?") is None


def test_a_label_before_its_bracket_and_advice() -> None:
    assert _open("What is the diagnosis?", "Left lower lobe pneumonia (air bronchograms, silhouetting of the "
                 "hemidiaphragm). Suggest repeat film in six weeks.") == "left lower lobe pneumonia"
    assert _open("What is the diagnosis on this shoulder MRI?", "Full-thickness supraspinatus tear (retracted 2 cm). "
                 "The biceps tendon is intact.") == "full thickness supraspinatus tear"
    assert _open("What is the diagnosis?", "Pneumonia (possibly aspiration). Could also be atelectasis.") is None


def test_a_gloss_of_the_head_noun_leaves_the_concluding_phrase() -> None:
    reply = ("There is a lucent line through the distal radius, in keeping with a distal radius fracture. A fracture "
             "is a break in the bone, which may be complete or incomplete.")
    assert _open("What is the abnormality on this radiograph?", reply) == "distal radius fracture"
    held = ("The opacity is consistent with pneumonia. Pneumonia is a possibility but atelectasis may look "
            "identical.")
    assert _open("What is the abnormality on this radiograph?", held) != "pneumonia"


def test_romance_grade_words_read_before_the_finding() -> None:
    assert english("hidronefrosis izquierda moderada") == "moderate left hydronephrosis"
    assert english("derrame pleural derecho leve") == "mild right pleural effusion"
    assert english("hidronefrosis leve moderada") is None  # two grades are no one answer
    assert match_step("hidronefrosis izquierda moderada", "hidronefrosis", "¿Cuál es el hallazgo principal?") \
        is not None
