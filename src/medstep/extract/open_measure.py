"""The value answering a question that asks a measurement: "About 60% of nucleated cells are blasts." to "What
percentage of the cells are blasts?" answers "60%", "The heart rate is about 110 beats per minute, regular." to
"What is the heart rate?" answers "110 beats per minute".

A measurement question asks one quantity of one kind (a length, an age, a rate, an angle, a share, a volume, a speed,
a pressure); the answer is the one value of that kind the reply gives, with its unit. :func:`measured` reads it when
the reply gives exactly one value of the asked kind (or one said of the asked thing itself, beside values of
others: "Rate 150 bpm, with flutter waves at 300/min") and holds it firm: no range ("8-10 mm"), no alternative ("35 or
40%"), no bound ("less than 30%"), no hedge. To a size question one product of sizes ("It measures 1.8 × 1.2 cm,
taller-than-wide.") is the value, when every length given is one of its factors. A value of another kind ("A CRL of 45 mm corresponds to about 11 weeks"
to "What is the gestational age?") is the reason, not the answer. A reference the value is set against ("Approximately 5.5 cm, consistent with an
aneurysm (normal is under 3 cm).", "Under the Fleischner guidelines for a nodule of 6-8 mm, ...": a bracket or clause
holding a word of ``hedges.REFERENCE``) is set aside before the one value is looked for. Only words of the reply are
taken.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.extract.langwords import foreign_negation
from medstep.lazyre import lazy_compile

# The kinds of quantity a question asks, by its words (English, then Spanish, French, Italian, Portuguese, German:
# "¿Cuál es la fracción de eyección?", "Quelle est la taille du nodule ?", "Wie groß ist der Stein?"), and the units
# each is given in.
_KINDS: tuple[tuple[str, str, str], ...] = (
    ("percent", r"percent\w*|fraction|proportion|share|\bl?v?ef\b|saturation|porcenta\w*|pourcentage|prozent|"
                r"fracci[oó]n|frazione|fra[cç][aã]o|fraktion|\bfev[ie]\b", r"%|percent"),
    ("angle", r"angle|angulation|cobb|[aâá]ngulo|angolo|winkel", r"°|degrees?|deg\b"),
    ("rate", r"\brate\b|how\s+fast|\bbpm\b|frequency|frecuencia|frequenza|fr[eé]quence|frequ[eê]ncia|frequenz",
     r"bpm|beats?\s+(?:per|a|/)\s*min(?:ute)?|/\s*min|breaths?\s+(?:per|a)\s+min(?:ute)?"),
    ("age", r"\bage\b|how\s+old|gestation\w*|\bedad\b|\bâge\b|\bidade\b|\bet[àa]\b|\balter\b|gestaci?on\w*|"
            r"gestazional\w*", r"weeks?|days?|months?|years?|wk|yrs?"),
    ("length", r"size|dimensions?|diameter|length|width|thickness|distance|how\s+(?:large|big|long|wide|thick|far)|"
               r"\bspan|tama[ñn]o|tamanho|taille|dimensi[oó]n\w*|gr[öo](?:ß|ss)e\b|\bgro(?:ß|ss)\b|durchmesser|"
               r"di[aá]m[eè]tr[eo]|longitud|lunghezza|longueur|l[äa]nge\b|espesor|spessore|[ée]paisseur|dicke|"
               r"cu[aá]nto\s+mide|quanto\s+(?:misura|mede)|combien\s+mesure|多大|大小|直径|尺寸|长度|多长|厚度|宽度|"
               r"多宽|多厚|多少(?:厘米|毫米)",
     r"mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|m\b|毫米|厘米|公分"),
    ("volume", r"volume|volumen|how\s+much\s+(?:fluid|blood)", r"ml|mL|cc|litres?|liters?|l\b"),
    ("speed", r"velocity|speed|velocidad|velocit[àa]|vitesse|velocidade|geschwindigkeit", r"m\s*/\s*s|cm\s*/\s*s"),
    ("pressure", r"pressure|gradient|presi[oó]n|pression|press[ãa]o|\w*druck\b", r"mm\s*hg|mmhg"),
    # an ECG interval or duration ("QTc 480 ms", "QRS duration 0.12 s")
    ("interval", r"\bqtc?\b|\bqrs\b|\bpr\s+interval", r"ms|msec|milliseconds?|sec(?:onds?)?\b|s\b"),
    # a score, written out of its maximum or in points ("GCS 13/15", "9 out of 10", "12 points"); not a visual
    # acuity ("20/40") or a ratio, which are no scores out of a maximum
    ("score", r"^(?!.*\b(?:acuity|vision|ratio)\b).*\b(?:score|scale|gcs|apgar|aspects|nihss|mmse|moca|points?)\b",
     r"/\s*\d+|out\s+of\s+\d+|points?|pts\b"),
    # a ratio, a number without a unit ("The cardiothoracic ratio is 0.62.", "CTR 0,58")
    ("ratio", r"\bratio\b|\bctr\b", r"(?!\s*(?:[/:]\s*\d|[^\W\d_]))"),
)
_ASKS = tuple((kind, lazy_compile(r"(?i)" + words)) for kind, words, _ in _KINDS)
# Before a value: no letter, digit or sign of another number; a Chinese character may stand there ("大小约3.2厘米").
_BEFORE = r"(?<![^\W\u3400-\u9fff])(?<![.,:/])"
_VALUE = {kind: lazy_compile(r"(?i)" + _BEFORE + r"(?P<value>\d+(?:[.,]\d+)?)(?![.,]\d)\s*(?P<unit>" + units + r")(?![^\W\u3400-\u9fff]|[%°])")
          for kind, _, units in _KINDS}
# What holds a value open or bounds it: a range or a product of sizes ("8 x 6 mm"), a list ("25 and 30%", "25, 30%"), an
# alternative, a bound, a hedge or a denial,
# in English and in the European languages the extractor reads ("entre 25 et 30 %", "de 30 à 35 %", "30 oder 35 %",
# "inférieure à 30 %", "vielleicht 30 %", "n'est pas de 30 %").
_RANGE = lazy_compile(r"\d\s*(?:-|–|—|to|x|×|by|" + hedges.alternation(hedges.OTHER_TO) + r")\s*\d|\d\s*\S{0,3}\s+(?:"
                      + hedges.alternation(hedges.OTHER_OR) + r")\s+\d|\d(?:,\s+|\s+(?:and|&|"
                      + hedges.alternation(hedges.OTHER_AND) + r")\s+)\d|(?i:" + hedges.words(("between",), hedges.OTHER_BETWEEN)
                      + r")|\d\s*\S{0,3}\s*(?:至|到|~|～)\s*\d")
_HOLDS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE, hedges.WEIGHING,
                                            negation.DENY, ("or",), hedges.BOUND, hedges.OTHER_BOUND,
                                            hedges.OTHER_POSSIBILITY, hedges.EUROPEAN_SUSPICION,
                                            (w for lang in hedges.EUROPEAN.values() for w in lang.could + lang.likely))
                      + r"|[<>≤≥?？]|或|可能|大概|也许|难以|不确定|不能确定")
# A range of the kind's values: two ends joined by a dash or "to" ("25–30 %", "8 to 10 mm", "de 25 à 30 %"), or "between"
# one "and" the other ("entre 25 et 30 %"); the unit after the second end, or after both.
_ARTICLE = r"(?:(?:el|il|le|los|les|lo)\s+)?"
_SPAN = {kind: lazy_compile(r"(?i)(?<![\w.,])(?:(?P<between>" + hedges.alternation(("between",), hedges.OTHER_BETWEEN)
                            + r")\s+" + _ARTICLE + r")?(?P<low>\d+(?:[.,]\d+)?)\s*(?:" + units + r")?\s*(?(between)(?:and|"
                            + hedges.alternation(hedges.OTHER_AND) + r")\s+" + _ARTICLE + r"|(?:-|–|—|to|"
                            + hedges.alternation(hedges.OTHER_TO) + r")\s*)(?P<high>\d+(?:[.,]\d+)?)\s*(?P<unit>" + units
                            + r")(?![^\W\u3400-\u9fff]|[%°])")
         for kind, _, units in _KINDS}
# A product of sizes, each factor a plain number, the unit written once or after each ("1.8 × 1.2 cm", "18 x 12 x 9
# mm", "2 cm by 3 cm").
_LENGTH_UNIT = _KINDS[4][2]
_PRODUCT = lazy_compile(r"(?i)" + _BEFORE + r"\d+(?:[.,]\d+)?(?:\s*(?:" + _LENGTH_UNIT + r"))?(?:\s*(?:x|×|by)\s*\d+(?:[.,]\d+)?"
                        r"(?:\s*(?:" + _LENGTH_UNIT + r"))?)+(?<=[a-z米分])(?![^\W\u3400-\u9fff]|[%°])")
_MAX = 200
_CLAUSE = lazy_compile(r"[,;:(]|\s[—–-]\s")
_STEM = 4


def measured(region: str, question: str) -> str | None:
    """The one value of the kind ``question`` asks (with its unit), when ``region`` gives exactly one and holds it
    firm (module docstring); ``None`` otherwise, and for a question asking no measurement or more than one kind."""
    text = region.strip()
    asked = [(kind, found) for kind, asks in _ASKS for found in [asks.search(question)] if found is not None]
    if not text or len(asked) != 1 or "\n" in text:
        return None
    # a question asking the reference itself ("What is the upper limit of normal ...?", "the threshold for repair")
    # sets no reference aside: the reference is its answer
    aside = _REFERENCE.search(question) is None
    if len(text) > _MAX:
        return _before_reference(text, asked[0][0], question) if aside else None
    firm = _firm(text, asked)
    return firm if firm is not None or not aside else _before_reference(text, asked[0][0], question)


def _firm(text: str, asked: list[tuple[str, re.Match[str]]]) -> str | None:
    """:func:`measured` on a short reply: its one firm value of the asked kind."""
    found = list(_VALUE[asked[0][0]].finditer(text))
    if asked[0][0] == "length":
        sized = _sized(text, found)
        if sized is not None:
            return sized
    ranged = _ranged(text, found, asked[0][0])
    if ranged is not None:
        return ranged
    if len({(m.group("value"), m.group("unit").lower()) for m in found}) > 1:
        found = _of_asked(text, found, asked[0][1].group().lower())
    if len({(m.group("value"), m.group("unit").lower()) for m in found}) != 1:
        return None
    if _RANGE.search(text) is not None or _HOLDS.search(text) is not None or foreign_negation(text):
        return None
    value = found[0]
    return text[value.start():value.end()]


# A part of a reply: a bracket, or a clause (ended by a comma, a semicolon, a colon or a sentence's stop; a decimal
# point ends nothing).
_PART = lazy_compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|(?:[^,;:()\[\]\n.!?]|[.!?](?![\s*]|$))+")
# A part setting a reference the measured value is set against (``hedges.REFERENCE``: "(normal is under 3 cm)",
# "Under the Fleischner guidelines for a nodule of 6-8 mm, ...").
_REFERENCE = lazy_compile("(?i)" + hedges.words(hedges.REFERENCE))
_REFERENCE_MAX = 600


# A bare "normal" sets a reference as a bound or a predicate ("normal is under 3 cm", "the normal diameter is 6 mm"), or
# said of another thing than the one asked ("The CBD is normal at 4 mm; the pancreatic duct 6 mm." to the pancreatic
# duct); "The CBD is normal at 4 mm" to "What is the diameter of the CBD?" calls the measured value normal.
_NORMAL_REFERENCE = lazy_compile(r"(?i)\bnormal\b(?:\s+\w+){0,2}?\s+(?:is|are|being|of)\b|" + hedges.words(hedges.BOUND)
                                 + r"|[<>≤≥]")
_ASKED_WORD = lazy_compile(r"[^\W\d_]{4,}")
_NOT_SUBJECT = frozenset({"what", "which", "size", "diameter", "length", "long", "wide", "width", "thick", "thickness",
                          "large", "largest", "maximum", "measure", "measures", "measured", "much", "does", "this", "that",
                          "image", "shown", "seen", "there", "current", "here", "scan", "greatest", "big", "span"})


def _sets_reference(part: str, question: str) -> bool:
    """Whether ``part`` sets a reference (``hedges.REFERENCE``); a bare "normal" only as a bound or predicate, or said
    of a thing other than the one ``question`` asks."""
    words = {m.group().lower() for m in _REFERENCE.finditer(part)}
    if not words:
        return False
    if words != {"normal"} or _NORMAL_REFERENCE.search(part) is not None:
        return True
    asked = {w.lower() for w in _ASKED_WORD.findall(question)} - _NOT_SUBJECT
    own = {w.lower() for w in _ASKED_WORD.findall(part)}
    return not asked or not asked <= own


def _before_reference(text: str, kind: str, question: str = "") -> str | None:
    """The one value of ``kind`` a reply gives once the parts setting a reference are set aside: "Approximately 5.5
    cm, consistent with an abdominal aortic aneurysm (normal is under 3 cm)." to "What is the diameter of the aorta?"
    answers "5.5 cm", not the normal bound. A reference part must hold a value of the kind (else nothing is set
    aside and :func:`_firm` has spoken), and what is left must give exactly one value and hold it firm (no range,
    bound, hedge, alternative or denial outside the reference parts)."""
    if len(text) > _REFERENCE_MAX:
        return None
    refs = [m.span() for m in _PART.finditer(text) if _sets_reference(m.group(), question)]
    if not any(_VALUE[kind].search(text, start, end) is not None for start, end in refs):
        return None
    kept = list(text)
    for start, end in refs:
        kept[start:end] = " " * (end - start)
    rest = "".join(kept)
    found = list(_VALUE[kind].finditer(rest))
    if len({(m.group("value"), m.group("unit").lower()) for m in found}) != 1:
        return None
    if _SPAN[kind].search(rest) is not None or _PRODUCT.search(rest) is not None or _HOLDS.search(rest) is not None \
            or foreign_negation(rest):
        return None  # (a range of another kind, "follow-up at 6-12 months", holds no length open)
    return rest[found[0].start():found[0].end()].strip()  # (the blanks of a reference part after it are no unit)


def values(region: str, question: str) -> list[tuple[int, int, str]]:
    """(start, end, value with its unit) of each value of the one kind ``question`` asks that ``region`` gives; none
    when it asks no measurement or more than one kind."""
    kind = asked_kind(question)
    if kind is None:
        return []
    return [(m.start(), m.end(), f"{m.group('value').replace(',', '.')} {m.group('unit').lower()}")
            for m in _VALUE[kind].finditer(region)]


def asked_kind(question: str) -> str | None:
    """The one kind of quantity ``question`` asks ("percent", "angle", "rate", "age", "length", "volume", "speed",
    "pressure", "interval", "score", "ratio"), or ``None`` when it asks none or more than one; the grader reads the unit a bare gold number is given
    in from it (``score/open_units.py``)."""
    asked = [kind for kind, asks in _ASKS if asks.search(question) is not None]
    if len(asked) > 1:  # "What is the gestational age based on the crown-rump length?": the basis is no quantity asked
        basis = _BASIS.search(question)
        head = question[:basis.start()] if basis is not None else ""
        asked = [kind for kind, asks in _ASKS if asks.search(head) is not None] if head else asked
    return asked[0] if len(asked) == 1 else None


# What a question derives its quantity from ("based on the crown-rump length", "from the femur length", "using the
# biparietal diameter"): a second quantity named there is the basis, not the one asked.
_BASIS = lazy_compile(r"(?i)\b(?:based\s+on|derived\s+from|calculated\s+from|estimated\s+from|from|using|according\s+to)\b")


def value_pattern(kind: str) -> re.Pattern[str]:
    """The pattern of one value of the measurement ``kind`` with its unit (``extract/open_asked.py`` reads the value a
    reply ties to the asked noun with it)."""
    return _VALUE[kind]


def _ranged(text: str, found: list[re.Match[str]], kind: str) -> str | None:
    """The one range of the asked kind ``text`` gives, written as its two ends and its unit ("Die LVEF beträgt 25–30
    %.", "entre 25 et 30 %", "between 25 and 30%": "25-30 %"), when every value of that kind is one of its ends and
    nothing else holds it open. A range is an answer of its own:
    the grader matches it to a gold range only, never to one value inside it."""
    spans = list(_SPAN[kind].finditer(text))
    if len(spans) != 1:
        return None
    span = spans[0]
    if not found or any(not span.start() <= m.start() < span.end() for m in found):
        return None
    rest = text[:span.start()] + " " + text[span.end():]
    if _RANGE.search(rest) is not None or _HOLDS.search(rest) is not None or foreign_negation(text):
        return None
    return f"{span.group('low')}-{span.group('high')} {span.group('unit')}"


def _sized(text: str, found: list[re.Match[str]]) -> str | None:
    """The one product of sizes ``text`` gives ("It measures 1.8 × 1.2 cm, taller-than-wide." to "What is the size
    ...?": "1.8 × 1.2 cm"), when every length it gives is a factor of it and nothing else holds it open."""
    sizes = list(_PRODUCT.finditer(text))
    if len(sizes) != 1:
        return None
    size = sizes[0]
    if text[:size.start()].rstrip().endswith(("-", "–", "—", "to")) or any(not size.start() <= m.start() < size.end() for m in found):
        return None
    rest = text[:size.start()] + " " + text[size.end():]
    if _RANGE.search(rest) is not None or _HOLDS.search(rest) is not None or foreign_negation(text):
        return None
    return size.group()


def _of_asked(text: str, found: list[re.Match[str]], word: str) -> list[re.Match[str]]:
    """The values of ``found`` said of the asked thing itself: its word stands in the clause before the value ("Rate
    is about 150 beats per minute, regular, with flutter waves at 300/min." to "What is the heart rate?": 150, not
    the flutter waves' 300)."""
    stem = word.split()[0][:_STEM] if word.strip() else ""
    own = []
    for m in found:
        clause = _CLAUSE.split(text[:m.start()])[-1].lower()
        if stem and stem in clause:
            own.append(m)
    return own


__all__ = ["asked_kind", "measured", "value_pattern", "values"]
