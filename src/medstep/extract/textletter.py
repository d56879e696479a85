"""A short output that states one option in words and gives another by letter: it contradicts itself.

Small models often write a sentence naming the finding and then a letter that
belongs to another option ("The left ventricle is abnormal. The answer is D."
with D "Right ventricle", "Pneumomediastinum. A" with A "Pneumothorax"). The
letter is the more explicit form, but the sentence is as plain a statement,
and a reader cannot tell which one the model meant: the output is
``ambiguous``. Checked only for short outputs (a statement and a letter, not a
discussion that weighs options before choosing), only for a letter that closes
the output on its own, and only when the statement is one plain sentence: it
names one option by its text (no letter: an earlier answer revised is another
matter, ``extract/revision.py``), with no negation, doubt, condition, turn or
judgement against ("Pleural effusion would blunt the angle.", "Ewing sarcoma
was considered and excluded.", "Is it a pneumothorax? No."), and the decision
reader takes that option from it. Words after the letter explain it and name
the options set aside ("C. Pleural effusion would blunt the angles."): not read.
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.extract.decision import read_decision
from medstep.extract.foils import FOIL_MARK
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.letter_names import in_name
from medstep.lazyre import lazy_compile

# Longest statement before the letter that is still read as a rival answer (a sentence or two).
STATEMENT_MAX = 160
# What may stand around a closing letter: "Answer: **C**.", "(B)".
_CLOSE = " \t\n*_.()[]:"
# Where the letter's sentence starts: after the last sentence end or line break before it.
_SENTENCE_END = lazy_compile(r"(?:[.!?;](?=\s)|\n)(?![\s\S]*(?:[.!?;](?=\s)|\n))")
# Before an option that is the sentence's subject: nothing, an article, "There is (a)", "It is", "This is".
_SUBJECT_HEAD = lazy_compile(r"(?i)[\s*_]*(?:(?:there\s+(?:is|are)|it\s+is|it's|this\s+is)\s+)?(?:(?:the|an?)\s+)?\Z")
# Most words after such a subject ("is abnormal", "is clearly present here"), and before a closing option.
_TAIL_WORDS = 4
_HEAD_WORDS = 10
# What makes a statement no plain claim of its option.
_NOT_PLAIN = lazy_compile(
    r"(?i)\?|n't\b|\b(?:" + hedges.alternation(
        negation.DENY, negation.NONE, negation.ABSENT, negation.EXCLUDED, negation.NEITHER, hedges.POSSIBILITY,
        hedges.CONDITION, hedges.TURN, hedges.WEIGHING, hedges.DOUBT, hedges.ALTERNATIVE, hedges.LIKELIHOOD,
        judgements.WRONG, judgements.SET_ASIDE, judgements.MISFIT, ("considered", "mimic", "vs")) + r")\b")


def contradicted(region: str, idx: OptionIndex, letter: str) -> bool:
    """Whether ``region``, answered ``letter`` by a letter that closes it, states another option plainly in the one
    sentence before that letter's (see module docstring)."""
    if len(region) > STATEMENT_MAX + 60:
        return False
    named = find_mentions(region, idx)
    if not named or named[-1].by_text or named[-1].letter != letter or region[named[-1].end:].strip(_CLOSE) \
            or region[named[-1].start:named[-1].end].strip(_CLOSE) != letter or in_name(region, named[-1].start):
        return False  # the letter does not close the output on its own ("... The answer is hepatitis D.")
    before = region[:named[-1].start]
    cut = _SENTENCE_END.search(before)
    statement = before[:cut.end()].strip() if cut is not None else ""
    if not 3 <= len(statement) <= STATEMENT_MAX or _SENTENCE_END.search(statement[:-1]) is not None \
            or _NOT_PLAIN.search(statement) is not None or FOIL_MARK.search(statement) is not None:
        # one plain sentence only: a description of several, or a revision, is read as before; a foil ("Rickets
        # instead shows fraying.", "Autoimmune hepatitis is usually self-limiting.") tells what another option does
        return False
    stated = find_mentions(statement, idx)
    if not stated or any(not m.by_text or m.letter != stated[0].letter for m in stated) or stated[0].letter == letter:
        return False
    head = statement[:stated[0].start]
    tail = statement[stated[-1].end:].strip(" \t*_.!;:)")
    # The option opens the sentence as its subject ("The left ventricle is abnormal.") or closes it as what is
    # stated ("The mass is located in the left lower lobe."); named on the way ("..., short of pulmonary edema since
    # the vessels are clear.") it is not the sentence's claim.
    if not (_SUBJECT_HEAD.match(head) is not None and len(tail.split()) <= _TAIL_WORDS
            or not tail and len(head.split()) <= _HEAD_WORDS):
        return False
    return read_decision(statement, idx).letter == stated[0].letter
