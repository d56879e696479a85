"""Places a one-error chain moved unseen (issue #8, err-location; verr18). Sentences of our own.

A place fronted before "there is" was read only when it opened the sentence: "Next to it, in the right iliac fossa
there is a collection" left the collection without a side or a site, so a chain that moved it to the other side was
read as silent on where it lay. The convexity or region over a brain lobe ("over the left parietal convexity") was no
place at all.
"""

from medstep.verify import extract_findings, verify


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_a_place_fronted_before_there_is_belongs_to_what_follows():
    f = _one("Close to the bladder, in the left iliac fossa, there is a 4 cm collection.", "fluid_collection")
    assert (f.laterality, f.location) == ("left", "lower abdomen")
    f = _one("Below the liver in the right upper quadrant there is a small collection.", "fluid_collection")
    assert (f.laterality, f.location) == ("right", "upper abdomen")
    report = "A 4 cm rim-enhancing abscess lies in the left iliac fossa beside the sigmoid colon."
    assert verify("Beside the sigmoid, in the right iliac fossa, there is a 4 cm rim-enhancing abscess.",
                  report=report).has_contradiction
    assert not verify("Beside the sigmoid, in the left iliac fossa, there is a 4 cm rim-enhancing abscess.",
                      report=report).has_contradiction


def test_a_fronted_place_after_a_conjunction_is_not_the_earlier_findings():
    found = {f.concept: f for f in extract_findings("There is a pleural effusion, and in the right upper lobe there "
                                                    "is a 1 cm nodule.")}
    assert found["pulmonary_nodule"].location == "upper lobe"
    assert found["pleural_effusion"].location is None
    # a side after a claim and a comma is still that claim's ("an effusion on the right, and also ...")
    f = _one("A large effusion on the right, there is also a small pneumothorax.", "pleural_effusion")
    assert f.laterality == "right"


def test_the_convexity_over_a_lobe_is_that_lobes_place():
    assert _one("A lentiform extradural haematoma over the left parietal convexity.", "epidural_hematoma").location \
        == "parietal lobe"
    report = "Biconvex extradural haematoma over the right frontal convexity, 12 mm thick."
    assert verify("A biconvex extradural haematoma lies over the right occipital convexity.",
                  report=report).has_contradiction
    assert not verify("A biconvex extradural haematoma lies over the right frontal convexity.",
                      report=report).has_contradiction
