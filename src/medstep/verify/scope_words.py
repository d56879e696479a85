"""The words that carry a negation on or end it inside one clause, and small text tests on them (kept apart from
``scope.py``, the clause loop, so it stays readable: each set below is one decision it makes)."""

from __future__ import annotations

from collections.abc import Sequence

from medstep.answers import concepts, hedges, negation
from medstep.answers.foreign_sides import ZH_SIDE_CHARS, ZH_SIDES
from medstep.answers.text import NUMBER_WORDS
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ATTR, K_CONJ, K_NEG_PRE

CONTRAST = frozenset({"but", "however", "although", "though", "yet", "whereas", "while", "nevertheless",
                      "nonetheless", "otherwise", "except", "except for"})
LIST_GOES_ON = frozenset({"or", "nor"})
# Words that link an observation to what it would mean ("to suggest", "consistent with"). Inside a negation they are
# denied with it: "no findings to suggest obstruction", "no abnormality compatible with embolism" deny the obstruction
# and the embolism (a hedge or a new clause elsewhere).
LINKS = frozenset({"suggest", "suggests", "suggested", *hedges.INFERRING, *hedges.IDENTIFYING})
# Words of a denial that name no finding ("no features point to pneumonia", "nothing suggests", "no other
# signs favour"): a conclusion verb or link after them is still denied with them.
EVIDENCE_WORDS = frozenset({"feature", "features", "finding", "findings", "sign", "signs", "evidence", "other",
                            "further", "additional", "specific", "definite", "definitive", "convincing", "clear",
                            "obvious", "radiographic", "imaging", "such", "abnormality", "abnormalities", "thing",
                            "things", "appearance", "appearances", "that", "this", "these", "it", "of", "the", "a",
                            "an", "any", "to", "which", "would", "here"})
# a link used as the predicate of the denied subject ("the absence of a gastric bubble is consistent with
# achalasia"), not as a relative clause of it ("no opacity consistent with pneumonia")
_PREDICATE_LINK = lazy_compile(r"\b(?:is|are|was|were|be|seems?|appears?|looks?)\s+(?:\w+\s+)?$")
_FINITE_LINKS = frozenset({"suggests", "indicates", "supports", "favours", "favors", "confirms", "implies",
                           "means", "makes"})
_WORD = lazy_compile(r"[a-z]+")
# the predicate of a denied subject ("the absence of air in the stomach is the classic picture of achalasia", "with no
# meniscus, is a sign of loculation", "no own pleura makes this a sequestration", "without a drug cause, is COP")
PREDICATE_NOUN = lazy_compile(r"\b(?:is|are|was|were|makes?\s+(?:this|it))\s+(?:the|a|an)\s+(?:(?:[a-z-]+\s+){0,3}(?:of|for|in)\s+"
                              r"(?:(?:an?|the)\s+)?|(?:[a-z-]+\s+){0,2})$|,\s*(?:is|are)\s+(?:[a-z-]+\s+){0,2}$")
# "favours collapse over pneumonia": after a conclusion verb, "over" names the alternative the chain rejects
OVER_ALTERNATIVE = lazy_compile(r"\bover\s+(?:an?\s+|the\s+)?$")


def concludes_denial(low: str, trigger_end: int, start: int, payload: str, link: bool) -> bool:
    """Whether the conclusion verb or link ``payload`` at ``start`` states what a denial opened at
    ``trigger_end`` implies, so that the finding after it is no denied item: "The absence of air bronchograms
    favours collapse", "no gastric bubble points to achalasia", "a lack of haustra is consistent with free air".
    Not when the denial named only evidence words ("no features point to pneumonia"), nor a relative
    clause of the denied finding: an -ing form or a bare link with no comma before it ("no opacity suggesting
    pneumonia", "no consolidation to suggest infection", "no effusion consistent with empyema")."""
    if all(w.group() in EVIDENCE_WORDS for w in _WORD.finditer(low, trigger_end, start)):
        return False
    after_comma = low[:start].rstrip().endswith(",")
    if payload == "so":  # "lacks a meniscus, so the collection is loculated" (not "not so large")
        return after_comma or low.endswith(" and ", 0, start)
    if payload.endswith("ing") or payload.split()[0].endswith("ing"):
        return after_comma
    if link:
        return after_comma or payload in _FINITE_LINKS or _PREDICATE_LINK.search(low, max(0, start - 24), start) is not None
    return not low.endswith(("to ", "would "), 0, start)


