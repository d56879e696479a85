"""An organ's size asked in Spanish, Portuguese, French, Italian or German, answered by a sentence naming the same
organ: "Die Milz ist normal groß." to "Ist die Milz vergrößert?" (no), "El bazo está aumentado de tamaño." to "¿Está
aumentado el bazo?" (yes), "Le foie est de taille normale." to "Le foie est-il augmenté de volume ?" (no).

The presence reader of these languages (``extract/implicit_europe.py``) reads a finding's term; a size question has
no such term, only an organ and a size word. The answer is read with the organ word the question wrote (folded: lower
case, no accents), so no translation is needed: every clause naming that organ must state one size, in one of the
language's shapes:

* enlarged ("vergrößert", "aumentado", "augmenté de volume", "ingrandito", "dilatado"): yes;
* normal in size, or the size word denied right before it ("normal groß", "de tamaño normal", "de taille normale",
  "nicht vergrößert", "no está aumentado", "n'est pas dilaté"), or called normal ("Die Leber ist unauffällig."): no.

An enlarged organ has a name of its own in each language ("cardiomegalia", "Hepatomegalie", "splénomégalie": the
other-language names of ``answers/concepts.tsv``); for the heart, the liver and the spleen asked by one of their words
(:data:`_ENLARGED_AS`) the answer may state or deny that name instead ("No se observa cardiomegalia." to "¿Está
aumentada la silueta cardíaca?"), read in the presence reader's shapes; the two readings must agree.

A question asking whether the organ is normal ("¿Es normal el hígado?") is answered yes only by a clause calling the
organ normal and nothing else ("El hígado es normal."), no by one calling it enlarged; its size alone says nothing of
the rest of it. Nothing is read when a clause naming the organ states two sizes ("Die Milz ist normal groß und die
Leber vergrößert."), none, or a negation the shapes do not place; the answer hedges, asks, turns ("aber", "pero")
or is long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import NO, YES, hedges, negation
from medstep.answers.concept_names import other_language_names
from medstep.extract import implicit_europe
from medstep.extract.langwords import fold, foreign_negation
from medstep.extract.mentions import CONFLICT
from medstep.lazyre import lazy_compile

MAX_CHARS = 300
_ORGAN = r"(?P<organ>[a-zß' ]{3,30}?)"
_ART = r"(?:(?:el|la|los|las|le|les|l'|il|lo|i|gli|o|a|os|as|die|der|das)\s*)"


@dataclass(frozen=True)
class _Words:
    """One language's size question shapes (each with ``organ`` and ``big`` or ``normal``) and size words, folded."""

    name: str
    questions: tuple[re.Pattern[str], ...]
    enlarged: re.Pattern[str]  # the organ called enlarged
    normal_size: re.Pattern[str]  # its size called normal, or the size word denied right before it
    normal: re.Pattern[str]  # the organ called normal (its whole)


