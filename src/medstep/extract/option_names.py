"""Other names an option goes by that its own text does not print, for :mod:`medstep.extract.mentions` to find.

Models name the option they chose by another name as often as by its text: "This is a **mediolateral oblique**
view." for "Mediolateral oblique (MLO)", "This is Bowen disease." for "Squamous cell carcinoma in situ (Bowen
disease)", "most consistent with sporadic CJD." for "Creutzfeldt-Jakob disease", "ccRCC" for "Clear cell renal cell
carcinoma", "Full thickness MH" for "Full-thickness macular hole". Read as mentions of the option (like its text),
these names go through the decision reader's whole logic: the sentence that decides, the options rejected after it,
the hedges. The last-resort readers (``extract/initials.py``, ``extract/aliases.py``) read the same names only in the
one decision sentence they pick, which misses an answer followed by a sentence rejecting the others.

Four kinds, each kept only when exactly one option has it (precision first: a name two options share names none):

* an option written with one bracketed part that is another name of it: the bracketed name ("Bowen disease") and
  the text without it ("Mediolateral oblique"), when the bracket has two words or more or is an abbreviation in
  capitals (matched in capitals: "(ML)" must not read "ml" of a volume). A one-word aside ("(tension)", "(severe)",
  "(displaced)") is a qualifier that separates the option from others, so neither it nor the text without it is a
  name. Neither may hold another option's key or lie inside one, and a bracketed abbreviation that another option's
  initials spell ("(MS)" beside "Mitral stenosis") names neither.
* the initials of an option's words (a hyphenated name gives one per part: "Creutzfeldt-Jakob disease" is "CJD"; all
  its content words or all but the last, three to six letters: ``extract/abbreviations.py``, the rule
  ``extract/initials.py`` reads too; two letters clash with everyday short forms, MS, PD, HD, PA, CC, and no other
  option's initials, bracket or text may give the same letters),
  matched as a word in capitals, with at most a two-letter lower-case prefix ("ccRCC"). Not an abbreviation the
  question writes, nor one the concept vocabulary gives another concept ("PE" is a pulmonary embolism, not
  "Pleural effusion"), nor an English word ("AS", "OR"), nor one that a run of the reply's other words spells
  ("mitral stenosis (MS)" beside the option "Multiple sclerosis": see :func:`abbreviation_mentions`).
* the option's first words written out and the initials of the rest (two or more of them): "full thickness MH"
  for "Full-thickness macular hole"; the words written out make the short initials safe.
* another name of the option's own entry in the concept vocabulary (``answers/concepts.tsv``): "fungus ball" for
  "Aspergilloma" (:func:`own_concepts`): only an entry that is the option's own (not a broad one listing other
  lesions too; an option narrower than its entry, "Acute pancreatitis", only by a phrase holding the words it adds),
  and only a phrase with a word of six letters or more, outside a sentence of what holds in general ("typically",
  "would") and not called normal after it; a finding offered as its alternative ("... or a dissection") makes the
  two a claim of several options.

The choice reader tries these names last, only when nothing else read the reply, and reads them only where the
reply decides (``extract/option_alias.py``, rule :data:`RULE`).
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import hedges, negation, option_key
from medstep.answers.concept_names import whole_concept
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.wordforms import spelling
from medstep.extract.abbreviations import BRACKETED as _BRACKETED, SKIPPED as _SKIPPED, WORD as _WORD, spelled
from medstep.extract.context import remembered
from medstep.extract.marks import CONFLICT, LINKING_VERBS
from medstep.lazyre import lazy_compile

# The rule of a reading made by another name of an option (``extract/choice_reader.py``), apart from the readings by
# its own text, so that audits see how often and how well it reads.
RULE = "option_alias"
_CAPITALS = lazy_compile(r"[A-Z]{2,6}")
# A token in capitals that may abbreviate an option: an optional lower-case prefix of up to two letters ("ccRCC"),
# then two to six capitals, an optional plural "s".
_TOKEN = lazy_compile(r"(?<![\w\-])([a-z]{0,2}[A-Z]{2,6})s?(?![\w\-])")
# Capital words that are English words or stock short forms of the reply's frame, never an option's initials.
_NOT_INITIALS = frozenset({
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "of", "oh", "ok",
    "on", "or", "so", "to", "up", "us", "we", "all", "and", "are", "but", "can", "for", "has", "its", "may",
    "one", "our", "per", "see", "the", "two", "use", "was", "yes", "you", "also", "both", "this", "that",
    "note", "only", "tip", "key", "dx", "hx", "rx", "tx", "sx", "fx", "pt", "vs", "nb", "ps", "eg", "ie",
}) | frozenset(negation.DENY + negation.NONE + hedges.DIFFERENTIAL)


def _content(name: str) -> list[str]:
    """An option name's content words, lower-cased, a hyphenated word read as its parts, British spellings folded."""
    return [spelling(w.lower()) for w in _WORD.findall(name) if w.lower() not in _SKIPPED]


