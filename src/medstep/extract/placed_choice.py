"""The well-placed option chosen by a reply that judges the device's position good in its own words.

"Evaluate the position of the endotracheal tube." with the options "Too deep", "In the oesophagus", "Too high" and
"Appropriately positioned" is answered "The tip sits 4 cm above the carina. In summary, the tube is in a satisfactory
position." The reply never names the option's words: it judges the position with another word of the same pole
("satisfactory position", "an acceptable position", "well sited"). The poles are the ``placement`` pair of
``extract/antonym_pairs.py`` (the one home of the words that call a device well or badly placed); an option reads
as the well-placed one when its text is that pole and nothing else of substance ("Appropriately positioned",
"Satisfactory position"), or, to a question asking a position, a bare judgement ("Appropriate", "Correct",
"Normal position").

Precision first, since the option is what a careful reader would also take from any report that happens to call one
device well placed: exactly one option is the well-placed one; the reply names no option by its letter; no sentence
of it uses the other pole (a malposition, "too deep", advice to withdraw), even denied (a reply weighing the wrong
places is read by the decision readers); the good judgement stands in a sentence that is neither negated before it in
its clause ("not in a satisfactory position"), hedged, conditional, asked, nor advice or intent ("should sit in a
good position"); and every other option the reply names by its text stands in a sentence that denies something ("no
gastric distension to suggest an oesophageal placement"). Rule ``option_placed``.
"""

from __future__ import annotations

from typing import Mapping

from medstep.answers import hedges
from medstep.extract.antonym_pairs import GOOD_MANNER, GOOD_PLACE, PAIRS
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

RULE = "option_placed"

_PLACEMENT = next(p for p in PAIRS if p.name == "placement")
_GOOD, _BAD = _PLACEMENT.poles
# What an option may hold beside the good pole: the device named or pointed at, and the small words around it.
_FILLER = lazy_compile(r"(?i)\b(?:the|a|an|in|is|tube|tip|line|catheter|device|and|its|it|at|of|all|devices|tubes|"
                       r"lines|are)\b|[\s,.;:()*_-]+")
# A bare judgement of a position, read only when the question asks one ("Appropriate" to "What is the position of
# the endotracheal tube?").
_BARE = lazy_compile(r"(?i)[\s*_]*(?:" + GOOD_PLACE + "|" + GOOD_MANNER + r"|normal)"
                     r"(?:\s+(?:position|positioning|placement|location|place))?[\s.]*")
_ASKS_POSITION = lazy_compile(r"(?i)\b(?:position(?:ed|ing)?|placed|placement|located|location|sited|where)\b")
# A clause denying what follows ("not in a good position", "isn't well placed", "no longer in a satisfactory
# position").
_NEGATION = lazy_compile(r"(?i)\b(?:not|no|never|nor|neither|without|cannot|n't)\b|n't\b")
# A sentence that holds a judgement open, supposes it, advises it, asks it checked, or says it of an earlier time
# ("On yesterday's film the tube was in a satisfactory position; today ...") rather than stating it now.
_OPEN = lazy_compile(r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.SUPPOSING, hedges.DOUBT, hedges.LIKELIHOOD,
                                            hedges.SUSPICION, hedges.EARLIER_TIME, hedges.EARLIER_WORDS,
                                            ("whether", "should", "ought", "must", "ensure", "aim", "would",
                                             "to achieve", "so that", "cannot", "unable", "was", "were"))
                     + r"|\b(?:assess|confirm|check|verif|establish)\w*|\?")
_DENIES = lazy_compile(r"(?i)\b(?:no|not|without|nor|neither|absent|excluded|ruled\s+out|rather\s+than|"
                       r"instead\s+of)\b|n't\b")
_SENTENCE = lazy_compile(r"[^.!?\n]+[.!?]*")
_CLAUSE_BREAK = lazy_compile(r"[,;:—–]|\s-\s")


def placed_option(option: str, question: str) -> bool:
    """Whether ``option`` reads as "the device is well placed" (module docstring)."""
    good = _GOOD.search(option)
    if good is not None and _BAD.search(option) is None:
        return not _FILLER.sub("", option[:good.start()] + option[good.end():])
    return _BARE.fullmatch(option) is not None and _ASKS_POSITION.search(question) is not None


def read_placed_option(text: str, idx: OptionIndex, options: Mapping[str, str], question: str) -> str | None:
    """The one well-placed option when ``text`` judges the position good and nothing against it (module docstring),
    else None."""
    placed = [letter for letter, option in options.items() if placed_option(option, question)]
    if len(placed) != 1 or _BAD.search(text) is not None:
        return None
    mentions = find_mentions(text, idx)
    if any(not m.by_text for m in mentions):
        return None
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    if not any(_judged_good(text[start:end]) for start, end in sentences):
        return None
    for m in mentions:
        if m.letter == placed[0]:
            continue
        sentence = next((text[s:e] for s, e in sentences if s <= m.start < e), "")
        if _DENIES.search(sentence) is None:
            return None  # another option stated beside the good judgement
    return placed[0]


def _judged_good(sentence: str) -> bool:
    """Whether ``sentence`` states the good pole: not negated before it in its clause, not held open."""
    if _OPEN.search(sentence) is not None:
        return False
    for good in _GOOD.finditer(sentence):
        clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, good.start())), default=0)
        if _NEGATION.search(sentence, clause_start, good.start()) is None:
            return True
    return False


__all__ = ["RULE", "placed_option", "read_placed_option"]
