"""A fracture's form is a property of the fracture, not another finding (issue #8, vlay20): "a spiral / oblique /
transverse / buckle / greenstick fracture" is a fracture (it was a bone fragment, so a terse "#" or a plain "fracture"
recalled nothing of the report and a buckle fracture read as a loose fragment), and its pattern is a descriptor: a
chain turning a transverse fracture into a spiral one is contradicted. "The fragments" / "the two pieces" name the
fracture before them, so a displacement said of them is the fracture's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, Verdict, extract_findings, verify

PRESENT = Polarity.PRESENT


def concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity is PRESENT}


@pytest.mark.parametrize("text", [
    "Buckle fracture of the distal radial metaphysis.",
    "There is a torus fracture at the distal radius in this 6-year-old.",
    "Greenstick fracture of the mid forearm bones.",
    "A long spiral fracture runs down the tibial shaft.",
    "Short oblique fracture of the fifth metacarpal neck.",
    "Transverse fracture through the patella.",
])
def test_a_fracture_form_is_a_fracture_not_a_fragment(text: str) -> None:
    found = concepts(text)
    assert "bone_fragment" not in found
    assert any(c == "fracture" or c.endswith("fracture") for c in found)


@pytest.mark.parametrize("report, chain", [
    ("Lower leg radiographs. Spiral fracture of the distal third of the tibial shaft. The fibula is intact.",
     "Distal tibial shaft #. Fibula intact."),
    ("Wrist radiographs of a 7-year-old. Buckle fracture of the distal radial metaphysis. No dislocation.",
     "Distal radius fracture, no dislocation."),
])
def test_a_terse_fracture_recalls_a_report_fracture_of_any_form(report: str, chain: str) -> None:
    v = verify(chain, report=report)
    recalled = {f.concept for u in v.reference_units if u.recalled for f in u.findings}
    assert "fracture" in recalled
    assert all(s.verdict is not Verdict.CONTRADICTED for s in v.steps)


PATTERN_REPORT = "Forearm radiographs. Transverse fracture of the mid ulnar shaft, undisplaced. The radius is intact."


@pytest.mark.parametrize("chain, wrong", [
    ("There is a spiral fracture of the mid ulnar shaft.", True),
    ("The ulna has a long oblique fracture through its middle third.", True),
    ("The ulna is broken straight across in the middle, and the radius is intact.", False),
    ("Mid ulnar shaft: transverse #, undisplaced.", False),
])
def test_a_changed_fracture_pattern_is_contradicted(chain: str, wrong: bool) -> None:
    steps = verify(chain, report=PATTERN_REPORT).steps
    assert any(s.verdict is Verdict.CONTRADICTED for s in steps) is wrong


@pytest.mark.parametrize("chain, wrong", [
    ("Transverse fracture of the mid ulnar shaft. The fragments are displaced by 6 mm.", True),
    ("Transverse ulnar shaft fracture. The two pieces have shifted apart.", True),
    ("Transverse ulnar shaft fracture. The fracture fragments are not displaced.", False),
    ("The ulna is broken across its middle. The two pieces have not shifted.", False),
])
def test_a_displacement_said_of_the_fragments_is_the_fractures(chain: str, wrong: bool) -> None:
    steps = verify(chain, report=PATTERN_REPORT).steps
    assert any(s.verdict is Verdict.CONTRADICTED for s in steps) is wrong


def test_a_bounded_step_off_is_no_displacement() -> None:
    # "less than 1 mm of step-off" beside "undisplaced" does not make the report give both values
    report = "Scaphoid views. Undisplaced fracture of the scaphoid waist with less than 1 mm of step-off."
    chain = "Scaphoid waist fracture. The fragments are displaced by 3 mm."
    assert any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


@pytest.mark.parametrize("text", [
    "Oblique views of the left wrist show a fracture of the scaphoid.",
    "The transverse process of L2 is fractured on the left.",
])
def test_a_pattern_word_of_a_view_or_a_bone_part_is_no_pattern(text: str) -> None:
    report = "Radiographs. Spiral fracture of the scaphoid. Left L2 transverse process fracture."
    assert all(s.verdict is not Verdict.CONTRADICTED for s in verify(text, report=report).steps)
