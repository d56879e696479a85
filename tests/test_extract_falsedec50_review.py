"""Review probes of lane falsedec50: real answers that looked like the new no-answer shapes (a deferral about two
kinds of one answer, "provides/offers" before a finding of this image, a line-opening cue that confirms, a search
list applied by its own verdict). Each was read as no answer by the lane before the review's repair."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES = [
    ('open', 'What is the abnormality?', 'The image shows a left-sided pneumothorax. It could be primary or secondary; a CT would help determine which.', 'pneumothorax'),
    ('open', 'What is the abnormality?', 'A subdural hematoma over the right convexity. It may be acute or subacute; MRI could help decide which.', 'subdural'),
    ('open', 'What abnormality is present in the brain?', 'This is a non-contrast CT of the head. It is ideal for demonstrating the acute subdural haematoma over the left convexity.', 'subdural'),
    ('open', 'What is the abnormality in the knee?', 'This MRI provides a clear view of a complete ACL tear.', 'acl'),
    ('open', 'What is the abnormality in the chest?', 'The radiograph offers clear evidence of a large right pneumothorax.', 'pneumothorax'),
    ('open', 'What is the abnormality in the abdomen?', 'The ultrasound provides a good look at the gallbladder, which contains multiple gallstones.', 'gallstone'),
    ('closed', 'Is there a pneumothorax?', '**Answer:** No\n\nActually, the lung markings run all the way to the chest wall, which confirms there is none.', 'no'),
    ('closed', 'Is there a pneumothorax?', '### Answer\nNo\n\n### Details\nLooking again at the apices, the markings are preserved on both sides.', 'no'),
    ('closed', 'Is there free air?', '**Answer**: Yes\n\nCorrection of my earlier wording: it is under the right hemidiaphragm, not the left.', 'yes'),
    ('closed', 'Is there a pleural effusion?', 'Looking at this film I would look for:\n- blunting\n- meniscus\nThe left angle is blunted with a meniscus - yes.', 'yes'),
    ('closed', 'Is the aorta dilated?', '**Answer:** Yes\n\nActually it measures 5.2 cm at the infrarenal segment.', 'yes'),
    ('closed', 'Is there an effusion?', '### Answer\nNo\n\n### Why\nWait for the lateral view only if symptoms persist; the angles are sharp.', 'no'),
    ('open', 'What is the abnormality?', 'This ultrasound provides a clear image of a thickened gallbladder wall with pericholecystic fluid, consistent with cholecystitis.', 'cholecystitis'),
]


@pytest.mark.parametrize(("kind", "question", "text", "expected"), CASES)
def test_answer_kept(kind: str, question: str, text: str, expected: str) -> None:
    gold = "yes" if kind == "closed" else "none"
    result = extract(text, Sample(id="p", question=question, answer=gold, answer_type=AnswerType(kind), options={}))
    assert result.answer is not None and expected in result.answer.lower(), (result.answer, result.status)
