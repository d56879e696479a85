"""Open answers given as the writer's estimate (issue #7, open exactness; ``extract/open_estimate.py``).

"Based on the tilted endplates, I estimate 34 degrees." was read whole and never matched its gold "34°": the reason
and the writer's verb of estimating are the frame, the value after it the answer. An estimate held open (a doubt, an
alternative, a denial) or stated as a clause of its own is not cut to a label.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_estimate import estimated
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample


def _correct(text: str, gold: str, question: str) -> bool:
    sample = Sample(id="e", question=question, answer=gold, answer_type=AnswerType.OPEN)
    reading = extract(text, sample)
    return reading.answer is not None and bool(grade(sample, reading, Generation(text=text)).correct)


@pytest.mark.parametrize(("question", "text", "gold"), [
    ("What is the hallux valgus angle?", "Measuring along the first metatarsal and proximal phalanx, I estimate 28 "
                                         "degrees.", "28°"),
    ("What is the Bosniak category?", "Given the thick enhancing septa, I'd put it at Bosniak III.", "Bosniak III"),
    ("Which rib is fractured?", "Counting from the first rib, I make it the left seventh rib.", "left seventh rib"),
    ("What is the Fazekas grade?", "Judging by the confluent periventricular change, I would estimate a Fazekas grade "
                                   "of 2.", "2"),
    ("What is the grade of the liver laceration?", "With a 4 cm deep laceration, my estimate is grade III.",
     "grade III"),
    ("What is the PI-RADS score?", "From the restricted diffusion and the 1.8 cm size, I would score it as 5.", "5"),
])
def test_the_value_after_the_writers_estimate_is_the_answer(question: str, text: str, gold: str) -> None:
    assert _correct(text, gold, question)


@pytest.mark.parametrize("text", [
    "Based on the endplates, I estimate either 25 or 35 degrees.",
    "I would estimate it at 40%, though I am not certain.",
    "I think it could be a meningioma or a schwannoma.",
    "I estimate that the angle is 30 degrees.",
    "Looking at the film, I would say not a fracture.",
])
def test_an_estimate_held_open_or_stated_as_a_clause_is_not_cut(text: str) -> None:
    assert estimated(text, "What is the answer?") is None
