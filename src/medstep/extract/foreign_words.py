"""A short answer written in Spanish, French, German, Italian, Portuguese or Chinese, rendered in English from the
vocabulary of the answer classes the medical VQA sets use (issue #7): "Ecografía" is "ultrasound", "Le rein gauche"
"left kidney", "Plano sagital" "sagittal plane", "三个" "3", "食管" "esophagus".

Why a vocabulary and not phrases: models answer SLAKE, VQA-RAD and PathVQA questions in the question's language or
drift into another one, and the answers are drawn from a few closed classes (modalities, planes and views, organs and
body regions, sides, counts, normal or abnormal, sizes) whose words are finite and carry over to any wording.

The words: ``foreign_words.tsv`` (the classes above), the other-language and Chinese names of ``concepts.tsv``
(:func:`medstep.answers.concept_names.other_language_names`, :func:`~medstep.answers.concept_names.chinese_names`:
findings and the organs the verifier reads too), the Chinese projections of ``technique.tsv`` and the side words of
``answers/foreign_sides.py``. An answer is
rendered only when every word of it is such a word, an article or preposition of those languages, or already English
of the vocabulary: a negation ("no se observa", "pas de", "kein", "nessun", "não há", "未见", "无"), a hedge or any
other word leaves it unrendered, so a denial is never read as the thing it denies. A side goes before its noun, as in
English ("rein gauche" is "left kidney"), and a kind noun ("plane", "view", "side") after what it kinds ("plano
coronal" is "coronal plane"); two organs stay two ("肝脾" is "liver and spleen"), for the grader to refuse as a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from medstep.answers.concept_names import chinese_names, other_language_names
from medstep.answers.concepts import CONCEPTS_FILE, packaged_text, read_rows
from medstep.answers.foreign_sides import SIDE_OF, ZH_SIDES
from medstep.answers.technique import technique_mentions, technique_phrases
from medstep.answers.text import HAN, ZH_MEASURES
from medstep.extract.langwords import fold
from medstep.lazyre import lazy_compile
from medstep.textenum import TextEnum

# The vocabulary's own table, beside ``concepts.tsv`` in ``medstep/answers``.
TABLE = "foreign_words.tsv"
# The articles, prepositions and contractions of the five languages that frame a name ("el hígado", "à droite", "plano
# de corte", "die Leber"), folded. Never a negation or a word that is also a number ("un", "uma", "ein" are left out:
# an answer holding one stays unrendered).
_FRAME = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "lo",
        "le",
        "les",
        "l",
        "il",
        "i",
        "gli",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "de",
        "del",
        "du",
        "della",
        "dello",
        "delle",
        "dei",
        "degli",
        "do",
        "da",
        "a",
        "au",
        "aux",
        "al",
        "en",
        "em",
        "na",
        "nel",
        "nella",
        "im",
        "am",
        "zum",
        "zur",
        "o",
        "os",
        "as",
    }
)
# Words joining two answers: kept (as "and"), so that the grader sees a list.
_AND = frozenset({"y", "e", "et", "und"})
# Chinese characters that frame a name and add nothing to it (的 of; 。 and punctuation are dropped before).
_ZH_FRAME = frozenset("的")
# Chinese "and" (和, 与, 及): kept, as ``_AND``.
_ZH_AND = frozenset("和与及")
_WORDS = lazy_compile(r"[^\W_]+")
_CLOSING = lazy_compile(r"[\s.。!！,，;；:：\"'“”()（）]+")
# The longest answer rendered (characters): a short answer, not a report.
_LONGEST = 80
# The most words of one vocabulary phrase ("tronco encefalico", "ecografía doppler").
_PHRASE = 3


class WordClass(TextEnum):
    """The class of a vocabulary word: those of ``foreign_words.tsv``'s first column, and the reader's own (a concept
    of ``concepts.tsv``, a side, an article or preposition framing a name, "and", a word already English)."""

    COUNT = "count"
    MODALITY = "modality"
    PLANE = "plane"
    VIEW = "view"
    ORGAN = "organ"
    REGION = "region"
    SIZE = "size"
    NORMAL = "normal"
    KIND = "kind"
    NOUN = "noun"
    CONCEPT = "concept"
    SIDE = "side"
    FRAME = "frame"
    AND = "and"
    ENGLISH = "english"


# The shortest stem a plural is read from, and the classes of word that have one.
_STEM = 4
_NOUNS = frozenset({WordClass.ORGAN, WordClass.CONCEPT, WordClass.NOUN, WordClass.REGION})
# The kinds of word whose English goes after the rest ("coronal plane", "right side"), and before it (a side).
_KINDS = frozenset({WordClass.KIND})
# The classes naming how an image was made (:func:`technique`).
_TECHNIQUE = frozenset({WordClass.MODALITY, WordClass.PLANE, WordClass.VIEW, WordClass.KIND, WordClass.REGION})


@dataclass(frozen=True)
class Word:
    """One vocabulary word: its English and its class (``count``, ``organ``, ``side``, ...)."""

    english: str
    kind: WordClass


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Word]:
    """Every foreign word or phrase (folded, single spaces; Chinese as written) to its English (module docstring)."""
    out: dict[str, Word] = {}
    names = {
        row.id: row.synonyms[0].partition("{")[0]
        for row in read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE)
        if row.name and row.synonyms
    }
    for table in (other_language_names(), chinese_names()):
        for name, concept in table.items():
            if concept in names:
                out.setdefault(_key(name), Word(names[concept], WordClass.CONCEPT))
    for word, side in SIDE_OF.items():
        out.setdefault(_key(word), Word(side, WordClass.SIDE))
    for word, side in ZH_SIDES:
        out.setdefault(word, Word(side, WordClass.SIDE))
    for word, view in _zh_projections().items():
        out.setdefault(word, Word(view, WordClass.VIEW))
    for line in packaged_text(TABLE).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, english, forms = line.split("\t")
        for form in forms.split("|"):
            out.setdefault(_key(form), Word(english, WordClass(kind)))
    return out


def _zh_projections() -> dict[str, str]:
    """The Chinese projection names of ``answers/technique.tsv`` ("正位" frontal, "后前位" PA, "侧位" lateral), their one
    home, to their value: its English ones ("lateral view") stay English for the reader, not words to render."""
    return {
        phrase: m.value.value
        for phrase in technique_phrases()
        if HAN.search(phrase) is not None
        for m in technique_mentions(phrase)
        if m.value.attribute == "projection" and (m.start, m.end) == (0, len(phrase))
    }


def _key(text: str) -> str:
    return " ".join(fold(text).split())


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English words of the vocabulary ("ct", "mri", "colon", "left"): an answer may hold them as they are."""
    return frozenset(w for word in vocabulary().values() for w in _WORDS.findall(word.english.lower()))


