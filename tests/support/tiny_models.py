"""Tiny random-weight models built offline in a second or two, for the whole test suite.

There is no model hub here, and real checkpoints would make the suite slow,
so tests run against models built from configs: a self-trained byte-level
BPE tokenizer, a few-layer vision tower and a few-layer decoder. Their
outputs are gibberish but *deterministic* (fixed seeds, greedy decoding),
which is what the pipeline tests need: same input, same output, every run.

Builders (each writes into ``dir`` and returns the directory to load, usable
as ``hf:<dir>``):

* :func:`build_tiny_llava`    LLaVA (CLIP tower + Llama), 16 image tokens;
* :func:`build_tiny_gemma3`   Gemma3 (MedGemma's architecture), 4 image tokens;
* :func:`build_tiny_qwen25vl` Qwen2.5-VL, saved without a video processor;
* :func:`build_tiny_text_llama` text-only Llama causal LM;
* :func:`build_tiny_gguf` / :func:`build_tiny_mmproj` (from ``support.tiny_gguf``)
  return *file* paths for llama.cpp.

If ``dir`` already holds a finished build of the same version it is reused,
so a session-scoped fixture or a persistent cache directory costs nothing the
second time.

Design choices (measured on CPU-only machines with torch 2.13.0 and no torchvision):
* text head dim 64: the friendliest size for fused attention kernels;
* special tokens (pad/bos/image markers) are suppressed at generation time via
  the saved generation config, so the random model never emits a token that
  would end or corrupt an output in a way a real model would not; eos stays
  allowed, so outputs of different lengths occur naturally;
* a larger-than-default ``initializer_range`` spreads the logits so greedy
  argmax is not decided by float noise (batched and unbatched runs must agree).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Callable

_VERSION = "1"  # bump when a builder changes, so cached builds are rebuilt

# A few sentences in our own words; the tokenizer only needs a plausible medical vocabulary.
CORPUS = [
    "The frontal chest radiograph shows a small left pleural effusion.",
    "There is no pneumothorax and the heart size is within normal limits.",
    "Axial CT of the abdomen demonstrates a hypodense lesion in the liver.",
    "MRI of the brain shows no acute infarct or haemorrhage.",
    "Step 1: identify the modality. Step 2: locate the abnormality.",
    "Answer: A. The correct option is B. Yes. No. Final answer: C",
    "<think>The lung fields are clear.</think> The answer is no.",
]

# Renders content either as a string or as a list of {"type": "image"} / {"type": "text"} parts.
CHAT_TEMPLATE = (
    "{% for m in messages %}<s>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}"
    "{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<image>{% else %}{{ c['text'] }}{% endif %}"
    "{% endfor %}{% endif %}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}<s>assistant\n{% endif %}"
)

GEMMA3_CHAT_TEMPLATE = (
    "<s>{% for m in messages %}<start_of_turn>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}"
    "{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<start_of_image>{% else %}{{ c['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<end_of_turn>\n{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)


def _done(dir: Path, kind: str) -> bool:
    marker = dir / "medstep_tiny.json"
    if not marker.exists():
        return False
    return json.loads(marker.read_text()) == {"kind": kind, "version": _VERSION}


def _mark(dir: Path, kind: str) -> None:
    (dir / "medstep_tiny.json").write_text(json.dumps({"kind": kind, "version": _VERSION}))


def _cached(kind: str) -> Callable[[Callable[[Path], None]], Callable[[Path], Path]]:
    """Make ``build(dir)`` a builder that reuses a finished build of ``kind`` in ``dir``.

    The marker is written only after ``build`` returns, so a build that dies
    halfway is redone next time instead of being loaded half-written.
    """

    def wrap(build: Callable[[Path], None]) -> Callable[[Path], Path]:
        @functools.wraps(build)
        def builder(dir: Path) -> Path:
            dir = Path(dir)
            if not _done(dir, kind):
                build(dir)
                _mark(dir, kind)
            return dir

        return builder

    return wrap


def _tokenizer(specials: list[str], chat_template: str, **special_tokens: Any):
    """A left-padding fast tokenizer over :func:`train_bpe`; left padding keeps batched greedy
    generation equal to unbatched, which the batching tests compare."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_object=train_bpe(specials), chat_template=chat_template, padding_side="left", **special_tokens
    )


