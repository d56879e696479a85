"""Implicit yes/no in Spanish, Portuguese, French, Italian and German: "No se observa derrame pleural." to ¿Hay
derrame pleural?, "Pas d'épanchement pleural." to Y a-t-il un épanchement pleural ?, "Kein Pleuraerguss." to Ist
ein Pleuraerguss zu sehen?, "Não há sinais de pneumotórax." to Há sinais de pneumotórax?

Split from :mod:`medstep.extract.implicit`, whose module docstring states the rules (simple questions only, the
question's own term, any hedge or unclear negation refuses); this reader applies them with each language's cue
words, which live here and only here. Text is compared folded (lower case, no accents: "épanchement" is
"epanchement"), so a reply written without its accents reads the same.

A sentence naming the asked term reads only in one of these shapes, else the whole reply gives no reading:

* a denial right before the term ("no se observa", "sin", "pas de", "il n'y a pas de", "kein", "não há", "sem",
  "non si osserva", "assenza di", articles and "signs of" allowed between): no;
* a statement right before it ("se observa", "hay", "il y a", "on note", "es zeigt sich", "há", "c'è"): yes;
* the term opening the sentence, then a denial ("Pneumothorax nicht nachweisbar.", "Derrame pleural ausente."):
  no; or with no negation anywhere ("Derrame pleural derecho."): yes, for a question in the same language only
  (an English question's own reader decides what a bare English term means).

A denial naming one side ("No se observa derrame pleural derecho.") says nothing of a side-less question; the
bare noun denied ("No hay derrame." to ¿Hay derrame pleural?, "Kein Erguss." to ... Pleuraerguss ...) denies the
asked one too. A question naming two things ("o", "ou", "oder") is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import NO, YES, hedges, negation
from medstep.extract.langwords import fold, foreign_negation
from medstep.extract.stance import Stance
from medstep.lazyre import lazy_compile

_TERM = r"(?P<term>[a-zß' -]{3,40}?)"
# Articles and "signs / evidence of" between a cue and the term, in any of the languages.
_FILL = (r"(?:(?:un|una|uno|um|uma|une|el|la|le|il|lo|los|las|les|o|a|os|as|ein|eine|einen|eines|einer|"
         r"signos|sinais|signes?|segni|evidencia|evidenza|indicios|hinweis|nachweis|datos|de|di|du|des|auf|"
         # the lines of a fracture: "trazos de fractura", "trait de fracture", "rima di frattura", "traço de fratura";
         # "Anhalt für" (grounds for)
         r"trazos?|lineas?|traits?|lignes?|rima|linee|linea|tracos?|linhas?|anhalt|anhaltspunkte?|fur|fuer)\s+"
         r"|(?:l|d|un|nessun)')*")
# Before a stated term, a size that only says how much of it there is: "Existe un pequeño derrame pleural.",
# "Présence d'un petit pneumothorax." (in a denial such a word narrows it: "sin gran derrame" leaves a small one).
_STATED_FILL = _FILL + (r"(?:(?:pequen[oa]|leve|discret[oa]|moderad[oa]|minim[oa]|escas[oa]|petite?|legere?|minime|"
                        r"modere?e?|piccol[oa]|liev[ei]|modest[oa]|pequen[oa]|kleiner?|kleinen|geringer?|"
                        r"minimaler?)\s+)?")


@dataclass(frozen=True)
class Language:
    """One language's cue words (folded): how its yes/no question names a finding, and how a reply states it."""

    name: str
    questions: tuple[re.Pattern[str], ...]  # each with a ``term`` group
    denied: re.Pattern[str]  # a denial right before the term
    stated: re.Pattern[str]  # a statement right before the term
    denied_after: re.Pattern[str]  # after the term, the rest of the sentence denies it
    sides: re.Pattern[str]


def _q(pattern: str) -> re.Pattern[str]:
    return lazy_compile(r"^[\s¿*_]*" + pattern + r"\s*\?[\s*_]*$")


