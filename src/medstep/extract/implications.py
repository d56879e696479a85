"""Closed questions answered by a textbook sign of the asked finding: the one finding-sign table (rule
``implicit_sign``).

Models often answer a yes/no question with what defines the finding rather than its name: a textbook sign ("The
right renal pelvis and calyces are distended." to "Is there hydronephrosis?", "The common femoral vein compresses
completely." to "Is there a DVT?"). A reader must know the definition to read them, so this module holds the only
finding-sign table of ``extract``, :data:`SIGNS`; a finding defined by a number ("CTR ≈ 0.42." to "Is the heart
enlarged?") is read against the reference table of ``extract/thresholds.py`` by ``extract/measured.py``. The table
is kept small on purpose: a row is added only for a finding whose textbook sign means the finding wherever it is
written, never for a phrase of one output.

A row is read only where it is what the answer concludes with: the answer is short, no sentence hedges, no sentence
gives the opposite sign, a sign of presence is not negated, a sided question is answered on its own side, and the
question (its positive form, so "Is there no effusion?" reverses the verdict) asks the row's finding. It is tried
last, after every reader of the answer's words found nothing, so a stated verdict or finding always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import NO, YES
from medstep.answers import hedges, negation
from medstep.extract import asked, implicit, implicit_europe
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

SIGN_RULE = "implicit_sign"


@dataclass(frozen=True)
class Sign:
    """One row: the question words of a finding, and the signs that it is there or not (either may be ``None``)."""

    finding: str
    gates: tuple[str, ...]  # lower-case literals one of which ``asks`` needs: a cheap test before the regex
    asks: re.Pattern[str]  # the question (its positive form) asks this finding
    present: re.Pattern[str] | None  # a sign of the finding (never read under a negation)
    absent: re.Pattern[str] | None  # a sign that it is not there (its own negation is part of the pattern)


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.I)


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
_NEGATED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.ABSENT, negation.ABSENCE,
                                             negation.NEGATIVE, negation.BEFORE) + "|" + negation.CONTRACTION)
_SIDE = lazy_compile(r"(?i)\b(left|right|izquierd[oa]s?|derech[oa]s?)\b")
_SIDE_OF = {"izquierdo": "left", "izquierda": "left", "derecho": "right", "derecha": "right"}
_OTHER_LANGUAGE = lazy_compile(r"[¿¡áéíóúñãõçàèìòùâêîôûäöüß]", re.I)
_BOTH_SIDES = lazy_compile(r"(?i)\b(?:both|bilateral(?:ly)?|ambos|ambas|bilaterales)\b")


def _sides(text: str) -> set[str]:
    """The sides ``text`` names, in English ("izquierdo" is left)."""
    return {_SIDE_OF.get(m.lower().rstrip("s"), m.lower()) for m in _SIDE.findall(text)}

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
    return (tuple(r for r in SIGNS if any(g in low for g in r.gates) and r.asks.search(q)), flip, q)


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
    rows, flip, q = _asked_rows(question)
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


__all__ = ["SIGNS", "SIGN_RULE", "Sign", "read_sign"]
