"""Closed questions answered by a textbook sign, a grade or a defining description of the asked finding: the reader
of the one finding-sign table, ``signs.tsv`` (rule ``implicit_sign``).

Models often answer a yes/no question with what defines the finding rather than its name: a textbook sign ("The
right renal pelvis and calyces are distended." to "Is there hydronephrosis?", "Double bubble sign." to "Is there
duodenal atresia?"), a grade or classification that implies it ("Forrest III." to "Is there active bleeding?",
"Fazekas 3." to "Is the white matter abnormal?", "Bosniak IIF." to "Is the cyst simple?"), or a description a
pathologist names at sight ("Caseating granulomas." to "Is this tuberculosis?", "Ghost outlines of cells." to "Is
there necrosis?"). A reader must know the definition to read them, so the domain knowledge is data: one row of
``signs.tsv`` per sign (its columns are described at its top), each with its source in words; a finding defined by
a number ("CTR ≈ 0.42." to "Is the heart enlarged?") is read against the reference table of
``extract/thresholds.py`` by ``extract/measured.py``. A row is added only for a sign whose textbook meaning holds
wherever it is written, never for a phrase of one output; a grade's values near a cut-off are in no column.

A row is read only where it is what the answer concludes with: the answer is short, no sentence hedges, turns
("but") or speaks of an earlier study, no sentence gives the opposite sign or states the asked finding the other
way in words, a sign of presence is not negated in its clause, a sided question is answered on its own side, a
grade of another joint answers nothing, a reading of "normal" has no other finding beside it, and the question (its
positive form, so "Is there no effusion?" reverses the verdict) asks one finding of the table. It is tried last,
after every reader of the answer's words found nothing, so a stated verdict or finding always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medstep.answers import NO, YES
from medstep.answers import hedges, negation
from medstep.answers.foreign_sides import english_side
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract import asked, implicit, implicit_europe, initials, measured
from medstep.answers.sites import related, sites_in
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

SIGN_RULE = "implicit_sign"
SIGNS_FILE = "signs.tsv"


@dataclass(frozen=True)
class Sign:
    """One row of ``signs.tsv``: the question words of a finding, and the signs that it is there or not (either
    may be ``None``)."""

    finding: str
    gates: tuple[str, ...]  # lower-case literals one of which ``asks`` needs: a cheap test before the regex
    asks: re.Pattern[str]  # the question (its positive form) asks this finding
    present: re.Pattern[str] | None  # a sign of the finding (never read under a negation)
    absent: re.Pattern[str] | None  # a sign that it is not there (its own negation is part of the pattern)
    whole: str = ""  # "normal" / "abnormal": the finding is a structure's normality / abnormality
    source: str = ""  # where the sign's meaning comes from, in words


def _rx(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern, re.I) if pattern else None


@lru_cache(maxsize=1)
def signs() -> tuple[Sign, ...]:
    """The rows of ``signs.tsv`` (read, and their patterns compiled, on first use)."""
    rows = []
    for line in resources.files("medstep.extract").joinpath(SIGNS_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        finding, gates, asks, present, absent, whole, source = line.split("\t")
        rows.append(Sign(finding, tuple(gates.split(",")), re.compile(asks, re.I), _rx(present), _rx(absent), whole,
                         source))
    return tuple(rows)


_NEGATED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.ABSENT, negation.ABSENCE,
                                             negation.NEGATIVE, negation.BEFORE) + "|" + negation.CONTRACTION)
_SIDE = lazy_compile(r"(?i)\b(left|right|izquierd[oa]s?|derech[oa]s?)\b")

_OTHER_LANGUAGE = lazy_compile(r"[¿¡áéíóúñãõçàèìòùâêîôûäöüß]", re.I)
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))
# A time before this study: a grade given then ("Forrest Ia on the previous endoscopy") answers nothing of now ("post"
# and "old" also make words of now: "post-contrast", "a 60-year-old").
_EARLIER = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_TIME, tuple(w for w in hedges.PAST if w not in ("post", "old"))))
# Body sites a graded finding is asked of ("Is there osteoarthritis of the hip?"): another one answers nothing.
_SITES = lazy_compile(r"(?i)\b(knee|hip|shoulder|elbow|wrist|ankle|hand|foot|finger|toe|spine|neck|jaw|"
                      r"sacroiliac|temporomandibular|acromioclavicular)s?\b")
_PART = lazy_compile(r"(?<=[.!?;])\s*|\n+")
_SUBJECT_SKIPPED = frozenset({"the", "a", "an", "main"})
# The kind of structure a subject ends on, which a sign may leave out ("Dense basilar sign." for the basilar artery)
# while initials spell it ("MCA" for the middle cerebral artery).
_GENERIC_NOUNS = frozenset({"artery", "arteries", "vein", "veins"})
_SIDE_WORDS = frozenset({"left", "right"})
_JOINED = lazy_compile(r"(?i)\b(?:and|or)\b|/")
_BOTH_SIDES = lazy_compile(r"(?i)\b(?:both|bilateral(?:ly)?|ambos|ambas|bilaterales)\b")


def _sides(text: str) -> set[str]:
    """The sides ``text`` names, in English ("izquierdo" is left)."""
    return {english_side(m) or m.lower() for m in _SIDE.findall(text)}

_SENTENCE = lazy_compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")


@lru_cache(maxsize=1024)
def _asked_rows(question: str) -> tuple[tuple[Sign, ...], bool, str]:
    """The sign rows the question asks (its positive form), whether to flip, and the positive form; remembered,
    since a benchmark asks the same questions over and over and most ask no row."""
    shape = asked.positive_form(question)
    if shape is None:
        return (), False, ""
    q, flip = shape
    low = q.lower()
    return (tuple(r for r in signs() if any(g in low for g in r.gates) and r.asks.search(q)), flip, q)


# Where a negation denies a sign: from the clause's start before it ("No double bubble.", "There is no tubal
# ring."; "Absent flow and a whirlpool sign." keeps it: "and" or "with" starts another thing), and after it up to a comma or a complement of another thing ("Tubal ring: not seen." but not "Bosniak I:
# anechoic, no septa." nor "Double bubble sign with no distal gas.").
_CLAUSE_START = lazy_compile(r"[,;:()]|\s[-–—]\s|\b(?:and|with|but|however|whereas|while|though|although)\b",
                             re.I)
# A relative clause denying with its own verb says what the sign does, it does not deny the sign: "Biconvex collection
# that does not cross the sutures." (not "... that is not seen", "... which cannot be seen")
RELATIVE_DENIAL = (r"\b(?:that|which)\s+(?!(?:is|are|was|were|can|could|cannot|can't|isn't|aren't|wasn't|weren't)\b)"
                   r"(?:\w+\s+){0,2}?(?:not|never)\b|\b(?:that|which)\s+(?:does|do|did)n't\b")
_SCOPE_END = lazy_compile(r"[,;()]|\s[-–—]\s|\b(?:with|without|and|but|however|whereas|while|though|although)\b"
                          r"|" + RELATIVE_DENIAL, re.I)


def _scope(sentence: str, start: int, end: int) -> str:
    """The words around ``sentence[start:end]`` a negation of it stands in (the match itself left out)."""
    head = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, start)), default=0)
    tail = next((m.start() for m in _SCOPE_END.finditer(sentence, end)), len(sentence))
    return sentence[head:start] + " " + sentence[end:tail]


def _sign_stance(sentence: str, row: Sign) -> str | None:
    """``YES`` / ``NO`` when ``sentence`` gives the row's sign of presence (not negated) or of absence, else
    ``None``; both in one sentence is no reading."""
    neg = row.absent.search(sentence) if row.absent is not None else None
    # the sign of presence the sign of absence denies is not one ("no area of restricted diffusion"); another one
    # beside it is ("The renal pelvis is not dilated but the calyces are distended.")
    pos = next((m for m in row.present.finditer(sentence) if neg is None or not (neg.start() <= m.start()
                                                                                  and m.end() <= neg.end())),
               None) if row.present is not None else None
    if pos is not None and neg is not None and _NEGATED.search(_scope(sentence, pos.start(), pos.end())):
        pos = None  # "No anechoic collection above the diaphragm, and the spine sign is absent.": both say none
    if pos is not None and neg is None:
        if _NEGATED.search(_scope(sentence, pos.start(), pos.end())) or _NON_PREFIX.search(sentence, 0, pos.start()):
            return None  # (a "non-" prefixing the sign's first word denies it: "a non-dilated collecting system")
        if _supposed(sentence, pos.start()):
            return None  # "A tear is diagnosed when abnormal signal contacts the articular surface.": a criterion
        inside = pos.group(0)
        # a negation inside the sign's gap ("the calyces are not distended"), not one the sign is made of ("does
        # not compress"): the sign still matches without it
        if _NEGATED.search(inside) and row.present is not None and row.present.search(_NEGATED.sub(" ", inside)):
            return None
        return YES
    return NO if neg is not None and pos is None else None


# What opens a supposed case ("if", "unless", "when"; ``hedges.IF`` and the first of ``hedges.SUPPOSED_CASE``).
_SUPPOSING = lazy_compile("(?i)" + hedges.words(hedges.IF, hedges.SUPPOSED_CASE[:1]))


def _supposed(sentence: str, start: int) -> bool:
    """Whether the sign at ``start`` stands in a clause opened by a word supposing a case ("... is diagnosed when
    abnormal signal contacts the articular surface", "if the calyces are distended"): a criterion or a condition,
    said of no image, whatever frame the sentence has."""
    head = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, start)), default=0)
    return _SUPPOSING.search(sentence, head, start) is not None


def _stance(sentence: str, rows: tuple[Sign, ...]) -> tuple[str | None, Sign | None]:
    """The stance the rows read in ``sentence`` and the row that read it; rows disagreeing read nothing."""
    read = [(v, r) for r in rows for v in (_sign_stance(sentence, r),) if v is not None]
    if not read or len({v for v, _ in read}) != 1:
        return None, None
    return read[0]


def _elsewhere(text: str, question: str, rows: tuple[Sign, ...]) -> bool:
    """Whether a part of the answer giving a sign (up to a full stop or a semicolon) names body sites
    (``_SITES``) and none the question names: a grade of another joint ("KL 4 in the hip; knee not imaged.")."""
    asked_sites = {m.lower() for m in _SITES.findall(question)}
    if not asked_sites:
        return False
    for part in _PART.split(text):
        said = {m.lower() for m in _SITES.findall(part)}
        if said and not asked_sites & said and any(
                (r.present is not None and r.present.search(part)) or (r.absent is not None and r.absent.search(part))
                for r in rows):
            return True
    return False


# A "non" prefixed to the word a sign of presence opens with, right before the match ("non-dilated collecting system").
_NON_PREFIX = lazy_compile(r"(?i)\bnon[-\u2010\u2011 ]?\Z")
# A "yes" of the reply's own beside a sign of absence written as a negation ("no cortical break — yes"): which
# does it answer? (beside "Cortex is intact — yes, it's normal." it confirms the sign)
_YES_WORD = lazy_compile(r"(?i)\byes\b")
# Findings a sign places by the bone it is given on ("a cortical step-off of the distal radius" is a fracture there):
# the sign answers a question of another bone nothing.
_PLACED_BY_SITE = frozenset({"fracture"})


def _other_place(text: str, question: str, row: Sign) -> bool:
    """Whether a part of the answer giving a sign of a finding ``_PLACED_BY_SITE`` names a body site
    (``answers/sites.tsv``) that neither is, holds nor lies in the site the question asks ("The distal radius shows
    a cortical step-off." to "Is there a fracture of the scaphoid?")."""
    if row.finding not in _PLACED_BY_SITE:
        return False
    asked_sites = {s for s, _a, _b in sites_in(question.lower())}
    if not asked_sites:
        return False
    for part in _PART.split(text):
        if not any(p is not None and p.search(part) for p in (row.present, row.absent)):
            continue
        if any(not any(related(site, a) for a in asked_sites) for site, _a, _b in sites_in(part.lower())):
            return True
    return False


def _plural_free(word: str) -> str:
    """A pattern of ``word`` in the singular or plural: "artery" also names "both middle cerebral arteries"."""
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    return re.escape(word) + "s?"


def _subject_named(text: str, question: str, row: Sign) -> bool:
    """Whether every part of the answer giving the row's sign names the structure the question asks (the group
    ``subject`` of the row's ``asks``; rows without one ask no structure): all its content words, or initials
    spelling them ("IJV" for "internal jugular vein")."""
    asks = row.asks.search(question)
    subject = asks.groupdict().get("subject") if asks is not None else None
    if not subject:
        return True
    words = tuple(w for w in re.findall(r"[a-z0-9]+", subject.lower()) if w not in _SUBJECT_SKIPPED)
    for part in _PART.split(text):
        if not any(p is not None and p.search(part) for p in (row.present, row.absent)):
            continue
        low = part.lower()
        if all(re.search(r"\b" + _plural_free(w) + r"\b", low) for w in words if w not in _GENERIC_NOUNS):
            continue
        if subject.isupper() and initials.spelled_out(subject, tuple(re.findall(r"[a-z0-9]+", low))):
            continue  # "Is there a dense MCA sign?" - "Hyperdense left middle cerebral artery."
        rest = tuple(w for w in words if w not in _SIDE_WORDS)
        if not any(initials.spelled_out(a, rest) for a in re.findall(r"\b([A-Z]{2,6})s?\b", part)):  # "both MCAs"
            return False
    return True


def _contradicted(sentences: list[str], row: Sign, verdict: str, sides: set[str]) -> bool:
    """Whether the answer states the asked finding in its own words the other way ("Forrest III, actively bleeding
    from the edge."); a statement on another side than ``sides`` (the question's, else the concluding sentence's)
    is of another place ("Right effusion. The left costophrenic sinus is free." to "left effusion?")."""
    for sentence in sentences:
        said_sides = _sides(sentence)
        if said_sides and said_sides != sides:
            continue
        for m in row.asks.finditer(sentence):
            said = NO if _NEGATED.search(m.group(0) + " " + _scope(sentence, m.start(), m.end())) else YES
            if said != verdict:
                return True
    return False


def _normal_read(verdict: str, row: Sign) -> bool:
    """Whether the row reads the structure normal ("Fazekas 0" to "Is the white matter normal?" or "abnormal?")."""
    return (row.whole == "normal" and verdict == YES) or (row.whole == "abnormal" and verdict == NO)


# The name of a quantity a trailing sentence may report ("Ventricular rate ~110 bpm.", "AP pelvic diameter 18 mm.",
# "It measures 2 cm."): the last word before its value is one of these.
_QUANTITY = frozenset({"rate", "diameter", "thickness", "width", "length", "size", "caliber", "calibre", "span",
                       "interval", "ratio", "index", "duration", "volume", "measures", "measure", "measured", "measuring"})
_NAME_AND_VALUE = lazy_compile(r"(?i)^\s*((?:[a-z][a-z-]*\.?\s+){0,5}[a-z]+\.?)\s*[:=]?\s*[~≈]?\s*$")
# Words between a quantity's name and its value ("rate is about 130"): the name ends before them.
_BEFORE_VALUE = frozenset({"is", "was", "of", "at", "about", "approximately", "approx", "approx.", "around", "roughly",
                           "nearly"})


def _measurement_only(sentence: str) -> bool:
    """Whether a sentence only reports one quantity: a name of up to four words ending in a quantity's noun
    (``_QUANTITY``; words the measurement reader lets stand before a value, ``measured``), at most one other word
    among them (an adjective of place, "ventricular", or an organ of the vocabulary, "Heart rate 124 bpm."; not a
    finding's noun, "Flutter rate 300 bpm."), then one value. Such a sentence after the sign
    ("... no P waves. Ventricular rate ~110 bpm.") does not take the conclusion from it; any other sentence ("Rate
    124, atrial flutter with variable block.", "Right hip normal.", "This is an extrarenal pelvis.") may, so the
    sign must then be in the last sentence."""
    body = sentence.strip().rstrip(".!").strip()
    values = list(measured.ANY_VALUE.finditer(body))
    if len(values) != 1 or values[0].end() != len(body):
        return False
    named = _NAME_AND_VALUE.match(body[:values[0].start()])
    if named is None:
        return False
    words = named.group(1).lower().split()
    while len(words) > 1 and words[-1] in _BEFORE_VALUE:
        words.pop()
    others = [w for w in words if w not in _QUANTITY and w not in measured.GAP_WORDS]
    if words[-1] not in _QUANTITY or len(others) > 1:
        return False
    if not others or _PLACE_ADJECTIVE.fullmatch(others[0]):
        return True  # "Ventricular rate ~110 bpm.", "AP pelvic diameter 18 mm."
    voc = vocabulary()
    said = voc.mentions(normalize(others[0]))
    return len(said) == 1 and said[0].kind is MentionKind.CONCEPT and voc.concepts[said[0].concept].category == "anatomy"


# An adjective of a place or an organ ("ventricular", "pelvic", "renal"): it names where a quantity is measured.
_PLACE_ADJECTIVE = lazy_compile(r"[a-z]+(?:al|ar|ic)")


def any_sign(text: str, question: str) -> bool:
    """Whether ``text`` holds a sign (of presence or absence) of a row the question asks, whatever its stance."""
    rows = _asked_rows(question)[0]
    return any((r.present is not None and r.present.search(text)) or (r.absent is not None and r.absent.search(text))
               for r in rows)


def read_sign(text: str, question: str) -> str | None:
    """yes/no when the answer concludes with a sign of the asked finding (rule ``implicit_sign``), else ``None``."""
    rows, flip, q = _asked_rows(question)
    if not rows or len(text) > implicit.MAX_CHARS or HAN.search(question):
        return None
    if len({r.finding for r in rows}) > 1 and _JOINED.search(q):
        return None  # "Are there gallstones and hydronephrosis?": one sign answers one of them
    if _TURN.search(text) or _EARLIER.search(text):
        return None  # "Forrest III, but fresh blood oozes from the edge."; "KL grade 4 of the knee." to "hip?"
    if not any((r.present is not None and r.present.search(text)) or (r.absent is not None and r.absent.search(text))
               for r in rows):
        return None
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if not sentences or any(implicit.hedged(s, temporal=False) for s in sentences):
        return None
    if _OTHER_LANGUAGE.search(question + text) is not None and implicit_europe.hedged(text):
        return None  # "Senos costofrénicos libres, probablemente."
    read = [_stance(s, rows) for s in sentences]
    while len(read) > 1 and read[-1][0] is None and _measurement_only(sentences[len(read) - 1]):
        read.pop()  # "Irregularly irregular, no P waves. Ventricular rate 110 bpm.": a number after the sign
    verdict, row = read[-1]
    if verdict is None or row is None or any(v is not None and v != verdict for v, _ in read):
        return None
    if len({r.finding for v, r in read if r is not None}) != 1:
        return None  # two findings' signs: which one did the model answer?
    q_sides = _sides(q)
    if _contradicted(sentences, row, verdict, q_sides or _sides(sentences[-1])):
        return None  # "HER2 3+ in 5% of cells only; FISH not amplified.": the asked finding's own words disagree
    if not _subject_named(text, q, row):
        return None  # "Hepatopetal flow in the splenic vein." to "Is the portal vein patent?"
    if _elsewhere(text, q, rows):
        return None  # "KL grade 4 of the knee." to "Is there osteoarthritis of the hip?"
    if verdict == NO and _YES_WORD.search(text) and row.absent is not None and any(
            _NEGATED.search(m.group(0)) for m in row.absent.finditer(text)):
        return None  # "There's no cortical break along the distal radius — yes, ...": the "yes" echoes a negation
    if _other_place(text, q, row):
        return None  # "The distal radius shows a cortical step-off." to "Is there a fracture of the scaphoid?"
    if _normal_read(verdict, row) and measured.finding_beside(text):
        return None  # "Fazekas 0, but a large acute infarct": normal on one scale, not normal
    a_sides = _sides(sentences[-1])
    if q_sides and a_sides != q_sides and (a_sides or _BOTH_SIDES.search(sentences[-1]) is None):
        return None  # "right kidney?" answered about the left one, or about no side ("Both ..." answers either)
    if not q_sides and verdict == NO and a_sides and _BOTH_SIDES.search(sentences[-1]) is None:
        # "The left lung is fully expanded." says nothing of the right one, nor "Lung markings extend to the chest
        # wall on the right; the left is obscured." of the left: a sign of absence counts only for both sides
        return None
    return asked.flip_verdict(verdict) if flip else verdict


__all__ = ["RELATIVE_DENIAL", "SIGNS_FILE", "SIGN_RULE", "Sign", "any_sign", "read_sign", "signs"]