_AFTER_END = r"[\s.!;*_]*$"
LANGUAGES: tuple[Language, ...] = (
    Language(
        "es",
        (_q(r"(?:hay|existen?|se\s+(?:observan?|ven?|aprecian?|identifican?))\s+" + _FILL + _TERM),),
        lazy_compile(r"^(?:no\s+(?:se\s+(?:observan?|ven?|aprecian?|identifican?|visualizan?|evidencian?|detectan?)|"
                     r"hay|existen?|presenta)|sin|ausencia\s+de|ningun[oa]?)\s+" + _FILL),
        lazy_compile(r"^(?:se\s+(?:observan?|ven?|aprecian?|identifican?|visualizan?|evidencian?)|hay|existen?)\s+"
                     + _STATED_FILL),
        lazy_compile(r"^\s*(?:[:,-]\s*no|ausente|no\s+(?:visible|se\s+observa|presente))" + _AFTER_END),
        lazy_compile(r"\b(?:derech|izquierd)[oa]s?\b"),
    ),
    Language(
        "pt",
        (_q(r"(?:ha|existem?|observa-se|ve-se|nota-se)\s+" + _FILL + _TERM),),
        lazy_compile(r"^(?:nao\s+(?:ha|se\s+(?:observam?|veem?|ve|notam?|identificam?)|existem?)|sem|"
                     r"ausencia\s+de|nenhum[a]?)\s+" + _FILL),
        lazy_compile(r"^(?:ha|observa-se|observam-se|nota-se|notam-se|ve-se|existem?|presenca\s+de)\s+" + _STATED_FILL),
        lazy_compile(r"^\s*(?:[:,-]\s*nao|ausente|nao\s+(?:visivel|observad[oa]))" + _AFTER_END),
        lazy_compile(r"\b(?:direit|esquerd)[oa]s?\b"),
    ),
    Language(
        "fr",
        (_q(r"(?:y\s+a-t-il|existe-t-il|voit-on|observe-t-on|note-t-on|retrouve-t-on)\s+" + _FILL + _TERM),),
        lazy_compile(r"^(?:(?:il\s+)?n'y\s+a\s+pas|pas|absence|on\s+ne\s+(?:voit|note|observe|retrouve)\s+pas|"
                     r"aucun(?:e)?|sans)(?:\s+|(?=d'))" + _FILL),
        lazy_compile(r"^(?:il\s+y\s+a|on\s+(?:note|observe|voit|retrouve)|presence|existence)(?:\s+|(?=d'))"
                     + _STATED_FILL),
        lazy_compile(r"^\s*(?:[:,-]\s*non|absente?|exclue?|non\s+visible)" + _AFTER_END),
        lazy_compile(r"\b(?:droite?|gauche)s?\b"),
    ),
    Language(
        "it",
        (_q(r"(?:c'e|ci\s+sono|e\s+presente|sono\s+presenti|si\s+(?:osserva(?:no)?|vede|vedono))\s+" + _FILL + _TERM),),
        lazy_compile(r"^(?:non\s+(?:c'e|ci\s+sono|si\s+(?:osserva(?:no)?|vede|vedono|rileva(?:no)?|apprezza(?:no)?)|e\s+presente|"
                     r"sono\s+presenti)|assenza\s+di|nessun[oa]?|senza)(?:\s+|(?=nessun'))" + _FILL),
        lazy_compile(r"^(?:c'e|ci\s+sono|si\s+(?:osserva(?:no)?|vede|vedono|rileva(?:no)?|apprezza(?:no)?)|e\s+presente|"
                     r"presenza\s+di)\s+" + _STATED_FILL),
        lazy_compile(r"^\s*(?:[:,-]\s*no|assente|non\s+visibile)" + _AFTER_END),
        lazy_compile(r"\b(?:destr|sinistr)[oaie]\b"),
    ),
    Language(
        "de",
        (_q(r"(?:ist|sind)\s+(?:hier\s+)?(?:(?:ein|eine|einen)\s+)?" + _TERM
            + r"\s+(?:zu\s+sehen|sichtbar|vorhanden|erkennbar|nachweisbar|abgebildet)"),
         _q(r"(?:gibt\s+es|zeigt\s+sich|findet\s+sich)\s+(?:(?:ein|eine|einen)\s+)?" + _TERM),
         _q(r"liegt\s+(?:(?:ein|eine)\s+)?" + _TERM + r"\s+vor")),
        lazy_compile(r"^(?:kein(?:e|en|em|er)?|es\s+(?:gibt|zeigt\s+sich|findet\s+sich|liegt)\s+kein(?:e|en)?|ohne)\s+"
                     + _FILL),
        lazy_compile(r"^(?:es\s+(?:zeigt\s+sich|zeigen\s+sich|findet\s+sich|gibt|besteht|liegt)|nachweis)\s+"
                     + _STATED_FILL),
        lazy_compile(r"^\s*(?:[:,-]\s*nein|(?:ist\s+)?nicht\s+(?:nachweisbar|sichtbar|vorhanden|erkennbar|zu\s+sehen|abgrenzbar)|"
                     r"ausgeschlossen)" + _AFTER_END),
        lazy_compile(r"\b(?:rechts|links)(?:seitig\w*)?\b"),
    ),
)
# A hedge, an alternative or a question (``answers/hedges``: the words folded as the text is).
_HEDGE = lazy_compile(
    hedges.words([fold(w) for w in (*hedges.OTHER_POSSIBILITY, *hedges.EUROPEAN_SUSPICION, *hedges.OTHER_OR,
                                    *(w for lang in hedges.EUROPEAN.values() for w in lang.could + lang.likely))])
    + r"|\?"
    # "cannot be excluded" in each language: "ne peut être exclu", "no se puede descartar", "nicht ausgeschlossen"
    r"|\b(?:ne\s+peut\s+(?:pas\s+)?etre|sans|no\s+(?:se\s+)?puede|nao\s+(?:se\s+)?pode\s+(?:ser\s+)?|"
    r"non\s+(?:si\s+)?puo\s+(?:essere\s+)?|nicht\s+(?:sicher\s+)?)\s*(?:exclu|descart|exclui|esclu|ausgeschlossen)"
)
# The English negation words from their one home, with Spanish "ni" and French "ne" beside them.
_OTHER_NEGATION = lazy_compile(hedges.words(negation.PLAIN, negation.NOR, negation.OTHER_NOR, ("ne",)))
# After a denied term, words that narrow it ("sin derrame significativo", "pas de fracture récente", "pas de
# pneumothorax sous tension"): the denial leaves the rest of the finding open. After a stated one, words that place
# it in the past ("fractura antigua consolidada"): no current finding stated.
_NARROW = lazy_compile(
    r"\b(?:significativ[oa]s?|significati(?:f|ve)s?|signifikant\w*|relevant\w*|rilevant[ei]|importante?s?|"
    r"grande?s?|gros(?:se)?s?|massi(?:f|ve|vo|va)s?|masiv[oa]s?|(?:sous|a|sotto)\s+tension[e]?|hipertensiv[oa]|"
    r"recente?s?|reciente?s?|frisch\w*|agud[oa]s?|aigu(?:e|s|es)?|acut[oa]s?|akut\w*|nuev[oa]s?|nouveau|nouvelle|"
    r"nov[oa]s?|nuov[oa]s?|neu\w*|desplazad[oa]s?|deplacee?s?|deslocad[oa]s?|scompost[oa]|disloziert\w*|"
    r"verschoben\w*|francs?|franche|manifest[oa])\b"
)
_PAST = lazy_compile(
    r"\b(?:antigu[oa]s?|consolidad[oa]s?|previ[oa]s?|ancien(?:ne)?s?|consolidee?s?|alt(?:e|er|en|es)?|"
    r"vorbestehend\w*|verheilt\w*|vecchi[oa]|pregress[oa]|consolidat[oa]|antig[oa]s?|cicatri\w*|residual\w*|"
    r"sequel\w*|sequela\w*|postoperat\w*|post-?operat\w*)\b"
)
_TWO_THINGS = lazy_compile(hedges.words(hedges.OTHER_OR, hedges.OTHER_AND, ("and", "or")))
_SENTENCES = lazy_compile(r"(?<=[.!;])\s+|\n+")
# A comma before a denial or a turn opens a clause of its own: "Derrame pleural derecho, sin neumotórax." states the
# effusion and denies the pneumothorax (a comma before anything else continues a list: "No se observa derrame,
# neumotórax ni consolidación.").
_CLAUSES = lazy_compile(r",\s+(?=(?:" + hedges.alternation(fold(w) for w in hedges.OTHER_TURN) + "|mas|"
                        + negation.alternation(negation.OTHER_WITHOUT)
                        + r"|(?:" + negation.alternation(negation.OTHER_NONE) + r")\w*|pas|no|nao|non|absence|ausencia|"
                        r"assenza)\b)")


