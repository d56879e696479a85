"""An option named by another of its names in the decision sentence: "This points to LAM." for
"Lymphangioleiomyomatosis", "Acute respiratory distress syndrome." for "ARDS", "... stenosis in the proximal left
anterior descending artery" for "LAD", "A buckle fracture." for "Torus (buckle)".

Three sources of names, each read only where it is unambiguous among the options:

* the shared clinical vocabulary (``answers/concepts.tsv``, rule ``option_concept``): an option whose text is one
  concept's synonym is named by any synonym of that concept (an abbreviation listed there: "LAM", "AF", "TOF",
  "ARDS"). The sentence's stated concepts must touch exactly one option: an option whose text holds a broader or
  narrower concept of the one stated ("Fracture" beside "Scaphoid fracture") makes the name ambiguous, as does a
  statement touching a second option. Unlike :func:`medstep.extract.optionconcept.read_concept`, the other options
  need not be in the vocabulary: a concept none of their words hold cannot be theirs.
* an option written as an abbreviation ("LAD", "DISH", "ARDS"), spelled out by the initials of a run of the
  sentence's words (:func:`medstep.extract.initials.spelled_out`; rule ``option_initials``), the reverse of
  :mod:`medstep.extract.initials`.
* an option's bracketed other name ("Torus (buckle)", "Koilocytosis (LSIL)"): the name alone in the sentence, held
  by no other option (rule ``option_text``).
* an option written as modifier words and a finding the vocabulary lists only bare ("Complete hydatidiform mole"),
  named by the same modifier words before another name of that finding ("complete molar pregnancy"; rule
  ``option_concept``): the modifier tells it from its siblings ("Partial hydatidiform mole"), so without it
  ("molar pregnancy") nothing is named.

Only the decision sentence's kept clauses are read (:func:`medstep.extract.decision_clauses.kept_clauses`: no hedge,
alternative, negation, question, definition or score), and every name found there must name the same option. A
last-resort reader (``extract/choice_reader.py``): it runs only when every other reader found nothing.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract import initials
from medstep.extract.abbreviations import BRACKETED
from medstep.extract.clauses import link_denied
from medstep.extract.mentions import OptionIndex
from medstep.extract.concept_question import category_of
from medstep.extract.optionconcept import DECIDES, OPTION_RULE, stated_findings, target_of, touched_concepts
from medstep.extract.decision_clauses import called_normal, decision_sentence, kept_clauses
from medstep.extract.optwords import same_form
from medstep.lazyre import lazy_compile

TEXT_RULE = "option_text"


def _by_concept(clauses: list[str], options: dict[str, str], modified: set[str] | None = None) -> set[str] | None:
    """Letters whose concept the clauses state (see module docstring); None when a stated concept touches an
    option it does not name (an option ``modified`` names, :func:`_by_modified_concept`, is named)."""
    stated = stated_findings(" ".join(c.strip() for c in clauses))
    if not stated:
        return set()
    concepts = vocabulary().concepts
    found: set[str] = set()
    for concept, side in stated:
        named = set()
        for letter, key in options.items():
            target = target_of(key)
            if target is not None and concept in {target[0]} | concepts[target[0]].descendants \
                    and (target[1] is None or side in (target[1], "all")):
                named.add(letter)
        touching = {letter for letter, key in options.items() if concept in touched_concepts(key)}
        if len(named) > 1 or touching - named - (modified or set()):
            return None
        found |= named
    return found


_MODIFIER = lazy_compile(r"[a-z0-9]+")


def _modified(key: str) -> tuple[str, tuple[str, ...]] | None:
    """An option's text as modifier words then one finding of the vocabulary ("Complete hydatidiform mole": the
    modifier "complete", the concept of "hydatidiform mole"), when the vocabulary knows only its head; else None."""
    if target_of(key) is not None:
        return None  # (the concept reader names the whole)
    low = normalize(key)
    found = [m for m in vocabulary().mentions(low) if category_of(m) == "finding"]
    if len(found) != 1 or low[found[0].end:].strip():
        return None
    modifiers = tuple(_MODIFIER.findall(low[:found[0].start]))
    return (found[0].concept, modifiers) if 0 < len(modifiers) <= 2 else None


def _by_modified_concept(clauses: list[str], options: dict[str, str]) -> set[str] | None:
    """Letters whose option is modifier words and a finding ("Complete hydatidiform mole") that a clause names with
    the same modifier words right before another name of that finding ("complete molar pregnancy"); None when the
    finding named touches another option too."""
    found: set[str] = set()
    low = normalize(" ".join(c.strip() for c in clauses))
    mentions = [m for m in vocabulary().mentions(low) if category_of(m) == "finding"]
    for letter, key in options.items():
        shape = _modified(key)
        if shape is None:
            continue
        concept, modifiers = shape
        for m in mentions:
            if m.concept != concept:
                continue
            before = _MODIFIER.findall(low[:m.start])[-len(modifiers):]
            if len(before) == len(modifiers) and all(same_form(a, b) for a, b in zip(before, modifiers)):
                if {k for k, other in options.items() if concept in touched_concepts(other)} - {letter}:
                    return None
                found.add(letter)
    return found


_ABBREVIATION = lazy_compile(r"^[A-Z][A-Za-z]{1,5}$")
_WORDS = lazy_compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _by_initials(clauses: list[str], options: dict[str, str]) -> set[str]:
    """Letters whose abbreviation (an option written as one, "LAD") a run of the clauses' words spells."""
    found = set()
    for letter, key in options.items():
        abbr = key.strip()
        if _ABBREVIATION.match(abbr) is None or sum(c.isupper() for c in abbr) < 3:
            continue
        for clause in clauses:
            if initials.spelled_out(abbr, tuple(w.lower() for w in _WORDS.findall(clause))) \
                    and not called_normal(clause, key):
                found.add(letter)
    return found




