"""An option named only to be called normal is not chosen (lead, session 18; review18's finding): "The left kidney
is normal." read "Left kidney" to "Which kidney is abnormal?", a wrong parse. To "Which kidney is normal?" the same
reply is left unread: the choice reader does not see the question, and an unread answer is counted, a wrong one is
not. Sentences of our own."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_KIDNEY = {"A": "Left kidney", "B": "Right kidney", "C": "Both kidneys", "D": "Neither"}
_EYE = {"A": "Left eye", "B": "Right eye", "C": "Both eyes", "D": "Neither"}
_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Normal"}


def _read(question: str, text: str, options: dict[str, str]) -> str | None:
    return extract(text, Sample(id="n", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


@pytest.mark.parametrize("question,text,options", [
    ("Which kidney is abnormal?", "The left kidney is normal.", _KIDNEY),
    ("Which kidney is abnormal?", "Left kidney: normal.", _KIDNEY),
    ("Which kidney is abnormal?", "Left kidney: unremarkable.", _KIDNEY),
    ("Which eye is affected?", "The left eye is unaffected.", _EYE),
    ("What is shown?", "Pneumothorax: none.", _CHEST),
])
def test_an_option_called_normal_is_not_chosen(question, text, options):
    assert _read(question, text, options) is None


@pytest.mark.parametrize("question,text,options,letter", [
    ("Which kidney is abnormal?", "Left kidney: hydronephrosis.", _KIDNEY, "A"),
    ("Which kidney is abnormal?", "The left kidney is normal; the right kidney is hydronephrotic.", _KIDNEY, "B"),
    ("Which eye is affected?", "The left eye is affected.", _EYE, "A"),
    ("What is shown?", "Pneumothorax: large, right-sided.", _CHEST, "A"),
    # to a question asking the normal one, the option called normal answers it (choice.called_normal_asked, session
    # 19; unread before), never the other letter
    ("Which kidney is normal?", "Left kidney: normal.", _KIDNEY, "A"),
])
def test_an_option_stated_is_still_chosen(question, text, options, letter):
    assert _read(question, text, options) == letter
