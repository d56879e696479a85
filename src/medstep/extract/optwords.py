"""An option named in other words: the decision sentence holds words only one option has.

Models often answer with the option's distinctive word in another form or
order, without the letter or the whole text: "My pick: the spiral one.",
"Greenstick.", "This is a T2 image.", "... points toward a subdural
location", "Renal." for "Kidney", "This represents fluid in the left pleural
space." for "Left pleural effusion". The whole-text matchers miss these.

Each option's *distinctive words* are its content words (in the word-form
head of :mod:`medstep.answers.wordforms`, compared as word forms: a prefix,
or equal but for the last two letters) that no other option and not the
question has: for "Transverse / Spiral / Comminuted / Greenstick fracture"
they are "transverse", "spiral", "comminuted", "greenstick"; "fracture" says
nothing. Chinese options are compared by character pairs the same way.

Only the *decision sentence* is read, less its clauses that negate ("rather
than pneumonia", "no fragments"), add ("also a joint effusion") or restate the
options, and never one that hedges, offers alternatives, asks, heads an option
or defines (``extract/decision_clauses.py``). What is left must hold
distinctive words of exactly one option, and at least one that is not a side
or level word ("left", "upper"), since a side alone does not name a finding.
Never for a question asking which option does NOT hold (a word there may name
the option that is absent or present).
Rule ``option_words``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import negation
from medstep.answers.wordforms import another_word_after, spelling, word_head
from medstep.extract.decision_clauses import called_normal, kept_clauses
from medstep.extract.letters import qualifiers
from medstep.extract.mentions import OptionIndex
from medstep.extract.letter_names import in_name
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "option_words"

WORD = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*")
_XRAY = lazy_compile(r"(?i)\bx-?rays?\b")
# Words that carry no meaning of their own inside an option's text.
_STOP = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "with", "and", "or", "for", "from", "by", "is", "are", "was",
    "it", "its", "this", "that", "as", "be", "type", "finding", "findings", "sign", "signs", "likely", "most",
    "image", "images", "de", "del", "la", "el", "los", "las", "en", "y", "con", "un", "una", "one", "pattern",
})
# A side or level alone does not name an option's finding ("fluid on the left" is not "Left pneumothorax").
POSITION = frozenset({"left", "right", "bilateral", "upper", "lower", "middle", "anterior", "posterior", "medial",
                       "lateral", "proximal", "distal", "izquierdo", "izquierda", "derecho", "derecha", "superior",
                       "inferior"})


@lru_cache(maxsize=4096)  # (asked of each token of a long reply, the same words again and again: a pure function of text)
def word_forms(text: str) -> tuple[str, ...]:
    """Comparable units of ``text``: word-form heads of its content words in one spelling ("haemangioma" and
    "hemangioma", "tumour" and "tumor" are one form; "blow-out" and "blowout", ``_PARTICLE``), a capital letter that
    ends a name as its own unit ("type B", "hepatitis B": ``#b``), or character pairs of Chinese."""
    if HAN.search(text):
        han = "".join(HAN.findall(text))
        return tuple(han[i:i + 2] for i in range(len(han) - 1))
    text = _PARTICLE.sub(r"\1\2", _XRAY.sub("radiograph", text))
    out = []
    for m in WORD.finditer(text):
        w = m.group().lower()
        if len(w) == 1 and w.isascii() and w.isalpha():
            if _NAME_LETTER.match(text, m.start()) is not None and in_name(text, m.start()):
                out.append("#" + w)
        elif w not in _STOP:
            out.append(spelling(word_head(w)))
    return tuple(out)


# A verb and its particle written as one word or hyphenated ("blow-out" / "blowout", "wash-out", "work-up",
# "run-off"): one word.
_PARTICLE = lazy_compile(r"(?i)\b([a-z]{3,})-(out|up|off)\b")
# The later parts of a hyphenated compound modifier ("ring-enhancing", "dural-based", "extra-axial", "full-thickness"):
# the compound is one modifier, and what sets it apart is its first part ("homogeneously enhancing" is not
# "ring-enhancing", "intra-axial" not "extra-axial").
_COMPOUND = lazy_compile(r"(?i)\b([^\W\d_]{2,})((?:-[^\W\d_]+)+)")


def compound_tails(option: str) -> dict[str, str]:
    """Form of each later part of a hyphenated compound in ``option`` -> the form of its first part (``_COMPOUND``);
    not the capitalised parts of a name ("Legg-Calve-Perthes")."""
    out: dict[str, str] = {}
    for m in _COMPOUND.finditer(_PARTICLE.sub(r"\1\2", option)):
        first = word_forms(m.group(1))
        if not first:
            continue
        for part in m.group(2).split("-")[1:]:
            if part[:1].isupper():
                continue  # a name's part ("Legg-Calve-Perthes": "Perthes disease" names it)
            for form in word_forms(part):
                out.setdefault(form, first[0])
    return out


# A capital standing alone ("type B dissection", "hepatitis B-related"); ``in_name`` tells a name from a letter.
_NAME_LETTER = lazy_compile(r"[A-Z](?![\w'’])")


def _same(a: str, b: str) -> bool:
    """Two forms of one word (see ``letters._same_word``); Chinese pairs compare equal only."""
    if a == b:
        return True
    if not a.isascii() or not b.isascii():
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 5 and long_.startswith(short):
        return not another_word_after(short, long_)  # ("trachea" is no form of "tracheostomy")
    return len(short) >= 6 and long_.startswith(short[:-2]) and not another_word_after(short[:-2], long_)


same_form = _same  # for the alias reader (``extract/aliases.py``): a word qualifying a concept by an option's word


@lru_cache(maxsize=2048)
def distinctive(options: tuple[tuple[str, str], ...], question: str) -> dict[str, tuple[str, ...]]:
    """Letter -> the words of its option that no other option and not the question holds."""
    forms = {letter: word_forms(text) for letter, text in options}
    asked = word_forms(question)
    out: dict[str, tuple[str, ...]] = {}
    for letter, words in forms.items():
        others = [w for other, ws in forms.items() if other != letter for w in ws]
        out[letter] = tuple(w for w in dict.fromkeys(words)
                            if not any(_same(w, o) for o in others) and not any(_same(w, q) for q in asked))
    return out


def _head(own: tuple[str, ...], head_first: bool, tails: dict[str, str] | None = None) -> str | None:
    """The word that names an option's finding: its last distinctive word that is not a side or level (the head
    noun of "Left pleural effusion" is "effusion"; "air in the pleural space" shares only "pleural" with it);
    the first one where the noun comes first (Spanish "Derrame pleural"). A generic noun is no head: "moyamoya"
    names "Moyamoya disease", "brown fat" names "Physiologic brown fat uptake"; nor is a compound's later part
    ("dural-based": "dural")."""
    words = [w for w in own if w not in GENERIC_HEADS and w not in (tails or {})] or list(own)
    for w in (words if head_first else reversed(words)):
        if w not in POSITION and not w.startswith("#"):
            return w
    return next((w for w in own if w.startswith("#")), None)  # "Vitamin K": the letter is all that differs


_OF = lazy_compile(r"(?i)\s(?:of|in)\s")


def _before_of(option: str, own: tuple[str, ...]) -> tuple[str, ...]:
    """The distinctive words naming the finding where the option puts its place after "of" / "in" ("Avascular
    necrosis of the femoral head": "necrosis" is its head, "head" the bone's part), else all of them."""
    m = _OF.search(option)
    if m is None:
        return own
    before = word_forms(option[:m.start()])
    first = tuple(w for w in own if any(_same(w, b) for b in before))
    return first or own


def _bare_name(region: str, units: tuple[str, ...], found: list[str]) -> bool:
    """A reply of one or two words, all of them distinctive words of the option ("pituitary" for "Pituitary
    adenoma"): the name said short, with nothing it could qualify instead."""
    return len(region.split()) <= 2 and bool(units) and all(u in found for u in units) \
        and not all(u in POSITION for u in units)


# Nouns that name no finding of their own after a name ("Moyamoya disease", "Kartagener syndrome", "Physiologic
# brown fat uptake"), nor a device of their own after its name ("PICC line", "Swan-Ganz catheter", "Dobhoff tube": the
# reply says "PICC"): the name before them is the head.
GENERIC_HEADS = frozenset(spelling(word_head(w)) for w in (
    "disease", "syndrome", "disorder", "condition", "phenomenon", "process", "uptake", "activity", "entity",
    "variant", "appearance", "lesion", "line", "tube", "catheter"))


_DEVICE_NOUNS = frozenset(spelling(word_head(w)) for w in ("line", "tube", "catheter"))


def _device_noun_said(found: list[str], own: tuple[str, ...]) -> bool:
    """Whether a device option's own noun is said with another of its own words ("subclavian catheter" for "Right
    subclavian central venous catheter"): "line", "tube", "catheter" are no head (``GENERIC_HEADS``), yet with a
    word of the option before them they name it."""
    return bool(own) and own[-1] in _DEVICE_NOUNS and own[-1] in found \
        and any(w != own[-1] and w not in POSITION for w in found)


def _head_of_another(found: list[str], own: tuple[str, ...], head: str | None, units: tuple[str, ...],
                     known: tuple[str, ...]) -> bool:
    """Whether only the option's head word is stated, of a subject its option does not name: "enlarged heart" and
    "the heart is enlarged" are not "Left atrial enlargement" (the enlargement of another thing). "Derrame." for
    "Derrame pleural" states the head alone and nothing else, and reads."""
    if found != [head] or not any(w != head and w not in POSITION and w not in GENERIC_HEADS for w in own) \
            or HAN.search(head or ""):
        return False
    return any(len(u) > 2 and u not in POSITION and u not in _FILLER and not any(_same(u, k) for k in known)
               for u in units)


# A head noun of an option and the nouns a name before it may take instead: "Lisfranc fracture-dislocation" is a
# "Lisfranc injury", a "Hill-Sachs defect" a "Hill-Sachs lesion", a "steeple shape" the "Steeple sign".
_NARROWER = {spelling(word_head(broad)): frozenset(spelling(word_head(w)) for w in narrower) for broad, narrower in (
    ("injury", ("fracture", "dislocation", "subluxation", "tear", "disruption", "avulsion", "sprain", "diastasis")),
    ("lesion", ("fracture", "defect", "deformity", "tear", "injury", "impaction", "avulsion")),
    ("sign", ("appearance", "shape", "configuration", "pattern", "morphology", "contour")),
    ("carcinoma", ("cancer",)),  # "hepatocellular cancer", "invasive ductal cancer": the carcinoma its words name
)}


def _narrower_head(head: str | None, found: list[str], units: tuple[str, ...]) -> bool:
    """Whether the option's broad head (``_NARROWER``) is stated by a narrower noun right after another of the
    option's own words ("Lisfranc fracture-dislocation" for "Lisfranc injury": the name, then its kind of injury)."""
    narrower = _NARROWER.get(head or "")
    if not narrower:
        return False
    names = [w for w in found if w != head and w not in POSITION]
    return any(units[i + 1] in narrower and any(_same(w, units[i]) for w in names) for i in range(len(units) - 1))


# Words of a decision sentence that name no subject (for ``_head_of_another``): deixis, linking and judging verbs.
_FILLER = frozenset({
    "which", "what", "here", "there", "these", "those", "so", "thus", "therefore", "hence", "means", "mean", "meaning",
    "represents", "represent", "shows", "show", "showing", "indicates", "indicate", "suggests", "suggest", "suggesting",
    "consistent", "compatible", "diagnosis", "answer", "final", "conclusion", "impression", "overall", "probably",
    "likely", "seen", "visible", "present", "appearance", "appears", "looks", "case", "best", "fit", "fits", "i.e",
    "has", "have", "ie", "due", "picture", "my", "our", "we", "i", "think", "clearly", "classic", "typical",
    "diagnostic", "acute", "chronic", "complete", "partial", "small", "large", "mild", "severe", "moderate",
    "view", "projection", "film", "scan", "slice", "plane", "study", "radiograph",
})


# Options in a language that puts the noun before its adjectives.
_SPANISH = lazy_compile(r"[áéíóúñ¿¡]|\b(?:derrame|neumonía|neumotórax|fractura|masa|lesión|nódulo|del|de|la|el)\b", re.I)


# A verb that makes a clause a statement of its own, not one item of a list whose predicate comes later.
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|shows?|showing|seen|appears?|looks?|has|have|demonstrat\w*|remains?|"
                     r"measures?|contains?|extends?|involves?|lies|sits)\b")
