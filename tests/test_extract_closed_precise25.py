"""Yes/no false decisions and wrong parses fixed in session 25 (precise25), each shape with probes in new words.

A closing "Yes." after a lean of the other value ("..., so probably not. Yes.") gives both answers; so does an
opening "Mostly, yes — apart from X, the study is normal." whose statement reads as the other verdict. Near misses
keep their reading. Invented texts.
"""

from __future__ import annotations

import pytest

from support.readings import closed_pair
from medstep.types import Status


FRACTURE = "Is there a fracture?"
EFFUSION = "Is there a pleural effusion?"
MASS = "Is there a mass?"


@pytest.mark.parametrize("text, question", [
    ("There is a lucent line, but the cortex looks intact, so probably not. Yes.", FRACTURE),
    ("The cortex looks continuous, so likely not. Yes.", FRACTURE),
    ("Probably not. Yes.", FRACTURE),
    ("Most likely not. Yes.", FRACTURE),
    ("The trabeculae are continuous; I don't think so. Yes.", FRACTURE),
    ("Hard to be sure, probably not. Yes.", FRACTURE),
    ("There is a step in the cortex, so probably yes. No.", FRACTURE),
    ("The angle is blunted, likely yes. No.", EFFUSION),
    ("The angles are sharp, so probably not. Yes.", EFFUSION),
    ("A faint meniscus, most likely yes. No.", EFFUSION),
    ("The costophrenic recess is clear; I don't think so. Yes.", EFFUSION),
    ("Probably yes. No.", EFFUSION),
    ("The contour bulges, so probably yes. No.", MASS),
    ("The tissue looks homogeneous, so likely not. Yes.", MASS),
    ("Not that I can see. Yes.", MASS),
    ("I'd say not. Yes.", MASS),
    ("Probably no. Yes.", MASS),
    ("Likely no. Yes.", FRACTURE),
    ("Somewhat irregular, but probably not. Yes.", MASS),
    ("The fat planes are preserved, so most likely not. Yes.", MASS),
    ("Blunted angle, so probably yes. No.", EFFUSION),
])
def test_a_closing_verdict_against_a_stated_lean_is_ambiguous(text: str, question: str) -> None:
    assert closed_pair(text, question) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, question, want", [
    ("Probably not. No.", FRACTURE, "no"),
    ("The line is real, so probably yes. Yes.", FRACTURE, "yes"),
    ("Probably not. Actually, looking again, yes.", FRACTURE, "yes"),
    ("I don't think so. Wait, yes.", EFFUSION, "yes"),
    ("The angle is blunted. Yes.", EFFUSION, "yes"),
])
def test_a_closing_verdict_that_agrees_or_revises_is_read(text: str, question: str, want: str) -> None:
    assert closed_pair(text, question)[0] == want


NORMAL_STUDY = "Is this a normal chest radiograph?"
NORMAL_CT = "Is this CT normal?"


@pytest.mark.parametrize("text, question", [
    ("Mostly, yes — apart from a small calcified nodule in the right lower zone, the film is normal.", NORMAL_STUDY),
    ("Largely yes; apart from an old healed rib fracture, the radiograph is normal.", NORMAL_STUDY),
    ("Broadly, yes — other than a tiny granuloma, the chest is normal.", NORMAL_STUDY),
    ("Essentially yes: except for a small hiatus hernia, the study is normal.", NORMAL_STUDY),
    ("Overall, yes — apart from mild cardiomegaly, the film is unremarkable.", NORMAL_STUDY),
    ("Mostly yes; apart from a small left effusion the radiograph is normal.", NORMAL_STUDY),
    ("Basically, yes — apart from a calcified lymph node, the study is normal.", NORMAL_STUDY),
    ("In general, yes — aside from a small pneumothorax, everything is normal.", NORMAL_STUDY),
    ("Mostly, yes — apart from a small renal cyst, the scan is normal.", NORMAL_CT),
    ("Largely, yes; other than a small liver cyst, the CT is normal.", NORMAL_CT),
    ("Overall, yes — besides a tiny gallstone, the study is normal.", NORMAL_CT),
    ("Essentially, yes: apart from mild splenomegaly, the study is normal.", NORMAL_CT),
    ("Mostly, yes — apart from a small adrenal nodule, the scan is unremarkable.", NORMAL_CT),
    ("Broadly yes; apart from a small hepatic cyst, the study is normal.", NORMAL_CT),
    ("Largely yes — excepting a small calcified granuloma, the radiograph is normal.", NORMAL_STUDY),
    ("By and large, yes — apart from a small nodule, the film is normal.", NORMAL_STUDY),
    ("Mostly, yes — apart from a tiny apical scar, the radiograph is normal.", NORMAL_STUDY),
    ("Overall yes; other than a small hiatus hernia, the chest film is normal.", NORMAL_STUDY),
    ("Essentially yes — bar a healed clavicle fracture, the radiograph is normal.", NORMAL_STUDY),
    ("Mostly, yes — apart from a small hepatic haemangioma, the CT is normal.", NORMAL_CT),
])
def test_a_qualified_opening_verdict_against_the_finding_read_is_ambiguous(text: str, question: str) -> None:
    assert closed_pair(text, question)[0] != "no"


