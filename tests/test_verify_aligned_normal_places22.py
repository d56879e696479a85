"""A finding the chain places in a place the report calls normal ("thrombus in the superior sagittal sinus" against
"The superior sagittal sinus is patent.") is contradicted (verify/aligned_normal_places, issue #8, vloc22). Sentences of
our own."""

from medstep.verify import verify

_MRV = "MR venogram of the head. The superior sagittal sinus is patent. Occlusive thrombus fills the left transverse sinus."
_CHEST = "CT chest. A 12 mm endobronchial nodule arises in the bronchus intermedius. The left main bronchus is patent."
_LEG = "Venous duplex of the left leg. The common femoral vein is compressible and patent. Thrombus lies in the calf veins."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_finding_moved_into_a_place_called_normal():
    for chain, report in (("Occlusive thrombus fills the superior sagittal sinus.", _MRV),
                          ("There is clot within the superior sagittal sinus.", _MRV),
                          ("A 12 mm endobronchial nodule arises in the left main bronchus.", _CHEST),
                          ("Deep vein thrombosis is seen in the common femoral vein.", _LEG)):
        assert "aligned-place-normal" in _rules(chain, report), chain


def test_the_report_s_place_a_coarser_place_or_the_normal_place_said_again():
    for chain, report in (("Occlusive thrombus fills the left transverse sinus; the superior sagittal sinus is patent.",
                           _MRV),
                          ("There is clot in one of the veins draining the brain.", _MRV),
                          ("A 12 mm nodule grows inside an airway of the right lung.", _CHEST),
                          ("Thrombus lies in the calf veins, not in the common femoral vein.", _LEG)):
        assert "aligned-place-normal" not in _rules(chain, report), chain


def test_denied_hedged_past_or_device_placements_are_no_claim():
    for chain in ("No thrombus is seen in the superior sagittal sinus.",
                  "Thrombus could extend into the superior sagittal sinus, but it does not.",
                  "Thrombus previously seen in the superior sagittal sinus has resolved."):
        assert "aligned-place-normal" not in _rules(chain, _MRV), chain
    report = ("CT venogram. The superior vena cava is patent. A right internal jugular central venous catheter tip "
              "lies in the superior vena cava.")
    chain = "A central venous catheter tip lies in the superior vena cava."
    assert "aligned-place-normal" not in _rules(chain, report)


def test_an_organ_alone_or_a_place_the_report_names_elsewhere_is_no_normal_place():
    report = "Chest radiograph. The lungs are clear. Pulmonary vascularity is reduced."
    assert "aligned-place-normal" not in _rules("The vessels in both lungs are thin and sparse.", report)
    report = ("MRI ankle. The Achilles insertion is intact. A tear lies 4 cm proximal to the Achilles insertion.")
    assert "aligned-place-normal" not in _rules("A tear lies at the Achilles insertion.", report)
    # the same place in the report's normal sentence alone is one
    report = "MRI ankle. The Achilles insertion is intact. A tear lies in the tendon's midsubstance."
    assert "aligned-place-normal" in _rules("A tear lies at the Achilles insertion.", report)


def test_the_place_as_subject_and_a_normal_place_shown():
    report = "MR venogram. The superior sagittal sinus shows normal flow. Thrombus fills the left sigmoid sinus."
    assert "aligned-place-normal" in _rules("Thrombus fills the superior sagittal sinus.", report)
    assert "aligned-place-normal" in _rules("The left main bronchus contains a nodule.", _CHEST)
    for chain, rep in (("The superior sagittal sinus has normal flow and the left sigmoid sinus is clotted.", report),
                       ("The left main bronchus is open, and a nodule arises in the bronchus intermedius.", _CHEST)):
        assert "aligned-place-normal" not in _rules(chain, rep), chain


_ANKLE = "MRI of the ankle. There is a full-thickness tear of the Achilles tendon 5 cm proximal to its calcaneal insertion."


def test_a_finding_moved_to_the_landmark_the_report_measures_it_from():
    rules = _rules("The Achilles tendon is torn through its full thickness at its calcaneal insertion.", _ANKLE)
    assert "aligned-landmark-distance" in rules
    report = "MRI knee. A complete tear of the patellar tendon lies 1.5 cm below the inferior pole of the patella."
    assert "aligned-landmark-distance" in _rules("The patellar tendon is torn at the inferior pole.", report)


def test_the_distance_said_a_region_or_a_landmark_the_report_places_something_at():
    for chain in ("The Achilles tendon is completely torn 5 cm above where it attaches to the heel.",
                  "The Achilles tendon is torn 5 cm from its calcaneal insertion.",
                  "The Achilles tendon has a full-thickness tear."):
        assert "aligned-landmark-distance" not in _rules(chain, _ANKLE), chain
    report = "Chest radiograph. Small left apical pneumothorax, the pleural line lying 1.5 cm below the apex."
    assert "aligned-landmark-distance" not in _rules("A pleural line at the left apex shows a pneumothorax.", report)
    report = ("MRI elbow. The distal biceps tendon is torn 2 cm proximal to the radial tuberosity; the tendon at the "
              "radial tuberosity is intact.")
    assert "aligned-landmark-distance" not in _rules("The distal biceps tendon is torn at the radial tuberosity.", report)
