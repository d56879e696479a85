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
from medstep.verify.findings import Finding, Polarity

Options = Mapping[str, str] | Sequence[str]


_NORMALIZED: dict[tuple, dict[str, str]] = {}  # normalize_options of a plain dict, by its items
_NORMALIZED_LIMIT = 4096


def normalize_options(options: Options | None) -> dict[str, str]:
    """``{"A": text, ...}`` from a mapping (keys like "A", "(a)", "A)") or a list (lettered A, B, ...);
    options with an empty text are left out. The spellings are :mod:`medstep.answers`' own.

    A plain dict of strings is answered from a memo of its items (a copy is returned: callers may change it): a benchmark's
    items repeat a few option sets ("A) Yes / B) No"), and reading one again, through the ``Mapping`` check and the
    letter parser, was ~1.5% of the verifier's time a sample (issue #12)."""
    if not options:
        return {}
    if type(options) is dict:
        key = tuple(options.items())
        if all(type(k) is str and type(v) is str for k, v in key):  # (equal keys of other types, 1 and True,
            # would share an entry)
            hit = _NORMALIZED.get(key)
            if hit is None:
                if len(_NORMALIZED) >= _NORMALIZED_LIMIT:
                    _NORMALIZED.clear()
                hit = _NORMALIZED[key] = _normalize(options)
            return dict(hit)
    return _normalize(options)


def _normalize(options: Options) -> dict[str, str]:
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


def asserts_every_option(claims: Sequence[Finding], option_findings: Sequence[Sequence[Finding]]) -> bool:
    """Whether the chain's claims state the findings of every answer option as present or possible
    (and never rule one out): "Findings: left pneumothorax, right pneumothorax, hemothorax, ...".

    Such a chain has not committed to an answer whatever letter it ends on: naming every option's
    finding is a listing, not an observation. Only options that name a finding count (a device or
    "normal chest" names none), and it takes three of them, so a chain stating two real findings
    that happen to be two options is not caught. An option's side must be the claim's side.
    Where every option that names a finding reads the same (the lexicon cannot tell a supraspinatus, a
    subscapularis and a labral tear apart), the true one's finding is every option's, and stating it is no
    listing (retired blind 15's knee MRI scored 0 on every chain while meniscal and cruciate tears were one
    concept). Two different readings are enough to tell a listing ("aortic stenosis", "mitral stenosis", "heart
    failure", "pericardial effusion").
    """
    named = [fs for fs in ([f for f in fs if f.category == "finding" and f.polarity is not Polarity.ABSENT]
                           for fs in option_findings) if fs]
    if len(named) < 3 or len({frozenset((f.concept, f.polarity, f.laterality, f.location, f.change, f.severity)
                                         for f in fs) for fs in named}) < 2:
        return False
    wanted = {f.concept for fs in named for f in fs}
    said: set[tuple[str, str | None]] = set()
    denied: set[str] = set()
    for f in claims:
        if f.concept not in wanted:
            continue
        if f.polarity is Polarity.ABSENT:
            denied.add(f.concept)
        else:
            said.add((f.concept, f.laterality))
    return all(f.concept not in denied and (f.concept, f.laterality) in said for fs in named for f in fs)


__all__ = ["LETTERS", "Options", "asserts_every_option", "lists_every_option", "normalize_letter",
           "normalize_options"]
