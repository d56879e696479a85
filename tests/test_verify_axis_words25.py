"""A part named in the other vocabulary of its axis: "superior"/"inferior" are the upper and lower, "proximal"/"distal"
along a limb, an airway, a duct or the gut its upper and lower (verify/aligned_places, issue #8, vloc25). Sentences of
our own."""

from medstep.verify import verify
from medstep.verify.aligned_places import places

_RULE = "aligned-place-conflict"
_AIRWAY = ("CT of the neck. There is a short concentric narrowing of the upper trachea 2 cm below the cricoid, over "
           "15 mm, with a lumen of 6 mm.")
_DUCT = "MRCP. A 9 mm stone lies in the upper common bile duct just below the confluence, with duct dilatation."
_RIBS = "Chest radiograph. There is notching of the inferior margins of the posterior fourth to eighth ribs."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_the_two_vocabularies_read_as_one_axis():
    assert {(m, n) for m, n, _at in places("the distal trachea and the superior pole")} == {
        ("lower", "trachea"), ("upper", "pole")}


def test_a_part_moved_along_its_axis_in_the_other_vocabulary_is_contradicted():
    for chain, report in (("There is a short concentric narrowing of the distal trachea over 15 mm, with a lumen of "
                           "6 mm.", _AIRWAY),
                          ("A 9 mm stone lies in the distal common bile duct, with duct dilatation.", _DUCT),
                          ("There is notching of the superior margins of the posterior fourth to eighth ribs.", _RIBS)):
        assert _RULE in _rules(chain, report), chain


def test_the_same_part_in_the_other_vocabulary_is_no_conflict():
    for chain, report in (("There is a short concentric narrowing of the proximal trachea over 15 mm, with a lumen of "
                           "6 mm.", _AIRWAY),
                          ("A 9 mm stone lies in the proximal common bile duct, with duct dilatation.", _DUCT),
                          ("There is notching of the lower margins of the posterior fourth to eighth ribs.", _RIBS)):
        assert _RULE not in _rules(chain, report), chain


_FLANK = "CT of the abdomen. A 6 cm rim-enhancing collection lies posterior to the left kidney, within the perirenal fat."
_BACK = ("CT of the chest. There are bilateral soft-tissue masses deep to the serratus anterior and latissimus dorsi "
         "muscles at the inferior tips of the scapulae.")


def test_a_relation_to_a_landmark_is_a_place_of_each_landmark_word():
    assert {(m, n) for m, n, _at in places("masses deep to the serratus anterior and latissimus dorsi muscles at the "
                                           "tips")} == {("deep", "serratu"), ("deep", "latissimu"), ("deep", "dorsi")}
    assert {(m, n) for m, n, _at in places("a collection lateral to the left psoas, and the kidney")} == {
        ("lateral", "psoa")}
    assert places("the deep white matter") == ()  # a depth is a place only relative to a landmark


def test_the_opposite_relation_to_the_same_landmark_is_contradicted():
    for chain, report in (("A 6 cm rim-enhancing collection lies anterior to the left kidney, in the perirenal fat.",
                           _FLANK),
                          ("There are bilateral soft-tissue masses superficial to latissimus dorsi.", _BACK)):
        assert _RULE in _rules(chain, report), chain


def test_the_same_relation_or_another_landmark_is_no_conflict():
    for chain, report in (("A 6 cm collection with an enhancing rim sits posterior to the kidney on the left.", _FLANK),
                          ("Behind the left kidney there is a 6 cm rim-enhancing perirenal collection.", _FLANK),
                          ("There are bilateral soft-tissue masses deep to latissimus dorsi at the scapular tips.",
                           _BACK),
                          ("A 6 cm rim-enhancing collection lies anterior to the psoas, in the perirenal fat.", _FLANK)):
        assert _RULE not in _rules(chain, report), chain


_DISC = "MRI of the cervical spine. A broad-based disc protrusion at C5-C6 indents the cord, with cord signal change."


def test_disc_levels_are_places_and_sequence_names_are_not():
    assert {(m, n) for m, n, _at in places("at l4/5 and l5 s1, c7 t1")} == {
        ("l4-l5", "#level"), ("l5-s1", "#level"), ("c7-t1", "#level")}
    assert places("t2 weighted images and t1/t2 images, a collection from t4 t8") == ()


def test_a_finding_moved_to_another_disc_level_is_contradicted_and_the_same_level_is_not():
    assert _RULE in _rules("A broad-based disc protrusion at C6-C7 indents the cord, with cord signal change.", _DISC)
    for chain in ("A broad-based C5/6 disc protrusion indents the cord, which shows signal change.",
                  "A broad-based disc protrusion at C5-C6 and a smaller one at C6-C7 indent the cord."):
        assert _RULE not in _rules(chain, _DISC), chain


_BONE = ("Radiograph of the knee. A 3 cm geographic lytic lesion with a sclerotic rim lies in the distal femoral "
         "metaphysis, eccentric and abutting the physis.")
_MARROW = ("CT of the humerus. Within the medullary cavity of the humeral diaphysis there is a 6 cm chondroid lesion "
           "with endosteal scalloping of the inner cortex.")


def test_a_part_a_thing_lies_in_is_a_place_and_a_part_it_acts_on_is_not():
    assert {(m, n) for m, n, _at in places("in the medullary cavity of the distal metaphysis")} >= {
        ("medulla", "#layer"), ("metaphysis", "#bone segment")}
    assert places("endosteal scalloping of the inner cortex with cortical thickening") == (("inner", "cortex", 28),)


def test_a_lesion_moved_to_another_segment_or_layer_is_contradicted():
    assert _RULE in _rules("A 3 cm geographic lytic lesion with a sclerotic rim lies in the distal femoral diaphysis.",
                           _BONE)
    for chain in ("In the metaphysis of the distal femur there is an eccentric 3 cm lytic lesion with a sclerotic rim.",
                  "A 3 cm lytic lesion with a sclerotic rim and cortical thinning lies in the distal femoral metaphysis."):
        assert _RULE not in _rules(chain, _BONE), chain
    for chain in ("A 6 cm chondroid lesion in the humeral shaft scallops the inner cortex from within.",
                  "There is a 6 cm chondroid lesion within the humeral medullary cavity, scalloping the endosteal "
                  "cortex."):
        assert _RULE not in _rules(chain, _MARROW), chain
