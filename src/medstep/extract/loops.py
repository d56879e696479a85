"""An output that repeats one short line (a generation loop): the line, said once.

Small fine-tuned models stuck in a loop write their answer again and again
("C\\nC\\nC\\nC", "Answer: B\\nAnswer: B"). Every line says the same thing, so
the output states one answer as plainly as the line alone; the readers that
look at a whole output only when it is about as short as an option would
otherwise see a long text and decline. Lines that differ in any character are
not a loop (a list of options, "B\\nC" is two answers).
"""

from __future__ import annotations

# A repeated line longer than this is a sentence loop ("The lung shows. The lung shows."), not an answer said again.
LINE_MAX = 60


def repeated_line(region: str) -> str | None:
    """The one line ``region`` repeats on every non-empty line (two lines at least), else None."""
    if "\n" not in region.strip():
        return None
    lines = {line.strip() for line in region.splitlines() if line.strip()}
    if len(lines) != 1:
        return None
    line = lines.pop()
    return line if len(line) <= LINE_MAX else None