def _seeded(model_class: Any, config: Any) -> Any:
    """A model with the same random weights every build (seed 0), so outputs are reproducible."""
    import torch

    torch.manual_seed(0)
    return model_class(config)


def _save(dir: Path, model: Any, *parts: Any, suppress: list[int], pad: int, eos: int | list[int]) -> None:
    """Set the generation config (see the module notes on suppressed tokens) and save model and parts."""
    model.generation_config.suppress_tokens = suppress
    model.generation_config.pad_token_id = pad
    model.generation_config.eos_token_id = eos
    dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(dir)
    for part in parts:
        part.save_pretrained(dir)


def train_bpe(special_tokens: list[str], vocab_size: int = 400):
    """Train a byte-level BPE tokenizer on :data:`CORPUS` (returns a ``tokenizers.Tokenizer``).

    Byte-level means any input text, including text the tiny corpus never
    saw, encodes without unknown tokens.
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=special_tokens,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(CORPUS, trainer)
    return tok


# One size for every tiny decoder and vision tower, so the architectures differ only where they must.
TEXT_DECODER = dict(
    hidden_size=128,
    intermediate_size=256,
    num_hidden_layers=2,
    num_attention_heads=2,  # head dim 64
    num_key_value_heads=1,
    max_position_embeddings=1024,
    initializer_range=0.2,
)
VISION_TOWER = dict(
    hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2, image_size=32, patch_size=8
)


def _llama_text_config(vocab_size: int, pad: int, bos: int, eos: int):
    from transformers import LlamaConfig

    return LlamaConfig(vocab_size=vocab_size, pad_token_id=pad, bos_token_id=bos, eos_token_id=eos, **TEXT_DECODER)


@_cached("llava")
def build_tiny_llava(dir: Path) -> None:
    """A LLaVA-architecture model: 32 px CLIP tower (16 image tokens) + 2-layer Llama decoder."""
    from transformers import (
        CLIPImageProcessorPil,
        CLIPVisionConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )

    specials = ["<pad>", "<s>", "</s>", "<image>"]
    tokenizer = _tokenizer(
        specials, CHAT_TEMPLATE, pad_token="<pad>", bos_token="<s>", eos_token="</s>",
        extra_special_tokens={"image_token": "<image>"},
    )
    pad, bos, eos, image = (tokenizer.convert_tokens_to_ids(t) for t in specials)
    image_processor = CLIPImageProcessorPil(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    )
    processor = LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=8,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
        chat_template=CHAT_TEMPLATE,
    )
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(projection_dim=32, **VISION_TOWER),
        text_config=_llama_text_config(len(tokenizer), pad, bos, eos),
        image_token_id=image,
        vision_feature_layer=-1,
        vision_feature_select_strategy="default",
    )
    model = _seeded(LlavaForConditionalGeneration, config)
    _save(dir, model, processor, suppress=[pad, bos, image], pad=pad, eos=eos)


@_cached("gemma3")
def build_tiny_gemma3(dir: Path) -> None:
    """A Gemma3-architecture model (MedGemma's): 32 px SigLIP tower pooled to 4 image tokens."""
    import torch
    from transformers import (
        Gemma3Config,
        Gemma3ForConditionalGeneration,
        Gemma3ImageProcessorPil,
        Gemma3Processor,
        Gemma3TextConfig,
        SiglipVisionConfig,
    )

    specials = ["<pad>", "<s>", "</s>", "<start_of_image>", "<end_of_image>", "<image_soft_token>",
                "<start_of_turn>", "<end_of_turn>"]
    tokenizer = _tokenizer(
        specials, GEMMA3_CHAT_TEMPLATE, pad_token="<pad>", bos_token="<s>", eos_token="<end_of_turn>",
        extra_special_tokens={
            "boi_token": "<start_of_image>",
            "eoi_token": "<end_of_image>",
            "image_token": "<image_soft_token>",
        },
    )
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in specials}
    image_processor = Gemma3ImageProcessorPil(size={"height": 32, "width": 32})
    processor = Gemma3Processor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        image_seq_length=4,
        chat_template=GEMMA3_CHAT_TEMPLATE,
    )
    text_config = Gemma3TextConfig(
        vocab_size=len(tokenizer),
        head_dim=64,
        sliding_window=64,
        tie_word_embeddings=False,  # tied + random: the model just repeats the last prompt token
        pad_token_id=ids["<pad>"],
        bos_token_id=ids["<s>"],
        eos_token_id=ids["<end_of_turn>"],
        **TEXT_DECODER,
    )
    config = Gemma3Config(
        text_config=text_config,
        vision_config=SiglipVisionConfig(**VISION_TOWER),
        mm_tokens_per_image=4,
        boi_token_index=ids["<start_of_image>"],
        eoi_token_index=ids["<end_of_image>"],
        image_token_index=ids["<image_soft_token>"],
        initializer_range=0.2,
        tie_word_embeddings=False,
    )
    model = _seeded(Gemma3ForConditionalGeneration, config)
    with torch.no_grad():  # Gemma3 initialises its projector to zeros: images would be ignored
        model.model.multi_modal_projector.mm_input_projection_weight.normal_(0.0, 0.2)
    _save(
        dir, model, processor,
        suppress=[ids[t] for t in specials if t not in ("</s>", "<end_of_turn>")],
        pad=ids["<pad>"], eos=[ids["<end_of_turn>"], ids["</s>"]],
    )


