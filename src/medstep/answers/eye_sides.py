"""The Latin eye sides of ophthalmic shorthand, read as the sides they name where a question asks of an eye (by the
open-answer grader, ``score/open_grade.py``, and the choice reader when nothing else reads, ``extract/choice_reader.py``).

"OD" (oculus dexter) is the right eye, "OS" (oculus sinister) the left and "OU" (oculus uterque) both: "Which eye is
affected?" answered "OS" or "The lesion is in the OS." names the left eye, as a gold "left" or "left eye" says. Only
for a question naming an eye (or its parts: retina, fundus, orbit): elsewhere "os" is a bone ("os trigonum", "os
odontoideum") and "OD" an overdose. An answer naming two Latin sides ("OD and OS"), or an English side other than its
Latin one ("Right eye (OS)"), is left as written.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

# Each Latin side (abbreviation and full name) with the English words that name it.
_SIDES = {"od": "right eye", "os": "left eye", "ou": "both eyes", "oculus dexter": "right eye",
          "oculus sinister": "left eye", "oculus uterque": "both eyes"}
_LATIN = lazy_compile(r"(?i)\b(?:oculus\s+(?:dexter|sinister|uterque)|od|os|ou)\b")
_EYE_QUESTION = lazy_compile(r"(?i)\b(?:eyes?|ocular|intraocular|orbits?|orbital|ophthalm\w*|retina\w*|fundus|"
                             r"fundi|globes?|cornea\w*|iris|lens|macula\w*|optic\s+discs?)\b")
_SIDE_WORD = {"right eye": "right", "left eye": "left", "both eyes": "both"}


def eye_sides(answer: str, question: str) -> str:
    """``answer`` with its one Latin eye side written in English ("OS" as "left eye"), or its Latin side dropped where
    the answer already names that side ("Left eye (OS)" as "Left eye ()"); unchanged unless ``question`` asks of an
    eye and the answer names exactly one Latin side (module docstring)."""
    found = list(_LATIN.finditer(answer))
    if not found or _EYE_QUESTION.search(question) is None:
        return answer
    sides = {_SIDES[" ".join(m.group().lower().split())] for m in found}
    if len(sides) != 1:
        return answer  # "OD and OS": two sides named
    side = sides.pop()
    english = {w.lower() for w in _ENGLISH_SIDE.findall(_LATIN.sub(" ", answer))}
    if english - {_SIDE_WORD[side]}:
        return answer  # "Right eye (OS)": the English side and the Latin one disagree
    return _LATIN.sub("" if english else side, answer)


_ENGLISH_SIDE = lazy_compile(r"(?i)\b(?:right|left|both)\b")


def unresolved_latin(answer: str, question: str) -> bool:
    """Whether ``answer`` names a Latin eye side that :func:`eye_sides` cannot resolve to one side ("OD and OS",
    "Right eye (OS)") where ``question`` asks of an eye: such an answer gives no single side."""
    return _EYE_QUESTION.search(question) is not None and _LATIN.search(answer) is not None \
        and eye_sides(answer, question) == answer


__all__ = ["eye_sides", "unresolved_latin"]
