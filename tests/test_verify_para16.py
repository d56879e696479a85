"""Paraphrased findings the verifier misread (issue #8, vpara16). Each case is a sentence of our own for a general
mechanism, not a corpus phrasing.

An abnormal word was read only as a participle
after its organ ("the mediastinum is widened"), not as the verb of a sentence whose object is the organ ("a mass
widens the mediastinum and bows the trachea"). A denial ran on into "and the lung has shrunk", a clause of its own. A side standing alone before a normal word
("Left clear.") was read as nothing, or as the organ of the item before it ("right hilar nodes, left clear").
"""

from medstep.verify import extract_findings
from medstep.verify.findings import Polarity


def _pols(text: str) -> dict[str, Polarity]:
    return {f.concept: f.polarity for f in extract_findings(text) if f.category == "finding"}


def test_the_active_form_of_an_abnormal_word_takes_its_object():
    pols = _pols("A large mass widens the upper mediastinum and displaces the trachea to the right.")
    assert pols["mediastinal_widening"] is Polarity.PRESENT and pols["tracheal_deviation"] is Polarity.PRESENT
    assert _pols("Gas distends several small bowel loops.") == {"bowel_obstruction": Polarity.PRESENT}
    # the noun before an active verb is not its subject here: the tube deviates, not the trachea
    assert "tracheal_deviation" not in _pols("The tube runs down along the trachea, then deviates to the right.")
    assert "tracheal_deviation" not in _pols("The enlarged atrium pushes the airways apart.")


def test_a_perfect_tense_after_and_opens_a_clause_of_its_own():
    text = "The left side is dark with no vessels reaching the edge, and the lung has shrunk towards the hilum."
    assert _pols(text)["atelectasis"] is Polarity.PRESENT
    assert _pols("No consolidation, and the left lung has collapsed.")["consolidation"] is Polarity.ABSENT


def test_a_side_alone_before_a_normal_word_is_that_sides_lung():
    found = [f for f in extract_findings("Right hilar nodes, left clear.") if f.category == "finding"]
    assert found and all(f.laterality == "left" and f.polarity is Polarity.ABSENT for f in found)
    assert "hilar_lymphadenopathy" not in {f.concept for f in found}
    assert {f.laterality for f in extract_findings("R clear.")} == {"right"}
    # "clear" is the lungs' word: a side called normal may be a breast's or a kidney's ("L normal" on a mammogram)
    assert extract_findings("L normal.") == []
