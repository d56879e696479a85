"""Names of one concept in other languages, for the open-answer grader (``score/open_grade.py``): an answer or a gold
written in another language read as the concept's usual English term (split from ``open_grade.py``, which reads them
at its ``_translated`` step)."""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.concept_names import other_language_names
from medstep.answers.concepts import CONCEPTS_FILE, packaged_text, read_rows, vocabulary
from medstep.answers.foreign_sides import english_side, precedes_noun
from medstep.answers.text import normalize_text


@lru_cache(maxsize=1)
def other_names() -> dict[str, str]:
    """:func:`medstep.answers.concept_names.other_language_names` keyed as answers are compared ("hématome sous-dural" as
    "hématome sous dural")."""
    return {normalize_text(k): v for k, v in other_language_names().items()}


def english_name(text: str) -> str | None:
    """The concept's first English synonym (its usual term: "pulmonary edema", "subdural hematoma") for ``text`` when
    ``text`` is one of its other-language names; not its display name, which may be broader ("Edema"). An organ's
    name with a side word of its language after it ("riñón izquierdo", "rein droit") or, in German and Dutch, before it
    ("rechte Lunge") is the English side and name ("left kidneys", "right lungs"; ``answers/foreign_sides.py``)."""
    low = normalize_text(text)
    said = other_names().get(low)
    if said is not None:
        return first_synonyms().get(said)
    words = low.split()  # an organ named with its side: "riñón izquierdo", "rein droit", "rechte Lunge"
    if len(words) < 2:
        return None
    first, last = english_side(words[0]) if precedes_noun(words[0]) else None, english_side(words[-1])
    if last is not None and not precedes_noun(words[-1]):
        side, rest = last, words[:-1]
    elif first is not None:
        side, rest = first, words[1:]
    else:
        return None
    said = other_names().get(" ".join(rest))
    name = first_synonyms().get(said) if said is not None else None
    if said is None or name is None or vocabulary().concepts[said].category != "anatomy":
        return None  # a side is read with an organ's name only: "fractura derecha" is no English phrase here
    return f"{side} {name}"


@lru_cache(maxsize=1)
def first_synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE):
        if row.name and row.synonyms:
            out.setdefault(row.id, row.synonyms[0].partition("{")[0])
    return out


__all__ = ["english_name", "first_synonyms", "other_names"]
