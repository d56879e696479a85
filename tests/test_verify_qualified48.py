"""A denial qualified by one alternative of a family (acute / old, arterial / venous, displaced / undisplaced, ...)
does not reach a finding the report says with another alternative (verify/qualified.py,
answers/qualifiers.DENIAL_APART; issue #8, lane denial48). Sentences of our own, not the corpus's: the probes of
/work/coord/probes_denial48.py."""

import pytest

from medstep.answers.qualifiers import DENIAL_APART, OPPOSED
from medstep.verify import verify
from medstep.verify.qualified import said_qualifiers
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> bool:
    return any(fv.verdict is Verdict.CONTRADICTED and fv.consistent is False
               for s in verify(chain, report=report).steps for fv in s.verdicts)


def test_the_families_take_opposed_kinds_not_its_sides_or_counts():
    words = {w for f in DENIAL_APART for g in f for w in g}
    assert {"acute", "healed", "old", "displaced", "undisplaced", "venous", "arterial", "subarachnoid"} <= words
    assert not {"left", "right", "upper", "lower", "multiple", "solitary"} & words
    assert all(f in OPPOSED for f in DENIAL_APART if any("displaced" in g for g in f))


def test_said_qualifiers_reads_the_denied_phrase_only():
    low = "no fracture or acute bleed."
    assert said_qualifiers(low, 3, 11, True) == frozenset()  # ("acute" qualifies the bleed)
    low = "no acute fracture or dislocation."
    assert said_qualifiers(low, 21, 32, True) == frozenset()  # (the list's joint ends the phrase)
    assert said_qualifiers(low, 9, 17, True) == {"acute"}
    low = "old healed left rib fractures."
    assert said_qualifiers(low, 16, 29, False) == {"old", "healed"}
    low = "a fracture of the radius, not acute."
    assert said_qualifiers(low, 2, 10, False) == frozenset()  # (a denial ends a present finding's words)
    low = "a fracture of the wrist in a 70 year old."
    assert said_qualifiers(low, 2, 10, False) == frozenset()  # (an age is no old finding)
    low = "so this is not non occlusive ischaemia."
    assert said_qualifiers(low, 29, 38, True) == {"nonocclusive"}


@pytest.mark.parametrize("report, chain", [
    ("Healed fractures of the right eighth and ninth ribs, unchanged. Lungs clear.", "I see no acute rib fracture."),
    ("Old united fracture of the left clavicle. No pneumothorax.", "There is no acute fracture."),
    ("Chronic subdural haematoma over the right convexity, 9 mm thick.", "No acute subdural haematoma is present."),
    ("Old lacunar infarct in the left thalamus. No haemorrhage.", "No acute infarct."),
    ("Remote infarct of the right occipital lobe with gliosis.", "There is no acute infarction."),
    ("Occlusive thrombus within the right popliteal artery.",
     "The veins compress fully, so there is no venous thrombosis."),
    ("Old healed fracture of the left fifth metacarpal.", "No fresh fracture."),
    ("Chronic calcific pancreatitis with a dilated duct.", "Features of acute pancreatitis are absent."),
    ("Longstanding healed fracture deformity of the right femoral shaft.", "We can exclude an acute fracture."),
    ("Subacute infarct in the left parietal lobe.", "There is no hyperacute infarct."),
    ("No acute fracture. No dislocation.", "Old healed fractures of the left ribs are seen."),
    ("Thrombus in the superior mesenteric vein.", "No arterial thrombus is seen."),
    # a normal statement implies absences said with its own qualifiers
    ("Old healed fractures of the left fifth and sixth ribs.", "No acute osseous abnormality."),
    ("Old infarct in the right occipital lobe.", "No acute intracranial abnormality."),
    ("Dilated loops of small bowel measuring up to 4 cm; small bowel obstruction.", "The colon is not dilated."),
    # a contrast denies the second alternative only ("an acute rather than chronic bleed": no chronic bleed)
    ("Acute left convexity subdural haematoma.", "Its high density makes it an acute rather than chronic bleed."),
    ("Thrombus in the superior mesenteric artery.", "This is arterial rather than venous thrombosis."),
])
def test_a_denied_alternative_leaves_another_standing(report, chain):
    assert not _contradicted(chain, report)


@pytest.mark.parametrize("report, chain", [
    ("Acute fracture of the right seventh rib.", "No acute fracture."),
    ("Displaced fracture of the right seventh rib.", "No acute fracture."),  # (the report says no time course)
    ("Acute on chronic subdural haematoma over the left convexity.", "No acute subdural haematoma."),
    ("Fracture of the left clavicle.", "No fracture."),
    ("Old healed rib fractures on the left.", "No rib fractures."),  # (a denial of no qualifier reaches all)
    ("Acute infarct in the left MCA territory.", "No acute infarct."),
    ("Deep venous thrombosis in the left popliteal vein.", "There is no venous thrombosis."),
    ("Posterior dislocation of the right shoulder.", "No posterior dislocation."),
    ("Chronic subdural haematoma.", "No chronic subdural haematoma."),
    ("Acute subarachnoid haemorrhage in the basal cisterns.", "No haemorrhage."),
    ("Healed old fracture of the right radius. Acute fracture of the left ulna.", "No acute fracture."),
    ("Fresh fracture of the left fifth metacarpal.", "No acute fracture."),
    ("Acute fracture of the tibia.", "There is no fracture, acute or old."),
    ("No fracture.", "Old healed fractures of the left ribs are seen."),
    ("Thrombus in the superior mesenteric artery.", "No arterial thrombus is seen."),
    ("Acute left convexity subdural haematoma.", "This is a chronic rather than acute bleed."),
    ("Acute fracture of the left fifth rib.", "No acute osseous abnormality."),
    ("Fracture of the left fifth rib.", "No acute osseous abnormality."),
    ("Acute infarct in the right occipital lobe.", "No acute intracranial abnormality."),
    ("Dilated colon up to 9 cm with a transition at the splenic flexure.", "The colon is not dilated."),
    ("Chronic left convexity subdural haematoma.", "Its high density makes it an acute rather than chronic bleed."),
    ("Thrombus in the superior mesenteric vein.", "This is arterial rather than venous thrombosis."),
])
def test_the_same_alternative_or_none_still_contradicts(report, chain):
    assert _contradicted(chain, report)


@pytest.mark.parametrize("report, chain", [
    # review of denial48: a denial of coordinated alternatives denies each of them
    ("Acute fracture through the distal radius.", "There is no acute or chronic fracture."),
    ("Acute left convexity subdural haematoma, 8 mm.", "There is neither acute nor chronic subdural haematoma."),
    ("No acute or chronic fracture.", "There is an acute fracture of the distal radius."),
    # qualifier words of another thing in the clause do not set the finding apart
    ("Fracture of the scaphoid waist, occult on the old films.", "No acute fracture."),
    ("Fracture of the distal radius in a woman with longstanding osteoporosis.", "No acute fracture."),
    ("New fracture of the left eighth rib since the old study.", "There is no acute rib fracture."),
])
def test_review_real_denials_stay_contradicted(report: str, chain: str) -> None:
    assert _contradicted(chain, report)
