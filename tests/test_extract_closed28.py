"""Closed answers (session 28, issue #7): a fracture answered by its signs on the asked bone ("Is there a fracture
of the calcaneus?" - "A fracture line extends into the posterior facet.", "The cortex of the distal radius is
intact."), never by a sign given on another bone."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    # signs of a fracture on the asked bone or a part of it (extract/signs.tsv, the fracture row)
    ("Is there a fracture of the ulna?", "The cortex of the ulnar shaft is intact throughout.", "no"),
    ("Is there a fracture of the humerus?", "Cortical outlines of the humerus are preserved.", "no"),
    ("Is there a fracture of the femur?", "No cortical break is seen in the femur.", "no"),
    ("Is there a fracture of the tibia?", "There is a break in the anterior cortex of the tibial shaft.", "yes"),
    ("Is there a fracture of the radius?", "A thin lucent line runs across the radial shaft.", "yes"),
    ("Is there a fracture of the wrist?", "Subtle cortical buckling of the distal radius.", "yes"),
    ("Is there a fracture of the mandible?", "Fracture lines pass through the right mandibular body.", "yes"),
    ("Is there a fracture of the calcaneus?", "A fracture line extends into the posterior facet.", "yes"),
    # near misses: another bone, a hedge, another organ's cortex, the finding stated the other way
    ("Is there a fracture of the scaphoid?", "There is a cortical step-off at the distal radius.", None),
    ("Is there a fracture of the scaphoid?", "The cortex of the distal radius is intact.", None),
    ("Is there a fracture of the scaphoid?", "A radiolucent line crosses the distal radial metaphysis.", None),
    ("Is there a fracture of the tibia?", "Possible break in the anterior cortex of the tibial shaft.", None),
    ("Is there a rib fracture?", "The renal cortex is intact.", None),
    ("Is there a fracture of the femur?", "The femoral cortex is intact, but there is a fracture of the patella.", None),
])
def test_fracture_signs(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
