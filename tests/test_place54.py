"""Session 54 (issue #8, lane location54): a place said in a clause of one thing word, compared with the place the
report gives the same noun (``aligned_heads.placing_noun``).

A step that lists a thing's features between commas ("Left adrenal nodule, lateral limb, 22 x 18 mm") names its place
in a clause sharing one word with the report, too few to align it with a sentence; the place's noun names the thing,
and the report's one place for that noun is compared when the chain sentence holding the clause shares two thing words
with the sentence giving it, on the same side. A report placing the noun two ways, a chain sentence about another thing
or the other side compares nothing.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

_ADRENAL = ("FINDINGS: There is a well-defined, round, homogeneous nodule arising from the medial limb of the left "
            "adrenal gland measuring 22 x 18 mm. The right adrenal gland is normal.")
_TWO_LIMBS = ("FINDINGS: There is a nodule arising from the medial limb of the left adrenal gland. The lateral limb of "
              "the left adrenal gland is thickened.")
_ASC = ("CT thoracic aorta. The ascending aorta is dilated, measuring 47 mm. The descending thoracic aorta is of normal "
        "calibre at 26 mm.")
_DESC = ("CT thoracic aorta. The descending thoracic aorta is aneurysmal, measuring 58 mm. The ascending aorta is "
         "normal in calibre.")
_FISTULA = ("FINDINGS: A fistula tract arises from an internal opening at the 6 o'clock position (posterior midline) at "
            "the level of the dentate line in the mid anal canal.")


def _rules(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.rule for s in v.steps if s.verdict is Verdict.CONTRADICTED for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


@pytest.mark.parametrize("chain, report", [
    ("Step 1: Left adrenal nodule, lateral limb, 22 x 18 mm; well defined, round, homogeneous.", _ADRENAL),
    ("Step 1: The internal opening is at 12 o'clock (anterior midline) at the dentate line in the mid anal canal.",
     _FISTULA),
])
def test_a_place_of_the_same_noun_the_report_gives_otherwise_is_contradicted(chain: str, report: str) -> None:
    assert "aligned-place-conflict" in _rules(chain, report)


@pytest.mark.parametrize("chain, report", [
    ("Step 1: Left adrenal nodule, medial limb, 22 x 18 mm; well defined, round, homogeneous.", _ADRENAL),
    ("Step 1: Right adrenal gland normal, lateral limb thin and smooth.", _ADRENAL),  # the other side
    ("Step 1: Left adrenal nodule, lateral limb, 22 x 18 mm; well defined.", _TWO_LIMBS),  # the report names both
    ("Step 1: Old fracture, lateral limb, healed.", _ADRENAL),  # another thing: one shared word
    ("Step 1: The internal opening is at 6 o'clock (posterior midline) at the dentate line.", _FISTULA),
    # the noun is the head of its phrase ("aorta"), never a modifier of it ("thoracic": ``headed_places``)
    ("Step 1: There is dilatation of the ascending thoracic aorta (47 mm).", _ASC),
    ("Step 1: Descending thoracic aortic aneurysm (58 mm).", _DESC),
    ("Step 1: Ascending thoracic aorta, normal calibre.", _DESC),
])
def test_a_faithful_place_or_another_thing_is_not_contradicted(chain: str, report: str) -> None:
    assert _rules(chain, report) == []