def _by_other_name(clauses: list[str], options: dict[str, str]) -> set[str]:
    """Letters whose bracketed other name ("buckle" of "Torus (buckle)") a clause holds and no other option does."""
    found = set()
    text = " ".join(clauses).lower()
    for letter, key in options.items():
        m = BRACKETED.match(key.strip())  # (one bracket, at the end: "Torus (buckle)")
        if m is None or m.group(3) or "(" in m.group(1):
            continue
        name = m.group(2).strip().lower()
        if len(name) < 4 or any(name in other.lower() for k, other in options.items() if k != letter):
            continue
        if re.search(r"\b" + re.escape(name) + r"(?:e?s)?\b", text) is not None:
            found.add(letter)
    return found


def elsewhere(sentence: str, options: dict[str, str], letter: str) -> bool:
    """Whether ``sentence`` states a concept of the vocabulary that belongs to other options only (their concept, or
    a broader or narrower one), none of it ``letter``'s: "Avascular necrosis of the femoral head …: sclerotic
    capital epiphysis" is about "Legg-Calve-Perthes disease", whatever words it shares with "Slipped capital femoral
    epiphysis". A reading by shared words alone gives way to it."""
    if HAN.search(sentence):
        return False  # Chinese clauses run on without the stops the statement reader splits on
    stated = stated_findings(sentence)
    if not stated:
        return False
    if not touched_concepts(options[letter]):
        return False  # the vocabulary knows nothing of the option ("Hepatic haemangioma" in a spelling it lacks):
        # it cannot tell the option from what the sentence states
    qualified = _qualified(sentence, options, letter)
    for concept, _side in stated:
        if concept in qualified:
            continue
        touching = {k for k, key in options.items() if concept in touched_concepts(key)}
        if touching and letter not in touching:
            return True
    return False


_TOKEN = lazy_compile(r"[^\W_]+")


def _qualified(sentence: str, options: dict[str, str], letter: str) -> set[str]:
    """Concepts named in ``sentence`` right after a word only ``letter``'s option holds: "a type B lesion" for
    "Stanford type B dissection" is the option's thing under a class word (that "Penetrating ulcer" files under
    "lesion" does not make it that option's), read by the words that qualify it."""
    others = {w for k, key in options.items() if k != letter for w in _TOKEN.findall(normalize(key))}
    own = {w for w in _TOKEN.findall(normalize(options[letter])) if w not in others}
    low = normalize(sentence)
    out = set()
    for m in vocabulary().mentions(low):
        before = _TOKEN.findall(low[:m.start])
        if before and any(same_form(before[-1], w) for w in own):  # ("Mucorales hyphae" for "Mucor")
            out.add(m.concept)
    return out


# A sentence worded as a decision: a concluding word (``optionconcept.DECIDES``, "points to", "suggests"), a
# conclusion after a colon or dash ("... no markings beyond it: PTX", "... at the aortic knob — coarctation"), or
# a name standing alone as the sentence ("Acute respiratory distress syndrome."). A plain description ("The
# image shows ...") states findings, it does not choose between options.
_CONCLUDES = lazy_compile(r"(?i)\b(?:points?\s+(?:to|towards?)|suggests?|favou?rs?|in\s+keeping)\b|[:：—–]|\s-\s")
_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|be|been|shows?|showed|shown|appears?|seems?|has|have|had|demonstrates?|"
                     r"reveals?|there|looks?|see|seen|noted|visible|identified)\b")


