"""The ``typed`` rung for an organ named in another language: "La lesión se localiza en el páncreas, concretamente
en la cabeza pancreática, ..." to "¿Qué órgano muestra la lesión?" (gold "pancreas"), "La colecisti appare distesa
..." to "Quale organo è patologico?" (gold "gallbladder"), "病灶位于胰腺。" to "病变位于哪个器官？".

Why: the English ``typed`` rung (``score/open_typed.py``) reads English asking words and English site names, and the
frames the extractor cuts from a foreign answer (``extract/open_frames.foreign_label``) leave a described sentence
whole. A question asking which organ in Spanish, French, German, Italian or Portuguese (``langwords.
FOREIGN_ORGAN_ASKED``) or Chinese is answered in its language, and the concept vocabulary holds the organ names of
those languages (its other-language rows), so the one organ the answer names is read as an English typed answer is.

Precision first (in doubt, no match): the answer names exactly one organ of the vocabulary (an anatomy concept with
findings, as the English rung's organs), and it is the gold's; a negation, a doubt or an alternative of the language
anywhere (``langwords.foreign_negation``, ``FOREIGN_HELD_OPEN``, ``implicit_langs.ZH_HEDGE``, ``negation.ZH_DENY``),
or a word of normality, keeps it from matching; so does a second organ, normal or not ("el hígado es normal; la
lesión está en el bazo" names two), a disease of another organ the vocabulary knows, or the organ named only after
the answer's opening clause ("Colecistitis aguda; el páncreas ...": the vocabulary may not know the disease before it
in that language, so the organ may be named in passing). Counted as ``typed``; the token metrics stay the plain overlap.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import negation
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.langwords import FOREIGN_HELD_OPEN, FOREIGN_ORGAN_ASKED, foreign_negation
from medstep.lazyre import lazy_compile

_ASKS_ORGAN = lazy_compile(r"(?i)" + FOREIGN_ORGAN_ASKED + r"|[哪何什么]{1,2}一?个?器官")
# A word of normality in those languages and in Chinese ("normal", "normale", "normali", "normais", "正常").
_NORMAL = lazy_compile(r"(?i)\bnorma(?:l|le|les|li|is|ux)\b|正常|未见异常|无异常")
# The end of the opening clause, where an answer to "which organ" has named it ("La lesión se localiza en el
# páncreas, concretamente ...", "La colecisti appare distesa ..."); a clause before it may name a disease the vocabulary
# does not know in that language.
_CLAUSE_END = lazy_compile(r"[,;:.!?，；：。！？]")
_ZH_DENIED = lazy_compile("|".join(negation.ZH_DENY + negation.ZH_NOT))


def foreign_site(answer: str, gold: str, question: str) -> bool:
    """Whether ``answer``, to a question of another language asking which organ, names exactly one organ, ``gold``'s
    (module docstring)."""
    if _ASKS_ORGAN.search(question) is None or not answer.strip():
        return False
    concept = whole_concept(gold)
    vocab = vocabulary()
    if concept is None or vocab.concepts[concept].category != "anatomy":
        return False
    if foreign_negation(answer) or FOREIGN_HELD_OPEN.search(answer) is not None or _NORMAL.search(answer) is not None:
        return False
    zh_doubt = ZH_HEDGE.search(answer) is not None or _ZH_DENIED.search(answer) is not None
    if HAN.search(answer) is not None and zh_doubt:
        return False
    found = [m for m in vocab.mentions(normalize(answer)) if m.concept in vocab.concepts]
    said = [vocab.concepts[m.concept] for m in found]
    named = {c.id for c in said if c.category == "anatomy" and c.expands}
    opening = _CLAUSE_END.search(answer)
    # the organ named only after the opening clause ("Colecistitis aguda; el páncreas ..."): named in passing
    if not any(m.concept == concept and (opening is None or m.start < opening.start()) for m in found):
        return False
    owners = _owners()
    if any(c.id in owners and concept not in owners[c.id] for c in said):
        return False  # a disease of another organ only ("colecistite" beside the pancreas): a second organ named
    return named == {concept}


@lru_cache(maxsize=1)
def _owners() -> dict[str, frozenset[str]]:
    """Each finding of an organ's ``expands`` -> the organs it is a finding of ("cholecystitis" -> the gallbladder)."""
    out: dict[str, set[str]] = {}
    for c in vocabulary().concepts.values():
        if c.category == "anatomy":
            for finding in c.expands:
                out.setdefault(finding, set()).add(c.id)
    return {k: frozenset(v) for k, v in out.items()}


__all__ = ["foreign_site"]
