"""The level of an endotracheal tube's tip, apart from its depth (issue #8, vread18): a tube 1 cm above the carina
and a tube in the right main bronchus are both too low, but the tip lies in the trachea in one and in a bronchus in
the other."""

from medstep.verify import verify

TRACHEAL_LOW = "Portable AP chest. Endotracheal tube tip 1.5 cm above the carina; suggest withdrawal by 3 cm. Lungs clear."
BRONCHIAL = "Portable AP chest. The endotracheal tube has been advanced into the right main bronchus. Left lung collapse."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.value == "contradicted"]


def test_a_tip_in_a_bronchus_against_one_measured_above_the_carina():
    for chain in ("The ETT tip is in the right main bronchus.",
                  "The endotracheal tube has entered the right mainstem bronchus and should be pulled back.",
                  "The ETT tip lies below the carina."):
        assert "airway-depth-conflict" in _rules(chain, TRACHEAL_LOW), chain
    # the same tube called too low, or measured where the report measures it, agrees
    assert _rules("The ETT is too low, about 1.5 cm above the carina, and should be withdrawn.", TRACHEAL_LOW) == []


def test_a_tip_measured_above_the_carina_against_one_in_a_bronchus():
    assert "airway-depth-conflict" in _rules("The ETT tip sits 2 cm above the carina.", BRONCHIAL)
    # a tube in a bronchus is too low: "too deep" and the bronchus itself agree with the report
    assert "airway-depth-conflict" not in _rules("The ETT is too deep, in the right main bronchus.", BRONCHIAL)
    assert "airway-depth-conflict" not in _rules("The endotracheal tube is too low.", BRONCHIAL)


def test_a_distance_to_move_the_tube_to_places_no_tip():
    # "withdraw to 4 cm above the carina" is where the tip should go, not where it is
    assert "airway-depth-conflict" not in _rules(
        "The ETT lies in the right main bronchus; withdraw it to 4 cm above the carina.", BRONCHIAL)
    # a denied bronchus states no level
    assert "airway-depth-conflict" not in _rules("The ETT tip is not in the right main bronchus.", TRACHEAL_LOW)
