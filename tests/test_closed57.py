"""Closed questions answered by a statement that was read unparsed (issue #7, session 57, lane closed57).

* Advice closing a reply ("This warrants urgent surgical evaluation.", "Follow-up is recommended.") says what to do
  about the answer: the verdict stands before it, and the reply is read as if it ended there
  (``extract/advice.py`` ``before_advice``, called by ``extract/closed_reader.py`` only where the whole reply read
  nothing). Advice that weighs candidates, doubts the verdict, holds a verdict word or names a side stays.
* An arrow draws a conclusion as a full stop or "so" does: "Intimal flap, two lumens. → yes" closes on its verdict
  (``extract/closing_yes_no.py``).
* "Both" before a paired subject names the pair ("Both kidneys are enlarged." to "Are the kidneys enlarged?",
  ``extract/implicit_property.py``).

Near misses stay unread: the hedge, a question mark or a condition before the arrow, advice that names the other
side, advice that weighs a differential, a hedged "both". The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.advice import before_advice
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, gold: str = "yes") -> tuple[str | None, str, str]:
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value, ext.rule


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Is there evidence of bowel ischemia on this CT?",
     "Reduced mural enhancement and pneumatosis. In summary: yes. This warrants urgent surgical evaluation.", "yes"),
    ("Is the liver enlarged?", "Hepatic span 19 cm, edge below the costal margin: yes. Ultrasound follow-up is "
     "advised. Referral to hepatology is warranted.", "yes"),
    ("Is there a pneumothorax?", "No visceral pleural line; lung markings reach the chest wall — no. Clinical "
     "correlation is advised.", "no"),
    ("Is there a pneumothorax?", "Sharp pleural line at the apex — yes, a small apical pneumothorax. Follow-up "
     "radiograph is recommended in 4 hours.", "yes"),
])
def test_verdict_before_closing_advice(question: str, text: str, answer: str) -> None:
    assert _read(question, text)[:2] == (answer, "scored")


@pytest.mark.parametrize(("question", "text"), [
    # the advice names the other side: the answer may not reach it
    ("Is there a pneumothorax?", "Lung markings reach the chest wall on the right — no. Follow-up is recommended for "
     "the left."),
    # the advice weighs a differential: it holds the verdict open
    ("Is there a pneumothorax?", "Visceral pleural line at the right apex. So, yes. CT would help distinguish a bulla "
     "from a pneumothorax."),
    # no verdict before the advice: the hedged sighting stays a hedge
    ("Is there a mass in the pancreas?", "There may be a hypodense mass in the head of the pancreas. This should be "
     "evaluated further with a biopsy."),
    ("Is there a pneumothorax?", "I checked the apices for a pleural line. Follow-up is recommended."),
    # a statement left last by the cut: the advice may act on it (only a verdict word is read before advice)
    ("Is the endotracheal tube in good position?", "The tip is 5 cm above the carina. It should be withdrawn if the "
     "patient is extubated."),
    ("Is the liver enlarged?", "Yes or no is hard here. Follow-up is recommended."),
    # a textbook sentence left last by the cut is no conclusion
    ("Is there a fracture?", "The image shows a lateral view of the ankle. Fractures around the ankle are commonly "
     "classified using the Weber system. Assessment should include the mortise and the talar dome."),
])
def test_advice_that_is_part_of_the_answer(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_before_advice_cuts_only_closing_advice() -> None:
    assert before_advice("So, yes. Surgery is recommended. Follow-up is advised.") == "So, yes."
    assert before_advice("Surgery is recommended. So, yes.") is None
    assert before_advice("Surgery is recommended.") is None  # nothing before it: no answer to keep
    assert before_advice("So, yes. Surgery is indicated if Doppler confirms it.") is None


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Is the aorta dissected?", "Intimal flap in the ascending and descending aorta, true and false lumens. "
     "Stanford A. → yes", "yes"),
    ("Is the gallbladder distended?", "Lumen 12 cm, tense wall -> yes", "yes"),
    ("Is the femur fractured?", "Cortex intact throughout, no lucent line ⇒ no", "no"),
    ("Is there a pleural effusion?", "Costophrenic angles sharp. → no", "no"),
])
def test_arrow_draws_the_verdict(question: str, text: str, answer: str) -> None:
    assert _read(question, text) == (answer, "scored", "yes_no_final")


@pytest.mark.parametrize(("question", "text"), [
    ("Is there a pleural effusion?", "Could be fluid or thickening → yes?"),
    ("Is there a pleural effusion?", "If the angle were blunted → yes"),
    ("Is the heart enlarged?", "If the CTR is above 0.5 → yes"),
    ("Is the heart enlarged?", "Assuming a PA film, CTR 0.55 ⇒ yes"),
])
def test_arrow_under_a_doubt_or_condition(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Are the kidneys enlarged?", "Both kidneys are enlarged (right 15 cm, left 16 cm) and replaced by innumerable "
     "cysts of varying size, consistent with autosomal dominant polycystic kidney disease.", "yes"),
    ("Are the ovaries enlarged?", "Both ovaries are enlarged with multiple peripheral follicles.", "yes"),
    ("Are the ovaries enlarged?", "Both ovaries are not enlarged.", "no"),
])
def test_both_names_the_pair(question: str, text: str, answer: str) -> None:
    assert _read(question, text)[:2] == (answer, "scored")


@pytest.mark.parametrize(("question", "text"), [
    ("Are the ovaries enlarged?", "Both ovaries are probably enlarged."),
    ("Are the hips dislocated?", "Both hips may be dislocated."),
])
def test_both_under_a_hedge(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize(("question", "text"), [
    ("Is the optic disc swollen?", "The optic disc appears normal."),
    ("Is the bladder wall thickened?", "The bladder wall is unremarkable."),
    ("Is the tendon thickened?", "The tendon looks normal."),
    ("Is the left lung collapsed?", "The left lung appears normal."),
])
def test_normal_subject_against_an_abnormal_state(question: str, text: str) -> None:
    assert _read(question, text, "no")[:2] == ("no", "scored")


@pytest.mark.parametrize(("question", "text"), [
    ("Is the optic disc swollen?", "The optic disc appears probably normal."),  # the hedge
    ("Is the optic disc swollen?", "The left optic disc appears normal."),  # one side of an unsided question
    ("Is the optic disc swollen?", "The optic disc is normal; the right disc is swollen."),  # the state named after
    ("Is the optic disc swollen?", "The optic disc is normal apart from mild swelling."),  # the exception
    ("Is the uterus retroverted?", "The uterus is normal."),  # a position, not a word calling an organ abnormal
    ("Is the lesion calcified?", "The lesion is normal."),
    ("Is the kidney swollen?", "The left kidney is normal."),
    ("Is the tendon thickened?", "The tendon was normal on the prior study."),  # the past
    ("Is the tendon thickened?", "If the tendon is normal, surgery is not needed."),  # a condition
])
def test_normal_subject_near_misses(question: str, text: str) -> None:
    assert _read(question, text, "no")[0] is None
