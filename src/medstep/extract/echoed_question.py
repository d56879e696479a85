"""A reply that opens by writing out the question it answers: "Is there a pericardial effusion on this echo?\n\nAn
anechoic space surrounds the heart ...".

Models often restate the question as a heading before answering. The line asks, so every reader that declines a
text holding a question mark ("is it displaced?" is doubt) declines the whole reply, and the answer after it is never
read. The line says nothing of its own: it is dropped when it is the question (the asked sentence or the whole one)
word for word, markup, case and spacing aside, on a line of its own with more text after it. A line that only
resembles the question ("Is there an effusion? Yes, small.", "Is the effusion large?") stays.

The asked finding echoed alone as a question opening the reply ("Hyperinflated? Not really — ...", "Mass effect?
Yes, ...") is the same heading in a word or two (:func:`drop_term_echo`): every word of it is the question's own
finding, subject or property, so it asks nothing new; what follows is the answer.
"""

from __future__ import annotations

import re

from medstep.extract.implicit_words import ARTICLES
from medstep.lazyre import lazy_compile

_NON_BLANK = lazy_compile(r"\S")
_MARKUP = lazy_compile(r"[*_#>`\"'“”]+")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip().lower()


def first_line(region: str) -> tuple[str, int] | None:
    """The opening line of ``region`` without its edge blanks, and where the text after it starts; ``None`` when
    nothing follows it. (What "\\A[ \\t]*([^\\n]+?)[ \\t]*\\n\\s*(?=\\S)" matched, read in one pass: the pattern
    rescanned a long run of spaces in the line at each of its characters, quadratic, issue #12.)"""
    nl = region.find("\n")
    after = _NON_BLANK.search(region, nl + 1) if nl >= 0 else None
    if after is None:
        return None
    line = region[:nl]
    body = line.lstrip(" \t").rstrip(" \t")
    if not body:  # a line of blanks only: its last blank (the pattern's group needs one character)
        return (line[-1:], after.start()) if line else None
    return body, after.start()


def drop(region: str, *questions: str) -> str:
    """``region`` without an opening line that writes out one of ``questions`` (module docstring)."""
    first = first_line(region)
    if first is None:
        return region
    line = _plain(first[0])
    if not line.endswith("?") or not any(line == _plain(q) for q in questions if q.strip()):
        return region
    return region[first[1]:]


# The reply's opening question: up to five words before the first "?", on the reply's first line, text after it.
_OPENING_ECHO = lazy_compile(r"\A[\s*_#>]*([A-Za-z][A-Za-z' -]{0,60}?)\?[\s*_]*(?=\S)")
# Words an echo of the term may carry beside the question's own: "Is there any ...?", "Any effusion?".
_ECHO_FRAME = ARTICLES | frozenset({"is", "are", "there"})


def drop_term_echo(region: str, question: str) -> str:
    """``region`` without an opening question made of the asked finding's words only ("Hyperinflated? Not really."
    to "Are the lungs hyperinflated?"): at most five words, each of them a word of the question's finding or
    property (``implicit_terms.parse_question``) or of :data:`_ECHO_FRAME`, one of them at least the property or
    the finding's head ("Mass?" echoes no "mass effect"). Anything else in it ("Hyperinflated or just deep inspiration?") keeps it."""
    from medstep.extract.implicit_terms import matches, parse_question, tokens  # (implicit_terms imports much)
    m = _OPENING_ECHO.match(region)
    if m is None:
        return region
    q = parse_question(question)
    if q is None:
        return region
    asked = (*q.words, *((q.prop,) if q.prop else ()))
    toks = tokens(m.group(1))
    # the finding's head or the property must be echoed: "Mass?" to "Is there mass effect?" asks of another thing
    key = (q.prop,) if q.prop else (q.head,) if q.head else asked
    if not 1 <= len(toks) <= 5 or not any(any(matches(t, w) for w in key) for t in toks):
        return region
    if not all(t in _ECHO_FRAME or any(matches(t, w) for w in asked) for t in toks):
        return region
    return region[m.end():]


__all__ = ["drop", "drop_term_echo"]
