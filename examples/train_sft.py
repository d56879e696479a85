"""Supervised fine-tuning on chains mined by ``medstep mine`` (TRL ``SFTTrainer``, vision-language models).

The first stage of the seed papers' recipe (ChestX-Reasoner, MedVLThinker,
Chiron-o1): teach the ``<think>…</think><answer>…</answer>`` format and
report-grounded reasoning before reinforcement learning. The training file is
``RUN/chains.jsonl`` (or ``.parquet``) from ``medstep mine``: its ``messages``
hold the eval prompt, one ``{"type": "image"}`` placeholder per entry of
``images``, and the verified chain.

Configuration is two dataclasses, :class:`SFTRecipe` below and TRL's
``SFTConfig``, filled from a YAML file and/or flags::

    python examples/train_sft.py --config sft.yaml
    python examples/train_sft.py --model Qwen/Qwen2.5-VL-3B-Instruct --train_file runs/mined/chains.jsonl \\
        --output_dir ckpt/sft --num_train_epochs 2 --learning_rate 1e-5 --bf16 true

Multi-GPU: ``accelerate launch --config_file examples/accelerate_zero2.yaml examples/train_sft.py --config sft.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class SFTRecipe:
    """What to train and on what; every other setting is TRL's ``SFTConfig``."""

    model: str = field(metadata={"help": "hub id or local folder of an image-text-to-text model (or a causal LM)"})
    train_file: str = field(metadata={"help": "chains.jsonl / chains.parquet written by medstep mine"})
    eval_file: str | None = field(default=None, metadata={"help": "optional held-out file of the same format"})
    freeze_vision: bool = field(default=True, metadata={
        "help": "train the language model only (the vision tower keeps its pretrained weights)"})
    text_only: bool = field(default=False, metadata={"help": "drop the images (a text model, or an ablation)"})


def load_model(name: str, text_only: bool = False) -> tuple[Any, Any]:
    """``(model, processor)``: an image-text-to-text model with its processor, or a causal LM with its tokenizer."""
    from transformers import (
        AutoModelForCausalLM, AutoModelForImageTextToText, AutoProcessor, AutoTokenizer,
    )

    if not text_only:
        try:
            return AutoModelForImageTextToText.from_pretrained(name), AutoProcessor.from_pretrained(name)
        except ValueError:  # not a vision-language architecture
            pass
    return AutoModelForCausalLM.from_pretrained(name), AutoTokenizer.from_pretrained(name)


def training_data(path: str, text_only: bool) -> Any:
    """The mined file as a ``datasets.Dataset`` with PIL images, or as text-only conversations."""
    from medstep.trainset import load_trainset

    ds = load_trainset(path, decode_images=not text_only)
    if text_only:
        ds = ds.map(lambda row: {"messages": [
            {**m, "content": "".join(p["text"] or "" for p in m["content"] if p["type"] == "text")}
            for m in row["messages"]]}).remove_columns(["images"])
    return ds.select_columns([c for c in ("messages", "images") if c in ds.column_names])


def freeze_vision_tower(model: Any) -> int:
    """Freeze every parameter outside the language model and the LM head; returns how many were frozen."""
    frozen = 0
    for name, p in model.named_parameters():
        if any(key in name for key in ("vision", "visual", "image_tower", "multi_modal_projector")):
            p.requires_grad_(False)
            frozen += p.numel()
    return frozen


def main(recipe: SFTRecipe, config: Any) -> Any:
    """Build the trainer, train, save; returns the trainer (tests inspect its state)."""
    from trl import SFTTrainer

    model, processor = load_model(recipe.model, recipe.text_only)
    if recipe.freeze_vision and not recipe.text_only:
        freeze_vision_tower(model)
    train = training_data(recipe.train_file, recipe.text_only)
    evaluation = training_data(recipe.eval_file, recipe.text_only) if recipe.eval_file else None
    trainer = SFTTrainer(model=model, args=config, train_dataset=train, eval_dataset=evaluation,
                         processing_class=processor)
    trainer.train()
    trainer.save_model(config.output_dir)
    return trainer


if __name__ == "__main__":
    from trl import SFTConfig, TrlParser

    main(*TrlParser((SFTRecipe, SFTConfig)).parse_args_and_config())
