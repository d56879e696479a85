"""Picking the decision among an output's commitments (``decision.read_decision`` finds them).

Kept apart from the reader because it is the one policy every commitment rule feeds: the last strong commitment
wins unless a different option is committed to after it, or shortly before it in the same paragraph, or by a final
answer anywhere before it (when it is not worded as final itself); with only
descriptions, one option described and no other named is the answer, two are a hedge between them.
"""

from __future__ import annotations

import bisect

from medstep.extract.commit import NONE, Commitment, Decision, Tier
from medstep.extract.mentions import CONFLICT

# The rule of an option stated in a concession after the main clause ("It is in the lower lobe, although part of
# it extends toward the middle lobe"): beside an option stated before it, it is granted, not chosen.
CONCEDED = "conceded"
# The rule of an option named in a question ("Right or left?"): a hedge, unless a later statement answers it.
ASKED = "asked"
# An option held in reserve ("Y is still on the table", ``clauses.RESERVED_AFTER``): no rival to a pick stated
# before it, nor to any decision ("Sarcoidosis is favoured, though lymphoma remains a possibility.").
RESERVED = "reserved"
# The rule of an option alone on the output's last line (``lines.last_line``).
LETTER_FINAL = "letter_final"


# How far before the decision an earlier, different commitment of the same paragraph still makes
# the decision ambiguous: beyond it the earlier one is discussion (long single-paragraph outputs).
CONFLICT_REACH = 400


def resolve(commitments: list[Commitment], paragraphs: list[int], text: str = "", cues: tuple[str, ...] = ()) -> Decision:
    """Pick the decision among the commitments (see module docstring)."""
    if not commitments:
        return NONE
    commitments.sort(key=lambda c: c.pos)
    strong = [c for c in commitments if c.tier >= Tier.DECISION]
    if not strong:
        # Only descriptions, hedges and conditions: a description is taken when nothing else
        # names another option; two different options named this way are a hedge between them.
        weak = [c for c in commitments if c.tier == Tier.WEAK]
        main = [c.pos for c in weak if c.rule != CONCEDED]
        if main and len(main) < len(weak):
            commitments = [c for c in commitments if c.rule != CONCEDED or c.pos < main[0]]
            weak = [c for c in weak if c.rule != CONCEDED or c.pos < main[0]]
        # "Right or left? Right.": options asked before the statement that answers them are not kept open
        # and a supposed case beside a description is neither chosen nor in conflict ("If there were fat it would be
        # an angiomyolipoma; here it is a simple cyst.")
        letters = {c.letter for c in commitments if not (weak and c.rule == ASKED and c.pos < weak[-1].pos)
                   and not (weak and c.rule == RESERVED and c.pos > weak[0].pos)
                   and not (weak and c.tier == Tier.CONDITIONAL)}
        if weak and len(letters) == 1 and CONFLICT not in letters:
            return Decision(weak[-1].letter, "option_text" if weak[-1].rule == CONCEDED else weak[-1].rule, weak=True)
        return Decision(None, "", ambiguous=len(letters) > 1 or CONFLICT in letters)
    chosen = strong[-1]
    if chosen.letter == CONFLICT:
        return Decision(None, chosen.rule, ambiguous=True)
    if chosen.rule == LETTER_FINAL and any(c.tier == Tier.FINAL and c.letter != chosen.letter for c in strong):
        # "Answer: B. Volume loss ...\n\n**D**": a bare closing letter beside an answer line naming another option is
        # a second answer line, not a revision told in words
        return Decision(None, chosen.rule, ambiguous=True)
    para_start = paragraphs[bisect.bisect_right(paragraphs, chosen.pos) - 1]
    for c in commitments:
        if c.letter == chosen.letter or c is chosen or c.tier == Tier.CONDITIONAL or c.rule == RESERVED:
            continue
        if c.pos > chosen.pos and c.tier != Tier.WEAK:
            return Decision(None, chosen.rule, ambiguous=True)
        if max(para_start, chosen.pos - CONFLICT_REACH) <= c.pos < chosen.pos and c.tier >= Tier.DECISION \
                and chosen.tier < Tier.FINAL:
            return Decision(None, chosen.rule, ambiguous=True)
        if c.pos < chosen.pos and c.tier == Tier.FINAL and chosen.tier < Tier.FINAL \
                and not any(map(text[c.pos:chosen.pos].lower().__contains__, cues)):
            # "The answer is MRI.\n\n* No bone signal artifact typical of CT.": a final answer stated in an earlier
            # paragraph is no discussion; a later mention not worded as final (no "final answer", "on reflection")
            # cannot overrule it, at most leave the two open; a revision cue between them ("Wait, no. ... It's C.",
            # "Sorry, I misread the image. It is C.") makes the later one a revision
            return Decision(None, chosen.rule, ambiguous=True)
    return Decision(chosen.letter, chosen.rule)


__all__ = ["ASKED", "CONCEDED", "CONFLICT_REACH", "RESERVED", "resolve"]
