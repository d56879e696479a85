"""A finding the report denies, stated as fact in a chain: a fracture's reach into a joint, the tibial spines or the
growth plate, a tumour's spread through a capsule or into the seminal vesicles (issue #8, vopt19).

Why: these are the distractors of fracture and staging questions ("intra-articular or extra-articular?", "is there
extraprostatic extension?"), and none was a concept: "the fracture runs into the articular surface" against an
extra-articular fracture, or "there is extension beyond the capsule" against "no extraprostatic extension", scored as
the faithful chain. Each is now a finding, its normal word ("extra-articular", "organ-confined", "the seminal
vesicles are normal") its absence. Sentences are our own.
"""

import pytest

from medstep.verify import Verdict, verify


@pytest.mark.parametrize("report,wrong,right", [
    ("Wrist radiographs. Extra-articular fracture of the distal radius with dorsal tilt.",
     "The distal radial fracture extends into the radiocarpal joint.",
     "The distal radial fracture is extra-articular."),
    ("Wrist radiographs. A fracture of the distal radial metaphysis; the articular surface is spared.",
     "The fracture line reaches the articular surface.",
     "The articular surface is spared."),
    ("Knee CT. Split-depression fracture of the lateral tibial plateau, which does not extend to the tibial spines.",
     "The plateau fracture runs into the tibial eminence.",
     "The fracture does not reach the tibial spines."),
    ("MRI prostate. A 12 mm lesion in the left peripheral zone at the apex. No extraprostatic extension.",
     "The lesion extends beyond the capsule.",
     "The lesion is confined to the gland."),
    ("MRI prostate. An 18 mm lesion in the right peripheral zone. The seminal vesicles are unremarkable.",
     "The tumour invades the right seminal vesicle.",
     "There is no seminal vesicle invasion."),
    ("Forearm radiographs of a 10-year-old. A buckle fracture of the distal radial metaphysis; the physis is not "
     "involved.",
     "The fracture runs through the growth plate.",
     "The growth plate is not involved."),
])
def test_a_denied_extension_stated_as_fact_is_contradicted(report: str, wrong: str, right: str) -> None:
    assert verify(wrong, report=report).steps[0].verdict is Verdict.CONTRADICTED
    assert verify(right, report=report).steps[0].verdict is not Verdict.CONTRADICTED


def test_the_extension_words_read_as_their_finding_in_the_report_too() -> None:
    report = "Ankle radiographs. A trimalleolar fracture extending into the ankle joint."
    assert verify("The fracture is intra-articular.", report=report).steps[0].verdict is Verdict.SUPPORTED
    assert verify("The fracture is extra-articular.", report=report).steps[0].verdict is Verdict.CONTRADICTED
