"""RL rewards on hand-written completions: what each reward gives, where it does not apply, how they combine."""

import pytest

from medstep.rewards import (
    REWARDS, LengthPenalty, MedstepReward, RepetitionPenalty, RewardConfig, accuracy_reward, box_giou_reward,
    box_iou_reward, clinical_reward, completion_text, compute_score, format_reward, majority_vote_reward,
    perception_reward, reasoning_reward, weighted_sum,
)
from medstep.types import MedstepError

OPTIONS = {"A": "Right pleural effusion", "B": "Left pneumothorax", "C": "No acute abnormality"}
REPORT = "Small right pleural effusion. No pneumothorax. Heart size is normal."
GOOD = ("<think>The right costophrenic angle is blunted by a small pleural effusion.\nThere is no pneumothorax."
        "</think><answer>A</answer>")
WRONG = "<think>A pneumothorax is present on the left.</think><answer>B</answer>"
NO_TAGS = "The answer is A."
UNPARSED = "<think>It could be A or B.</think><answer>A or B</answer>"
COMPLETIONS = [GOOD, WRONG, NO_TAGS, UNPARSED]


def columns(n=len(COMPLETIONS), **over):
    base = {"answer": ["A"] * n, "options": [OPTIONS] * n, "report": [REPORT] * n}
    base.update(over)
    return base


def test_accuracy_is_evals_grade_and_never_guesses():
    assert accuracy_reward(None, COMPLETIONS, **columns()) == [1.0, 0.0, 1.0, 0.0]
    assert accuracy_reward(None, COMPLETIONS, unparsed=-1.0, **columns()) == [1.0, 0.0, 1.0, -1.0]
    # a row without a gold answer: the reward does not apply (TRL leaves None out of the sum)
    assert accuracy_reward(None, [GOOD, GOOD], answer=["A", ""], options=[OPTIONS] * 2) == [1.0, None]


def test_format_reward_is_strict():
    ok = "<think>Step one.\nStep two.</think>\n<answer>A</answer>"
    assert format_reward(None, [ok, NO_TAGS, ok + " Done.", "<think></think><answer>A</answer>",
                                "<answer>A</answer><think>x</think>", "<think>a</think><think>b</think><answer>A</answer>"]
                         ) == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize("reward", [reasoning_reward, clinical_reward, perception_reward])
def test_negation_flip_is_told_apart(reward):
    """N-gram metrics score these two alike (they share every word but "no"); the verifier does not."""
    report = ["Small left pleural effusion. No pneumothorax."] * 2
    said = "<think>There is a small left pleural effusion.\nThere is no pneumothorax.</think><answer>yes</answer>"
    flipped = "<think>There is no pleural effusion.\nThere is no pneumothorax.</think><answer>yes</answer>"
    right, wrong = reward(None, [said, flipped], answer=["yes", "yes"], report=report)
    assert right is not None and wrong is not None and right > wrong
    bare = reward(None, ["<think>Pleural effusion.</think><answer>yes</answer>",
                         "<think>No pleural effusion.</think><answer>yes</answer>"],
                  answer=["yes", "yes"], report=["Pleural effusion."] * 2)
    assert bare[0] > bare[1]


def test_verifier_rewards_are_none_without_evidence():
    for reward in (reasoning_reward, clinical_reward, perception_reward):
        assert reward(None, [GOOD], answer=["A"], options=[OPTIONS]) == [None], reward.__name__
    good, wrong = reasoning_reward(None, [GOOD, WRONG], **columns(2))
    assert good > 0.5 and wrong == 0.0  # a contradicted pneumothorax claim earns nothing


def test_perception_counts_key_findings_and_takes_an_annotated_column():
    report = ["Right upper lobe consolidation. Small left pleural effusion."] * 3
    half = "<think>There is a right upper lobe consolidation.</think><answer>A</answer>"
    both = "<think>Right upper lobe consolidation and a small left pleural effusion.</think><answer>A</answer>"
    none = "<think>The image was reviewed.</think><answer>A</answer>"
    scores = perception_reward(None, [half, both, none], answer=["A"] * 3, report=report)
    assert scores == [0.5, 1.0, 0.0]
    keyed = perception_reward(None, [half], answer=["A"], report=report[:1],
                              key_findings=[["Right upper lobe consolidation."]])
    assert keyed == [1.0]


def test_box_rewards_read_every_unit_and_skip_other_rows():
    cols = {"answer": ["[10, 10, 50, 50]"] * 5 + ["yes"], "answer_type": ["box"] * 5 + ["closed"],
            "image_size": [[100, 100]] * 5 + [None]}
    outs = ["<answer>[10, 10, 50, 50]</answer>", "<answer>[0.1, 0.1, 0.5, 0.5]</answer>",
            "<answer>[100, 100, 500, 500]</answer>", "<answer>[60, 60, 90, 90]</answer>",
            "<answer>the lesion</answer>", "<answer>yes</answer>"]
    iou = box_iou_reward(None, outs, **cols)
    giou = box_giou_reward(None, outs, **cols)
    assert iou[:3] == [pytest.approx(1.0)] * 3 and iou[3] == 0.0 and iou[4] == 0.0 and iou[5] is None
    assert -1.0 < giou[3] < 0.0 and giou[4] == -1.0 and giou[5] is None  # GIoU still ranks a near miss
    assert accuracy_reward(None, outs, **cols)[:4] == [1.0, 1.0, 1.0, 0.0]
    with pytest.raises(MedstepError, match="must be \\[x1, y1, x2, y2\\]"):
        box_iou_reward(None, ["[1, 2, 3, 4]"], answer=["left"], answer_type=["box"])