def _split(text: str) -> tuple[str, str] | None:
    """An option's text without its one bracketed part, and that part ("Mediolateral oblique (MLO)"), else None."""
    m = _BRACKETED.match(text.strip())
    if m is None or "(" in m.group(1) + m.group(3):
        return None
    outside = f"{m.group(1)} {m.group(3)}".strip()
    return (outside, m.group(2).strip()) if outside and m.group(2).strip() else None


def _inside(a: str, b: str) -> bool:
    """Whether key ``a``'s words run inside key ``b``'s."""
    return f" {a} " in f" {b} "


@lru_cache(maxsize=4096)
def bracket_names(options: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, bool], ...]:
    """(letter, name, in capitals) of each option's bracket names (see module docstring): a name in capitals is
    matched as written, any other by its option key."""
    keys = {letter: option_key(text) for letter, text in options}
    found: list[tuple[str, str, bool]] = []
    for letter, text in options:
        parts = _split(text)
        if parts is None:
            continue
        outside, inside = parts
        capitals = _CAPITALS.fullmatch(inside) is not None
        if not (capitals or len(_content(inside)) >= 2):
            continue  # "Pneumothorax (tension)": the aside qualifies; without it the text names no option
        names = [(outside, False), (inside, capitals)]
        for name, caps in names:
            key = option_key(name)
            if not key or (caps and name.lower() in _NOT_INITIALS):
                continue
            if any(_inside(key, k) or _inside(k, key) for other, k in keys.items() if other != letter):
                continue
            found.append((letter, name, caps))
    counts: dict[str, int] = {}
    for _, name, _ in found:
        counts[option_key(name)] = counts.get(option_key(name), 0) + 1
    return tuple(f for f in found if counts[option_key(f[1])] == 1)


def _all_initials(options: tuple[tuple[str, str], ...]) -> dict[str, set[str]]:
    """Every run of initials (two letters or more, lower case) an option's words or its bracket spell -> the letters
    spelling it: what one option's abbreviation must not share with another's."""
    seen: dict[str, set[str]] = {}
    for letter, text in options:
        parts = _split(text)
        for name in (text,) + (parts if parts else ()):
            words = _content(name)
            full = "".join(w[0] for w in words)
            for abbr in ({full, full[:-1]} if len(words) >= 2 else set()) | (
                    {name.lower()} if _CAPITALS.fullmatch(name) else set()):
                if len(abbr) >= 2:
                    seen.setdefault(abbr, set()).add(letter)
    return seen


