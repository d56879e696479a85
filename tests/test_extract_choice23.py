"""Multiple-choice answers, session 23 (issue #7): decisions on fresh text that were left unread or misread.

* "go for" / "went with" as choice verbs ("I'd go for B");
* a negated choice verb reaches its option past the option's article ("I would not opt for the syrinx").

Each reading is checked beside a near miss that must stay unread (or ambiguous). Sentences of our own.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_CORD = {"A": "Multiple sclerosis plaque", "B": "Spinal cord ependymoma", "C": "Syrinx", "D": "Transverse myelitis"}


def _extract(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?"):
    return extract(text, Sample(id="c23", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options))


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?") -> str | None:
    return _extract(text, options, question).answer


@pytest.mark.parametrize("text,want", [
    ("I'd go for **B. Spinal cord ependymoma**. The mass sits centrally and enhances. A plaque would be short and "
     "eccentric; a syrinx would not enhance.", "B"),
    ("Going for C: the cord holds a fluid cavity. Myelitis would span many segments.", "C"),
    ("I went with D after weighing the others. A plaque would be shorter.", "D"),
    # a negated or someone else's "go for" chooses nothing
    ("I wouldn't go for B; the mass is eccentric, a plaque would be short and a syrinx would not enhance.", None),
    ("Some would go for B, but the cap makes me doubt it. A plaque would be short.", None),
])
def test_go_for_chooses(text: str, want: str | None) -> None:
    assert _read(text, _CORD) == want


@pytest.mark.parametrize("text,want", [
    ("I would not opt for the syrinx.", None),
    ("I wouldn't settle on a syrinx here; the mass enhances.", None),
    ("Do not go for the syrinx.", None),
    # without the negation the same words choose
    ("I'd opt for the syrinx.", "C"),
    ("I'd settle on a syrinx here; the cavity does not enhance.", "C"),
])
def test_negated_choice_reaches_past_article(text: str, want: str | None) -> None:
    assert _read(text, _CORD) == want
