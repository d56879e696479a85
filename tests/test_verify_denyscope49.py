"""Lane denyscope49 (issue #8): false contradictions of faithful chains from a denial's scope.

A denial reaching past its phrase (the landmark a denied thing would lie beside, an item marked as the only thing
there) and a denial at another place (another level, another part of
an organ's axis) must not contradict a finding the report states; the same denial at the same or an unnamed place
still must.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.attr_conflicts import places_apart
from medstep.verify.findings import Finding, Polarity
from medstep.verify.scope_passes import placed_at, spared


def _verdict(report: str, step: str) -> str:
    v = verify(step, report=report)
    return "contradicted" if any(s.verdict.value == "contradicted" for s in v.steps) else v.steps[0].verdict.value


@pytest.mark.parametrize("report,step", [
    ("Undisplaced fracture of the left parietal bone. No extradural haematoma.",
     "There is no extradural blood beneath the fracture."),
    ("A 3 cm abscess in the right iliac fossa.", "There is no free gas adjacent to the abscess."),
    ("Comminuted fracture of the right calcaneus.", "No dislocation near the fracture."),
    ("Mild degenerative change of the left knee. No fracture.", "No fracture (degenerative change only)."),
    ("Scattered colonic diverticula. No mass.", "No colonic mass, diverticulosis alone."),
])
def test_a_denial_does_not_reach_past_its_phrase(report: str, step: str) -> None:
    assert _verdict(report, step) == "supported"


@pytest.mark.parametrize("report,step", [
    ("Wedge compression fracture of T11.", "No fracture at T9."),
    ("Acute infarct in the left occipital lobe.", "No infarct in the frontal lobe."),
    ("Consolidation in the right lower lobe.", "No consolidation in the right upper lobe."),
    ("Severe canal stenosis at C5-6.", "At C3-4 there is no stenosis."),
    ("Severe canal stenosis at C5-6.", "C3-4: no stenosis."),
])
def test_a_denial_at_another_place_does_not_contradict(report: str, step: str) -> None:
    assert _verdict(report, step) != "contradicted"


@pytest.mark.parametrize("report,step", [
    ("Non-displaced fracture of the right fifth rib.", "No pneumothorax or fracture."),
    ("Large right pleural effusion.", "No effusion beside the heart, and no effusion at all."),
    ("Small right effusion. Mild cardiomegaly.", "No pneumothorax, consolidation or effusion only."),
    ("Small right effusion.", "No consolidation and effusion is seen."),
    ("Small right effusion.", "No consolidation, effusion or collapse is identified."),
    ("Severe canal stenosis at C5-6.", "At C5-6 there is no stenosis."),
    ("Wedge compression fracture of T11.", "No fracture at T11."),
    ("Wedge compression fracture of T11.", "There is no vertebral fracture."),
    ("Acute infarct in the left occipital lobe.", "No infarct in the occipital lobe."),
    ("Small right apical pneumothorax.", "No pneumothorax."),
    ("No fracture of the left ribs.", "There is a left rib fracture."),
    ("Consolidation in the right lower lobe.", "No consolidation in the right lower lobe."),
    ("Small right pleural effusion.", "No consolidation, effusion. Frontal view only."),  # (review: the item ends)
    ("Anterior dislocation of the left shoulder.", "No fracture, dislocation. Single view only."),
    ("Disc protrusion at C5-6 compressing the C6 nerve root.", "No disc protrusion affecting the C6 nerve root."),
])
def test_real_contradictions_stay(report: str, step: str) -> None:
    assert _verdict(report, step) == "contradicted"


def test_place_words_come_from_the_landmarks() -> None:
    low = "no collection beneath the fracture"
    assert placed_at(low, low.index("fracture")) == low.index("beneath")
    assert placed_at("no effusion or fracture", len("no effusion or ")) == -1
    assert placed_at("no fluid against the fracture", len("no fluid against the ")) == -1  # (not a place)


def test_only_marks_one_item_as_the_exception() -> None:
    low = "no fracture (arthritis only)"
    b = low.index("arthritis")
    assert spared(low, 2, b, b + len("arthritis"), False)
    low = "no fracture, dislocation or arthritis only"
    b = low.index("dislocation")
    assert not spared(low, 2, b, b + len("dislocation"), False)  # (one denied list)


def _placed(location: str | None, polarity: Polarity) -> Finding:
    return Finding("stenosis", "stenosis", "finding", polarity, "stenosis", 0, 8, location=location)


def test_places_apart() -> None:
    absent, present = Polarity.ABSENT, Polarity.PRESENT
    assert places_apart(_placed("l3", absent), _placed("l5", present))  # (two levels two apart)
    assert not places_apart(_placed("c6", absent), _placed("c5", present))  # (C6 root against C5-6, kept as c5)
    assert not places_apart(_placed("l4", absent), _placed("l4", present))
    assert not places_apart(_placed(None, absent), _placed("l4", present))  # (a denial of no place reaches it)
    assert places_apart(_placed("frontal lobe", absent), _placed("occipital lobe", present))
    assert not places_apart(_placed("frontal lobe", absent), _placed("l4", present))  # (two axes)