# Verbs that close a negated observation ("no opacity is seen"): a link right after them still belongs to
# the negation; any other terminator ends it for good.
SEEN_VERBS = frozenset({"is seen", "are seen", "is noted", "are noted", "is identified", "are identified",
                        "is present", "are present", "is demonstrated"})
# Verbs ending a denial elsewhere that state what a partitive denial denies ("None of the nodules shows cavitation")
PARTITIVE_VERBS = frozenset({"shows", "demonstrates", "reveals", "remains", "remain", "is seen", "are seen",
                             "is present", "are present", "is noted", "are noted", "is identified", "are identified"})
# the words between a partitive denial and the group it names: a few modifiers, no verb ("none of the [small
# nodules]", not "none of the lines [is malpositioned]")
_VERB = r"(?:is|are|was|were|has|have|had|shows?|seems?|appears?|looks?)\b"
PARTITIVE_HEAD = lazy_compile(rf"\s*(?:(?!{_VERB})[a-z0-9-]+\s+){{0,3}}")
PARTITIVE_VERB = lazy_compile(rf"\b{_VERB}")  # inside a phrase: "[ribs are broken]" states what is denied
# Negations that are verbs governing a whole list ("denies fever, chills, new rash"): a size or change word
# after a comma does not start a positive item as it does after "no" ("no effusion, mild cardiomegaly").
LIST_VERBS = frozenset({"denies", "denied", "denying", "negative for", "free of", "no complaints of"})
# between a negation or hedge and the colon that introduces its list ("Denies: ...", "Possible findings: ...")
INTRO = frozenset({"", "the following", "any of the following", "any", "findings", "diagnoses", "considerations",
                   "possibilities", "causes", "etiologies"})
DENIED_NORMAL = ("no ", "without ")  # a normal statement that is a negation: "no abnormality", "without abnormality"
# hedges that lean absent ("possibly no effusion", "a pneumothorax cannot be confirmed"): the claim stays uncertain
# (it commits to nothing) but an absence in the evidence agrees with it, never contradicts it (``hedged_absence``)
ABSENCE_HEDGES = frozenset({"it is possible that there is no", "it is possible that there are no", "possibly no",
                            "perhaps no", "maybe no", "cannot be confirmed", "maybe not", "perhaps not"})
# an existential opener, its contraction too ("there is", "there's"): a regex fragment for the readers that look
# for one around a place or a denial
THERE_IS = r"there(?:'s|\s+(?:is|are|was|were))"
AND_WORDS = frozenset({"and", "also", "as well as", "plus", "along with"})
# "a mass without a capsule and with portal vein thrombus", "no fracture, with a large effusion", "without a halo but
# with microcalcifications": a "with" joined to a denial by "and", "but", "yet" or a comma opens a second attribute of
# the thing, stated present; a "with" straight after the denied noun ("no consolidation with air bronchograms") is
# part of what is denied. "plus" adds an item of its own however it is joined.
_WITH_AFTER_JOINER = lazy_compile(r"(?:,|;|\band|\bbut|\byet|\bwhile)\s*(?:also\s+)?$")
WITH_WORDS = frozenset({"with", "along with"})
ADDITIVE = frozenset({"plus"})


def with_ends_denial(low: str, denial_end: int, start: int, payload: str) -> bool:
    """Whether the conjunction ``payload`` at ``start`` ends a denial whose word ended at ``denial_end``: an
    additive ("plus") or a "with" after a joiner (``_WITH_AFTER_JOINER``), with some words denied between."""
    if not any(c.isalpha() for c in low[denial_end:start]):
        return False
    if payload in ADDITIVE:
        return True
    return payload in WITH_WORDS and _WITH_AFTER_JOINER.search(low, max(denial_end, start - 12), start) is not None
SEV_OR_CHG = ("severity", "change")
NEGATED_QUALIFIERS = ("significant", "large ", "increas", "worsening ", "progressive ", "substantial ", "massive ",
                      "extensive ", "marked ", "larger ", "enlarging ")
CLAUSE_VERBS = (" is ", " are ", " appears ", " appear ", " looks ")  # "heart is enlarged" is a clause
# A chunk after a comma that opens with a passive participle and its agent ("a lucency without vascular
# markings, bordered by a fine pleural edge") is a new statement about what was just named: the edge is seen,
# not denied. Lists of denied items never open so ("no effusion, consolidation or pneumothorax").
PASSIVE_OPENER = lazy_compile(r"\s*(?:and\s+)?[a-z]+ed\s+by\s")
# A supposition right after its thing, between commas ("A pneumothorax, if present, would need a drain", "a small
# effusion, if any,"): the thing is supposed, not claimed (a hypothetical covers only what follows it otherwise).
IF_PRESENT = frozenset({"if present", "if any", "if seen", "if real", "if confirmed", "if there is one", "if there are any"})
# A chunk after a comma that opens with a word of seeing ("no peripheral markings, visible R lung edge") or of
# restriction ("no effusion and no pneumothorax, just cardiomegaly", "no consolidation, only atelectasis", ",
# rather a mass") states what is there, not one more denied item.
SEEN_OPENER = lazy_compile(r"\s*(?:and\s+|but\s+)?(?:(?:only|just|merely|simply|rather)\s+)?(?:an?\s+|the\s+)?"
                           r"(?:visible|evident|definite|obvious|(?<=only )|(?<=just )|(?<=merely )|(?<=simply )"
                           r"|(?<=rather ))")
