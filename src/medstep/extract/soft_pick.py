"""An option taken by a soft modal that closes the reply on it (rule ``option_soft_pick``, issue #7).

"There is a sharp pleural line with no lung markings beyond it. This may represent a pneumothorax." The reply weighs
nothing else: its last sentence names one option, under a modal the hedge home counts as committing when it closes a
reply (``answers/hedges.SOFT_COMMIT``: "may represent", "might reflect", "could indicate", "suggests"). The readers
before this one set the option aside as held open (a bare "may" keeps a statement open for them, rightly where it
stands beside another candidate), so the reply stays unparsed although the hand labels read the close as the pick.

Precision first, so the close must be plain: the modal right before the option (a few words, no comma between), no
other option named in that sentence or the one before, and nothing in the sentence that keeps an alternative open or
turns the statement ("or", "vs", "cannot exclude", "differential", "although", a condition, a doubt), dates it to the
patient's past ("prior", "history") or denies it ("no ... to suggest", "does not suggest"), in English or the other
languages read (``langwords.FOREIGN_HELD_OPEN``, ``foreign_negation``). The option is read by its own text
(``extract/mentions.py``), or, where the close names none, by the words after the modal stating one option's content
in other words (``extract/option_equivalent.py``: "Potrebbe trattarsi di uno pneumotorace."); the qualifier check of
every pick by words (``choice_reader._qualifier_kept``) still applies. Tried after the alias reader and before the content reader (``extract/option_equivalent.py``).
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.extract.langwords import FOREIGN_HELD_OPEN, foreign_negation
from medstep.extract.mentions import CONFLICT, OptionIndex, find_mentions
from medstep.extract.option_equivalent import read_equivalent
from medstep.lazyre import lazy_compile

RULE = "option_soft_pick"
# A sentence ends at '.', '!', '?' (not after a lone capital letter: "B. Pleural effusion") or a line break.
_SENTENCE_END = lazy_compile(r"(?<![\s(\[][A-Z]\.)(?<=[.!?])\s+|\n+")
_SOFT = lazy_compile("(?i)" + hedges.words(hedges.SOFT_COMMIT))
# What keeps the closing sentence open or turns it: a second candidate, an alternative not excluded, a doubt, a
# condition, a concession, the patient's past, a question.
_OPEN = lazy_compile("(?i)" + hedges.words(("or", "and/or", "rather", "other"), hedges.NOT_EXCLUDED,
                                           hedges.NOT_EXCLUDING, hedges.KEPT_BESIDE, hedges.WEIGHING, hedges.DOUBT,
                                           hedges.CONDITION, hedges.SUPPOSING, hedges.TURN, hedges.CONTRAST,
                                           hedges.PAST, hedges.OPEN_CANDIDATE, hedges.TO_EXCLUDE, hedges.SEARCH,
                                           hedges.MIMICS, hedges.UNLIKELY_WORDS,
                                           judgements.UNLIKELY, negation.EXCLUDED, ("only",))
                     + r"|/|\?")
_DENIED = lazy_compile("(?i)" + negation.CONTRACTION + "|" + hedges.words(negation.DENY, negation.NONE,
                                                                           negation.NEVER, negation.NOTHING,
                                                                           negation.NOR))
# A verb after the option: the option is the subject of the clause the modal governs, not what it names ("Findings
# suggest a pleural effusion is unlikely", "suggests a pneumothorax has resolved").
_PREDICATE = lazy_compile(r"(?i)\b(?:is|are|was|were|has|have|had|been|being|remains?|appears?|seems?)\b")
_CLAUSE = lazy_compile(r"[,;:()—–]")
# The most words between the modal and the option ("may represent a small right pneumothorax").
_GAP_WORDS = 4
_GAP_BREAK = frozenset(",;:()—–")
# What stands before the words after the modal when they are read as a decision in other words.
_CLOSE = "Final answer: "


def read_soft_pick(region: str, idx: OptionIndex, options: dict[str, str] | None = None,
                   question: str = "") -> str | None:
    """The one option a soft modal closes the reply on (module docstring), else None. With ``options``, an option
    the close states in other words (another language's name, a site's or state's words: the names of
    ``answers/equivalents.py``, read by ``option_equivalent.read_equivalent`` on what follows the modal) counts too."""
    parts = [p for p in _SENTENCE_END.split(region.strip()) if p.strip(" *_#>-•")]
    if not parts:
        return None
    last = parts[-1]
    modal = _SOFT.search(last)
    if modal is None:
        return None
    rest = last[:modal.start()] + " " + last[modal.end():]  # (another language's modal is its held-open word too)
    if _OPEN.search(rest) is not None or _DENIED.search(rest) is not None \
            or FOREIGN_HELD_OPEN.search(rest) is not None or foreign_negation(rest):
        return None
    mentions = find_mentions(last, idx)
    letters = {m.letter for m in mentions}
    if not mentions and options is not None:
        # "Potrebbe trattarsi di uno pneumotorace.": what follows the modal, read as a decision in other words
        letter = read_equivalent(_CLOSE + last[modal.end():], idx, options, question)
        letters = {letter} if letter is not None else set()
    elif len(letters) != 1 or CONFLICT in letters or not all(m.by_text for m in mentions):
        return None
    else:
        first = min(mentions, key=lambda m: m.start)
        gap = last[modal.end():first.start]
        if first.start < modal.end() or len(gap.split()) > _GAP_WORDS or not _GAP_BREAK.isdisjoint(gap) \
                or _PREDICATE.search(_CLAUSE.split(last[max(m.end for m in mentions):])[0]) is not None:
            return None  # (the option the subject of what is suggested: "suggest a pneumothorax has resolved")
    if len(letters) != 1:
        return None
    if len(parts) > 1 and any(m.letter not in letters for m in find_mentions(parts[-2], idx)):
        return None  # "A pleural effusion is less likely. This may represent a pneumothorax." weighs two
    letter = next(iter(letters))
    return letter if letter in idx.letters else None


__all__ = ["RULE", "read_soft_pick"]
