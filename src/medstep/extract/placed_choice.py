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

from medstep.answers import hedges, negation
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
# position", "far from a satisfactory position", "a less than satisfactory position").
_NEGATION = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEITHER, negation.NEVER)
                         + r"|cannot|n't|far\s+from|less\s+than|anything\s+but|short\s+of|fail\w*|lost)\b|n't\b")
# A sentence that holds a judgement open, supposes it, advises it, asks it checked, or says it of an earlier time
# ("On yesterday's film the tube was in a satisfactory position; today ...") rather than stating it now.
_OPEN = lazy_compile(r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.SUPPOSING, hedges.DOUBT, hedges.LIKELIHOOD,
                                            hedges.SUSPICION, hedges.EARLIER_TIME, hedges.EARLIER_WORDS,
                                            ("whether", "should", "ought", "must", "ensure", "aim", "would",
                                             "to achieve", "so that", "cannot", "unable", "was", "were",
                                             # an exception beside the judgement ("in good position except that
                                             # the tip abuts the carina")
                                             "except", "apart from", "other than", "save for"))
                     + r"|\b(?:assess|confirm|check|verif|establish)\w*|\?")
_DENIES = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEITHER)
                       + r"|absent|excluded|ruled\s+out|rather\s+than|instead\s+of)\b|n't\b")
_SENTENCE = lazy_compile(r"[^.!?\n]+[.!?]*")
# A device a reply may judge, by its kind: the good judgement must be of the device the question asks, where it names
# one ("The NG tube is in good position." says nothing of the endotracheal tube asked), and a part of the reply that
# names a device of another kind than those asked or judged good must judge it good too ("The ETT is well positioned.
# The feeding tube is coiled in the oesophagus." chooses no "All devices correctly positioned").
DEVICE_KINDS = tuple(lazy_compile(r"(?i)\b(?:" + words + r")\b") for words in (
    r"endotracheal|ETT?|ETTs|breathing\s+tube|tracheal\s+tube|intubat\w*",
    r"nasogastric|orogastric|NGT?|OGT?|feeding\s+tube|gastric\s+tube|dobhoff",
    r"central|CVC|PICC|catheters?|venous|jugular|subclavian|port|lines?",
    r"drains?|chest\s+tube|thoracostomy",
    r"tracheostomy|trach",
    r"pacemaker|pacer|pacing|leads?|ICD|defibrillator",
    # a device only said to be another one ("the other tube", "a second line")
    r"(?:other|another|second)\s+(?:\w+\s+)?(?:tubes?|lines?|catheters?|devices?|drains?|ones?)",
))
# A question about a device: the well-placed option is read only there ("What is the position of the fracture
# fragments?" is not answered by "The cast is well sited.", nor "What is the position of the trachea?" by "The ETT is
# well positioned.").
_DEVICE_ASKED = lazy_compile(r"(?i)\b(?:tubes?|devices?|lines?|catheters?|drains?|leads?|wires?|stents?|cannula|"
                             r"hardware)\b|" + "|".join(k.pattern.removeprefix("(?i)") for k in DEVICE_KINDS))
# A judgement of the patient or of the film, not of a device ("The patient is well positioned", "adequately
# positioned film", "good positioning").
_NOT_DEVICE = lazy_compile(r"(?i)\b(?:patient|patient's|film|radiograph|image|study|view|projection|exposure|"
                           r"inspiration|inspiratory|positioning|rotat\w*|penetrat\w*)\b")
_PART = lazy_compile(r"[^.!?;\n]+[.!?;]*")
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
    if len(placed) != 1 or _DEVICE_ASKED.search(question) is None or _BAD.search(text) is not None:
        return None
    mentions = find_mentions(text, idx)
    if any(not m.by_text for m in mentions):
        return None
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    asked = device_kinds(question)
    good = [part.group() for start, end in sentences if _judged_good(text[start:end])
            for part in _PART.finditer(text[start:end]) if _GOOD.search(part.group())]
    if not any(_of_asked(part, asked) for part in good):
        return None
    # where the question names no device, or the judgement names none of those it asks, another device named beside it
    # must be judged good too
    if not any(device_kinds(part) & asked for part in good):
        judged = asked | {i for part in good for i in device_kinds(part)}
        if any(device_kinds(part.group()) - judged for part in _PART.finditer(text) if part.group() not in good):
            return None  # a device of another kind named and not judged well placed
    for m in mentions:
        if m.letter == placed[0]:
            continue
        sentence = next((text[s:e] for s, e in sentences if s <= m.start < e), "")
        if _DENIES.search(sentence) is None:
            return None  # another option stated beside the good judgement
    return placed[0]


def _of_asked(sentence: str, asked: set[int]) -> bool:
    """Whether the good judgement in ``sentence`` is of a device, and of the asked one where the question names a
    kind (module docstring): not of the patient or the film, nor of a device of another kind only."""
    if _NOT_DEVICE.search(sentence) is not None:
        return False
    kinds = device_kinds(sentence)
    return not asked or not kinds or bool(kinds & asked)


def device_kinds(text: str) -> set[int]:
    """The kinds of device ``text`` names (``DEVICE_KINDS``; also how ``extract/device_review.py`` tells the devices
    of a review apart)."""
    return {i for i, kind in enumerate(DEVICE_KINDS) if kind.search(text)}



def _judged_good(sentence: str) -> bool:
    """Whether ``sentence`` states the good pole: not negated before it in its clause, not held open."""
    if _OPEN.search(sentence) is not None:
        return False
    for good in _GOOD.finditer(sentence):
        clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, good.start())), default=0)
        if _NEGATION.search(sentence, clause_start, good.start()) is None:
            return True
    return False


__all__ = ["RULE", "DEVICE_KINDS", "device_kinds", "placed_option", "read_placed_option"]
