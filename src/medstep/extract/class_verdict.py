"""A closed question about a lesion's class answered by the class word alone (issue #7, lane closed35).

"Is the renal lesion malignant?" is answered "This is a Bosniak I simple cyst, which is benign and needs no
follow-up."; "Does this lesion appear aggressive?" with "This lesion appears non-aggressive."; 该病变是否为恶性？ with
"病灶边界清楚，为良性病变。". The antonym reader (``extract/antonyms.py``) reads a pole only from a sentence with no
other negation and no hedge anywhere in it, so a second clause about follow-up ("and doesn't need FNA") hides the
verdict.

A class word is read here in ONE grammar only, because every looser one read something else (review of closed35:
"Malignant features: none.", "Malignancy is ruled out.", "Benign-appearing lymph nodes.", "It was benign on the prior
biopsy", "It lacks aggressive features"): the class word is the predicate of a present-tense copula whose subject is
the asked lesion or a pronoun / "which" taking it up ("It is benign", "which is a benign lesion", "The liver lesion
is benign"; 为/属于/符合/考虑 + 良性病变 at the opening of a Chinese clause), with nothing after it but a generic noun
("lesion", "tumour") and, at most, a management clause ("and needs no follow-up"). A reply that is the class word
alone ("Benign.") reads too. Nothing is read when any other mention of the asked class's words stands outside that
grammar, when the question's class word names a diagnosis ("Is this malignant melanoma?"), or when the reply holds a
hedge or turn, a question mark, or stops unfinished. Read only where nothing else read the reply
(``extract/stated.py``); the reply must be short (``implicit.MAX_CHARS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import NO, YES, ZH_NO, ZH_YES, hedges, negation
from medstep.extract import cut, implicit
from medstep.extract.antonym_pairs import ZH_OPPOSITES
from medstep.extract.antonym_question import sides_named
from medstep.extract.organ_owners import organs_named, related
from medstep.answers.concepts import normalize
from medstep.lazyre import lazy_compile

RULE = "implicit_class"


@dataclass(frozen=True)
class LesionClass:
    """One class property and its two poles as regex sources: ``pole`` is what the question asks when it names it
    ("malignant"), ``other`` the pole that excludes it ("benign"); ``words`` finds any word of the class."""

    name: str
    pole: str
    other: str
    words: re.Pattern[str]


_CLASSES = (
    LesionClass("malignancy", r"malignant", r"benign(?:[\s-]+appearing)?",
                lazy_compile(r"(?i)malign|benign|cancer|恶性|良性")),
    LesionClass("aggressiveness", r"aggressive", r"non-?aggressive(?:[\s-]+appearing)?",
                lazy_compile(r"(?i)aggressive|侵袭性")),
)
# (the malignancy poles in Chinese are ``antonym_pairs.ZH_OPPOSITES``; the English ones above are narrower than that
# reader's pair on purpose: only the adjective a copula takes, "benign-appearing" included)
_ZH_POLES = {"malignancy": ("恶性", ZH_OPPOSITES["恶性"]), "aggressiveness": ("侵袭性", "非侵袭性")}
# The nouns a class word may qualify and still be the lesion's class ("a benign lesion"), not another thing's
# ("benign-appearing lymph nodes", "benign prostatic hyperplasia").
_GENERIC = r"(?:lesions?|mass|masses|tumou?rs?|nodules?|neoplasms?|process|entity|findings?|features|appearance|cyst)"
# The subject: a pronoun or relative, or "the/this" and up to three words (checked against the question's words).
_SUBJECT = r"(?:it|this|these|they|which|(?:the|this|that)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2}?))"
_COPULA = r"(?:\s+(?:is|are|appears?(?:\s+to\s+be)?|looks?|seems?(?:\s+to\s+be)?)|['’]s)"
_CERTAIN = r"(?:\s+(?:definitely|certainly|almost\s+certainly|clearly|entirely))?"
# A management clause after the verdict: "and needs no follow-up", "and it requires no further imaging".
_TAIL = r"(?:,?\s+and\s+(?:it\s+|the\s+patient\s+)?(?:needs?|requires?|does|doesn['’]t|can|should|warrants?|is\s+managed|"
_TAIL += r"i\s+would\s+recommend)\b[^,;]*)?"
_ENGLISH = {c.name: lazy_compile(r"(?i)^(?:(?:and|so|thus|therefore|overall)\s*,?\s+)?" + _SUBJECT + _COPULA + _CERTAIN
                                 + r"(?:\s+an?)?\s+(?P<pole>" + c.other + r"|" + c.pole + r")(?:\s+" + _GENERIC + r")?"
                                 + _TAIL + r"$") for c in _CLASSES}
_ALONE = {c.name: lazy_compile(r"(?i)^\W*(?P<pole>" + c.other + r"|" + c.pole + r")[.!*\s]*$") for c in _CLASSES}
# The Chinese grammar: an optional subject (the lesion or a pronoun), a copula of being or looking (为, 是, 属于, 符合,
# 考虑, 看起来是 / 像, 表现为; the Chinese of English "is", "looks", "is consistent with"), the pole, a generic noun and a
# closing 的 ("看起来是良性的", "病灶为良性病变", "是良性的").
_ZH_SUBJECT = r"(?:(?:该|此|这个?)?(?:病变|病灶|肿块|结节|肿瘤)|它|这)?"
_ZH_COPULA = r"(?:为|是|属于|符合|考虑|表现为|看起来(?:是|像)?|看上去(?:是|像)?)"
_ZH = {name: lazy_compile(r"^" + _ZH_SUBJECT + _ZH_COPULA + r"(?P<pole>" + "|".join(sorted(zh, key=len, reverse=True))
                          + r")(?:病变|肿瘤|结节|病灶|表现|肿块)?的?$") for name, zh in _ZH_POLES.items()}
# Where a clause ends: a sentence's end, a semicolon, a comma, a colon, a dash, brackets (Chinese likewise).
_CLAUSE_END = lazy_compile(r"[.;:!\n,—–()（）。；：，！]+")
# Anything that holds the reply open or turns it: possibility, doubt, an alternative, a condition, "cannot exclude",
# a turn ("but", "however", "though"), a question mark; Chinese 可能 / 不除外 / 但 ...
_OPEN = lazy_compile(
    r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING,
                           hedges.ALTERNATIVE, hedges.DIFFERENTIAL, hedges.WEIGHING, hedges.ASKING, hedges.IF,
                           hedges.TURN, hedges.CONTRAST, hedges.LIKELIHOOD, hedges.PAST,
                           ("or", "indeterminate", "equivocal", "depends", "difficult", "hard to", "cannot determine",
                            "can't determine", "unable", "not able", "concern", "concerning", "suspicious", "risk",
                            "potential", "was", "were", "would be"))
    + r"|[?？]|" + "|".join(hedges.ZH + hedges.ZH_OPEN + hedges.ZH_TURN + ("还是", "难以", "无法", "不能"))
)
_UNFINISHED = lazy_compile(r"[,;:(\-—–，；：（]\s*$")
_WORD = lazy_compile(r"[a-z]+")
# The question's class word followed by nothing, or by a generic noun: not "malignant melanoma", "benign mixed tumor".
_ASKED_PLAINLY = lazy_compile(r"(?i)(?:malignan(?:t|cy)|benign|aggressive|恶性|良性|侵袭性)(?:\s+" + _GENERIC + r")?"
                              r"\s*(?:[?？]|$|(?:的)?(?:吗|病变|肿瘤|表现)?[?？])")
_QUESTION_OPEN = lazy_compile(r"(?i)\b(?:or|not|non|no)\b|还是|不是|非")
_QUESTION_CLASS = {c.name: (lazy_compile(r"(?i)\b(?:" + c.pole + (r"|malignancy" if c.name == "malignancy" else "")
                                          + r")\b|" + _ZH_POLES[c.name][0]),
                            lazy_compile(r"(?i)\b(?:" + c.other + r")\b|" + _ZH_POLES[c.name][1])) for c in _CLASSES}


def _asked(question: str) -> tuple[LesionClass, bool] | None:
    """The class the question asks and whether it asks the class's first pole (``True``: "Is it malignant?"), or
    ``None`` when it asks none, both, a negation, or names a diagnosis with the class word ("malignant melanoma")."""
    if _QUESTION_OPEN.search(question) is not None or _ASKED_PLAINLY.search(question) is None:
        return None
    found = []
    for lesion_class in _CLASSES:
        pole_rx, other_rx = _QUESTION_CLASS[lesion_class.name]
        other = other_rx.search(question) is not None
        pole = pole_rx.search(question) is not None and not (other and lesion_class.name == "aggressiveness")
        if pole != other:
            found.append((lesion_class, pole))
    return found[0] if len(found) == 1 else None


def _clause_pole(clause: str, lesion_class: LesionClass, question_words: frozenset[str]) -> bool | None:
    """The pole ``clause`` states in the one grammar (``True`` the first), else ``None``."""
    zh_pole, zh_other = _ZH_POLES[lesion_class.name]
    if (zh := _ZH[lesion_class.name].match(clause)) is not None:
        return zh.group("pole") == zh_pole
    hit = _ENGLISH[lesion_class.name].match(clause)
    if hit is None:
        return None
    noun = hit.group("noun")
    if noun is not None and not set(_WORD.findall(noun.lower())) <= question_words:
        return None  # "The left adrenal lesion is benign." to "Is the right adrenal lesion malignant?"
    return not hit.group("pole").lower().startswith(("benign", "non"))


def read_class(text: str, question: str) -> str | None:
    """yes / no (or 是 / 否 to a Chinese question) when the reply states the asked class in the one grammar of the
    module docstring, and names the class nowhere else; else, where it names no word of the class at all, the class
    given by a committed member (:func:`read_member`); else ``None``."""
    if not any(c.words.search(text) for c in _CLASSES):
        return read_member(text, question)
    return _read_pole(text, question)


def _read_pole(text: str, question: str) -> str | None:
    """:func:`read_class` for a reply that names a word of the class."""
    asked = _asked(question)
    text = text.strip()
    if asked is None or len(text) > implicit.MAX_CHARS or _OPEN.search(text) is not None:
        return None
    lesion_class, asks_pole = asked
    alone = _ALONE[lesion_class.name].match(text)
    if alone is not None:
        stated = {not alone.group("pole").lower().startswith(("benign", "non"))}
    else:
        if _UNFINISHED.search(text) is not None or cut.dangling(text):
            return None  # "... which is benign. The septation raises concern for": cut off
        question_words = frozenset(_WORD.findall(question.lower())) | {"lesion"}
        stated = set()
        for clause in (c.strip() for c in _CLAUSE_END.split(text)):
            if lesion_class.words.search(clause) is None:
                continue
            pole = _clause_pole(clause, lesion_class, question_words)
            if pole is None:
                return None  # the class word outside the one grammar: "Malignant features" "is ruled out"
            stated.add(pole)
    if len(stated) != 1:
        return None
    agrees = next(iter(stated)) == asks_pole
    if re.search(r"[\u4e00-\u9fff]", question):
        return ZH_YES if agrees else ZH_NO
    return YES if agrees else NO


# A member of the malignant class: a diagnosis that is a malignancy by its definition ("a high-grade carcinoma",
# "an osteosarcoma", "metastatic adenocarcinoma"), so a reply naming it as what is seen gives the class (issue #7,
# lane closed56: "..., consistent with a high-grade carcinoma." to "Is this a malignant tumor?"). Only names that are
# malignant whatever their qualifier: no "-blastoma", no "mesothelioma", no "tumour", no "neoplasm".
# ("pseudo-" names a mimic: "pseudosarcoma")
_NAMES = r"(?!pseudo)[a-z]*carcinomas?|(?!pseudo)[a-z]*sarcomas?|lymphomas?|melanomas?|myelomas?|leuka?emias?"
# A member of the metastatic class: the metastasis itself is read by the finding reader; its adjective before a tumour
# ("metastatic adenocarcinoma", "metastatic deposits") is read here, never before another thing ("metastatic
# calcification" of hypercalcaemia, "metastatic abscesses" of septic emboli are no tumour).
_METASTATIC = r"metastatic\s+(?:" + _NAMES + r"|disease|deposits?|tumou?rs?|neoplasms?|lesions?|nodules?|foci|masses)"
_MALIGNANT = _NAMES + r"|" + _METASTATIC + r"|metastas[ie]s"
# The one grammar a member is read in: a committed identifying link at the clause's head or after its subject
# ("consistent with", "in keeping with", "compatible with", "diagnostic of"; ``hedges.IDENTIFYING`` less
# "representing", which also opens a differential's item), an article, up to three describing words, the member
# ending the clause.
_LINK = hedges.alternation(tuple(w for w in hedges.IDENTIFYING if w != "representing"), ("diagnostic of",))
_MEMBER = {name: lazy_compile(r"(?i)(?P<before>^.*?)\b(?:" + _LINK + r")\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:" + member
                              + r")\s*$") for name, member in (("malignancy", _MALIGNANT), ("metastasis", _METASTATIC))}
_MEMBER_WORD = {name: lazy_compile(r"(?i)(?<![\w-])(?:" + member + r")(?![\w-])")
                for name, member in (("malignancy", _MALIGNANT), ("metastasis", _METASTATIC))}
# A denial before the link: "not consistent with a carcinoma", "no findings compatible with lymphoma".
# A link lowered ("less consistent with") or held by a modal ("I would say consistent with"), a second link ("consistent with abscess nor consistent with ..."), another
# lesion than the asked one ("the adjacent mass", "the other nodule") read likewise.
_DENIED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEVER, negation.NONE, negation.NEITHER,
                                                         negation.NOTHING, hedges.LOWERING, hedges.CONDITION, hedges.BESIDES,
                                                         hedges.COUNTERPART, ("adjacent", "second", "separate"))
                       + r")\b|n['’]t\b|" + _LINK)
_LINK_ANYWHERE = lazy_compile(r"(?i)\b(?:" + _LINK + r")\b")
# A question asking metastasis plainly: "Does this image show metastasis?", "Is this node metastatic?" (not "to the
# liver?", where a metastatic tumour of the reply may be elsewhere).
_ASKS_METASTASIS = lazy_compile(r"(?i)\b(?:metastas[ie]s|metastatic(?:\s+(?:disease|deposits?|tumou?rs?))?)\s*\?\s*$")


def read_member(text: str, question: str) -> str | None:
    """yes / no when the reply names no word of the class and gives, in every clause naming a member of the asked class
    (:data:`_MALIGNANT`: malignant, or :data:`_METASTATIC`: metastasis), that member as what is seen through a committed
    identifying link (:data:`_MEMBER`), undenied; else ``None``. A malignant member answers "Is it benign?" no.
    Nothing is read where the reply holds a hedge or turn (``_OPEN``: "could be", "cannot exclude", "differential"),
    a member outside the grammar ("Lymphoma is a common cause."), or stops unfinished; English only."""
    text = text.strip()
    if re.search(r"[\u4e00-\u9fff]", question) or len(text) > implicit.MAX_CHARS or _OPEN.search(text) is not None \
            or _UNFINISHED.search(text) is not None or cut.dangling(text):
        return None
    asked = _asked(question)
    if asked is not None and asked[0].name == "malignancy":
        name, verdict = "malignancy", YES if asked[1] else NO
    elif _ASKS_METASTASIS.search(question) is not None and _QUESTION_OPEN.search(question) is None:
        name, verdict = "metastasis", YES
    else:
        return None
    if _MEMBER_WORD[name].search(question) is not None and name == "malignancy":
        return None  # the question names a member itself ("Is this carcinoma malignant?")
    if _elsewhere(text, question):
        return None
    read = False
    for clause in (c.strip() for c in _CLAUSE_END.split(text)):
        if _MEMBER_WORD[name].search(clause) is None:
            if _LINK_ANYWHERE.search(clause) is not None:
                return None  # another diagnosis given the same way: "Consistent with a carcinoma. Consistent with an abscess."
            continue
        hit = _MEMBER[name].match(clause)
        if hit is None or _DENIED.search(hit.group("before")) is not None:
            return None  # a member outside the grammar, or denied
        read = True
    return verdict if read else None


def _elsewhere(text: str, question: str) -> bool:
    """Whether a question placing its lesion (an organ, a side) is answered by a reply not shown to speak of that
    place: one naming another side, or not naming the asked organ (the vocabulary places few lesions by their
    adjective, "pulmonary nodules", "primary lung tumour", so a reply silent on the organ may be another organ's:
    "Right lung mass consistent with a carcinoma." to "Is the liver lesion malignant?")."""
    asked_sides = sides_named(question)
    asked, _ = organs_named(normalize(question))
    if not asked and not asked_sides:
        return False
    if sides_named(text) - asked_sides:
        return True
    said, _ = organs_named(normalize(text))
    return bool(asked) and not (said and related(said, asked))


__all__ = ["RULE", "read_class", "read_member"]
