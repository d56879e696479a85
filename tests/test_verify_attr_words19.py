"""The grade, change and side words that name no thing when a chain step is aligned with a report sentence are the
scanner's one-word attribute phrases (``Lexicon.attr_words``, session 19): verify/aligned's ``_NOT_THING`` retyped
some ("mild", "worse", "bilateral") and lacked others ("massive", "complete", "minimal", "progressive"), so "The
sigmoid shows a massive, circumferential ..." split at its comma into a clause of two "things" (sigmoid, massive)
and its grade was never compared with the report's. Sentences of our own."""

import pytest

from medstep.verify import verify
from medstep.verify.lexicon import Lexicon

_SIGMOID = "CT abdomen. Mild, segmental thickening of the sigmoid wall with adjacent fat stranding. No free air."
_KNEE = "Knee radiograph. A small suprapatellar effusion. Mild narrowing of the medial joint space with marginal osteophytes."


def _verdicts(chain: str, report: str) -> list[str]:
    return [s.verdict.value for s in verify(chain, report=report).steps]


@pytest.mark.parametrize("chain,report", [
    ("The sigmoid shows a massive, circumferential wall thickening with fat stranding.", _SIGMOID),
    ("The medial compartment shows a complete, bone-on-bone joint space narrowing with osteophytes.", _KNEE),
])
def test_a_grade_before_a_comma_is_compared_with_the_report(chain, report):
    assert _verdicts(chain, report) == ["contradicted"]


@pytest.mark.parametrize("chain,report", [
    ("The sigmoid shows a mild, segmental wall thickening with fat stranding.", _SIGMOID),
    ("The medial compartment shows a mild, early joint space narrowing with osteophytes.", _KNEE),
])
def test_the_faithful_grade_stays_supported(chain, report):
    assert _verdicts(chain, report) == ["supported"]


def test_the_attribute_words_are_the_lexicons_one_word_grades_changes_and_sides():
    words = Lexicon.load().attr_words
    assert {"mild", "massive", "complete", "worsening", "progressive", "bilateral", "left"} <= words
    assert not {"effusion", "consolidation", "lobe", "upper"} & words  # things and places are no grade
