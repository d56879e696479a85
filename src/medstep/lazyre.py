"""Module-level regular expressions compiled on first use instead of at import.

Why this exists: the extraction and verification rules hold ~700 module-level
patterns. Compiling them all at import cost ~0.4 s of every command's start-up
(``python -X importtime``), while a run whose outputs end in ``<answer>X</answer>``
reaches under a hundred of them. Every module-level pattern is written
``NAME = lazy_compile(r"...", flags)`` (a test checks that no module compiles a
pattern at import with ``re.compile``): the object keeps ``pattern`` and ``flags``
for patterns built from other patterns' text, and compiles itself the first time a
matching method is asked for. It then stores the compiled pattern's bound methods
on itself, so later calls reach ``re`` directly and cost what a compiled pattern's
calls cost. Matches, groups and results are the compiled pattern's own.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The compiled pattern's attributes copied onto the lazy object at first use.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "groups", "groupindex")


class _LazyPattern:
    """A pattern's text and flags; compiled by the first lookup of a method it does not hold yet."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for names not already on the object; dunder lookups (copy, pickle) must not compile.
        # The compiled pattern is kept: an attribute it lacks, asked again (``getattr(p, "cache_clear", None)``
        # over a module's globals), must not compile the pattern again each time.
        if name.startswith("__") or "pattern" not in self.__dict__:
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
            for attr in _FORWARDED:
                setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, deferred to the first search/match/sub/... call.

    Typed as a compiled pattern because it behaves as one for every method and for ``pattern``;
    ``flags`` is the value given (``re.compile`` adds ``re.UNICODE`` to a text pattern's).
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))


# Written before a pattern's alternative that opens with a blank run (``\s+``, ``\s*``), in a pattern read with a
# plain ``search`` from the text's start: that alternative then starts only where a run of blanks starts. Exact there:
# a match that starts inside a run also matches from the run's first blank (the leading ``\s+`` takes the blanks
# before it too), and ``search`` would have returned that earlier start. Without it, each of a 20,000-blank run's
# positions started a scan to the run's end (quadratic: a minute for one sentence). Not exact in ``finditer``,
# ``sub`` or a ``search`` from a position inside a run, where a match may begin mid-run.
RUN_START = r"(?<!\s)"
