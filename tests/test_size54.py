"""Session 54 (issue #8, lane location54): a chain's wrong size met the report's size of the same thing uncompared.

* a clause that names its thing in one word ("defect 24 x 21 mm") shares too few words with any report sentence to
  be aligned by them; the thing its measurement measures (``aligned_sizes.measured_head``) names it, and the report's
  one value for that thing is compared (``aligned_heads.same_head``); a report measuring two things of that head, or
  introducing another one unmeasured ("a second small defect"), gives none;
* a sentence that places a thing and measures it ("1.5 cm above the bifurcation, measuring 6.5 x 5.8 cm") gives the
  thing its measurement of several dimensions, the distance left to distances (``aligned_said._sized``); a single
  number beside a distance is no size of it ("5.2 cm from the spine, against 4.1 cm");
* a velocity ("PSV 310 cm/s") is no size of an unnamed thing (``sizes.is_rate``, ``aligned_said``; a named finding
  keeps it, compared with the same finding's velocity), and a number right after "above" is a lower bound ("a
  diameter above 6 mm is abnormal") (``sizes.size_attr``).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.aligned_said import read_sentence
from medstep.verify.sizes import BOUND_OPEN, is_rate, size_attr
from medstep.verify.verifier import Verifier
from medstep.verify.verdicts import Verdict

_ORBIT = ("FINDINGS: There is a depressed fracture of the anteromedial left orbital floor with a hinged trapdoor "
          "fragment. The bony defect measures 14 x 11 mm. Orbital fat herniates through the defect.")
_TWO_DEFECTS = ("FINDINGS: There is a depressed fracture of the left orbital floor. The medial defect measures 14 mm. "
                "The lateral defect measures 6 mm.")
_SAC = ("FINDINGS: Anterior to the right common femoral artery, about 1.5 cm above the femoral bifurcation, there is an "
        "anechoic sac measuring 3.1 x 2.6 cm. Colour Doppler shows swirling flow within the sac.")
_AORTA = ("FINDINGS: At the T7 level, the lateral margin of the descending aorta projects 5.2 cm lateral to the left "
          "border of the thoracic spine, compared with 4.1 cm on the prior study.")
_CONTUSION = ("FINDINGS: There are haemorrhagic contusions of both inferior frontal lobes. The largest lies in the right "
              "inferior frontal lobe and measures 2.8 x 2.1 cm.")


def _rules(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.rule for s in v.steps if s.verdict is Verdict.CONTRADICTED for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


@pytest.mark.parametrize("chain, report", [
    ("Step 1: Fracture of the left orbital floor with a trapdoor fragment; defect 24 x 21 mm.", _ORBIT),
    ("Step 1: Anechoic sac anterior to the right CFA, 1.5 cm above the bifurcation, measuring about 6.5 x 5.8 cm, "
     "with swirling flow.", _SAC),
    ("Step 1: Bilateral frontal contusions, the largest in the right frontal lobe, about 5.5 x 4 cm.", _CONTUSION),
])
def test_a_wrong_size_of_the_same_thing_is_contradicted(chain: str, report: str) -> None:
    assert _rules(chain, report) == ["aligned-size-conflict"]


@pytest.mark.parametrize("chain, report", [
    ("Step 1: Fracture of the left orbital floor with a trapdoor fragment; defect 14 x 11 mm.", _ORBIT),
    ("Step 1: Fracture of the left orbital floor with a trapdoor fragment; defect 15 x 11 mm.", _ORBIT),  # rounding
    ("Step 1: Fracture of the left orbital floor; defect 24 mm.", _TWO_DEFECTS),  # two defects: no one value
    ("Step 2: Second defect, 4 mm.", _ORBIT[:-1] + " A second small defect is seen in the medial wall."),  # another one
    ("Step 1: Anechoic sac anterior to the right CFA, 1.5 cm above the bifurcation, measuring about 3.1 x 2.6 cm, "
     "with swirling flow.", _SAC),
    ("Step 1: At T7 the aortic edge now sits 5.2 cm from the left side of the spine, against 4.1 cm before.", _AORTA),
    ("Step 1: Bilateral frontal contusions, the largest in the right frontal lobe, about 2.8 x 2.1 cm.", _CONTUSION),
    # review: a span of sizes is no one value ("typical necks are 2-10 mm")
    ("Step 1: Typical defects are 10-30 mm; this one is 14 mm.", _ORBIT),
    # review: a report sentence naming another thing of the head beside a size it reads as no one value (the
    # pancreatic duct's 6 mm beside a 2.6 cm mass) leaves the bile duct's 12 mm not the only duct's
    ("Step 1: Pancreatic duct 6 mm.", "FINDINGS: A 2.6 cm hypoenhancing mass in the pancreatic head with upstream "
     "dilatation of the pancreatic duct to 6 mm. The common bile duct measures 12 mm."),
])
def test_a_faithful_size_or_no_one_value_is_not_contradicted(chain: str, report: str) -> None:
    assert _rules(chain, report) == []


def test_a_velocity_is_no_size_of_an_unnamed_thing() -> None:
    low = "doppler at the stenosis: psv 310 cm/s, edv 115 cm per second."
    assert is_rate(low, low.index("cm/s"), "cm") and is_rate(low, low.index("cm per"), "cm")
    plain = "a plaque 23 mm long."
    assert not is_rate(plain, plain.index("mm"), "mm")
    assert "size" not in read_sentence(Verifier().extractor.scanner, "PSV 310 cm/s at the origin.").values
    assert read_sentence(Verifier().extractor.scanner, "The plaque is 23 mm long.").values["size"][0] == "23"


def test_a_faithful_velocity_beside_an_earlier_one_is_not_contradicted() -> None:
    report = ("FINDINGS: Severe stenosis at the origin of the left internal carotid artery. The left ICA velocities have "
              "increased since the study 18 months ago (PSV 170 cm/s).")
    assert _rules("Step 1: Doppler at the stenosis: PSV 310 cm/s with colour aliasing.", report) == []


def test_a_number_after_above_is_a_lower_bound() -> None:
    low = "a diameter above 6 mm in a non-compressible appendix is abnormal."
    assert size_attr(low, low.index("mm"), "mm") == (("size", BOUND_OPEN), ("size_min", "6"))
    # after the number, "above" places a thing: a distance, as before
    tip = "the tip lies 2 cm above the carina."
    assert ("size", "20") in size_attr(tip, tip.index("cm"), "cm")
    # "over" spans an extent: still a size
    extent = "the clear zone is lost over 4 cm."
    assert size_attr(extent, extent.index("cm"), "cm") == (("size", "40"),)


_GROWN = ("CT chest compared with CT of 8 months ago. The 9 mm nodule in the right upper lobe was also present on the "
          "prior CT, where it measured 6 mm, and has grown. IMPRESSION: Growing right upper lobe nodule.")
_PREV = ("CT abdomen compared with 2022. A hypodense lesion in segment 7 of the liver measures 24 mm, previously 18 mm. "
         "No other focal liver lesion.")
_DATED_DEFECT = ("CT orbit compared with the scan of 2 weeks ago. The bony defect measured 10 mm on the prior scan and "
                 "now measures 14 mm.")


@pytest.mark.parametrize("chain, report", [
    ("Step 1: The right upper lobe nodule, also seen on the prior CT, has grown from 6 to 9 mm.", _GROWN),
    ("Step 1: Nodule 9 mm, previously 6 mm.", _GROWN),
    ("Step 1: The nodule measured 6 mm on the prior CT.", _GROWN),
    ("Step 1: Lesion has grown from 18 to 24 mm.", _PREV),
    ("Step 1: Lesion was 18 mm in 2022.", _PREV),
    ("Step 1: Defect has grown from 10 to 14 mm.", _DATED_DEFECT),
    ("Step 1: Defect measured 10 mm previously.", _DATED_DEFECT),
])
def test_a_value_of_an_earlier_time_is_never_compared_as_now(chain: str, report: str) -> None:
    """``aligned_heads.same_head``: a chain clause or a report sentence naming an earlier time or a change compares
    nothing by the head alone (review of lane location54)."""
    assert _rules(chain, report) == []

