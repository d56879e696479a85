"""The words that carry a negation on or end it inside one clause, and small text tests on them.

Kept apart from ``scope.py`` (the clause loop) so the loop stays readable: each set below is one
decision the loop makes, with the sentence that motivated it.
"""

from __future__ import annotations

import re

from medstep.verify.lexicon import K_CONJ, K_NEG_PRE

CONTRAST = frozenset({"but", "however", "although", "though", "yet", "whereas", "while", "nevertheless",
                      "nonetheless", "otherwise", "except", "except for"})
LIST_GOES_ON = frozenset({"or", "nor"})
# Words that link an observation to what it would mean ("to suggest", "consistent with"). Inside a
# negation they are denied with it: "no findings to suggest obstruction", "no opacity is seen to suggest
# pneumonia", "no abnormality compatible with embolism" deny the obstruction, pneumonia and embolism
# (a hedge or a new clause elsewhere).
LINKS = frozenset({"suggest", "suggests", "suggesting", "suggested", "suggestive of", "suspicious for",
                   "suspicious of", "concerning for", "concern for", "worrisome for", "consistent with",
                   "compatible with", "in keeping with", "representing"})
# Verbs that close a negated observation ("no opacity is seen"): a link right after them still belongs to
# the negation; any other terminator ends it for good.
SEEN_VERBS = frozenset({"is seen", "are seen", "is noted", "are noted", "is identified", "are identified",
                        "is present", "are present", "is demonstrated"})
# Negations that are verbs governing a whole list ("denies fever, chills, new rash"): a size or change word
# after a comma does not start a positive item as it does after "no" ("no effusion, mild cardiomegaly").
LIST_VERBS = frozenset({"denies", "denied", "denying", "negative for", "free of", "no complaints of"})
# between a negation or hedge and the colon that introduces its list ("Denies: ...", "Possible findings: ...")
INTRO = frozenset({"", "the following", "any of the following", "any", "findings", "diagnoses", "considerations",
                   "possibilities", "causes", "etiologies"})
DENIED_NORMAL = ("no ", "without ")  # a normal statement that is a negation: "no abnormality", "without abnormality"
# hedges that frame a whole sentence ("It is possible that the lungs are clear, although this cannot be
# confirmed"): every claim of the clause is uncertain, its absences and normal statements included; a
# chain that frames every sentence so commits to nothing (issue #8: such chains scored 1.0)
FRAME_HEDGES = frozenset({"it is possible that", "it is possible that there is", "it is possible that there are",
                          "it is possible that there is no", "it is possible that there are no",
                          "cannot be confirmed"})
AND_WORDS = frozenset({"and", "also", "as well as", "plus", "along with"})
DANGLING_NEG = frozenset({"none", "negative", "no", "absent", "nil", "not seen", "not present", "not identified",
                          "not visible", "not evident", "not noted", "not demonstrated", "not detected"})
SEV_OR_CHG = ("severity", "change")
NEGATED_QUALIFIERS = ("significant", "large ", "increas", "worsening ", "progressive ", "substantial ", "massive ",
                      "extensive ", "marked ", "larger ", "enlarging ")
CLAUSE_VERBS = (" is ", " are ", " appears ", " appear ", " looks ")  # "heart is enlarged" is a clause
NUMBER_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:x|by|\u00d7)\s*\d+(?:\.\d+)?\s*)*$")
UNIT_MM = {"mm": 1.0, "cm": 10.0, "millimeter": 1.0, "millimeters": 1.0, "centimeter": 10.0, "centimeters": 10.0}


SIDES = (("bilateral", "bilateral"), ("both", "bilateral"), ("left", "left"), ("right", "right"))


# Chinese sides, longest first ("左侧肺", "左肺", "双肺"; "两肺" both lungs)
ZH_SIDES = (("双侧", "bilateral"), ("两侧", "bilateral"), ("左侧", "left"), ("右侧", "right"), ("双", "bilateral"),
            ("两", "bilateral"), ("左", "left"), ("右", "right"))
ZH_SIDE_CHARS = frozenset("侧双两左右")


def side_before(low: str, pos: int) -> str | None:
    """The side named just before an organ ("the left lung is clear"): the side of its absences."""
    words = low[max(0, pos - 14):pos].split()
    if words:
        for word, side in SIDES:
            if words[-1] == word:
                return side
        last = words[-1]
        if last[-1] in ZH_SIDE_CHARS:  # Chinese writes the side against the organ: "左肺清晰" (left lung clear)
            for word, side in ZH_SIDES:
                if last.endswith(word):
                    return side
    return None


def last_or(clause: list) -> int:
    """Position of the clause's last "or"/"nor" (-1: none): a negated list runs at least that far."""
    end = -1
    for ev in clause:
        if (ev[2] == K_CONJ or ev[2] == K_NEG_PRE) and ev[3] in LIST_GOES_ON:
            end = ev[0]
    return end


def bare_after(low: str, pos: int) -> bool:
    """Nothing but punctuation or space follows ``pos`` up to the next break: "Effusion: none."."""
    n = len(low)
    while pos < n and low[pos] in " \t":
        pos += 1
    return pos >= n or not low[pos].isalnum()


def grades_present(attrs: tuple, low: str, start: int) -> bool:
    """A size or change word that grades a finding present ("mild", "small", "stable", "improved"), not one of
    the words that usually qualify what a negation rules out ("significant", "large", "increasing":
    "no fever, chills, significant weight loss" stays one negated list)."""
    if not attrs or not any(k in SEV_OR_CHG for k, _ in attrs):
        return False
    return not low.startswith(NEGATED_QUALIFIERS, start)


def starts_new_item(attrs: tuple, low: str, start: int, end: int) -> bool:
    """After "no X," does this mention open a new positive statement? Yes when it carries a size or
    change word ("mild cardiomegaly") or is a clause of its own ("the heart is enlarged")."""
    if grades_present(attrs, low, start):
        return True
    return any(v in low[start:end] for v in CLAUSE_VERBS)


def size_attr(low: str, start: int, unit: str) -> tuple:
    """``(("size", "<mm>"),)`` from the number written before a unit ("3.2 cm", "12 x 8 mm", "2cm")."""
    m = NUMBER_BEFORE.search(low, max(0, start - 24), start)
    if m is None:
        return ()
    try:
        value = float(m.group(1)) * UNIT_MM[unit]
    except (ValueError, KeyError):
        return ()
    return (("size", f"{value:g}"),)
