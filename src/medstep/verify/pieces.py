"""Sentence pieces of a line: the unit the segment memo shares across texts (``Extractor._line_segments``).

Why: a run repeats sentences far more often than whole lines or texts. A benchmark's chains say "Heart
size is normal." after a different "Step 4:" prefix or beside a different sentence each time; a report
is its reference steps joined; rollouts reword one sentence of a paragraph. The segment memo keys a
line on its whole text (``clauses.py``), so these miss it. A line is therefore analysed as the join of
its *pieces*: cut after a sentence end (". ", "? ", "! ") or a line break inside it, each piece is
memoised on its own text and what may be read around it, and a line seen before is still one hit.

Why the join equals the analysis of the whole line (``cut`` gives a piece start nothing but the
section-skip state, which the key holds):

* events: a cut at ``p`` follows a sentence "." (or "?", "!") and a single space, or a line break.
  ``Scanner.sentences_cut`` holds when no phrase holds ". ", "? " or "! " or begins with a space (and
  line cuts are sound, ``Scanner.line_cut``), so no phrase crosses ``p`` and the scan reaches ``p`` in its
  initial state: the events of a piece are those of the whole text there. The mark itself is a clause
  break unless a longer phrase ends with it ("vs.": ``Scanner.dot_keys``, then no cut);
* clause state: after a break ``cut`` resets everything but the skip state and the gloss state (the
  sentences after "A. Pneumocystis pneumonia: ..." describe option A until the step ends), except after the
  "." of an option label ("A. Pleural effusion": ``label_before``, then no cut). Both states enter a
  piece's key and leave its analysis (``Segment.skipping``, ``Segment.gloss``); a piece without them
  read "Typical CT findings are bilateral ground-glass opacities" after such a heading as an observation.
  A sentence piece starts with the space after the mark, where the next clause starts in the whole
  analysis too;
* what the analysis reads around a piece: before it, as for a line (``clauses.context_before``, in the
  key): every look-back (a side word, a number before a unit, "than the", "with", "in the") is a run of
  words and spaces that the sentence mark ends. After it, nothing: every look-ahead (``bare_after``,
  the negated-qualifier and side prefixes, the "it is"/"the X is enlarged" clause patterns, the option
  heading, ``readings._sentence``) stops at a sentence mark or line break. The one reader of the whole
  text, the bare "ICD" (``readings.icd_kind``), reads what lies around its sentence: a text naming it
  is analysed without the memo (``Extractor.analyse``).

``benchmarks/verify_golden.py`` checks every output with the memo against the code without it.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter

from medstep.lazyre import lazy_compile
from medstep.verify.clauses import Segment
from medstep.verify.findings import Finding

# where a piece may start: after a sentence mark and one space, before a word; after a line break, before a
# character that is no space (``bare_after`` reads over spaces into the next line). Written class-first (the
# matches of "[.?!](?= [^\s])|\n(?=[^\s])", found about twice as fast: the engine skips to the marks)
_CUT = lazy_compile(r"[.?!\n](?:(?<=[.?!])(?= \S)|(?<=\n)(?=\S))")
_LABEL_LEAD = " \t\n(*>#-\u2022"  # as ``clauses._label_before``

_PROBATION = 2_000  # pieces looked up in a batch before their hit rate decides (``PiecesPay``)
_WINDOW = 20_000  # pieces over which it is measured (older counts are halved)

_NAMES = tuple(f.name for f in fields(Finding))
_VALUES = attrgetter(*_NAMES)
_START, _END, _UNIT = _NAMES.index("start"), _NAMES.index("end"), _NAMES.index("unit")


def piece_starts(text: str, low: str, a: int, b: int, dot_keys: tuple[str, ...]) -> list[int]:
    """Where the pieces of the line ``text[a:b]`` after its first start (``a``): sound cuts only (module
    docstring); empty when it has none. ``low``: the text's scan form, without runs of spaces or tabs."""
    out = []
    for m in _CUT.finditer(low, a, b):
        d = m.start()
        if low[d] != "\n" and ((dot_keys and low.endswith(dot_keys, a, d + 1)) or (
                low[d] == "." and "A" <= text[d - 1] <= "H" and (d < 2 or text[d - 2] in _LABEL_LEAD))):
            continue  # "vs." is no sentence end; an option label's "A." carries into the next clause
        out.append(d + 1)
    return out


def has_cut(low: str) -> bool:
    """Whether the text may have pieces (a sentence mark or line break before more text)."""
    return _CUT.search(low) is not None


def join_pieces(parts: list[tuple[int, Segment]]) -> Segment:
    """One segment from its pieces' analyses, ``(offset in the segment, analysis)`` in order: positions
    shifted by the offset, units renumbered after the earlier pieces', the concepts mentioned merged."""
    found: list[Finding] = []
    exps: list = []
    clauses: list = []
    mentioned: dict[str | None, set[str]] = {}
    units = 0
    for off, seg in parts:
        if off == 0 and units == 0:
            found += seg.findings
            exps += seg.expansions
            clauses += seg.clauses
        else:
            for f in seg.findings:
                values = list(_VALUES(f))
                values[_START] += off
                values[_END] += off
                values[_UNIT] += units
                found.append(Finding(*values))
            exps += [(exp, s + off, e + off, side, role, words, place)
                     for exp, s, e, side, role, words, place in seg.expansions]
            clauses += [(s + off, e + off, *rest) for s, e, *rest in seg.clauses]
        units += seg.units
        for side, ids in seg.mentioned:
            mentioned.setdefault(side, set()).update(ids)
    merged = tuple((side, tuple(sorted(ids))) for side, ids in mentioned.items())
    return Segment(tuple(found), units, tuple(exps), tuple(clauses), merged, parts[-1][1].skipping,
                   parts[-1][1].gloss)


class PiecesPay:
    """Whether cutting lines and texts into pieces pays in a batch. A piece found costs a fraction of its
    analysis, one not found about half as much again as its share of one pass over the whole text (its own
    scan and clause cut), so pieces are used while about half of them are found (a benchmark's templated
    reports: most of them; free-written chains seldom). Measured over the batch, older counts halved, one
    text in 16 still cut while it does not pay, to notice when it starts to. The results are the same
    either way; only the time differs."""

    def __init__(self) -> None:
        self.looks = self.hits = self.probes = 0  # (counts shared by threads of a batch: approximate)

    def pays(self) -> bool:
        looks = self.looks
        if looks < _PROBATION:
            return True
        if looks > _WINDOW:
            self.looks, self.hits = looks // 2, self.hits // 2
        if self.hits * 2 >= self.looks:
            return True
        self.probes += 1
        return self.probes % 16 == 0
