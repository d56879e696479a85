"""Open grading (``score/outcome.py`` through ``answers/text.py``): an answer denying the gold concept earns no token
credit, and the reward entry point agrees with eval's grade on the same completion."""

from __future__ import annotations

import pytest

from medstep.answers import token_f1, token_precision, token_recall
from medstep.rewards import accuracy_reward
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample


@pytest.mark.parametrize(("answer", "gold"), [
    ("not pneumonia", "pneumonia"),
    ("no pneumothorax", "pneumothorax"),
    ("pneumonia ruled out", "pneumonia"),
    ("pneumothorax is not seen", "pneumothorax"),
    ("pneumothorax", "no pneumothorax"),
    ("无气胸", "气胸"),
])
def test_an_answer_denying_the_gold_earns_no_token_credit(answer: str, gold: str) -> None:
    assert (token_recall(answer, gold), token_precision(answer, gold), token_f1(answer, gold)) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(("answer", "gold", "recall"), [
    ("no evidence of fracture", "no fracture", 1.0),
    ("pneumonia without effusion", "pneumonia", 1.0),
    ("atelectasis not pneumonia", "atelectasis", 1.0),
    ("no abnormality is seen chest appears normal", "normal", 1.0),  # the denial ends at the next statement
    ("non displaced fracture", "displaced fracture", 0.5),  # "non" denies the one word after it
])
def test_the_words_a_negation_does_not_reach_keep_their_credit(answer: str, gold: str, recall: float) -> None:
    assert token_recall(answer, gold) == recall


@pytest.mark.parametrize(("completion", "gold", "status", "reward"), [
    ("Not pneumonia.", "pneumonia", "unparsed", -1.0),
    ("It is not pneumonia; it is atelectasis.", "atelectasis", "scored", 1.0),
    ("Atelectasis, not pneumonia.", "pneumonia", "scored", 0.0),
])
def test_the_reward_agrees_with_eval_on_a_negated_open_answer(completion: str, gold: str, status: str,
                                                              reward: float) -> None:
    sample = Sample(id="r13", question="What is the diagnosis?", answer=gold, answer_type=AnswerType.OPEN)
    score = grade(sample, None, Generation(text=completion))
    assert (score.status.value, float(bool(score.correct)) if status == "scored" else -1.0) == (status, reward)
    assert score.recall == reward if status == "scored" else score.recall == 0.0
    assert accuracy_reward(None, [completion], answer=[gold], answer_type=["open"], question=["What is the diagnosis?"],
                           unparsed=-1.0) == [reward]


@pytest.mark.parametrize(("answer", "gold"), [
    ("RLL", "right lower lobe"),  # verify/triggers.tsv: rll is laterality right, location lower lobe
    ("LUL consolidation", "left upper lobe consolidation"),
    ("right middle lobe", "RML"),
    ("ACL tear", "anterior cruciate ligament tear"),  # answers/concepts.tsv: both answers name one concept
    ("CHF", "congestive heart failure"),
])
def test_an_abbreviation_a_table_gives_is_the_words_it_stands_for(answer: str, gold: str) -> None:
    # asked "What is it?": a place question reads the place out of "ACL tear" (extract/open_place.py), which is
    # the answer to "Where is it?" and not this test's point
    sample = Sample(id="a13", question="What is it?", answer=gold, answer_type=AnswerType.OPEN)
    score = grade(sample, None, Generation(text=answer))
    assert (score.correct, score.recall, score.f1) == (True, 1.0, 1.0)
    assert accuracy_reward(None, [answer], answer=[gold], answer_type=["open"], question=["What is it?"]) == [1.0]


@pytest.mark.parametrize(("answer", "gold"), [
    ("LUL", "left lower lobe"),
    ("RLL", "right lung"),
    ("PCL tear", "anterior cruciate ligament tear"),
    ("MCA", "middle cerebral artery aneurysm"),  # it spells the artery, not its aneurysm
    ("MS", "multiple sclerosis"),  # two letters: no table gives it, and the first letters alone are too few
])
def test_an_abbreviation_of_other_words_stays_wrong(answer: str, gold: str) -> None:
    sample = Sample(id="a13", question="Where is it?", answer=gold, answer_type=AnswerType.OPEN)
    assert not grade(sample, None, Generation(text=answer)).correct