def english(text: str) -> str | None:
    """``text`` rendered in English when every word of it is one of the vocabulary's (module docstring), else ``None``;
    ``None`` too when nothing in it was foreign."""
    words = _words(text)
    if words is None or all(w.kind in (WordClass.ENGLISH, WordClass.FRAME, WordClass.AND) for w in words):
        return None  # nothing foreign: "Right eye (OS)" is English, its "os" no Portuguese article
    return _ordered([w for w in words if w.kind is not WordClass.FRAME])


def _words(text: str) -> list[Word] | None:
    """The vocabulary words of ``text``, ``None`` where a word is none of them or the text asks or is long."""
    if "?" in text or "？" in text:
        return None  # "Milz?": a question mark doubts the answer, or asks one
    text = _CLOSING.sub(" ", text).strip()
    if not text or len(text) > _LONGEST:
        return None
    return _zh_words(text) if HAN.search(text) is not None else _latin_words(text)


def technique(text: str) -> str | None:
    """``text`` rendered in English (:func:`english`) when it names only how the image was made: a modality, a plane
    or view, a body region ("超声", "Coupe sagittale", "TAC abdominal"), the words a closed question on the technique
    is answered by ("Is this a CT?"); else ``None``."""
    words = _words(text)
    if words is None or not any(w.kind in _TECHNIQUE for w in words):
        return None
    if not all(w.kind in _TECHNIQUE or w.kind in (WordClass.FRAME, WordClass.ENGLISH) for w in words):
        return None
    if sum(w.kind is WordClass.MODALITY for w in words) > 1 or sum(w.kind is WordClass.PLANE for w in words) > 1:
        return None  # "TAC y RM": two techniques are no one answer
    return english(text)


def count_word(word: str) -> bool:
    """Whether ``word`` is a count of the vocabulary ("dos", "zwei", "三"): a whole reply to be read, though "dos" is
    also the Portuguese "of the" (``extract/cut.unfinished``)."""
    found = vocabulary().get(_key(word))
    return found is not None and found.kind is WordClass.COUNT


def _latin_words(text: str) -> list[Word] | None:
    tokens = _WORDS.findall(fold(text.replace("'", " ").replace("’", " ")))
    voc, plain = vocabulary(), _english_words()
    out: list[Word] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_PHRASE, len(tokens) - i), 0, -1):
            word = voc.get(" ".join(tokens[i : i + n]))
            if word is not None:
                out.append(word)
                i += n
                break
        else:
            token = tokens[i]
            plural = _singular(token)
            if plural is not None:
                out.append(plural)
            elif token == "o" and i > 0:
                out.append(Word("and", WordClass.AND))  # "TC o RM": Spanish and Italian "or" (Portuguese "the" opens)
            elif token in _FRAME:
                out.append(Word("", WordClass.FRAME))
            elif token in _AND:
                out.append(Word("and", WordClass.AND))
            elif token in plain or token.isdigit():
                out.append(Word(token, WordClass.ENGLISH))
            else:
                return None  # a word of no class: a negation, a verb, a hedge, a finding not in the vocabulary
            i += 1
    return out


def _singular(token: str) -> Word | None:
    """A noun of the vocabulary in its plural ("costillas", "quistes", "côtes"): the word without its closing "s" or
    "es", where what is left is a name of four letters or more (never "pas" as "PA")."""
    for cut in ("es", "s"):
        stem = token.removesuffix(cut)
        word = vocabulary().get(stem) if stem != token and len(stem) >= _STEM else None
        if word is not None and word.kind in _NOUNS:
            return word
    return None


