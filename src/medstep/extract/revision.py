"""An answer the output takes back: a later sentence that opens with a revision names another option.

"The answer is B. Wait, actually, looking again at the angle, it is C.", "Answer: B ... On reflection D
is actually correct." and "Answer: B. The effusion is there, but I disagree: C." were read as B: the decision reader keeps a final answer phrase unless a later
commitment contradicts it, and "it is C" / "D is actually correct" are no commitment of their own. A human
reader sees the first answer withdrawn. Whether the revision is the final word is not always clear, so the
reading is ``ambiguous`` (no answer, counted), never the first letter.
"""

from __future__ import annotations

from medstep.answers import hedges, revisions
from medstep.extract.anchors import grouped_by_first_word, holds_any, lowered
from medstep.extract.commit import WORD, Decision
from medstep.extract.clauses import clause_left, clause_right, negated
from medstep.extract.decision import read_decision
from medstep.extract.mentions import CONFLICT, Mention, OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# Openers of a sentence that withdraws what came before (``answers/revisions.py``; the decision reader's own check
# looks only a few characters back from a mention).
_REVISION = ("(?:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK, revisions.DISOWN)
             + r")\b")
_OPENER = lazy_compile(r"(?i)\A[\s*_>\-•,.]*(?:(?:hmm+|oh|but|no|ok(?:ay)?)[\s,.!]+)*" + _REVISION)
# ... or a clause that turns against what the sentence began with: "The effusion is there, but I disagree: C."
_TURN = lazy_compile(r"(?i)[,;—–]\s*(?:but|however|yet)[\s,]+" + _REVISION)
# Words that open the revision check (literal tests on the lower-cased text; the patterns above decide): each cue
# without its leading "on" ("second thought").
_CUE_WORDS = revisions.CUES + tuple(p.removeprefix("on ") for p in revisions.SECOND_LOOK)
_CUE_GROUPS = grouped_by_first_word(_CUE_WORDS)  # ("second thought" / "second look" under "second ")
# ... and cues sharing a common word, looked for only where the shared word is ("take that" / "take it").
_CUE_PAIRS = (("take ", tuple(p.removeprefix("i ").removesuffix(" back") for p in revisions.TAKE_BACK)),)
# The cues disowning what was said, looked for only in the output's last ``LATE_REACH`` characters, where a
# correction of its answer sits ("... but I disagree: C."): every output pays for each word looked for.
_LATE_CUES = tuple(p.removeprefix("i ") for p in revisions.DISOWN)
LATE_REACH = 400
_DISAGREE_WITH = lazy_compile(r"(?i)\bdisagree\s+with\s+(?:the\s+)?(?:option\s+|choice\s+)?[\s*(\"']*\Z")
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|\n")  # a line break ends a sentence ("Answer: A\nCorrection: B")


def _opened_by_revision(text: str, start: int) -> bool:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    head = text[ends[-1] if ends else 0:start]
    return _OPENER.match(head) is not None or _TURN.search(head) is not None


def taken_back(text: str, idx: OptionIndex, decision: Decision) -> Decision:
    """``decision`` unless a later revision sentence asserts another option (then ambiguous)."""
    if decision.letter is None or decision.letter == CONFLICT:
        return decision
    low = lowered(text)
    if not holds_any(low, _CUE_GROUPS) and not any(
            shared in low and any(map(low.__contains__, cues)) for shared, cues in _CUE_PAIRS):
        if not any(map(low[-LATE_REACH:].__contains__, _LATE_CUES)):
            return decision
    mentions = find_mentions(text, idx)
    last_own = max((m.end for m in mentions if m.letter == decision.letter), default=-1)
    for m in mentions:
        if m.start <= last_own or m.letter in (decision.letter, CONFLICT) or not _opened_by_revision(text, m.start):
            continue
        right, _ = clause_right(text, m.end)
        left = clause_left(text, m.start)
        if _DISAGREE_WITH.search(left[-40:]) is not None:
            continue  # "I disagree with D": D is set aside, not asserted
        if not negated(WORD.findall(left[-60:].lower()), right) \
                or _CUE_THEN_NO.search(text, max(0, m.start - 40), m.start) is not None and not negated([], right):
            return Decision(None, decision.rule, ambiguous=True)  # ("Wait, no, B.": the "no" denies the answer before)
    if _reopened(text, idx, decision.letter, mentions):
        return Decision(None, decision.rule, ambiguous=True)
    return decision


# A revision cue and a self-denial right before the new option: "Wait, no, B.", "Actually — nope: C."
_CUE_THEN_NO = lazy_compile(r"(?i)\b" + _REVISION + r"[\s,.:;!—–-]+(?:" + hedges.alternation(revisions.SELF_DENIAL)
                            + r")[\s,.:;!—–-]*\Z")
# A sentence reopening the answer: a revision cue, "no wait" included, opening it.
_REOPENER = lazy_compile(r"(?i)(?:\A|[.!?;—–\n]\s*)[\s*_>\-•,.]*(?:(?:hmm+|oh|but|no|ok(?:ay)?)[\s,.!—–-]+)*(?:"
                         + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                              revisions.RESTATE) + r")\b")
# Doubt after it: "Hmm, maybe it's normal after all.", "Biventricular hypertrophy? Hmm.", "I'm not sure."
_STILL_OPEN = lazy_compile(r"(?i)\?|\b(?:" + hedges.alternation(hedges.DOUBT, hedges.POSSIBILITY, revisions.HESITATION)
                           + r")\b")


def _reopened(text: str, idx: OptionIndex, letter: str, mentions: list[Mention]) -> bool:
    """Whether, after the answer's first letter, a sentence opening with a revision cue reopens it and ends in
    doubt without settling on it again ("The answer is C. No wait, there is a small calcification. Hmm, maybe it's
    normal after all.", "Answer: B. Wait no — the R wave in V5 is also huge. Biventricular hypertrophy? Hmm."):
    the first answer is withdrawn and nothing replaces it."""
    first = next((m for m in mentions if m.letter == letter and not m.by_text), None)
    if first is None:
        return False
    cue = _REOPENER.search(text, first.start + 1)  # (a dotted letter "C." holds the full stop that ends it)
    if cue is None:
        return False
    rest = text[cue.start():]
    if _STILL_OPEN.search(rest) is None:
        return False
    again = read_decision(rest, idx)
    return not (again.letter == letter and not again.weak)
