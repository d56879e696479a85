"""A markdown table read as ``key: value`` lines: "| Pleural effusion | No |" is "Pleural effusion: No".

Models answer a closed question with a checklist table ("| Finding | Present |", "| Organ | Assessment |"). Each
body row states its first cell's value, as a field line does, so :func:`as_fields` rewrites every table of the reply
as those lines (header and separator rows dropped) for the field and statement readers; the text around a table is
kept. Which column holds the value must be plain from the header:

* two columns: the second one's header is a plain value name ("Present", "Status", "Finding"), or there is no
  header row at all;
* more columns: one column is about this study and every other value column about an earlier one ("| Finding |
  Present on prior | Present now |": the "now" column), or one plain value column beside describing ones ("| Finding
  | Present | Location |": "Effusion: Yes (left)");
* a table whose only value column is about an earlier study ("| Finding | Present on prior |") says nothing of this
  image: it is dropped.

A reply made only of markdown checkbox items reads each ticked box as "item: yes" and each empty one as "item: no".

Anything else (columns per side, "| Finding | Left | Right |"; a value header saying more than the cells; one row
key given twice; an empty value) leaves the table as it is, to be read as nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.extract.lines import CROSSES, TICKS
from medstep.lazyre import lazy_compile

_ROW = lazy_compile(r"^[ \t]*\|(.*)\|[ \t]*$")
# A two-cell row, "| Answer | D |", "| **Final answer** | (C) |": groups the key and the value cell, each trimmed of its
# blanks (the key also of its markup). Each blank run is read once (lane slow40d): a run is taken whole when a word
# follows it, else it gives back only its last blank (a blank cell: "|  | D |" keys " "), so "|" + 32,000 blanks + "x?"
# is not read once per split of the run between the cell's edges (21 s before). Oracle in tests/test_slow40d.py.
KEY_VALUE_ROW = lazy_compile(
    r"(?m)^[ \t]*+\|(?:[ \t*_]*+(?=[^ \t*_|\n])|[ \t*_]*(?=[ \t][*_]*+\|))([^|\n*_]{1,30}?)[ \t*_]*+\|"
    r"(?:[ \t]*+(?=[^ \t|\n])|[ \t]*(?=[ \t]\|))([^|\n]{1,80}?)[ \t]*+\|[ \t]*+$"
)
_SEPARATOR_CELL = lazy_compile(r"^\s*:?-{2,}:?\s*$")
# The names of a plain value column: what its cells say is the row's finding (present or not, its state).
_VALUE = frozenset({"present", "presence", "present?", "finding", "findings", "status", "result", "results", "answer",
                    "value", "yes/no", "y/n", "assessment", "appearance", "state", "observation", "seen", "seen?",
                    "detected", "detected?", "identified", "identified?", "present (yes/no)", "evaluation",
                    "impression", "interpretation", "verdict", "finding present", "present/absent", "current",
                    "current study", "this study", "today", "now", "present now", "on this study", "on current",
                    "current image", "this image", "on this image"})
# A column about this study ("Present now", "Current study") and one about an earlier one ("Present on prior").
_NOW = lazy_compile(r"(?i)\b(?:now|current|currently|today|this\s+(?:study|image|exam|film|scan))\b")
_PRIOR = lazy_compile(r"(?i)\b(?:prior|previous|previously|earlier|before|baseline|old|last|comparison)\b")
# Columns that describe the value (appended in brackets), never hold it.
_DESCRIBING = frozenset({"location", "site", "side", "laterality", "size", "severity", "grade", "details", "detail",
                         "comment", "comments", "notes", "note", "description", "measurement", "measurements",
                         "extent", "characteristics", "features", "remarks", "confidence"})
_MARKUP = " *_`"
# A title line over a table: a heading, a line in bold, or a few words closed by a colon.
_TITLE = lazy_compile(r"^[ \t]*(?:#{1,6}[ \t].*|\*\*[^*\n]{1,60}\*\*:?|[A-Za-z][\w ()/-]{0,40}:)[ \t]*$")


@dataclass(frozen=True)
class _Table:
    start: int  # first and last line index of the table block
    end: int
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


def _cells(line: str) -> tuple[str, ...] | None:
    m = _ROW.match(line)
    return tuple(c.strip().strip(_MARKUP).strip() for c in m.group(1).split("|")) if m else None


def _tables(lines: list[str]) -> list[_Table]:
    found: list[_Table] = []
    i = 0
    while i < len(lines):
        if _cells(lines[i]) is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _cells(lines[j + 1]) is not None:
            j += 1
        block = [c for c in (_cells(ln) for ln in lines[i:j + 1]) if c is not None]
        header: tuple[str, ...] | None = None
        if len(block) >= 2 and all(_SEPARATOR_CELL.match(c) for c in block[1]):
            header, body = block[0], block[2:]
        else:
            body = block
        body = [r for r in body if not all(_SEPARATOR_CELL.match(c) or not c for c in r)]
        found.append(_Table(i, j, header, tuple(body)))
        i = j + 1
    return found


def _value_cell(cell: str) -> str:
    if cell in TICKS:
        return "yes"
    if cell in CROSSES:
        return "no"
    return cell


def _as_lines(table: _Table) -> list[str] | None:
    """The table's ``key: value`` lines, ``[]`` for a table only about an earlier study, ``None`` to leave it."""
    widths = {len(r) for r in table.rows} | ({len(table.header)} if table.header else set())
    if not table.rows or len(widths) != 1 or widths.pop() < 2:
        return None
    keys = [r[0].lower() for r in table.rows]
    if len(set(keys)) != len(keys) or not all(keys):
        return None  # one finding on two rows: which holds?
    heads = [h.lower().strip() for h in table.header[1:]] if table.header else []
    value, describing = 1, list[int]()
    if table.header is None:
        if len(table.rows[0]) != 2:
            return None
    else:
        now = [i for i, h in enumerate(heads, 1) if _NOW.search(h) and not _PRIOR.search(h)]
        prior = [i for i, h in enumerate(heads, 1) if _PRIOR.search(h)]
        plain = [i for i, h in enumerate(heads, 1) if h in _VALUE and i not in prior]
        rest = [i for i, h in enumerate(heads, 1) if i not in prior]
        if not rest and prior:
            return []  # "| Finding | Present on prior |": nothing said of this image
        if len(now) == 1 and set(rest) == set(now):
            value = now[0]
        elif len(plain) == 1 and all(heads[i - 1] in _DESCRIBING for i in rest if i != plain[0]) and not prior:
            value, describing = plain[0], [i for i in rest if i != plain[0]]
        else:
            return None
    out = []
    for row in table.rows:
        cell = _value_cell(row[value])
        if not cell:
            return None
        extra = ", ".join(row[i] for i in describing if row[i] and row[i] not in ("-", "—", "–"))
        out.append(f"{row[0]}: {cell}" + (f" ({extra})" if extra else ""))
    return out


