"""A few-shot continuation: the model answers, then writes question-and-answer pairs of its own.

Base and few-shot-prompted models run on past their answer in the prompt's own format ("yes\\nQuestion: is there a
left pleural effusion? Answer: no"). The invented pair answers a question nobody asked, so its "Answer:" is no
answer to the sample's question and must not compete with (or replace) the reply written before it: the output is
cut where the invented turn starts. The answer to the asked question is the one before that turn.

Self-posed questions are also an ordinary way to reason ("Q: Is a pleural line visible? A: Yes. Final answer: yes"),
and a model may restate the asked question before answering it ("Sure.\\nQuestion: Is there a pneumothorax in this
image?\\nAnswer: Yes"). So the output is cut only when all of these hold:

- the turn is a "Question:" (or "Q:") label opening a line or following a finished sentence, with written text before
  it;
- from the turn to the end, the output is nothing but such pairs, each "Question: ...? Answer: ..." with its answer
  on the rest of its line: any other text after them (a "Final answer:", a "So ...", a "Therefore", a restated verdict)
  means the pairs were reasoning towards the answer, not a continuation after it;
- no pair asks the sample's own question: an echo of it, even with more words ("... in this image", "... on this
  PA film"), holds every content word of the asked question;
- the text before the turn is a bare verdict: one line of at most three words (or a plain yes/no reply: "Not that I
  can see.", "No, the lung is fully expanded."), none of them a hedge ("likely",
  "may", "suggests", "unsure") or an earlier time ("previously"), so "A seems likely.\nQ: ...? A: ..., which points
  to D." and "The heart looks normal at first.\nQ: ...? A: Yes, 0.58." (a tentative first impression, then a
  self-check in other words) are never cut (second review, session 27);
- the reader finds a committed answer in the text before the turn (checked by :mod:`medstep.extract.core`, which
  otherwise reads the whole output as main does).

Read by :mod:`medstep.extract.core`.
"""

from __future__ import annotations

from medstep.answers.hedges import DOUBT, EARLIER_WORDS, LIKELY_WORDS, POSSIBILITY, SUSPICION
from medstep.answers.yesno import AFFIRMATIVE_REPLIES, NEGATIVE_REPLIES, VERDICTS
from medstep.lazyre import lazy_compile

# "Question:" / "Q:" opening a line, or after a finished sentence.
_TURN = lazy_compile(r"(?:(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*[*_#]*[ \t]*(?:Question|Q)[ \t]*[*_]*[:：][*_]*[ \t]*")
# One whole pair from its question label: the question up to its "?", the answer label, and an answer of one sentence
# at most, up to the line's end or the next question label on the same line ("Answer: no. Therefore ..." is no pair).
_PAIR = lazy_compile(r"[ \t]*[*_#]*[ \t]*(?:Question|Q)[ \t]*[*_]*[:：][*_]*[ \t]*(?P<q>[^?？\n]*(?:\n[^?？\n]*)?)[?？]"
                     r"[ \t*_]*\n?[ \t*_]*(?:Answer|A)[ \t]*[*_]*[:：][*_]*(?P<a>(?:[^\n.!?]|\.(?=\d))*[.!?]?)"
                     r"[ \t]*(?=[ \t]*[*_#]*[ \t]*(?:Question|Q)[ \t]*[*_]*[:：]|\n|\Z)\s*")
_WORD = lazy_compile(r"[a-z0-9]+")
# Words of a question that name nothing it asks about.
_FRAME = frozenset({"what", "which", "where", "is", "are", "the", "a", "an", "of", "in", "on", "this", "that", "there",
                    "does", "do", "shown", "seen", "image", "most", "likely", "how", "with", "to", "at", "by", "it",
                    "be", "any", "based", "visible", "present", "these", "yes", "no", "or"})


# A bare verdict is short and holds no hedge or earlier-time word (single words of the hedge homes).
_BARE_WORDS = 3
_TENTATIVE = frozenset(w for group in (DOUBT, EARLIER_WORDS, LIKELY_WORDS, POSSIBILITY, SUSPICION)
                       for w in group if " " not in w)


# A reply led by its yes/no verdict: "No, the lung is fully expanded."
_VERDICT_FIRST = lazy_compile(r"(?i)(?:" + "|".join(sorted(VERDICTS, key=len, reverse=True)) + r")\s*[,.，。]")


def _bare_verdict(text: str) -> bool:
    """Whether ``text`` (what comes before the turn) is a bare verdict: "yes", "x-ray.", "Answer: B", "Not that I can
    see.", or one sentence led by its yes/no word ("No, the lung is fully expanded.")."""
    text = text.strip(" \t\r\n*_#")
    words = _WORD.findall(text.lower())
    if "\n" in text or not words or _TENTATIVE & set(words):
        return False
    said = text.lower().rstrip(".!。！ ")
    return (len(words) <= _BARE_WORDS or said in NEGATIVE_REPLIES or said in AFFIRMATIVE_REPLIES
            or _VERDICT_FIRST.match(text) is not None)


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _FRAME}


def _only_pairs(tail: str, asked: set[str]) -> bool:
    """Whether ``tail`` is nothing but question-and-answer pairs, none of which asks the ``asked`` question again."""
    pos = 0
    while pos < len(tail):
        pair = _PAIR.match(tail, pos)
        if pair is None or pair.end() == pos:
            return False
        if asked <= _content(pair.group("q")):
            return False  # the sample's own question asked again (an echo, or the real turn after few-shot examples)
        pos = pair.end()
    return True


def invented_turn(region: str, question: str) -> int | None:
    """Where an invented question-and-answer turn starts in ``region`` (see module docstring), or ``None``."""
    if "Q" not in region:
        return None
    asked = _content(question)
    for m in _TURN.finditer(region):
        if not region[:m.start()].strip(" \t\r\n*_#"):
            continue  # the reply opens with the pair: the model's own format for its answer, nothing invented
        if not _bare_verdict(region[:m.start()]):
            return None  # reasoning or a tentative impression before the pair: the pair may be its self-check
        if asked and _only_pairs(region[m.start():].lstrip(), asked):
            return m.start()
        return None  # the first pair is followed by more than pairs, or re-asks the question: reasoning or an echo
    return None


__all__ = ["invented_turn"]