NUMBER_BEFORE = lazy_compile(r"(\d+(?:\.\d+)?)\s*(?:(?:x|by|\u00d7)\s*\d+(?:\.\d+)?\s*)*$")
UNIT_MM = {"mm": 1.0, "cm": 10.0, "millimeter": 1.0, "millimeters": 1.0, "centimeter": 10.0, "centimeters": 10.0}
# a count without a number before a unit ("a few millimetres", "several centimetres"): the span of units it means
# (verr15: a chain shrank a 3 cm pneumothorax to "a few millimetres" and was read as giving no size at all)
VAGUE_COUNT = lazy_compile(r"\b(a\s+few|a\s+couple\s+of|several)\s+$")
VAGUE_SPAN = {"a few": (2.0, 5.0), "a couple of": (2.0, 3.0), "several": (3.0, 9.0)}
# a number in words before a unit ("two centimetres", "half a centimetre"; ``answers/text.NUMBER_WORDS``)
WORD_BEFORE = lazy_compile(r"\b(" + "|".join(NUMBER_WORDS[1:]) + r"|half\s+an?)\s+$")


# A denial after a finding that names an earlier time ("a new PICC, not present yesterday", "an effusion, not seen
# on the previous film", "the tube was not present on the radiograph from this morning") says the finding is new,
# not absent now: up to six words after the denial, no punctuation between.
# The words: ``answers/hedges.EARLIER_TIME`` and ``EARLIER_WORDS`` (hyphens read as spaces, as ``lower_text`` does).
EARLIER_WORDS = hedges.words(hedges.EARLIER_TIME, hedges.EARLIER_WORDS).replace("\\-", "[\\s-]")
EARLIER_TIME = lazy_compile(r"(?:\s+[\w'-]+){0,6}?\s+" + EARLIER_WORDS)
# A change word that compares sides, not times ("larger on the right", "more extensive on the left than the right"):
# the finding's dominant side (``dominance.py``), not a change since an earlier study; nor one that compares with
# the norm ("the lungs are smaller than they should be"), nor one that compares with a threshold ("a lesion smaller
# than 1.5 cm is PI-RADS 4", "larger than about 3 cm": verr20).
SIDE_COMPARISON = lazy_compile(r"\s+(?:on|in)\s+the\s+(?:left|right)\b|\s+than\s+(?:on\s+|in\s+)?(?:the\s+)?"
                               r"(?:left|right|other)\b|\s+than\s+(?:normal|usual|expected|(?:it|they)\s+should\s+be)\b|"
                               r"\s+than\s+(?:about\s+|approximately\s+|around\s+)?\d")
# An organ's size word in the perfect ("the heart has enlarged", "the mediastinum has widened"): grown since an
# earlier study, a change as well as the finding.
GROWN = frozenset({"enlarged", "widened", "dilated", "distended", "increased", "ballooned"})
# ... a degree adverb between ("the nodule has slightly enlarged", "the ventricles have markedly dilated"): before,
# only the bare perfect was read, so a report's "has slightly enlarged" gave the nodule no change (retired blind 14)
_PERFECT = lazy_compile(r"\b(?:has|have|had)\s+(?:become\s+)?(?:[a-z]+ly\s+)?$")


def in_perfect(low: str, start: int) -> bool:
    """Whether the word at ``start`` of ``low`` stands in the perfect ("has enlarged", "has slightly enlarged")."""
    return _PERFECT.search(low, max(0, start - 40), start) is not None
# Change words that compare times only when an earlier time follows ("the same as three years ago", "already present
# on the previous film", "2 cm higher than yesterday"); "the same as the other side", "already in place", "lower than
# expected" state no change.
SINCE_ONLY = frozenset({"same as", "the same as", "same size as", "the same size as", "same position as",
                        "the same position as", "already", "identical to", "also seen", "also visible", "also present",
                        "higher than", "lower than", "thicker than", "thinner than", "better than", "denser than",
                        "more dense than", "less dense than"})

