"""Split a reasoning chain into steps.

Models format their reasoning in a few common ways; the first layout that
yields at least two steps wins, in this order, because an explicit structure
is the model's own statement of what a step is:

1. explicit markers: ``Step 1: ...``, ``**Step 2.**``, ``### Step 3``;
2. numbered or bulleted lines: ``1. ...``, ``2) ...``, ``- ...``, ``* ...``, ``• ...``;
3. paragraphs separated by blank lines;
4. sentences.

Text before the first marker or list item (a preamble) is kept as a step of
its own when it is non-empty, so no clinical claim is silently dropped.

Whatever the layout, a blank line ends a step, and an answer-option heading ("C) Pleural effusion:",
"Option B:", "**D.**") that opens a line or follows a sentence end, and a
numbered item opening a line, start a unit of their own: models discuss each
option under such a heading, and gluing "B) Thoracic vertebrae deformity:" to
the end of the previous observation gave two statements one verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.lazyre import lazy_compile

_STEP_MARK = lazy_compile(r"[Ss][Tt][Ee][Pp][ \t]*\d+[ \t]*\**[ \t]*[:.)\-\u2013\u2014]?[ \t]*\**[ \t]*")
_MARK_LEAD = " \t>#*_"
_LIST_MARK = lazy_compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+")
# The same mark after a line break: a search for a fixed first character ("\n") skips ahead at C speed,
# while "(?m)^" is tried at every position (~4x slower on a 1,500-character chain); position 0 is
# matched on its own (``_list_cuts``).
_LIST_MARK_NL = lazy_compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+")
_PARAGRAPH = lazy_compile(r"\n[ \t]*\n\s*")
_NUMBERED = lazy_compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+")
# An option label; where it may open a unit is checked in ``_unit_starts``.
_OPTION_MARK = lazy_compile(r"(?=[A-H(*Oo])(?:\*\*)?(?:\(?([A-H])([).:])|[Oo]ption[ \t]+[A-H]\b[).:]?)(?:\*\*)?[ \t]")
_ANSWER_LEAD = lazy_compile(r"(?i)(?:answer|option|choice|conclusion)[*_ \t]*:$")
_UNIT_LEAD = " \t*#>-\u2022"
# A sentence end: the space after ". ! ?" before a capital, digit or opening mark (group 1), or a line
# break. The mark is matched, not looked behind: a look-behind is tried at every position (~1.5x slower).
# A full-width end (Chinese "。！？") cuts after the mark whatever follows: Chinese puts no space after it.
# Written as one character class first, then the branch that character allows (look-behinds): a pattern that
# opens with a class is searched for that class at C speed, an alternation is tried at every position
# (~3.5x slower); the matches, spans and groups are those of "[.!?](\s+)(?=…)|[。！？](\s*)(?=\S)|\n+".
_SENTENCE_END = lazy_compile(r"[.!?\u3002\uff01\uff1f\n](?:(?<=[.!?])(\s+)(?=[A-Z0-9(\"'])|(?<=[\u3002\uff01\uff1f])(\s*)(?=\S)"
                             r"|(?<=\n)\n*)")


@dataclass(frozen=True, slots=True)
class Step:
    """One reasoning step; ``start``/``end`` index the original chain (marker excluded)."""

    index: int
    text: str
    start: int
    end: int


def _from_cuts(chain: str, cuts: list[tuple[int, int]]) -> list[Step]:
    """``cuts`` are (marker_start, content_start) pairs; content runs to the next marker."""
    pieces: list[tuple[int, int]] = []
    if cuts and chain[: cuts[0][0]].strip():
        pieces.append((0, cuts[0][0]))
    for i, (_m, content) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(chain)
        pieces.append((content, stop))
    return _steps(chain, pieces)


def _steps(chain: str, pieces: list[tuple[int, int]]) -> list[Step]:
    out: list[Step] = []
    for a, b in pieces:
        raw = chain[a:b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text:
            out.append(Step(len(out), text, a + lead, a + lead + len(text)))
    return out


def _split_on(chain: str, pattern: re.Pattern[str]) -> list[Step]:
    """Steps between the matches of ``pattern``; a match with a group cuts at the group only."""
    pieces, pos = [], 0
    for m in pattern.finditer(chain):
        g = m.lastindex
        cut = m.start(g) if g and m.start(g) >= 0 else m.start()
        pieces.append((pos, cut))
        pos = m.end()
    pieces.append((pos, len(chain)))
    return _steps(chain, pieces)


def _marker_start(chain: str, pos: int) -> int | None:
    """Where a "Step k" marker found at ``pos`` really starts (leading ``#``, ``*``, ``>`` included),
    or None when it is not a marker: it must open a line or follow a sentence end, not sit
    mid-sentence ("as noted in step 2 above")."""
    i = pos
    while i > 0 and chain[i - 1] in _MARK_LEAD:
        i -= 1
    if i == 0 or chain[i - 1] == "\n" or (chain[i - 1] in ".!?:" and i < pos):
        return i
    return None


def _layout(chain: str) -> list[Step]:
    # (a "Step k" marker lower-cases to "step": without one the marker search is skipped)
    if "step" in chain.lower():
        cuts = [(a, m.end()) for m in _STEP_MARK.finditer(chain)
                if (a := _marker_start(chain, m.start())) is not None]
        if len(cuts) >= 2:
            return _from_cuts(chain, cuts)
    cuts = _list_cuts(chain)
    if len(cuts) >= 2:
        return _from_cuts(chain, cuts)
    if _PARAGRAPH.search(chain) is not None:  # (without a blank line there is one paragraph: skip building it)
        steps = _split_on(chain, _PARAGRAPH)
        if len(steps) >= 2:
            return steps
    return _split_on(chain, _SENTENCE_END)


def _list_cuts(chain: str) -> list[tuple[int, int]]:
    """(start, end) of each numbered or bulleted line's mark: ``_LIST_MARK``'s matches, found as the one at
    position 0 and those after a line break."""
    first = _LIST_MARK.match(chain)
    cuts = [(first.start(), first.end())] if first is not None else []
    cuts += [(m.start() + 1, m.end()) for m in _LIST_MARK_NL.finditer(chain)]
    return cuts


def _unit_starts(chain: str, a: int, b: int) -> list[tuple[int, int]]:
    """(cut, content start) of the option headings and numbered items inside ``chain[a:b]``."""
    out = []
    for m in _NUMBERED.finditer(chain, a, b):
        if m.start() > a:
            out.append((m.start(), m.end()))
    for m in _OPTION_MARK.finditer(chain, a, b):
        i = m.start()
        while i > a and chain[i - 1] in _UNIT_LEAD:
            i -= 1
        if i <= a:
            continue
        before = chain[i - 1]
        if before == ":" and _ANSWER_LEAD.search(chain, max(a, i - 24), i):
            continue  # "Answer: C) Pleural effusion" is the conclusion itself, not a new unit
        if before == "\n" or (before in ".!?:" and i < m.start() and m.group(2) != "."):
            out.append((i, m.start()))  # keep the label: it tells which option the unit discusses
    return sorted(set(out))


def split_steps(chain: str) -> list[Step]:
    """Split ``chain`` into reasoning steps (see the module docstring for the rules)."""
    if not chain or not chain.strip():
        return []
    steps = _layout(chain)
    pieces: list[tuple[int, int]] = []
    split = False
    for st in steps:
        cuts = _unit_starts(chain, st.start, st.end) if ("\n" in st.text or ")" in st.text or ":" in st.text) else []
        if "\n" in st.text:  # a blank line ends a step even inside a list item ("- D) ...\n\nSo the answer is B")
            cuts = sorted(set(cuts) | {(m.start(), m.end()) for m in _PARAGRAPH.finditer(chain, st.start, st.end)})
        if not cuts:
            pieces.append((st.start, st.end))
            continue
        split = True
        pieces.append((st.start, cuts[0][0]))
        for k, (_cut, content) in enumerate(cuts):
            pieces.append((content, cuts[k + 1][0] if k + 1 < len(cuts) else st.end))
    return _steps(chain, pieces) if split else steps
