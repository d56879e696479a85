"""An option written as modifier words and a finding's name, named by the same modifiers and another name of that
finding: "left upper lobe atelectasis" for "Left upper lobe collapse", "subpulmonic effusion" for "Subpulmonic pleural
effusion".

Why apart from the vocabulary's own-concept names (``extract/option_names.py``, :func:`own_concepts`): those name an
option only when no other option holds the same finding, so options that differ by their modifiers alone ("Left upper
lobe collapse" beside "Left lower lobe collapse") have none. Here the modifiers stay as written and only the finding's
name changes, so the name still tells the siblings apart.

Each name is the option's key with one run of its words that is a plain vocabulary name of a finding or device
(:func:`medstep.answers.concept_names.plain_names`: no attribute, no description, no function word, no other
language) replaced by
another plain name of the same concept (one word, or two keeping a word of the run: two words sharing none may name a
different lesion that a broad entry lists, "intramural hematoma" under "dissection"); at least one word of the option stays beside it (an option that is the
finding's name alone is the own-concept reader's). A name is kept only when exactly one option gives it and it neither
holds another option's key nor lies inside one. They are matched only by the aliased index
(``mentions.aliased_index``), which the choice reader reads last and only where the reply decides
(``extract/option_alias.py``).
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import option_key
from medstep.answers.concept_names import plain_names
from medstep.answers.concepts import vocabulary

# The most names one option may give (a concept with many names and an option with several runs): a bound on the
# patterns the aliased index compiles.
_MOST = 60


def _inside(a: str, b: str) -> bool:
    """Whether key ``a``'s words run inside key ``b``'s."""
    return f" {a} " in f" {b} "


def _swaps(key: str) -> list[str]:
    """Keys made from ``key`` by putting another plain name of a concept in place of one run naming it."""
    by_name, by_concept = plain_names()
    words = key.split()
    # (the shorter runs first: "collapse" of "lobe collapse" keeps the lobe, "left upper lobe atelectasis")
    runs = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 2) + 1)
                   if " ".join(words[i:j]) in by_name and j - i < len(words)), key=lambda r: r[1] - r[0])
    out: list[str] = []
    for i, j in runs:
        run = " ".join(words[i:j])
        cid = by_name[run]
        head = option_key(vocabulary().concepts[cid].name)
        for other in by_concept.get(cid, ()):
            other_key = option_key(other)
            # one side of the swap is the concept's own name ("collapse" -> "atelectasis", "pleural effusion" ->
            # "effusion"): a broad entry lists kinds, not synonyms ("liposarcoma" and "leiomyosarcoma" under sarcoma,
            # "seroma" and "lymphocele" under collection, "astrocytoma" and "medulloblastoma" under brain tumour), and
            # two of its kinds name different lesions; nor one modifier for another in two words ("amorphous
            # calcification" / "punctate calcification", "intertrochanteric fracture" / "hip fracture")
            if head not in (run, other_key) or (" " in run and " " in other_key):
                continue
            # a two-word name only where it keeps a word of the run ("lobar collapse" for "collapse"): two words
            # sharing none may be a different lesion the broad entry lists ("intramural hematoma" in "dissection")
            if other_key and other_key != run and (" " not in other_key or not set(other_key.split()).isdisjoint(run.split())):
                out.append(" ".join(words[:i] + other_key.split() + words[j:]))
    return out[:_MOST]


@lru_cache(maxsize=4096)
def swapped_keys(options: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(letter, key) of each option's names by a swapped finding name (see module docstring)."""
    keys = {letter: option_key(text) for letter, text in options}
    found = [(letter, name) for letter, key in keys.items() for name in dict.fromkeys(_swaps(key))]
    counts: dict[str, int] = {}
    for _, name in found:
        counts[name] = counts.get(name, 0) + 1
    return tuple((letter, name) for letter, name in found if counts[name] == 1
                 and not any(_inside(name, k) or _inside(k, name) for k in keys.values()))


__all__ = ["swapped_keys"]
