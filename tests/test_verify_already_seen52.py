""""Already" before a word of seeing says an earlier study showed the finding (issue #8, session 52, lane habits52):
``verify/seen_before._ALREADY_SIGHTED``.

Why: "the mass was already visible then and has grown", "already partly present before the line and has increased
since", "already partly present on the day 1 film" name their earlier study with no earlier word ("then", "before",
"day 1"), so no sighting was read, and against a report that calls the finding new the chain scored as the faithful
one (retired blind 49, 50 err-change chains). "Already" supplies the earliness; a place after it does not.
"""

import pytest

from medstep.verify import Verdict, verify
from medstep.verify.seen_before import sighting_pieces

NEW_MASS = ("COMPARISON: Chest radiograph 8 months ago, reported as normal. FINDINGS: There is a 6.8 cm right "
            "posterior mediastinal mass. The mass was not present on the radiograph of 8 months ago. IMPRESSION: New "
            "right posterior mediastinal mass.")
NEW_OPACITY = ("COMPARISON: Postoperative day 1 chest radiograph. FINDINGS: There is new dense homogeneous opacification "
               "of the right middle lobe, which was well aerated on the day 1 radiograph. IMPRESSION: New right middle "
               "lobe opacification.")
GROWN_MASS = ("COMPARISON: Chest radiograph 8 months ago. There is a 6.8 cm right posterior mediastinal mass, "
              "enlarged from 4 cm on the radiograph of 8 months ago.")


def _rules(v) -> list[str]:
    return [fv.rule for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize("text", [
    "Comparing with 8 months ago, the mass was already visible then and has grown.",
    "Compared with 08:10 this right-sided density was already partly present before the line and has increased since.",
    "Right middle lobe: dense opacification, which was already partly present on the day 1 film and has increased.",
    "The nodule was already visible on the prior film.",
])
def test_already_sighted_is_an_earlier_sighting(text: str) -> None:
    assert sighting_pieces(text) != []


@pytest.mark.parametrize("text", [
    "The effusion is already present in the right lung base.",  # a place, not a study
    "The tube was already in place.",
    "The consolidation is present on the right.",
    "There is already a large effusion.",  # no word of seeing after "already"
    # the study of now, a view of it, or a bare study: seen early, not before (review of lane habits52)
    "The consolidation is already visible on this radiograph, only 6 hours after aspiration.",
    "The consolidation is already visible on today's film.",
    "The consolidation is already evident on the current radiograph.",
    "The fracture is already visible on these images.",
    "The effusion is already present on the frontal film.",
    "Even at this early stage the haemorrhage is already seen on CT.",
])
def test_already_without_an_earlier_study_is_no_sighting(text: str) -> None:
    assert sighting_pieces(text) == []


@pytest.mark.parametrize("chain, report", [
    ("There is a right posterior mediastinal mass. Comparing with 8 months ago, the mass was already visible then "
     "and has grown.", NEW_MASS),
    ("Right middle lobe: dense homogeneous opacification, which was already partly present on the day 1 film and has "
     "slowly increased.", NEW_OPACITY),
])
def test_already_seen_against_a_new_finding_is_contradicted(chain: str, report: str) -> None:
    v = verify(chain, report=report)
    assert "change-conflict" in _rules(v)


@pytest.mark.parametrize("chain, report", [
    # the report saw it before and it grew: "already visible and has grown" is faithful
    ("There is a right posterior mediastinal mass. Comparing with 8 months ago, the mass was already visible then "
     "and has grown.", GROWN_MASS),
    # the chain calls it new: no earlier sighting
    ("There is a new right posterior mediastinal mass; it was not visible 8 months ago.", NEW_MASS),
    # "already" of a place, against a new finding: no sighting read
    ("The opacification is already present in the right middle lobe.", NEW_OPACITY),
])
def test_near_misses_stay_unchanged(chain: str, report: str) -> None:
    v = verify(chain, report=report)
    assert "change-conflict" not in _rules(v)