_ITEM_WORDS = 4


def _with_predicate(clauses: list[str]) -> list[str]:
    """Each clause with the clauses after it that complete it as one list: "The scaphoid, lunate and hamate are
    intact" splits at its comma, and "The scaphoid" is intact too (called normal with the others)."""
    out = list(clauses)
    for i in range(len(clauses) - 2, -1, -1):
        if len(clauses[i].split()) <= _ITEM_WORDS and _VERB.search(clauses[i]) is None:
            out[i] = clauses[i] + " " + out[i + 1]
    return out


def _same_next(units: tuple[str, ...], i: int, opt: tuple[str, ...], w: str) -> bool:
    """A qualifier in another form before the same word as the option's ("aqueductal stenosis" for "aqueduct
    stenosis", "pancreatic duct" for "pancreas duct"): the pair names the option's pair, not another disease."""
    return i + 1 < len(units) and any(_same(w, o) and j + 1 < len(opt) and _same(units[i + 1], opt[j + 1])
                                      for j, o in enumerate(opt))


_DENYING = frozenset(negation.DENY + negation.NEVER + negation.NOR)


def _side_of_its_head(own: tuple[str, ...], opt: tuple[str, ...], units: tuple[str, ...]) -> bool:
    """An option set apart from the others only by a side or level ("Posterior shoulder dislocation" beside "Anterior
    shoulder dislocation") is stated by that word with the option's head noun ("The humeral head is dislocated
    posteriorly."): the side alone names no finding, the two together name this option's."""
    if not own or not all(w in POSITION for w in own) or not _DENYING.isdisjoint(units):
        return False  # ("The left eye is not involved.": the side's head noun denied names no finding there)
    noun = next((f for f in reversed(opt) if f not in POSITION and not f.startswith("#")), None)
    return noun is not None and any(_same(noun, u) for u in units)


