"""A kind weighed and found against: "Against reactivation TB: ...", "argues against a thyroglossal duct cyst"
(verify/label_denials.py; issue #8, session 54 lane faithful54).

Faithful chains that exclude the distractors one by one write "Against <kind> <finding>:" and the reasons after the
colon. The words before the finding name the kind set aside, exactly as after "not" or "rather than"
(``label_denials``): "against reactivation TB" does not deny the report's primary tuberculosis. A bare "Against TB:"
names no kind and still denies tuberculosis. Sentences of our own, shaped on the dev tier-3 chains that were
contradicted (b48-v091, b53-v131).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.label_denials import set_aside_words
from medstep.verify.scan import lower_text
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> list[str]:
    return [fv.finding.concept for s in verify(chain, report=report).steps for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


@pytest.mark.parametrize("text, word, trigger, expected", [
    ("Against reactivation TB: the upper zones are clear.", "TB", "against", {"reactivation"}),
    ("The lateral site argues against a thyroglossal duct cyst.", "cyst", "argues against", {"duct", "thyroglossal"}),
    # no kind named, or a frame that is no identity denial: as before
    ("Against TB: no cavitation.", "TB", "against", set()),
    ("The smooth margin argues against malignancy.", "malignancy", "argues against", set()),
    ("Against this being a right-sided effusion: the meniscus is on the left.", "effusion", "against", set()),
])
def test_set_aside_words_after_against(text: str, word: str, trigger: str, expected: set[str]) -> None:
    assert set_aside_words(lower_text(text), text.rindex(word), trigger) == tuple(sorted(expected))


@pytest.mark.parametrize("chain, report", [
    ("Against reactivation TB: the upper zones are clear, with no cavitation or apical fibrosis.",
     "In the context of household contact, the appearances are most consistent with primary pulmonary tuberculosis."),
    ("Against thyroglossal duct cyst (C): lateral, separate from the hyoid and off the midline.",
     "A 4 cm left lateral neck cystic lesion anterior to the sternocleidomastoid, displacing the carotid sheath."),
])
def test_a_kind_found_against_leaves_the_reports_finding_standing(chain: str, report: str) -> None:
    assert _contradicted(chain, report) == []


@pytest.mark.parametrize("chain, report, concept", [
    # no kind named: still a denial of the finding
    ("Against TB: no cavitation.", "Primary pulmonary tuberculosis with right hilar nodes.", "tuberculosis"),
    # the kind set aside is the report's own: still contradicted
    ("Against reactivation TB: the upper zones are clear.", "Reactivation tuberculosis with right apical cavitation.",
     "tuberculosis"),
    # review repair: the kind set aside said by another word of it ("post-primary" is reactivation)
    ("Against reactivation TB: no apical changes.", "Post-primary tuberculosis with right apical cavitation.",
     "tuberculosis"),
])
def test_a_finding_found_against_is_still_contradicted(chain: str, report: str, concept: str) -> None:
    assert concept in _contradicted(chain, report)
