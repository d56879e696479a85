"""The training recipes run end to end on CPU: mine → SFT (one step) → curate → GRPO (two steps).

A tiny random LLaVA stands in for the vision-language model and the scripted fake server for the
mining and sampling models; what is checked is the plumbing a real run depends on: the mined and
curated files load in TRL's vision format, the SFT checkpoint is the GRPO starting point, images
reach the model, and every dataset column reaches medstep's rewards, logged under their names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

trl = pytest.importorskip("trl")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))

import train_grpo  # noqa: E402
import train_sft  # noqa: E402

from medstep.curate import CurateConfig, run_curate  # noqa: E402
from medstep.mine import MineConfig, run_mine  # noqa: E402
from medstep.pipeline import EvalConfig, run_eval  # noqa: E402
from medstep.types import GenerationSettings  # noqa: E402
from support.fixtures_datasets import write_radrbench  # noqa: E402
from support.mining_model import mining_model  # noqa: E402
from support.stub_openai_server import StubConfig, StubOpenAIServer  # noqa: E402

REPORT = "Small left pleural effusion. No pneumothorax."
RECORDS = [
    {"item_id": f"r{i}", "image_path": [f"imgs/r{i}.png"], "answer": "A" if i % 2 else "B",
     "question": f"Case {i}: is there a pleural effusion?\nOptions:\nA) Yes\nB) No", "dataset_name": "mimic",
     "reason_steps": ["The left costophrenic angle is blunted."], "original_report": REPORT if i % 2 else
     "No pleural effusion. No pneumothorax."}
    for i in range(4)
]


def _cpu(config_cls, out: Path, **kw):
    return config_cls(output_dir=str(out), use_cpu=True, report_to="none", bf16=False, save_strategy="no",
                      logging_steps=1, seed=0, **kw)


@pytest.mark.slow
def test_mine_sft_curate_grpo_on_a_tiny_vision_language_model(tiny_llava: Path, tmp_path: Path, monkeypatch) -> None:
    bench = write_radrbench(tmp_path / "bench", records=RECORDS)
    answer, _ = mining_model()
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        mined = run_mine(MineConfig(benchmark="radrbench", data=str(bench), out=tmp_path / "mined",
                                    model=f"openai:writer@{server.base_url}"))
    with StubOpenAIServer() as server:
        run_eval(EvalConfig(benchmark="radrbench", data=str(bench), model=f"openai:policy@{server.base_url}",
                            out=tmp_path / "sampled", samples=3, judges=("none",),
                            settings=GenerationSettings(temperature=0.8)))
    curated = run_curate(CurateConfig(runs=[tmp_path / "sampled"], out=tmp_path / "curated.parquet", keep="all",
                                      stages=2))
    assert mined.summary.mined == 4 and curated.summary.kept == 4

    sft = train_sft.main(train_sft.SFTRecipe(model=str(tiny_llava), train_file=str(mined.output)),
                         _cpu(trl.SFTConfig, tmp_path / "sft", max_steps=1, per_device_train_batch_size=2,
                              max_length=None))
    assert sft.state.global_step == 1 and sft.state.log_history[0]["loss"] > 0
    vision = [p for n, p in sft.model.named_parameters() if "vision" in n]
    assert vision and not any(p.requires_grad for p in vision)  # freeze_vision keeps the tower

    seen: list[dict] = []
    from medstep.rewards import REWARDS

    accuracy = REWARDS["accuracy"]

    def recording(prompts, completions, **columns):
        seen.append({k: columns[k] for k in ("answer", "options", "report", "images")})
        return accuracy(prompts, completions, **columns)

    recording.__name__ = "accuracy_reward"
    monkeypatch.setitem(REWARDS, "accuracy", recording)
    grpo = train_grpo.main(
        train_grpo.GRPORecipe(model=str(tmp_path / "sft"), train_file=str(curated.output)),
        _cpu(trl.GRPOConfig, tmp_path / "grpo", max_steps=2, per_device_train_batch_size=2, num_generations=2,
             max_completion_length=8, reward_weights=[1.0, 0.5, 0.5]))
    assert grpo.state.global_step == 2
    logged = {k for entry in grpo.state.log_history for k in entry}
    assert {"rewards/accuracy_reward/mean", "rewards/format_reward/mean", "rewards/reasoning_reward/mean"} <= logged
    assert seen and all(len(call["answer"]) == 2 for call in seen)
    gold = {r["answer"] for r in RECORDS}
    assert all(a in gold for call in seen for a in call["answer"])
    assert all(img.size for call in seen for imgs in call["images"] for img in imgs)  # PIL images reached TRL
    # curriculum: the file's easy-to-hard order is kept (no shuffling)
    assert grpo.args.shuffle_dataset is False


def test_recipe_configs_parse_from_yaml() -> None:
    recipe, config = trl.TrlParser((train_grpo.GRPORecipe, trl.GRPOConfig)).parse_args_and_config(
        args=["--config", str(EXAMPLES / "grpo_qwen25vl.yaml"), "--bf16", "false", "--use_cpu", "true"])
    assert recipe.rewards == ["accuracy", "format", "reasoning"] and config.reward_weights == [1.0, 0.5, 0.5]
    recipe, config = trl.TrlParser((train_sft.SFTRecipe, trl.SFTConfig)).parse_args_and_config(
        args=["--config", str(EXAMPLES / "sft_qwen25vl.yaml"), "--bf16", "false", "--use_cpu", "true"])
    assert recipe.model.startswith("Qwen/") and config.max_length == 4096
    with pytest.raises(SystemExit, match="unknown reward 'vibes'"):
        train_grpo.reward_functions(["accuracy", "vibes"])
