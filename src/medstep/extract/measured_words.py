"""A size question answered by a measurement the model judges in words, where no reference row applies (rule
``measure_judged``), or two sides compared by their measurements (rule ``measure_compared``, :func:`read_compared`): "The mediastinum measures 10 cm at the level of the aortic knob on this AP supine film, which is
widened." to "Is the mediastinum widened?" (yes), "The right kidney measures 10.8 cm and the left 11.2 cm; both are
within normal limits." to "Are both kidneys of normal size?" (yes).

``extract/sizes.py`` reads a clause made only of the structure, its measurement and the judgement; the table of
``extract/thresholds.py`` reads a value on its own. This reader takes the measurement sentence as the model wrote
it, with words between the value and the judgement, and reads the judgement only where the model points it at the
measurement: after a comma, semicolon, dash or bracket, as "which is <word>", "so it is <word>", "both are <word>"
or the bare word, a degree word at most before it. The judgement is the question's own size word (yes; no for
"normal size?") or a normal word ("within normal limits": no; yes for "normal size?"). Nothing is read when:

* the sentence does not name the asked structure (and its side, when asked) before its first value, or names one
  side of a structure asked without one;
* values stand in more than one sentence, a later sentence is not advice, the answer hedges, turns or asks;
* the judgement is negated, or both a size word and a normal word judge the value.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES, hedges, negation
from medstep.extract import asked, implicit, implicit_terms, measured
from medstep.extract.implicit_words import SIZE_WORDS
from medstep.extract.thresholds import NORMAL_SAID
from medstep.lazyre import lazy_compile

RULE = "measure_judged"
COMPARED_RULE = "measure_compared"

_VALUE = lazy_compile(r"(?i)(?<![A-Za-z0-9.,-])\d+(?:[.,]\d+)?(?:\s*(?:×|x|by)\s*\d+(?:[.,]\d+)?){0,2}\s*(?:mm|cm)\b")
# "Are both kidneys of normal size?", "Is the kidney normal in size?"
_NORMAL_SIZE = lazy_compile(r"(?i)^\s*(?:is|are)\s+(?:the\s+|both\s+(?:the\s+)?)?(?P<s>[a-z][a-z\s-]*?)\s+(?:of\s+)?(?:a\s+)?"
                            r"normal\s+(?:in\s+)?(?:size|calib(?:er|re)|diameter|thickness|width)\s*\?\s*$")
_CONNECT = (r"(?:[,;(—–]|\s-\s)\s*(?:(?:which|that|this)\s+(?:is|are)\s+|so\s+(?:it|they)\s+(?:is|are)\s+|"
            r"(?:both|all|each)\s+(?:are\s+)?|(?:it|they)\s+(?:is|are)\s+)?(?:(?:mildly|moderately|markedly|slightly|"
            r"severely|clearly|definitely)\s+)?")
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))
_NEGATION = negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.ABSENT, negation.NEITHER)
_SIDE = lazy_compile(r"(?i)\b(left|right)\b")


def _asked(question: str) -> tuple[tuple[str, ...], str, bool] | None:
    """The asked structure's stemmed words, the size word asked ("" for a normal-size question), and whether the
    question is negated; ``None`` for another question."""
    shape = asked.positive_form(question)
    if shape is None:
        return None
    q, flip = shape
    m = _NORMAL_SIZE.match(q)
    if m is not None:
        return tuple(implicit_terms.stem(w) for w in implicit_terms.tokens(m.group("s")) if w not in ("both", "the")), "", flip
    term = implicit_terms.question_term(q)
    if term is None or term.prop is None or term.prop.lower() not in SIZE_WORDS:
        return None
    return tuple(implicit_terms.stem(w) for w in implicit_terms.tokens(term.phrase)), term.prop.lower(), flip


def _judgement(tail: str, size_word: str) -> str | None:
    """"high" or "normal": what the words after the last value judge it, pointed at it by a connector."""
    words = {"high": size_word or "|".join(SIZE_WORDS), "normal": NORMAL_SAID}
    found = {name for name, said in words.items()
             if re.search(r"(?i)" + _CONNECT + r"(?:" + said + r")\b", tail)}
    if len(found) != 1:
        return None
    return found.pop()


# The adjective of a structure names it before a word of its size ("Mediastinal width is 6 cm — normal."), not before
# another noun ("the pancreatic duct").
_DIMENSION_NOUNS = frozenset({"width", "diameter", "thickness", "size", "length", "span", "caliber", "calibre"})


def _names(tokens: list[str], i: int, word: str) -> bool:
    """Whether ``tokens[i]`` names the structure ``word``: the word, or its adjective (one stem, a few letters
    changed at the end: "mediastinal" of "mediastinum") before a dimension noun."""
    t = tokens[i]
    if implicit_terms.matches(t, word):
        return True
    return len(word) >= 7 and t[:len(word) - 2] == word[:-2] and abs(len(t) - len(word)) <= 2 \
        and tokens[i + 1:i + 2] != [] and tokens[i + 1] in _DIMENSION_NOUNS


def read_judged(text: str, question: str) -> str | None:
    """yes / no when a short answer measures the asked structure and judges the value in words (module docstring)."""
    shape = _asked(question)
    if shape is None or len(text) > implicit.MAX_CHARS or "?" in text or _TURN.search(text):
        return None
    subject, size_word, flip = shape
    sentences = implicit.sentences(text)
    holding = [i for i, s in enumerate(sentences) if _VALUE.search(s)]
    if len(holding) != 1 or any(not measured.is_advice(s) for s in sentences[holding[0] + 1:]):
        return None
    if any(measured.hedged(s, i > holding[0]) for i, s in enumerate(sentences)):
        return None
    sentence = sentences[holding[0]]
    values = list(_VALUE.finditer(sentence))
    head = implicit_terms.tokens(sentence[:values[0].start()])
    if not subject or not all(any(_names(head, i, w) for i in range(len(head))) for w in subject):
        return None
    asked_sides = {s.lower() for s in _SIDE.findall(question)}
    said_sides = {s.lower() for s in _SIDE.findall(sentence)}
    if asked_sides - {s.lower() for s in _SIDE.findall(sentence[:values[0].start()])}:
        return None  # "Is the right kidney enlarged?" answered about the left one
    if not asked_sides and said_sides and said_sides != {"left", "right"}:
        return None  # "The right kidney measures 11 cm, which is normal." says nothing of the left one
    tail = sentence[values[-1].end():]
    if any(t in _NEGATION or negation.contracted(t) for t in implicit_terms.tokens(tail)):
        return None
    band = _judgement(tail, size_word)
    if band is None:
        return None
    if size_word and sum(t == size_word for t in implicit_terms.tokens(text)) > (1 if band == "high" else 0):
        return None  # the size word said of something else too: "..., which is normal; the third ventricle is dilated."
    verdict = (YES if band == "high" else NO) if size_word else (YES if band == "normal" else NO)
    return asked.flip_verdict(verdict) if flip else verdict




# "Is the right kidney smaller than the left?": two sides of a paired structure compared.
_COMPARED = lazy_compile(r"(?i)^\s*(?:is|are)\s+the\s+(?P<a>left|right)\s+(?P<s>[a-z][a-z\s-]*?)\s+(?P<cmp>smaller|larger|"
                         r"bigger|shorter|longer|wider|narrower|thicker|thinner)\s+than\s+(?:the\s+|that\s+on\s+the\s+)?"
                         r"(?P<b>left|right)\b[^?]*\?\s*$")
_LESS = frozenset({"smaller", "shorter", "narrower", "thinner"})
# the smallest difference read: a tenth of the larger value (a kidney of 11.0 against 11.2 cm is the same size)
_MARGIN = 0.1
_SIDED_VALUE = lazy_compile(r"(?i)\b(?P<side>left|right)\b(?P<gap>[^\d.;]{0,40}?)(?<![A-Za-z0-9.,-])(?P<n>\d+(?:[.,]\d+)?)\s*"
                            r"(?P<u>mm|cm)\b")


def read_compared(text: str, question: str) -> str | None:
    """yes / no when a short answer measures both sides of a paired structure the question compares ("The right
    kidney measures 11.2 cm and the left measures 8.1 cm." to "Is the right kidney smaller than the left?": no), the
    two values a tenth apart at least; each side measured once, by the first value after its name."""
    m = _COMPARED.match(question)
    if m is None or m.group("a").lower() == m.group("b").lower() or len(text) > implicit.MAX_CHARS:
        return None
    if "?" in text or _TURN.search(text) or any(measured.hedged(s, False) for s in implicit.sentences(text)):
        return None
    subject = [implicit_terms.stem(w) for w in implicit_terms.tokens(m.group("s"))]
    if not subject or not all(any(implicit_terms.matches(t, w) for t in implicit_terms.tokens(text)) for w in subject):
        return None
    found = {v.group("side").lower(): float(v.group("n").replace(",", ".")) * (10 if v.group("u").lower() == "cm" else 1)
             for v in _SIDED_VALUE.finditer(text)}
    if len(_VALUE.findall(text)) != 2 or len(found) != 2:
        return None
    a, b = found[m.group("a").lower()], found[m.group("b").lower()]
    if abs(a - b) < _MARGIN * max(a, b):
        return None
    less = a < b
    return YES if less == (m.group("cmp").lower() in _LESS) else NO


__all__ = ["COMPARED_RULE", "RULE", "read_compared", "read_judged"]
