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
in that language, so the organ may be named in passing). The grader receives the extractor's normalised answer, without
commas, semicolons, "?" or hyphens, so the doubts are also read in that form ("peut être", "improbable", "si", "no"; a
word the question holds restates it: Italian "si vede" to "Quale organo si vede?" is no Spanish "si") and
the opening clause by its words: only an answer label, an article, a frame naming the organ or the lesion, or a word
of the question restated ("En la imagen se observa el páncreas" to "¿Qué órgano se observa en la imagen?", as the
English ``contained`` rung lets an answer repeat its question) may stand before the organ ("hepatocarcinoma el
páncreas ..." names it in passing). Words of normality have one home,
``extract/normality.NORMAL_PART_ABROAD``. Counted as ``typed``; the token metrics stay the plain overlap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.langwords import FOREIGN_HELD_OPEN, FOREIGN_ORGAN_ASKED, foreign_negation
from medstep.extract.normality import NORMAL_PART_ABROAD
from medstep.lazyre import lazy_compile

_ASKS_ORGAN = lazy_compile(r"(?i)" + FOREIGN_ORGAN_ASKED + r"|[哪何什么]{1,2}一?个?器官")
# A word of normality in those languages and in Chinese (its one home: ``extract/normality``).
_NORMAL = lazy_compile(r"(?i)" + NORMAL_PART_ABROAD)
# The graded answer is the extractor's normalised text: no punctuation, no hyphen ("peut être", "lesión en el hígado
# improbable"), so doubts are matched in that form too, and the Spanish/Italian "no" is a negation here.
# The maybe and likely words of each language are ``answers/hedges.EUROPEAN``'s (hyphen read as a blank); "no",
# "si"/"wenn"/"falls" ("if") and the "improbable" forms are this reading's own.
_HEDGED = sorted({w.replace("-", " ") for lang in hedges.EUROPEAN.values() for w in (*lang.maybe, *lang.likely)},
                 key=len, reverse=True)
_DOUBT = lazy_compile(
    r"(?i)\b(?:no|(?:im|un)?probab\w*|unwahrscheinlich\w*|si|wenn|falls|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _HEDGED)
    + r")\b"
)
# What may stand before the organ in an answer naming it (the extractor has dropped the clause's punctuation, so the
# opening clause is read by its words): an answer label, an article, a frame asking-back the organ or the lesion.
_LEAD_WORDS = frozenset(
    """respuesta réponse reponse antwort risposta resposta answer final el la los las le les l il lo
gli i o a os as die der das the órgano organo organe organ órgão orgao afectado afectada atteint betroffen betroffene
interessato acometido affected es est ist è é is se localiza localise localizza localizzato localizada localizado
situé située liegt en dans in nel nella no na im lesión lésion läsion lesione lesão lesao""".split()
)
# The end of the opening clause, where an answer to "which organ" has named it ("La lesión se localiza en el
# páncreas, concretamente ...", "La colecisti appare distesa ..."); a clause before it may name a disease the vocabulary
# does not know in that language.
_CLAUSE_END = lazy_compile(r"[,;:.!?，；：。！？]")
_WORD = lazy_compile(r"\w+")
_ZH_DENIED = lazy_compile("|".join(negation.ZH_DENY + negation.ZH_NOT))


def _in_doubt(answer: str, question: str) -> bool:
    """Whether a doubt word of ``answer`` is not the question restated: a doubt word is a restatement only where the
    question holds it next to the same neighbouring word ("si vede" to "Quale organo si vede?"). The doubt word alone
    in the question ("Quel organe est peut-être atteint ?") keeps "Peut-être le foie" in doubt. Each text is read
    once (the question's two- and three-word phrases), so a long hostile answer stays linear."""
    low = answer.lower()
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(low)]
    starts = [start for start, _ in words]
    asked = _WORD.findall(normalize(question))
    phrases = {" ".join(asked[i : i + n]) for n in (2, 3) for i in range(len(asked) - n + 1)}
    for doubt in _DOUBT.finditer(low):
        first = bisect_left(starts, doubt.start())
        said = _WORD.findall(doubt.group(0))
        before = [w for _, w in words[max(0, first - 1) : first]]
        after = [w for _, w in words[first + len(said) : first + len(said) + 1]]
        if not any(len(p) > len(said) and " ".join(p) in phrases for p in ([*before, *said], [*said, *after])):
            return True
    return False


def foreign_site(answer: str, gold: str, question: str) -> bool:
    """Whether ``answer``, to a question of another language asking which organ, names exactly one organ, ``gold``'s
    (module docstring)."""
    if _ASKS_ORGAN.search(question) is None or not answer.strip():
        return False
    concept = whole_concept(gold)
    vocab = vocabulary()
    if concept is None or vocab.concepts[concept].category != "anatomy":
        return False
    # the answer restating the question ("en la imagen se observa el ..." to "¿Qué órgano se observa en la imagen?")
    asked = set(_WORD.findall(normalize(question)))
    if (
        foreign_negation(answer)
        or FOREIGN_HELD_OPEN.search(answer) is not None
        or _NORMAL.search(answer) is not None
        or _in_doubt(answer, question)
    ):
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
    first = min((m.start for m in found if m.concept == concept), default=0)
    if HAN.search(answer) is None and any(
        w not in _LEAD_WORDS and w not in asked for w in normalize(answer)[:first].split()
    ):
        return False  # a word of another kind before the organ ("hepatocarcinoma el páncreas ..."): named in passing
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
