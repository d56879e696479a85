"""Wrong sides and places the aligned checks missed (verify/aligned_sides, verify/aligned_places; issue #8, lane
place50). Sentences of our own: a sided thing whose sentence goes on past a comma to its finding, a direction ("just
right of the midline", "deviated to the left"), and a place modifier glossed in brackets ("the ventral (front)
surface")."""

import pytest

from medstep.verify import verify
from medstep.verify.aligned_places import places
from medstep.verify.aligned_sides import DIRECTION, sides_in

_RIB = "A destructive lytic lesion involves the right anterior 4th rib, with a small soft-tissue component."
_BREAST = "Irregular spiculated mass at 10 o'clock in the right breast, 3 cm from the nipple, measuring 14 mm."
_BODY = "A round metallic density 18 mm across projects over the neck at C6, slightly to the right of the midline."
_SHIFT = "The large left-sided empyema shifts the mediastinum and trachea to the right."
_CORD = "Tortuous dilated veins course along the dorsal surface of the thoracic cord from T8 to T12."


def _contradicted(chain: str, report: str) -> bool:
    return any(v.verdict.name == "CONTRADICTED" and v.consistent is False
               for s in verify(chain, report=report).steps for v in s.verdicts)


def test_a_direction_is_a_side_of_its_own_key_and_a_place_after_to_the_is_none():
    assert {x for x, _a, _b in sides_in("just to the left of the midline")} == {("left", DIRECTION)}
    assert {x for x, _a, _b in sides_in("just right of the midline.")} == {("right", DIRECTION)}
    assert {x for x, _a, _b in sides_in("a leftward shift of the mediastinum")} == {("left", DIRECTION)}
    assert {x for x, _a, _b in sides_in("the uvula is deviated to the right, and narrowed")} == {("right", DIRECTION)}
    assert sides_in("consolidation extends to the right lower lobe") == ()
    assert sides_in("8.1 cm compared to the left") == ()
    assert sides_in("the mediastinum is pulled towards the left hemithorax") == ()


def test_a_glossed_place_modifier_names_the_noun_after_the_gloss():
    assert ("ventral", "surfac") in {(m, n) for m, n, _at in places("along the ventral (front) surface of the cord")}


@pytest.mark.parametrize("chain, report", [
    ("Step 1: The left anterior 4th rib shows a destructive, lytic lesion with a small soft-tissue component.", _RIB),
    ("Location: left breast, 10 o'clock, 3 cm from the nipple, an irregular spiculated mass of 14 mm.", _BREAST),
    ("A round metallic density of 18 mm projects at C6, slightly left of the midline.", _BODY),
    ("The large left empyema with the mediastinum and trachea shifted to the left.", _SHIFT),
    ("Tortuous dilated veins course along the ventral (front) surface of the thoracic cord from T8 to T12.", _CORD),
])
def test_the_other_side_direction_or_place_is_contradicted(chain: str, report: str) -> None:
    assert _contradicted(chain, report), chain


@pytest.mark.parametrize("chain, report", [
    ("Step 1: The right anterior 4th rib shows a destructive, lytic lesion with a small soft-tissue component.", _RIB),
    ("Step 1: The anterior 4th rib shows a destructive, lytic lesion with a small soft-tissue component.", _RIB),
    ("Location: right breast, 10 o'clock, 3 cm from the nipple, an irregular spiculated mass of 14 mm.", _BREAST),
    ("A round metallic density of 18 mm projects at C6, just right of the midline.", _BODY),
    ("A round metallic density of 18 mm projects at C6, close to the midline.", _BODY),
    ("A large left empyema, the mediastinum and trachea pushed over to the right, away from it.", _SHIFT),
    ("A large left empyema with contralateral mediastinal shift.", _SHIFT),
    ("Tortuous dilated veins course along the dorsal (back) surface of the thoracic cord from T8 to T12.", _CORD),
    ("A correctly placed line should stay to the left of the spine; this one lies to the right of it.",
     "The right subclavian catheter descends to the right of the spine, its tip over the right atrium."),
    ("The right kidney is small and scarred, 8.1 cm compared to the left.",
     "The right kidney is small with a scarred upper pole, measuring 8.1 cm compared to 11.2 cm on the left."),
])
def test_the_same_side_a_coarser_place_or_a_supposed_direction_is_no_conflict(chain: str, report: str) -> None:
    assert not _contradicted(chain, report), chain


def test_a_lobe_holding_another_is_no_other_lobe():
    from medstep.verify.lexicon import locations_conflict

    assert not locations_conflict("lingula", "upper lobe") and not locations_conflict("upper lobe", "lingula")
    assert locations_conflict("lingula", "lower lobe") and locations_conflict("middle lobe", "lower lobe")
    report = "Patchy consolidation in the lingula, silhouetting the left heart border."
    assert not _contradicted("There is patchy consolidation in the left upper lobe, silhouetting the left heart border.",
                             report)
    assert _contradicted("There is patchy consolidation in the left lower lobe, silhouetting the left heart border.",
                         report)