def _q(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(lazy_compile(r"^[¿\s]*" + p + r"\s*\?\s*$") for p in patterns)


# Each language's enlarged words, written once: the question's size word (group ``big``), the answer's enlarged words
# and the same words denied ("no está aumentado") are built from them. A measure noun may follow the word in a
# question ("aumentado de tamaño", "augmenté de volume").
_ES_WORD = r"(?:aumentad|agrandad|dilatad|engrosad)[oa]s?"
_PT_WORD = r"(?:aumentad|dilatad|espessad)[oa]s?"
_FR_STEM = r"(?:augmente|dilate|elargi|hypertrophie|epaissi)"
_FR_WORD = r"(?:augmentee?s?(?:\s+de\s+(?:volume|taille))?|(?:dilate|elargi|hypertrophie|epaissi)e?s?)"
_IT_STEM = r"(?:ingrandit|aumentat|dilatat|ispessit)"
_IT_WORD = r"(?:ingrandit[oaie]|aumentat[oaie](?:\s+di\s+volume)?|(?:dilatat|ispessit)[oaie])"
_DE_WORD = r"(?:vergro(?:ß|ss|ess)ert|erweitert|dilatiert|verdickt)"
_ES_BIG = r"(?P<big>" + _ES_WORD + r")(?:\s+de\s+tamano)?"
_PT_BIG = r"(?P<big>" + _PT_WORD + r")(?:\s+de\s+tamanho)?"
_FR_BIG = r"(?P<big>" + _FR_WORD + ")"
_IT_BIG = r"(?P<big>" + _IT_WORD + ")"
_DE_BIG = r"(?P<big>" + _DE_WORD + ")"

_LANGS = (
    _Words("es", _q(r"(?:esta|estan)\s+" + _ES_BIG + r"\s+" + _ART + r"(?:tamano\s+(?:del?|de\s+la)\s+)?" + _ORGAN,
                    r"(?:esta|estan)\s+" + _ART + _ORGAN + r"\s+" + _ES_BIG,
                    r"(?:es|son)\s+(?P<normal>normal(?:es)?)\s+" + _ART + _ORGAN,
                    r"(?:es|son)\s+" + _ART + _ORGAN + r"\s+(?P<normal>normal(?:es)?)"),
           lazy_compile(r"\b" + _ES_WORD + r"\b"),
           lazy_compile(r"\b(?:(?:de\s+)?tamano\s+normal|(?:de\s+)?dimensiones\s+normales|normal\s+en\s+tamano|"
                        r"(?:de\s+)?calibre\s+normal|no\s+(?:(?:esta|estan|se\s+encuentra)\s+)?" + _ES_WORD + r")\b"),
           lazy_compile(r"\b(?:normal(?:es)?|sin\s+alteraciones)\b")),
    _Words("pt", _q(r"(?:o|a|os|as)\s+" + _ORGAN + r"\s+(?:esta|estao)\s+" + _PT_BIG,
                    r"(?:esta|estao)\s+" + _PT_BIG + r"\s+" + _ART + _ORGAN),
           lazy_compile(r"\b" + _PT_WORD + r"\b"),
           lazy_compile(r"\b(?:(?:de\s+)?tamanho\s+normal|(?:de\s+)?dimensoes\s+normais|(?:de\s+)?calibre\s+normal|"
                        r"nao\s+(?:(?:esta|estao)\s+)?" + _PT_WORD + r")\b"),
           lazy_compile(r"\b(?:normal|normais)\b")),
    _Words("fr", _q(r"(?:le|la|les|l')\s*" + _ORGAN + r"\s+(?:est|sont)-(?:il|elle|ils|elles)\s+" + _FR_BIG),
           lazy_compile(r"\b" + _FR_WORD + r"\b"),
           lazy_compile(r"(?:\b(?:de\s+)?taille\s+normale|\b(?:de\s+)?volume\s+normal|\b(?:de\s+)?dimensions?\s+"
                        r"normales?|\b(?:de\s+)?calibre\s+normal|\bn'(?:est|sont)\s+pas\s+" + _FR_STEM + r"e?s?|\bnon\s+"
                        + _FR_STEM + r"e?s?)\b"),
           lazy_compile(r"\b(?:normale?s?|sans\s+particularite)\b")),
    _Words("it", _q(r"(?:il|la|lo|l'|i|le|gli)\s*" + _ORGAN + r"\s+(?:e|sono)\s+" + _IT_BIG,
                    r"(?:e|sono)\s+" + _IT_BIG + r"\s+(?:il|la|lo|l'|i|le|gli)\s*" + _ORGAN),
           lazy_compile(r"\b" + _IT_WORD + r"\b"),
           lazy_compile(r"\b(?:(?:di\s+)?dimensioni\s+normali|(?:di\s+)?volume\s+normale|(?:di\s+)?calibro\s+normale|"
                        r"non\s+(?:(?:e|sono)\s+)?" + _IT_STEM + r"[oaie])\b"),
           lazy_compile(r"\b(?:normale|normali|nella\s+norma)\b")),
    _Words("de", _q(r"(?:ist|sind)\s+(?:die|der|das)\s+" + _ORGAN + r"\s+(?:(?:deutlich|vergro(?:ß|ss|ess)ert)\s+)?"
                    + _DE_BIG,
                    r"(?:ist|sind)\s+(?:die|der|das)\s+" + _ORGAN + r"\s+(?P<normal>normal|unauffallig)"),
           lazy_compile(r"\b" + _DE_WORD + r"\w*"),
           lazy_compile(r"\b(?:normal\s*gro(?:ß|ss)\w*|normgro(?:ß|ss)\w*|regelrecht\s+gro(?:ß|ss)\w*|von\s+normaler\s+"
                        r"gro(?:ß|ss)e|normal\s+weit|normalkalibrig\w*|normal\s+dick|nicht\s+" + _DE_WORD + r"\w*)"),
           lazy_compile(r"\b(?:normal|unauffallig|regelrecht)\b")),
)
# The organ words (folded) whose enlargement has a finding's name: the finding's id in ``answers/concepts.tsv``.
_ENLARGED_AS = {
    **dict.fromkeys(("corazon", "silueta cardiaca", "tamano cardiaco", "coracao", "silhueta cardiaca", "coeur",
                     "silhouette cardiaque", "cuore", "ombra cardiaca", "herz", "herzschatten", "herzsilhouette"),
                    "cardiomegaly"),
    **dict.fromkeys(("higado", "figado", "foie", "fegato", "leber"), "hepatomegaly"),
    **dict.fromkeys(("bazo", "baco", "rate", "milza", "milz"), "splenomegaly"),
}
# Any negation left in a clause once its size words are read (``langwords.foreign_negation`` and these): "nicht sicher
# vergrößert", "la rate n'est pas normale" say no size plainly.
_NEGATION = lazy_compile(hedges.words(negation.PLAIN, negation.NOR, negation.OTHER_NOR, ("ne",)) + r"|\bn'")
_PT_ARTICLE = lazy_compile(r"(?i)\bos?\b")
_TURN = lazy_compile(hedges.words(fold(w) for w in hedges.OTHER_TURN))
_SENTENCES = lazy_compile(r"(?<=[.!;])\s+|\n+|,\s*|;\s*")
_ENLARGED, _NORMAL_SIZE, _NORMAL = "enlarged", "normal size", "normal"


def _fold(text: str) -> str:
    """``text`` folded (``langwords.fold``), its apostrophes plain and "œ" written "oe" ("cœur" is "coeur")."""
    return fold(text.replace("’", "'").replace("œ", "oe").replace("Œ", "Oe"))


@lru_cache(maxsize=2048)
def asked(question: str) -> tuple[_Words, str, bool] | None:
    """The language, the folded organ word and whether the organ's normality (not its size) is asked, else
    ``None``."""
    q = _fold(question.strip())
    for lang in _LANGS:
        for pattern in lang.questions:
            m = pattern.match(q)
            if m is not None:
                organ = m.group("organ").strip()
                return (lang, organ, m.groupdict().get("normal") is not None) if len(organ) >= 3 else None
    return None


def _organ_at(clause: str, organ: str) -> bool:
    """Whether the clause names the organ, singular or plural ("ovario" / "ovarios", "Niere" / "Nieren")."""
    return re.search(r"\b" + re.escape(organ) + r"(?:s|es|n|en|e)?\b", clause) is not None


def _state(clause: str, lang: _Words) -> str | None:
    """The one size state the clause says, else ``None`` (none, two, or a negation no shape places)."""
    states = set()
    rest = clause
    for pattern, state in ((lang.normal_size, _NORMAL_SIZE), (lang.enlarged, _ENLARGED), (lang.normal, _NORMAL)):
        if pattern.search(rest) is not None:
            states.add(state)
            rest = pattern.sub(" ", rest)
    if len(states) != 1 or foreign_negation(rest) or _NEGATION.search(rest) is not None:
        return None  # "nicht sicher vergrößert", "la rate n'est pas normale"
    return states.pop()


def read_sized(text: str, question: str) -> str | None:
    """yes / no when every clause naming the asked organ states its size (module docstring), else ``None``."""
    found = asked(question)
    if found is None or len(text) > MAX_CHARS:
        return None
    lang, organ, whole = found
    folded = _fold(text)
    # (the Portuguese article "o" is no Spanish or Italian "or": "O baço está aumentado.")
    if implicit_europe.hedged(_PT_ARTICLE.sub(" ", text) if lang.name == "pt" else text) or _TURN.search(folded):
        return None
    named = None if whole else _named(text, question, organ)
    if named == CONFLICT:
        return None
    states = _states(folded, lang, organ, whole)
    if states is None or len(states) > 1 or not (states or named):
        return None
    if whole:
        state = states.pop()
        return YES if state == _NORMAL else NO if state == _ENLARGED else None
    sized = (YES if states.pop() == _ENLARGED else NO) if states else named
    return sized if named is None or named == sized else None


def _states(folded: str, lang: _Words, organ: str, whole: bool) -> set[str] | None:
    """The size states the clauses naming ``organ`` say, ``None`` where one says none plainly."""
    states = set()
    for clause in _SENTENCES.split(folded):
        if not _organ_at(clause, organ):
            continue
        state = _state(clause, lang)
        if state is None:
            return None
        if whole and state == _NORMAL and not re.fullmatch(
                r"\W*(?:\w+\s+){0,2}?" + re.escape(organ) + r"\w{0,2}\s+(?:\w+\s+)?" + lang.normal.pattern + r"\W*",
                clause):
            return None  # "El hígado es normal en ecogenicidad ...": normal in one respect
        states.add(state)
    return states


# An English question of the heart's, the liver's or the spleen's size: "Is the liver enlarged?"
_EN_SIZE = lazy_compile(r"(?i)^\s*is\s+the\s+(heart|cardiac\s+silhouette|liver|spleen)\s+(?:enlarged|large|big)\s*\?\s*$")
_EN_FINDING = {"heart": "cardiomegaly", "cardiac silhouette": "cardiomegaly", "liver": "hepatomegaly",
               "spleen": "splenomegaly"}


def read_sized_english(text: str, question: str) -> str | None:
    """An English size question ("Is the liver enlarged?") answered in one of the languages ("El hígado tiene un
    tamaño normal."): the organ's words there (:data:`_ENLARGED_AS`, not the French "rate", an English word too) read
    with each language's size words (a language whose words read no clause plainly reads nothing); every reading
    must agree. Only for a text another language's reader reaches
    (``extract/implicit.py``)."""
    m = _EN_SIZE.match(question)
    if m is None or len(text) > MAX_CHARS or implicit_europe.hedged(text):
        return None
    folded = _fold(text)
    if _TURN.search(folded):
        return None
    finding = _EN_FINDING[" ".join(m.group(1).lower().split())]
    verdicts = set()
    for organ in (w for w, f in _ENLARGED_AS.items() if f == finding and w != "rate"):
        for lang in _LANGS:
            if not _organ_at(folded, organ):
                continue
            states = _states(folded, lang, organ, False)  # (None: this language's words do not read it)
            verdicts |= {YES if state == _ENLARGED else NO for state in states or ()}
    return verdicts.pop() if len(verdicts) == 1 else None


def _named(text: str, question: str, organ: str) -> str | None:
    """The verdict of the enlarged organ's own name stated or denied ("No se observa cardiomegalia."), ``CONFLICT``
    where two names read differently, else ``None``."""
    finding = _ENLARGED_AS.get(organ)
    if finding is None:
        return None
    names = [name for name, cid in other_language_names().items() if cid == finding and fold(name).isascii()]
    got = {v for name in names if (v := implicit_europe.read_european(text, question, fold(name), bare=True))}
    return got.pop() if len(got) == 1 else CONFLICT if got else None


__all__ = ["asked", "read_sized", "read_sized_english"]
