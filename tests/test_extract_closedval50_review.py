"""Review probes of lane closedval50: closed replies the value readers got worse than the base (an incidental lipoma
taken for the asked lesion, a simple cyst of another organ, an advised alternative and a turn after the value, a
negated "argues against", "complex" in a structure's name)."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

PREAMBLE = ('The study was reviewed in full on the workstation with all available series and reconstructions, and the image quality is adequate for interpretation without significant motion or streak artefact. Clinical details provided were limited, so the assessment below relies on imaging appearances alone. ')

CASES = [
    ('A11', 'Is the lesion malignant?',
     PREAMBLE + 'The lesion is spiculated and has spread to regional nodes and the liver. Incidentally, there is a small lipoma in the back.',
     [None, 'yes']),
    ('A19', 'Is the pancreatic cyst simple?',
     PREAMBLE + 'The pancreatic cyst has a thick wall and an enhancing nodule. A simple cyst is present in the liver.',
     [None, 'no']),
    ('C13', 'Is the breast lesion malignant?',
     PREAMBLE + 'The lesion is most likely a hamartoma. A phyllodes tumour is the main alternative and biopsy is advised.',
     [None]),
    ('C14', 'Is the lesion malignant?',
     PREAMBLE + 'The lesion is an adenoma. On the other hand, its rapid growth is worrying.',
     [None]),
    ('H2', 'Is there a pneumothorax?',
     PREAMBLE + 'Nothing argues against a pneumothorax; the visceral pleural line is clearly visible at the apex.',
     ['yes']),
    ('M1', 'Does the lesion involve the ostiomeatal complex?',
     PREAMBLE + 'The lesion fills the left infundibulum and blocks drainage of the maxillary sinus. This is a simple cyst.',
     [None, 'yes']),
    ('M3', 'Is the mass adjacent to the anterior ligamentous complex?',
     PREAMBLE + 'The mass abuts the anterior longitudinal ligament. It is a simple cyst.',
     [None, 'yes']),
]


@pytest.mark.parametrize(("probe", "question", "reply", "accepted"), CASES)
def test_closed_value_reading(probe: str, question: str, reply: str, accepted: list[str | None]) -> None:
    result = extract(reply, Sample(id=probe, question=question, answer="yes", answer_type=AnswerType.CLOSED, options={}))
    assert result.answer in accepted, (result.answer, result.rule)
