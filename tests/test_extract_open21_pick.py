"""The candidate an open answer commits to after its differential, or in a firm closing sentence after a description
(``extract/open_pick.py``); a commitment held open after a list leaves the candidates weighed."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.types import AnswerType, Generation, Sample

Q = "What is the most likely diagnosis?"


def _open(text: str, gold: str, question: str = Q) -> tuple[str | None, str, bool]:
    sample = Sample(id="p", question=question, answer=gold, answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, got.status.value, grade(sample, got, Generation(text=text)).correct


@pytest.mark.parametrize("text, gold", [
    ("Differential:\n1. Cerebral abscess\n2. Necrotic glioma\n3. Metastasis\n\nMost likely: cerebral abscess, given "
     "the restricted diffusion in its core.", "cerebral abscess"),
    ("The differential includes sarcoidosis, lymphoma and silicosis; I favour sarcoidosis because the nodules are "
     "perilymphatic.", "sarcoidosis"),
    ("Differentials: chondrosarcoma, enchondroma, bone infarct. Of these, enchondroma is the most likely given the "
     "small size and absent endosteal scalloping.", "enchondroma"),
    ("Considerations include a meningioma or an acoustic schwannoma. The widened porus acusticus makes acoustic "
     "schwannoma the diagnosis.", "acoustic schwannoma"),
    ("DDx: diverticulitis, colitis, colon cancer. Leading diagnosis is sigmoid diverticulitis.",
     "sigmoid diverticulitis"),
    ("Possibilities include a thymoma, a lymphoma or a germ cell tumour. Given the fat and calcium, germ cell tumour "
     "is the most likely.", "germ cell tumour"),
    ("The differential includes hydronephrosis and a parapelvic cyst. Most likely hydronephrosis.", "hydronephrosis"),
])
def test_the_pick_after_a_differential_is_the_answer(text: str, gold: str) -> None:
    answer, _, correct = _open(text, gold)
    assert correct, answer


@pytest.mark.parametrize("text", [
    "The differential includes gout and pseudogout. Most likely gout or pseudogout.",
    "Differential: gout, pseudogout, septic arthritis. The most likely diagnosis is gout. However, pseudogout is also "
    "possible.",
    "Differential: gout, pseudogout, septic arthritis. Most likely: gout, pseudogout and septic arthritis.",
    "The differential includes gout and pseudogout. The most likely diagnosis is gout. Thinking again, the most "
    "likely diagnosis is pseudogout.",
    "Possibilities include gout and pseudogout. Most likely: not gout.",
])
def test_a_commitment_held_open_after_a_list_picks_nothing(text: str) -> None:
    answer, status, _ = _open(text, "gout")
    assert (answer, status) == (None, "ambiguous")


def test_a_firm_closing_sentence_after_a_description_is_the_answer() -> None:
    answer, _, correct = _open("The lesion is lytic and eccentric with a narrow zone of transition. The most likely "
                               "diagnosis is a giant cell tumour.", "giant cell tumour")
    assert correct, answer
    # a description that doubts or weighs is no description only: the closing pick is not taken from it
    answer, _, _ = _open("The lesion could be lytic or sclerotic. The most likely diagnosis is a giant cell tumour.",
                         "giant cell tumour")
    assert answer != "giant cell tumour"
    # nor a pick that is not the last word: something after it still speaks
    answer, _, _ = _open("The lesion is lytic. The most likely diagnosis is a giant cell tumour. It could also be an "
                         "aneurysmal bone cyst.", "giant cell tumour")
    assert answer != "giant cell tumour"


@pytest.mark.parametrize("text, question, gold", [
    ("The liver is small with a nodular outline and there is ascites. These features are consistent with cirrhosis.",
     "What is the abnormality of the liver?", "cirrhosis"),
    ("There is a focal bulge of the left heart border with rim calcification. This is most consistent with a "
     "ventricular aneurysm, which can follow a myocardial infarction.", "What is the abnormality seen in the heart?",
     "ventricular aneurysm"),
    ("A target-like mass lies in the right abdomen. This appearance is characteristic of intussusception, where one "
     "bowel segment telescopes into the next.", "What is the diagnosis?", "intussusception"),
])
def test_a_closing_conclusion_about_what_was_described_is_the_answer(text: str, question: str, gold: str) -> None:
    answer, _, correct = _open(text, gold, question)
    assert correct, answer


@pytest.mark.parametrize("text, question", [
    ("There is a left pneumothorax. This is consistent with the history of trauma.", "What is the abnormality?"),
    ("There is a mediastinal mass. These findings are consistent with lymphoma or thymoma.", "What is the diagnosis?"),
    ("There is a mediastinal mass. These findings are consistent with lymphoma. However, a thymoma cannot be "
     "excluded.", "What is the diagnosis?"),
    ("There is a mediastinal mass. This is not consistent with lymphoma.", "What is the diagnosis?"),
    ("There is a mass in the right upper lobe. These findings are consistent with lung cancer.",
     "Where is the mass located?"),
])
def test_a_closing_conclusion_about_a_circumstance_held_open_or_to_a_where_question_is_not_picked(
        text: str, question: str) -> None:
    answer, _, _ = _open(text, "x", question)
    assert answer not in ("history of trauma", "lymphoma", "lung cancer")


@pytest.mark.parametrize("text, gold", [
    # a ranked pick with a concession: the pick, the other kept in mind (as the corpus labels read it)
    ("Differential: gout, pseudogout, septic arthritis. I favour gout, although septic arthritis cannot be excluded.",
     "gout"),
    ("Based on the lucency at the apex of a carious molar, the most likely diagnosis is a periapical abscess, "
     "although a radicular cyst would look similar.", "periapical abscess"),
    # a later sentence that only ranks the others down
    ("The fundus shows tortuous bluish submucosal vessels. In cirrhosis, the cause of bleeding would most likely be "
     "gastric varices. Other possibilities such as an ulcer are less consistent with these vessels.",
     "gastric varices"),
])
def test_a_ranked_pick_keeps_its_rank_beside_a_concession(text: str, gold: str) -> None:
    answer, _, correct = _open(text, gold)
    assert correct, answer


@pytest.mark.parametrize("text", [
    "The most likely diagnosis is a disease.",  # a pick that names nothing
    "The most likely diagnosis is gout. However, pseudogout is also possible.",  # a later doubt, not ranked down
    "The differential includes gout and pseudogout. Most likely gout, although I am not sure.",  # the pick doubted
])
def test_an_empty_pick_or_a_later_doubt_gives_no_pick(text: str) -> None:
    answer, _, _ = _open(text, "gout")
    assert answer not in ("disease", "gout")
