"""A lone option heading stated first in a multiple-choice reply ("Bochdalek hernia (C): a posterolateral defect with
herniated fat."): the last resort of ``extract/choice.py``'s reader after the option named in other word forms.

Its own module because the heading's description is read by its own rules (what sets the option aside in it: a
denial, a judgement against it, a hedge, a supposition, the option gone since), apart from the decision readers.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.extract.implicit import clauses
from medstep.extract.mentions import CONFLICT, INVALID, OptionIndex, find_mentions
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

HEADING_RULE = "option_heading"
_HEADING_CHARS = " \t*_#>-•"
# What sets the heading's option aside in its description: a denial, "wrong", "unlikely", "implausible", "a poor fit",
# "considered", "a differential", "a remote possibility", "doubtful" ("Vitiligo: considered, without enough features");
# gone since (``_GONE``) only in its first clause ("Pneumothorax: resolved since ..."), not another finding gone later
# ("Consolidation: present, the previous effusion has resolved.").
_GONE = lazy_compile("(?i)" + hedges.words(negation.GONE))
_NEGATION = lazy_compile("(?i)" + hedges.words(
    negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT, negation.EXCLUDED,
    judgements.WRONG, judgements.UNLIKELY, judgements.MISFIT, judgements.POOR_FIT, judgements.LOW_RANKED, hedges.UNLIKELY_WORDS,
    hedges.ALTERNATIVE, hedges.DIFFERENTIAL, hedges.OPEN_CANDIDATE, ("less",)) + "|" + negation.CONTRACTION + r"|\?")
# A feature the description says is absent ("without scale", "with no scaling"), not the option's own features gone
# ("without any of the classic features", "without the expected depigmentation": what the option would show, missing).
_ABSENT_FEATURE = lazy_compile(r"(?i)(?:\bwithout|\bwith\s+no)\s+(?!(?:doubt|question|evidence|sign|signs|features?|"
                               r"support\w*|any|the|its|their|typical|classic|classical|expected|characteristic|"
                               r"enough|sufficient)\b)[a-z-]+")

_SUPPOSED = lazy_compile(r"(?i)\b(?:would|could|might|if)\b")


def lone_heading(region: str, idx: OptionIndex) -> str | None:
    """A short output opening with one option as a heading and describing it ("Bochdalek hernia (C): a
    posterolateral defect with herniated fat."): the option stated first, not one of several discussed.

    Only when no other line is an option heading and the description neither negates, hedges nor names
    another option (a per-option discussion cut after its first heading says nothing of the answer)."""
    text = region.strip()
    if len(text) > 300:
        return None
    first, _, rest = text.partition("\n")
    found = find_mentions(first, idx)
    if not found or found[0].letter in (CONFLICT, INVALID) or first[:found[0].start].strip(_HEADING_CHARS):
        return None
    letter = found[0].letter
    colon = first.find(":", found[0].end)
    if colon < 0 or first[found[0].end:colon].strip(_HEADING_CHARS + "()"):
        return None
    body = first[colon + 1:] + "\n" + rest
    # (a feature the description says is absent denies nothing of the option: "Vitiligo: chalk-white macules, without
    # scale."; "Vitiligo: no." / "Vitiligo: not likely" still do)
    body = _ABSENT_FEATURE.sub(" ", body)
    if any(m.letter != letter for m in find_mentions(body, idx)) or _NEGATION.search(body) or is_hedge(body) \
            or _GONE.search((clauses(body.strip().partition("\n")[0]) or [""])[0]) \
            or _SUPPOSED.search(body):  # "Vitiligo: would be chalk-white, but these are scaly.": what it would show
        return None
    return letter


__all__ = ["HEADING_RULE", "lone_heading"]
