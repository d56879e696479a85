"""A named diagnosis the report defines without naming it (issue #8, vdiag28): the report states the child's broader
finding and what defines it (``answers/defining.tsv``: a place, a site named with the finding, a second finding), so a
chain naming the child is supported; the broader finding alone stays broader evidence. Every sentence is our own."""

import pytest

from medstep.verify import verify
from medstep.verify.defined import definitions, read_definitions


def _verdict(chain: str, report: str, concept: str) -> tuple[str, str]:
    for s in verify(chain, report=report).steps:
        for f, v in zip(s.findings, s.verdicts):
            if f.concept == concept:
                return v.verdict.value, v.rule
    raise AssertionError(f"no {concept} claim in {chain!r}")


def test_an_organ_named_with_a_broad_finding_defines_its_kind():
    assert _verdict("There is a scaphoid fracture.", "Radiographs of the wrist: a fracture runs through the waist of "
                    "the left scaphoid.", "scaphoid_fracture")[0] == "supported"
    assert _verdict("An acetabular fracture.", "A fracture through the posterior wall of the right acetabulum.",
                    "acetabular_fracture")[0] == "supported"
    # near misses: another bone's fracture beside the organ (the radius's: no evidence of a scaphoid one), the organ
    # as a landmark, the other side
    assert _verdict("There is a scaphoid fracture.", "A fracture of the distal radius; the scaphoid is intact.",
                    "scaphoid_fracture") == ("unverifiable", "silent-present")
    assert _verdict("There is a scaphoid fracture.", "A fracture of the radial styloid adjacent to the scaphoid.",
                    "scaphoid_fracture")[0] == "unverifiable"
    assert _verdict("A right scaphoid fracture.", "A fracture through the waist of the left scaphoid.",
                    "scaphoid_fracture")[0] == "contradicted"


def test_more_organ_kinds_and_the_existing_ones():
    assert _verdict("Right calcaneal fracture.", "Lateral view: a fracture extends through the body of the right "
                    "calcaneus.", "calcaneal_fracture")[0] == "supported"
    assert _verdict("Calcaneal fracture.", "Lateral view: a fracture of the talar neck; the calcaneus is intact.",
                    "calcaneal_fracture")[0] == "unverifiable"
    assert _verdict("Olecranon fracture.", "Elbow: a transverse fracture through the olecranon.",
                    "olecranon_fracture")[0] == "supported"
    assert _verdict("Splenic abscess.", "CT: a 4 cm abscess within the spleen.", "splenic_abscess")[0] == "supported"
    assert _verdict("Splenic abscess.", "CT: a 4 cm abscess within the liver.", "splenic_abscess")[0] \
        == "unverifiable"
    # rows the lexicon already had, now read from the broad finding and its organ
    assert _verdict("Mediastinal haematoma.", "CT: a haematoma in the anterior mediastinum.",
                    "mediastinal_hematoma")[0] == "supported"
    assert _verdict("Mediastinal haematoma.", "CT: a haematoma in the left pectoral muscle.",
                    "mediastinal_hematoma")[0] == "unverifiable"
    assert _verdict("Splenic infarct.", "CT: an infarct in the spleen.", "splenic_infarct")[0] == "supported"
    assert _verdict("Brain abscess.", "MRI: a ring-enhancing abscess in the left frontal lobe.",
                    "brain_abscess")[0] == "supported"
    assert _verdict("Brain abscess.", "CT: a ring-enhancing abscess in the left neck.", "brain_abscess")[0] \
        == "unverifiable"


def test_a_site_holding_the_named_site_defines_it_too():
    assert _verdict("This is a tubo-ovarian abscess.", "Pelvic ultrasound: a thick-walled abscess in the right ovary.",
                    "tubo_ovarian_abscess")[0] == "supported"
    assert _verdict("This is a tubo-ovarian abscess.", "CT: a thick-walled abscess beneath the right hemidiaphragm.",
                    "tubo_ovarian_abscess")[0] == "unverifiable"
    assert _verdict("A colloid cyst.", "CT head: a small dense cyst at the foramen of Monro.", "colloid_cyst")[0] \
        == "supported"
    assert _verdict("A colloid cyst.", "CT head: a small cyst in the fourth ventricle.", "colloid_cyst")[0] \
        == "unverifiable"


def test_a_place_and_a_second_finding_define_a_named_entity():
    apex = "Chest radiograph: a 5 cm mass at the left lung apex with destruction of the posterior second rib."
    assert _verdict("Left Pancoast tumour.", apex, "pancoast_tumour")[0] == "supported"
    assert _verdict("No Pancoast tumour.", apex, "pancoast_tumour")[0] == "contradicted"
    # near misses: the mass without the destroyed rib, the destroyed rib under a basal mass, the other side
    assert _verdict("Left Pancoast tumour.", "A 5 cm mass at the left lung apex. The ribs are intact.",
                    "pancoast_tumour") == ("unverifiable", "broader-evidence")
    assert _verdict("Left Pancoast tumour.", "A 5 cm mass at the left lung base with destruction of a rib.",
                    "pancoast_tumour") == ("unverifiable", "broader-evidence")
    assert _verdict("Right Pancoast tumour.", apex, "pancoast_tumour")[0] == "contradicted"


def test_listing_every_child_of_a_stated_parent_gains_only_the_defined_one():
    gamer = ("Scaphoid fracture, acetabular fracture, tibial plateau fracture, liver abscess, "
             "renal abscess, splenic abscess, Pancoast tumour, colloid cyst, choledochal cyst, tubo-ovarian abscess, "
             "Salter-Harris fracture, calcaneal fracture, olecranon fracture.")
    v = verify(gamer, report="A fracture through the waist of the left scaphoid. An abscess in the left kidney.")
    supported = {f.concept for s in v.steps for f, fv in zip(s.findings, s.verdicts) if fv.verdict.value == "supported"}
    assert supported == {"scaphoid_fracture", "renal_abscess"}


def test_a_denied_necessary_finding_contradicts_the_child():
    into = "Wrist radiograph of a 9-year-old: a fracture of the distal radial metaphysis extending into the physis."
    assert _verdict("A Salter-Harris fracture of the radius.", into, "salter_harris_fracture")[0] == "supported"
    spared = "Wrist radiograph of a 9-year-old: a fracture of the distal radial metaphysis that does not reach the physis."
    assert _verdict("A Salter-Harris fracture of the radius.", spared, "salter_harris_fracture") == \
        ("contradicted", "defining-denied")
    # near miss: the physis left unsaid supports no Salter-Harris fracture
    assert _verdict("A Salter-Harris fracture of the radius.", "A fracture of the distal radial metaphysis.",
                    "salter_harris_fracture")[0] == "unverifiable"
    table = read_definitions("child_x\t!finding:pleural_thickening|finding:pleural_plaque & loc:apex\n")
    assert table["child_x"].necessary == (True, False)
    assert table["child_x"].groups[0] == (("finding", "pleural_thickening"), ("finding", "pleural_plaque"))
    with pytest.raises(ValueError):
        read_definitions("child_y\tshape:round\n")


def test_every_packaged_definition_names_known_concepts_and_sites():
    from medstep.verify.defined import _by_ancestor
    from medstep.verify.verifier import default_verifier
    by = _by_ancestor(default_verifier().lexicon.concepts)  # raises on an unknown child, finding or site
    assert "fracture" in by and all(d.child in definitions() for ds in by.values() for d in ds)