# A closing name after a dash ("… — Kartagener syndrome."), at most ``_CLOSING_WORDS`` words.
_DASH_CLOSE = lazy_compile(r"(?:\s[—–-]|—)\s*([^—–]+?)[\s.!*_]*\Z")
_CLOSING_WORDS = 5


def dash_close(sentence: str) -> re.Match[str] | None:
    """``_DASH_CLOSE.search(sentence)``, searched from the last long dash: no match holds one after its opener, so none
    starts before it. Searched from the start, each of 10,000 " -" before a final "—" scanned on to that dash
    (quadratic: 40 s for one reply)."""
    return _DASH_CLOSE.search(sentence, max(sentence.rfind("—"), sentence.rfind("–"), 1) - 1)
# ... or after a link naming what the description is the sign of: "The presence of fat and a Rokitansky nodule is
# diagnostic of a dermoid.", "... points to LAM." (not a link denied: "is not diagnostic of", "doesn't point to").
_DENYING = hedges.alternation(negation.PLAIN, negation.NEVER)
_LINK_CLOSE = lazy_compile(r"(?i)\b(?:(?:is|are)\s+(?:(?!(?:" + _DENYING + r")\b)[a-z]+\s+)?"
                           r"(?:diagnostic|typical|characteristic|pathognomonic|classic)\s+(?:of|for)|"
                           r"(?:is|are)\s+(?:consistent|compatible)\s+with|points?\s+to|indicates?)\s+([^,;:—–]+?)[\s.!*_]*\Z")
_LINK_DENIED = lazy_compile(r"(?i)(?:\b(?:" + _DENYING + r")\b|" + negation.CONTRACTION + r")\W*(?:\w+\W+)?\Z")
_LONE_LETTER = lazy_compile(r"(?<![A-Za-z])([A-Z])(?![A-Za-z])")


def decides(sentence: str) -> bool:
    """Whether ``sentence`` is worded as a decision (see ``_CONCLUDES``), not a plain description."""
    return DECIDES.search(sentence) is not None or _CONCLUDES.search(sentence) is not None \
        or _VERB.search(sentence) is None


def read_alias(region: str, idx: OptionIndex, options: dict[str, str], sentence: str | None = None) \
        -> tuple[str, str] | None:
    """The one option the decision sentence names by another of its names, with the rule (module docstring)."""
    sentence = decision_sentence(region) if sentence is None else sentence
    closing = dash_close(sentence)
    if closing is not None and 0 < len(_WORDS.findall(closing.group(1))) <= _CLOSING_WORDS:
        # "Flowing ossification … preserved SI joints — Forestier disease.": the name after the dash concludes; the
        # description before it is the evidence ("dome-shaped choroidal mass — uveal melanoma" names no other mass)
        sentence = closing.group(1)
    elif (link := _LINK_CLOSE.search(sentence)) is not None and 0 < len(_WORDS.findall(link.group(1))) <= _CLOSING_WORDS \
            and _LINK_DENIED.search(sentence, 0, link.start()) is None and not link_denied(sentence[:link.start(1)]):
        # (not "There is no washout to indicate carcinoma.": the link itself denied, ``clauses.link_denied``)
        sentence = link.group(1)  # the evidence before the link names no other finding
    if HAN.search(sentence) and any(m.group(1) in idx.letters for m in _LONE_LETTER.finditer(sentence)):
        return None  # "因此不符合的是D。": a letter among Chinese words (no word boundary for ``kept_clauses``)
    clauses = kept_clauses(region, idx, sentence)
    if not clauses:
        return None
    # "complete molar pregnancy" for "Complete hydatidiform mole": the option's modifier, then another name of its finding
    by_modified = _by_modified_concept(clauses, options) if decides(sentence) else set()
    if by_modified is None:
        return None
    by_concept = _by_concept(clauses, options, by_modified) if decides(sentence) else set()
    if by_concept is None:
        return None
    readings = [(by_concept | by_modified, OPTION_RULE), (_by_initials(clauses, options), initials.RULE),
                (_by_other_name(clauses, options), TEXT_RULE)]
    letters = set().union(*(found for found, _ in readings))
    if len(letters) != 1:
        return None
    letter = letters.pop()
    if letter not in idx.letters:
        return None
    return letter, next(rule for found, rule in readings if letter in found)


__all__ = ["decides", "elsewhere", "read_alias"]
