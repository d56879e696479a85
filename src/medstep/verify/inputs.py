"""The arguments of one ``Verifier.verify`` call, checked and put in the form the verifier reads.

Why apart from the verifier: checking what a library user passed (``medstep.arguments``: a wrong type is one
``InvalidArgument`` naming it) and normalising it (a reference string split into steps, options lettered, the
chosen and gold letters read, the option texts and the question's words as keys) is one concern, done once at the
door, before any reading; the verifier's body then only reads findings.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Sequence

from medstep.answers import option_key, split_reference_steps
from medstep.arguments import check_verify
from medstep.verify.options import Options, normalize_letter, normalize_options


class VerifyInputs(NamedTuple):
    """What ``verify`` reads of its arguments (unpacked in the verifier's body)."""

    ref_texts: tuple[str, ...]  # the reference steps, blank ones skipped
    options: dict[str, str]  # letter -> text
    chosen: str | None  # the letter the chain committed to
    gold: str | None  # the gold letter, when its option is evidence (``option_evidence``)
    quoted: tuple[str, ...]  # the options' texts as keys, longest first
    asked: frozenset[str]  # the question's words, when there are options to tell from it


def verify_inputs(
    chain: str,
    report: str | None,
    reference: Sequence[str] | str | None,
    options: Options | None,
    chosen: str | None,
    gold: str | None,
    option_evidence: bool,
    question: str | None,
    context: Any,
) -> VerifyInputs:
    """The checked, normalised arguments of ``Verifier.verify`` (see its docstring for what each means)."""
    check_verify(chain, report, reference, options, chosen, gold, question, context)
    if isinstance(reference, str):
        ref_texts = split_reference_steps(reference)  # the loaders' and rewards' split (medstep.answers)
    else:
        ref_texts = tuple(r for r in (reference or ()) if r and r.strip())
    opts = normalize_options(options)
    quoted = tuple(sorted({option_key(t) for t in opts.values()}, key=len, reverse=True))
    return VerifyInputs(
        ref_texts,
        opts,
        normalize_letter(chosen),
        normalize_letter(gold) if option_evidence and opts else None,
        quoted,
        frozenset(option_key(question).split()) if question and quoted else frozenset(),
    )
