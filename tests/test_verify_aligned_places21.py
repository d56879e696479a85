"""A place of an unnamed thing against the place its aligned report sentence gives it on the same axis ("into the minor
fissure" against "into the right major fissure", "the upper sternum" against "the lower sternum"), when the report
never names the chain's place (verify/aligned_places, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.aligned_places import opposed, place_conflicts, places

_SPINE = ("Lateral radiograph of the thoracic spine. There is wedging of the anterior vertebral body of T8 with loss of "
          "height. The posterior elements are intact.")
_CHEST = ("CT of the chest. Nodular thickening of the pleura extends into the right major fissure. The left lung is "
          "clear.")


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_reading_places():
    assert {(m, n) for m, n, _at in places("thickening of the upper and mid walls")} == {("upper", "wall"), ("mid", "wall")}
    assert places("opacity over the upper and mid zones, with lower lobe collapse") == ()  # (the lung's own places)
    assert opposed("upper", "lower") and opposed("mid", "distal") and not opposed("upper", "distal")
    assert place_conflicts(frozenset({("minor", "fissure")}), frozenset({("major", "fissure")}), frozenset()) == [
        ("minor", "major")]
    # (a report naming both places compares nothing)
    assert place_conflicts(frozenset({("minor", "fissure")}), frozenset({("major", "fissure")}),
                           frozenset({("minor", "fissure")})) == []


def test_a_place_on_the_other_end_of_the_axis():
    assert "aligned-place-conflict" in _rules("Nodular pleural thickening extends into the minor fissure.", _CHEST)
    assert "aligned-place-conflict" in _rules("T8 shows wedging of the posterior vertebral body with height loss.",
                                              _SPINE)


def test_the_same_place_a_denied_place_and_a_place_the_report_names():
    assert "aligned-place-conflict" not in _rules("Nodular pleural thickening extends into the major fissure.", _CHEST)
    assert "aligned-place-conflict" not in _rules("Nodular pleural thickening does not reach the minor fissure.",
                                                  _CHEST)
    assert "aligned-place-conflict" not in _rules("T8 shows wedging of the anterior vertebral body with height loss, and "
                                                  "the posterior elements are intact.", _SPINE)
