"""How an image was made (projection, sequence, contrast, phase, position, rotation, inspiration, penetration), and
of whom (the patient's sex, asked and stated the same way: "Is the patient female?" - "The patient is male.").

Defined once in ``technique.tsv`` beside the clinical vocabulary; the closed-question reader
(``extract/technique.py``) matches both the question and the answer against it. A value excludes the other
values of its attribute unless one is the other's parent (``frontal`` holds ``pa`` and ``ap``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from medstep.answers.hedges import alternation
from medstep.answers.negation import INSTEAD
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile




@dataclass(frozen=True)
class TechniqueValue:
    attribute: str
    value: str
    parent: str | None


@dataclass(frozen=True)
class TechniqueMention:
    value: TechniqueValue
    start: int
    end: int


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]
    by_phrase: dict[str, TechniqueValue]


@lru_cache(maxsize=1)
def _table() -> _Table:
    by_phrase: dict[str, TechniqueValue] = {}
    text = resources.files("medstep.answers").joinpath("technique.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        attribute, value, parent, phrases = line.split("\t")
        tv = TechniqueValue(attribute, value, parent or None)
        for phrase in phrases.split("|"):
            by_phrase[phrase.lower()] = tv
    alternatives = sorted(by_phrase, key=len, reverse=True)
    han = [p for p in alternatives if HAN.search(p)]
    latin = [p for p in alternatives if not HAN.search(p)]
    # Latin phrases on word boundaries ("pa" is not in "para"); Chinese has none to match on.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in latin) + r")(?![\w-])|(?:"
                         + "|".join(re.escape(p) for p in han) + ")")
    return _Table(pattern, by_phrase)


def technique_phrases() -> frozenset[str]:
    """Every phrase of the table, lower case ("contrast-enhanced", "portal venous phase", "t2 weighted")."""
    return frozenset(_table().by_phrase)


def technique_value(phrase: str) -> TechniqueValue | None:
    """The value a whole phrase of the table names ("post-contrast" and "contrast-enhanced": contrast enhanced)."""
    return _table().by_phrase.get(" ".join(phrase.lower().split()))


def value_ending_at(low: str, end: int) -> TechniqueValue | None:
    """The value a phrase of the table ending at ``end`` of the lower-case ``low`` names, with at most a space or a
    hyphen between it and ``end`` ("contrast-enhanced T1": the contrast before the sequence), else None."""
    head = low[max(0, end - 40):end]
    stripped = head.rstrip(" -")
    if len(stripped) == len(head):
        return None  # (a word continues into what follows: no phrase of its own before it)
    found = None
    for m in _table().pattern.finditer(stripped):
        found = m if m.end() == len(stripped) else found
    return _table().by_phrase.get(found.group()) if found is not None else None


def value_starting_at(low: str, start: int) -> TechniqueValue | None:
    """The value a phrase of the table starting at ``start`` of the lower-case ``low`` names, after at most a space or
    a hyphen ("T1 post contrast": the contrast after the sequence), else None."""
    rest = low[start:start + 40]
    gap = len(rest) - len(rest.lstrip(" -"))
    if gap == 0 and start < len(low) and low[start].isalnum():
        return None  # (a word goes on from what precedes: no phrase of its own after it)
    m = _table().pattern.match(low, start + gap)
    return _table().by_phrase.get(m.group()) if m is not None else None


# A bare "T1" / "T2" is also a vertebra ("the fracture is at T1") or a tumour stage ("a T2 tumour"): it names a
# sequence only beside an imaging word after it, or as what an image "is" before it ("This is T2.").
_BARE_SEQUENCE = frozenset({"t1", "t2"})
# The one test of the words after a bare "T1" / "T2" that make it a sequence, read by both readers that tell a
# sequence from a place: this one and the vertebral level reader (``verify/aligned_levels.py``, which also takes a mark
# after it: "T2/FLAIR", "T2*"). An imaging word ("T2 images", "T1 sagittal", "T2 sequence") names the image's
# sequence; a word of its signal ("T2 hyperintensity", "T1 post contrast", "T2 fat sat", "T2 bright") names a sequence
# too, so no level, but says what a lesion does on it, not which sequence this image is ("the lesion is T2 bright" said
# of a T1 image): the technique reader takes imaging words only.
_IMAGING_AFTER = lazy_compile(r"\s*(?:-\s*)?(?:images?|sequences?|scans?|mri|series|imaging|weighting|signal|study|"
                              r"acquisition|phase|sagittal|axial|coronal)\b")
_SIGNAL_AFTER = lazy_compile(r"\s*(?:-\s*)?(?:(?:weighted|hyper|hypo|bright|dark|flair|stir|w|prolongation|shortening|"
                             r"shine|relaxation|post|fat|fs)\b|hyperintens|hypointens|isointens)")
# A sentence of magnetic resonance ("on T2", "STIR", "hyperintense"): its bare "T1" and "T2" name sequences, not the
# first thoracic levels, unless a noun of the spine follows ("Compared to T1, the lesion is brighter on T2").
_MR_SENTENCE = lazy_compile(r"\b(?:stir|flair|weighted|hyperintens\w*|hypointens\w*|isointens\w*|dwi|gadolinium|"
                            r"fat[- ](?:sat|suppress)\w*)\b|\b(?:on|in)\s+t[12]\b")


def sequence_word_after(low: str, end: int, *, signal: bool = True) -> bool:
    """Whether an imaging word (``_IMAGING_AFTER``) or, with ``signal``, a word of the sequence's signal
    (``_SIGNAL_AFTER``) follows a "T1" / "T2" ending at ``end`` of the lower-case ``low``: a sequence, whatever else
    its sentence says."""
    return _IMAGING_AFTER.match(low, end) is not None or signal and _SIGNAL_AFTER.match(low, end) is not None


def mr_sentence(low: str) -> bool:
    """Whether the lower-case sentence ``low`` speaks of magnetic resonance (``_MR_SENTENCE``): its bare "T1" and
    "T2" are sequences unless a noun of the spine follows them."""
    return _MR_SENTENCE.search(low) is not None


_SEQUENCE_BEFORE = lazy_compile(r"\b(?:is|this|it's|that's|on|a|an)\s*$|^\s*$")


# Two bare sequence words set against each other ("T2, not T1", "T1 rather than T2", "T2 vs T1") are the sequences,
# unless a place or a stage word leads them in ("the fracture is at T2, not T1", "stage T2 rather than T1"); "T1 and
# T2" may be vertebrae, and is not read.
_PLACE_BEFORE = lazy_compile(r"\b(?:at|of|to|from|level|levels|vertebra|vertebrae|vertebral|body|stage|staged|staging|"
                             r"tumou?r|cancer|carcinoma)(?:\s+the)?\s*\Z")
# ... or a level word follows them ("at the T2, not T1, level", "T1 versus T2 vertebra"), or a level or rib word stands
# anywhere in their sentence ("Ribs: T2, not T1, shows a fracture"): the pair is then more likely two levels.
_PLACE_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:levels?|vertebra[el]?|vertebral|bod(?:y|ies)|ribs?|discs?|roots?|nerves?)\b")
_PLACE_IN_SENTENCE = lazy_compile(r"\b(?:levels?|vertebra[el]?|vertebral|ribs?|discs?|pedicles?)\b")
_SENTENCE_END = lazy_compile(r"[.!?\n]")
_SET_AGAINST = lazy_compile(r"(?<![\w-])t[12]\s*(?:,\s*)?(?:not|versus|vs\.?|"
                            + alternation(INSTEAD) + r")\s+t[12](?![\w-])")


def _in_place_sentence(low: str, start: int, end: int) -> bool:
    """Whether the sentence around ``low[start:end]`` (looked at 120 characters each way) names a level or rib word."""
    head = low[max(0, start - 120) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    tail = low[end : end + 120]
    stop = _SENTENCE_END.search(tail)
    sentence = head[ends[-1] if ends else 0 :] + " " + tail[: stop.start() if stop else len(tail)]
    return _PLACE_IN_SENTENCE.search(sentence) is not None


def _is_sequence_word(low: str, start: int, end: int) -> bool:
    if sequence_word_after(low, end, signal=False):
        return True
    if any(m.start() <= start and end <= m.end() and _PLACE_BEFORE.search(low, max(0, m.start() - 40), m.start()) is None
           and _PLACE_AFTER.match(low, m.end()) is None and not _in_place_sentence(low, m.start(), m.end())
           for m in _SET_AGAINST.finditer(low, max(0, start - 40), end + 40)):
        return True
    return bool(_SEQUENCE_BEFORE.search(low, 0, start)) and not re.match(r"\s*(?:-\s*)?\w", low[end:end + 3])


# A stage word after a "T1" / "T2" ("a T2 carcinoma", "T1 tumour", "T3 disease", "T2N0", "T2, N1"): a stage, neither a
# sequence nor a level (read here and by the level reader, ``verify/aligned_levels.py``). The level reader also takes a
# level token's other words (``_LEVEL_ONLY``): a heart sound's ("S3 gallop") and a stage's "primary" / "category" after
# any level; a bare "T1" / "T2" is no heart sound, and "T2 sounds right" or "T1 primary sequence" still answers which
# sequence (review of lane cleanup56), so the technique reader leaves them out. (One run of blanks before "n": two made
# it quadratic.)
_STAGE_WORDS = ("tumou?rs?", "cancers?", "carcinomas?", "stage", "disease", r"n[\dx]", r"m\d")
_LEVEL_ONLY = ("category", "primary", "gallop", "heart", "sounds?", "murmur")


def _stage_after(words: tuple[str, ...]) -> re.Pattern[str]:
    return lazy_compile(r"\s*(?:-\s*)?(?:(?:" + "|".join(words) + r")\b|,\s*n[0-3x]\b)")


_STAGE_AFTER = _stage_after(_STAGE_WORDS)
_STAGE_OR_SOUND_AFTER = _stage_after(_STAGE_WORDS + _LEVEL_ONLY)


def stage_word_after(low: str, end: int, *, level: bool = True) -> bool:
    """Whether a stage word follows a level-like token ending at ``end`` (``_STAGE_AFTER``); with ``level`` (the level
    reader's), also a heart sound's or a stage's word that follows a level only (``_LEVEL_ONLY``)."""
    return (_STAGE_OR_SOUND_AFTER if level else _STAGE_AFTER).match(low, end) is not None


def bare_place(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]``, a bare "T1" / "T2" that is no sequence word here (``_is_sequence_word``), names a
    vertebra or a tumour stage by the words around it ("compression fracture of T2", "the T1 vertebral body", "a T2
    carcinoma"): not a sequence, so no MRI (the open grader's reading of a modality asked, ``score/open_kinds.py``)."""
    if low[start:end] not in _BARE_SEQUENCE or _is_sequence_word(low, start, end):
        return False
    return (_PLACE_BEFORE.search(low, max(0, start - 40), start) is not None or _PLACE_AFTER.match(low, end) is not None
            or stage_word_after(low, end, level=False) or _in_place_sentence(low, start, end))


# A sex word names the patient's sex only as the patient's word or the clause's last word ("a male patient", "the
# patient is female.", "male pelvis"); "male breast tissue can show gynaecomastia" speaks of a tissue, not this patient.
_SEX_AFTER = lazy_compile(r"\s*(?:patient|individual|subject|person|adult|child|infant|pelvis|habitus|sex|gender)\b"
                          r"|\s*(?:[.;,!?)]|\Z)(?!\s*(?:and\s+|or\s+)?(?:fe)?male\b)")
# ... and never as the second of a pair of sexes ("male or female, the finding is the same", "male, female and children").
_SEX_PAIRED_BEFORE = lazy_compile(r"\b(?:fe)?male\s*(?:,\s*|\s+)(?:(?:and|or|nor|to)\s+)?\Z")


def technique_mentions(text: str) -> list[TechniqueMention]:
    """Every technique phrase of ``text``, longest first, not overlapping."""
    table = _table()
    low = text.lower()
    found = [TechniqueMention(table.by_phrase[m.group()], m.start(), m.end()) for m in table.pattern.finditer(low)
             if m.group() not in _BARE_SEQUENCE or _is_sequence_word(low, m.start(), m.end())]
    return [m for m in found if m.value.attribute != "sex" or HAN.search(low[m.start:m.end])
            or (_SEX_AFTER.match(low, m.end) is not None
                                           and _SEX_PAIRED_BEFORE.search(low, max(0, m.start - 20), m.start) is None)]


# The study's method named before the evidence it gives ("no CT evidence of", "without sonographic signs of", "no MRI
# evidence of a fracture"): between a denial and its finding it narrows nothing, since the reply speaks of its own
# study; the statement readers (``extract/implicit.py``, ``extract/findings.py``) step over them as over "evidence of".
METHOD_WORDS = ("ct", "mri", "mr", "radiographic", "radiological", "radiologic", "sonographic", "sonographical",
                "ultrasound", "ultrasonographic", "imaging", "mammographic", "scintigraphic", "angiographic",
                "echocardiographic", "endoscopic", "histologic", "histological", "cytologic", "cytological",
                "microscopic", "doppler", "electrocardiographic", "ecg", "fluoroscopic", "arthroscopic")


# How well the image was made, said of the study rather than of what it shows ("The image quality is adequate.", "the
# patient positioning is good", "not rotated", "well penetrated"): a clause with one speaks of the making.
TECHNICAL = lazy_compile(r"(?i)\b(?:quality|technique|technically|technical|positioning|positioned|exposure|exposed|"
                         r"penetration|penetrated|inspiration|inspiratory|rotation|rotated|diagnostic\s+quality)\b")


def related(a: TechniqueValue, b: TechniqueValue) -> bool:
    """Whether two values of one attribute can both hold (the same value, or one the other's parent)."""
    return a.value == b.value or a.parent == b.value or b.parent == a.value


__all__ = ["METHOD_WORDS", "bare_place", "mr_sentence", "sequence_word_after", "stage_word_after", "TECHNICAL",
           "TechniqueMention", "TechniqueValue", "related", "technique_mentions",
           "technique_phrases"]