@pytest.mark.parametrize("text, question, want", [
    ("Mostly, yes.", NORMAL_STUDY, "yes"),
    ("Overall, yes. The study is normal.", NORMAL_STUDY, "yes"),
    ("Apart from a small calcified granuloma, the study is normal.", NORMAL_STUDY, "no"),
])
def test_a_qualified_opening_that_agrees_or_stands_alone_keeps_its_reading(text: str, question: str,
                                                                             want: str | None) -> None:
    assert closed_pair(text, question)[0] == want


@pytest.mark.parametrize("text, question", [
    ("Yes, probably not.", "Is there a fracture?"),
    ("Yes, likely not.", "Is there a pleural effusion?"),
    ("Yes — probably not.", "Is there a pneumothorax?"),
    ("Yes, most likely not.", "Is the spleen enlarged?"),
    ("Yes, I don't think so.", "Is there free air?"),
    ("Yes, not that I can see.", "Is there a mass?"),
    ("No, probably yes.", "Is there a fracture?"),
    ("No, likely yes.", "Is the heart enlarged?"),
    ("No — I think so.", "Is there an effusion?"),
    ("Yes, probably not, the cortex is intact.", "Is there a fracture?"),
    ("Yes. Probably not.", "Is there consolidation?"),
    ("Yes, definitely not.", "Is there a pneumothorax?"),
    ("No, most probably yes.", "Is there ascites?"),
    ("Yes, almost certainly not.", "Is there a dissection?"),
    ("Yes, I'd say not.", "Is the bowel dilated?"),
    ("No, I believe so.", "Is there a mass?"),
    ("Yes; probably not.", "Is there a fracture?"),
    ("Yes, likely no.", "Is there a stone?"),
    ("Yes, probably no.", "Is there hydronephrosis?"),
    ("No, certainly yes.", "Is there an effusion?"),
])
def test_an_opening_verdict_followed_by_a_lean_the_other_way_is_ambiguous(text: str, question: str) -> None:
    assert closed_pair(text, question)[0] is None


@pytest.mark.parametrize("text, want", [
    ("No, probably not.", "no"),
    ("Yes, probably.", "yes"),
    ("Yes, I think so.", "yes"),
    ("No, I don't think so.", "no"),
])
def test_an_opening_verdict_with_an_agreeing_lean_is_read(text: str, want: str) -> None:
    assert closed_pair(text, "Is there a fracture?")[0] == want


@pytest.mark.parametrize("text, question", [
    ("No displaced fracture.", "Is there a non-displaced fracture?"),
    ("There is no displaced fracture of the radius.", "Is there a non-displaced fracture?"),
    ("No displaced fracture is seen.", "Is there a nondisplaced fracture?"),
    ("Without displaced fragments.", "Is there a non-displaced fracture?"),
    ("No enhancing lesion.", "Is there a non-enhancing lesion?"),
    ("There is no enhancing mass.", "Is there a non-enhancing mass?"),
    ("No calcified nodule.", "Is there a non-calcified nodule?"),
    ("There is no calcified nodule in the right lung.", "Is there a non-calcified nodule?"),
    ("No obstructing stone.", "Is there a non-obstructing stone?"),
    ("There is no obstructing calculus.", "Is there a non obstructing calculus?"),
    ("No occlusive thrombus.", "Is there a non-occlusive thrombus?"),
    ("There is no occlusive clot in the vein.", "Is there a non-occlusive clot?"),
    ("No specific finding; no displaced fracture.", "Is there a non-displaced fracture?"),
    ("No shadowing stone.", "Is there a non-shadowing stone?"),
    ("There is no shadowing focus.", "Is there a non-shadowing focus?"),
    ("No aggressive lesion.", "Is there a non-aggressive lesion?"),
    ("No mobile debris.", "Is there non-mobile debris?"),
    ("There is no mobile echogenic focus.", "Is there a non-mobile echogenic focus?"),
    ("No dependent debris.", "Is there non-dependent debris?"),
    ("No compressible segment.", "Is there a non-compressible segment?"),
])
def test_a_denial_of_the_unprefixed_property_answers_nothing(text: str, question: str) -> None:
    assert closed_pair(text, question)[0] is None
