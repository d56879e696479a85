"""Terms the open-answer grader (``score/open_grade.py``) reads through the project's tables: the verifier's attribute
rows (a side, no change), the concept vocabulary (a modality's names, an organ's enlargement) and the devices and
sequences whose closing noun only names the kind of value.

* :func:`attributes`: what the verifier's attribute rows give a run of words ("RLL" is laterality right and location
  lower lobe), read for an abbreviation and for :func:`same_state`.
* :func:`same_state`: a whole short answer naming one side or "stable" in other words ("both sides" and
  "bilateral", "unchanged" and "stable").
* :func:`same_term`: one plain-film modality by two of its names ("radiograph" and "x-ray", "CXR" and "chest
  radiograph"), and an organ's enlargement or its stones by the one word and by its words ("splenomegaly" and
  "enlarged spleen", "cholelithiasis" and "gallstones"). The vocabulary's concepts are broad (DWI, FLAIR and MRI are one), so only these two kinds of names are
  read as one answer: the plain-film rows name one study, and "-megaly" is the enlargement of the organ it names.
* :func:`uncompared`: a density, echo or signal word without the tissue it is compared with ("hyperechoic relative
  to the surrounding thyroid" as "hyperechoic").
* :func:`unkinded`: a closing "line" after a device's abbreviation ("PICC line" as "PICC") and "weighted" after a
  sequence ("T2-weighted" as "T2"), nouns naming the kind of value as "view" does.
"""

from __future__ import annotations

from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import vocabulary
from medstep.answers.text import tokens
from medstep.lazyre import lazy_compile

def attributes(words: list[str]) -> frozenset[tuple[str, str]] | None:
    """The attributes the verifier's attribute rows give to ``words`` read whole, each word covered by one row (the
    longest first: "lower lobe"), or ``None`` when a word is covered by none."""
    from medstep.verify import default_verifier  # the grader needs the verifier's tables only for an abbreviation
    from medstep.verify.lexicon import K_ATTR

    automaton = default_verifier().lexicon.automaton
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            hit = automaton.get(" ".join(words[i:j]), None)
            if hit is not None and hit[0] == K_ATTR and hit[3]:
                found.update(hit[3])
                i = j
                break
        else:
            return None
    return frozenset(found)


# The attributes a whole short answer may name in other words (the verifier's attribute rows): a side ("both",
# "bilateral", "both sides") and the change "stable" ("unchanged"), each one value whatever the words. Not a severity
# ("small" and "mild" are one row's value, not one answer) nor another change ("larger" is "worsened" to the
# verifier, no answer "worsened").
_STATES = frozenset({("laterality", "left"), ("laterality", "right"), ("laterality", "bilateral"),
                     ("change", "stable")})
# Both sides named one by one.
_EACH_SIDE = (["left", "and", "right"], ["right", "and", "left"])


def same_state(answer: str, gold: str) -> bool:
    """Whether ``answer`` and ``gold`` each name one side or the change "stable" and nothing else, the same one
    ("both sides" and "bilateral", "left and right" and "bilateral", "unchanged" and "stable")."""
    mine, theirs = tokens(answer), tokens(gold)
    if not 0 < len(mine) <= 3 or not 0 < len(theirs) <= 3:
        return False
    said = [frozenset({("laterality", "bilateral")}) if words in _EACH_SIDE else attributes(words)
            for words in (mine, theirs)]
    return said[0] is not None and len(said[0]) == 1 and said[0] <= _STATES and said[0] == said[1]


# The concepts naming one plain-film study, and the words their names are made of (no projection, side or part:
# "AP chest radiograph" and "PA chest radiograph" are two views of one concept, so a name holding another word is
# left to the ladder).
_PLAIN_FILMS = frozenset({"xray", "chest_xray"})
_PLAIN_FILM_WORDS = frozenset({"x", "ray", "xray", "radiograph", "radiographs", "radiography", "radiographic", "plain",
                               "film", "films", "roentgenogram", "conventional", "image", "chest", "cxr"})
# Words naming an organ's enlargement in words ("enlarged spleen", "enlargement of the liver").
_ENLARGED = frozenset({"enlarged", "enlargement"})
# Words naming stones ("kidney stones", "gallstones", "renal calculi").
_STONES = frozenset({"stone", "stones", "calculus", "calculi", "gallstone", "gallstones"})
# The endings of a one-word finding and the words that say it in words: an organ enlarged ("splenomegaly"), stones
# in it ("nephrolithiasis", "cholelithiasis").
_SAID_IN_WORDS = (("megaly", _ENLARGED), ("lithiasis", _STONES))


def same_term(answer: str, gold: str) -> bool:
    """Whether ``answer`` and ``gold`` name one plain-film study, or one organ's enlargement or stones (module
    docstring)."""
    mine, theirs = tokens(answer), tokens(gold)
    if not mine or not theirs or len(mine) > 4 or len(theirs) > 4:
        return False
    concept = whole_concept(answer)
    if concept is None or concept != whole_concept(gold):
        return False
    if concept in _PLAIN_FILMS:
        return set(mine) <= _PLAIN_FILM_WORDS and set(theirs) <= _PLAIN_FILM_WORDS
    one, other = (mine, theirs) if len(mine) == 1 else (theirs, mine)
    if len(one) != 1 or vocabulary().concepts[concept].category != "finding":
        return False
    return any(one[0].endswith(ending) and bool(words & set(other)) for ending, words in _SAID_IN_WORDS)


# MRI sequences weighted ("T2-weighted"), and the nouns closing a device's abbreviation ("PICC line").
_SEQUENCES = frozenset({"t1", "t2", "pd"})
_WEIGHTED = frozenset({"weighted", "weighting"})
_DEVICE_NOUNS = frozenset({"line"})


def unkinded(words: list[str]) -> list[str]:
    """``words`` without a closing noun that names only the kind of value after a sequence or a device's
    abbreviation (module docstring)."""
    if len(words) < 2:
        return words
    last, before = words[-1], words[-2]
    if last in _WEIGHTED and before in _SEQUENCES:
        return words[:-1]
    if last in _DEVICE_NOUNS and before.isalpha():
        concept = whole_concept(before)
        if concept is not None and vocabulary().concepts[concept].category == "device":
            return words[:-1]
    return words


# A density, echo or signal word, then the tissue it is measured against ("hypodense compared with the surrounding
# liver", "hyperechoic relative to adjacent thyroid"): the reference says against what, not a second answer.
_COMPARED = lazy_compile(r"(?i)^(.*?\b(?:hypo|hyper|iso|an)(?:dense|echoic|intense|attenuating))\s+(?:relative\s+to|"
                         r"compared\s+(?:to|with)|in\s+comparison\s+(?:to|with))\s+(?:the\s+)?(?:surrounding|adjacent|"
                         r"normal|background)\s+[a-z]+(?:\s+(?:parenchyma|tissue))?\W*$")


def uncompared(answer: str) -> str | None:
    """``answer`` without the tissue a density, echo or signal word is compared with ("hypodense compared with the
    surrounding liver" as "hypodense"), or ``None`` when it names none."""
    m = _COMPARED.match(answer.strip())
    return m.group(1) if m is not None else None


__all__ = ["attributes", "same_state", "same_term", "uncompared", "unkinded"]
