"""GRPO with medstep's rewards on a curated set (TRL ``GRPOTrainer``, vision-language models).

The second stage of the seed papers' recipe: reinforcement learning on
questions of the right difficulty, rewarded for the answer eval would count
correct, the strict ``<think>…</think><answer>…</answer>`` format, and
reasoning the clinical verifier supports. The training file comes from
``medstep curate`` (``prompt`` with image placeholders, ``images``, and the
reward columns ``answer``, ``answer_type``, ``options``, ``report``,
``reference_steps``), ordered easy to hard; :attr:`GRPORecipe.curriculum`
keeps that order instead of shuffling.

Each reward is one TRL reward function, logged under its own name; TRL's
``reward_weights`` (a ``GRPOConfig`` field) weighs them, and a reward that
does not apply to a row returns ``None`` and is left out of that row's sum.

    python examples/train_grpo.py --config grpo.yaml
    python examples/train_grpo.py --model ckpt/sft --train_file curated.parquet --output_dir ckpt/grpo \\
        --rewards accuracy format reasoning --reward_weights 1.0 0.5 0.5 --num_generations 8 --bf16 true

Multi-GPU: ``accelerate launch --config_file examples/accelerate_zero2.yaml examples/train_grpo.py --config grpo.yaml``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_sft import freeze_vision_tower, load_model  # noqa: E402  (the recipes share model loading)


@dataclass
class GRPORecipe:
    """What to train, on what, with which medstep rewards; every other setting is TRL's ``GRPOConfig``."""

    model: str = field(metadata={"help": "hub id or local folder (the SFT checkpoint, usually)"})
    train_file: str = field(metadata={"help": "curated .jsonl / .parquet written by medstep curate"})
    rewards: list[str] = field(default_factory=lambda: ["accuracy", "format", "reasoning"], metadata={
        "help": "medstep reward names, one TRL reward function each (weights: --reward_weights)"})
    curriculum: bool = field(default=True, metadata={
        "help": "train in the file's order (easy to hard) instead of shuffling"})
    stages: list[int] = field(default_factory=list, metadata={
        "help": "train only on these curriculum stages (the file's stage column; empty: all)"})
    freeze_vision: bool = field(default=True, metadata={"help": "train the language model only"})
    text_only: bool = field(default=False, metadata={"help": "drop the images (a text model, or an ablation)"})


def reward_functions(names: list[str]) -> list[Any]:
    """The medstep reward callables named, in order (an unknown name lists the known ones)."""
    from medstep.rewards import REWARDS

    unknown = [n for n in names if n not in REWARDS]
    if unknown:
        raise SystemExit(f"unknown reward {unknown[0]!r}; choose from {', '.join(REWARDS)}")
    return [REWARDS[n] for n in names]


def training_data(path: str, stages: list[int], text_only: bool) -> Any:
    from medstep.trainset import load_trainset

    ds = load_trainset(path, decode_images=not text_only)
    if stages:
        ds = ds.filter(lambda row: row["stage"] in stages)
    if text_only:
        ds = ds.map(lambda row: {"prompt": [
            {**m, "content": "".join(p["text"] or "" for p in m["content"] if p["type"] == "text")}
            for m in row["prompt"]]}).remove_columns(["images"])
    return ds


def main(recipe: GRPORecipe, config: Any) -> Any:
    """Build the trainer, train, save; returns the trainer (tests inspect its state)."""
    from trl import GRPOTrainer

    model, processor = load_model(recipe.model, recipe.text_only)
    if recipe.freeze_vision and not recipe.text_only:
        freeze_vision_tower(model)
    if recipe.curriculum:
        config.shuffle_dataset = False
    trainer = GRPOTrainer(model=model, args=config, processing_class=processor,
                          reward_funcs=reward_functions(recipe.rewards),
                          train_dataset=training_data(recipe.train_file, recipe.stages, recipe.text_only))
    trainer.train()
    trainer.save_model(config.output_dir)
    return trainer


if __name__ == "__main__":
    from trl import GRPOConfig, TrlParser

    main(*TrlParser((GRPORecipe, GRPOConfig)).parse_args_and_config())
