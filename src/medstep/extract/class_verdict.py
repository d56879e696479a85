"""A closed question about a lesion's class answered by the class word alone (issue #7, lane closed35).

"Is the renal lesion malignant?" is answered "This is a Bosniak I simple cyst, which is benign and needs no
follow-up."; "Does this bone lesion have aggressive features?" with "Those are all non-aggressive features; the
appearance fits a non-ossifying fibroma."; 该病变是否为恶性？ with "考虑良性病变，不是恶性。". The antonym reader
(``extract/antonyms.py``) reads a pole only from a sentence with no other negation, no "with" and no hedge anywhere
in it, so a second clause about follow-up or the diagnosis ("and doesn't need FNA") hides the verdict. Here the
class word is weighed in its own clause instead: the reply is cut into clauses (sentences, then ";", ":", ",",
"which", "and"), and every clause naming a pole of the asked class is read alone.

A verdict is given only when every such clause states the same pole, outright: a pole in a hedged clause ("could
be benign or malignant", "malignancy cannot be excluded", "a low-grade malignancy is also possible"), in a clause of
a class rather than of this case ("Benign cysts are anechoic.", "Malignant lesions tend to ..."), or said of
another subject than the asked one ("The adrenal nodule appears malignant." to "Is the liver lesion malignant?")
makes no reading at all; so do both poles stated. A pole is said of the asked subject when its clause opens with a
pronoun or a relative ("it", "this", "which", "those"), names a word of the question's subject, or names no subject
(an elliptic "Benign."). "not" / "non-" / 非 / 不是 before a pole states the other one. Read only where nothing else
read the reply (``extract/stated.py``); the reply must be short (``implicit.MAX_CHARS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import NO, YES, ZH_NO, ZH_YES, hedges
from medstep.extract import implicit
from medstep.lazyre import lazy_compile

RULE = "implicit_class"


@dataclass(frozen=True)
class LesionClass:
    """One class property and its two poles: ``pole`` is what the question asks when it names it ("malignant"),
    ``other`` the pole that excludes it ("benign"); each pattern carries its own word boundaries."""

    name: str
    pole: re.Pattern[str]
    other: re.Pattern[str]


# "benign-appearing", "malignant-looking": the appearance word commits the class as much as "benign" does.
_LOOK = r"(?:[\s-]+(?:appearing|looking))?"
_CLASSES = (
    LesionClass("malignancy",
                lazy_compile(r"(?i)(?<![\w])(?:malignan(?:t|cy)|cancerous|malign[oa]s?)" + _LOOK + r"(?![\w-])|恶性"),
                lazy_compile(r"(?i)(?<![\w])(?:benign|benign[oa]s?)" + _LOOK + r"(?![\w-])|良性")),
    LesionClass("aggressiveness",
                lazy_compile(r"(?i)(?<![\w])aggressive" + _LOOK + r"(?![\w-])|侵袭性"),
                lazy_compile(r"(?i)(?<![\w-])non-?aggressive" + _LOOK + r"(?![\w-])|非侵袭性")),
)
# A negation right before a pole states the other pole: "not malignant", "non-malignant", "isn't aggressive", 不是恶性.
_NOT_BEFORE = lazy_compile(r"(?i)(?:\bnot|n['’]t|\bnon-?|\bno)\s*(?:(?:at\s+all|clearly|definitely)\s+)?$|(?:不是|非|无|没有)$")
# A negation anywhere before the pole in its clause ("does not appear malignant", 未见恶性征象).
_NEGATION = lazy_compile(r"(?i)\b(?:not|no|never|without|neither|nor)\b|n['’]t\b|未|不|无|没有")
# Words that keep a pole open in its clause: possibility, doubt, an alternative, a condition, "cannot exclude", a
# question; Chinese 可能 / 不除外 / 鉴别 ...
_OPEN = lazy_compile(
    r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING,
                           hedges.ALTERNATIVE, hedges.DIFFERENTIAL, hedges.WEIGHING, hedges.ASKING, hedges.IF,
                           ("or", "indeterminate", "equivocal", "depends", "difficult", "hard to", "cannot determine",
                            "can't determine", "unable", "not able"))
    + r"|\?|？|" + "|".join(hedges.ZH + hedges.ZH_OPEN + ("还是", "难以", "无法", "不能"))
)
# A clause of a class, not of this case: "Benign cysts are ...", "Malignant lesions tend to ...", 良性病变通常 ...
_GENERIC = lazy_compile(
    r"(?i)\b(?:typically|usually|generally|often|tend|tends|in\s+general|commonly|refers?|defined|means)\b"
    r"|^\W*(?:benign|malignant|aggressive|non-?aggressive)\s+[a-z]+s\s+(?:are|have|show|tend|can|may)\b"
    r"|通常|一般|多为|常见"
)
# Where a clause ends: a sentence's end, a semicolon, a colon, a comma, a dash, a relative or "and" (so "which is
# benign and needs no follow-up" holds "which is benign" alone); Chinese punctuation likewise.
_CLAUSE_END = lazy_compile(r"[.;:!?\n,—–()（）。；：，！？]+|\s(?=(?:which|and|but|while|whereas|although|though)\s)")
# What a clause may open with and still speak of the asked subject: a pronoun, a relative, an article of the
# study's own reading ("the appearance", "the lesion" is checked against the question's words instead).
_TAKES_UP = lazy_compile(r"(?i)^\W*(?:(?:and|but|so|thus|therefore|overall)\s+)?(?:it|its|it['’]s|this|these|that|those|"
                         r"they|which|all|overall|the\s+(?:appearance|features|findings|imaging\s+features))\b"
                         r"|^\W*(?:考虑|符合|属于|为|是|提示|倾向)")
# A pronoun as the subject of the pole's verb, later in the clause: "By O-RADS criteria this would be ...".
_PRONOUN_SUBJECT = lazy_compile(r"(?i)(?:\b([a-z]+)\s+)?\b(?:it|this|these|those|they|which)\s+(?:is|are|was|were|would|"
                                r"looks?|appears?|seems?)\b|\bit['’]s\b")
_PREPOSITIONS = frozenset({"of", "in", "beside", "near", "to", "with", "from", "by", "at", "on", "around", "behind",
                           "below", "above", "next", "unlike", "than"})
_WORD = lazy_compile(r"[a-z]+")
# Words of a question that name no subject: what it asks and how.
_ASKING_WORDS = frozenset({"is", "are", "does", "do", "the", "this", "that", "these", "a", "an", "there", "any", "have",
                           "has", "show", "shows", "on", "in", "of", "for", "likely", "suspicious", "features", "lesion",
                           "it", "be", "image", "ct", "mri", "scan", "study", "ultrasound", "radiograph", "es", "la", "el"})
# The question itself held open or asking two things: "Is it benign or malignant?", "Is it not malignant?".
_QUESTION_OPEN = lazy_compile(r"(?i)\b(?:or|not|non|no)\b|还是|不是|非")


def _asked(question: str) -> tuple[LesionClass, bool] | None:
    """The class the question asks and whether it asks the class's first pole (``True``: "Is it malignant?"), or
    ``None`` when it asks none, both, or a negation."""
    if _QUESTION_OPEN.search(question) is not None:
        return None
    found = []
    for lesion_class in _CLASSES:
        other = lesion_class.other.search(question) is not None
        pole = lesion_class.pole.search(question) is not None
        if pole != other:
            found.append((lesion_class, pole))
    return found[0] if len(found) == 1 else None


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_END.split(text) if c.strip()]


def _subject_words(question: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(question.lower()) if w not in _ASKING_WORDS and len(w) > 2)


def _of_asked(clause: str, start: int, subject: frozenset[str], question: str) -> bool:
    """Whether the pole at ``start`` is said of the asked subject: the clause takes it up with a pronoun, names a
    word of the question's subject before the pole, or names nothing before it (an elliptic "Benign.")."""
    before = clause[:start]
    if _TAKES_UP.search(before) is not None:
        return True
    taken = None
    for taken in _PRONOUN_SUBJECT.finditer(before):
        pass
    if taken is not None and (taken.group(1) or "").lower() not in _PREPOSITIONS:
        return True  # "By O-RADS criteria this would be almost certainly benign.", not "beside it looks benign"
    said = frozenset(_WORD.findall(before.lower()))
    han = _NOT_BEFORE.sub("", re.sub(r"[^\u4e00-\u9fff]", "", before))
    if han and len(han) > 2 and not any(han[i:i + 2] in question for i in range(len(han) - 1)):
        return False  # 肾上腺结节为恶性 to 肝脏病变是否为恶性: another organ's
    if not said:
        return True
    return bool(said & subject) or said <= {"is", "are", "a", "an", "appears", "looks", "seems", "to", "be", "most",
                                             "likely", "probably", "almost", "certainly", "definitely", "clearly"}


