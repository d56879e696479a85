"""Multiple-choice readings fixed in session 9 (choice9): other languages' rejection and answer words, answer tags
quoted in an echoed format instruction, corrections after an explicit answer. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

CHOICE = Sample(id="c9", question="What is the most likely finding?", answer="C", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"})


def _read(text: str) -> tuple[str | None, Status]:
    got = extract(text, CHOICE)
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "Descartado: A.",  # Spanish: discarded
    "Descartada: A.",
    "Excluída: A.",  # Portuguese: excluded
    "Écartée : A.",  # French: set aside
    "Ausgeschlossen: A.",  # German: excluded
    "Falsch: A.",  # German: wrong
    "Incorrecta: A.",
    "Respuesta incorrecta: A.",
    "A: descartada.",
])
def test_a_letter_labelled_rejected_in_another_language_is_not_chosen(text: str) -> None:
    assert _read(text) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text, letter", [
    ("答案：A不对，B。", "B"),  # the answer is: A is wrong, B
    ("答案：A错误，应该是B。", "B"),
    ("答案：不是A，是B。", "B"),
    ("La bonne réponse est C.", "C"),
    ("Die richtige Antwort ist C.", "C"),
    ("A ist falsch. Antwort: C", "C"),
    ("A resposta é D.", "D"),
    ("A es incorrecta. La respuesta correcta es la C.", "C"),
    ("Wrong answer: C. Right answer: B.", "B"),  # a rejected answer labelled is no answer phrase (was ambiguous)
])
def test_answer_words_of_other_languages_are_read(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text, expected", [
    # an echoed format instruction's example tag is no answer ...
    ("Put your final answer in <answer></answer> tags, e.g. <answer>A</answer>. "
     "The lung edge is visible with no markings beyond it.", (None, Status.UNPARSED)),
    # ... and the model's own tag after it is the answer, on the same line or the next
    ("Put your final answer in <answer></answer> tags, e.g. <answer>A</answer>. The heart is enlarged. "
     "<answer>C</answer>", ("C", Status.SCORED)),
    ('Reply as "<answer>A</answer>". The cardiac silhouette is wide, so <answer>C</answer>', ("C", Status.SCORED)),
    ("Answer in the format <answer>LETTER</answer>. Final answer: C", ("C", Status.SCORED)),
    # a quotation closed before the tag does not frame it
    ('The heart has a "water bottle" shape <answer>B</answer>', ("B", Status.SCORED)),
])
def test_an_answer_tag_quoted_in_a_format_instruction_is_no_answer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a correction after an explicit answer withdraws it; without a final wording it is no answer ...
    ("<blockquote>Answer: B</blockquote> The effusion is there, but I disagree: C.", (None, Status.AMBIGUOUS)),
    ("Answer: B. I was wrong, it's C.", (None, Status.AMBIGUOUS)),
    # ... worded as the final answer, it is the answer
    ("Answer: B. I disagree: the final answer is C.", ("C", Status.SCORED)),
    # disagreeing with another option keeps the answer
    ("Answer: B. I disagree with D.", ("B", Status.SCORED)),
])
def test_a_correction_after_an_explicit_answer(text: str, expected: tuple) -> None:
    assert _read(text) == expected


_DISCUSSION = ("Looking at the image, the lung fields show some changes and there are several possibilities to consider, "
               "including each of the listed options. The mediastinum and bones look otherwise unremarkable, and the "
               "costophrenic angles are partly visible on this projection. The film is slightly rotated, which limits "
               "the assessment of the mediastinal width. ")
CONCEPTS = Sample(id="c9b", question="What is the most likely diagnosis?", answer="A", answer_type=AnswerType.CHOICE,
                  options={"A": "Pneumothorax", "B": "Pulmonary embolism", "C": "Congestive heart failure",
                           "D": "Acute respiratory distress syndrome"})


@pytest.mark.parametrize("text, expected", [
    # a long output's decision naming an option by abbreviation or synonym
    (_DISCUSSION + "Therefore, the most likely diagnosis is PTX.", ("A", Status.SCORED)),
    (_DISCUSSION + "Therefore, the most likely diagnosis is PE.", ("B", Status.SCORED)),
    (_DISCUSSION + "Final answer: PE", ("B", Status.SCORED)),  # a short answer after its phrase is not a cut output
    (_DISCUSSION + "So this is a collapsed lung.", ("A", Status.SCORED)),
    # never where another option is named too, hedged, or not decided
    (_DISCUSSION + "Therefore, the most likely diagnosis is PTX with PE.", (None, Status.UNPARSED)),
    (_DISCUSSION + "Therefore, a PTX could be considered.", (None, Status.UNPARSED)),
    (_DISCUSSION + "There is also a PTX.", (None, Status.UNPARSED)),
])
def test_a_long_outputs_decision_naming_an_option_in_other_words(text: str, expected: tuple) -> None:
    got = extract(text, CONCEPTS)
    assert (got.answer, got.status) == expected


@pytest.mark.parametrize("text", [
    "It is unlikely that C is correct.",
    "I doubt it is C.",
    "It's hard to say C.",
    "Avoid choosing C.",
    "Nobody would choose C here.",
])
def test_an_option_doubted_or_avoided_is_not_chosen(text: str) -> None:
    assert _read(text)[0] is None  # unparsed ("It's hard to say C." is a refusal)


@pytest.mark.parametrize("text", [
    "The heart is wide and the lungs are clear, which makes it C.",
    "C (cardiomegaly) — enlarged cardiothoracic ratio.",  # the letter with its own option's text, stated first
    # a description naming no option, then a one-line verdict per option
    "The cardiothoracic ratio is about 0.6 and the lung fields are clear. No pleural line is seen and the "
    "costophrenic angles are sharp.\n\nA: no. B: no. C: yes. D: no.",
])
def test_new_answer_shapes(text: str) -> None:
    assert _read(text) == ("C", Status.SCORED)


def test_a_closing_formula_is_not_the_decision_sentence() -> None:
    tubes = Sample(id="c9c", question="Which device is shown?", answer="A", answer_type=AnswerType.CHOICE,
                   options={"A": "Endotracheal tube", "B": "Right internal jugular central venous catheter",
                            "C": "Nasogastric tube", "D": "Left chest drain"})
    got = extract("In the image, we can see the ETT. It is important to consult a healthcare professional.", tubes)
    assert (got.answer, got.rule) == ("A", "option_initials")


ZH = Sample(id="c9z", question="这张胸片最可能的表现是什么？", answer="C", answer_type=AnswerType.CHOICE,
            options={"A": "气胸", "B": "胸腔积液", "C": "心脏增大", "D": "肺水肿"})


@pytest.mark.parametrize("text, expected", [
    ("C选项正确。", "C"),  # the letter, then a judgement that chooses it
    ("C是正确的，其他选项错误。", "C"),
    ("C不是正确的。", None),
])
def test_a_chinese_judgement_after_the_letter(text: str, expected: str | None) -> None:
    assert extract(text, ZH).answer == expected


def test_the_options_provided_is_no_condition() -> None:
    discussion = "".join(f"**{k}) {v}:** {why}\n\n" for k, v, why in (
        ("A", "Pneumothorax", "No visceral pleural line; lung markings reach the periphery."),
        ("B", "Pleural effusion", "The costophrenic angles are sharp."),
        ("C", "Cardiomegaly", "The cardiac silhouette is more than half the thoracic diameter."),
        ("D", "Pulmonary edema", "No vascular redistribution or Kerley B lines.")))
    text = discussion + "Therefore, among the options provided, cardiomegaly is the best answer."
    assert _read(text) == ("C", Status.SCORED)  # was unparsed: "provided" read as "provided that"


@pytest.mark.parametrize("text, expected", [
    ("C seems likely at first glance, but it is not.", (None, Status.UNPARSED)),  # read C
    ("The answer is C... just kidding, it's B.", (None, Status.AMBIGUOUS)),  # read C
    ("Answer: C (incorrect) / B (correct)", (None, Status.UNPARSED)),  # read C
    ("Answer: C (not B)", ("C", Status.SCORED)),
])
def test_a_judgement_taken_back_in_its_sentence(text: str, expected: tuple) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some might choose C, but I would go with D.", ("D", Status.SCORED)),  # was ambiguous
    ("Most people pick C. I pick B.", ("B", Status.SCORED)),  # was ambiguous
    ("A student might choose C.", (None, Status.UNPARSED)),  # read C
    ("With some hesitation, I would choose C.", ("C", Status.SCORED)),
])
def test_someone_elses_choice_is_not_the_answer(text: str, expected: tuple) -> None:
    assert _read(text) == expected
