"""In-process Hugging Face transformers backend with batched, left-padded generation.

Why batched: on a GPU a forward pass over 8 prompts costs little more than
over one, so a batch-1 loop wastes most of the device. Batching decoder-only
models needs *left* padding (every prompt then ends at the same position, so
new tokens are appended in lockstep and ``output[:, prompt_len:]`` is exactly
the new text) and requests of similar length in one batch (less padding), so
requests are grouped by decoding settings and image count, then sorted by
prompt length.

Greedy decoding (temperature 0, the default) makes a request's output
independent of its batch mates, up to floating-point differences between
batch shapes: the tests check that batch-8 outputs equal batch-1 outputs
(float32 on CPU); in bf16 on a GPU a near-tie between two tokens can still
flip. With sampling, results depend on batch composition even with a fixed
seed (the random stream is shared by the batch).

A batch that raises (out of memory, a request the processor rejects) is
retried request by request, so only requests that also fail alone are
recorded as failed.

Rows of a batch are yielded as they finish, not when the whole batch does:
``model.generate`` runs in a helper thread with a stopping criterion that
hands over each row the step it emits its end token. On a CPU a batch of 8
can take minutes; the progress line (and the run store, which a kill -9
must not empty) then moves per sample. The early text is cut by the same
:meth:`HFBackend._finish` as the final output, so it is identical.

torch/transformers are imported inside :class:`HFBackend` so that importing
``medstep.models`` stays cheap for users of the HTTP backends.
"""

from __future__ import annotations

import functools
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from medstep import hub
from medstep.models.base import BackendOptions
from medstep.models.chat import HFChat, load_rgb, to_hf_chat, truncate_at_stop
from medstep.types import Generation, GenerationSettings, MedstepError, Request

_INSTALL_HINT = "install it with: pip install 'medstep[hf]'"