@lru_cache(maxsize=4096)
def initial_names(options: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Initials (lower case) -> the one letter whose option (by its text or its text without a bracket) they spell
    (``extract/abbreviations.py``: three letters or more), when no other option's initials, bracket or text give the
    same letters."""
    names = tuple((letter, name) for letter, text in options for name in (text, *(_split(text) or ())[:1]))
    clashes = _all_initials(options)
    keys = [option_key(text) for _, text in options]
    return {abbr.lower(): letter for abbr, letter in spelled(names).items()
            if abbr.lower() not in _NOT_INITIALS and clashes.get(abbr.lower(), {letter}) == {letter}
            and not any(_inside(abbr.lower(), key) for key in keys)}


@lru_cache(maxsize=4096)
def led_in_keys(options: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(letter, key) of each option's first words written out and the initials of the rest: "full thickness mh"."""
    out = []
    for letter, text in options:
        words = _content(text)
        for k in range(1, len(words) - 1):
            rest = "".join(w[0] for w in words[k:])
            out.append((letter, " ".join(words[:k] + [rest])))
    keys = [k for _, k in out]
    texts = {letter: option_key(text) for letter, text in options}
    # (one key two options give names neither; nor one that another option's text holds or lies inside)
    return tuple((letter, key) for letter, key in out if keys.count(key) == 1
                 and not any(_inside(key, k) or _inside(k, key) for other, k in texts.items() if other != letter))


def _known_elsewhere(abbr: str, option_text: str) -> bool:
    """Whether the vocabulary reads ``abbr`` as a concept the option's own text does not name ("PE" beside "Pleural
    effusion" is a pulmonary embolism)."""
    said = {m.concept for m in vocabulary().mentions(abbr) if m.concept}
    if not said:
        return False
    own = {m.concept for m in vocabulary().mentions(normalize(option_text)) if m.concept}
    return not said <= own


def _names_an_option(abbr: str, options: tuple[tuple[str, str], ...]) -> bool:
    """Whether the vocabulary reads ``abbr`` as a concept one of the options' texts names ("PTX" beside
    "Pneumothorax", "LAM" beside "Lymphangioleiomyomatosis")."""
    said = {m.concept for m in vocabulary().mentions(abbr) if m.concept}
    return bool(said) and any(said & {m.concept for m in vocabulary().mentions(normalize(text)) if m.concept}
                              for _, text in options)


def _spelled_by_words(abbr: str, words: list[str], own: list[str]) -> bool:
    """Whether a run of the reply's content ``words`` other than the option's ``own`` words spells ``abbr``."""
    n = len(abbr)
    for i in range(len(words) - n + 1):
        run = words[i:i + n]
        if "".join(w[0] for w in run) == abbr and run != own[:n]:
            return True
    return False


def written_capitals(question: str) -> frozenset[str]:
    """The words in capitals a question writes ("... a 'double PCL' appearance"): there they are its subject, not
    an option's name."""
    return frozenset(m.group(1) for m in _TOKEN.finditer(question))


def concept_names(options: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Concept id -> the one letter whose option the concept names (:func:`own_concepts`)."""
    return {concept: letter for concept, (letter, _) in own_concepts(options).items()}


@lru_cache(maxsize=4096)
def own_concepts(options: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, frozenset[str]]]:
    """Concept id -> the one letter whose option the concept names, for a finding whose vocabulary entry is the
    option's (see module docstring): the option's whole text is one of its names, and its words hold the concept's own
    name's or lie within them ("Fibroadenoma" and "Breast Mass", a broad entry listing other lesions too, neither); no
    other option's text names it or a broader or narrower concept. With it, the words the option adds to the entry's
    name: an option narrower than its entry ("Constrictive pericarditis" in the entry "Pericarditis", which lists
    "pericardial thickening" too; "Acute pancreatitis" in "Pancreatitis", which lists "pseudocyst") is named only by a
    phrase holding them, never by the entry's other names, which are the broad concept's."""
    concepts = vocabulary().concepts
    named: dict[str, set[str]] = {}
    for letter, text in options:
        for m in vocabulary().mentions(normalize(text)):
            if m.concept:
                named.setdefault(letter, set()).add(m.concept)
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for letter, text in options:
        concept = whole_concept(text) or ""
        entry = concepts.get(concept)
        # (British spellings folded: "Interstitial pulmonary oedema" holds "Interstitial Edema")
        name = {spelling(w) for w in option_key(entry.name).split()} if entry else set()
        own = {spelling(w) for w in option_key(text).split()}
        if entry is None or entry.category != "finding" or not (name <= own or own <= name):
            continue
        family = {concept} | entry.ancestors | entry.descendants
        if not any(family & named.get(other, set()) for other, _ in options if other != letter):
            out[concept] = (letter, frozenset(own - name))
    return out


@remembered  # (``find_mentions`` asks it of one text for each range it reads: ``context.remembered``)
def abbreviation_mentions(text: str, options: tuple[tuple[str, str], ...], asked: frozenset[str] = frozenset()) -> list[
        tuple[int, int, str]]:
    """(start, end, letter) of each word in capitals in ``text`` that is one option's initials, and of each phrase of
    the vocabulary naming an option's own concept (see module docstring); no abbreviation that a run of the reply's
    other words spells as well."""
    out: list[tuple[int, int, str]] = []
    concepts = own_concepts(options)
    own = {concept: letter for concept, (letter, _) in concepts.items()}
    if own:
        found = vocabulary().mentions(text)
        # (not in a sentence of what holds in general: "Myocarditis is typically subepicardial, ...", nor a phrase
        # called normal: "pericardial thickening of 3 mm, which is normal")
        texts = dict(options)
        out = [(m.start, m.end, own[m.concept]) for m in found
               if m.concept in own and _is_name(text[m.start:m.end], texts[own[m.concept]])
               and _holds(text[m.start:m.end], concepts[m.concept][1])
               and _HABIT.search(_sentence(text, m.start)) is None and _CALLED_NORMAL.match(text, m.end) is None]
        # "... metastatic disease or Paget disease": another finding offered as the alternative to a name is a
        # claim no reader may take as a pick (CONFLICT), so the two read as alternatives
        out += [(m.start, m.end, CONFLICT) for m in found if m.concept and m.concept not in own
                and vocabulary().concepts[m.concept].category == "finding"
                and any(_OR_JOIN.fullmatch(text[m.end:a]) or _OR_JOIN.fullmatch(text[b:m.start]) for a, b, _ in out)]
    return sorted(out + _abbreviations(text, options, asked))


def _holds(phrase: str, words: frozenset[str]) -> bool:
    """Whether a vocabulary ``phrase`` holds each of ``words`` (folded spellings; "nonseminomatous" holds "non" and
    "seminomatous", as "non-seminomatous" does)."""
    joined = "".join(spelling(w) for w in _WORD.findall(phrase.lower()))
    return all(w in joined for w in words)


# A phrase called normal after it: "..., which is normal", "(is within normal limits)".
_CALLED_NORMAL = lazy_compile(r"(?i)[^.;!?\n]{0,40}?\b(?:which\s+|that\s+)?(?:is|are|was|were|looks?|appears?|seems?)\s+"
                              r"(?:\w+\s+)?(?:normal|unremarkable|within\s+normal\s+limits|physiological)\b")
# Words of what holds in general, and "would" of a supposed case.
_HABIT = lazy_compile("(?i)" + hedges.words(hedges.HABIT, ("would",)))
_SENTENCE_END = lazy_compile(r"[.!?\n]")


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around position ``at``."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return text[start:end.end() if end else len(text)]


# Two findings offered as alternatives: "X or Y", "X vs Y".
_OR_JOIN = lazy_compile(r"\s*,?\s*(?:or|and/or|vs\.?|versus)\s+(?:an?\s+|the\s+)?")
# A vocabulary phrase reads as a name only with a word of six letters or more ("fungal ball", "false aneurysm",
# "mycetoma"): a phrase of short everyday words ("free air", "big heart") describes what is seen, for the statement
# readers, and may be said of the technique in general ("used to look for free air").
_NAME_WORD = lazy_compile(r"[A-Za-z]{6,}")


def _is_name(phrase: str, option: str) -> bool:
    """Whether a vocabulary phrase of the reply names an option as another name would (see module docstring): in
    English (a name in another language comes with that language's negation, which these readers do not read:
    "Pas d'épanchement pleural."), with a word of six letters or more, no verb of a statement, and a word the option's
    own text does not hold ("nodule" of "Solitary pulmonary nodule" is its head noun, for ``extract/optwords.py``)."""
    words = _WORD.findall(phrase.lower())
    return phrase.isascii() and _NAME_WORD.search(phrase) is not None and LINKING_VERBS.isdisjoint(words) \
        and not set(words) <= set(_WORD.findall(option.lower()))


def _abbreviations(text: str, options: tuple[tuple[str, str], ...], asked: frozenset[str]) -> list[
        tuple[int, int, str]]:
    """The abbreviation part of :func:`abbreviation_mentions`."""
    table = dict(initial_names(options))
    clashes = _all_initials(options)  # ("(MS)" on one option, "Mitral stenosis" another: the two spell the same)
    written = {name: letter for letter, name, caps in bracket_names(options)
               if caps and clashes.get(name.lower(), {letter}) == {letter}}
    if not table and not written:
        return []
    texts = dict(options)
    out: list[tuple[int, int, str]] = []
    words: list[str] | None = None
    for m in _TOKEN.finditer(text):
        token = m.group(1)
        abbr = token.lower()
        if token not in written and abbr not in table and _names_an_option(abbr, options):
            return []  # "PTX with PE": another option named by a short form these names do not hold
        if token in written and token not in asked:  # "MLO" for "Mediolateral oblique (MLO)": the option writes it
            out.append((m.start(), m.end(), written[token]))
            continue
        letter = table.get(abbr)
        if letter is None or token in asked or _known_elsewhere(abbr, texts[letter]):
            continue
        if words is None:
            words = _content(text)
        own = _content(texts[letter])
        if _spelled_by_words(abbr, words, own):
            continue
        out.append((m.start(), m.end(), letter))
    return out


def has_names(options: tuple[tuple[str, str], ...]) -> bool:
    """Whether any option has another name here (``find_mentions`` skips the scan otherwise)."""
    return bool(initial_names(options)) or any(caps for _, _, caps in bracket_names(options)) \
        or bool(concept_names(options))


__all__ = ["RULE", "abbreviation_mentions", "bracket_names", "concept_names", "has_names", "initial_names",
           "led_in_keys", "own_concepts", "written_capitals"]
