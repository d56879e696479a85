"""An option's text said after another option's qualifier in other words: a mention of that other option.

Options often differ by a technique qualifier before one shared text ("T1-weighted" / "Post-contrast T1-weighted",
"CT" / "Contrast-enhanced CT"). A reply that writes the qualifier in another of its table's phrases ("contrast-enhanced
T1-weighted", "post-contrast T1") holds the plainer option's text verbatim, and the text matcher read that plainer
option. What the text is said with decides which option it names, whatever the frame: the qualifier's value is
looked up in the one home of technique words (``answers/technique.tsv``), never in a list of its own here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from medstep.answers.technique import TechniqueValue, technique_value, value_ending_at, value_starting_at

if TYPE_CHECKING:
    from medstep.extract.mentions import Mention


@lru_cache(maxsize=1024)
def technique_qualified(texts: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, TechniqueValue], ...]:
    """(letter, other letter, value) where the other option is this one's text after a technique phrase naming
    ``value`` ("Post-contrast T1-weighted" beside "T1-weighted"): the pairs :func:`requalified` reads."""
    out = []
    for letter, text in texts:
        own = text.strip().lower()
        for other, longer in texts:
            low = longer.strip().lower()
            if other != letter and own and low.endswith(own) and low[:-len(own)][-1:] in (" ", "-"):
                value = technique_value(low[:-len(own)].strip(" -"))
                if value is not None:
                    out.append((letter, other, value))
    return tuple(out)


def requalified(m: Mention, low: str, qualified: tuple[tuple[str, str, TechniqueValue], ...]) -> Mention:
    """An option's text said right after (or before) a technique phrase naming what another option puts before the
    same text ("contrast-enhanced T1-weighted", "T1 post contrast" beside the options "T1-weighted" and "Post-contrast T1-weighted"): a mention of
    that other option, said in the technique table's other words (``answers/technique.tsv``), not of the plainer one."""
    for letter, other, value in qualified:
        if m.letter == letter and value in (value_ending_at(low, m.start), value_starting_at(low, m.end)):
            return m._replace(letter=other)
    return m
