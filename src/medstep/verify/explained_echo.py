"""What an alternative "does not explain" is the chain's own reading only when it says more than the chosen option.

Why (issue #8, review of vgaps37): "X does not explain Y" turns down X and leaves Y standing (``rejected_subject``,
``clause_roles.reject_subject``): "heart failure does not explain a unilateral effusion with shift" observes the
effusion. But Y may be nothing but the chosen option's text said again: "Cardiomegaly does not explain the normal chest
radiograph. Answer: A" (retired blind 8 K11, option A "Normal chest radiograph") read the option's normal page of
absences as the chain's observations and scored RadRScore 0.967, above the faithful chain's 0.9, while the option said
alone ("Normal chest radiograph.") is the echo and earns nothing (verifier version 327: the chosen option's words said
again are no observation, ``FrameWords.only_option_words``). So where what a rejection's cue names, to its clause's end,
is only the chosen option's words (``only_option_words``), it claims nothing, as the option said alone does. Y in words
of its own ("... does not explain the clear lungs and normal heart size") stands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding
from medstep.verify.lexicon import K_ROLE
from medstep.verify.memo import owner_memo
from medstep.verify.option_heads import unclaimed
from medstep.verify.scan import Scanner, lower_text, sentence_events
from medstep.verify.step_edits import StepEdits
from medstep.verify.steps import Step

__all__ = ["drop_explained_echo"]

_REJECTED_SUBJECT = "rejected_subject"  # the role cue's name (``triggers.tsv``, ``roles.py``)
_CLAUSE_END = lazy_compile(r"[,;:!?\n]|\.(?!\d)")  # where what the cue names ends
_READ = 200  # characters after a cue read (a text of many cues and no mark stays linear)
_MEMO_LIMIT = 8192  # step texts whose cue spans are kept per scanner


def drop_explained_echo(
    scanner: Scanner,
    only_option_words: Callable[[str, str, str], bool],
    steps: Sequence[Step],
    per_step: list[list[Finding]],
    per_sent: list[list],
    chosen: tuple[str, str] | None,
) -> tuple[list[list[Finding]], list[list]]:
    """The chain's findings and clauses with what a rejection explains claiming nothing where it is only the
    ``chosen`` option's words (letter, text); unchanged lists when none is."""
    if chosen is None:
        return per_step, per_sent
    letter, option = chosen
    edits = StepEdits(per_step, per_sent)
    for k, (step, found, clauses) in enumerate(zip(steps, per_step, per_sent)):
        spans = [(a, b) for a, b in _named(scanner, step.text) if only_option_words(step.text[a:b], option, letter)]
        if not spans:
            continue
        kept = [f for f in found if not any(a <= f.start < b for a, b in spans)]
        if len(kept) == len(found):
            continue
        kept_ids = {id(f) for f in kept}
        gone = sorted(f.start for f in found if id(f) not in kept_ids)
        edits.put(k, kept, unclaimed(clauses, kept, gone, ()))
    return edits.result()


@owner_memo(_MEMO_LIMIT)
def _named(scanner: Scanner, text: str) -> tuple[tuple[int, int], ...]:
    """The spans of what each rejection's cue in ``text`` names, to its clause's end: read from the text alone, so
    memoised per scanner (a scan of every step of every chain, and a benchmark's chains repeat their steps). The step's
    events are ``sentence_events``'s: the alignment with the report scans the same step text again (``aligned.py``),
    and on a chain of new lines that second scan was one of ~4 per step (issue #12)."""
    spans = []
    for e in sentence_events(scanner, lower_text(text)):
        if e[2] != K_ROLE or e[4] != _REJECTED_SUBJECT:
            continue
        bound = min(len(text), e[1] + _READ)
        end = _CLAUSE_END.search(text, e[1], bound)
        spans.append((e[1], end.start() if end is not None else bound))
    return tuple(spans)
