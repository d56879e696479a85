"""A training row's columns → the :class:`~medstep.types.Sample` eval would have graded.

TRL hands a reward function the dataset's columns as keyword lists, one
value per completion. The columns medstep reads (the files ``medstep mine``
and ``medstep curate`` write carry all of them, so a training row rebuilds
exactly the sample ``medstep eval`` loaded):

* ``answer``: the gold answer (a letter for choice questions, ``[x1, y1, x2, y2]``
  in pixels for box questions);
* ``answer_type``: ``closed`` / ``open`` / ``choice`` / ``box`` (inferred when
  absent, as the eval loaders infer it: options present → choice, a yes/no
  gold → closed, a lone option letter → choice, else open);
* ``options``: letter → text mapping, a list, or their JSON string (choice
  questions). Without it, options written in the prompt ("Options:\\nA) ...")
  are used; a letter gold with no options anywhere is graded by letter alone;
* ``report`` and ``reference_steps`` (a list or one string, split into steps
  as the loaders split it): evidence for the verifier rewards;
* ``question`` and ``benchmark``: what the verifier reads besides (RadRBench's
  options are findings, one true, unless the question asks for the exception);
  grading reads the question too ("Which is NOT seen?", a statement restating a
  yes/no question); without the column, the prompt's text before its options;
* ``image_size``: ``[width, height]`` of the image a box answer refers to
  (converts 0-1 and 0-1000 answers to pixels);
* ``key_findings``: the image findings a perception reward checks (default:
  the report's).

Every answer-semantics decision is :mod:`medstep.answers`'s, the module the
loaders use.
"""

from __future__ import annotations

import json
from typing import Any, Iterator, Sequence

from medstep.arguments import InvalidArgument
from medstep.answers import (
    LETTERS, answer_type_named, bare_letter, infer_answer_type, options_from_value, split_options,
    split_reference_steps,
)
from medstep.extract.box import box_of
from medstep.types import AnswerType, Grounding, MedstepError, Sample


def completion_count(completions: Any) -> int:
    """How many completions a reward call holds; anything but a list of them is an error naming the argument
    (a lone string would be read as one completion per character, ``None`` failed deep inside as ``len()``)."""
    if not isinstance(completions, (list, tuple)):
        raise InvalidArgument(f"completions must be a list (one completion per row), got {type(completions).__name__}")
    return len(completions)


def completion_text(completion: Any, i: int | None = None) -> str:
    """TRL passes plain strings, or for conversational data a list of message dicts (``i``: its row)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list):
        parts = []
        for m in completion:
            content = m.get("content") if isinstance(m, dict) else m
            if isinstance(content, list):  # multimodal content parts
                content = "".join(p.get("text") or "" for p in content if isinstance(p, dict))
            parts.append("" if content is None else str(content))  # a tool-call turn has "content": null
        return "".join(parts)
    where = "" if i is None else f"completion {i}: "
    raise MedstepError(f"{where}unsupported completion type {type(completion).__name__}; "
                       "expected str or list of messages")


def prompt_text(prompt: Any) -> str:
    """The last user turn of a TRL prompt (a string or a list of messages)."""
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list):
        for m in reversed(prompt):
            if isinstance(m, dict) and m.get("role", "user") == "user":
                return completion_text([m])
    return ""


def column(columns: dict[str, Any], name: str, i: int, n: int) -> Any:
    """Row ``i``'s value of column ``name`` (``None`` when the dataset has no such column)."""
    values = columns.get(name)
    if values is None:
        return None
    if not isinstance(values, (list, tuple)) or len(values) != n:
        raise MedstepError(f"reward column {name!r} must be a list with one value per completion ({n})")
    return values[i]


def _options(value: Any, i: int) -> dict[str, str]:
    """The ``options`` column (a JSON object string or a mapping); a broken one names its row, as every column does."""
    if not value:
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as e:
            raise MedstepError(f"reward row {i}: column 'options' is not JSON: {e.msg}") from e
    try:
        return options_from_value(value)
    except ValueError as e:
        raise MedstepError(f"reward row {i}: column 'options': {e}") from e


# A letter gold whose options are nowhere to be found is graded by the letter alone.
_LETTERS_ONLY = {letter: "" for letter in LETTERS}


def _grounding(gold: str, size: Any, i: int) -> Grounding:
    box = box_of(gold)
    if box is None:
        raise MedstepError(f"reward row {i}: a box question's answer must be [x1, y1, x2, y2], got {gold!r}")
    if size is None:
        return Grounding(box=box)
    try:
        w, h = (int(v) for v in size)
    except (TypeError, ValueError):
        w = h = 0
    if w <= 0 or h <= 0:
        raise MedstepError(f"reward row {i}: 'image_size' must be [width, height] in pixels, got {size!r}")
    return Grounding(box=box, image_size=(w, h))