QWEN_CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
    "{% if m['content'] is string %}{{ m['content'] }}"
    "{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>{% else %}{{ c['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


@_cached("qwen25vl")
def build_tiny_qwen25vl(dir: Path) -> None:
    """A Qwen2.5-VL-architecture model (the base of many medical reasoning VLMs).

    Saved like a hub checkpoint *without* a video processor config: building
    Qwen's video processor needs torchvision, which this environment lacks;
    HFBackend must then fall back to an image-only processor.
    """
    from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration, Qwen2VLImageProcessorPil

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>",
                "<|image_pad|>", "<|video_pad|>"]
    tokenizer = _tokenizer(
        specials, QWEN_CHAT_TEMPLATE, pad_token="<|endoftext|>", eos_token="<|im_end|>",
        extra_special_tokens={
            "image_token": "<|image_pad|>",
            "video_token": "<|video_pad|>",
            "vision_start_token": "<|vision_start|>",
            "vision_end_token": "<|vision_end|>",
        },
    )
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in specials}
    # 56x56 pixels = 4x4 patches of 14 px, merged 2x2 -> 4 image tokens per image.
    image_processor = Qwen2VLImageProcessorPil(
        min_pixels=56 * 56, max_pixels=56 * 56, patch_size=14, merge_size=2, temporal_patch_size=2
    )
    config = Qwen2_5_VLConfig(
        vision_config={
            "depth": 2, "hidden_size": 32, "intermediate_size": 64, "num_heads": 2, "out_hidden_size": 128,
            "patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2,
            "fullatt_block_indexes": [1], "window_size": 56,
        },
        text_config={
            **TEXT_DECODER, "vocab_size": len(tokenizer), "tie_word_embeddings": False,
            "rope_scaling": {"type": "mrope", "mrope_section": [8, 12, 12]},
            "bos_token_id": ids["<|endoftext|>"], "eos_token_id": ids["<|im_end|>"],
            "pad_token_id": ids["<|endoftext|>"],
        },
        image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"],
        tie_word_embeddings=False,
    )
    model = _seeded(Qwen2_5_VLForConditionalGeneration, config)
    _save(
        dir, model, tokenizer, image_processor,
        suppress=[ids[t] for t in specials if t not in ("<|im_end|>", "<|endoftext|>")],
        pad=ids["<|endoftext|>"], eos=[ids["<|im_end|>"], ids["<|endoftext|>"]],
    )
    (dir / "chat_template.jinja").write_text(QWEN_CHAT_TEMPLATE)


@_cached("text-llama")
def build_tiny_text_llama(dir: Path) -> None:
    """A text-only Llama causal LM with a chat template (exercises the CausalLM fallback)."""
    from transformers import LlamaForCausalLM

    specials = ["<pad>", "<s>", "</s>"]
    tokenizer = _tokenizer(specials, CHAT_TEMPLATE, pad_token="<pad>", bos_token="<s>", eos_token="</s>")
    pad, bos, eos = (tokenizer.convert_tokens_to_ids(t) for t in specials)
    model = _seeded(LlamaForCausalLM, _llama_text_config(len(tokenizer), pad, bos, eos))
    _save(dir, model, tokenizer, suppress=[pad, bos], pad=pad, eos=eos)


# GGUF builders live in their own module (different library, different format); re-exported
# here so tests import every tiny model from one place.
from support.tiny_gguf import build_tiny_gguf, build_tiny_mmproj  # noqa: E402,F401