# A word that says a finding was there before ("already", "also seen on the prior CT", "identical to") is no change of
# its own when it is denied ("not identical to yesterday", "not the same as before") or when the clause goes on to
# state another change of the finding ("also seen on the prior CT, has grown from 6 to 9 mm": it was there and has
# grown; read as "unchanged", a faithful chain was contradicted; review of session 45)
_CHANGED_AFTER = lazy_compile(r"[^.;]*?\b(?:and|but)\s+(?:has|have|is|are)\s+(?:now\s+|since\s+(?:then\s+)?)?(?:[a-z]+ly\s+)?"
                              r"(?:grown|enlarged|increased|decreased|reduced|shrunk|progressed|improved|worsened|"
                              r"regressed|resolved|larger|smaller|bigger|more|less)\b")
_SET_AGAINST = lazy_compile(r"\b(?:rather\s+than|instead\s+of|not|no|so|therefore|than|but|whereas|while)\b")
_DENIED_BEFORE = lazy_compile(r"\b(?:not|no\s+longer|never)\s+(?:quite\s+|exactly\s+)?$|n['\u2019]t\s+$")


def since_only_overruled(low: str, start: int, clause: Sequence, i: int) -> bool:
    """Whether the ``SINCE_ONLY`` word at ``low[start:]`` (event ``i`` of ``clause``: (start, end, kind, payload,
    attrs) events) is denied right before it, or a change word of another value follows it in the clause."""
    if _DENIED_BEFORE.search(low, max(0, start - 20), start) is not None or _CHANGED_AFTER.match(low, start):
        return True
    # (a growth or a shrinking, not in a clause set against it: "already visible ..., so this is pre-existing
    # rather than a new change" keeps the "already")
    return any(kind == K_ATTR and attrs and attrs[0][0] == "change" and attrs[0][1] in ("worsened", "improved")
               and payload not in SINCE_ONLY and _SET_AGAINST.search(low, start, s) is None
               for s, _e, kind, payload, attrs in clause[i + 1:])


# A change word right after a denial ("has not improved", "hasn't increased", "is not worse", "no worse than
# yesterday"): the finding did not improve (or grow) since then, which an improvement (a growth) in the evidence
# contradicts, and a stable finding satisfies. Read as the change itself, "the consolidation has not improved"
# agreed with a report of improvement and a faithful "not worse" conflicted with "unchanged". Only improvement and
# growth are denied so ("not new" is a pronoun sentence's old finding, "no new X" denies the finding).
DENIABLE_CHANGES = frozenset({"improved", "worsened"})
DENIED_PREFIX = "not "  # the change value of a denied change: "not improved", "not worsened"
_DENIED_CHANGE = lazy_compile(r"(?:\b(?:" + negation.alternation(negation.PLAIN, negation.NEVER) + r")|"
                              + negation.CONTRACTION + r")(?:\s+(?:yet|been|become|got|gotten|really|significantly|"
                              r"much|substantially|appreciably|materially|further|any|changed\s+or))*\s+$")
# "no" denies a comparison only when nothing follows it ("no worse than yesterday", "is no larger."): "no larger
# nodules" denies the nodules
_COMPARISON_ENDS = lazy_compile(r"\s*(?:than\b|since\b|compared\b|from\b|in\s+size\b|[.,;:)]|$)")


def denied_change(low: str, start: int, end: int, value: str) -> str | None:
    """The denied change (``DENIED_PREFIX`` + ``value``) when a denial stands right before the change word at
    ``low[start:end]``, else None."""
    if value not in DENIABLE_CHANGES:
        return None
    m = _DENIED_CHANGE.search(low, max(0, start - 40), start)
    if m is None:
        return None
    if low.startswith("no", m.start()) and low[m.start():m.start() + 3].rstrip() == "no" \
            and _COMPARISON_ENDS.match(low, end) is None:
        return None
    return DENIED_PREFIX + value


SIDES = tuple((w, w) for w in concepts.LATERALITIES) + (("both", "bilateral"),)  # (``answers/concepts.LATERALITIES``)
_CHAMBERED = lazy_compile(r"(?:heart|cardiac)\b")  # whose "right side" names its chambers, not a body side
_PART_OF = lazy_compile(r"(?<=\S)\s+(?:side|sided|sides|half)(?:\s+of(?:\s+(?:the|his|her|its))?)?\s*$")


