"""A class of a named classification ("Schatzker type II", "Salter-Harris IV", "BI-RADS 4", "Weber B", "grade 3") is
compared with the report's class of the same name: another class, not a subclass of it, contradicts (verify/
quantities CLASS through verify/aligned, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.quantities import quantities_conflict, read_quantities

_KNEE = ("Radiographs of the left knee. There is a split-depression fracture of the lateral tibial plateau, Schatzker "
         "type II. No dislocation.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_KNEE).steps for v in s.verdicts]


def test_reading_classes():
    assert read_quantities("a salter-harris iv fracture") == {"class": {("salter harris=4", 16, 18)}}
    assert read_quantities("a bosniak iif cyst") == {"class": {("bosniak=2f", 10, 13)}}
    assert read_quantities("the type of study") == {}
    assert quantities_conflict("class", "weber=b", "weber=c")
    assert not quantities_conflict("class", "gartland=3a", "gartland=3")
    assert not quantities_conflict("class", "grade=3", "schatzker=4")


def test_another_class_of_the_same_classification():
    assert "aligned-class-conflict" in _rules("The lateral tibial plateau has a split-depression fracture, Schatzker "
                                              "type IV.")
    assert "aligned-class-conflict" in _rules("This is a Schatzker 5 fracture of the tibial plateau.")


def test_the_same_class_two_classes_or_another_name():
    for chain in ("The lateral tibial plateau has a split-depression fracture, Schatzker type 2.",
                  "The fracture is Schatzker II or III.",
                  "If the medial plateau were broken too it would be Schatzker V; it is not.",
                  "The lateral tibial plateau fracture is a grade 3 injury."):
        assert "aligned-class-conflict" not in _rules(chain), chain