def _import_hf() -> tuple[Any, Any]:
    """Import torch and transformers, turning a missing extra into a clear error."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise MedstepError(f"the hf backend needs torch and transformers ({exc}); {_INSTALL_HINT}") from exc
    return torch, transformers


def resolve_device(device: str, torch: Any) -> str:
    """Map ``"auto"`` to cuda when available; other values are passed to torch as is."""
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


def _has_vision_tower(transformers: Any, model: str) -> bool:
    try:
        config = transformers.AutoConfig.from_pretrained(model)
    except (OSError, ValueError):
        return False
    return getattr(config, "vision_config", None) is not None


def image_only_processor(transformers: Any, model: str) -> Any | None:
    """Build the model's processor class without its video processor; ``None`` if not possible.

    Processor attributes are read from the ``__init__`` signature, so a
    subclass whose ``__init__`` lacks ``video_processor`` is a processor of
    image processor + tokenizer only. Only processors with the common
    ``(image_processor, tokenizer, video_processor, chat_template)`` signature
    are handled; anything else returns ``None`` and the caller reports it.
    """
    import inspect

    from transformers.models.auto.processing_auto import PROCESSOR_MAPPING_NAMES

    try:
        config = transformers.AutoConfig.from_pretrained(model)
        base = getattr(transformers, PROCESSOR_MAPPING_NAMES.get(config.model_type) or "", None)
        if base is None:
            return None
        params = [p for p in inspect.signature(base.__init__).parameters if p not in ("self", "kwargs")]
        if params != ["image_processor", "tokenizer", "video_processor", "chat_template"]:
            return None

        class ImageOnlyProcessor(base):  # type: ignore[misc, valid-type]
            def __init__(self, image_processor=None, tokenizer=None, chat_template=None, **kwargs):
                # base is the model's own processor class, known only at run time
                base.__init__(self, image_processor, tokenizer, None, chat_template=chat_template, **kwargs)  # type: ignore[misc]

        tokenizer = transformers.AutoTokenizer.from_pretrained(model)
        image_processor = transformers.AutoImageProcessor.from_pretrained(model)
        return ImageOnlyProcessor(
            image_processor=image_processor, tokenizer=tokenizer, chat_template=tokenizer.chat_template
        )
    except (ImportError, OSError, ValueError, TypeError):
        return None


@dataclass
class _Prepared:
    """One request rendered to a prompt string, ready to join a batch."""

    request: Request
    prompt: str
    chat: HFChat
    length: int  # prompt tokens before image expansion, only used for sorting


class HFBackend:
    """Runs a local HF vision-language (or text-only causal) model.

    Honours ``options.batch_size``, ``options.device`` and, on CPU,
    ``options.n_threads`` (``torch.set_num_threads``, process-wide: on a busy
    machine a small model runs several times faster on one thread than on a
    contended pool).

    The processor's chat template renders prompts; a model without one is
    rejected at construction, because a raw concatenated prompt would
    silently measure a different prompt format than the model was tuned on.
    """

    def __init__(self, model: str, options: BackendOptions, spec: str) -> None:
        self.spec = spec
        self.options = options
        self.model_id = model
        if options.batch_size < 1:
            raise MedstepError(f"batch_size must be >= 1 for {spec}, got {options.batch_size}")
        if model.startswith(("/", "./", "../", "~")) and not Path(model).expanduser().is_dir():
            # a path, not a hub id ("org/name"): say so, instead of transformers' repo-id complaint
            raise MedstepError(f"{model}: no such model folder (for {spec})")
        if hub.looks_like_id(model):
            hub.require(model, "model")
        torch, transformers = _import_hf()
        self._torch = torch
        self.device = resolve_device(options.device, torch)
        if options.n_threads is not None and self.device == "cpu":
            torch.set_num_threads(options.n_threads)
        self.processor = self._load_processor(transformers, model)
        self.tokenizer = getattr(self.processor, "tokenizer", self.processor)
        self.multimodal = getattr(self.processor, "image_processor", None) is not None
        self.model = self._load_model(transformers, model)
        self._prepare_tokenizer()

    # ----------------------------------------------------------------- loading
    def _load_processor(self, transformers: Any, model: str) -> Any:
        """AutoProcessor, or an image-only processor when the video part cannot be built.

        Qwen2-VL-style processors bundle a video processor that needs
        torchvision; without it AutoProcessor raises ImportError (or, in some
        versions, returns only the tokenizer) although images alone would
        work. Evaluation never sends video, so we build the processor without
        it rather than refusing the model or running it text-only.
        """
        try:
            processor = transformers.AutoProcessor.from_pretrained(model)
        except ImportError as exc:
            fallback = image_only_processor(transformers, model)
            if fallback is None:
                raise MedstepError(f"the processor of {model!r} needs a missing package: {exc}") from exc
            return fallback
        except (OSError, ValueError) as exc:
            raise MedstepError(f"cannot load the processor/tokenizer of {model!r} for {self.spec}: {exc}") from exc
        if getattr(processor, "image_processor", None) is None and _has_vision_tower(transformers, model):
            fallback = image_only_processor(transformers, model)
            if fallback is None:
                raise MedstepError(
                    f"{model!r} has a vision tower but AutoProcessor returned no image processor "
                    f"({type(processor).__name__}); images could not reach the model"
                )
            return fallback
        return processor

    def _load_model(self, transformers: Any, model: str) -> Any:
        """Load a vision-language model, or a causal LM when the checkpoint has no vision part."""
        classes = [transformers.AutoModelForImageTextToText, transformers.AutoModelForCausalLM]
        if not self.multimodal:
            classes.reverse()
        errors: list[str] = []
        for cls in classes:
            try:
                loaded = cls.from_pretrained(model, dtype="auto")
                break
            except ValueError as exc:  # "Unrecognized configuration class ... for this kind of AutoModel"
                errors.append(f"{cls.__name__}: {exc}")
            except OSError as exc:
                raise MedstepError(f"cannot load model weights of {model!r} for {self.spec}: {exc}") from exc
        else:
            raise MedstepError(f"{model!r} is neither an image-text-to-text nor a causal LM: " + " | ".join(errors))
        loaded.to(self.device)
        loaded.eval()
        return loaded

    def _prepare_tokenizer(self) -> None:
        """Force left padding and a pad token, both required for batched decoder-only generation."""
        tok = self.tokenizer
        tok.padding_side = "left"
        if tok.pad_token_id is None:
            if tok.eos_token_id is None:
                raise MedstepError(f"{self.model_id!r} has neither a pad nor an eos token; cannot batch")
            tok.pad_token = tok.eos_token
        template = getattr(self.processor, "chat_template", None) or getattr(tok, "chat_template", None)
        if not template:
            raise MedstepError(
                f"{self.model_id!r} has no chat template (processor or tokenizer); "
                "use an instruction-tuned checkpoint that ships one"
            )
        eos = self.model.generation_config.eos_token_id
        eos_ids = [eos] if isinstance(eos, int) else list(eos or [])
        if tok.eos_token_id is not None:
            eos_ids.append(tok.eos_token_id)
        self._eos_ids = set(eos_ids)

    # -------------------------------------------------------------- generation
    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield generations batch by batch; bad requests fail alone, a failing batch fails as a whole."""
        groups: dict[tuple[GenerationSettings, int], list[_Prepared]] = {}
        for req in requests:
            try:
                prep = self._prepare(req)
            except MedstepError as exc:
                yield req, Generation(text="", error=str(exc))
                continue
            groups.setdefault((req.settings, len(prep.chat.images)), []).append(prep)
        size = self.options.batch_size
        for (settings, _), items in groups.items():
            items.sort(key=lambda p: p.length, reverse=True)  # longest first: an OOM shows up at once
            for start in range(0, len(items), size):
                yield from self._run_batch(items[start : start + size], settings)

    def _prepare(self, req: Request) -> _Prepared:
        chat = to_hf_chat(req.messages, self.multimodal)
        try:
            prompt = self.processor.apply_chat_template(chat.conversation, add_generation_prompt=True, tokenize=False)
        except Exception as exc:  # jinja errors: template rejects a role order, etc.
            raise MedstepError(f"chat template of {self.model_id!r} failed on request {req.sample_id}: {exc}") from exc
        self._check_image_slots(req, prompt, len(chat.images))
        length = len(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        return _Prepared(request=req, prompt=prompt, chat=chat, length=length)

    def _check_image_slots(self, req: Request, prompt: str, n_images: int) -> None:
        """Refuse a multi-image request whose chat template left room for fewer images.

        A single-image model's template places one image token whatever the
        conversation holds; the processor then fails with a token-count
        mismatch deep in preprocessing, or worse, quietly drops images. The
        rendered prompt is counted instead, so the error says what happened.
        Processors whose image token is not what the template writes (the
        template writes a begin-image marker the processor expands) count 0
        and are left to the processor.
        """
        token = getattr(self.processor, "image_token", None)
        if n_images < 2 or not isinstance(token, str) or not token:
            return
        slots = prompt.count(token)
        if 0 < slots < n_images:
            raise MedstepError(
                f"request {req.sample_id} has {n_images} images but the chat template of {self.model_id!r} "
                f"placed {slots} image slot(s): this model cannot take several images in one prompt"
            )

    def _run_batch(self, batch: list[_Prepared], settings: GenerationSettings) -> Iterator[tuple[Request, Generation]]:
        images: list[list[Any]] = []
        ready: list[_Prepared] = []
        for p in batch:  # decode this batch's images only; a bad image fails its own request
            try:
                images.append([load_rgb(ref) for ref in p.chat.images])
                ready.append(p)
            except MedstepError as exc:
                yield p.request, Generation(text="", error=str(exc))
        if not ready:
            return
        start = time.perf_counter()
        emitted: set[int] = set()
        try:
            for i, result in self._stream_batch(ready, images, settings):
                emitted.add(i)
                yield from self._emit([ready[i]], [result], time.perf_counter() - start)
        except Exception as exc:  # one bad batch (OOM, processor error) must not end the run
            rest = [i for i in range(len(ready)) if i not in emitted]
            yield from self._after_batch_failure([ready[i] for i in rest], [images[i] for i in rest], settings, exc)

    def _stream_batch(
        self, batch: list[_Prepared], images: list[list[Any]], settings: GenerationSettings
    ) -> Iterator[tuple[int, tuple[str, int, int, str]]]:
        """``(row, result)`` for each row of the batch, as soon as that row has finished.

        ``generate`` runs in a helper thread; the caller's thread waits on a
        queue. If the caller stops early, the next decoding step stops the
        whole batch, so no thread outlives the run.
        """
        rows: queue.SimpleQueue[Any] = queue.SimpleQueue()
        stop = threading.Event()
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["results"] = self._generate_batch(batch, images, settings,
                                                          on_row=lambda i, r: rows.put((i, r)), stop=stop)
            except BaseException as exc:  # handed to the caller's thread below
                outcome["error"] = exc
            finally:
                rows.put(None)

        worker = threading.Thread(target=work, daemon=True, name="medstep-hf-generate")
        worker.start()
        seen: set[int] = set()
        try:
            while (item := rows.get()) is not None:
                seen.add(item[0])
                yield item
        finally:
            stop.set()
            worker.join()
        if "error" in outcome:
            raise outcome["error"]
        for i, result in enumerate(outcome["results"]):
            if i not in seen:
                yield i, result

    def _after_batch_failure(
        self, ready: list[_Prepared], images: list[list[Any]], settings: GenerationSettings, exc: Exception
    ) -> Iterator[tuple[Request, Generation]]:
        """Retry a failed batch one request at a time, so only the requests that fail alone fail.

        Covers both causes of a batch failure: memory (a batch of one may fit)
        and one bad request (its batch mates should not pay for it). Each
        error names the batch failure too, so the cause stays visible.
        """
        ids = ", ".join(p.request.sample_id for p in ready)
        batch_error = f"batch of {len(ready)} failed ({type(exc).__name__}: {exc}); batch samples: {ids}"
        if self.device.startswith("cuda"):
            self._torch.cuda.empty_cache()
        if len(ready) == 1:
            yield ready[0].request, Generation(text="", error=batch_error)
            return
        for p, imgs in zip(ready, images):
            start = time.perf_counter()
            try:
                results = self._generate_batch([p], [imgs], settings)
            except Exception as single_exc:
                error = f"failed alone ({type(single_exc).__name__}: {single_exc}) after: {batch_error}"
                yield p.request, Generation(text="", error=error)
                continue
            yield from self._emit([p], results, time.perf_counter() - start)

    @staticmethod
    def _emit(
        ready: list[_Prepared], results: list[tuple[str, int, int, str]], elapsed: float
    ) -> Iterator[tuple[Request, Generation]]:
        share = elapsed / len(ready)
        for p, (text, n_prompt, n_completion, finish) in zip(ready, results):
            yield p.request, Generation(
                text=text,
                latency_s=share,
                prompt_tokens=n_prompt,
                completion_tokens=n_completion,
                finish_reason=finish,
            )

    def _generate_batch(
        self, batch: list[_Prepared], images: list[list[Any]], settings: GenerationSettings,
        on_row: Callable[[int, tuple[str, int, int, str]], None] | None = None, stop: threading.Event | None = None,
    ) -> list[tuple[str, int, int, str]]:
        """Generate one batch; ``on_row(i, result)`` is called the step row ``i`` emits an end token,
        and a set ``stop`` ends the whole batch at its next step."""
        torch = self._torch
        texts = [p.prompt for p in batch]
        # padding_side is also set on the tokenizer; passing it here guards against processors
        # whose saved defaults override the tokenizer's attribute.
        kwargs: dict[str, Any] = {"text": texts, "return_tensors": "pt", "padding": True, "padding_side": "left"}
        if batch[0].chat.images:
            kwargs["images"] = images
        if self.multimodal:
            kwargs["add_special_tokens"] = False  # the chat template already placed BOS
            inputs = self.processor(**kwargs)
        else:
            inputs = self.tokenizer(
                texts, return_tensors="pt", padding=True, padding_side="left", add_special_tokens=False,
                return_token_type_ids=False,  # causal LMs' generate() rejects them as unused kwargs
            )
        inputs = inputs.to(self.device)
        if "pixel_values" in inputs and inputs["pixel_values"].is_floating_point():
            inputs["pixel_values"] = inputs["pixel_values"].to(self.model.dtype)
        gen_kwargs: dict[str, Any] = {
            "max_new_tokens": settings.max_tokens,
            "pad_token_id": self.tokenizer.pad_token_id,
        }
        if settings.temperature > 0:
            gen_kwargs.update(do_sample=True, temperature=settings.temperature, top_p=settings.top_p)
            if settings.seed is not None:
                torch.manual_seed(settings.seed)
        else:
            gen_kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        if settings.stop:
            gen_kwargs.update(stop_strings=list(settings.stop), tokenizer=self.tokenizer)
        prompt_len = inputs["input_ids"].shape[1]
        prompt_counts = inputs["attention_mask"].sum(dim=1).tolist()
        if on_row is not None or stop is not None:
            from transformers import StoppingCriteriaList

            def finished(i: int, row: list[int]) -> None:
                if on_row is not None:
                    on_row(i, self._finish(row, int(prompt_counts[i]), settings))

            gen_kwargs["stopping_criteria"] = StoppingCriteriaList(
                [_rows_finished_class()(prompt_len, self._eos_ids, finished, stop or threading.Event())])
        with torch.inference_mode():
            output = self.model.generate(**inputs, **gen_kwargs)
        new_tokens = output[:, prompt_len:].tolist()
        return [
            self._finish(row, int(n_prompt), settings) for row, n_prompt in zip(new_tokens, prompt_counts)
        ]

    def _finish(self, row: list[int], n_prompt: int, settings: GenerationSettings) -> tuple[str, int, int, str]:
        """Cut one output row at its end (eos, or pad after an early stop) and label why it ended."""
        pad = self.tokenizer.pad_token_id
        end = next((i for i, t in enumerate(row) if t in self._eos_ids or t == pad), None)
        if end is not None:
            tokens, finish = row[:end], "stop"
            n_completion = end + 1 if row[end] in self._eos_ids else end
        else:
            tokens = row
            n_completion = len(row)
            finish = "length" if len(row) >= settings.max_tokens else "stop"
        text = self.tokenizer.decode(tokens, skip_special_tokens=True)
        text, stopped = truncate_at_stop(text, settings.stop)
        if stopped:
            finish = "stop"
        return text, n_prompt, n_completion, finish

    def close(self) -> None:
        """Drop the model so its (GPU) memory can be reclaimed."""
        self.model = None
        if self.device.startswith("cuda"):
            self._torch.cuda.empty_cache()

    def __enter__(self) -> "HFBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@functools.lru_cache(maxsize=1)
def _rows_finished_class() -> type:
    """A ``transformers.StoppingCriteria`` that stops nothing by itself: it reports each row the
    step that row emits an end token, and ends every row once ``stop`` is set.

    Defined on first use so that importing this module does not import transformers.
    """
    import torch
    from transformers import StoppingCriteria

    class RowsFinished(StoppingCriteria):
        def __init__(self, prompt_len: int, eos_ids: set[int], finished: Callable[[int, list[int]], None],
                     stop: threading.Event) -> None:
            self.prompt_len, self.eos_ids, self.finished, self.stop = prompt_len, eos_ids, finished, stop
            self.done: set[int] = set()

        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            for i, token in enumerate(input_ids[:, -1].tolist()):
                if i not in self.done and token in self.eos_ids:
                    self.done.add(i)
                    self.finished(i, input_ids[i, self.prompt_len:].tolist())
            return torch.full((input_ids.shape[0],), self.stop.is_set(), dtype=torch.bool, device=input_ids.device)

    return RowsFinished
