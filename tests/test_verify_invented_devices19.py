"""Devices a chain invents, and device tips moved to another part of the bowel (issue #8, vopt19).

Why: a full report names the hardware a study shows, so a device it never mentions, stated present in a chain
("the fracture has been pinned with K-wires", "gold markers sit in the gland"), is as false as an invented
finding and is charged like one (``count_errors``); before, a device was never counted, and a chain adding
screws or a pacemaker to a faithful account scored like the faithful chain. The device words below had no
concept at all, so the invention was not even read. Sentences are our own.
"""

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Verdict, verify


def _radr(chain: str, report: str) -> float:
    score = ReasoningScore.from_verification(verify(chain, report=report)).radrscore
    assert score is not None
    return score


@pytest.mark.parametrize("report,faithful,invented", [
    ("Radiographs of the wrist. Displaced fracture of the distal radial metaphysis with dorsal tilt.",
     "The distal radius is fractured through the metaphysis and tilted dorsally.",
     "The distal radius is fractured through the metaphysis and tilted dorsally; two K-wires hold the fragments."),
    ("Elbow radiographs. Undisplaced supracondylar fracture of the humerus. Joint effusion.",
     "There is an undisplaced supracondylar humeral fracture with an elbow joint effusion.",
     "There is an undisplaced supracondylar humeral fracture with an elbow joint effusion, fixed with crossed "
     "Kirschner wires."),
    ("MRI of the prostate. A 9 mm lesion in the right transition zone. The seminal vesicles are normal.",
     "A 9 mm lesion lies in the right transition zone and the seminal vesicles are normal.",
     "A 9 mm lesion lies in the right transition zone and the seminal vesicles are normal; three gold fiducial "
     "markers are seen in the gland."),
    ("Pelvic radiograph. Intertrochanteric fracture of the right femur.",
     "The right femur has an intertrochanteric fracture.",
     "The right femur has an intertrochanteric fracture treated with a dynamic hip screw."),
    ("Transvaginal ultrasound. The endometrium measures 6 mm. Both ovaries are normal.",
     "The endometrium is 6 mm thick and both ovaries look normal.",
     "The endometrium is 6 mm thick with an IUD in the cavity, and both ovaries look normal."),
    ("Chest radiograph. Mild cardiomegaly. No pleural effusion.",
     "The heart is mildly enlarged and there is no pleural effusion.",
     "The heart is mildly enlarged, a dual-chamber pacemaker is in place and there is no pleural effusion."),
])
def test_a_device_the_report_never_names_costs_like_an_invented_finding(report: str, faithful: str,
                                                                          invented: str) -> None:
    v = verify(invented, report=report)
    assert v.errors[0] == 1  # the first unnamed claim counts as a detected error, as for a finding
    assert _radr(invented, report) < _radr(faithful, report) / 2


def test_a_device_the_report_names_in_other_words_is_no_invention() -> None:
    report = "Ankle radiographs after internal fixation of a distal fibular fracture with a lateral plate and " \
             "screws. The mortise is congruent."
    v = verify("The fibular fracture has been fixed with a plate and several screws and the mortise is congruent.",
               report=report)
    assert v.errors == (0, 0)
    v = verify("K-wires transfix the fracture.", report="Two Kirschner wires transfix the fracture.")
    assert v.steps[0].verdict is Verdict.SUPPORTED


def test_lay_device_words_beside_a_report_naming_a_device_are_not_counted() -> None:
    # the report names a tracheostomy; "the breathing tube in the neck" is that tube in lay words
    report = "Chest radiograph. A tracheostomy tube is in place. Right lower lobe consolidation."
    v = verify("The breathing tube in the neck is in place and the right lower lung is consolidated.", report=report)
    assert v.errors == (0, 0)


def test_generic_drain_words_are_no_invented_device() -> None:
    report = "Renal ultrasound. Moderate right hydronephrosis with a 6 mm calculus at the pelviureteric junction."
    v = verify("A 6 mm stone sits where the right kidney drains into the ureter, with moderate hydronephrosis.",
               report=report)
    assert v.errors == (0, 0)


def test_air_filled_breathing_tubes_are_air_bronchograms() -> None:
    v = verify("Through the white patch you can see dark air-filled breathing tubes.",
               report="Left lower lobe consolidation with air bronchograms.")
    assert "endotracheal_tube" not in {f.concept for f in v.findings}
    assert "air_bronchogram" in {f.concept for f in v.findings}


@pytest.mark.parametrize("report_tip,chain_tip", [
    ("The nasojejunal tube tip lies in the proximal jejunum.", "The nasojejunal tube ends in the gastric antrum."),
    ("The feeding tube tip is in the third part of the duodenum.", "The feeding tube tip is in the stomach."),
    ("The tip of the feeding tube lies beyond the duodenojejunal flexure.", "The feeding tube tip lies in the gastric fundus."),
])
def test_a_feeding_tube_tip_moved_to_another_bowel_part_contradicts(report_tip: str, chain_tip: str) -> None:
    v = verify(chain_tip, report=f"Abdominal radiograph. {report_tip} No bowel obstruction.")
    assert v.steps[0].verdict is Verdict.CONTRADICTED


def test_a_feeding_tube_tip_in_the_same_bowel_part_is_supported() -> None:
    v = verify("The nasojejunal tube ends in the jejunum.",
               report="Abdominal radiograph. The nasojejunal tube tip lies in the proximal jejunum.")
    assert v.steps[0].verdict is Verdict.SUPPORTED
