"""Sides named relative to another side: "contralateral", "ipsilateral" (issue #8, verify10).

Why: "the mediastinum is shifted to the ipsilateral side" beside a left pneumothorax read no side, so a chain
that moved the shift towards the pneumothorax scored as its faithful original; "the trachea is pushed to the
contralateral side" after a right upper zone opacity and an elevated horizontal fissure (always right) likewise.
"""

import pytest

from medstep.verify import Verdict, verify

PTX = "Large left pneumothorax with mediastinal shift to the right."
RUL = "Right upper lobe collapse. The trachea is pulled to the right."


@pytest.mark.parametrize("report, chain, ok", [
    (PTX, "There is a large left pneumothorax. The mediastinum is shifted to the contralateral side.", True),
    (PTX, "There is a large left pneumothorax. The mediastinum is shifted to the ipsilateral side.", False),
    (RUL, "Dense opacity in the right upper zone. The horizontal fissure is elevated. The trachea is pulled to the "
          "ipsilateral side.", True),
    (RUL, "Dense opacity in the right upper zone. The horizontal fissure is elevated. The trachea is pushed to the "
          "contralateral side.", False),
])
def test_a_relative_side_is_read_from_the_side_named_before(report: str, chain: str, ok: bool) -> None:
    v = verify(chain, report=report)
    assert (v.steps[-1].verdict is Verdict.CONTRADICTED) is not ok


def test_a_relative_side_with_no_side_before_it_sides_nothing() -> None:
    v = verify("The mediastinum is shifted to the contralateral side.", report=PTX)
    assert {f.laterality for f in v.findings if f.concept == "tracheal_deviation"} == {None}


def test_a_terse_letter_side_and_a_participle_phrase_give_the_relative_side() -> None:
    report = "Large left pleural effusion with mediastinal shift to the right. Right lung clear."
    assert verify("Large L effusion. Mediastinum shifted to the ipsilateral side.", report=report).has_contradiction
    assert not verify("Large L effusion. Mediastinum shifted to the contralateral side.", report=report).has_contradiction
    # "pushing the mediastinum" opens a statement of its own: it takes no side from the effusion before it
    assert not verify("There is a large left pleural effusion pushing the mediastinum towards the opposite side.",
                      report=report).has_contradiction