def read_words(region: str, idx: OptionIndex, options: dict[str, str], question: str,
               sentence: str | None = None) -> str | None:
    """The one option whose distinctive words the decision sentence states (see module docstring), else None.
    ``sentence``: the region's :func:`decision_sentence` when the caller has it."""
    clauses = kept_clauses(region, idx, sentence)
    if not clauses:
        return None
    words = distinctive(tuple(sorted(options.items())), question)
    head_first = question.lstrip().startswith("¿") or any(_SPANISH.search(t) for t in options.values())
    stated: set[str] = set()  # options whose words a kept clause holds
    hit: set[str] = set()  # ... and among them a word that is not a side or level
    sides: set[str] = set()
    # each kept clause, and all of them together: "Uniformly enhancing extra-axial lesion abutting the falx, with a
    # dural tail." states "Extra-axial dural-based mass" across its clauses
    joined = [" ".join(clauses)] if len(clauses) > 1 else []
    for clause, predicated in zip(clauses + joined, _with_predicate(clauses) + joined):
        units = word_forms(clause)
        qualifying = frozenset(spelling(word_head(w)) for w in qualifiers(clause))
        sides.update(u for u in units if u in POSITION)
        classes = {u for u in units if u.startswith("#")}
        for letter, own in words.items():
            if called_normal(predicated, options[letter]):
                continue
            if classes and (named := {u for u in word_forms(options[letter]) if u.startswith("#")}) and not classes & named:
                continue  # "A Weber B fracture." names no "Weber A fracture": another class of the same name
            # ("cystic" in "mature cystic teratoma" is no form of "Cystadenoma": another word's qualifier)
            opt = word_forms(options[letter])
            found = [w for w in own if any(_same(w, u) and (u == w or u not in qualifying
                                                           or _same_next(units, i, opt, w)) for i, u in enumerate(units))]
            tails = compound_tails(options[letter])
            # ("homogeneously enhancing" holds no "ring-enhancing": a compound's later part counts with its first)
            found = [w for w in found if w not in tails or any(_same(tails[w], u) for u in units)]
            if len(found) == 1 and HAN.search(found[0]) and not word_forms(options[letter])[-1:] == (found[0],):
                # One shared character pair that does not end the option ("性关" of 痛风性关节炎 in 退行性关节病) can
                # cross a word boundary; the pair ending it is its head noun ("增大", "结节", "出血").
                continue
            if found and not all(w in GENERIC_HEADS for w in found) or _bare_name(region, units, found):
                # ("Uniformly enhancing extra-axial lesion": "lesion" alone states no "Ring-enhancing lesion")
                stated.add(letter)
                head = _head(_before_of(options[letter], own), head_first, tails)
                if head in found and not _head_of_another(found, own, head, units, word_forms(options[letter])) \
                        or _bare_name(region, units, found) or _narrower_head(head, found, units) \
                        or head is None and _side_of_its_head(own, opt, units) \
                        or _device_noun_said(found, own):
                    hit.add(letter)
    if len(stated) != 1 or stated != hit:
        return None
    letter = next(iter(hit))
    own_sides = {u for u in word_forms(options[letter]) if u in POSITION}
    if sides and own_sides and not sides & own_sides:
        return None  # "fluid in the right pleural space" is not "Left pleural effusion"
    return letter if letter in idx.letters else None
