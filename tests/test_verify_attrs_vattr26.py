"""Session 26 (issue #8): numbers that are no finding's size, a fronted place reaching what "there is" introduces, a
tube tip at the larynx, and an earlier study's state before "has progressed to". Sentences of our own."""

from medstep.verify import extract_findings, verify


def _sizes(text: str, concept: str) -> list[tuple[float | None, float | None]]:
    return [(f.size, f.size_min) for f in extract_findings(text) if f.concept == concept]


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_a_distance_from_a_landmark_is_no_lesion_size():
    assert _sizes("A dissection flap starts 3 cm above the aortic valve.", "aortic_dissection") == [(None, None)]
    assert _sizes("A spiculated mass lies 4 cm from the pleural surface.", "mass") == [(None, None)]
    # a span of the thing itself stays a size
    assert _sizes("A mass measuring 6 cm from front to back.", "mass") == [(60.0, None)]


def test_a_device_tip_distance_stays_its_size():
    sized = _sizes("The balloon pump marker sits 2 cm above the top of the arch.", "iabp")
    assert sized == [(20.0, None)]
    report = "The balloon pump marker sits 2 cm above the top of the arch."
    assert "size-conflict" in _rules("The balloon pump marker sits 8 cm above the top of the arch.", report)


def test_a_movement_is_no_size():
    assert _sizes("The balloon pump is high and should be withdrawn by about 4 cm.", "iabp") == [(None, None)]


def test_a_lower_bound_is_an_open_span_and_an_upper_one_its_number():
    # (fixvattr26: a lower bound is the span from it up, not no size: see test_verify_attrs_fixvattr26.py)
    assert _sizes("A liver lesion of 2 cm or more with washout.", "liver_lesion") == [(float("inf"), 20.0)]
    assert _sizes("A lesion of at least 2 cm with washout.", "lesion") == [(float("inf"), 20.0)]
    assert _sizes("Masses each well under 1 cm.", "mass") == [(10.0, None)]


def test_a_range_is_its_span():
    assert _sizes("Several nodules ranging from 4 mm to 1.8 cm.", "pulmonary_nodule") == [(18.0, 4.0)]
    assert _sizes("Nodules of 2 to 6 mm.", "pulmonary_nodule") == [(6.0, 2.0)]
    # a growth stays the earlier and the current size
    assert _sizes("The nodule has increased from 8 mm to 14 mm.", "pulmonary_nodule") == [(14.0, None)]
    report = "Numerous nodules in both lungs, ranging from 4 mm to 1.8 cm."
    assert "size-conflict" not in _rules("Numerous nodules in both lungs, measuring 4 mm to 1.8 cm.", report)
    assert "size-conflict" in _rules("Numerous nodules in both lungs, measuring 5 to 7 cm.", report)


def test_a_long_fronted_place_reaches_the_introduced_claim():
    text = ("In the left breast, lower inner quadrant at 8 o'clock and 4 cm behind the nipple, there are fine "
            "linear branching calcifications.")
    assert [(f.laterality, f.location) for f in extract_findings(text) if f.concept == "microcalcification"] == [
        ("left", "lower inner quadrant")]
    report = ("Diagnostic mammogram. In the left breast, upper outer quadrant at 1 o'clock, 5 cm from the nipple, there "
              "are fine linear branching calcifications.")
    assert "location-conflict" in _rules(text, report)
    # a claim later in the introduced phrase ("containing ..., but no ...") is not the head
    text = ("In the right adnexa, well apart from the ovary and the uterus, deep in the pelvis behind the bladder, there "
            "is an echogenic ring holding a yolk sac but no fetal pole.")
    assert [f.laterality for f in extract_findings(text) if f.text == "fetal pole"] == [None]


def test_a_tube_tip_at_the_larynx_is_high():
    report = "The endotracheal tube tip lies 4 cm above the carina."
    chain = "The endotracheal tube tip lies just below the vocal cords."
    verdicts = [v.verdict.value for s in verify(chain, report=report).steps for v in s.verdicts]
    assert "contradicted" in verdicts


def test_an_earlier_state_before_has_progressed_to():
    report = "The partial-thickness tear seen on the MRI a year ago has progressed to a full-thickness tear."
    assert "severity-conflict" not in _rules("There is a full-thickness supraspinatus tear.", report)


def test_a_finding_in_two_lobes_agrees_with_either():
    report = "There is patchy consolidation in the left lower lobe and the apical segment of the left upper lobe."
    locations = [f.location for f in extract_findings(report) if f.concept == "consolidation"]
    assert locations == ["lower lobe|upper lobe"]
    assert "location-conflict" not in _rules("Patchy consolidation in the left upper lobe.", report)
    # (the lingula lies in the upper lobe, so the lobes agree; the apical segment the report names is another part of
    # that lobe than the lingula, which the site check finds: lane place50)
    assert {"location-conflict", "aligned-site-conflict"} & set(_rules("Patchy consolidation in the lingula.", report))
    # a place the sentence excludes is not joined
    spared = [f.location for f in extract_findings("Consolidation in the left lower lobe, sparing the upper lobe.")
              if f.concept == "consolidation"]
    assert spared == ["lower lobe"]


def test_a_distance_is_compared_with_distances_only():
    report = "CT angiogram. A dissection flap begins in the ascending aorta 3 cm above the aortic valve."
    assert "aligned-size-conflict" not in _rules("A new dissection flap in the ascending aorta (5.4 cm, was 4.6 cm).",
                                                 report)
    report = "Portable film. The balloon pump marker projects 2 cm above the top of the arch."
    chain = "The balloon pump marker projects about 7 cm above the top of the arch."
    assert any(r.endswith("size-conflict") for r in _rules(chain, report))