@lru_cache(maxsize=1)
def _zh_longest() -> int:
    return max(len(k) for k in vocabulary() if HAN.search(k) is not None)


def _zh_words(text: str) -> list[Word] | None:
    """The Chinese answer cut into vocabulary words, longest first ("十二指肠" is the duodenum, not 12); a measure word
    after a count is the count's ("三个"); Latin letters or digits among them are read as the Latin words are."""
    out: list[Word] = []
    i, text = 0, text.lower()
    while i < len(text):
        if text[i].isspace() or text[i] in _ZH_FRAME:
            i += 1
            continue
        if text[i] in _ZH_AND:
            out.append(Word("and", WordClass.AND))
            i += 1
            continue
        counted = _zh_counted(text, i)
        if counted is not None:  # "两个": a count before its measure word, not the 两 of both sides
            out.append(counted)
            i += 2
            continue
        word, n = _zh_word(text, i)  # a word may open on a Latin letter: "x光", "b超"
        if word is not None:
            out.append(word)
            i += n
        elif HAN.match(text[i]) is None:
            j = i
            while j < len(text) and HAN.match(text[j]) is None:
                j += 1
            latin = _latin_words(text[i:j])
            if latin is None:
                return None
            out.extend(latin)
            i = j
        elif text[i] in ZH_MEASURES and out and out[-1].kind in (WordClass.COUNT, WordClass.ENGLISH):
            i += 1
        else:
            return None
    return out


def _zh_word(text: str, i: int) -> tuple[Word | None, int]:
    """The longest vocabulary word at ``i`` and its length, else ``(None, 0)``."""
    voc = vocabulary()
    for n in range(min(_zh_longest(), len(text) - i), 0, -1):
        word = voc.get(text[i : i + n])
        if word is not None:
            return word, n
    return None, 0


def _zh_counted(text: str, i: int) -> Word | None:
    """The count of one numeral character at ``i`` followed by a measure word ("两个", "三处"), else ``None``."""
    word = vocabulary().get(text[i])
    if word is None or i + 1 >= len(text) or text[i + 1] not in ZH_MEASURES:
        return None
    return word if word.kind is WordClass.COUNT else Word("2", WordClass.COUNT) if text[i] == "两" else None


def _ordered(words: list[Word]) -> str | None:
    """The English words in English order: sizes and sides first, kind nouns last, "and" between two names said side by side
    ("肝脾"); ``None`` for a side or kind alone beside nothing it could qualify in a longer answer."""
    sides = [w.english for w in words if w.kind is WordClass.SIDE]
    # a size or grade goes first, as English puts it ("hidronefrosis izquierda moderada": moderate left hydronephrosis)
    sizes = [w.english for w in words if w.kind is WordClass.SIZE]
    kinds = [w.english for w in words if w.kind in _KINDS]
    regions = [w.english for w in words if w.kind is WordClass.REGION]  # "radiografía de tórax" is a chest x-ray
    rest: list[str] = []
    prev: Word | None = None
    for w in words:
        if w.kind in (WordClass.SIDE, WordClass.REGION, WordClass.SIZE) or w.kind in _KINDS:
            continue
        if w.kind is WordClass.AND or (prev is not None and _names(w) and _names(prev)):
            if rest and rest[-1] != "and":
                rest.append("and")
        if w.kind is not WordClass.AND:
            rest.append(w.english)
        prev = w
    if len(sides) > 1 or len(kinds) > 1 or len(regions) > 1 or len(sizes) > 1:
        return None  # "derecho ... izquierdo": two sides, kinds, regions or sizes are no one answer
    if regions and any(w.kind in _BESIDE_REGION and w.english not in _modalities() for w in words):
        return None  # "Tórax y abdomen", "cuello del útero" (the cervix): a region qualifies only a technique
    if kinds and not any(w.kind in _QUALIFIED for w in words):
        return None  # "Coupe", "Plan", "一侧": a kind noun alone, or after a count, names no answer
    return " ".join(sizes + sides + regions + rest + kinds).strip() or None


# The classes a region may not stand beside (:func:`_ordered`), and those a kind noun qualifies.
_BESIDE_REGION = frozenset({WordClass.AND, WordClass.ORGAN, WordClass.CONCEPT, WordClass.NOUN})
_QUALIFIED = frozenset({WordClass.PLANE, WordClass.VIEW, WordClass.SIDE, WordClass.MODALITY, WordClass.ENGLISH})


@lru_cache(maxsize=1)
def _modalities() -> frozenset[str]:
    """The English of the modalities ("ultrasound", "ct"): a concept of ``concepts.tsv`` named so ("ecografía") is a
    technique a region qualifies ("Ecografía abdominal"), not an organ."""
    return frozenset(w.english for w in vocabulary().values() if w.kind is WordClass.MODALITY)


def _names(word: Word) -> bool:
    return word.kind in (WordClass.ORGAN, WordClass.CONCEPT, WordClass.MODALITY)


__all__ = ["TABLE", "Word", "WordClass", "count_word", "english", "technique", "vocabulary"]
