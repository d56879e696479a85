"""The evidence readings ``AttributeChecks`` reads only when a chain needs them (issue #12, session 50).

Why: a new report's readings were all read for every chain, though three checks find nothing in most chains whatever
the evidence: the side of a one-sided structure (a step with no "left" or "right"), the larger side of a two-sided
finding (a step with no cue of one) and a change since a study the report never compares with (a step claiming no
change). ``attributes._Readings`` reads each of those only when a chain first needs it. Each gate is tested here both
ways (a fourth, the evidence's changes, when no step may state a change: ``change_gate``): a chain that must fire still fires (the reading is made when asked), and a chain the gate skips gets the
verdicts it got when everything was read (the reading left unread).
"""

from __future__ import annotations

import pytest

from medstep.verify import Verifier, default_verifier
from medstep.verify.change_gate import may_state_change
from medstep.verify.dominance import cues_dominance
from medstep.verify.organ_sides import names_a_side
from medstep.verify.verdicts import Verdict

# (fresh wording: no corpus item's)
_SITUS = "Mirror-image arrangement: the liver lies on the left and the stomach bubble on the right. Lungs clear."
_MORE_RIGHT = "Bilateral pleural effusions, the right one larger than the left. No pneumothorax."
_GREW = "Right pleural effusion, increased since the previous film. Heart size normal."
_NO_OLD = "Frontal chest radiograph. Patchy right basal opacity. Heart size normal."


def _rules(v: Verifier, chain: str, report: str) -> list[str]:
    return [fv.rule for s in v.verify(chain, report=report).steps for fv in s.verdicts]


def test_gates_read_what_their_checks_read() -> None:
    assert names_a_side("The LEFT hemidiaphragm is raised.") and names_a_side("Right-sided liver.")
    assert not names_a_side("The heart is not enlarged.") and not names_a_side("")
    assert cues_dominance("effusions on both sides, l>r") and cues_dominance("bigger in the left than the right")
    assert not cues_dominance("the heart is normal in size")
    scanner = default_verifier().extractor.scanner
    for text in ("It is unchanged.", "The effusion has become smaller.", "Smaller than before.", "3 cm, previously 5 cm.",
                 "It  has grown", "The heart is enlarged."):  # (a change phrase, "than", a digit, a run of blanks)
        assert may_state_change(scanner, text), text
    for text in ("There is a right pleural effusion.", "Lungs clear; no pneumothorax.", ""):
        assert not may_state_change(scanner, text), text


@pytest.mark.parametrize("chain, rule, fires", [
    ("The liver sits in the right upper quadrant as usual.", "organ-side-conflict", True),
    ("The liver outline is smooth.", "organ-side-conflict", False),  # no side word: the check and its reading skipped
    ("Pleural fluid on both sides, larger on the left.", "dominance-conflict", True),
    ("Pleural fluid on both sides, larger on the right.", "dominance-conflict", False),
    ("Pleural fluid on both sides.", "dominance-conflict", False),  # no cue: skipped
    ("The right basal opacity has improved since the last film.", "change-without-prior", True),
    ("There is a right basal opacity.", "change-without-prior", False),  # no change claimed: skipped
    ("The right effusion has decreased since the prior study.", "change-conflict", True),
    ("There is a right pleural effusion. It is smaller than before.", "change-conflict", True),  # a pronoun's change
    ("Right effusion, 3 cm, previously 5 cm.", "change-conflict", True),  # told by two measurements
    ("The right pleural effusion has become smaller.", "change-conflict", True),
    ("There is a right pleural effusion.", "change-conflict", False),  # no change stated: skipped
])
def test_a_chain_that_must_fire_still_fires(chain: str, rule: str, fires: bool) -> None:
    report = {"organ-side-conflict": _SITUS, "dominance-conflict": _MORE_RIGHT, "change-without-prior": _NO_OLD,
              "change-conflict": _GREW}[rule]
    assert (rule in _rules(Verifier(), chain, report)) is fires


def test_a_reading_skipped_by_one_chain_is_read_for_the_next_on_the_report() -> None:
    """The first chain on a report needs none of the three readings; the next chains on it need each, and their
    verdicts are those of a verifier that met them first (the memo holds a reading once made, never a wrong one)."""
    quiet = "The stomach bubble is seen. There is fluid in the pleural spaces. The right effusion is present."
    chains = [("The stomach bubble is on the left.", _SITUS), ("Bilateral effusions, L>R.", _MORE_RIGHT),
              ("The opacity has worsened since the prior study.", _NO_OLD),
              ("The right effusion is smaller than on the last film.", _GREW)]
    warm = Verifier()
    for _chain, report in chains:
        warm.verify(quiet, report=report)  # (its readings made with the three left unread)
    for chain, report in chains:
        fresh = Verifier().verify(chain, report=report)
        again = warm.verify(chain, report=report)
        assert again.to_json() == fresh.to_json()
        assert any(s.verdict is Verdict.CONTRADICTED for s in again.steps)
