"""Side words that name no side of the finding beside them: idioms, a coordinator, a side with a statement of its own.

Kept apart from ``scope_words.py`` (the negation words) so the clause loop in ``scope.py`` asks one question of a
side word (``not_a_side``) before it lets the word qualify a finding. A side read from the wrong phrase makes a
faithful claim contradict the report's side (issue #8, sides): "right after intubation" gave the tube a right side,
"both the mass and the deviation have increased" made a right mediastinal mass bilateral, and "mild blunting, left
side clear" put the blunting on the left.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# "right" as an intensifier or an idiom is no side: "right next to the heart", "right at the base", "right in
# the middle", "right away", "looks all right"; "on the right next to the heart" / "the right there" still is
# (a side is a noun after "the"). A time word after it is the idiom too: "right after intubation", "right before
# the film", "right from birth", "right until discharge" (scope43: the tube of "desaturating right after
# intubation" was read as a right-sided tube)
_RIGHT_INTENSIFIED = lazy_compile(r"\s+(?:next to|beside|behind|in front of|above|below|under|against|up against|"
                                  r"through|along|around|away|now|here|there|at|in|on|into|across|over|"
                                  r"up to|down to|out to)\b")
# a time word after "right" makes the idiom only after a verb or at the clause's start ("seen right after the biopsy",
# "developed right when", "Right after extubation"); after a noun "right" is the noun's side said after it, as terse
# reports do ("Pneumothorax right since the last film", "Nodule right since 2019", "effusion right before and after
# drainage")
_RIGHT_TIMED = lazy_compile(r"\s+(?:after|afterwards|before|beforehand|until|till|since|from birth|from the start|when|"
                            r"then)\b")
_VERB_BEFORE = lazy_compile(r"(?:^|[,;:(]\s*|\b(?:[a-z]+(?:ed|ing|en)|seen|there|here|began|begun|came|went|grew|fell|"
                            r"was|were|is|are|be|and|but|or|it|this|that|them|all|just|occurred|occurs|happened)\s+)$")
_ALL_RIGHT = lazy_compile(r"\b(?:is|are|was|were|look|looks|seem|seems|feel|feels|be)\s+all\s+$")


def right_not_a_side(low: str, start: int, end: int) -> bool:
    """Whether the word "right" at ``start:end`` is an intensifier or idiom rather than the side."""
    before = low[max(0, start - 12):start]
    if _ALL_RIGHT.search(before):
        return not low.startswith(" sided", end) and not low.startswith("-sided", end)
    if before.endswith("the "):
        return False
    if _RIGHT_INTENSIFIED.match(low, end) is not None:
        return True
    return _RIGHT_TIMED.match(low, end) is not None and _VERB_BEFORE.search(low[max(0, start - 24):start]) is not None


# "..., the right side is fine": a side that is the subject of its own clause, called normal (vlay23); a terse
# list item says the same with no article and no verb ("mild blunting, left side clear"; scope43), so there the side
# must open its list item (after a comma, semicolon or dash, or the clause's start)
_NORMAL_WORDS = r"(?:fine|normal|clear|ok|okay|unremarkable|healthy|unaffected|spared)\b"
_SIDE_CALLED_NORMAL = lazy_compile(r"[ -]+(?:side|half|one)\s+(?:is|are|looks|look|appears|seems|remains)\s+"
                                   r"(?:\w+\s+)?" + _NORMAL_WORDS)
_TERSE_SIDE_NORMAL = lazy_compile(r"[ -]+(?:side|half)\s+(?:(?:is|are|looks|look|appears|seems|remains)\s+)?"
                                  + _NORMAL_WORDS + r"(?=\s*(?:[,;.:)]|$)|\s+(?:[-\u2013\u2014]\s|and\b|but\b|with\b))")
# (the normal word ends the item: "left side clear fluid aspirated" is the left effusion's clear fluid)
_ITEM_OPENS = lazy_compile(r"(?:^|[,;]|\s[-\u2013\u2014])\s*$")


def side_called_normal(low: str, start: int, end: int) -> bool:
    """Whether the side word at ``start:end`` opens "the <side> side is fine": the subject of a normal statement of its
    own, no side of the finding before it ("the lung next to it is partly deflated, the right side is fine"), or the
    terse "<side> side clear" opening a list item of its own."""
    if low.endswith("the ", 0, start):
        return _SIDE_CALLED_NORMAL.match(low, end) is not None
    return _TERSE_SIDE_NORMAL.match(low, end) is not None and _ITEM_OPENS.search(low, max(0, start - 4), start) \
        is not None


# "both" as the first half of "both ... and ..." joining two things, each with its own article ("both the mass and
# the deviation have increased", "both a cavity and an effusion"): a coordinator, not the two sides. "both lungs",
# "both the lungs" and "both the upper and lower lobes" (no article after "and") stay bilateral.
_ARTICLE = r"(?:the|a|an|its|their|this|these|his|her)"
_BOTH_AND = lazy_compile(r"\s+" + _ARTICLE + r"\s+[^,;.:()]{1,60}?\band\s+" + _ARTICLE + r"\s")


# ... but "both" before plural paired parts is bilateral whatever follows ("both the lower lobes and the right middle
# lobe", "both the apices and the right base", "both the kidneys and the ureters"), and so is "both" before two opposite
# sides ("both the right and the left hemithorax", "both the right upper lobe and the left lower lobe")
_PAIRED_PLURAL = lazy_compile(r"(?:[a-z]*[^siu\W]s|[a-z]*(?:ices|ses|ura|urae|hila|hilae|pleurae|lungs))$")
_PLACE_WORDS = frozenset({"upper", "mid", "middle", "lower", "lobe", "lobes", "lung", "lungs", "zone", "zones", "apex",
                          "apices", "base", "bases", "side", "sides", "hemithorax", "hemithoraces", "kidney", "kidneys",
                          "hilum", "hila", "hemidiaphragm", "breast", "adrenal", "ovary", "costophrenic", "angle",
                          "basal", "apical", "chest", "pleural", "space", "cavity", "lateral", "posterior", "anterior"})
_SIDE_OPENS = lazy_compile(r"\s+" + _ARTICLE + r"\s+(left|right)\b[^,;.:()]{0,60}?\band\s+" + _ARTICLE + r"\s+(left|right)\b")


def both_coordinates(low: str, end: int) -> bool:
    """Whether the word "both" ending at ``end`` opens "both the X and the Y" (a coordinator, no side)."""
    m = _BOTH_AND.match(low, end)
    if m is None:
        return False
    first = low[end:m.end()].split()  # article, X's words, "and", article
    head = first[-3] if len(first) >= 4 else ""
    if _PAIRED_PLURAL.search(head):
        return False  # "both the lower lobes and ...": the two sides
    sides = _SIDE_OPENS.match(low, end)
    if sides is None or sides.group(1) == sides.group(2):
        return True
    # two opposite sides of places ("the right and the left hemithorax", "the right upper lobe and the left lower
    # lobe") are the two sides; of two findings ("both a right effusion and a left pneumothorax") each its own
    return not all(w in _PLACE_WORDS for w in first[2:-2])


def not_a_side(payload: str, low: str, start: int, end: int) -> bool:
    """Whether the side word ``payload`` at ``start:end`` names no side of a finding: "right" as an idiom or "both"
    as a coordinator."""
    if payload == "right":
        return right_not_a_side(low, start, end)
    if low.startswith("both", start) and end - start == 4:
        return both_coordinates(low, end)
    return False


# a displacement verb: a side after it ("displaced to the right") is a direction (``moved_at``); moved here from
# ``mentions.py``. A bare side ends the direction too where nothing follows it but punctuation or a new phrase
# ("mediastinum shifting left - right-sided air trapping": scope43, the left made the air trapping bilateral);
# "pushing left lower lobe bronchi" (a side before its noun) stays the noun's (a dash the clause reader blanked
# leaves two spaces or more)
_MOVING = (r"(?:displac(?:e|es|ed|ing|ement)|shift(?:s|ed|ing)?|deviat(?:e|es|ed|ing|ion)|push(?:es|ed|ing)?|"
           r"bow(?:s|ed|ing)?|bulg(?:e|es|ed|ing)|swing(?:s|ing)?|swung|pull(?:s|ed|ing)?|retract(?:s|ed|ing)?|"
           r"rotat(?:e|es|ed|ing|ion)|tilt(?:s|ed|ing)?|mov(?:e|es|ed|ing))")
_MOVED_TO = lazy_compile(r"\b" + _MOVING + r"\s+(?:[a-z]+ly\s+)?(?:(?:over|across)\s+)?(?:to|towards)\s+(?:the\s+)?$")
_MOVED_BARE = lazy_compile(r"\b" + _MOVING + r"\s+(?:[a-z]+ly\s+)?(?:(?:over|across)\s+)?$")
_BARE_END = lazy_compile(r"(?:left|right)(?:wards)?(?:\s*(?:[,;:.)]|$)|\s{2,}|\s+(?:[-\u2013\u2014]\s|and\b|with\b|by\b|"
                         r"since\b|from\b|due\b|because\b|as\b|away\b|compared\b))")


def moved_at(low: str, pos: int) -> int:
    """Where the displacement verb is whose direction ("... displaced to the right", "shifting left -") the attribute
    at ``pos`` gives, or -1."""
    m = _MOVED_TO.search(low, max(0, pos - 40), pos)
    if m is None and _BARE_END.match(low, pos):
        m = _MOVED_BARE.search(low, max(0, pos - 40), pos)
    return -1 if m is None else m.start()
