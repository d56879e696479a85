"""vlex28 (issue #8): formal and lay names of anatomy and findings by body system, written from general anatomy."""

from medstep.verify import extract_findings, verify


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text)]


def test_aqueduct_is_an_organ_whose_narrowing_is_obstructive_hydrocephalus():
    assert ("obstructive_hydrocephalus", "present") in _read("The cerebral aqueduct is narrowed.")
    assert ("obstructive_hydrocephalus", "present", "supported") in _verdicts(
        "The aqueduct of Sylvius is blocked.", "MRI brain. Aqueductal stenosis with dilated lateral and third ventricles.")
    # a patent aqueduct rules out nothing (it belongs to normal pressure hydrocephalus too), a narrowed artery stays a stenosis
    assert [c for c, _ in _read("The aqueduct is patent.")] == ["cerebral_aqueduct"]
    assert "obstructive_hydrocephalus" not in [c for c, _ in _read("The basilar artery is narrowed.")]


def test_horns_of_the_lateral_ventricles_are_the_ventricles():
    assert ("hydrocephalus", "present") in _read("The temporal horns are dilated.")
    assert ("hydrocephalus", "absent") in _read("The occipital horns are normal in size.")
    # a normal fourth ventricle beside dilated lateral ventricles is the obstructive pattern, no absence of hydrocephalus
    assert ("hydrocephalus", "absent") not in _read("The lateral ventricles are dilated, while the fourth ventricle is normal.")
    # the heart's ventricles stay the heart's
    assert "hydrocephalus" not in [c for c, _ in _read("The left ventricle is dilated.")]


def test_memory_centres_are_brain_structures_whose_shrinking_is_atrophy():
    assert ("brain_atrophy", "present") in _read("The memory centres have shrunk.")
    assert ("brain_atrophy", "present") in _read("The brain has shrunk.")
    assert ("brain_atrophy", "present", "supported") in _verdicts(
        "The memory centres have shrunk.", "MRI brain. Bilateral hippocampal atrophy.")
    # preserved hippocampi say nothing of a tumour elsewhere; a shrunk lung is still a collapse, a shrunk cyst no atrophy
    assert ("brain_tumor", "present", "supported") in _verdicts(
        "There is a glioma in the frontal lobe.", "MRI. The hippocampi are preserved. Frontal glioma.")
    assert [c for c, _ in _read("The hippocampi are normal.")] == ["brain_structures"]
    assert ("atelectasis", "present") in _read("The right lower lobe has shrunk.")
    assert "brain_atrophy" not in [c for c, _ in _read("The cyst has shrunk.")]


def test_head_and_neck_anatomy():
    # the vocal cords are no spinal cord and the salivary glands no lymph nodes
    assert [c for c, _ in _read("The vocal cords are normal.")] == ["neck"]
    assert [c for c, _ in _read("The salivary glands are normal.")] == ["neck"]
    assert ("lymphadenopathy", "absent") in _read("The lymph glands are normal.")
    assert ("skull_fracture", "absent") in _read("The mandible is intact.")
    assert ("fracture", "present") in _read("The jaw is broken.")
    assert "orbits" in [c for c, _ in _read("The eye socket is intact.")]
    assert ("sinusitis", "absent") in _read("The air pockets in the face are clear.")


def test_chest_abdomen_and_vessel_anatomy():
    # a bronchus is no trachea: "the tube sits in the right lower lobe bronchus and should be pulled out" deviates nothing
    assert "tracheal_deviation" not in [c for c, _ in _read("The tube sits in the right lower lobe bronchus and should be pulled out.")]
    assert ("fracture", "absent") in _read("The sternum is intact.")
    assert ("aortic_aneurysm", "present") in _read("The aortic root is dilated.")
    assert ("stenosis", "absent") in _read("The superior mesenteric artery is normal.")
    assert ("ascites", "absent") in _read("The peritoneum is normal.")
    assert ("uterine_lesion", "absent") in _read("The myometrium is normal.")


def test_named_bones_are_bones():
    # a named bone intact rules out its fracture, not a joint's dislocation
    assert ("fracture", "absent") in _read("The acetabulum is intact.")
    assert ("fracture", "absent") in _read("The sacrum is intact.")
    assert "dislocation" not in [c for c, _ in _read("The base of the fifth metatarsal is intact.")]
    assert ("fracture", "present") in _read("The sternum is broken.")
    # the patella and calcaneus sit with the kneecap and heel bone
    assert [c for c, _ in _read("The calcaneus is normal.")] == [c for c, _ in _read("The heel bone is normal.")]
