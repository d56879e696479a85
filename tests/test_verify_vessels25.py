"""A vessel's branch or layer word between its side and its name (answers/sites.VESSEL_MODIFIERS, one list for the
side check and the device places): "right deep femoral vein" is sided on the femoral vein, "left internal carotid
artery" is a carotid artery. Sentences are our own."""

from __future__ import annotations

import pytest

from medstep.answers.sites import VESSEL_MODIFIERS
from medstep.verify import Verdict, verify


def _rules(chain: str, report: str) -> set[str]:
    return {v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict is Verdict.CONTRADICTED}


_CLOT = "Venous duplex of both legs. The left deep femoral vein is distended and filled with echogenic thrombus."


def test_the_list_holds_each_branch_word_once() -> None:
    assert len(set(VESSEL_MODIFIERS)) == len(VESSEL_MODIFIERS)
    assert {"common", "deep", "superficial", "internal", "external"} <= set(VESSEL_MODIFIERS)


def test_a_side_before_deep_belongs_to_the_vein() -> None:
    assert "aligned-side-conflict" in _rules("The right deep femoral vein is distended and filled with thrombus.", _CLOT)
    assert "aligned-side-conflict" not in _rules("The left deep femoral vein is distended and filled with thrombus.",
                                                 _CLOT)
    # the report names the vein without its layer word: the side is still the femoral vein's
    plain = "Venous duplex of both legs. The left femoral vein is distended and filled with echogenic thrombus."
    assert "aligned-side-conflict" in _rules("The right deep femoral vein is distended and filled with thrombus.", plain)


_LINE = ("Chest radiograph after line insertion. A left internal jugular central venous catheter has its tip in the "
         "superior vena cava.")


@pytest.mark.parametrize("wrong", [
    "The left internal jugular line was placed in the left internal carotid artery.",
    "The central line enters the left external carotid artery.",
])
def test_a_venous_line_in_a_named_carotid_branch_is_a_position_conflict(wrong: str) -> None:
    assert "position-conflict" in _rules(wrong, _LINE)
