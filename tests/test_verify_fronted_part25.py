"""A side fronted inside a part of an organ before "there is" belongs to what follows (issue #8, vloc25).

"In the lower pole of the left kidney there is a cyst": the side was read only when it came right after the opening
preposition ("In the left kidney there is ..."), so a finding placed in a part of a sided organ had no side in the
report nor in the chain, and a chain that moved it to the other organ was judged on an unsided finding. Sentences of
our own."""

from medstep.verify import extract_findings, verify


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_the_side_of_a_nested_part_goes_to_the_finding_after_there_is():
    assert _one("In the lower pole of the left kidney there is a 2 cm cyst.", "cyst").laterality == "left"
    f = _one("Within the superior segment of the right lower lobe there is an irregular 14 mm nodule.",
             "pulmonary_nodule")
    assert (f.laterality, f.location) == ("right", "lower lobe")
    assert _one("Near the top of the left lung there is a small pneumothorax.", "pneumothorax").laterality == "left"


def test_a_side_that_is_not_inside_the_opening_place_is_not_taken():
    # the side belongs to a later subject of its own: the opening place names none
    f = _one("In the lower pole of the kidney, which is smaller than the left one, there is a 2 cm cyst.", "cyst")
    assert f.laterality is None
    # a later side of the same chunk is the finding's own
    f = _one("In the upper part of the right lung the vessels are normal, and there is a left pleural effusion.",
             "pleural_effusion")
    assert f.laterality == "left"


_REPORT = ("CT of the abdomen. In the interpolar region of the right kidney there is a 3 cm enhancing solid mass. "
           "The left kidney is normal. No lymphadenopathy.")


def test_a_finding_moved_to_the_other_organ_is_contradicted_and_the_faithful_one_is_not():
    assert verify("In the interpolar region of the left kidney there is a 3 cm enhancing solid mass.",
                  report=_REPORT).has_contradiction
    assert not verify("In the interpolar region of the right kidney there is a 3 cm enhancing solid mass.",
                      report=_REPORT).has_contradiction
    assert not verify("There is a 3 cm enhancing solid mass in the right kidney, and the left kidney is normal.",
                      report=_REPORT).has_contradiction


def test_the_direction_of_a_displacement_is_no_side_of_the_finding_next_to_it():
    # the oesophagus is displaced to the right, the mass is not on the right
    f = _one("The oesophagus is separate from the mass and slightly displaced to the right.", "mass")
    assert f.laterality is None
    # the deviation named by the verb takes the direction, the goitre after it does not
    found = {f.concept: f for f in extract_findings("The trachea is markedly deviated to the left by a large goitre.")}
    assert found["tracheal_deviation"].laterality == "left"
    assert found["goiter"].laterality is None
    # near misses: a side of the finding itself, and a shift that names its direction
    assert _one("A mass lies to the right of the oesophagus.", "mass").laterality == "right"
    assert _one("There is mediastinal shift towards the left.", "tracheal_deviation").laterality == "left"


def test_a_mass_moved_to_the_other_side_is_contradicted_beside_a_displaced_organ():
    report = ("CT of the chest. There is a 5 cm mass in the left paravertebral region at T8. The oesophagus is separate "
              "from the mass and displaced to the right.")
    assert verify("There is a 5 cm mass in the right paravertebral region at T8.", report=report).has_contradiction
    assert not verify("There is a 5 cm mass in the left paravertebral region at T8.", report=report).has_contradiction
