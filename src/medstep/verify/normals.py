"""Normal statements: which organ a normal word describes, and the absences that implies.

"The lungs are clear" rules out the lungs' common findings (the ``expands`` column of the lexicon), so a
chain that calls them clear contradicts a report's consolidation and agrees with its "no effusion". The
hard part is pairing the word with its organ: an organ list before it ("heart size and mediastinal contours
are normal"), an organ right after it ("clear lungs"), an adjective before its organ after a comma ("nodes,
clear lungs"), and a side that applies to the whole list ("the left lung and ribs are normal"). A normal
word inside a relative clause about another organ pairs with nothing. Kept apart from
:mod:`medstep.verify.scope`, which calls :func:`pair_normal` for every normal word of a clause.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import (
    K_CONCEPT, K_HYPO, K_NEG_POST, K_NEG_PRE, K_NORMAL, K_TERM, K_TOPIC, K_UNC_BOTH, K_UNC_POST, K_UNC_PRE,
)
from medstep.verify.scope_words import CONTRAST, attributive, in_relative_clause, other_side_before, side_after, side_before

_NORMAL_STOPS = frozenset({K_NEG_PRE, K_UNC_PRE, K_UNC_BOTH, K_NEG_POST, K_UNC_POST, K_NORMAL, K_HYPO, K_TOPIC})
_NORMAL_FORWARD_CHARS = 40
# what may stand between a denial and the normal word it denies ("not a normal-sized heart", "not of normal size", "no
# longer normal"): an article or "of" only; a denial further back is of something else ("no effusion, normal heart")
_DENIED_NORMAL_GAP = lazy_compile(r"\s*(?:(?:a|an|the|of|quite|entirely|completely|longer)\s+)*")
# a contrast that opens a clause of its own: a normal word after it describes that clause's subject ("..., but its
# curve looks normal"), never an organ before it; "otherwise" and "except" qualify the same statement ("the lungs
# are otherwise clear")
_CLAUSE_CONTRAST = CONTRAST - {"otherwise", "except", "except for"}
# ... when a subject of its own follows it ("but its curve", "but the outline"); "well expanded but clear" goes on
# about the same organ
# a part of an organ named before it ("the tops of the lungs", "the bottom of the left lung", "the rest of the lungs"):
# a normal statement about a region, which the zone words leave unread too
_UPPER_PARTS, _LOWER_PARTS = r"tops?|apex|apices", r"bottoms?|bases?"
_PART_NOUNS = _UPPER_PARTS + "|" + _LOWER_PARTS + r"|halves|half|edges?|periphery|peripheries"
_PART_OF = lazy_compile(r"\b(?:" + _PART_NOUNS + r"|upper|lower|middle|parts?|rest|remainder)\s+"
                        r"(?:parts?\s+|half\s+|halves\s+|zones?\s+)?of\s+(?:the\s+|both\s+|each\s+)?"
                        r"(?:(?:left|right)\s+)?$")
# ... or after it, as a compound ("the lung apices are clear", "the lung periphery is clear"): the same region, read as
# "the apices of the lungs" is (issue #8, faithful57: "the lung apices are clear" denied a right lower lobe's patch)
_PART_AFTER = lazy_compile(r"\s+(?:" + _PART_NOUNS + r")\b")
# ... unless its parts run from one end to the other ("the lung apices and bases", "the lung apices to the bases",
# "the lung apices, bases and periphery"): the whole organ (review faithful57)
_PART_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|to|through)\s+)(?:the\s+)?"
_BOTH_ENDS = lazy_compile(r"\s+(?:(?:" + _UPPER_PARTS + r")(?:" + _PART_JOIN + r"(?:" + _PART_NOUNS + r"))*?" + _PART_JOIN
                          + r"(?:" + _LOWER_PARTS + r")|(?:" + _LOWER_PARTS + r")(?:" + _PART_JOIN + r"(?:" + _PART_NOUNS
                          + r"))*?" + _PART_JOIN + r"(?:" + _UPPER_PARTS + r"))\b")
# a preposition joining an organ to the organ named before it ("the vessels at the top of the lungs", "the bones of
# the chest wall"): the later organ places the earlier one, which is what a normal word after them describes
_MODIFIER_LINK = lazy_compile(r"\s+(?:at|of|in|within|on|over|near|around|inside|along|across)\s+(?:the\s+|both\s+|each\s+)?"
                              r"(?:[a-z-]+\s+){0,3}")
# a side standing as the subject of "clear", no organ named ("Left clear.", "R clear", "..., the right side is clear",
# "right hilar nodes, left clear"): the terse chest statement about that side's lung, not about an organ of the item
# before it nor of the next one ("the right side is clear and the ribs are intact"). "Clear" is the lungs' word; a
# side called "normal" or "fine" may be a breast's, a kidney's or a hemisphere's ("L normal" on a mammogram)
_SIDE_SUBJECT = lazy_compile(r"(?:^|[,;:.(]|\b(?:and|but|while|whereas))\s*(?:the\s+)?(left|right|l|r|lt|rt)"
                             r"(?:[\s-]+(?:side|sided|half|hemithorax|one))?\s+(?:(?:is|are|looks?|appears?|seems?|"
                             r"remains?)\s+)?(?:(?:otherwise|entirely|completely|all|quite|also)\s+)?$")
# a reference range after a normal word ("normal 0.5-3.5%", "normal range: 2-4", "normal < 7 mm", "upper limit of normal
# up to 40"); a value stated normal ("a normal 6 mm") names no range
_REFERENCE_RANGE = lazy_compile(r"\s*(?:range\b)?\s*[:=]?\s*(?:(?:<|>|≤|up\s+to|less\s+than|below|under)\s*\d|\d+(?:\.\d+)?"
                                r"\s*(?:-|–|to|\s)\s*\d)")  # (the scanner's text has a space for a hyphen)
# what sets such a normal word off as a range's label: a bracket or a value before it ("9% (normal 5-15%)", "40 U/L,
# normal up to 35", "upper limit of normal") or a range word or colon after it ("normal range 2-4", "normal: < 7");
# after an organ's "is/are" the value is the organ's own ("the appendix is normal 5-6 mm": a normal appendix)
_RANGE_LEAD = lazy_compile(r"(?:[(\[,;]|\d\s*%?|\d\s*[a-z/]{1,6}|\blimits?\s+of|\b(?:upper|lower|reference))\s*$")
_RANGE_SAID = lazy_compile(r"\s*(?:range\b|[:=])")
# a normal word that is the object of a comparison ("darker than normal", "larger than usual", "compared with normal
# lung", "relative to normal"): the standard something is measured against, not a statement that the organ is normal;
# the comparison's own word (states.tsv "larger than normal") says what it is, where the table has it. With "the"
# ("darker than the normal left lung") the other organ is called normal and the statement stands
_COMPARED_WITH = lazy_compile(r"\b(?:than|compared\s+(?:with|to)|relative\s+to|in\s+comparison\s+(?:with|to))\s+$")
# a normal word that is the limit a value exceeds ("9 mm, above the 7 mm upper limit of normal", "well beyond the upper
# limit of normal", "exceeding normal limits", "outside normal limits"): the organ's value is abnormal, not normal; read
# as the organ's normal word it denied the dilatation the value shows, and a faithful chain was contradicted (session
# 44). "Below" or "within" such a limit, or "at the upper limit of normal", still call the organ normal
_EXCEEDED = lazy_compile(r"\b(?:above|beyond|over|exceed(?:s|ed|ing)?|greater\s+than|more\s+than|larger\s+than|"
                         r"higher\s+than|in\s+excess\s+of|outside(?:\s+of)?)\s+(?:the\s+|a\s+|its\s+)?"
                         r"(?:\d+(?:\.\d+)?\s*[a-z/%]{0,6}\s+)?$")
# a denial of the exceeding ("does not exceed normal limits", "not above the upper limit of normal", "no lymph node
# exceeds normal size"): the organ is normal after all (review of session 44: a report's "No lymph node exceeds normal
# size" no longer contradicted a chain's lymphadenopathy); "not only exceeds" denies nothing
_NOT_EXCEEDED = lazy_compile(r"(?:\b(?!not\s+(?:only|just|merely)\b)(?:"
                             + hedges.alternation(negation.DENY, negation.NONE, negation.NEITHER, negation.NEVER)
                             + r")\b(?:\s+[a-z-]+){0,3}|n't)\s+$")
_JUDGEMENTS = ("is fine", "are fine", "is ok", "is okay", "is acceptable")  # "..., which is fine": of the statement
_SIDE_WORD = {"left": "left", "right": "right", "l": "left", "r": "right", "lt": "left", "rt": "right"}
_NEW_SUBJECT = lazy_compile(r"\s+(?:its|it|their|they|the|this|that|these|those|a|an)\b")  # "normal ... heart size": how far after a normal word its organ may start


def _organ_after(concepts: dict, seq: list, k: int, allowed) -> tuple | None:
    """The organ the normal word at ``seq[k]`` stands right before ("clear lungs"), if any."""
    limit = seq[k][2] + _NORMAL_FORWARD_CHARS
    for j in range(k + 1, len(seq)):  # (not a slice: copying the rest for each normal word was quadratic)
        item = seq[j]
        if item[0] in _NORMAL_STOPS or item[1] > limit:
            return None
        if item[0] == K_CONCEPT:
            cat = concepts[item[3].cid].category
            return item if cat == "anatomy" or (cat == "device" and item[3].cid in allowed) else None
    return None

def pair_normal(concepts: dict, seq: list, k: int, expansions: list, low: str,
                letters: dict[str, str] | None = None) -> None:
    """Pair the normal word at ``seq[k]`` with the organ(s) it describes (``letters``: the terse sides,
    ``side_before``)."""
    organs: list[tuple] = []
    allowed = seq[k][3]
    if k and seq[k - 1][0] == K_NEG_PRE and _DENIED_NORMAL_GAP.fullmatch(low, seq[k - 1][2], seq[k][1]):
        return  # "not a normal-sized heart", "no longer normal": a normal word denied says the organ is not normal
    if low.endswith("which ", 0, seq[k][1]) and low.startswith(_JUDGEMENTS, seq[k][1]):
        return  # "its tip sits over the lower SVC, which is fine": the placement is fine, not the vein
    if _REFERENCE_RANGE.match(low, seq[k][2]) and (_RANGE_SAID.match(low, seq[k][2]) or _RANGE_LEAD.search(
            low, max(0, seq[k][1] - 24), seq[k][1])):
        return  # "uptake is 3.8% (normal 0.5-3.5%)": the range a value is read against, said of no organ
    if _COMPARED_WITH.search(low, max(0, seq[k][1] - 24), seq[k][1]):
        return  # "a lung darker than normal": the comparison's standard, said of no organ
    exceeded = _EXCEEDED.search(low, max(0, seq[k][1] - 40), seq[k][1])
    if exceeded is not None and _NOT_EXCEEDED.search(low, max(0, exceeded.start() - 40), exceeded.start()) is None:
        return  # "9 mm, above the 7 mm upper limit of normal": a limit exceeded, said of no normal organ
    lone = _SIDE_SUBJECT.search(low, max(0, seq[k][1] - 40), seq[k][1]) if low.startswith("clear", seq[k][1]) else None
    if lone is not None and "lungs" in concepts and (not allowed or "lungs" in allowed):
        expansions.append((concepts["lungs"].expands, lone.start(1), seq[k][2], _SIDE_WORD[lone.group(1)], None))
        return
    for j in range(k - 1, -1, -1):  # "heart size and mediastinal contours are normal"
        kind, _s, e, obj = seq[j]
        if kind in _NORMAL_STOPS or (kind == K_TERM and obj in _CLAUSE_CONTRAST and _NEW_SUBJECT.match(low, e)):
            break  # "the diaphragm sits higher on the right, but its curve looks normal": not the lung's
        if kind == K_CONCEPT:
            cat = concepts[obj.cid].category
            if cat == "anatomy" or (cat == "device" and obj.cid in allowed):
                if organs and _MODIFIER_LINK.fullmatch(low, e, organs[-1][1]):
                    organs.pop()  # "the vessels at the top of the lungs look normal": the lungs place the vessels
                organs.append(seq[j])
            elif cat != "modality":
                break
    if organs and "," in low[organs[0][2]:seq[k][1]]:
        # "nodes, clear lungs": a normal word after a comma describes the organ it stands before, when
        # there is one, not the list item before the comma
        forward = _organ_after(concepts, seq, k, allowed)
        if forward is not None:
            organs = [forward]
    elif organs:
        # "a heart shadow that balloons with clear lungs": an adjective right before its organ
        forward = _organ_after(concepts, seq, k, allowed)
        if forward is not None and attributive(low, seq[k][1], seq[k][2], forward[1]):
            organs = [forward]
    if organs and in_relative_clause(low, organs[-1][1]):
        return  # "the areas where the vessels enter the lungs look normal": the organ is not what is normal
    if organs and _PART_OF.search(low, max(0, organs[-1][1] - 40), organs[-1][1]):
        return  # "the tops of the lungs are clear": a region, as "the upper zones are clear" (no absence placed)
    if not organs:  # "clear lungs", "normal heart size"
        limit = seq[k][2] + _NORMAL_FORWARD_CHARS
        for j in range(k + 1, len(seq)):
            item = seq[j]
            if item[0] in _NORMAL_STOPS or item[1] > limit:
                break
            if item[0] == K_CONCEPT:
                cat = concepts[item[3].cid].category
                if cat == "anatomy" or (cat == "device" and item[3].cid in allowed):
                    organs.append(item)
                break
    if organs and any(_region_after(low, o[2]) for o in organs):
        organs = [o for o in organs if not _region_after(low, o[2])]
        if not organs:
            return  # "the lung apices are clear", "clear lung apices": the apices of the lungs (a region, no absence)
    # "the left lung and ribs are normal": a side before the first organ of a list sides the organs after it
    # that name none (organs run nearest first, so the list's first organ is the last one here)
    shared = side_before(low, organs[-1][1], letters) if len(organs) > 1 else None
    for _kind, s, e, obj in organs:
        if allowed and obj.cid not in allowed:
            continue
        exp = concepts[obj.cid].expands
        if exp:
            side = side_before(low, s, letters) or shared or side_after(low, e)
            if side is None and other_side_before(low, s):
                continue  # "the contralateral lung is clear": of a side not named here, so no absence is placed
            # the place the organ's own words name: "the lateral meniscus is intact" denies a tear there only
            expansions.append((exp, min(s, seq[k][1]), max(e, seq[k][2]), side, obj.attrs.get("location")))


def _region_after(low: str, e: int) -> bool:
    """Whether an organ's noun ending at ``e`` is followed by the part it names ("the lung apices"), not by parts
    from one end of it to the other ("the lung apices and bases": the whole organ)."""
    return _PART_AFTER.match(low, e) is not None and _BOTH_ENDS.match(low, e) is None
