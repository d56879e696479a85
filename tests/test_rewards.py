"""RL rewards: TRL-style callables and verl's compute_score on hand-checked completions."""

import pytest

from medstep.rewards import (
    MedstepReward, RewardConfig, accuracy_reward, completion_text, compute_score, format_reward, reasoning_reward,
)
from medstep.types import MedstepError

OPTIONS = {"A": "Right pleural effusion", "B": "Left pneumothorax", "C": "No acute abnormality"}
REPORT = "Small right pleural effusion. No pneumothorax. Heart size is normal."
GOOD = "<think>The right costophrenic angle is blunted by a small pleural effusion.\nThere is no pneumothorax.</think><answer>A</answer>"
WRONG = "<think>A pneumothorax is present on the left.</think><answer>B</answer>"
NO_TAGS = "The answer is A."
UNPARSED = "<think>It could be A or B.</think><answer>A or B</answer>"
COMPLETIONS = [GOOD, WRONG, NO_TAGS, UNPARSED]


def columns(n=len(COMPLETIONS), **over):
    base = {"answer": ["A"] * n, "options": [OPTIONS] * n, "report": [REPORT] * n}
    base.update(over)
    return base


def test_accuracy_reward_grades_extracted_answers_and_never_guesses():
    assert accuracy_reward(None, COMPLETIONS, **columns()) == [1.0, 0.0, 1.0, 0.0]
    assert accuracy_reward(None, COMPLETIONS, unparsed=-1.0, **columns()) == [1.0, 0.0, 1.0, -1.0]


def test_format_reward_requires_think_then_answer():
    assert format_reward(None, COMPLETIONS) == [1.0, 1.0, 0.0, 1.0]


def test_reasoning_reward_uses_the_verifier_against_the_report():
    good, wrong = reasoning_reward(None, [GOOD, WRONG], **columns(2))
    assert good > 0.5 and wrong == 0.0  # a contradicted pneumothorax claim earns nothing
    assert reasoning_reward(None, [GOOD], answer=["A"], no_evidence=0.25) == [0.25]  # no report, no steps


def test_combined_reward_is_the_weighted_sum_of_its_parts():
    cols = columns()
    acc = accuracy_reward(None, COMPLETIONS, **cols)
    fmt = format_reward(None, COMPLETIONS, **cols)
    rsn = reasoning_reward(None, COMPLETIONS, **cols)
    cfg = RewardConfig(accuracy=2.0, format=0.5, reasoning=1.0)
    got = MedstepReward(cfg)(None, COMPLETIONS, **cols)
    assert got == pytest.approx([2.0 * a + 0.5 * f + 1.0 * r for a, f, r in zip(acc, fmt, rsn)])
    assert MedstepReward().__name__ == "medstep_reward"


def test_conversational_completions_and_yes_no_inference():
    conv = [[{"role": "assistant", "content": "<think>No effusion.</think><answer>No</answer>"}]]
    assert completion_text(conv[0]).endswith("</answer>")
    assert accuracy_reward(None, conv, answer=["no"]) == [1.0]
    assert accuracy_reward(None, conv, answer=["yes"]) == [0.0]


def test_options_as_json_string_and_list():
    assert accuracy_reward(None, ["<answer>B</answer>"], answer=["B"], options=['["CT", "MRI"]']) == [1.0]
    assert accuracy_reward(None, ["<answer>MRI</answer>"], answer=["B"], options=['{"A": "CT", "B": "MRI"}']) == [1.0]


def test_bad_columns_are_clear_errors():
    with pytest.raises(MedstepError, match="'answer' column"):
        accuracy_reward(None, [GOOD])
    with pytest.raises(MedstepError, match="one value per completion"):
        accuracy_reward(None, [GOOD, WRONG], answer=["A"])


def test_verl_compute_score_matches_the_trl_functions():
    info = {"options": OPTIONS, "report": REPORT}
    out = compute_score("radrbench", GOOD, "A", info)
    cols = columns(1)
    assert out["accuracy"] == 1.0 and out["format"] == 1.0
    assert out["reasoning"] == pytest.approx(reasoning_reward(None, [GOOD], **cols)[0])
    assert out["score"] == pytest.approx(MedstepReward()(None, [GOOD], **cols)[0])
