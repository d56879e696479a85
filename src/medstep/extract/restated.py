"""A letter given after the question's own words and a colon: "Neither is abnormal: D." to "Which structure is
abnormal?", "... is the best next step: B." to "Which is the BEST next imaging step?" (rule ``restated_label``).

A model that restates what was asked as a label and puts the letter after it has answered, but no cue word of the
decision reader stands before the letter ("answer", "therefore", a choice verb), so nothing else reads it. The
label is read only when its last words repeat a content word of the question, and it adds no negation, hedge,
contrast or "also" the question does not hold: "Least likely: C." answers "Which is the least likely diagnosis?"
but not "Which is the most likely diagnosis?" (its "least" turns it around). A denial word the chosen option's own
text holds is no turn ("Neither is abnormal: D." for the option "Neither kidney").

A last-resort reader: it runs only when the decision reader found no commitment at all, and every such label in
the output must give the same letter.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.mentions import OptionIndex
from medstep.extract.polarity import against, asked_pole, clause_pole
from medstep.lazyre import lazy_compile

RULE = "restated_label"

# "<label>: D." closing its sentence: the letter alone after the colon (in bold or brackets, "option" allowed),
# and the next sentence starting ("... thrombectomy is the best next step: B. MRI (A) would ..."), not "C. difficile".
_LABELLED = lazy_compile(
    r"[\s*_]*[:：][ \t*_(\[]*(?:(?:option|choice)\s+)?(?P<letter>[A-Z])[)\]]?[ \t*_]*(?:[.!][ \t*_]*)?"
    r"(?=\Z|\n|[ \t]+[A-Z(*_#])"
)
_SENTENCE_END = lazy_compile(r"[.!?;\n]\s")
_WORD = lazy_compile(r"[a-z]+")
# Question words that say nothing of what is asked.
_FRAME = frozenset({
    "which", "what", "is", "are", "the", "a", "an", "of", "following", "these", "this", "that", "in", "on", "for",
    "to", "by", "with", "does", "do", "best", "most", "option", "options", "statement", "answer", "image", "shown",
    "seen", "demonstrated", "present", "there", "it", "one", "and", "or", "be", "as", "at", "from",
})
# Words a label may not add to the question: they turn it round ("least", "not", "unlikely"), hedge it, add a
# second finding ("also"), or introduce the options rather than answer ("The options for the finding: A. ...").
_TURNS = lazy_compile(
    "(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT,
                          negation.EXCLUDED, hedges.POSSIBILITY, hedges.CONDITION, hedges.WEIGHING,
                          ("least", "less", "unlikely", "also", "second", "other", "alternative", "differential",
                           "if", "but", "except", "option", "options", "choice", "choices", "question", "asks",
                           "listed", "following"))
    + "|" + negation.CONTRACTION
)
# How many of the label's last words must hold a word of the question.
_REACH = 4


def _turns(text: str) -> set[str]:
    return {m.group().lower() for m in _TURNS.finditer(text)}


def read_restated(text: str, idx: OptionIndex, question: str) -> str | None:
    """The one letter the output gives after a label restating the question (module docstring), else None."""
    if ":" not in text and "：" not in text:
        return None
    asked = set(_WORD.findall(question.lower())) - _FRAME
    asked_turns = _turns(question)
    found = set()
    for m in _LABELLED.finditer(text):
        letter = m.group("letter")
        head = text[max(0, m.start() - 300):m.start()]
        label = head[max((e.end() for e in _SENTENCE_END.finditer(head)), default=0):]
        if letter not in idx.letters:
            continue
        tail = _WORD.findall(label.lower())[-_REACH:]
        if asked.isdisjoint(tail):
            continue
        added = _turns(label) - asked_turns - _turns(idx.keys.get(letter, ""))
        if added or against(clause_pole(label, ""), asked_pole(question)):
            continue  # "Worst next step: D." to "What is the best next step?", "Most likely: C." to a LEAST one
        found.add(letter)
    return found.pop() if len(found) == 1 else None


__all__ = ["RULE", "read_restated"]