def _gold_text(value: Any, i: int) -> str:
    """The ``answer`` column as the text eval's loaders would have read (they refuse the same values).

    A boolean or a list of words written out by ``str`` (``True``, ``['yes']``) is a gold answer no
    completion matches the way the user meant: every reward of the row would be a silent 0. A list of
    numbers is a box, ``[x1, y1, x2, y2]``, and stays one.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise MedstepError(f"reward row {i}: column 'answer' must be text or a number, found a boolean "
                           f"({str(value).lower()}); write it as text")
    if isinstance(value, dict) or (
            isinstance(value, (list, tuple))
            and not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)):
        kind, shown = "an object" if isinstance(value, dict) else "a list", repr(value)
        raise MedstepError(f"reward row {i}: column 'answer' must be text, a number or a box [x1, y1, x2, y2], "
                           f"found {kind}: {shown if len(shown) <= 80 else shown[:77] + '...'}")
    return str(value)


def _text_column(columns: dict[str, Any], name: str, i: int, n: int) -> str | None:
    """A column holding text (``report``): a number or list there is a broken dataset, not text."""
    value = column(columns, name, i, n)
    if value is None or isinstance(value, str):
        return value
    raise MedstepError(f"reward row {i}: column {name!r} must be text, got {type(value).__name__}")


def _steps_column(columns: dict[str, Any], i: int, n: int) -> Any:
    """``reference_steps``: one text or a list of texts (a number or object was silently no steps)."""
    value = column(columns, "reference_steps", i, n)
    items = value if isinstance(value, (list, tuple)) else [value]
    if value is None or all(isinstance(v, str) for v in items):
        return value
    bad = next(v for v in items if not isinstance(v, str))
    raise MedstepError(f"reward row {i}: column 'reference_steps' must be text or a list of texts, "
                       f"found {type(bad).__name__}")


def sample_at(columns: dict[str, Any], i: int, n: int, prompt: Any = None) -> Sample:
    """The i-th training row as a :class:`Sample` (the fields grading and the verifier read)."""
    gold = _gold_text(column(columns, "answer", i, n), i)
    options = _options(column(columns, "options", i, n), i)
    kind = column(columns, "answer_type", i, n)
    if kind:
        answer_type = answer_type_named(str(kind))
        if answer_type is None:
            raise MedstepError(f"reward row {i}: column 'answer_type' has {kind!r}; "
                               "expected closed, open, choice or box")
    else:
        answer_type = infer_answer_type(gold, options)
    question = column(columns, "question", i, n)
    stem, prompt_options = "", dict[str, str]()
    if prompt is not None and (not question or (answer_type is AnswerType.CHOICE and not options)):
        try:
            stem, prompt_options = split_options(prompt_text(prompt))
        except ValueError as exc:
            raise MedstepError(f"reward row {i}: the prompt's options: {exc}") from None
    if answer_type is AnswerType.CHOICE:
        options = options or prompt_options
        letter = bare_letter(gold)
        if not options and letter is not None:
            options = _LETTERS_ONLY
        if letter is not None:
            gold = letter
    grounding = None
    if answer_type is AnswerType.BOX:
        grounding = _grounding(gold, column(columns, "image_size", i, n), i)
    return Sample(
        id=str(i),
        question=str(question) if question else stem,
        answer=gold,
        answer_type=answer_type,
        options=options if answer_type is AnswerType.CHOICE else {},
        reference_steps=split_reference_steps(_steps_column(columns, i, n)),
        report=_text_column(columns, "report", i, n),
        benchmark=str(column(columns, "benchmark", i, n) or ""),
        grounding=grounding,
    )


def rows(prompts: Sequence[Any] | None, completions: Sequence[Any],
         columns: dict[str, Any]) -> Iterator[tuple[int, Sample, str]]:
    """``(i, sample, completion text)`` for every completion of a reward call."""
    n = completion_count(completions)
    given = list(prompts) if isinstance(prompts, (list, tuple)) else None
    if given is not None and len(given) != n:  # a caller's bug: prompts would pair with the wrong rows
        raise MedstepError(f"{len(given)} prompts for {n} completions; expected one prompt per completion")
    for i, c in enumerate(completions):
        yield i, sample_at(columns, i, n, None if given is None else given[i]), completion_text(c, i)