def _fold(text: str) -> str:
    return fold(text.replace("’", "'"))


@lru_cache(maxsize=4096)
def question_term(question: str) -> tuple[Language, str] | None:
    """The language and the (folded) term of a simple yes/no question in one of :data:`LANGUAGES`, else ``None``;
    remembered, since a benchmark asks the same questions over and over."""
    q = _fold(question.strip())
    for lang in LANGUAGES:
        for pattern in lang.questions:
            m = pattern.match(q)
            if m is not None:
                term = m.group("term").strip(" -")
                return None if _TWO_THINGS.search(term) or len(term) < 3 else (lang, term)
    return None


def _stance(clause: str, term: str, lang: Language, bare: bool, sided: bool, hedged: bool) -> Stance | None:
    """What one folded clause says of ``term``: ``None`` when it does not name it, ``UNCLEAR`` in any other shape
    than the module docstring's or when its sentence hedges."""
    s = clause.strip(" \t*_\"'“”.!;")
    plural = _PLURAL_IT.sub(lambda m: {"a": "e", "o": "i", "e": "i"}[m.group(1)], term) if lang.name == "it" else term
    term = plural if term not in s and plural in s else term  # "Non si osservano fratture."
    if term not in s:
        found = _noun_denied(s, term, lang)
        return Stance.UNCLEAR if found is not None and hedged else found
    if hedged:
        return Stance.UNCLEAR
    for pattern, stance in ((lang.denied, Stance.NO), (lang.stated, Stance.YES)):
        m = pattern.match(s)
        if m is not None:
            if not s.startswith(term, m.end()):
                return Stance.UNCLEAR
            after = s[m.end() + len(term):]
            return _checked(stance, after, lang, sided)
    if s.startswith(term):
        after = s[len(term):]
        if lang.denied_after.match(after):
            return _checked(Stance.NO, "", lang, sided) if not lang.sides.search(after) or sided else Stance.UNCLEAR
        if bare:
            return _checked(Stance.YES, after, lang, sided)
    return Stance.UNCLEAR


