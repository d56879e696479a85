"""Word forms that name the same thing in an option's text ("renal" / "kidney", "oedema" / "edema").

One table (``wordforms.tsv``), read by the extractor's option-word reader so
that an option named in another word form is still that option. Kept apart
from the concept vocabulary (``concepts.tsv``) because these are single-word
equivalences, valid whatever finding the word is part of, not findings.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

WORDFORMS_FILE = "wordforms.tsv"


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], ...]:
    """The file's rows as lower-case word tuples (the noun first), read once for both tables below."""
    text = resources.files("medstep.answers").joinpath(WORDFORMS_FILE).read_text(encoding="utf-8")
    return tuple(tuple(w.strip().lower() for w in line.split("\t") if w.strip())
                 for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for words in _rows():
        for w in words:
            table.setdefault(w, words[0])
    return table


def word_forms() -> frozenset[str]:
    """Every word of the table, each group's head and its other forms."""
    return frozenset(_table())


# Endings of a disease's own name: a tumour, an inflammation, a degeneration, a condition ("teratoma",
# "arteritis", "fibrosis", "bronchiectasis", "anaemia", "hyperplasia", "hypothyroidism"). The word before one
# qualifies that disease (``extract/letters.qualifiers``); a describing word before one opens a second candidate
# (``extract/open_tails``: "Sarcoidosis, tuberculous lymphadenitis.").
DISEASE_ENDINGS = ("oma", "omas", "itis", "osis", "oses", "iasis", "sis", "ses", "emia", "aemia", "pathy", "plasia",
                   "ectasis", "cele", "ism")
# The tumour nouns, which end a disease's name as the endings do ("Wilms tumour").
TUMOUR = ("tumour", "tumor")
# Head nouns naming a disease or a finding ("metastatic melanoma", "inguinal hernia", "pathological fracture").
DISEASE_NOUNS = (*TUMOUR, "cancer", "carcinoma", "sarcoma", "disease", "syndrome", "infection", "lesion", "mass",
                 "cyst", "abscess", "fracture", "hernia")

# British spellings folded to American ones: "haem" / "hem", "oedema" / "edema", "-our" / "-or".
_BRITISH = (("ae", "e"), ("oe", "e"))


def spelling(word: str) -> str:
    """One spelling of a lower-case word for British and American forms ("oesophageal" and "esophageal",
    "haemorrhage" and "hemorrhage", "tumour" and "tumor")."""
    if not word.isascii():
        return word
    for uk, us in _BRITISH:
        if uk in word:
            word = word.replace(uk, us)
    return word[:-3] + "or" if word.endswith("our") and len(word) > 5 else word


def word_head(word: str) -> str:
    """The head of ``word``'s group ("renal" -> "kidney"), or the word itself (lower-cased) when it has none."""
    low = word.lower()
    return _table().get(low, low)


def text_forms(words: str) -> list[str]:
    """The words of ``words``, each in one form for its group and spelling ("Renal oedema" -> kidney, edema): what
    two texts are compared by when an option may be named in other word forms."""
    return [spelling(word_head(w)) for w in words.lower().replace("’", "'").replace("-", " ").split() if w]


def same_word(a: str, b: str) -> bool:
    """Two forms of one word: equal, or one a prefix of the other of at least five letters."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long_.startswith(short) and not another_word_after(short, long_)


# Endings that make an organ's stem the name of a procedure on it or of the opening or device it leaves:
# "tracheostomy" (a tube, not the trachea), "colonoscopy", "nephrectomy", "arteriogram". A word that only continues
# another with one of these is another word, not a form of it ("trachea" is no prefix form of "tracheostomy");
# inflections ("effusions", "fractured", "embolism", "aneurysmal") end otherwise. Not "-itis": "a swollen epiglottis",
# "inflammation of the appendix" name the inflammation of the organ they begin.
OTHER_WORD_ENDINGS = ("stomy", "stomies", "tomy", "tomies", "scopy", "scope", "graphy", "gram", "grams", "plasty",
                      "pexy", "centesis")


def another_word_after(short: str, long_: str) -> bool:
    """Whether ``long_``, which starts with ``short``, is another word made of it (``OTHER_WORD_ENDINGS``): the rest
    holds one of those endings whole while ``short`` has none ("trachea" / "tracheostomy", "colon" / "colonoscopy")."""
    rest = long_[len(short):]
    if not rest or len(rest) < 3 or short.endswith(OTHER_WORD_ENDINGS):
        return False
    # The ending must lie in what ``long_`` adds, save one letter the two words may share ("thorac|entesis"):
    # "arthrogr|aphy" and "nephrosto|mies" (the stems the "all but the last two letters" rule compares) are
    # "arthrogram" / "arthrography" and "nephrostomy" / "nephrostomies", forms of one procedure's word.
    return any(long_.endswith(e) and len(long_) - len(e) >= len(short) - 1 for e in OTHER_WORD_ENDINGS)


# The endings of an adjective of place made from an organ's or a bone's noun ("renal", "hilar", "gastric",
# "pulmonary", "osseous", "cardiac", "ovarian", "uterine").
_PLACE_ENDINGS = ("al", "ar", "ic", "ac", "ary", "ous", "ian", "rine")


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for words in _rows():
        adjective = next((w for w in words[1:] if w.endswith(_PLACE_ENDINGS)), None)
        if adjective is not None and words[0].isascii():
            out[words[0]] = adjective
    return out


def place_adjective(noun: str) -> str | None:
    """The adjective of place of an organ's or a bone's noun, the first of its group in ``wordforms.tsv``'s order
    ("kidney" -> "renal", "pelvis" -> "pelvic"), else ``None``."""
    return _adjectives().get(noun.lower())


def forms(word: str) -> tuple[str, ...]:
    """Every form of ``word``'s group ("stone" -> "stone", "stones", "calculus", "calculi"), or the word alone
    (lower-cased) when it has none."""
    head = word_head(word)
    return tuple(sorted({w for w, h in _table().items() if h == head} | {word.lower()}))


@lru_cache(maxsize=1)
def _han_forms() -> tuple[tuple[str, str], ...]:
    """(form, head) of the table's Chinese words, longest form first."""
    pairs = [(w, h) for w, h in _table().items() if w != h and not w.isascii()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def han_heads(text: str) -> str:
    """``text`` with each Chinese word form replaced by its group's head (心影 -> 心脏), so one term matches both."""
    for form, head in _han_forms():
        if form in text:
            text = text.replace(form, head)
    return text