# A markdown checkbox item: "- [x] Pleural effusion", "- [ ] Pneumothorax".
_CHECKBOX = lazy_compile(r"^[ \t>*\-•]*\[([ xX✓✔])\][ \t]*([A-Za-z][^:\n\[\]]{1,60}?)[ \t.]*$")


def _checklist(text: str) -> str | None:
    """A reply made only of checkbox items as "item: yes / no" lines; ``None`` for any other reply."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    found = [_CHECKBOX.match(ln) for ln in lines]
    if len(lines) < 2 or any(m is None for m in found):
        return None
    keys = [m.group(2).strip().lower() for m in found if m is not None]
    if len(set(keys)) != len(keys):
        return None
    return "\n".join(f"{m.group(2).strip()}: {'no' if m.group(1) == ' ' else 'yes'}" for m in found if m is not None)


def as_fields(text: str) -> str:
    """``text`` with each markdown table it holds rewritten as "first cell: value" lines, or a checklist of boxes
    ("- [x] Pleural effusion", "- [ ] Pneumothorax") as "item: yes / no" lines (module docstring)."""
    if "[" in text and (checked := _checklist(text)) is not None:
        return checked
    if "|" not in text:
        return text
    lines = text.splitlines()
    tables = _tables(lines)
    if not tables:
        return text
    changed = False
    for table in reversed(tables):
        new = _as_lines(table)
        if new is not None:
            start = table.start
            while start and (not lines[start - 1].strip() or _TITLE.match(lines[start - 1])):
                start -= 1  # "**Findings**", "Summary table:": the table's title, no statement
            lines[start:table.end + 1] = new
            changed = True
    return "\n".join(lines) if changed else text


__all__ = ["as_fields"]
