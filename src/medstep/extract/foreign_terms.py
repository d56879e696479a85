"""An English question answered in another language, the finding named in that language: "Kein Pleuraerguss." to "Is
there a pleural effusion?", "No hay neumotórax." to "Is there a pneumothorax?".

The asked finding's other-language names are synonyms of its concept in the shared vocabulary
(``answers/concepts.tsv``, its "other-language names" rows), known to the verifier as well. :func:`foreign_terms`
gives the names of the asked concept the text uses, each read by ``extract/implicit_europe.py`` in every language's
statement shapes (a denial or a statement right before it, a denial after it), never by the English readers' cue
words; a concept only, or a narrower one ("Pleuraerguss rechts" is still the asked effusion).
"""

from __future__ import annotations

from medstep.answers import NO, YES
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract.implicit_europe import LANGUAGES, read_european
from medstep.extract.langwords import fold, foreign_negation
from medstep.lazyre import lazy_compile

_CLAUSES = lazy_compile(r"[.!?;,:\n]+\s*")

_CLAIMS = ("finding", "device")


def foreign_text(text: str) -> bool:
    """Whether ``text`` is written (in part) in another language: letters beyond ASCII, another language's denial,
    or a clause opening as one of :data:`implicit_europe.LANGUAGES` states or denies ("No hay ...", "Se observa ...",
    "Es zeigt sich ...")."""
    if not text.isascii() or foreign_negation(text):
        return True
    clauses = [c.strip(" *_\"'") for c in _CLAUSES.split(fold(text)) if c.strip()]
    return any(lang.denied.match(c) or lang.stated.match(c) for c in clauses for lang in LANGUAGES)


def foreign_terms(text: str, question: str) -> list[str]:
    """The surface names (lower case) in ``text`` of the concept ``question`` asks about, where they are not the
    question's own words and the text is in another language (module docstring); ``[]`` when the question names no
    one finding or device."""
    if not foreign_text(text):
        return []
    voc = vocabulary()
    asked = {m.concept for m in voc.mentions(question) if m.kind is MentionKind.CONCEPT
             and m.concept in voc.concepts and voc.concepts[m.concept].category in _CLAIMS}
    if len(asked) != 1:
        return []
    concept = asked.pop()
    low, q = normalize(text), normalize(question)
    names = []
    for m in voc.mentions(text):
        if m.kind is not MentionKind.CONCEPT or m.concept not in voc.concepts:
            continue
        if m.concept != concept and concept not in voc.concepts[m.concept].ancestors:
            continue
        name = low[m.start:m.end]
        if name not in q and name not in names:
            names.append(name)
    return names


def read_foreign(text: str, question: str) -> str | None:
    """yes / no when each other-language name of the asked concept in ``text`` is read the same way by
    ``implicit_europe.read_european`` (its shapes, its cue words, the name read bare as in its own language)."""
    got = {read_european(text, question, fold(name), bare=True) for name in foreign_terms(text, question)}
    return got.pop() if len(got) == 1 and got <= {YES, NO} else None


__all__ = ["foreign_terms", "foreign_text", "read_foreign"]
