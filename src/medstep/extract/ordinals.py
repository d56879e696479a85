"""An option named by its number or place: "Option 3 is correct.", "Choice #4.", "I'd go with the second option.".

Models that see the options as a list often answer by position instead of
letter. A reader maps the n-th option to the n-th letter; so does this rule,
only when the word "option" / "choice" (or "the second one" closing the
sentence) makes the number a position, never a bare number, which may be a
grade, a level or a count ("BI-RADS 4", "stage 2", "3 fragments").

Only the decision sentence is read (see
:func:`medstep.extract.decision_clauses.decision_sentence`); it must not negate,
hedge, offer alternatives, ask, or name a letter of the options, and every
position it names must be the same. Rule ``option_number``.
"""

from __future__ import annotations

from medstep.answers.text import NUMBER_WORDS, ORDINAL_WORDS
from medstep.extract.clauses import REJECTION
from medstep.extract.mentions import OptionIndex
from medstep.extract.decision_clauses import DROP, decision_sentence
from medstep.extract.refusal import is_hedge, offers_alternatives
from medstep.lazyre import lazy_compile

RULE = "option_number"

# The number and ordinal words one to six from their one home (``answers/text.NUMBER_WORDS``, ``ORDINAL_WORDS``).
_PLACE = {**{w: k for k, w in enumerate(NUMBER_WORDS[1:7], 1)}, **{w: k for k, w in enumerate(ORDINAL_WORDS[:6], 1)},
          "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_NUM = r"(\d|" + "|".join(NUMBER_WORDS[1:7]) + ")"
_ORD = r"(" + "|".join(ORDINAL_WORDS[:6]) + "|last|1st|2nd|3rd|4th|5th|6th)"
_POSITION = lazy_compile(
    rf"(?i)\b(?:option|choice|alternative|opci[oó]n)\s*(?:#\s*|no\.\s*|number\s+)?{_NUM}\b(?![.,]\d)"
    rf"|\b{_ORD}\s+(?:option|choice|alternative|answer\s+choice|opci[oó]n)\b"
    rf"|\bthe\s+{_ORD}\s+one\s*[.!]?\s*\**\s*$"
    # the list named, then the place as the subject: "Of the listed options, the first is the one that matches"
    rf"|\b(?:of|among)\s+(?:the|these)\s+(?:[a-z]+\s+)?(?:options|choices|alternatives)\s*,?\s+the\s+{_ORD}"
    r"(?:\s+one)?(?=\s+(?:is|fits|matches)\b)"
)
_LETTER = lazy_compile(r"(?<![\w'’\-])([A-Z])(?![\w'’\-])")
# What bounds the clause holding a place: a comma, semicolon, dash or colon.
_CLAUSE_STOP = lazy_compile(r"[,;:—–]|\s-\s")


def _start(sentence: str, start: int) -> int:
    lo = 0
    for stop in _CLAUSE_STOP.finditer(sentence, 0, start):
        lo = stop.end()
    return lo


def _clause(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` around ``start:end`` between clause stops (see ``_CLAUSE_STOP``)."""
    after = _CLAUSE_STOP.search(sentence, end)
    return sentence[_start(sentence, start):after.start() if after is not None else len(sentence)]
_ARTICLE = lazy_compile(r"\s+[a-z]")


def read_number(region: str, idx: OptionIndex, sentence: str | None = None) -> str | None:
    """The letter of the one option the decision sentence (``sentence`` when the caller has it) names by its
    place, else None."""
    low = region.lower()
    if "option" not in low and "choice" not in low and "alternative" not in low and "opci" not in low \
            and " one" not in low[-40:]:
        return None  # no place named: skip finding the decision sentence
    sentence = (decision_sentence(region) if sentence is None else sentence).strip()
    if not sentence or len(sentence) > 300 or "?" in sentence:
        return None
    places = list(_POSITION.finditer(sentence))
    if any(DROP.search(_clause(sentence, m.start(), m.end())) is not None
           or REJECTION.match(_clause(sentence, m.end(), m.end())[m.end() - _start(sentence, m.end()):]) is not None
           for m in places):
        return None  # "Not the second option.", "no cysts, so not option 3"; a negation in another clause
        # ("A meniscus with no pleural line is the sign of fluid — the second option.") leaves the place stated
    found = {next(g for g in m.groups() if g) .lower() for m in places}
    if len(found) != 1:
        return None
    if is_hedge(sentence) or offers_alternatives(sentence):
        return None
    for m in _LETTER.finditer(sentence):
        if m.group(1) in idx.letters and not (m.group(1) == "A" and _ARTICLE.match(sentence, m.end())):
            return None
    place = found.pop()
    n = len(idx.ordered) if place == "last" else int(place) if place.isdigit() else _PLACE[place]
    return idx.ordered[n - 1] if 1 <= n <= len(idx.ordered) else None
