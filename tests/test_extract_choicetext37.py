"""A choice letter committed to in an unusual place (issue #7, session 37).

Shapes from retired blind 36 written afresh: a letter named as the pick after "which is why" ("..., which is why D is
my pick."), the writer's choice verb whose letter is followed by "here" ("I'd go with A here.", where "A" is no
article: no noun can be "here"), and a habitual choice set against this case's ("I'd normally say A here, but ...,
I'll go with B.": the habit is a hedge, the later choice stands; a habit applied to this case is the choice). The near misses must stay unread: the letter rejected after "why", a
choice denied, two letters held open, and the article "A" before a noun.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.closing_verdicts import read_closing_verdicts
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample

POLYP = {
    "A": "Tubular adenoma",
    "B": "Hyperplastic polyp",
    "C": "Invasive adenocarcinoma",
    "D": "Sessile serrated lesion",
}
SKIN = {"A": "Basal cell carcinoma", "B": "Squamous cell carcinoma", "C": "Melanoma", "D": "Sebaceous adenoma"}
CXR = {
    "A": "Right lower lobe pneumonia",
    "B": "Right pleural effusion",
    "C": "Right middle lobe collapse",
    "D": "Normal chest",
}


def _read(options: dict[str, str], text: str) -> tuple[str | None, str]:
    got = extract(
        text,
        Sample(
            id="ct37",
            question="What is the most likely diagnosis?",
            answer="A",
            answer_type=AnswerType.CHOICE,
            options=options,
        ),
    )
    return got.answer, got.status.value


READ = [
    (
        POLYP,
        "Serration reaches the crypt base with boot-shaped crypts along the muscularis mucosae. Hyperplastic "
        "polyps keep their serrations in the upper half of the crypt. The basal architecture decides it, which "
        "is why D is my pick.",
        "D",
    ),
    (
        POLYP,
        "The crypts are dilated at the base and run sideways; that's why C is unlikely and why D is the answer.",
        "D",
    ),
    (
        SKIN,
        "Basaloid nests with peripheral palisading and retraction clefts. I'd go with A here. Squamous cell "
        "carcinoma would show keratin pearls, which aren't evident.",
        "A",
    ),
    (CXR, "I'd normally say A here, but with no air bronchograms and a meniscus, I'll go with B.", "B"),
    (CXR, "I'd usually pick A, but with a meniscus I'll go with B.", "B"),
    (CXR, "In general I'd pick A, but with a meniscus I'll go with B.", "B"),  # a habit of several words
    # the habit applied to this case: no turn, or the same letter after it, leaves the choice as it was read
    (CXR, "I usually choose B for this pattern, and here too B fits.", "B"),
    (CXR, "Normally I'd pick C for a volume loss like this, and this case is no different: C.", "C"),
    (CXR, "I usually choose B for this pattern. Here too B fits.", "B"),
    # "A here" is read as the article where no choice verb of the writer's stands before it
    (CXR, "There is a small effusion. A here, a subtle bone bruise; the effusion is on the right (B).", "B"),
]


@pytest.mark.parametrize(("options", "text", "want"), READ)
def test_the_committed_letter_is_read(options: dict[str, str], text: str, want: str) -> None:
    assert _read(options, text) == (want, "scored")


NOT_READ = [
    (
        POLYP,
        "Serration reaches the crypt base, which is why D is unlikely to be missed by the pathologist; I cannot "
        "separate B from D on this field.",
    ),
    (POLYP, "I don't see why D is my pick here; B and D both remain possible."),
    (SKIN, "I wouldn't go with A here, and C is not supported either; B or D remain."),
    (SKIN, "A here and C there: two different lesions, and I cannot say which is the biopsied one."),
    (SKIN, "The typical mistake is to go with A here."),  # someone's choice, not the writer's
]


@pytest.mark.parametrize(("options", "text"), NOT_READ)
def test_a_rejected_or_open_letter_is_not_read(options: dict[str, str], text: str) -> None:
    assert _read(options, text)[0] is None


def test_the_article_a_before_a_noun_is_still_the_article() -> None:
    # "A here" is the letter; "A basaloid tumour" is the article: option A is not named
    assert _read(SKIN, "A basaloid tumour is present; squamous cell carcinoma (B) is the diagnosis.")[0] == "B"


def test_the_closing_here_test_is_linear_on_hostile_input() -> None:
    import time

    from medstep.extract.articles import is_article

    hostile = "A" + " here" * 4000 + " x"  # 20k characters of "here" never closed by punctuation
    began = time.perf_counter()
    assert is_article(hostile, 1) is True  # "A here here ...": no clause closes after the first "here"
    assert time.perf_counter() - began < 0.5


def test_the_habit_and_here_tests_are_linear_on_hostile_input() -> None:
    import time

    hostile = "I'd normally say A here, but " * 700 + "I usually choose B, and here too B fits. " * 100  # 24k chars
    began = time.perf_counter()
    _read(CXR, hostile)
    assert time.perf_counter() - began < 5.0


TIBIA = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Ewing sarcoma"}
TIBIA_Q = "Radiograph of the tibia of a child with chronic pain. What is the lesion?"


def _read_tibia(text: str) -> str | None:
    return extract(
        text, Sample(id="ct37t", question=TIBIA_Q, answer="A", answer_type=AnswerType.CHOICE, options=TIBIA)
    ).answer


def test_a_spaced_possessive_of_a_tokenised_caption_names_the_option() -> None:
    # a tokenised caption writes "brodie 's abscess" for "Brodie's abscess"
    caption = (
        "radiograph of the tibia showing a well - defined lytic lesion with a sclerotic rim and a tract "
        "extending toward the physis , consistent with a brodie 's abscess ."
    )
    assert _read_tibia(caption) == "B"


@pytest.mark.parametrize(
    "text",
    [
        "well - defined lytic lesion with a sclerotic rim , not a brodie 's abscess .",
        "lytic lesion with a sclerotic rim : brodie 's abscess or osteoid osteoma .",
    ],
)
def test_a_spaced_possessive_denied_or_held_open_is_not_read(text: str) -> None:
    assert _read_tibia(text) is None


def test_the_spaced_possessive_is_linear_on_hostile_input() -> None:
    import time

    hostile = ("brodie " + "' " * 50) * 200  # 20k characters of heads and quote runs that never reach "abscess"
    began = time.perf_counter()
    _read_tibia(hostile)
    assert time.perf_counter() - began < 5.0


SKIN_Q = "What is the most likely diagnosis for this pigmented skin lesion?"
PIGMENTED = {"A": "Basal cell carcinoma", "B": "Melanoma", "C": "Seborrheic keratosis", "D": "Dermatofibroma"}
VERDICTS = (
    "Going through the options on dermoscopy:\n\n"
    "* **A. Basal cell carcinoma** – Unlikely. No arborizing vessels or blue-grey ovoid nests.\n"
    "* **B. Melanoma** – Consistent. Asymmetry, irregular borders and a blue-white veil.\n"
    "* **C. Seborrheic keratosis** – No. No milia-like cysts or comedo-like openings.\n"
    "* **D. Dermatofibroma** – No. No central white scar-like patch.\n\n"
)


def _read_pigmented(text: str) -> str | None:
    return extract(
        text, Sample(id="ct37v", question=SKIN_Q, answer="A", answer_type=AnswerType.CHOICE, options=PIGMENTED)
    ).answer


def test_per_option_verdicts_closed_by_the_endorsed_options_management_are_read() -> None:
    assert _read_pigmented(VERDICTS + "Given these features, excise it as a suspected melanoma.") == "B"


@pytest.mark.parametrize(
    "closing",
    [
        "Given these features, excise it as a suspected seborrheic keratosis.",  # names an option judged against
        "Given these features, melanoma or basal cell carcinoma should be excised.",  # two options
        "Overall, this is not a melanoma.",  # the closing denies the option judged for
        "I am unsure whether this is melanoma.",  # held open
    ],
)
def test_a_closing_that_disagrees_with_the_verdicts_is_not_read(closing: str) -> None:
    # the per-option reader itself; (the last-resort option_words reader may still read a closing sentence naming one
    # option on its own: that is its shape, unchanged here)
    assert read_closing_verdicts(VERDICTS + closing, option_index(PIGMENTED)) is None


def test_two_options_judged_for_are_not_read_even_with_a_closing() -> None:
    both = VERDICTS.replace("**C. Seborrheic keratosis** – No.", "**C. Seborrheic keratosis** – Consistent.")
    closing = "Given these features, excise it as a suspected melanoma."
    assert read_closing_verdicts(both + closing, option_index(PIGMENTED)) is None


def test_the_closing_agrees_with_the_verdicts_in_the_reader_itself() -> None:
    closing = "Given these features, excise it as a suspected melanoma."
    assert read_closing_verdicts(VERDICTS + closing, option_index(PIGMENTED)) == "B"
    assert read_closing_verdicts(VERDICTS + "Overall I cannot commit.", option_index(PIGMENTED)) is None


@pytest.mark.parametrize(
    "closing",
    [
        "However, a dermatofibroma can occasionally mimic this pattern.",
        "Dermatofibroma is the most common of these in young adults.",
        "The seborrheic keratosis is the commonest pigmented lesion overall.",
    ],
)
def test_a_general_statement_about_a_rejected_option_after_the_verdicts_is_not_read(closing: str) -> None:
    # main read the rejected option from the closing sentence alone (option_words / option_text)
    assert _read_pigmented(VERDICTS + closing) is None


def test_a_closing_that_revises_the_verdicts_is_still_read() -> None:
    revised = "On reflection, the lesion is more in keeping with seborrheic keratosis."
    assert _read_pigmented(VERDICTS + revised) == "C"


def test_the_rejected_closing_tests_are_linear_on_hostile_input() -> None:
    import time

    hostile = VERDICTS + "However, " * 2500 + "a dermatofibroma."  # 22k characters of leads before the option
    began = time.perf_counter()
    _read_pigmented(hostile)
    assert time.perf_counter() - began < 5.0


HIP = {
    "A": "Perthes disease",
    "B": "Slipped capital femoral epiphysis",
    "C": "Septic arthritis",
    "D": "Transient synovitis",
}
HIP_TEXT = "Widened physis and Klein line not intersecting the epiphysis.\n\n"


def _read_hip(text: str) -> str | None:
    return extract(
        text,
        Sample(id="ct37h", question="What is the diagnosis?", answer="A", answer_type=AnswerType.CHOICE, options=HIP),
    ).answer


def test_a_general_statement_denied_of_this_case_after_a_comma_is_not_read() -> None:
    # main read D by option_words: ", but not here" withholds the statement from this case (decision_clauses.RETRACTED)
    assert (
        _read_hip(HIP_TEXT + "Transient synovitis is the most common cause of hip pain in children, but not here.")
        is None
    )
    assert _read_hip(HIP_TEXT + "This is a slipped capital femoral epiphysis.") == "B"


def test_the_retraction_test_is_linear_on_hostile_input() -> None:
    import time

    hostile = HIP_TEXT + "Transient synovitis," + " " * 20000 + "but not here."
    began = time.perf_counter()
    _read_hip(hostile)
    assert time.perf_counter() - began < 5.0


def test_a_pick_after_why_reads_by_the_decision_reader() -> None:
    # formerly read by closing_choice (tests/test_extract_choice34.py); the letter judged after "why" is a decision
    liver = {
        "A": "Focal nodular hyperplasia",
        "B": "Hemangioma",
        "C": "Hepatic adenoma",
        "D": "Hepatocellular carcinoma",
    }
    got = extract(
        "Everything here — cirrhosis, APHE, washout — is why D is my pick. FNH (A) would not wash out.",
        Sample(
            id="ct37l",
            question="What is the most likely diagnosis?",
            answer="A",
            answer_type=AnswerType.CHOICE,
            options=liver,
        ),
    )
    assert (got.answer, got.rule) == ("D", "letter_judgement")


BIRADS = {"A": "BI-RADS 1", "B": "BI-RADS 2", "C": "BI-RADS 3", "D": "BI-RADS 4", "E": "BI-RADS 5"}
BIRADS_Q = "Diagnostic mammogram of a palpable lump. What is the appropriate BI-RADS assessment?"
MASS = (
    "An irregular high-density mass with spiculated margins and fine pleomorphic calcifications in a segmental "
    "distribution, with skin retraction. Each feature alone would be suspicious; together they are highly "
    "suggestive of malignancy. "
)


def _read_birads(text: str) -> str | None:
    return extract(
        text, Sample(id="ct37b", question=BIRADS_Q, answer="A", answer_type=AnswerType.CHOICE, options=BIRADS)
    ).answer


def test_a_closing_statement_with_advice_after_it_is_read() -> None:
    closing = "I wouldn't downgrade this to a 4 — the combination meets the threshold for BI-RADS 5, and a biopsy should be obtained."
    assert _read_birads(MASS + closing) == "E"


@pytest.mark.parametrize(
    "closing",
    [
        "It could be BI-RADS 4 or BI-RADS 5, and a biopsy should be obtained.",  # two options held open
        "The combination is not BI-RADS 5, and a biopsy should be obtained.",  # the option denied
    ],
)
def test_advice_after_an_open_or_denied_option_reads_nothing(closing: str) -> None:
    assert _read_birads(MASS + closing) is None


def test_the_advice_tail_is_linear_on_hostile_input() -> None:
    import time

    from medstep.extract.trailing import _ADVICE_TAIL

    hostile = ", and a" + " word" * 4000 + " should be"  # 20k characters: many words, never "obtained"
    began = time.perf_counter()
    assert _ADVICE_TAIL.search(hostile) is None
    assert _ADVICE_TAIL.search((", x y z" * 3000) + " should be done.") is not None
    assert time.perf_counter() - began < 0.5
