"""The one table of antonym pairs (:data:`PAIRS`): two poles of one property that exclude each other.

"Is the lesion malignant?" - "benign"; "Is the mass solid?" - "cystic"; "Are there multiple lesions?" - "a solitary
lesion"; "Is there a fracture of the femoral neck?" - "intact". The reader (``extract/antonyms.py``) reads an answer
stating either pole of the asked pair; each pair says how its poles are asked and said (a gate word, a middle
value, a scan word, a device, a description set aside, words undoing a pole, a pole asked as a finding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import negation
from medstep.answers.text import NUMBER_WORDS
from medstep.extract.implicit_words import PATENT_OPEN
from medstep.lazyre import lazy_compile


@dataclass(frozen=True)
class Pair:
    """Two poles of one property that exclude each other; ``gate``: a word the question must also hold;
    ``middle``: a third value lies beside the poles (isodense, mixed solid and cystic, a FLAIR sequence), so "not"
    one pole states nothing of the other ("It is not hyperdense." does not answer "Is it hypodense?");
    ``scan``: a pole that also names a kind of scan ("an unenhanced CT"), no pole before a technique word;
    ``device``: a pole said of one of several tubes and lines, so the answer names the asked one in full;
    ``any_part``: the first pole said of a part (a rim, a wall, a component) is said of the whole, and the other pole
    of a part beside it takes nothing back ("The lesion shows rim enhancement with a non-enhancing necrotic centre."
    enhances); asked of the other pole, such a reply is left as before."""

    name: str
    poles: tuple[re.Pattern[str], re.Pattern[str]]
    gate: re.Pattern[str] | None = None
    middle: bool = False
    scan: bool = False
    device: bool = False  # the pole is said of a device: the answer names the asked device, or none (a pronoun)
    described: bool = False  # a "with" phrase describing the subject is set aside (``pole_context``)
    veto: re.Pattern[str] | None = None  # words beside a pole that undo it ("a single lesion ... and another")
    veto_pole: int = 0  # the pole the veto words undo
    noun: bool = False  # a pole asked as a finding present ("Is there a fracture of the femoral neck?")
    whole: bool = False  # the answer names every word of the subject ("femoral neck", not "femoral shaft")
    # the first pole held by any part is the whole's: "rim enhancement with a non-enhancing centre" enhances
    any_part: bool = False


# What the number pair counts: lesions, not views or slices.
# (a tumour's own name is a lesion word too: "a benign haemangioma", "two lipomas"; not "glaucoma", "coma", "stoma")
_LESIONS = (r"lesions?|nodules?|masses|mass|foci|focus|cysts?|metastas[ie]s|tumou?rs?|lumps?|"
            r"(?!(?:glauc|c|st|trach|dipl|ker|scot|chlo|aroma)omas?\b)[a-z]{2,}om(?:as?|ata)")
# A count word before a lesion noun, up to two describing words between ("two small hypodense lesions").
_COUNTED = r"(?=\s+(?:(?!of\b|the\b|these\b|which\b|and\b)[a-z-]+\s+){0,2}?(?:" + _LESIONS + r")(?![\w-]))"
_ONE = r"solitary|unifocal|(?:a\s+single|single|only\s+one|an\s+isolated)" + _COUNTED
_MANY = (r"multifocal|(?<=\bare\s)(?:multiple|numerous)(?=[\s,.;:]|$)|(?:multiple|several|numerous|innumerable|countless|many|a\s+few|more\s+than\s+one|"
         + "|".join(NUMBER_WORDS[2:11]) + ")" + _COUNTED
         + r"|(?<![.,\d])(?:[2-9]|1\d)(?=\s+(?:" + _LESIONS + r")(?![\w-]))")  # "3 nodules", never "a 9 mm nodule"


# "moderately well defined", "partly well circumscribed": between the poles, not the "well" one.
_PARTLY = lazy_compile(r"(?i)\b(?:moderately|partially|partly|fairly|relatively|somewhat|reasonably|mostly|largely)\b")


# The prefix "non-" (``negation.NON``): a pole's own spelling in some pairs ("non-obstructive", written ``_NON``), the
# denial of the word after it in the others ("non-malignant": ``_AFTER_NON``).
_NON = r"(?:" + "|".join(negation.NON) + r")-?"
_AFTER_NON = "|".join(r"(?<=\b" + re.escape(word) + r"-)" for word in negation.NON)


def _rx(pattern: str, prefixed: bool = True) -> re.Pattern[str]:
    """A pole as a whole word; ``prefixed``: after "non-" too, the reader taking the prefix as its denial
    ("non-malignant" is not malignant), except where the other pole spells the prefixed form itself."""
    before = r"(?:(?<![\w-])|" + _AFTER_NON + r")" if prefixed else r"(?<![\w-])"
    return lazy_compile(r"(?i)" + before + r"(?:" + pattern + r")(?![\w-])")


def _graded(quality: str, high: bool) -> str:
    """A quality said high or low in words: "increased echogenicity", "T2 signal is high", "low-density"."""
    level = r"(?:increased|high|bright)" if high else r"(?:decreased|low|reduced)"
    return rf"{level}[\s-]+(?:t[12]\s+)?{quality}|{quality}\s+(?:(?:is|appears)\s+)?{level}"


# A device told to move by a distance, or placed too far: it is not in good position ("It should be withdrawn by 3–4
# cm.", "too peripheral"); advice alone ("The central line should be withdrawn.") may mean removal, and says nothing.
# Read in answers only: "Is the ETT too high?" asks one way of being misplaced, which "too low" would also be
# (``_ANSWER_ONLY``).
_MOVE_ADVICE = (r"(?:should|needs?\s+to|must)\s+be\s+(?:withdrawn|retracted|advanced|pulled\s+back)\s+(?:by\s+)?"
                r"(?:about\s+|approximately\s+|~\s*)?\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?\s*(?:cm|mm)|"
                r"too\s+(?:deep|low|high|far|proximal|distal|peripheral|shallow)")
ANSWER_ONLY = lazy_compile(r"(?i)" + _MOVE_ADVICE)


# How a device is placed, and how well or badly (the placement pair: "correctly placed", "sits appropriately").
_PLACED = r"(?:positioned|placed|sited|situated|sits|sitting|lies|lying)"
_GOOD = r"(?:well|correctly|appropriately|satisfactorily|adequately|optimally|properly)"
_BAD = r"(?:incorrectly|inappropriately|poorly|suboptimally|wrongly)"
# The adjectives judging a place good ("a satisfactory position"; a bare option "Appropriate" to a position question,
# ``extract/placed_choice.py``) and the manner adverbs ("appropriately positioned"), for the readers outside the pair.
GOOD_PLACE = r"(?:good|satisfactory|appropriate|correct|adequate|optimal|acceptable|proper)"
GOOD_MANNER = _GOOD
# (after the verb "well" is the manner only where the clause ends on it: "lies well beyond the carina", "placed well
# into the right main bronchus" measure a distance, often the wrong one)
_GOOD_AFTER = _GOOD.replace("well|", "well(?=\\s*(?:[,;:.!?)]|\\Z|(?:and|but|with)\\b))|")


# A joint or column in line: "normally aligned", "anatomic alignment", "alignment is maintained".
# ("normal alignment" / "alignment is normal" are the health pair's: "Is the cervical spine alignment normal?" asks it)
_ALIGNED = (r"(?:well|normally|anatomically|congruently)[\s-]+aligned|(?:anatomic(?:al)?|maintained|preserved)\s+"
            r"alignment|alignment\s+(?:(?:is|remains|appears)\s+)?(?:anatomic(?:al)?|maintained|preserved)")


PAIRS: tuple[Pair, ...] = (
    Pair("malignancy", (_rx(r"malignan(?:t|cy)|cancerous"), _rx(r"benign"))),
    # "T1" alone is also a vertebra: the question must ask a weighting or a sequence
    Pair("weighting", (_rx(r"t1(?:[\s-]?weighted|w)?"), _rx(r"t2(?:[\s-]?weighted|w)?")),
         lazy_compile(r"(?i)\bweighted\b|\bsequence\b|\bmri\b"), middle=True),
    # "normal" as a whole, not one aspect ("normal in size") nor the rest ("otherwise normal")
    # ("clear" said of the subject itself: "The left lung is clear.", never "clear fluid" or "it is clear that")
    # ("unremarkable", "within normal limits": report words for normal as a whole)
    Pair("health", (_rx(r"healthy|(?<!otherwise\s)(?:unremarkable|within\s+normal\s+limits)|"
                        r"(?<!otherwise\s)normal(?!\s+(?:in\s+)?(?:size|sized|calibre|caliber|position|"
                        r"contour|shape|thickness|appearance\s+of|limits))|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bappears\s))clear"
                        r"(?=\s*(?:[.;!]|$))"), _rx(r"abnormal|unhealthy|diseased"))),
    Pair("consistency", (_rx(r"solid"), _rx(r"cystic|cysts?")), middle=True, described=True),
    Pair("density", (_rx(r"hyperdense|hyperattenuating|" + _graded(r"(?:density|attenuation)", True)),
                     _rx(r"hypodense|hypoattenuating|" + _graded(r"(?:density|attenuation)", False))), middle=True,
         described=True),
    Pair("signal", (_rx(r"hyperintense|" + _graded(r"signal(?:\s+intensity)?", True)),
                    _rx(r"hypointense|" + _graded(r"signal(?:\s+intensity)?", False))), middle=True, described=True),
    # one lesion or several: "multiple lesions" answers "Is the lesion solitary?" with no (a count of lesions only:
    # "a single view", "multiple slices" count something else; "one in the liver" counts nothing)
    Pair("number", (_rx(_ONE), _rx(_MANY)), described=True,
         veto=lazy_compile(r"(?i)\b(?:another|second|others?|additional|further|more|plus|each|largest|dominant)\b|"
                           r"\bone\s+(?:in|on|at|of)\b")),
    Pair("echogenicity", (_rx(r"hyperechoic|hyperechogenic|" + _graded("echogenicity", True)),
                          _rx(r"hypoechoic|hypoechogenic|" + _graded("echogenicity", False))), middle=True,
         described=True),
    # a bone, ligament or tendon broken or whole: "The femoral neck is intact." to "Is there a fracture of the
    # femoral neck?", "The ACL is intact." to "Is the ACL torn?"
    Pair("integrity", (_rx(r"fractur(?:e|es|ed)|broken|break|torn|tears?|ruptur(?:e|ed)|disrupt(?:ed|ion)"),
                       _rx(r"intact")), described=True, noun=True, whole=True, veto_pole=1,
         veto=lazy_compile(r"(?i)\b(?:proximal(?:ly)?|distal(?:ly)?|partial(?:ly)?|partly|medial(?:ly)?|lateral(?:ly)?|"
                           r"mostly|largely|remaining|rest|portion|segment|fibers|fibres)\b")),  # "intact proximally"
    # the lungs' volume: "Lung volumes are low." to "Are the lungs hyperinflated?" (normal lies between)
    Pair("inflation", (_rx(r"(?:hyper|over-?)inflat(?:ed|ion)|hyperexpan(?:ded|sion)|(?:high|increased|large)\s+lung\s+"
                           r"volumes?|lung\s+volumes?\s+(?:(?:are|is|appear)\s+)?(?:high|increased|large)"),
                       _rx(r"(?:hypo|under-?)inflat(?:ed|ion)|(?:low|reduced|decreased|diminished|small)\s+lung\s+volumes?|"
                           r"lung\s+volumes?\s+(?:(?:are|is|appear)\s+)?(?:low|reduced|decreased|diminished|small)")),
         middle=True, described=True),
    # a space, height or function kept or lost: "The joint space is preserved." to "... narrowed?", "The ejection
    # fraction is preserved." to "... reduced?" (asked of a space, height, function or plane: "reduced lung volumes"
    # are the inflation pair's)
    Pair("preservation", (_rx(r"preserved|maintained"), _rx(r"narrow(?:ed|ing)|reduced|decreased|diminished|lost")),
         lazy_compile(r"(?i)\b(?:spaces?|heights?|function|fraction|planes?|width|distance)\b"), described=True,
         veto=_PARTLY, veto_pole=0),
    # a costophrenic (cardiophrenic) angle sharp or blunted: "The right CP angle is blunted." to "Is the right
    # costophrenic angle clear?" (the angle's own words in ``answers/states.tsv``: sharp normal, blunted abnormal)
    Pair("angle", (_rx(r"sharp|clear|crisp"), _rx(r"blunt(?:ed|ing)?|obliterat(?:ed|ion)|effaced")),
         lazy_compile(r"(?i)\b(?:costophrenic|cardiophrenic|costodiaphragmatic|cp)\s+(?:angles?|recess(?:es)?|sulc(?:us|i))\b")),
    # a margin sharp or blurred; a tumour's grade in words ("moderately" lies between)
    Pair("definition", (_rx(r"(?:well|sharply|clearly)[\s-]+(?:defined|circumscribed|demarcated|marginated)"),
                        _rx(r"(?:ill|poorly)[\s-]+(?:defined|circumscribed|demarcated|marginated)|indistinct")),
         middle=True, described=True, veto=_PARTLY),
    Pair("differentiation", (_rx(r"well[\s-]+differentiated"), _rx(r"poorly[\s-]+differentiated|undifferentiated")),
         middle=True, described=True, veto=_PARTLY),
    # "The bowel gas pattern is non-obstructive." to "Is the bowel obstructed?"
    # a fetus's presentation: head first or breech (a transverse lie is neither: ``middle``); "vertex" is left out (the
    # skull's vertex is a place)
    Pair("presentation", (_rx(r"cephalic|head[\s-]+down"), _rx(r"(?:frank\s+|footling\s+|complete\s+)?breech")),
         middle=True),
    Pair("obstruction", (_rx(r"obstruct(?:ed|ive|ion)", prefixed=False), _rx(_NON + r"obstruct(?:ed|ive|ing)|unobstructed")),
         described=True, noun=True),
    # a joint or a column in line or out of it: "The knee is normally aligned." to "Is there malalignment of the
    # knee?" ("mal-" and "mis-" prefix the pole; "alignment is normal / maintained" says the aligned pole of the whole)
    Pair("alignment", (_rx(_ALIGNED), _rx(r"mal-?align(?:ed|ment)|mis-?align(?:ed|ment)")), described=True, noun=True),
    # ... and a dislocation, the joint out of line altogether ("subluxed" is neither pole: part of the way)
    Pair("dislocation", (_rx(r"dislocat(?:ed|ion)"), _rx(_ALIGNED)), described=True, noun=True),
    # a vessel or duct open or closed: "The vein is occluded." to "Is the vein patent?" (not "a patent ductus": a
    # finding, ``implicit_words.PATENT_OPEN``)
    Pair("patency", (_rx(PATENT_OPEN + r"|patency"), _rx(r"occlu(?:ded|sive|sion)")), described=True),
    # one half mirrors the other or not: "The ventricles are symmetric." to "Is there asymmetry of the ventricles?"
    Pair("symmetry", (_rx(r"symmetric(?:al)?|symmetry"), _rx(r"asymmetric(?:al)?|asymmetry")), described=True,
         noun=True),
    # a contour or margin smooth or irregular ("lobulated" lies between)
    Pair("regularity", (_rx(r"regular|smooth"), _rx(r"irregular")), middle=True, described=True),
    # a lesion's behaviour on imaging: "non-aggressive" is the other pole (the prefix is the pole's own word)
    Pair("aggression", (_rx(r"aggressive", prefixed=False), _rx(_NON + r"aggressive")), described=True),
    # a cyst or collection simple or complex (septa, nodules, debris): "This is a simple cyst." to "Is the ovarian mass
    # complex?" (asked of a cyst, a collection, a mass or a lesion only: "a complex fracture", "the QRS complex" are
    # other things; "complicated" and "minimally complex" lie between)
    Pair("complexity", (_rx(r"complex"), _rx(r"simple")),
         lazy_compile(r"(?i)\b(?:cysts?|cystic|collections?|masses|mass|lesions?|effusions?)\b"), middle=True,
         described=True),
    # "enhanced" / "unenhanced" before a technique word name the scan, not the lesion (``_TECHNIQUE_AFTER``)
    Pair("enhancement", (_rx(r"enhanc(?:es|ed|ing|e|ement)", prefixed=False), _rx(_NON + r"enhancing|unenhanced")), scan=True,
         described=True, any_part=True),
    # a tube, line or device where it should be, or not: "in good position" / "malpositioned"
    # (the manner before or after the verb: "correctly placed", "placed correctly", "sits appropriately"; the place
    # as a position or a place: "in good position", "in the wrong place")
    Pair("placement", (_rx(_GOOD + r"[\s-]+" + _PLACED + "|" + _PLACED + r"\s+" + _GOOD_AFTER + "|" + GOOD_PLACE
                           + r"\s+(?:position|place|location)"),
                       _rx(r"mal-?positioned|malposition|misplaced|(?:poor|suboptimal|incorrect|wrong|inappropriate|"
                           r"unsatisfactory)\s+(?:position|place|location)|" + _BAD + r"[\s-]+" + _PLACED + "|" + _PLACED
                           + r"\s+" + _BAD + "|" + _MOVE_ADVICE)), device=True),
)
# The labels a report line gives a pair's property ("**Signal:** hyperintense", "Composition: solid", "Impression:
# benign."): the label names the property, not another subject, so the pole after it is said of the asked one. The
# general words label any pair's value.
_ANY_LABEL = r"impression|assessment|conclusion|overall|appearance|character|characteri[sz]ation|nature"
LABELS = {name: lazy_compile(r"(?i)^[\s*_#>•-]*(?:" + words + "|" + _ANY_LABEL + r")[*_]*\s*(?::|\s[-–—])[\s*_]*$")
          for name, words in (("signal", r"(?:t[12]\s+)?signal(?:\s+intensity)?|intensity"),
                              ("density", r"density|attenuation"), ("echogenicity", r"echogenicity|echotexture"),
                              ("consistency", r"composition|consistency|content"), ("malignancy", r"diagnosis"),
                              ("health", r"status"), ("enhancement", r"post-?contrast|enhancement"),
                              ("number", r"number|count|focality"), ("definition", r"margins?|borders?|edges?|outline"), ("integrity", r"status|integrity"),
                              ("inflation", r"lung\s+volumes?|inflation"), ("obstruction", r"bowel\s+gas\s+pattern"))}
NUMBER = next(p for p in PAIRS if p.name == "number")
LESION = _rx(_LESIONS)
SIDE = Pair("side", (_rx(r"left"), _rx(r"right")))
POLES = {p.name: lazy_compile("|".join(rx.pattern.removeprefix("(?i)") for rx in p.poles), re.I) for p in (*PAIRS, SIDE)}


# The malignancy pair in Chinese: 病变是否为恶性？ answered "倾向良性病变。" (the two poles, each the other's opposite).
ZH_OPPOSITES = {"恶性": "良性", "良性": "恶性"}


__all__ = ["ANSWER_ONLY", "GOOD_MANNER", "GOOD_PLACE", "LABELS", "LESION", "NUMBER", "PAIRS", "POLES", "SIDE", "ZH_OPPOSITES", "Pair"]
