"""Checks of the arguments the public library API is called with: one clear error at the door.

Why this exists: ``extract(None, sample)`` or ``verify(chain, report=3)`` used to fail many calls deep with
``AttributeError: 'NoneType' object has no attribute 'lower'`` in a module the caller never named, which says neither
which argument was wrong nor what it should have been. The public entry points (``medstep.extract``,
``medstep.verify``, the judge registry, the rewards) check their arguments here first and raise
:class:`InvalidArgument`, a :class:`~medstep.types.MedstepError` (the CLI prints it on one line) that is also a
``TypeError`` (what Python code expects of a wrong argument type), naming the function, the argument and what was
given. The checks are ``isinstance`` tests on the arguments themselves, never on text contents: grading is unchanged.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Mapping

from medstep.types import AnswerType, MedstepError, Sample


class InvalidArgument(MedstepError, TypeError):
    """A library function was called with an argument of the wrong type (``extract(None, sample)``)."""


def _shown(value: Any) -> str:
    """The given value's type, and the value itself when it is short (``int 3``, ``NoneType``)."""
    if value is None:
        return "None"
    text = repr(value)
    return f"{type(value).__name__} {text}" if len(text) <= 40 else type(value).__name__


def check_text(func: str, name: str, value: Any, *, optional: bool = False) -> None:
    """``value`` must be a ``str`` (or ``None`` when ``optional``); else :class:`InvalidArgument` naming ``name``."""
    if isinstance(value, str) or (optional and value is None):
        return
    hint = "; decode it first (value.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
    wanted = "a str or None" if optional else "a str"
    raise InvalidArgument(f"{func}: {name} must be {wanted}, got {_shown(value)}{hint}")


def check_texts(func: str, **values: Any) -> None:
    """:func:`check_text` of each named argument (``check_texts("compare_reports", prediction=p, truth=t)``)."""
    for name, value in values.items():
        check_text(func, name, value)


def check_path(func: str, name: str, value: Any) -> None:
    """``value`` must name a file: a ``str`` or a path (``os.PathLike``)."""
    if not isinstance(value, (str, os.PathLike)):
        raise InvalidArgument(f"{func}: {name} must be a path (str or pathlib.Path), got {_shown(value)}")


def check_sample(func: str, sample: Any) -> None:
    """``sample`` must be a :class:`Sample` whose fields the readers use have their declared types.

    A sample built by hand (``Sample(..., options=["x", "y"])``, ``answer_type="choice"``) is the usual way in for
    library users; the dataclass does not check its fields, so the check is made where a sample is first read.
    """
    if not isinstance(sample, Sample):
        raise InvalidArgument(
            f"{func}: sample must be a medstep.types.Sample, got {_shown(sample)}"
            + ("; build one with Sample.from_json(d)" if isinstance(sample, Mapping) else "")
        )
    options = sample.options
    if (
        type(sample.answer_type) is AnswerType
        and type(sample.question) is str
        and type(sample.answer) is str
        and type(options) is dict
    ):  # the usual sample, checked by exact types (this runs before every extraction: about a microsecond)
        for k, v in options.items():
            if type(k) is not str or type(v) is not str:
                break
        else:
            return
    where = f"{func}: {sample.named()}"
    if not isinstance(sample.answer_type, AnswerType):
        raise InvalidArgument(
            f"{where}: answer_type must be an AnswerType (AnswerType({sample.answer_type!r})), "
            f"got {_shown(sample.answer_type)}"
        )
    for field in ("question", "answer"):
        value = getattr(sample, field)
        if not isinstance(value, str):
            raise InvalidArgument(f"{where}: {field} must be a str, got {_shown(value)}")
    if not isinstance(options, Mapping):
        raise InvalidArgument(
            f"{where}: options must be a dict of letter -> text "
            "(medstep.answers.options_from_value turns a list into one), "
            f"got {_shown(options)}"
        )
    for letter, text in options.items():
        if not isinstance(letter, str) or not isinstance(text, str):
            raise InvalidArgument(f"{where}: options must map letters to text, got {letter!r}: {_shown(text)}")


def check_verify(
    chain: Any, report: Any, reference: Any, options: Any, chosen: Any, gold: Any, question: Any, context: Any
) -> None:
    """The arguments of ``Verifier.verify`` (see its docstring for what each means)."""
    check_text("verify", "chain", chain)
    for name, value in (("report", report), ("chosen", chosen), ("gold", gold), ("question", question)):
        if value is not None and type(value) is not str:
            check_text("verify", name, value, optional=True)
    if type(reference) in (list, tuple):
        for n, step in enumerate(reference):
            if step is not None and type(step) is not str:
                check_text("verify", f"reference[{n}]", step, optional=True)
    elif (
        reference is not None
        and type(reference) is not str
        and (isinstance(reference, (Mapping, bytes, bytearray)) or not isinstance(reference, Iterable))
    ):  # (an iterator's items are not checked: walking it would consume it)
        raise InvalidArgument(f"verify: reference must be a str or a list of str, got {_shown(reference)}")
    if options is not None and type(options) is not dict and not isinstance(options, (Mapping, list, tuple)):
        raise InvalidArgument(
            f"verify: options must be a dict of letter -> text or a list of texts, got {_shown(options)}"
        )
    if context is not None:
        from medstep.verify.significance import PatientContext  # verify imports this module: imported when used

        if not isinstance(context, PatientContext):
            raise InvalidArgument(
                f"verify: context must be a PatientContext (PatientContext.from_mapping(d) reads a "
                f"dict), got {_shown(context)}"
            )