def side_before(low: str, pos: int, letters: dict[str, str] | None = None) -> str | None:
    """The side named just before an organ ("the left lung is clear"): the side of its absences. ``letters``: the
    terse sides ("R lung clear", "Lt lung clear"; the ``short_attr`` sides of the trigger table), after no number."""
    window = low[max(0, pos - 30):pos]  # "right side bones", "right-sided ribs", "right side of the brain", "left half of"
    if (part := _PART_OF.search(window)) is not None and (" of" not in part.group() or _CHAMBERED.match(low, pos) is None):
        window = window[:part.start()]  # (but "the right side of the heart" is its right chambers, no body side)
    words = window.split()
    if words:
        last = words[-1]
        for word, side in SIDES:
            if last == word:
                return side
        if letters and last in letters and (len(words) < 2 or not words[-2][-1:].isdigit()):
            return letters[last]

        if last[-1] in ZH_SIDE_CHARS:  # Chinese writes the side against the organ: "左肺清晰" (left lung clear)
            for word, side in ZH_SIDES:
                if last.endswith(word):
                    return side
    return None


_SIDE_AFTER = lazy_compile(r"\s+on\s+(?:the\s+)?(left|right|both)(?:\s+sides?)?\b")


def side_after(low: str, end: int) -> str | None:
    """The side named right after an organ ("the ribs on the left are intact", "the lung on the right side is
    clear"): the side of its absences when none stands before it."""
    m = _SIDE_AFTER.match(low, end)
    return None if m is None else ("bilateral" if m.group(1) == "both" else m.group(1))


# "the contralateral / opposite / other lung is clear": a normal statement about one side that it does not name
OTHER_SIDE = frozenset(hedges.OTHER_OF_PAIR)  # (one home: ``answers/hedges.OTHER_OF_PAIR``)


def other_side_before(low: str, pos: int) -> bool:
    """Whether the organ at ``pos`` is "the other" one ("the contralateral lung is clear"): its statement concerns
    a side the clause does not name, so it cannot be read as being about both sides."""
    words = low[max(0, pos - 14):pos].split()
    return bool(words) and words[-1] in OTHER_SIDE


# "hazier than the left", "compared with the right": the other side as the yardstick, not a side of the finding
_COMPARED = lazy_compile(r"\b(?:than|compared (?:with|to)|relative to)\s+(?:(?:on|in)\s+)?(?:the\s+)?$")


def side_compared(low: str, start: int) -> bool:
    """Whether the side word at ``start`` names the side a finding is compared with ("the right side looks
    hazier than the left"), which is not a side of the finding."""
    a = max(0, start - 24)
    if low.find("than", a, start) < 0 and low.find("compared", a, start) < 0 and low.find("relative to", a, start) < 0:
        return False  # (every match holds one of these words: most side words are not searched back from)
    return _COMPARED.search(low, a, start) is not None


_RELATIVE = lazy_compile(r"\b(?:where|which|whose)\b")


def in_relative_clause(low: str, pos: int) -> bool:
    """Whether the organ at ``pos`` stands inside a relative clause opened earlier in its chunk ("the areas where
    the vessels enter the lungs look normal"): the normal word after it describes the clause's head, not it."""
    lo = max(0, pos - 81)  # (a break further back cannot move the search's start, ``pos - 80``: scanning
    # back to the text's start for each break character took time quadratic in a long text, issue #12)
    a = max(low.rfind(c, lo, pos) for c in ".;?!\n,:")
    return _RELATIVE.search(low, max(a + 1, pos - 80), pos) is not None


# A normal word right after one of these words stands before its noun ("a heart that balloons with clear lungs",
# "has a normal heart"): it describes the organ right after it, not an earlier organ of the clause. A normal
# word after an organ or a verb ("heart size normal lungs clear", "the heart is normal") keeps its backward reading.
_ATTRIBUTIVE_LEAD = lazy_compile(r"(?:^|\W)(?:with|and|has|have|had|shows|show|showing|of|a|an|the|but)\s+$")


def attributive(low: str, start: int, end: int, organ_start: int) -> bool:
    """Whether the normal word at ``start:end`` is an adjective of the organ at ``organ_start`` that follows it
    with nothing between ("with clear lungs"): the word before it is a preposition, article or "and/has"."""
    return not low[end:organ_start].strip() and _ATTRIBUTIVE_LEAD.search(low, max(0, start - 12), start) is not None


def last_or(clause: list) -> int:
    """Position of the clause's last "or"/"nor" (-1: none): a negated list runs at least that far."""
    end = -1
    for ev in clause:
        if (ev[2] == K_CONJ or ev[2] == K_NEG_PRE) and ev[3] in LIST_GOES_ON:
            end = ev[0]
    return end


