"""An output cut while it named an option as the heading of its discussion (issue #7, lane falsedec50).

A reply that walks through the options ("Let us consider each option. A. Emphysema: low attenuation without walls.
B. Interstitial lung dis") and is cut at a token limit names its last option as a heading, not as a pick: the cut took
the discussion and any verdict after it. Two readers must see that: ``extract/cut.py`` (a last line naming an option
and a few words is a stated answer, unless those words stop inside the option's own name) and ``extract/trailing.py``
(the letter's dot is no sentence end when the option's own name, cut short, follows it). Its own module because both
import it and ``cut`` already depends on ``trailing`` (through ``decision_clauses``).
"""

from __future__ import annotations

# What stands between an option's letter and its name: "B. ", "(B) ", "B) **", "B: ".
_LETTER_TO_NAME = " \t\n.):：*_]-–—"


def name_cut(after: str, option: str) -> bool:
    """Whether ``after`` (the words after an option's letter, up to the end of the output) is its option's own text
    stopped short ("Interstitial lung dis" of "Interstitial lung disease"), or its name and a heading's separator with
    an unfinished sentence after it ("Interstitial lung disease: characterized by reticular"): the option was being
    named, as the heading of its discussion, when the output was cut; the whole name alone ("B. Interstitial lung
    disease") is not cut."""
    said = " ".join(after.lstrip(_LETTER_TO_NAME).split()).rstrip("*_ ").lower()
    name = " ".join(option.split()).lower()
    if not said or not name:
        return False
    if len(said) < len(name):
        return name.startswith(said)
    rest = said[len(name):].lstrip("*_ )")
    return said.startswith(name) and rest[:1] in (":", "：", "—", "–", "-") and not rest.rstrip().endswith((".", "!", "?"))