def test_majority_vote_groups_by_question_and_abstains_on_ties():
    outs = ["<answer>A</answer>", "<answer>A</answer>", "<answer>B</answer>", "no idea",  # question 1
            "<answer>B</answer>", "<answer>C</answer>"]  # question 2: a tie
    ids = ["q1", "q1", "q1", "q1", "q2", "q2"]
    got = majority_vote_reward(None, outs, id=ids, options=[OPTIONS] * 6)
    assert got == [1.0, 1.0, 0.0, 0.0, None, None]
    # no gold answer is needed; a lone completion has no group to vote with
    assert majority_vote_reward(None, ["<answer>A</answer>"], options=[OPTIONS]) == [None]


def test_length_and_repetition_penalties():
    pen = LengthPenalty(max_length=100, window=20)
    assert pen(None, ["a", "b", "c", "d"], completion_ids=[[0] * 80, [0] * 90, [0] * 100, [0] * 130]) == [
        0.0, -0.5, -1.0, -1.0]
    assert pen(None, ["word " * 90]) == [-0.5]  # words when TRL passes no ids
    loop = "<think>" + "The left lung is clear. " * 20 + "</think><answer>no</answer>"
    varied = "<think>The left lung is clear. The heart is normal in size. No effusion.</think><answer>no</answer>"
    looped, fine = RepetitionPenalty(n=3)(None, [loop, varied])
    assert looped < -0.8 and fine == 0.0
    # a Chinese chain has no spaces: each ideograph is a word (medstep.answers.tokens), so loops still show
    zh_loop, zh_fine = RepetitionPenalty(n=3)(None, ["左肺清晰。" * 10, "左肺清晰，心影正常。"])
    assert zh_loop < -0.8 and zh_fine == 0.0
    assert pen(None, ["肺" * 90]) == [-0.5]
    with pytest.raises(ValueError):
        LengthPenalty(max_length=10, window=20)


def test_the_combiner_is_trls_weighted_sum_with_none_left_out():
    assert weighted_sum({"a": 2.0, "b": 0.5}, {"a": [1.0, None, None], "b": [1.0, 1.0, None]}) == [2.5, 0.5, None]
    cols = columns()
    cfg = RewardConfig(accuracy=2.0, format=0.5, reasoning=1.0)
    parts = {"accuracy": accuracy_reward(None, COMPLETIONS, **cols), "format": format_reward(None, COMPLETIONS),
             "reasoning": reasoning_reward(None, COMPLETIONS, **cols)}
    want = [sum(w * parts[k][i] for k, w in cfg.weights().items() if parts[k][i] is not None)
            for i in range(len(COMPLETIONS))]
    assert MedstepReward(cfg)(None, COMPLETIONS, **cols) == pytest.approx(want)
    assert MedstepReward().__name__ == "medstep_reward"
    assert set(RewardConfig().__dataclass_fields__) - {"unparsed"} == set(REWARDS)  # one weight per reward


def test_conversational_completions_and_bad_columns():
    conv = [[{"role": "assistant", "content": [{"type": "text", "text": "<think>No effusion.</think>"},
                                               {"type": "text", "text": "<answer>No</answer>"}]}]]
    assert completion_text(conv[0]).endswith("</answer>")
    assert accuracy_reward(None, conv, answer=["no"]) == [1.0]
    with pytest.raises(MedstepError, match="'answer' column"):
        accuracy_reward(None, [GOOD])
    with pytest.raises(MedstepError, match="one value per completion"):
        accuracy_reward(None, [GOOD, WRONG], answer=["A"])


def test_verl_compute_score_is_the_same_sum():
    info = {"options": OPTIONS, "report": REPORT}
    out = compute_score("radrbench", GOOD, "A", info)
    assert out["accuracy"] == 1.0 and out["format"] == 1.0
    assert out["score"] == pytest.approx(MedstepReward()(None, [GOOD], **columns(1))[0])
    # verl's custom_reward_function.reward_kwargs reach compute_score as keyword weights
    weighted = compute_score("radrbench", GOOD, "A", info, accuracy=2.0, format=0.0, reasoning=1.0)
    cfg = RewardConfig(accuracy=2.0, format=0.0, reasoning=1.0)
    assert weighted["score"] == pytest.approx(MedstepReward(cfg)(None, [GOOD], **columns(1))[0])
    assert "format" not in weighted and weighted["score"] != out["score"]
    with pytest.raises(MedstepError, match="unknown reward weight"):
        compute_score("radrbench", GOOD, "A", info, acc=1.0)
    with pytest.raises(MedstepError, match="none of the rewards"):
        compute_score("vqa", GOOD, "A", {"options": OPTIONS}, reward=MedstepReward(RewardConfig(
            accuracy=0.0, format=0.0, reasoning=1.0)))
