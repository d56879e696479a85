"""Invariants of ``extract`` over many generated outputs, and rule-name coverage."""

from __future__ import annotations

import random

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.choice_cases import FIELD_CASES, LAST_MENTION_CASES, OPTION_WORD_CASES, TALLY_CASES
from support.closed_cases import CLOSED_CASES
from support.extract_cases import CASES as _CASES
from support.extract_cases import CT_CLOSED, CXR_CHOICE, MRI_SIDE, OPEN_ORGAN

NO_ANSWER_RULES = {s.value for s in NO_ANSWER}

_FRAGMENTS = [
    "A", "B", "C", "D", "E", "(C)", "B)", "Option D", "yes", "No", "no pleural effusion", "Answer:",
    "The answer is", "Final answer:", "<think>", "</think>", "<answer>", "</answer>", "\\boxed{", "}",
    "Cardiomegaly", "pleural effusion", "or", "and", ",", ".", "\n", "A 52-year-old woman", "is correct",
    "I would choose", "So", "it's", "the liver", "left", "**", "is the best answer", "not", "either",
]
RULES = NO_ANSWER_RULES | {
    "answer_tag", "boxed", "final_answer_phrase", "letter_only", "option_text", "letter_final",
    "conclusion_phrase", "letter_lead", "yes_no_final", "yes_no_lead", "open_text", "letter_judgement",
    "linking_verb", "choice_verb", "conclusion_adverb", "lead_in_line", "option_verdicts", "implicit_yes_no",
    "implicit_finding", "option_concept", "option_heading", "option_words", "answer_word", "answer_field", "technique",
    "implicit_normality", "negated_question", "implicit_side", "option_initials", "option_number",
    "implicit_concept_zh", "implicit_size", "last_mention", "implicit_antonym", "option_sign", "option_normal",
    "option_measure", "closing_choice", "option_placed", "option_side", "open_place", "option_equivalent", "open_kind",
}

CASES = _CASES + CLOSED_CASES + LAST_MENTION_CASES + OPTION_WORD_CASES + FIELD_CASES + TALLY_CASES


def _random_outputs(n: int, seed: int = 1234) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_invariants_on_generated_outputs() -> None:
    outputs = _random_outputs(800)
    parsed = 0
    for text in outputs:
        for sample in (CXR_CHOICE, CT_CLOSED, MRI_SIDE, OPEN_ORGAN):
            got = extract(text, sample)
            assert (got.answer is None) == (got.rule in NO_ANSWER_RULES), text
            assert got.rule in RULES, (got.rule, text)
            if got.answer is None:
                continue
            parsed += 1
            if sample is CXR_CHOICE:
                assert got.answer in sample.options, text  # never a letter outside the options
            elif sample is CT_CLOSED:
                assert got.answer in ("yes", "no"), text
            else:
                assert got.answer == got.answer.strip().lower() and got.answer, text
    assert parsed > 250  # the generator exercises the parsing paths, not only refusals


def test_two_letter_claims_never_parse() -> None:
    for a, b in [("A", "B"), ("B", "D"), ("C", "A")]:
        for template in ("Answer: {a} or {b}", "<answer>{a}, {b}</answer>", "The correct answer is {a} and {b}.",
                         "\\boxed{{{a}/{b}}}", "The best option is either {a} or {b}."):
            got = extract(template.format(a=a, b=b), CXR_CHOICE)
            assert got.answer is None and got.rule == "ambiguous", template


def test_table_and_corpus_cover_every_rule() -> None:
    from support.corpus import CORPUS

    seen = {c.rule for c in CASES} | {extract(it.text, it.sample(), finish_reason=it.finish_reason).rule
                                      for it in CORPUS}
    assert seen == RULES


def test_reasoning_mentions_do_not_leak_into_answer() -> None:
    text = "<think>A is correct if there is a pleural line. There is none. C is the correct answer.</think>" \
           "<answer>C</answer>"
    got = extract(text, CXR_CHOICE)
    assert (got.answer, got.rule) == ("C", "answer_tag")
    assert got.reasoning.startswith("A is correct if")