def grades_present(attrs: tuple, low: str, start: int) -> bool:
    """A size or change word that grades a finding present ("mild", "small", "stable", "improved"), not one of
    the words that usually qualify what a negation rules out ("significant", "large", "increasing":
    "no fever, chills, significant weight loss" stays one negated list)."""
    if not attrs or not any(k in SEV_OR_CHG for k, _ in attrs):
        return False
    return not low.startswith(NEGATED_QUALIFIERS, start)


def starts_new_item(attrs: tuple, low: str, start: int, end: int, comma: int = -1) -> bool:
    """After "no X," does this mention open a new positive statement? Yes when it carries a size or
    change word ("mild cardiomegaly"), is a clause of its own ("the heart is enlarged"), its chunk (from the
    comma at ``comma``) opens with a passive participle and its agent ("..., bordered by a pleural edge"), or
    the mention opens its chunk with a side ("no pleural effusion, bilateral hilar lymphadenopathy") or a word of
    seeing ("no peripheral markings, visible lung edge")."""
    if grades_present(attrs, low, start):
        return True
    if comma >= 0 and (PASSIVE_OPENER.match(low, comma + 1, start) or opens_with_side(low, comma, start)
                       or SEEN_OPENER.match(low, comma + 1, start)):
        return True
    return any(v in low[start:end] for v in CLAUSE_VERBS)


# A device opening the list item after "no X," ("and the right-arm PICC", "the TIPS stent") and placed by the words
# after it ("no effusion, NG tube in the stomach", "..., and the tube ends where it should"): a terse statement of
# where the device is, not one more denied item (a denied device names no place: "no effusion, lines or tubes"); "with
# its tip at ..." places it too ("no vertebral anomaly, and an umbilical venous catheter with its tip at the IVC": scope43)
_PLACED = lazy_compile(r"[\s-]+(?:(?:tip|balloon)\s+)?(?:(?:is|are|lies|sits|remains|terminates|ends|projects|courses|seen|"
                       r"extends|runs)\s+)?(?:in|at|within|above|below|over|into|through|via|beyond|overlying|near|just|with (?:its|the) tip|"
                       r"in situ|satisfactory|unchanged|stable|appropriately|well|correctly|good|positioned|placed|from|where|\d)\b")
_DEVICE_OPENER = lazy_compile(r"\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:the|a|an|its|right|left|r|l|rt|lt)[\s-]+)*"
                              r"(?:(?!(?:" + "|".join((*negation.PLAIN, *negation.NOR, "or", "any")) + r")\b)[a-z]+[\s-]+){0,2}")


def placed_device(low: str, comma: int, start: int, end: int) -> bool:
    """Whether the device mention at ``start:end`` opens its list item after the comma at ``comma`` and the
    words after it place it (``_PLACED``)."""
    return comma >= 0 and _DEVICE_OPENER.fullmatch(low, comma + 1, start) is not None \
        and _PLACED.match(low, end) is not None


# A side opening the list item after "no X," ("no pleural effusion, bilateral hilar lymphadenopathy", "no
# pneumothorax, left basal atelectasis"): a new statement with its own subject, not one more denied item;
# the items of a denied list name no side of their own unless the list goes on ("no consolidation, left effusion
# or pneumothorax" stays denied: ``last_or``)
_SIDE_OPENERS = tuple(f"{word} " for word, _side in SIDES)


def opens_with_side(low: str, comma: int, start: int) -> bool:
    """Whether the phrase at ``start`` is the first of the chunk after the comma at ``comma`` and begins with a
    side word (``SIDES``)."""
    return not low[comma + 1:start].strip() and low.startswith(_SIDE_OPENERS, start)


# a measurement of an earlier study: after "compared with", "from", "previously", "having measured", "versus", ...
# (the words that put an earlier size after a current one, "2.8 cm, up from 1.6 cm", "25 mm now vs 8 mm": their one
# home, read by ``anaphora`` for a step opening with its measurement too)
THEN_WORDS = r"compared (?:with|to)|(?:up|down)? ?from|previously|having measured|versus|vs\.?|previously measured"
_THEN_BEFORE = lazy_compile(r"\b(?:" + THEN_WORDS + r"|was|were|against)\s+(?:about\s+|approximately\s+)?$")
# ... or followed in its clause by an earlier time ("6.5 cm on a radiograph from two years ago", "(6.5 cm prior)")
# (a pair's arrow leads to a measurement, a number and its unit: "4 mm -> 12 month CT" is a plan, its 4 mm the size)
_PAIR_ARROW = (r"|\s*(?:->|\u2192|=>)\s*\d+(?:\.\d+)?\s*(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b"
               r"|\s+then\s*[,;)]")
