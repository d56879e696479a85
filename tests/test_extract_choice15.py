"""Choice answers, session 15 (issue #7): lower-case letters named by a keyword, an answer repeated by a generation
loop, an option line saying "this is the one", a per-option list whose first line is no lead answer, and an output
cut while it sets one option against another. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPTIONS = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Ewing sarcoma"}


def _read(text: str) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="c15", question="What is the most likely diagnosis?", answer="A",
                               answer_type=AnswerType.CHOICE, options=OPTIONS))
    return got.answer, got.status


@pytest.mark.parametrize(("text", "letter"), [
    ("i'd go with option c", "C"),
    ("going with choice b, the abscess.", "B"),
    ("my pick: option d", "D"),
    ("option a is correct", "A"),
])
def test_a_lower_case_letter_after_an_option_keyword_is_read(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["answer a question first", "(b) the cortex is thick; (c) no nidus"])
def test_a_lower_case_letter_without_a_keyword_or_before_a_word_is_no_option(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(("text", "letter"), [
    ("C\nC\nC\nC\nC", "C"),
    ("Answer: B\nAnswer: B\nAnswer: B", "B"),
    ("Ewing sarcoma\nEwing sarcoma\n\nEwing sarcoma", "D"),
])
def test_one_line_repeated_by_a_loop_is_that_line(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["B\nC\nB", "The cortex is thick. The cortex is thick. The cortex is thick."])
def test_differing_lines_or_a_looping_sentence_are_no_answer(text: str) -> None:
    assert _read(text)[0] is None


def test_an_option_line_saying_this_is_the_one_is_chosen() -> None:
    text = ("- A (Osteoid osteoma) — no; the nidus is absent.\n- B (Brodie abscess) — yes, this is the one: a "
            "serpentine tract reaches the physis.\n- C (Stress fracture) — no.\n- D (Ewing sarcoma) — no.")
    assert _read(text) == ("B", Status.SCORED)


@pytest.mark.parametrize("text", [
    "- A (Osteoid osteoma) — this is the one that fits least.\n- B (Brodie abscess) — possible.\n"
    "- C (Stress fracture) — possible.\n- D (Ewing sarcoma) — possible.",
    "- A (Osteoid osteoma) — possible.\n- B (Brodie abscess) — possible.\n- C (Stress fracture) — possible.",
])
def test_a_per_option_list_opening_with_a_is_no_lead_answer(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize("text", [
    "## Analysis\n1. **Findings**: a lucent nidus.\n2. **Differential**:\n   - Osteoid osteoma vs",
    "It is an osteoid osteoma or",
])
def test_an_output_cut_after_one_option_of_a_comparison_is_truncated(text: str) -> None:
    assert _read(text) == (None, Status.TRUNCATED)


@pytest.mark.parametrize("text", [
    "Options ruled out:\n- A (Osteoid osteoma): excluded, no nidus\n- C (Stress fracture): excluded\n- D (Ewing "
    "sarcoma): excluded\n\nThe only remaining option, brodie abscess, matches: a tract reaches the physis.",
    "Osteoid osteoma (A) is unlikely. Brodie abscess is the only option left, and it fits the tract.",
    "Not A, not C, not D. The one option still standing is Brodie abscess.",
])
def test_the_option_an_elimination_leaves_is_chosen(text: str) -> None:
    assert _read(text) == ("B", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Osteoid osteoma (A) is unlikely. The only remaining option, Brodie abscess, would not explain it either.",
    "Osteoid osteoma (A) is unlikely. Brodie abscess is the only option left, but it does not fit the periosteum.",
    "Osteoid osteoma (A) is unlikely. The only remaining option, Brodie abscess, might fit.",
])
def test_a_left_over_option_doubted_in_its_sentence_is_not_chosen(text: str) -> None:
    assert _read(text)[0] is None


def test_the_last_option_listed_is_not_the_one_left_over() -> None:
    assert _read("The last option, Ewing sarcoma, is the least likely. B.") == ("B", Status.SCORED)


def test_a_table_ticking_one_option_row_is_read() -> None:
    text = ("| Option | Diagnosis | Fit |\n|---|---|---|\n| A | Osteoid osteoma | ❌ no nidus |\n"
            "| B | Brodie abscess | ✅ best fit |\n| C | Stress fracture | ❌ |\n| D | Ewing sarcoma | ❌ |")
    assert _read(text) == ("B", Status.SCORED)


def test_a_table_whose_letter_and_text_disagree_is_no_answer() -> None:
    text = ("| Option | Diagnosis | Fit |\n|---|---|---|\n| A | Brodie abscess | ❌ |\n"
            "| B | Stress fracture | ✅ |\n| C | Ewing sarcoma | ❌ |\n| D | Osteoid osteoma | ❌ |")
    assert _read(text)[0] is None


@pytest.mark.parametrize(("text", "letter"), [("정답은 C입니다.", "C"), ("答えは B です。", "B"), ("正解：D", "D")])
def test_a_korean_or_japanese_answer_word_before_a_letter_is_read(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["정답은 C가 아닙니다.", "答えは C ではありません。"])
def test_a_korean_or_japanese_letter_denied_is_no_answer(text: str) -> None:
    assert _read(text)[0] is None


CHAMBERS = {"A": "Left atrium", "B": "Left ventricle", "C": "Right atrium", "D": "Right ventricle"}


def _chamber(text: str) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="c15", question="Which chamber is abnormal?", answer="A",
                               answer_type=AnswerType.CHOICE, options=CHAMBERS))
    return got.answer, got.status


@pytest.mark.parametrize("text", ["The left ventricle is abnormal. The answer is D.", "Left ventricle left ventricle. A",
                                  "There is a dilated right atrium.\nAnswer: (B)"])
def test_one_option_stated_and_another_given_by_letter_is_ambiguous(text: str) -> None:
    assert _chamber(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "letter"), [
    ("The left ventricle is normal. The answer is D.", "D"),
    ("The left ventricle would look different. Answer: D", "D"),
    ("D. The left ventricle would be the main mimic.", "D"),
    ("The right ventricle is dilated. Answer: D", "D"),
])
def test_a_statement_judging_against_or_agreeing_leaves_the_letter(text: str, letter: str) -> None:
    assert _chamber(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", [
    "The answer is C. No wait, there is a small nidus. Hmm, maybe it's a stress fracture after all.",
    "Answer: B. Wait no — the periosteum is also lifted. Ewing sarcoma? Hmm.",
    "The answer is C. Wait, actually I'm not sure.",
])
def test_an_answer_reopened_by_a_revision_that_ends_in_doubt_is_ambiguous(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text", [
    "Answer: B. Wait, let me double-check: could it be D? No, so B.",
    "B. Wait, is that right? Yes — the tract is clear. B.",
])
def test_an_answer_reopened_and_settled_again_stands(text: str) -> None:
    assert _read(text) == ("B", Status.SCORED)


@pytest.mark.parametrize("text", ["C.\n\nHmm, let me reconsider that. A tract reaches the physis. I'll correct my answer "
                                  "to B.", "A. Actually no — I'm updating my answer to B."])
def test_an_answer_corrected_to_another_letter_is_the_correction(text: str) -> None:
    assert _read(text) == ("B", Status.SCORED)


@pytest.mark.parametrize("text", ["Could be a stress fracture. Alternatively a Brodie abscess.",
                                  "Likely a Brodie abscess, alternatively an osteoid osteoma.",
                                  "Ewing sarcoma is possible; alternatively, a Brodie abscess."])
def test_an_option_offered_as_an_alternative_is_ambiguous(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


def test_an_alternative_set_aside_leaves_the_answer() -> None:
    assert _read("Brodie abscess. The alternative diagnosis of Ewing sarcoma is excluded.") == ("B", Status.SCORED)


@pytest.mark.parametrize(("text", "letter"), [("These signs fit, so statement C is correct.", "C"),
                                              ("Statement B is true.", "B"),
                                              ("I would assign Ewing sarcoma. However, a radiologist should confirm "
                                               "the categorisation.", "D")])
def test_a_statement_letter_or_an_assigned_option_is_read(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["Statement B is false.", "I would not assign Ewing sarcoma."])
def test_a_statement_called_false_or_an_option_not_assigned_is_no_answer(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize("text", [
    "**Brodie abscess** (option B).\n\nA serpentine tract reaches the physis. Osteoid osteoma would show a nidus; "
    "Ewing sarcoma is permeative.",
    "Brodie abscess (B)\n\nA serpentine tract reaches the physis; a stress fracture would show a band.",
])
def test_a_first_line_of_an_option_and_its_letter_leads(text: str) -> None:
    assert _read(text) == ("B", Status.SCORED)


def test_first_lines_of_several_options_and_their_letters_lead_nothing() -> None:
    text = "Brodie abscess (B)\nEwing sarcoma (D)\n\nA serpentine tract reaches the physis; the cortex is intact."
    assert _read(text)[0] is None


# ("Answer: A\nCorrection: B" reads B since session 16: "Correction:" is an answer label, test_extract_choice16)
@pytest.mark.parametrize("text", ["Final answer: A\nWait, no, B.", "A\nActually B"])
def test_a_revision_on_the_next_line_withdraws_the_first_letter(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


def test_a_revision_cue_then_a_denied_other_letter_keeps_the_answer() -> None:
    assert _read("Answer: B. Actually no, C is not it.") == ("B", Status.SCORED)


@pytest.mark.parametrize("text", ["It is a Brodie abscess or maybe a stress fracture.", "Ewing sarcoma, or perhaps an "
                                  "osteoid osteoma."])
def test_an_or_maybe_alternative_is_ambiguous(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


def test_options_whose_text_is_a_letter_are_not_read_from_an_article() -> None:
    got = extract("The image is a close up of a slide.", Sample(id="c15", question="Which one?", answer="A",
                                                              answer_type=AnswerType.CHOICE,
                                                              options={"A": "A", "B": "B", "C": "C", "D": "D"}))
    assert got.answer is None


def test_per_option_headings_each_set_aside_give_no_answer() -> None:
    text = ("### Option A: Osteoid osteoma\nThis would show a nidus; not seen.\n### Option B: Brodie abscess\nThis would "
            "show a tract; not seen.\n### Option C: Stress fracture\nThis would show a band; not seen.\n### Option D: "
            "Ewing sarcoma\nThis would show a permeative pattern; not seen.")
    assert _read(text)[0] is None
