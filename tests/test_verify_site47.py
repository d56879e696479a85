"""site47 (issue #8): a finding's site and kind are part of its identity. An organ-specific denial reaches only its
organ's kind, a word named with its own organ is that organ's finding whatever region the case is, and an umbrella
row's distinct diseases (a cyst and a tumour, an ulcer and a cancer, a polyp and a carcinoma) are distinct concepts.
Each test reads a case that must change and a near miss that must not, in words of its own."""

from medstep.verify import verify
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


def test_a_bone_specific_fracture_denial_denies_that_bone_only():
    ribs = "Nondisplaced fractures of the left fifth and sixth ribs."
    assert not _contradicted("No fracture of the clavicle.", ribs)
    assert not _contradicted("No fracture of the clavicle.", "Right rib fractures.")
    # near misses: the same bone, or a fracture of no stated site, is still reached
    assert _contradicted("No fracture of the clavicle.", "There is a fracture.")
    assert _contradicted("No rib fracture is seen.", ribs)
    assert _contradicted("There is no fracture.", "Displaced fracture of the left clavicle.")


def test_an_organ_called_intact_or_clear_owns_the_denial_after_it():
    assert not _contradicted("The ribs are intact without fracture.", "Displaced fracture of the left clavicle.")
    assert _contradicted("The ribs are intact without fracture.", "Fracture of the right sixth rib.")
    assert not _contradicted("The pleural spaces are clear, without effusion.", "Large hip joint effusion.")
    assert _contradicted("The pleural spaces are clear, without effusion.", "Small left pleural effusion.")


def test_a_word_named_with_its_own_organ_is_that_organs_finding():
    knee = "Moderate knee joint effusion with distension of the suprapatellar pouch."
    assert not _contradicted("No fluid is seen in the pleural spaces.", knee)
    assert not _contradicted("A small knee joint effusion is present.", "No pleural effusion. Fracture of the patella.")
    assert _contradicted("The knee shows no effusion.", "Large knee joint effusion.")
    # the knee's posterolateral corner is a ligament complex, not a costophrenic angle
    report = "The ACL is torn. The lateral collateral ligament and posterolateral corner are intact. Joint effusion."
    assert not _contradicted("A moderate effusion is present.", report)


def test_distinct_diseases_of_one_organ_are_distinct_concepts():
    assert _contradicted("This is a simple renal cyst.", "Enhancing solid renal tumour of the upper pole; no renal cyst.")
    assert _contradicted("The stomach shows a benign ulcer.", "Gastric carcinoma of the antrum; no ulcer.")
    assert _contradicted("A simple ovarian cyst.", "Solid ovarian tumour; no ovarian cyst.")
    # near misses: the organ's umbrella word still takes any of its kinds
    assert not _contradicted("There is a renal mass.", "Large renal cyst in the lower pole.")
    assert not _contradicted("There is a colonic lesion.", "Sessile colon polyp.")
    assert not _contradicted("A gastric lesion is seen.", "Gastric ulcer on the lesser curve.")
    assert not _contradicted("There is a colonic polyp.", "Pedunculated polyp in the transverse colon.")