def _clause_pole(clause: str, lesion_class: LesionClass, subject: frozenset[str], question: str) -> bool | None | str:
    """The pole ``clause`` states (``True`` the first, ``False`` the other), ``None`` when it names neither, or
    ``"open"`` when it names one but does not commit to it of the asked subject."""
    said: set[bool] = set()
    others = [(o.start(), o.end()) for o in lesion_class.other.finditer(clause)]
    for rx, value in ((lesion_class.other, False), (lesion_class.pole, True)):
        for hit in rx.finditer(clause):
            if value and any(a <= hit.start() < b for a, b in others):
                continue  # "non-aggressive" holds "aggressive": the other pole's word, read there
            if not _of_asked(clause, hit.start(), subject, question):
                return "open"
            negated = _NOT_BEFORE.search(clause[max(0, hit.start() - 24):hit.start()]) is not None
            if not negated and _NEGATION.search(clause, 0, hit.start()) is not None:
                return "open"  # "it does not appear malignant": a negation not right before the pole, left to others
            said.add(value != negated)
    if not said:
        return None
    if len(said) != 1 or _OPEN.search(clause) is not None or _GENERIC.search(clause) is not None:
        return "open"
    return next(iter(said))


def read_class(text: str, question: str) -> str | None:
    """yes / no (or 是 / 否 to a Chinese question) when every clause of ``text`` naming a pole of the asked class
    states the same one, outright, of the asked subject; else ``None`` (module docstring)."""
    asked = _asked(question)
    if asked is None or len(text) > implicit.MAX_CHARS:
        return None
    lesion_class, asks_pole = asked
    subject = _subject_words(question)
    stated: set[bool] = set()
    for clause in _clauses(text):
        pole = _clause_pole(clause, lesion_class, subject, question)
        if pole == "open":
            return None
        if isinstance(pole, bool):
            stated.add(pole)
    if len(stated) != 1:
        return None
    agrees = next(iter(stated)) == asks_pole
    if re.search(r"[\u4e00-\u9fff]", question):
        return ZH_YES if agrees else ZH_NO
    return YES if agrees else NO


__all__ = ["RULE", "read_class"]