# An Italian noun's plural ending: "frattura" / "fratture", "versamento pleurico" / "versamenti pleurici".
_PLURAL_IT = lazy_compile(r"([aoe])\b")


def _negated(text: str) -> bool:
    return foreign_negation(text) or _OTHER_NEGATION.search(text) is not None


def _checked(stance: Stance, after: str, lang: Language, sided: bool) -> Stance:
    """A stance stated before the term, checked against the rest of its sentence: another negation makes it unclear,
    and a denial naming one side says nothing of a side-less question."""
    if _negated(after) or (stance is Stance.NO and _NARROW.search(after)) or (
            stance is Stance.YES and _PAST.search(after)):
        return Stance.UNCLEAR
    if stance is Stance.NO and not sided and lang.sides.search(after):
        return Stance.UNCLEAR
    return stance


def _noun_denied(s: str, term: str, lang: Language) -> Stance | None:
    """"No hay derrame." to ¿Hay derrame pleural?, "Kein Erguss." to … Pleuraerguss …: the asked term's noun denied
    bare; any other sentence naming that noun leaves the question open."""
    m = lang.denied.match(s)
    rest = s[m.end():] if m is not None else ""
    noun = rest.split(" ", 1)[0] if rest else ""
    if m is not None and len(noun) >= 4 and rest.strip() == noun and noun != term and (
            term.split(" ", 1)[0] == noun or (lang.name == "de" and term.endswith(noun))):
        return Stance.NO
    head = term.split(" ", 1)[0] if lang.name != "de" else term
    return Stance.UNCLEAR if " " in term and re.search(rf"\b{re.escape(head)}\b", s) else None


def read_european(text: str, question: str, term: str | None = None, bare: bool = False) -> str | None:
    """yes / no when every sentence naming the asked term states it plainly in one of :data:`LANGUAGES` (see the
    module docstring), else ``None``. ``term``: an English question's term (folded), read in each language's
    statement shapes (not bare: "Pneumothorax droit." to an English question is the English readers' to read;
    ``bare`` for a term in another language, "Hematoma subdural agudo ...", which no English reader reads)."""
    if term is None:
        asked = question_term(question)
        if asked is None:
            return None
        langs: tuple[Language, ...] = (asked[0],)
        term, bare = asked[1], True
    else:
        langs = LANGUAGES
    sided = any(lang.sides.search(term) for lang in langs) or bool(re.search(r"\b(?:left|right)\b", term))
    # a hedge anywhere in a sentence naming the term leaves it open ("Derrame pleural, pero podría ser …")
    sentences = [(c, _HEDGE.search(f) is not None) for f in (_fold(s) for s in _SENTENCES.split(text) if s.strip())
                 for c in _CLAUSES.split(f)]
    for lang in langs:  # an English question's term: the first language whose shapes read it plainly
        stances = {st for st in (_stance(c, term, lang, bare, sided, hedged) for c, hedged in sentences)
                   if st is not None}
        if len(stances) == 1 and Stance.UNCLEAR not in stances:
            return YES if Stance.YES in stances else NO
    return None


def hedged(text: str) -> bool:
    """Whether ``text`` hedges in one of the other languages ("probablemente", "podría", "vielleicht")."""
    return _HEDGE.search(_fold(text)) is not None


__all__ = ["LANGUAGES", "Language", "hedged", "question_term", "read_european"]
