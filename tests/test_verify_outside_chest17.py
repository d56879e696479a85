"""The verifier's reading of reports and chains outside the chest (issue #8, vread17): knee MRI, abdominal CT and
ultrasound, hedged lists of differentials. Each case is a sentence of our own for a general mechanism, not a corpus
phrasing."""

from medstep.verify import extract_findings


def _polarities(text: str) -> dict[str, str]:
    return {f.concept: f.polarity.value for f in extract_findings(text) if f.is_claim}


def test_a_hedge_after_a_plural_list_hedges_every_item():
    assert set(_polarities("Cholecystitis, pancreatitis and a liver abscess are all possible.").values()) == {"uncertain"}
    assert set(_polarities("Appendicitis, diverticulitis or ovarian torsion could all explain this.").values()) == {
        "uncertain"}
    # a hedge with a singular subject still governs only the claim before it
    read = _polarities("There is a small effusion; pneumonia may be the most likely possibility.")
    assert read == {"pleural_effusion": "present", "pneumonia": "uncertain"}


def test_every_or_of_a_list_of_alternatives_hedges_the_item_after_it():
    assert set(_polarities("Pneumonia or atelectasis or effusion or pneumothorax.").values()) == {"uncertain"}
    assert set(_polarities("No pneumonia or atelectasis or effusion.").values()) == {"absent"}

