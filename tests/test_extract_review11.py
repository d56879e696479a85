"""Review of session 11 (review11): near-miss answers the session's new readers read wrong, one sentence per fix.

Invented texts, written for these tests. Each must read as a careful human would: the right verdict or letter, or
no reading at all (a guess is worse than no answer).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER, AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str) -> Sample:
    return Sample(id="rv11", question=question, answer="yes", answer_type=AnswerType.CLOSED)


def _choice(question: str, options: dict[str, str]) -> Sample:
    return Sample(id="rv11", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)


PTX = _closed("Is there a pneumothorax?")
FRACTURE = _closed("Is there a fracture?")
CYSTS = _choice("Which is the most likely diagnosis?", {"A": "Lymphangioleiomyomatosis",
                "B": "Langerhans cell histiocytosis", "C": "Emphysema", "D": "Sarcoidosis"})
ARTERY = _choice("Which artery is occluded?", {"A": "LAD", "B": "LCx", "C": "RCA", "D": "Left main"})
OPACITIES = _choice("Which opacities are present?", {"A": "Reticular opacities", "B": "Nodular opacities",
                    "C": "Both", "D": "Neither"})

CASES = [
    # extract/closing.py: a long description before the set-off verdict must name the asked term too
    Case("closing-other-finding-described", PTX, "Small effusion at the left base, yes; the lungs are otherwise "
         "clear.", None, "unparsed"),
    # ...but an intact cortex is the fracture's defining absence (extract/signs.tsv), so it answers "no"
    Case("closing-normal-described", FRACTURE, "Cortex is intact along the radius — yes, I'm confident it's "
         "normal.", "no", "implicit_sign"),
    # extract/aliases.py: an option's other name in a clause that points away from it, or calls its vessel patent
    Case("alias-points-away", CYSTS, "Features point away from LAM.", None, "unparsed"),
    Case("alias-vessel-patent", ARTERY, "The left anterior descending artery is patent.", None, "unparsed"),
    # extract/both.py: "both X and Y" weighed, not stated present, before one of them is stated
    Case("both-pair-weighed", OPACITIES, "Both reticular and nodular opacities were considered; reticular "
         "opacities are present.", None, "ambiguous"),
    # extract/mentions.py: the option "Both" is not named by a pair of organs (since session 16 "in both lungs" is no
    # hedge either, extract/refusal.py, so the reticular opacities stated are read)
    Case("both-organs-not-the-option", OPACITIES, "Reticular opacities in both lungs.", "A", "option_text"),
    Case("both-option-hedged", OPACITIES, "Both could be present.", None, "unparsed"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_review11_case(case: Case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_review11_ids_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)