_THEN_AFTER = lazy_compile(r"[^.;,]{0,60}?" + EARLIER_WORDS + _PAIR_ARROW)
# the words before a number that make it an earlier study's measurement even in a clause of the finding's own:
# "increased from 12 mm to 19 mm", "14 mm now versus 8 mm", "19 mm (previously 12 mm)" ("was" is a report's own
# past tense as often as an earlier study's, so it is left to ``measured_change``)
_THEN_ONLY = lazy_compile(r"\b(?:" + THEN_WORDS + r")\s+(?:about\s+|approximately\s+)?$")
# ... or within three words of an earlier time ("8 mm six hours ago", "(12 mm on the prior)"), or first of a pair:
# "4 mm -> 2 mm", "(3 mm then, 7 mm now)" (session 43: the earlier 4 mm and 3 mm were read as the finding's size)
_THEN_NEXT = lazy_compile(r"\)?\s*(?:[\w'-]+\s+){0,3}?" + EARLIER_WORDS + _PAIR_ARROW)


def earlier_measurement(low: str, start: int, end: int, strict: bool = False) -> bool:
    """Whether the measurement ``low[start:end]`` ("12 mm") is an earlier study's: after "from", "versus",
    "previously", ... or followed in its clause by an earlier time ("8 mm six hours ago"). ``strict``: not after a
    bare "was"/"were"/"against", and an earlier time only within three words ("a 2 cm nodule unchanged from the
    previous film" measures 2 cm now): read as an earlier study's only when another measurement stands beside it."""
    before, after = (_THEN_ONLY, _THEN_NEXT) if strict else (_THEN_BEFORE, _THEN_AFTER)
    return before.search(low, max(0, start - 30), start) is not None or after.match(low, end) is not None

# ---- how deep an endotracheal tube sits (``airway_depth.py``; ``normals.py`` reads "1 cm above the carina" as no
# well-placed tube) ----
LOW, PLACED, HIGH = "low", "well placed", "high"
TUBE_ONLY = frozenset({"endotracheal_tube"})  # the organs of the normal word "above the carina" (states.tsv)
TUBE_MISPLACED = {"endotracheal_tube": "cardiac_device_malposition"}  # what a distance no good tube has makes of it
# a distance: group 1 the number (digits or a word: "a centimetre above where the windpipe splits"), group 2 the unit
DISTANCE_NUMBER = (r"(\d+(?:\.\d+)?|half an?|an?|" + "|".join(NUMBER_WORDS[1:11]) + r") ?"  # (one to ten)
                   r"(cm|mm|cms|centimet(?:er|re)s?|millimet(?:er|re)s?)")
_DEPTH_BEFORE = lazy_compile(r"\b" + DISTANCE_NUMBER + r" $")
_NUMBER_WORDS = {"a": 1.0, "an": 1.0, "half a": 0.5, "half an": 0.5,
                 **{w: float(i) for i, w in enumerate(NUMBER_WORDS[1:11], start=1)}}  # (DISTANCE_NUMBER's words)


def depth_of(number: str, unit: str) -> str | None:
    """The depth a tube tip's distance above the carina decides: under 2 cm low, 3 to 6 cm well placed, over 7 cm
    high; None between (reports and chains differ on where the edges lie)."""
    value = _NUMBER_WORDS.get(number)
    cm = (value if value is not None else float(number)) / (10 if unit.startswith("m") else 1)
    if cm < 2:
        return LOW
    if 3 <= cm <= 6:
        return PLACED
    return HIGH if cm > 7 else None


def decides_against_placed(low: str, start: int) -> bool:
    """Whether the words right before ``start`` (the normal phrase "above the carina") are a distance no well-placed
    tube has ("1 cm above the carina", "9 cm above the carina"): the phrase then calls the tube misplaced
    (``scope.py``), as "too deep" does."""
    m = _DEPTH_BEFORE.search(low, max(0, start - 24), start)
    return m is not None and depth_of(m.group(1), m.group(2)) in (LOW, HIGH)


def after_with(low: str, start: int) -> bool:
    """Whether the word before ``start`` is "with": "torsion with |absent| flow" uses the denial word as an adjective
    of what follows, so it denies the flow, not the finding before "with"."""
    j = start
    while j > 0 and low[j - 1] == " ":
        j -= 1
    return low.endswith("with", 0, j) and (j == 4 or not low[j - 5].isalnum())


