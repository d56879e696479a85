"""Tiny random-weight GGUF files for llama.cpp: a llama-architecture text model and a
LLaVA-style vision projector (mmproj), written directly with the ``gguf`` package.

Writing the GGUF directly (instead of converting an HF model with llama.cpp's
``convert_hf_to_gguf.py``) needs no llama.cpp source checkout and takes a few
milliseconds. Both files load in ``llama_cpp.Llama`` / ``python -m
llama_cpp.server``; the projector works with the generic ``MTMDChatHandler``
(``--chat_format mtmd``, the model's own chat template) and with
``Llava15ChatHandler``.

Tokenizer: a sentencepiece-style ("llama") vocabulary of 256 byte tokens plus a
few medical words, so any text tokenizes via byte fallback. Weights are random
with a fixed seed: outputs are gibberish but deterministic under greedy
decoding.

Tensor shapes are given in PyTorch order (out_features, in_features); the
writer reverses them into ggml order, as llama.cpp's own converter does.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

TEXT_HIDDEN = 128  # the projector's output width must equal the text model's width

WORDS = (
    "the chest radiograph shows a small left right pleural effusion there is no pneumothorax "
    "heart size normal answer yes step lung lesion liver brain mass opacity fracture"
).split()

# The model's own chat template: string content, or a list of text parts (the MTMD chat
# handler turns each image into a text part holding its media marker).
GGUF_CHAT_TEMPLATE = (
    "{% for m in messages %}### {{ m['role'] }}:\n"
    "{% if m['content'] is string %}{{ m['content'] }}"
    "{% else %}{% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}"
    "{% endfor %}{% endif %}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}### assistant:\n{% endif %}"
)

# sentencepiece token types as llama.cpp reads them
_NORMAL, _UNKNOWN, _CONTROL, _BYTE = 1, 2, 3, 6


def _vocab() -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{i:02X}>" for i in range(256)]
    types = [_UNKNOWN, _CONTROL, _CONTROL] + [_BYTE] * 256
    pieces = ["▁"] + ["▁" + w for w in WORDS] + [chr(c) for c in range(ord("a"), ord("z") + 1)]
    scores = [0.0] * len(tokens) + [-float(i) for i in range(len(pieces))]
    return tokens + pieces, scores, types + [_NORMAL] * len(pieces)


def _writer(path: Path, arch: str):
    import gguf

    path.parent.mkdir(parents=True, exist_ok=True)
    return gguf, gguf.GGUFWriter(str(path.with_suffix(".partial")), arch)


def _finish(writer, path: Path) -> None:
    """Write, then rename: an interrupted build never leaves a file that looks finished."""
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    path.with_suffix(".partial").replace(path)


def build_tiny_gguf(dir: Path, chat_template: bool = True) -> Path:
    """Write ``dir/tiny-llama.gguf`` (2 layers, width 128, head dim 64) and return its path.

    ``chat_template=False`` writes ``tiny-llama-notemplate.gguf`` without one (error-path tests).
    """
    path = Path(dir) / ("tiny-llama.gguf" if chat_template else "tiny-llama-notemplate.gguf")
    if path.exists():
        return path
    gguf, w = _writer(path, "llama")
    hidden, layers, heads, kv_heads, head_dim, ff = TEXT_HIDDEN, 2, 2, 1, 64, 256
    tokens, scores, types = _vocab()
    w.add_name("medstep-tiny-llama")
    w.add_context_length(2048)
    w.add_embedding_length(hidden)
    w.add_block_count(layers)
    w.add_feed_forward_length(ff)
    w.add_head_count(heads)
    w.add_head_count_kv(kv_heads)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_rope_dimension_count(head_dim)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("llama")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_unk_token_id(0)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    if chat_template:
        w.add_chat_template(GGUF_CHAT_TEMPLATE)

    rng = np.random.default_rng(0)

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    ones = np.ones(hidden, np.float32)
    w.add_tensor("token_embd.weight", rand(len(tokens), hidden))
    w.add_tensor("output_norm.weight", ones)
    w.add_tensor("output.weight", rand(len(tokens), hidden))
    for i in range(layers):
        p = f"blk.{i}."
        w.add_tensor(p + "attn_norm.weight", ones)
        w.add_tensor(p + "attn_q.weight", rand(heads * head_dim, hidden))
        w.add_tensor(p + "attn_k.weight", rand(kv_heads * head_dim, hidden))
        w.add_tensor(p + "attn_v.weight", rand(kv_heads * head_dim, hidden))
        w.add_tensor(p + "attn_output.weight", rand(hidden, heads * head_dim))
        w.add_tensor(p + "ffn_norm.weight", ones)
        w.add_tensor(p + "ffn_gate.weight", rand(ff, hidden))
        w.add_tensor(p + "ffn_up.weight", rand(ff, hidden))
        w.add_tensor(p + "ffn_down.weight", rand(hidden, ff))
    _finish(w, path)
    return path


def build_tiny_mmproj(dir: Path) -> Path:
    """Write ``dir/tiny-mmproj.gguf``: a 32 px CLIP tower (16 image tokens) + LLaVA MLP projector.

    Pairs with :func:`build_tiny_gguf` (projects to its width of 128).
    """
    path = Path(dir) / "tiny-mmproj.gguf"
    if path.exists():
        return path
    gguf, w = _writer(path, "clip")
    hidden, layers, heads, ff, image, patch = 32, 2, 2, 64, 32, 8
    n_pos = (image // patch) ** 2 + 1  # patches + class embedding
    w.add_bool("clip.has_vision_encoder", True)
    w.add_bool("clip.has_text_encoder", False)
    w.add_bool("clip.has_llava_projector", True)
    w.add_string("clip.projector_type", "mlp")
    w.add_uint32("clip.vision.image_size", image)
    w.add_uint32("clip.vision.patch_size", patch)
    w.add_uint32("clip.vision.embedding_length", hidden)
    w.add_uint32("clip.vision.feed_forward_length", ff)
    w.add_uint32("clip.vision.projection_dim", TEXT_HIDDEN)
    w.add_uint32("clip.vision.block_count", layers)
    w.add_uint32("clip.vision.attention.head_count", heads)
    w.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-5)
    w.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
    w.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])
    w.add_bool("clip.use_gelu", True)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)

    rng = np.random.default_rng(1)

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    def norm(name: str, n: int) -> None:
        w.add_tensor(name + ".weight", np.ones(n, np.float32))
        w.add_tensor(name + ".bias", np.zeros(n, np.float32))

    def linear(name: str, n_out: int, n_in: int) -> None:
        w.add_tensor(name + ".weight", rand(n_out, n_in))
        w.add_tensor(name + ".bias", np.zeros(n_out, np.float32))

    w.add_tensor("v.class_embd", rand(hidden))
    w.add_tensor("v.patch_embd.weight", rand(hidden, 3, patch, patch))
    w.add_tensor("v.position_embd.weight", rand(n_pos, hidden))
    norm("v.pre_ln", hidden)
    for i in range(layers):
        p = f"v.blk.{i}."
        for name in ("attn_q", "attn_k", "attn_v", "attn_out"):
            linear(p + name, hidden, hidden)
        norm(p + "ln1", hidden)
        norm(p + "ln2", hidden)
        linear(p + "ffn_up", ff, hidden)
        linear(p + "ffn_down", hidden, ff)
    linear("mm.0", TEXT_HIDDEN, hidden)
    linear("mm.2", TEXT_HIDDEN, TEXT_HIDDEN)
    _finish(w, path)
    return path
