"""The stance of the clause naming an option: only an affirmed one selects (issue #7, lane judged52).

``extract/named_stance.py``: an option named by its text, its words, an abbreviation or another name is no answer
where its clause judges it against (unlikely, doubtful, a poor fit, disbelieved, unconfirmed, rejected in another
language) or says what it is in general (defined, characterised, what it typically does). The near misses keep
their letter: the certainty ("no doubt"), the best fit, the option affirmed beside a denied one, a judgement turned
by "other than", a habit in an aside, a habit said of this case, the hedged sole pick (the corpus labels read it).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.mentions import option_index
from medstep.extract.named_stance import NamedStance, sentence_stance, stance_at, unaffirmed
from medstep.types import AnswerType, Sample

CHEST = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Mass", "E": "Pulmonary edema",
         "F": "Pneumonia"}
Q = "What is the most likely finding on this chest radiograph?"


def _extract(text: str, options: dict[str, str] = CHEST, question: str = Q) -> tuple[str | None, str]:
    sample = Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    found = extract(text, sample)
    return found.answer, found.status.value


# Short replies whose one option is judged against: no answer (the first seven, from the session 51 reviews, were
# each read as that option's letter on the base).
@pytest.mark.parametrize("text", [
    "Pleural effusion — doubtful.",
    "Pleural effusion seems improbable.",
    "Pneumothorax is very unlikely.",
    "Cardiomegaly is a poor fit here.",
    "Cardiomegaly — I don't think so.",
    "A mass cannot be confirmed.",
    "Se descarta un cuadro compatible con neumonía.",
    "Pneumothorax? I don't think so.",
    "Pleural effusion: a poor fit.",
    "Cardiomegaly is incorrect.",
    "Pneumonia would be a poor match here.",
    "Pneumothorax: unlikely.",
    "Pneumothorax — not sure.",
    "Se descarta neumotórax.",
    "PTX — doubtful.",
    "PTX is very unlikely.",
    "The costophrenic angle is blunted with a meniscus. Pleural effusion is very unlikely.",
    "Pneumothorax is not unlikely.",
])
def test_judged_against_selects_nothing(text: str) -> None:
    assert _extract(text)[0] is None


# Textbook sentences: what the option is or usually does, not this image's finding.
@pytest.mark.parametrize("text", [
    "Pulmonary edema typically presents with bilateral perihilar opacities.",
    "Cardiomegaly is defined as a cardiothoracic ratio above 0.5.",
    "Pleural effusion is characterized by blunting of the costophrenic angle.",
    "Pneumothorax refers to air in the pleural space.",
    "Pneumothorax usually shows a visceral pleural line.",
])
def test_defined_or_general_selects_nothing(text: str) -> None:
    assert _extract(text)[0] is None


# Near misses: the option is affirmed, and keeps its letter.
@pytest.mark.parametrize("text, letter", [
    ("Pleural effusion — no doubt.", "A"),
    ("Pleural effusion — no doubt about it.", "A"),
    ("Pleural effusion, without doubt.", "A"),
    ("Pleural effusion — I'm certain.", "A"),
    ("Pleural effusion is the best fit.", "A"),
    ("Pleural effusion.", "A"),
    ("Not pneumonia; the picture is pleural effusion.", "A"),
    ("Cardiomegaly, which typically presents this way, is the answer.", "C"),
    ("Pneumothorax, which is a poor fit for the history, is still the answer.", "B"),
    ("Pulmonary edema typically presents with bilateral perihilar opacities, as seen here.", "E"),
    ("Pneumothorax is very unlikely; pleural effusion is the answer.", "A"),
    ("Pneumothorax is very unlikely. Pleural effusion fits.", "A"),
    ("The lung edge is visible at the apex with no markings beyond it. Pneumothorax.", "B"),
    ("The costophrenic angle is blunted with a meniscus. I considered pneumothorax, but it is very unlikely. "
     "Pleural effusion fits best.", "A"),
    ("The heart is enlarged. Cardiomegaly is defined as a CTR above 0.5, and here it is 0.6.", "C"),
    ("The costophrenic angle is blunted. Pleural effusion is characterized by a meniscus, which is present here.", "A"),
    ("The heart is enlarged.", "C"),
    # the hedged sole pick: the hand labels read a soft modal closing on one option as the pick (extract/soft_pick.py)
    ("This may represent pleural effusion.", "A"),
])
def test_affirmed_keeps_its_letter(text: str, letter: str) -> None:
    assert _extract(text)[0] == letter


def test_long_discussion_closing_on_a_doubted_option_reads_nothing() -> None:
    text = ("The right costophrenic angle is blunted and there is a meniscus along the lateral chest wall. The heart "
            "size is at the upper limit of normal. No lung edge is visible at the apex.\n\n"
            "Cardiomegaly — I don't think so.")
    assert _extract(text)[0] is None


def test_long_discussion_with_the_others_judged_against_reads_the_affirmed_one() -> None:
    text = ("There is a meniscus at the right base with blunting of the costophrenic angle. Pneumothorax is very "
            "unlikely: no pleural line. Cardiomegaly is a poor fit, the heart is normal in size. The picture is a "
            "pleural effusion.")
    assert _extract(text)[0] == "A"


def test_textbook_line_after_the_answer_keeps_the_answer() -> None:
    text = "Answer: C. Cardiomegaly is defined as a cardiothoracic ratio above 0.5; here it is 0.62."
    assert _extract(text)[0] == "C"


def test_letter_answer_is_not_vetoed_by_a_textbook_sentence() -> None:
    assert _extract("E. Pulmonary edema typically presents with bilateral perihilar opacities.")[0] == "E"


@pytest.mark.parametrize("right, stance", [
    (" — doubtful.", NamedStance.AGAINST),
    (" seems improbable.", NamedStance.AGAINST),
    (" is very unlikely.", NamedStance.AGAINST),
    (" is a poor fit here.", NamedStance.AGAINST),
    (" — I don't think so.", NamedStance.AGAINST),
    (" cannot be confirmed.", NamedStance.AGAINST),
    (" typically presents with bilateral opacities.", NamedStance.GENERAL),
    (" is defined as a ratio above 0.5.", NamedStance.GENERAL),
    (" — no doubt.", NamedStance.AFFIRMED),
    (" is the best fit.", NamedStance.AFFIRMED),
    (", which typically presents this way, is the answer.", NamedStance.AFFIRMED),
    (" is not unlikely.", NamedStance.AFFIRMED),
    (" is unlikely to be anything else.", NamedStance.AFFIRMED),
    (".", NamedStance.AFFIRMED),
])
def test_stance_after_the_name(right: str, stance: NamedStance) -> None:
    text = "Pneumothorax" + right
    assert stance_at(text, 0, len("Pneumothorax")) is stance


def test_foreign_rejection_before_the_name() -> None:
    text = "Se descarta un cuadro compatible con neumonía."
    at = text.index("neumonía")
    assert stance_at(text, at, at + len("neumonía")) is NamedStance.AGAINST


def test_unaffirmed_needs_every_mention_against() -> None:
    idx = option_index(CHEST)
    assert unaffirmed("Pneumothorax is very unlikely.", idx, "B")
    assert not unaffirmed("Pneumothorax is very unlikely? No: pneumothorax is the answer.", idx, "B")
    assert not unaffirmed("Cardiomegaly.", idx, "B")  # not named at all


@pytest.mark.parametrize("sentence, stance", [
    ("A mass cannot be confirmed.", NamedStance.AGAINST),
    ("A pleural effusion seems improbable.", NamedStance.AGAINST),
    ("Se descarta un cuadro compatible con neumonía.", NamedStance.AGAINST),
    ("Pleural effusion is characterized by a meniscus.", NamedStance.GENERAL),
    ("A mass is present.", NamedStance.AFFIRMED),
    ("Unlikely to be anything other than a mass.", NamedStance.AFFIRMED),
    ("This is not unlikely.", NamedStance.AFFIRMED),
])
def test_sentence_stance(sentence: str, stance: NamedStance) -> None:
    assert sentence_stance(sentence) is stance


# To a question asking for the one that does NOT hold, or the least likely, the option judged against is the answer.
@pytest.mark.parametrize("text, question, letter", [
    ("Cardiomegaly and the effusion are obvious. A pneumothorax is not seen.",
     "Which of these findings is NOT present on the radiograph?", "B"),
    ("Pneumothorax is the least likely.", "Which is the least likely finding?", "B"),
])
def test_asked_against_keeps_the_option_judged_against(text: str, question: str, letter: str) -> None:
    assert _extract(text, question=question)[0] == letter


def test_option_review_then_bold_answer_with_a_general_advice_after_it() -> None:
    text = ("- **Pneumothorax** – would need a pleural line, which is absent.\n- **Pleural effusion** – meniscus and "
            "blunted angle. Every feature matches.\n\n### Answer\n**Pleural effusion.** Drainage is generally "
            "recommended when large.")
    assert _extract(text)[0] == "A"


def test_a_stain_used_to_assess_is_no_finding_gone() -> None:
    options = {"A": "Hematoxylin and eosin", "B": "Periodic acid–Schiff", "C": "Masson trichrome"}
    text = ("The collagen fibers are stained blue while the hepatocyte cytoplasm is red, which is characteristic of "
            "Masson's trichrome stain used to assess fibrosis.")
    assert _extract(text, options, "What stain is used in this liver biopsy image?")[0] == "C"


BRAIN = {"A": "Normal pressure hydrocephalus", "B": "Cerebral atrophy", "C": "Obstructive hydrocephalus",
         "D": "Left middle cerebral artery infarct", "E": "Acute infarct"}
DX = "What is the most likely diagnosis?"


# Initials, abbreviations, aliases and other words: the same stance, whatever names the option.
@pytest.mark.parametrize("text, letter", [
    ("Left MCA — doubtful.", None),  # option_initials on the base
    ("NPH is very unlikely.", None),
    ("NPH typically presents with gait disturbance, dementia and incontinence.", None),
    ("Normal pressure hydrocephalus usually presents in older adults.", None),  # option_text on the base
    ("Atrophy is incorrect; NPH is correct.", None),  # option_concept "B" on the base: the rejected clause's option
    ("Cerebral atrophy is unlikely given the disproportion.", None),
    ("Acute infarct: cannot be confirmed on CT this early.", None),
    ("Findings are classic for NPH.", "A"),
    ("The ventricles are enlarged out of proportion to the sulci. NPH.", "A"),
    ("Atrophy seems improbable. NPH fits best.", "A"),
    ("I think it is normal pressure hydrocephalus — no doubt.", "A"),
    ("The ventricles are large. Obstructive hydrocephalus seems improbable because the fourth ventricle is normal. "
     "So NPH.", "A"),
    ("The answer is NPH, which typically presents with the triad.", "A"),
])
def test_other_names_share_the_stance(text: str, letter: str | None) -> None:
    assert _extract(text, BRAIN, DX)[0] == letter


@pytest.mark.parametrize("text, letter", [
    ("Pneumothorax is incorrect; pleural effusion is correct.", "A"),
    ("A mass is unlikely; this is pneumonia.", "F"),
])
def test_the_clause_judged_against_leaves_the_affirmed_one(text: str, letter: str) -> None:
    assert _extract(text)[0] == letter


# Review of lane judged52: a judgement that goes on to name the next item of a differential is that item's; a foreign
# rejection closed by a comma, or followed by a clause with its own verb, does not reach the next name; a definition
# frame that described this case and concludes on the name, or points to this case, is no general statement.
@pytest.mark.parametrize(("text", "options", "question", "expected"), [
    ("I'd choose pneumothorax, doubtful for effusion.", CHEST, Q, None),  # (base: ambiguous; never pleural effusion)
    ("The image is characterized by a sharp visceral pleural line with no lung markings beyond it, consistent with "
     "pneumothorax.", CHEST, Q, "B"),
    ("Pneumothorax is characterized by a visceral pleural line, which is clearly seen in this image.", CHEST, Q, "B"),
    ("Se descarta neumotórax, y el hallazgo es un derrame pleural.",
     {"A": "Derrame pleural", "B": "Neumotórax", "C": "Cardiomegalia", "D": "Masa"}, "¿Cuál es el hallazgo?", "A"),
    ("Ein Pneumothorax ist unwahrscheinlich, es liegt ein Pleuraerguss vor.",
     {"A": "Pleuraerguss", "B": "Pneumothorax", "C": "Kardiomegalie", "D": "Raumforderung"}, "Welcher Befund?", "A"),
    ("Escluso lo pneumotorace, la diagnosi è versamento pleurico.",
     {"A": "Versamento pleurico", "B": "Pneumotorace", "C": "Cardiomegalia", "D": "Massa"}, "Quale reperto?", "A"),
    ("Pneumotórax improvável, portanto derrame pleural.",
     {"A": "Derrame pleural", "B": "Pneumotórax", "C": "Cardiomegalia", "D": "Massa"}, "Qual achado?", "A"),
    ("Pneumothorax, unlikely.", CHEST, Q, None),
    ("Pneumothorax, a remote possibility.", CHEST, Q, None),
    ("Se descartan neumotórax, cardiomegalia y masa.",
     {"A": "Derrame pleural", "B": "Neumotórax", "C": "Cardiomegalia", "D": "Masa"}, "¿Cuál es el hallazgo?", None),
])
def test_review_judged52(text: str, options: dict[str, str], question: str, expected: str | None) -> None:
    assert _extract(text, options, question)[0] == expected
