"""Words read as findings or denials that are neither (issue #8, verr18; sentences of our own): a lesion's own density
("its density includes fat") read as a lung opacity, a negative Hounsfield value as a denial of what follows, and "X
is conceivable" as a claim of X, which let a chain that hedges everything claim the diagnosis outright.
"""

from medstep.verify import extract_findings


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_a_lesions_own_density_and_a_negative_number_are_no_findings():
    text = "The nodule is lobulated. Its density includes areas of negative Hounsfield values and calcification."
    found = {f.concept: f.polarity.value for f in extract_findings(text)}
    assert "lung_opacity" not in found
    assert found["calcification"] == "present"
    assert _one("There is a hazy density at the right base.", "lung_opacity").polarity.value == "present"


def test_conceivable_is_a_hedge():
    assert _one("A hamartoma is conceivable.", "hamartoma").polarity.value == "uncertain"
    assert _one("Pneumonia is plausible given the fever.", "pneumonia").polarity.value == "uncertain"