def denial_runs_on(low: str, start: int, pre: tuple | None) -> bool:
    """Whether a post-denial word at ``start`` is an adjective right after the scoper's open determiner denial ``pre``
    (polarity, phrase, attributes, position, kind, index) and before a word: in "no |free| pleural fluid" the denial
    runs on to the noun (vgaps37: "free" closed the "no" and the fluid read present); "not free, with blunting" stays."""
    if pre is None:
        return False
    _, phrase, _, at, kind, _ = pre
    j = start
    while j > 0 and low[j - 1] == " ":
        j -= 1
    if kind != K_NEG_PRE or j != at + len(phrase) or low.endswith("not", 0, j):
        return False
    k = start
    while k < len(low) and low[k].isalpha():
        k += 1
    return low.startswith(" ", k) and low[k + 1 : k + 2].isalpha()


# "without the fracture line extending into the joint", "without the mass invading the chest wall": "without" before
# a definite noun phrase and a verb in -ing with its object is an absolutive clause; what it denies is the verb (the
# extension, the invasion: "reaching the joint" where that is a finding), not the thing named, which the sentence has
# already stated present. "No fracture extending
# to the joint" and "without any fracture" deny the thing (lead note 17:50, vlay19).
_ABSOLUTIVE = lazy_compile(r"\s+(?:the|its|their|this|that|these|those|his|her)\s+(?:[a-z]+\s+){1,3}?([a-z]{2,}ing)\s+"
                           r"(into|to|the|a|an|across|beyond|through|past|onto|up|down|over|below|above|toward|towards|"
                           r"its|their|from|outside|inside|along|around|any|as|far|all)\b")
_OBJECT = frozenset({"the", "a", "an", "its", "their", "any"})


def absolutive_without(low: str, end: int, abnormal: frozenset[str] | set[str]) -> int:
    """Where the verb of an absolutive clause opened by the "without" ending at ``end`` starts (``_ABSOLUTIVE``), or -1:
    the denial covers the verb and what follows it ("reaching the joint": the extension), not the noun before it.
    -1 also where the verb is itself an abnormal word with no object (``abnormal``: "without the mediastinum shifting to
    the right" denies the shift the organ and the verb make); with one, the verb and its object make the finding
    ("without the fracture involving the physis")."""
    m = _ABSOLUTIVE.match(low, end)
    if m is None or m.group(1) in abnormal and m.group(2) not in _OBJECT:
        return -1
    return m.start(1)


# an organ list after an abnormal word's first organ ("stones in the kidneys or bladder", "thickened gallbladder and
# bladder walls"): the joiner, then the next organ close after it; an organ with a verb of its own ("..., and the
# bladder is normal") is another clause's subject
_ORGAN_JOINER = lazy_compile(r"(?:\s*,)?\s+(?:and|or|nor)\s+(?:the\s+|both\s+)?|\s*,\s*(?:the\s+)?")
_OWN_PREDICATE = lazy_compile(r"\s+(?:is|are|was|were|appears?|looks?|shows?|contains?|has|have)\b")
_LISTED_REACH = 14  # characters from the joiner to the next organ (a side between: "and left kidney")
# organs one abnormal word takes from a list: each listed organ's mention spans from the word to it, so an endless
# list ("no calculi in the kidneys, bladder, bladder, ...") would make the spans quadratic; a report lists a few
_LISTED_MAX = 8
# a listed organ stands bare: the list goes on or ends ("kidneys, ureters or bladder."); anything else after it is
# the organ's own predicate, a verb or not ("stones in the gallbladder, kidneys unremarkable", "bladder collapsed")
_LIST_ITEM_END = lazy_compile(r"\s*(?:[,.;:)\n]|$)|\s+(?:and|or|nor|to|bilaterally|either)\b")


def listed_organ(low: str, end: int, waiting: tuple) -> tuple | None:
    """What the abnormal word ``waiting`` for its organ (scope's ``pending``) still waits for after its organ ended at
    ``end``: the next organ of a list joined to it (vocab41: "no stones in the kidneys or bladder" denied the kidney's
    stone only once each organ's stone was its own), else None. The fifth item counts the organs listed so far."""
    listed = waiting[4] if len(waiting) > 4 else 0
    got = _ORGAN_JOINER.match(low, end) if listed < _LISTED_MAX else None
    return None if got is None else (*waiting[:3], got.end() + _LISTED_REACH, listed + 1)


def own_predicate(low: str, end: int) -> bool:
    """Whether a predicate of its own (a verb, a telegraphic adjective: "kidneys unremarkable") follows the organ."""
    return _OWN_PREDICATE.match(low, end) is not None or _LIST_ITEM_END.match(low, end) is None

