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
from collections.abc import Mapping, Sequence

LETTERS = "ABCDEFGHIJ"
_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")

Options = Mapping[str, str] | Sequence[str]


def normalize_options(options: Options | None) -> dict[str, str]:
    """``{"A": text, ...}`` from a mapping (keys like "A", "(a)", "A)") or a list (lettered A, B, ...)."""
    if not options:
        return {}
    items = options.items() if isinstance(options, Mapping) else zip(LETTERS, options)
    out = {}
    for key, text in items:
        letter = normalize_letter(key)
        if letter is not None and text is not None and str(text).strip():
            out[letter] = str(text).strip()
    return out


def normalize_letter(key: object) -> str | None:
    """"b", "(B)", "B)", " B " -> "B"; anything that is not one letter -> None."""
    if key is None:
        return None
    k = str(key).strip().strip("()[].:*").strip().upper()
    return k if len(k) == 1 and k.isalpha() else None


def _norm(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def lists_every_option(chain: str, options: dict[str, str]) -> bool:
    """Whether ``chain`` names every option, by its label ("C)", "(C)", "Option C") or its text.

    Only meaningful with two or more options; one or none is never "every option".
    """
    if len(options) < 2:
        return False
    low = _norm(chain)
    for letter, text in options.items():
        label = rf"\(\s*{letter}\s*\)|(?<!\w){letter}\s*[):]|(?<!\w){letter}\.(?=\s)|\b[Oo]ption\s+{letter}\b"
        if re.search(label, chain):
            continue
        t = _norm(text)
        if len(t) >= 3 and t in low:
            continue
        return False
    return True
