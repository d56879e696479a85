"""Answer options as the verifier sees them: the chain's decision, option evidence, listing.

Why the verifier needs them: in a multiple-choice item the findings of the
option a chain commits to are its real claims ("the answer is C" asserts C's
findings even when no sentence repeats them), and in RadRBench-style items the
benchmark states that the gold option is true and the distractors are absent,
which is evidence the report may not spell out. A chain that restates every
option without committing to one has asserted nothing, whatever words it used.

The letter a chain committed to comes from the answer extraction (the
pipeline passes it; ``verify`` does not import the extraction stage).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from medstep.answers import LETTERS, bare_letter, option_key, options_from_value

Options = Mapping[str, str] | Sequence[str]


def normalize_options(options: Options | None) -> dict[str, str]:
    """``{"A": text, ...}`` from a mapping (keys like "A", "(a)", "A)") or a list (lettered A, B, ...);
    options with an empty text are left out. The spellings are :mod:`medstep.answers`' own."""
    if not options:
        return {}
    if isinstance(options, Mapping):
        options = {normalize_letter(k) or str(k): v for k, v in options.items()}
    try:
        parsed = options_from_value(options)
    except ValueError:
        return {}  # not lettered options (the caller passed something else): nothing to link a decision to
    return {k: v for k, v in parsed.items() if v}


def normalize_letter(key: object) -> str | None:
    """"b", "(B)", "B)", " B " -> "B"; anything that is not one letter -> None."""
    return bare_letter(str(key)) if key is not None else None


def lists_every_option(chain: str, options: dict[str, str]) -> bool:
    """Whether ``chain`` names every option, by its label ("C)", "(C)", "Option C") or its text.

    Only meaningful with two or more options; one or none is never "every option".
    """
    if len(options) < 2:
        return False
    key = option_key(chain)
    for letter, text in options.items():
        label = rf"\(\s*{letter}\s*\)|(?<!\w){letter}\s*[):]|(?<!\w){letter}\.(?=\s)|\b[Oo]ption\s+{letter}\b"
        if re.search(label, chain):
            continue
        t = option_key(text)
        if len(t) >= 3 and f" {t} " in f" {key} ":
            continue
        return False
    return True


__all__ = ["LETTERS", "Options", "lists_every_option", "normalize_letter", "normalize_options"]
