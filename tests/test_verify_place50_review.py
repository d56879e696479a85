"""Review probes of lane place50: faithful chains the lane's side readings contradicted (a direction measured from a
landmark met a report's movement; a side carried across another side or into a new clause about another organ)."""

import pytest

from medstep.verify import verify

CASES = [
    ('D12', 'The mass lies to the left of the trachea, displacing it to the right.', 'A left paratracheal mass displaces the trachea to the right.'),
    ('D15', 'The collapsed left lung lies to the left of the heart, and the heart is shifted to the right.', 'Large left tension pneumothorax with complete collapse of the left lung and shift of the heart to the right.'),
    ('D16', 'The collapsed lung lies to the left of the heart.', 'Large left tension pneumothorax with complete collapse of the left lung and shift of the heart to the right.'),
    ('P11', 'A right peritonsillar abscess lying to the right of the uvula, deviating it to the left.', 'The uvula is deviated to the left by a right peritonsillar abscess.'),
    ('H03', 'Very little height is left of the L2 body after the collapse, with a retropulsed fragment.', 'L2 vertebral collapse with a retropulsed fragment to the right of the midline.'),
    ('A24', 'The right ovary is seen, measuring normally, a 4 cm simple cyst arises from the left ovary.', 'The left ovary contains a 4 cm simple cyst. The right ovary is normal.'),
    ('O01', 'The right kidney was also scanned, the spleen is enlarged at 16 cm.', 'Splenomegaly, 16 cm. A 3 cm cyst in the left kidney.'),
    ('P01', 'The left kidney was imaged as well, the liver measures 19 cm and is enlarged.', 'Hepatomegaly, 19 cm. A 2 cm angiomyolipoma in the right kidney.'),
    ('P06', 'The left ankle was x-rayed for comparison, the fracture of the lateral malleolus is displaced.', 'Right ankle: displaced fracture of the lateral malleolus. Left ankle normal.'),
]


@pytest.mark.parametrize(("probe", "chain", "report"), CASES)
def test_faithful_side_not_contradicted(probe: str, chain: str, report: str) -> None:
    verdicts = [v for s in verify(chain, report=report).steps for v in s.verdicts]
    assert not any(v.verdict.name == "CONTRADICTED" and v.consistent is False for v in verdicts), probe
