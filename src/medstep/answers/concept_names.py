"""Answer names read through the concept vocabulary: the one concept a text names in full (``whole_concept``), an
abbreviation the vocabulary gives for one concept (``abbreviates``, ``initials_of``) and a concept's names in other
languages (``other_language_names``).

Its own module because these serve the graders and extractors that compare two answers' names, not the building of the
vocabulary (``concepts.py`` reads the tables and compiles the automaton these look phrases up in).
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.concepts import MentionKind, _split, normalize, packaged_text, vocabulary
from medstep.lazyre import lazy_compile

_LETTERS = lazy_compile(r"[a-z0-9]+")
# The header of the section of ``concepts.tsv`` whose rows give a concept's names in other languages.
OTHER_LANGUAGE_SECTION = "## ---- other-language names"
# The header of its section of Chinese names.
CHINESE_SECTION = "## ---- Chinese names"


@lru_cache(maxsize=1)
def other_language_names() -> dict[str, str]:
    """The names a concept has in other languages (``neumotórax``, ``derrame pleural``, ``Pleuraerguss``; the rows of
    the section of ``concepts.tsv`` headed :data:`OTHER_LANGUAGE_SECTION`), lower-cased with single spaces, each to
    its concept id. Why apart from :func:`whole_concept`: a name there translates the concept's own name, so a
    grader may take it for that name ("neumotórax" for "pneumothorax"), which it may not do for any two synonyms of a
    broad concept."""
    return _section_names(OTHER_LANGUAGE_SECTION)


@lru_cache(maxsize=1)
def chinese_names() -> dict[str, str]:
    """The Chinese names of the section of ``concepts.tsv`` headed :data:`CHINESE_SECTION` ("肝脏", "胆囊结石"), each
    to its concept id: as :func:`other_language_names`, names translating their concept's own name (read by
    ``extract/foreign_words.py``)."""
    return _section_names(CHINESE_SECTION)


def _section_names(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    inside = False
    for line in packaged_text("concepts.tsv").splitlines():
        if line.startswith("## ----"):
            inside = line.startswith(header)
            continue
        if not inside or not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        for syn in _split(cols[5]) if len(cols) == 6 else ():
            out.setdefault(" ".join(syn.lower().split()), cols[0].strip())
    return out


def whole_concept(text: str) -> str | None:
    """The concept ``text`` names in full (one vocabulary phrase covering all of it), else ``None``."""
    low = " ".join(_LETTERS.findall(normalize(text)))
    found = vocabulary().mentions(low) if low else ()
    if len(found) != 1 or found[0].kind is not MentionKind.CONCEPT or (found[0].start, found[0].end) != (0, len(low)):
        return None
    return found[0].concept


def initials_of(short: str, long: str) -> bool:
    """Whether the letters of ``short`` are those of ``long`` in order, the first letters alike ("ptx" of
    "pneumothorax", "dwi" of "diffusion weighted imaging"; not "flair" of it)."""
    if not long.startswith(short[0]):
        return False
    pos = 0
    for ch in short:
        pos = long.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def abbreviates(a: str, b: str) -> bool:
    """Whether one of two answers is an abbreviation of the other that the vocabulary gives for one concept ("PTX"
    and "pneumothorax", "DWI" and "diffusion-weighted imaging", "AAA" and "abdominal aortic aneurysm").

    Why not any two synonyms of a concept: the concepts are broad for the verifier's sake (DWI, FLAIR and MRI are
    one concept; "dilated aorta" is an aortic aneurysm), and two of its names may be different answers. An
    abbreviation spelled by the other name's letters is that name, so grading takes it as the same answer."""
    words_a, words_b = _LETTERS.findall(a.lower()), _LETTERS.findall(b.lower())
    if len(words_a) == 1 and not (len(words_b) == 1 and len(words_b[0]) <= 6):
        short, long = words_a[0], " ".join(words_b)
    elif len(words_b) == 1 and not (len(words_a) == 1 and len(words_a[0]) <= 6):
        short, long = words_b[0], " ".join(words_a)
    else:
        return False
    if not 2 <= len(short) <= 6 or len(long) <= len(short) + 2 or not initials_of(short, long.replace(" ", "")):
        return False
    if short in long.split():  # a word of the long name is no abbreviation of it ("edema" of "edema pulmonar")
        return False
    concept = whole_concept(short)
    return concept is not None and concept == whole_concept(long)


# Words that make a vocabulary phrase a description rather than a name ("fluid around the lung", "lobe is collapsed",
# "not aerated", "meniscus sign"): a name the options could be written in is a run of content words.
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "into", "with", "without", "around", "between", "behind", "under",
    "over", "is", "are", "was", "has", "have", "been", "not", "no", "isn", "its", "it", "and", "or", "from", "by",
    "for", "any", "air", "fluid", "sign", "signs", "change", "changes", "pattern", "appearance", "lost", "loss",
})
# Sections of ``concepts.tsv`` whose names are not plain English names: other languages, and the key findings a
# diagnosis is read from.
_NOT_NAME_SECTIONS = ("## ---- other-language names", "## ---- Chinese names")


@lru_cache(maxsize=1)
def plain_names() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The vocabulary's plain English names of findings: name -> its one concept, and concept -> its names.

    A plain name is a synonym with no attribute (``{loc=...}`` narrows it), of one or two lower-case ASCII words,
    none of them a function word, a participle or a gerund ("blunting", "collapsed"), one of six letters or more:
    "atelectasis", "lobar collapse", "hydrothorax", not "lobe is collapsed", "fluid around the lung", "meniscus sign",
    "ptx". A name two concepts list is neither's; names in other languages are not read. Why: an option written as
    modifiers and one of these ("Left upper lobe collapse") may be named by the same modifiers and another of them
    ("left upper lobe atelectasis"), ``extract/option_synonyms.py``."""
    concepts = vocabulary().concepts
    owners: dict[str, set[str]] = {}
    skipped = False
    for line in packaged_text("concepts.tsv").splitlines():
        if line.startswith("## ----"):
            skipped = line.startswith(_NOT_NAME_SECTIONS)
        cols = line.split("\t")
        if skipped or line.lstrip().startswith("#") or len(cols) != 6:
            continue
        cid = cols[0].strip()
        if cid not in concepts or concepts[cid].category != "finding":
            continue
        for syn in _split(cols[5]):
            words = syn.split()
            if "{" in syn or not 1 <= len(words) <= 2 or not all(w.isascii() and w.isalpha() and w.islower()
                                                                  for w in words):
                continue
            if _FUNCTION_WORDS.isdisjoint(words) and max(len(w) for w in words) >= 6 \
                    and not any(w.endswith(("ing", "ed")) for w in words):
                owners.setdefault(" ".join(words), set()).add(cid)
    by_name = {name: next(iter(cids)) for name, cids in owners.items() if len(cids) == 1}
    by_concept: dict[str, list[str]] = {}
    for name, cid in by_name.items():
        by_concept.setdefault(cid, []).append(name)
    return by_name, {cid: tuple(names) for cid, names in by_concept.items()}
