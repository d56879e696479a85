"""medstep rewards drive a real TRL GRPO run (two steps, tiny random model, CPU)."""

import pytest

trl = pytest.importorskip("trl")


@pytest.mark.slow
def test_grpo_trainer_runs_with_medstep_rewards(tmp_path):
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from medstep.rewards import MedstepReward, RewardConfig, format_reward, reasoning_reward
    from support.tiny_models import build_tiny_text_llama

    model_dir = build_tiny_text_llama(tmp_path / "model")
    data = Dataset.from_list([
        {"prompt": [{"role": "user", "content": f"Case {i}: is there a pleural effusion? Answer yes or no."}],
         "answer": "yes" if i % 2 else "no",
         # half the rows have no report: the process reward does not apply there (None, left out by TRL)
         "report": ("Small left pleural effusion." if i % 2 else "No pleural effusion.") if i < 2 else None}
        for i in range(4)
    ])
    seen: list[dict] = []
    reward = MedstepReward(RewardConfig(accuracy=1.0, format=0.5, reasoning=0.5))

    def recording_reward(prompts, completions, **columns):
        seen.append({"n": len(completions), "answer": list(columns["answer"]), "report": list(columns["report"])})
        return reward(prompts, completions, **columns)

    recording_reward.__name__ = "medstep_reward"
    process: list[float | None] = []

    def recording_process(prompts, completions, **columns):
        values = reasoning_reward(prompts, completions, **columns)
        process.extend(values)
        return values

    recording_process.__name__ = "reasoning_reward"
    config = trl.GRPOConfig(
        output_dir=str(tmp_path / "out"), use_cpu=True, report_to="none", num_generations=2,
        per_device_train_batch_size=4, max_completion_length=8, max_steps=2, bf16=False,
        save_strategy="no", logging_steps=1, seed=0,
    )
    trainer = trl.GRPOTrainer(
        model=AutoModelForCausalLM.from_pretrained(model_dir),
        processing_class=AutoTokenizer.from_pretrained(model_dir),
        reward_funcs=[recording_reward, format_reward, recording_process], args=config, train_dataset=data,
    )
    trainer.train()
    assert trainer.state.global_step == 2
    assert seen and all(call["n"] == 4 for call in seen)
    # The dataset's columns reach the reward, one value per completion.
    assert all(a in ("yes", "no") for call in seen for a in call["answer"])
    logged = [k for entry in trainer.state.log_history for k in entry]
    assert any("medstep_reward" in k for k in logged) and any("format_reward" in k for k in logged)
    # TRL took the None values (rows without a report) and still trained and logged the process reward
    assert None in process and any("reasoning_reward" in k for k in logged)
