"""A displacement asked in one direction: "Is the heart shifted to the right?" - "The mediastinum, including the
heart, is displaced towards the right side." (yes); "Is the trachea deviated to the left?" - "The trachea is pushed
to the right." (no). Rule ``implicit_direction``.

The question with its direction taken off ("Is the heart shifted?") is read by the closed statement pipeline (the
vocabulary knows the trachea, mediastinum or heart displaced, and the midline shift); this reader then weighs the
direction the reply gives the displacement:

* a displacement stated (the undirected question reads yes) whose every direction in the reply is the asked one
  ("deviated slightly to the right", "a rightward shift", "shifted away from the left effusion" is to the right):
  yes; every direction the other one: no; no direction, or both: no reading;
* a displacement denied ("The trachea is midline.") is no, for any direction, unless the reply names a side at
  all ("No deviation to the left." says nothing of the right).

A direction phrase denied ("not to the right") or hedged gives no reading; the undirected reading must be committed
by itself (its own hedge and scope guards).
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, hedges, negation
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "implicit_direction"

_OPPOSITE = {"left": "right", "right": "left"}
# The words of a displacement, as the question or the reply says it.
_MOVED = (r"(?:shift(?:s|ed|ing)?|deviat(?:ed|es|ing|ion)|displac(?:ed|es|ing|ement)|push(?:ed|es|ing)|"
          r"pull(?:ed|s|ing)|mov(?:ed|es|ing)|bow(?:ed|s|ing)|nudg(?:ed|es|ing)|shov(?:ed|es|ing)|drift(?:ed|s|ing)|"
          r"tugged|swung|deflected|rotated)")
# "Is the heart shifted to the right?", "Is there mediastinal shift towards the left side?"
_ASKED = lazy_compile(r"(?i)^(?P<head>\s*(?:is|are|has|have)\b.*?\b" + _MOVED + r")\s+(?:over\s+)?(?:to|towards?)\s+"
                      r"(?:the\s+)?(?:patient'?s\s+)?(?P<side>left|right)(?:\s+side)?\s*\?\s*$")
# A direction the reply gives a displacement: the displacement word, up to four words of degree or distance
# ("slightly", "by 8 mm", "over"), then the side ("to the right", "towards the left side"); a side word with -ward;
# "away from the left (effusion)" is to the right.
_TO_SIDE = lazy_compile(r"(?i)\b" + _MOVED + r"(?P<gap>(?:\s+(?!(?:and|but|or|while|whereas|with|from|in|on|of)\b)"
                        r"[\w.]+){0,4}?)\s+(?:(?P<away>away\s+from\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?)|(?:to|towards?|into)\s+"
                        r"(?:the\s+)?(?:patient'?s\s+)?)(?P<side>left|right)\b")
_WARD = lazy_compile(r"(?i)\b(?P<side>left|right)wards?\s+(?:[a-z]+\s+)?(?:" + _MOVED + r"|shift|deviation|displacement)\b|\b"
                     + _MOVED + r"\s+(?:\w+\s+)?(?P<side2>left|right)wards?\b")
_BARE_TO = lazy_compile(r"(?i)\b(?:to|towards?)\s+the\s+(?:patient'?s\s+)?(left|right)\b(?!\s+of\b)")
_NOT = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEVER, negation.NEITHER) + "|" + negation.CONTRACTION)
_ANY_SIDE = lazy_compile(r"(?i)\b(?:left|right)(?:wards?)?\b")


def asked_direction(question: str) -> tuple[str, str] | None:
    """The question without its direction, and the asked side, else ``None``."""
    if HAN.search(question):
        return None
    m = _ASKED.match(question)
    if m is None or _ANY_SIDE.search(m.group("head")):
        return None  # "Is the right hemidiaphragm pushed to the left?": a side before the direction
    return m.group("head").rstrip() + "?", m.group("side").lower()


def directions(text: str) -> set[str] | None:
    """The sides the reply displaces something to; ``None`` when a direction phrase is denied."""
    sides: set[str] = set()
    for m in _TO_SIDE.finditer(text):
        if _NOT.search(m.group("gap") or ""):
            return None  # "shifted, but not to the right"
        side = m.group("side").lower()
        sides.add(_OPPOSITE[side] if m.group("away") else side)
    for m in _WARD.finditer(text):
        sides.add((m.group("side") or m.group("side2")).lower())
    # any other direction in the reply ("deviated to the right or to the left") is one it may give too
    for m in _BARE_TO.finditer(text):
        if _NOT.search(text[max(0, m.start() - 12):m.start()]):
            return None  # "deviated, but not to the right"
        sides.add(m.group(1).lower())
    return sides


def read_direction(text: str, question: str, read: Callable[[str], str | None]) -> str | None:
    """yes/no for a displacement asked in one direction (module docstring); ``read`` reads the reply for a question
    (the closed statement pipeline)."""
    shape = asked_direction(question)
    if shape is None:
        return None
    bare, side = shape
    verdict = read(bare)
    if verdict == NO:
        return NO if _ANY_SIDE.search(text) is None else None
    if verdict != YES:
        return None
    said = directions(text)
    if not said or len(said) != 1:
        return None
    return YES if said == {side} else NO


__all__ = ["RULE", "asked_direction", "directions", "read_direction"]
