"""Closed questions answered by a sign or a measurement of the asked finding: the one finding-implication table.

Models often answer a yes/no question with what defines the finding rather than its name: a number ("CTR ≈
0.42." to "Is the heart enlarged?", "The infrarenal aorta measures 5.4 cm." to "Is the aorta aneurysmal?") or a
textbook sign ("The right renal pelvis and calyces are distended." to "Is there hydronephrosis?", "The common
femoral vein compresses completely." to "Is there a DVT?"). A reader must know the definition to read them, so this
module holds the only finding-implication tables of ``extract``: :data:`MEASURES` (rule ``implicit_measure``) and
:data:`SIGNS` (rule ``implicit_sign``). They are kept small on purpose: a row is added only for a finding whose
textbook definition is a number or a named sign that means the finding wherever it is written, never for a
phrase of one output. A measurement row has a gap between its two thresholds where nothing is read (a CTR of
0.52 is enlarged on a PA film and normal on an AP one; an ascending aorta of 4 cm is normal where an abdominal one
is aneurysmal).

A row is read only where it is what the answer concludes with: the answer is short, its last sentence gives the
sign (or the quantity and exactly one number), no sentence hedges, no sentence gives the opposite sign, a sign of
presence is not negated, a sided question is answered on its own side, and the question (its positive form, so
"Is the heart not enlarged?" reverses the verdict) asks the row's finding. It is tried last, after every reader
of the answer's words found nothing, so a stated verdict or finding always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers import hedges, negation
from medstep.extract import asked, implicit, implicit_europe
from medstep.answers.text import HAN

RULE = "implicit_measure"
SIGN_RULE = "implicit_sign"


@dataclass(frozen=True)
class Measure:
    """One row: a quantity in the answer, the question words of the finding it defines, and its thresholds."""

    finding: str  # what the row settles, for the docs and tests
    gates: tuple[str, ...]  # lower-case literals one of which ``asks`` needs: a cheap test before the regex
    quantity: re.Pattern[str]  # the measured quantity named in the answer (any language)
    asks: re.Pattern[str]  # the question (its positive form) asks this finding
    unit: str  # "" (a ratio; "62%" is read as 0.62) or "cm" ("mm" converted)
    yes_above: float  # strictly above: the finding is present
    no_upto: float  # at or below: the finding is absent; between the two nothing is read


MEASURES: tuple[Measure, ...] = (
    Measure("cardiomegaly", ("heart", "card", "coraz", "心"),
            re.compile(r"(?i)\bcardio-?thoracic\s+(?:ratio|index)\b|\bCTR\b|[ií]ndice\s+cardiotor[aá]cico|心胸比"),
            re.compile(r"(?i)\b(?:heart|cardiac\s+silhouette|cardiac\s+shadow|cardiomegaly)\b.*\b(?:enlarged|"
                       r"large|big)\b|\bcardiomegaly\b|\benlarged\s+(?:heart|cardiac)\b|silueta\s+card[ií]aca\s+"
                       r"(?:est[aá]\s+)?aumentada|aumentad[oa]\s+(?:el\s+tama[nñ]o\s+(?:card[ií]aco|del\s+coraz[oó]n)|la\s+silueta\s+"
                       r"card[ií]aca)|cardiomegalia|心影.*增大|心脏.*增大|心影.*扩大|心脏.*扩大"),
            "", 0.55, 0.50),
    Measure("aortic aneurysm", ("aort",),
            re.compile(r"(?i)\baort(?:a|ic)\b[^.;]{0,40}?\b(?:measures?|measuring|diameter|calibre|caliber)\b|"
                       r"\b(?:diameter|calibre|caliber)\s+of\s+the\s+(?:\w+\s+){0,2}aorta\b"),
            re.compile(r"(?i)\baort(?:a|ic)\b.*\baneurysm(?:al)?\b|\baneurysm(?:al)?\b.*\baort(?:a|ic)\b"),
            "cm", 5.0, 2.5),
)



@dataclass(frozen=True)
class Sign:
    """One row: the question words of a finding, and the signs that it is there or not (either may be ``None``)."""

    finding: str
    gates: tuple[str, ...]  # lower-case literals one of which ``asks`` needs: a cheap test before the regex
    asks: re.Pattern[str]  # the question (its positive form) asks this finding
    present: re.Pattern[str] | None  # a sign of the finding (never read under a negation)
    absent: re.Pattern[str] | None  # a sign that it is not there (its own negation is part of the pattern)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


SIGNS: tuple[Sign, ...] = (
    Sign("hydronephrosis", ("hydroneph",), _rx(r"\bhydronephros[ie]s\b|\bhydronephrotic\b"),
         _rx(r"\b(?:pelvi-?calyceal\s+system|collecting\s+system|renal\s+pelvis|calyces|calices)\b[^.;]{0,40}?"
             r"\b(?:distended|dilated|ballooned)\b|\b(?:distended|dilated)\s+(?:renal\s+pelvis|calyces|calices|"
             r"pelvi-?calyceal\s+system|collecting\s+system)\b"),
         _rx(r"\bno\s+(?:pelvi-?calyceal|collecting\s+system|calyceal|pelvic)\s+(?:dilatation|dilation|distension)\b|"
             r"\b(?:pelvi-?calyceal\s+systems?|collecting\s+systems?|renal\s+pelv(?:is|es)|calyces|calices)\b[^.;]{0,40}?"
             r"\b(?:is|are)\s+not\s+(?:dilated|distended)\b")),
    Sign("gallstones", ("gallstone", "cholelith", "stone"), _rx(r"\bgallstones?\b|\bcholelithiasis\b|\bstones?\s+in\s+the\s+gall\s*bladder\b"),
         _rx(r"\b(?:echogenic|hyperechoic)\s+(?:foci|focus|structures?)\b[^.;]{0,60}?\b(?:posterior\s+)?"
             r"(?:acoustic\s+)?shadowing\b[^.;]*\bgall\s*bladder\b|\bgall\s*bladder\b[^.;]{0,40}?\b(?:shadowing\s+)?"
             r"(?:calculi|calculus)\b|\b(?:shadowing\s+)?(?:calculi|calculus)\b[^.;]{0,40}?\bgall\s*bladder\b"),
         None),
    # the Spanish costophrenic sinuses "free" (libres): no effusion on their side
    Sign("pleural effusion", ("effusion", "derrame"), _rx(r"\bpleural\s+effusions?\b|\beffusions?\b|\bderrames?\s+pleural(?:es)?\b"),
         _rx(r"\bmeniscus\b[^.;]{0,60}?\b(?:costophrenic|base|hemithorax)\b|\bmeniscus\s+sign\b"),
         _rx(r"\bsenos?\s+costofr[eé]nicos?\s+(?:(?:izquierdo|derecho)s?\s+)?(?:est[aá]n?\s+|quedan?\s+)?libres?\b")),
    Sign("free intraperitoneal air", ("free", "pneumoperitoneum"), _rx(r"\bfree\s+(?:intraperitoneal\s+)?(?:air|gas)\b|\bpneumoperitoneum\b"),
         _rx(r"\b(?:crescent|rim|sliver|lucency|lucent\s+band)\b[^.;]{0,40}?\b(?:separat\w*|beneath|under|below)\b"
             r"[^.;]{0,20}?\b(?:hemi-?diaphragms?|diaphragm)\b"), None),
    Sign("deep vein thrombosis", ("vein", "dvt"), _rx(r"\bdeep\s+vein\s+thrombosis\b|\bDVT\b|\bthrombus\s+in\s+the\b.*\bvein\b"),
         _rx(r"\bnon-?compressible\b|\b(?:does\s+not|doesn't|fails\s+to)\s+compress\b"),
         _rx(r"\b(?:compresses|is\s+compressible|collapses)\s+(?:completely|fully|normally)\b|"
             r"\b(?:fully|completely|normally)\s+compressible\b")),
    Sign("pneumothorax", ("pneumothora", "neumot"), _rx(r"\bpneumothora(?:x|ces)\b|\bneumot[oó]rax\b"), None,
         _rx(r"\blungs?\s+(?:is|are|appears?|remains?)\s+(?:fully|completely|well)\s+(?:expanded|inflated)\b|"
             r"\b(?:lung|pulmonary|vascular|bronchovascular)\s+markings\s+(?:extend|reach|are\s+seen|continue)\s+"
             r"(?:all\s+the\s+way\s+)?(?:up\s+)?to\s+the\s+(?:chest\s+wall|periphery|pleural?\s+surfaces?)\b|"
             r"\btrama\s+pulmonar\s+(?:llega|se\s+extiende)\s+hasta\s+la\s+(?:pared\s+tor[aá]cica|periferia)\b")),
    Sign("midline shift", ("midline",), _rx(r"\bmidline\s+shift\b"), None,
         _rx(r"\bseptum\s+pellucidum\b[^.;]{0,40}?\b(?:is|are|lies|lie|remains?)\s+(?:central|midline|in\s+the\s+"
             r"midline)\b")),
    Sign("acute infarction on diffusion", ("infarct",), _rx(r"\b(?:acute\s+)?infarct(?:ion)?\b.*\bdiffusion\b"),
         _rx(r"\b(?:restricted|restriction\s+of)\s+diffusion\b"),
         _rx(r"\bno\s+(?:area\s+of\s+|areas\s+of\s+|focus\s+of\s+)?(?:restricted\s+diffusion|diffusion\s+restriction)\b")),
)
_NEGATED = re.compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.ABSENT, negation.ABSENCE,
                                             negation.NEGATIVE, negation.BEFORE) + "|" + negation.CONTRACTION)
_SIDE = re.compile(r"(?i)\b(left|right|izquierd[oa]s?|derech[oa]s?)\b")
_SIDE_OF = {"izquierdo": "left", "izquierda": "left", "derecho": "right", "derecha": "right"}
_OTHER_LANGUAGE = re.compile(r"[¿¡áéíóúñãõçàèìòùâêîôûäöüß]", re.I)
_BOTH_SIDES = re.compile(r"(?i)\b(?:both|bilateral(?:ly)?|ambos|ambas|bilaterales)\b")


def _sides(text: str) -> set[str]:
    """The sides ``text`` names, in English ("izquierdo" is left)."""
    return {_SIDE_OF.get(m.lower().rstrip("s"), m.lower()) for m in _SIDE.findall(text)}

_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%|cm|mm)?(?![\d.,]*\d)")
_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")
_BETWEEN = re.compile(r"(?i)^[^\d.;。；]{0,30}$")  # quantity ... number: "is about", "≈", "of", "约", "es de"


def _value(sentence: str, row: Measure) -> float | None:
    """The one number the sentence gives for the row's quantity, in the row's unit, or ``None``."""
    q = row.quantity.search(sentence)
    if q is None or len(_ANY_NUMBER.findall(sentence)) != 1:
        return None
    m = _NUMBER.search(sentence, q.end())
    if m is None or _BETWEEN.match(sentence[q.end():m.start()]) is None:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").lower()
    if row.unit == "":
        if unit in ("cm", "mm"):
            return None
        return value / 100 if unit == "%" or value > 1 else value
    if unit == "mm":
        return value / 10
    return value if unit == "cm" else None


@lru_cache(maxsize=1024)
def _asked_rows(question: str) -> tuple[tuple[Measure, ...], tuple[Sign, ...], bool, str]:
    """The measurement and sign rows the question asks (its positive form), whether to flip, and the positive form;
    remembered, since a benchmark asks the same questions over and over and most ask no row."""
    shape = asked.positive_form(question)
    if shape is None:
        return (), (), False, ""
    q, flip = shape
    low = q.lower()
    return (tuple(r for r in MEASURES if any(g in low for g in r.gates) and r.asks.search(q)),
            tuple(r for r in SIGNS if any(g in low for g in r.gates) and r.asks.search(q)), flip, q)


def read_measure(text: str, question: str) -> str | None:
    """yes/no (是/否 in Chinese) when the answer concludes with a measurement that settles the asked finding."""
    rows, _, flip, _ = _asked_rows(question)
    if len(rows) != 1 or len(text) > implicit.MAX_CHARS or rows[0].quantity.search(text) is None:
        return None
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if not sentences or any(implicit.hedged(s, temporal=False) for s in sentences):
        return None
    if _OTHER_LANGUAGE.search(question + text) is not None and implicit_europe.hedged(text):
        return None  # "Senos costofrénicos libres, probablemente."
    value = _value(sentences[-1], rows[0])
    if value is None:
        return None
    if value > rows[0].yes_above:
        verdict = YES
    elif value <= rows[0].no_upto:
        verdict = NO
    else:
        return None
    if flip:
        verdict = asked.flip_verdict(verdict)
    if HAN.search(question) and HAN.search(text):
        return ZH_YES if verdict == YES else ZH_NO
    return verdict


def _sign_stance(sentence: str, row: Sign) -> str | None:
    """``YES`` / ``NO`` when ``sentence`` gives the row's sign of presence (not negated) or of absence, else
    ``None``; both in one sentence is no reading."""
    neg = row.absent.search(sentence) if row.absent is not None else None
    # the sign of presence the sign of absence denies is not one ("no area of restricted diffusion"); another one
    # beside it is ("The renal pelvis is not dilated but the calyces are distended.")
    pos = next((m for m in row.present.finditer(sentence) if neg is None or not (neg.start() <= m.start()
                                                                                  and m.end() <= neg.end())),
               None) if row.present is not None else None
    if pos is not None and neg is None:
        before = sentence[:pos.start()] + " " + sentence[pos.end():]
        if _NEGATED.search(before):
            return None
        inside = pos.group(0)
        # a negation inside the sign's gap ("the calyces are not distended"), not one the sign is made of ("does
        # not compress"): the sign still matches without it
        if _NEGATED.search(inside) and row.present is not None and row.present.search(_NEGATED.sub(" ", inside)):
            return None
        return YES
    return NO if neg is not None and pos is None else None


def read_sign(text: str, question: str) -> str | None:
    """yes/no when the answer concludes with a sign of the asked finding (rule ``implicit_sign``), else ``None``."""
    _, rows, flip, q = _asked_rows(question)
    if len(rows) != 1 or len(text) > implicit.MAX_CHARS or HAN.search(question):
        return None
    row = rows[0]
    if not ((row.present is not None and row.present.search(text)) or (row.absent is not None and row.absent.search(text))):
        return None
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if not sentences or any(implicit.hedged(s, temporal=False) for s in sentences):
        return None
    if _OTHER_LANGUAGE.search(question + text) is not None and implicit_europe.hedged(text):
        return None  # "Senos costofrénicos libres, probablemente."
    stances = [_sign_stance(s, rows[0]) for s in sentences]
    verdict = stances[-1]
    if verdict is None or any(v is not None and v != verdict for v in stances):
        return None
    q_sides = _sides(q)
    a_sides = _sides(sentences[-1])
    if q_sides and a_sides != q_sides:
        return None  # "right kidney?" answered about the left one, or about no side
    if not q_sides and verdict == NO and a_sides and _BOTH_SIDES.search(sentences[-1]) is None:
        # "The left lung is fully expanded." says nothing of the right one, nor "Lung markings extend to the chest
        # wall on the right; the left is obscured." of the left: a sign of absence counts only for both sides
        return None
    return asked.flip_verdict(verdict) if flip else verdict


__all__ = ["MEASURES", "RULE", "SIGNS", "SIGN_RULE", "Measure", "Sign", "read_measure", "read_sign"]
