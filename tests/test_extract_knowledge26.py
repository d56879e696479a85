"""Textbook prose about the finding asked, to a yes/no question (gen26, issue #7): a term defined by a verb of meaning
("Hydronephrosis refers to ..."), what any reader looks for in the impersonal "one" ("Radiographically one looks for
..."), the class taken up again by its pronoun ("It may cross suture lines.") or a frequency class of signs that
lists them ("Typical CT signs include X, Y and Z") gives no verdict. The reply that answers and then defines the term
still answers."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="k", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    ("Is there hydronephrosis?", "Hydronephrosis refers to dilatation of the renal collecting system."),
    ("Is there a pneumoperitoneum?", "Pneumoperitoneum denotes free gas within the peritoneal cavity."),
    ("Is there a pneumothorax?", "On an erect film one looks for a thin pleural edge with no vessels beyond it."),
    ("Is there a pleural effusion?", "On a supine film one would expect a veil-like haze over the hemithorax."),
    ("Is there diverticulitis?", "Typical CT signs include colonic wall thickening, pericolic stranding and "
                                 "an inflamed diverticulum."),
    ("Is there an intussusception?", "Intussusception refers to telescoping of one bowel segment into the next. "
                                     "On ultrasound one looks for a target sign."),
    # the class taken up again by its pronoun
    ("Is there pneumoperitoneum?", "Pneumoperitoneum means free gas within the peritoneal cavity. On an erect film "
                                   "it shows as a crescent of lucency under the diaphragm."),
    ("Is there a subdural haematoma?", "A subdural haematoma is a collection of blood between the dura and the "
                                       "arachnoid. It may cross suture lines."),
])
def test_textbook_prose_gives_no_verdict(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    # an answer, then the term defined
    ("Is there hydronephrosis?", "No hydronephrosis is seen. Hydronephrosis refers to dilatation of the collecting "
                                 "system.", "no"),
    ("Is there a pneumothorax?", "Yes. On an erect film one looks for a thin pleural edge, and here there is one at "
                                 "the left apex.", "yes"),
    # the pronoun reporting this case's thing after a definition
    ("Is there a subdural haematoma?", "Yes. A subdural haematoma is a collection of blood under the dura. It is "
                                       "present along the left convexity.", "yes"),
    # "one" counting, not the impersonal reader
    ("Is there a renal cyst?", "One renal cyst is seen in the left kidney.", "yes"),
    # the signs said of this image
    ("Is there diverticulitis?", "Yes: the typical signs are present, with wall thickening, pericolic stranding and "
                                 "an inflamed diverticulum.", "yes"),
])
def test_the_answer_beside_such_prose_still_reads(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer
