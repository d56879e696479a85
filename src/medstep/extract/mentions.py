"""Where a text names an option: by letter ("C", "(C)", "Option C", "**C**") or by its text.

A *mention* is only a reference; whether the model commits to it is decided
by :mod:`medstep.extract.decision` from the words around it. What is settled
here:

* a letter followed by an option's text is one mention when they agree
  ("C) Cardiomegaly"), a conflict when they do not ("B. Cardiomegaly"), and
  the English article when the letter is a bare "A" ("A normal study");
* a bare capital "A" before an ordinary word is the article, a bare "I" is
  the pronoun: neither is a letter unless bracketed or keyworded;
* an option's text is found by its option key (see
  :func:`medstep.answers.option_key`: case, articles, punctuation and plurals
  do not matter), and a shorter option inside a longer one's text
  ("cardiomegaly" inside "cardiomegaly, edema") is not a mention of its own;
* a capital followed by a full stop and a lower-case word is an abbreviated
  genus or name ("C. diff", "E. coli", "S. aureus"), not a letter: models
  write a chosen option as "C. Text" with the option's capitalised text;
* an option's text right after a word that makes it another entity
  ("reverse Colles fracture" is a Smith fracture, "pseudo-obstruction",
  "non-Hodgkin lymphoma") is not a mention of that option;
* mentions joined as a list ("B or C", "A, B, C, D", "B/C") form one
  conflicting mention: claiming several options is never a choice of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, NamedTuple

from medstep.answers import YES_NO, option_key, option_keys
from medstep.answers import hedges, negation
from medstep.answers.text import GRADERS, NUMBER_WORDS, ROMAN_NUMERALS, ordinal_writings
from medstep.extract import letter_aside, option_names, option_synonyms
from medstep.extract.option_qualified import requalified, technique_qualified
from medstep.extract.anchors import anchored_finditer, lowered, matched_at_heads
from medstep.extract.articles import answer_article, chosen_here, is_article
from medstep.extract.context import remembered
from medstep.extract.marks import CONFLICT  # (defined once there: ``extract/option_names.py`` shares it)
from medstep.extract.scale_names import SHORT_SCALE, SHORT_SCALES, short_form
from medstep.lazyre import lazy_compile

INVALID = "?"  # a letter that is not one of the options: no answer

# Strength of a letter form, used by the readers: a bare capital is only a
# letter in tight syntactic positions; bracketed / keyworded forms anywhere.
BARE, DOTTED, STRONG = 0, 1, 2

_KEYWORD_BEFORE = lazy_compile(r"(?i:\b(?:option|choice|answer|letter)s?)\s*[:#]?\s*[\(\[]?\s*\**\s*\Z")
# Options joined as a list: "B or C", "A, B, C", "a Wilms tumour or a cystic kidney" (an article after a plain
# conjunction; after "or maybe" the second is a possibility the hedge readers weigh, not a list).
_JOIN = lazy_compile(
    r"\s*(?:,\s*or\b|,(?!\s*and\b)|/|&|\bor\b|(?<!,)\s\band\b|\band/or\b|\bvs\.?|\bversus\b|\bthrough\b|"
    + hedges.words(hedges.OTHER_OR, hedges.OTHER_AND) + r"|或者?|还是|和|与|及|、|，)\s*"  # "C ou B", "C oder B", "C或B", "A和C"
    r"(?:(?:(?:maybe|perhaps|possibly|probably|even|also|potentially)\s+)?(?:(?i:option|choice)s?\s+)?|(?:an?|the)\s+)\Z",
    re.I,
)
_GLUE = lazy_compile(r"[\s\)\]\.:：\-–—,*\"'“”(]{0,5}")
# Another option's text followed by more of its sentence ("... collapse would show", "... more typically shows"):
# after "C." it opens a new sentence, it is not C's own text mislabelled.
_SENTENCE_GOES_ON = lazy_compile(r"[ \t]+[a-z]")
_OWN_LETTER = lazy_compile(r"[ \t]*[(\[]([A-Z])[)\]]")
# "C. diff", "E. coli": a letter abbreviating a word (see module docstring).
GENUS = lazy_compile(r"\.\s?[a-z]{2,}")
# Words before an option's text that make it another entity (see module docstring).
OTHER_ENTITY = r"\b(?:reversed?|pseudo|non)"
_OTHER_ENTITY = lazy_compile(OTHER_ENTITY + r"[\s\-]*\Z", re.I)
# An option followed by a number or share: a score in a list ("SCFE 88%, transient synovitis 2%",
# "4. Transient synovitis (5%)"), which ranks the options and commits to none by itself.
SCORE = lazy_compile(r"[\s*:=(\-–]*(?:p\s*=\s*)?\d+(?:[.,]\d+)?\s*%")
# A score anywhere in a text, for ``search``: SCORE started only where a run of its lead-in characters starts (a
# search starting at each blank of a long run read the run once per blank: quadratic). The same texts hold one: a
# score whose lead-in starts inside a run also matches from the run's first character.
SCORE_IN = lazy_compile(r"(?<![\s*:=(\-–])" + SCORE.pattern)
_TRAILING_LETTER = lazy_compile(r"\s*\**\s*[\(\[（]\s*(?:(?i:option|choice)\s+)?([A-Z])\s*[\)\]）]")


class Mention(NamedTuple):
    """One reference to an option (a tuple: thousands are made per second on the reward hot path)."""

    start: int
    end: int
    letter: str  # an option letter, or CONFLICT
    by_text: bool  # named by the option's text (rule ``option_text`` when committed)
    strength: int  # BARE / DOTTED / STRONG for letter forms; STRONG for text


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")
# ``Mention(...)`` without the generated keyword-taking constructor: thousands are made per second.
_new = tuple.__new__


@dataclass(frozen=True)
class OptionIndex:
    """Everything the readers need about one sample's options, built once per option set."""

    letters: frozenset[str]
    keys: dict[str, str]  # letter -> option key ("" when only the letter is known)
    ordered: str  # the letters, sorted
    # letter, pattern (lower-case), same with re.I (compiled on first use: read only where lower-casing changes a text's
    # length; compiled for each new option set it doubled the index's cost, issue #7), and the words a match of the
    # pattern starts with (see ``_heads``)
    text_res: tuple[tuple[str, re.Pattern[str], re.Pattern[str], tuple[str, ...]], ...]
    verdicts: dict[str, str]  # "yes"/"no" -> letter, when the options are exactly Yes / No
    longest: int  # length of the longest option text, bounds whole-text matching
    # letter -> the option's own text: the vocabulary's names are matched on it, not on the key, whose words are
    # folded singular ("Graves disease" -> "grave disease", "Ground-glass opacities" -> "ground glass opacitie")
    texts: dict[str, str]
    # the options as (letter, text) pairs when one of them has a name in capitals (initials, a bracketed abbreviation:
    # ``extract/option_names.py``), matched as written by ``find_mentions``; else empty
    named: tuple[tuple[str, str], ...] = ()
    asked: frozenset[str] = frozenset()  # the words in capitals the question writes: no option's other name

    def key_letter(self, key: str) -> str | None:
        """The single letter whose option key equals ``key``."""
        hits = [k for k, v in self.keys.items() if v and v == key]
        return hits[0] if len(hits) == 1 else None


# Between two words of an option's text: separators, and an article the option key dropped
# ("in the right main bronchus" names "In right main bronchus"), or a short aside in brackets ("a Baker (popliteal)
# cyst" names "Baker cyst"; not a questioned one, "left (?) pleural effusion").
_BETWEEN = r"[\W_]+(?:(?:the|a|an|is|are)[\W_]+|\([^()\n?]{1,25}\)[\W_]+)?"
# A head noun moved before its modifiers: "atelectasis of the right lower lobe" names "Right lower lobe atelectasis".
_REORDER = r"[\W_]+(?:of|in|at|involving|within)[\W_]+(?:the[\W_]+)?"


# (also as a tokenised output spaces it: "consistent with a brodie 's abscess ." names "Brodie abscess")
_POSSESSIVE = r"(?:[ \t]?['’]s?)?"
_HAS_POSSESSIVE = lazy_compile(r"\w['’]s\b")


def _word_pattern(w: str) -> str:
    return re.escape(w) + (r"(?:e?s)?" if w.isascii() and w.isalpha() and len(w) > 2 else "")


# A grade's numeral in an option key ("grade iii", "bosniak iif", "bi rads 4"): Roman or Arabic, with a letter after it.
_NUMERAL = lazy_compile(r"(" + "|".join(sorted(ROMAN_NUMERALS, key=len, reverse=True)) + r"|\d{1,2})([a-f]?)")
_ROMAN_VALUE = {r: i for i, r in enumerate(ROMAN_NUMERALS, start=1)}
# The last word of each grading name, as an option key spells it ("bi-rads" is "bi rads", "salter-harris" "salter harris").
_GRADER_HEADS = frozenset(g.replace("-", " ").split()[-1] for g in GRADERS)
# Between a grading name and its numeral: "BI-RADS category 4", "Bosniak type II".
_GRADE_FILLER = r"(?:(?:category|class|type|grade|score)[\W_]+)?"


def _numeral_pattern(w: str) -> str | None:
    """A grade's numeral in every writing ("iii" also "3" and "three", "2f" also "iif" and "ii-f"), else None."""
    m = _NUMERAL.fullmatch(w)
    if m is None:
        return None
    base, suffix = m.groups()
    value = _ROMAN_VALUE[base] if base in _ROMAN_VALUE else int(base)
    if not 0 < value <= len(ROMAN_NUMERALS):
        return None
    forms = [ROMAN_NUMERALS[value - 1], str(value)] + ([NUMBER_WORDS[value]] if not suffix else [])
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return _GRADE_FILLER + "(?:" + alternatives + ")" + (r"[\W_]?" + re.escape(suffix) if suffix else "")


# An ordinal of an option's key in its other writing: "Left 6th rib" is named by "the left sixth rib", "Third
# ventricle" by "the 3rd ventricle" (``answers/text.ordinal_writings``); as a key's first word both writings are where
# ``find_mentions`` tries the pattern (``_heads``).
def _ordinal_pattern(w: str) -> str | None:
    writings = ordinal_writings(w)
    # (not as a discourse word before a comma or colon: "Second, rib eight ..." names no "2nd rib")
    return None if writings is None else "(?:" + "|".join(writings) + r")(?![,;:])"


@lru_cache(maxsize=4096)  # (an option's text recurs across option sets: 8,842 distinct in the corpus's 29,021, issue #7)
def _text_pattern(key: str, possessive: bool = False) -> re.Pattern[str] | None:
    """The option's text as written, or (three words or more) its head noun first.

    Not inside a compound modifier: "effusion-related", "pneumothorax-like".
    Run on the lower-cased text (a literal start lets the regex engine skip
    ahead fast); the start boundary is checked by ``find_mentions``.
    """
    # an eponym's possessive is no part of the name: "Crohn's disease" names "Crohn disease", "a Baker cyst" names
    # "Baker's cyst" (whose key keeps the "s" as a word of its own; only when the option wrote a possessive: the "S" of
    # "Golden S sign" is a word of the name)
    words = [w for i, w in enumerate(key.split()) if w != "s" or i == 0 or not possessive]
    if not words:
        return None
    short = SHORT_SCALE.fullmatch(key)
    if short is not None:  # "TI-RADS 5" names "TR5"
        return re.compile(r"(?:" + short.group(1) + r"[\W_]?" + short.group(2) + "|"
                          + r"[\W_]?".join(SHORT_SCALES[short.group(1)].split()) + r"[\W_]+"
                          + str(_numeral_pattern(short.group(2))) + r")(?![\w]|-\w)")
    # a side word may take "-sided": "right-sided pneumothorax" names "Right pneumothorax"
    # a grade's numeral in another writing: "Grade 3" names "Grade III", "Bosniak 2F" names "Bosniak IIF"; an ordinal
    # in the other ("sixth" names "6th", ``_ordinal_pattern``)
    parts = [(i and words[i - 1] in _GRADER_HEADS and _numeral_pattern(w)) or _ordinal_pattern(w) or _word_pattern(w)
             + (r"(?:[\s-]sided)?" if w in _SIDES and i < len(words) - 1 else "")
             + (_POSSESSIVE if i < len(words) - 1 and w.isalpha() and w not in _SIDES else "")
             for i, w in enumerate(words)]
    forms = [_BETWEEN.join(parts)]
    if (long := short_form(key)) is not None:  # "TR5" names "TI-RADS 5"
        forms.append(long[1])
    if len(words) >= 3 and words[-1].isalpha() and words[0] not in _NOT_MODIFIERS:
        forms.append(parts[-1] + _REORDER + _BETWEEN.join(parts[:-1]))
    # "Both" as an option names the options together ("Both are present."), never a pair of organs: "Reticular
    # opacities in both lungs." does not name it; "Both reticular and nodular ..." still does (``extract/both.py``
    # reads the option's own forms).
    pair = r"(?!\s+(?!(?:of|are|were|is|appear|seem)\b)[a-z][\w-]*+(?!(?:\s+[\w-]++)?\s+and\b))" \
        if words == ["both"] else ""
    return re.compile("(?:" + "|".join(forms) + r")(?![\w]|-\w)" + pair)


def _heads(key: str) -> tuple[str, ...]:
    """The literal words a match of ``_text_pattern(key)`` starts with: its first word, and its last word when the
    head-noun-first form is part of the pattern. ``find_mentions`` tries the pattern only where one of them is."""
    words = key.split()
    short = SHORT_SCALE.fullmatch(key)
    if short is not None:
        return short.group(1), SHORT_SCALES[short.group(1)].split()[0]
    if (long := short_form(key)) is not None:
        return words[0], long[0]
    if len(words) >= 3 and words[-1].isalpha() and words[0] not in _NOT_MODIFIERS:
        first = ordinal_writings(words[0]) or (words[0],)
        return (*first, words[-1]) if words[-1] != words[0] else first
    return ordinal_writings(words[0]) or (words[0],)


_SIDES = frozenset({"left", "right"})
# First words after which the rest is not a modifier of the last word ("no acute process", "in the ...").
_NOT_MODIFIERS = frozenset({*negation.DENY, "in", "at", "on", "above", "below", "into", "within", "normal"})


@lru_cache(maxsize=4096)
def _index(items: tuple[tuple[str, str], ...], asked: frozenset[str] | None = None) -> OptionIndex:
    options = dict(items)
    keys = option_keys(options)
    letters = frozenset(options)
    verdicts: dict[str, str] = {}
    if len(keys) == 2 and set(keys.values()) == YES_NO:
        verdicts = {v: k for k, v in keys.items()}
    text_res = []
    if not verdicts:
        for letter, key in keys.items():
            if len(key) == 1 and key.isalpha():
                continue  # an option whose text is a letter ("A") is named as a letter; as text it is the article
            pattern = _text_pattern(key, _HAS_POSSESSIVE.search(options[letter]) is not None)
            if pattern is not None:
                text_res.append((letter, pattern, lazy_compile(pattern.pattern, re.I), _heads(key)))
    named: tuple[tuple[str, str], ...] = ()
    if asked is not None and not verdicts:
        # another name of an option (``extract/option_names.py``): its text without a bracketed aside, the aside,
        # its first words and the initials of the rest; names in capitals are matched as written
        others = [(letter, option_key(name)) for letter, name, in_caps in option_names.bracket_names(items)
                  if not in_caps] + list(option_names.led_in_keys(items)) + list(option_synonyms.swapped_keys(items))
        for letter, key in others:
            pattern = _text_pattern(key)
            if pattern is not None and len(key) > 1:
                text_res.append((letter, pattern, lazy_compile(pattern.pattern, re.I), _heads(key)))
        named = items if option_names.has_names(items) else ()
    longest = max((len(v) for v in options.values()), default=0)
    return OptionIndex(letters, keys, "".join(sorted(letters)), tuple(text_res), verdicts, longest, options, named,
                       asked or frozenset())


def option_index(options: Mapping[str, str]) -> OptionIndex:
    return _index(tuple(options.items()))


def aliased_index(options: Mapping[str, str], question: str) -> OptionIndex:
    """The options' index that also finds each option by its other names (``extract/option_names.py``), but not by an
    abbreviation the ``question`` writes: the choice reader's last try (``extract/choice_reader.py``)."""
    return _index(tuple(options.items()), option_names.written_capitals(question))


def _letter_form(text: str, start: int, end: int, letter: str) -> tuple[int, int, int] | None:
    """``(start, end, strength)`` of the letter form around ``text[start:end]``, or None (not a letter)."""
    before = text[max(0, start - 24):start]
    after = text[end:end + 3]
    strength = BARE
    if before.endswith("**") and after.startswith(("**", ".**", ")**", ":**")):
        strength = STRONG
        end = text.index("**", end) + 2
        start -= 2
    elif before.endswith(("(", "[", "（")) and after.startswith((")", "]", "）")):
        strength, start, end = STRONG, start - 1, end + 1
    elif ("tion" in before or "oice" in before or "swer" in before or "tter" in before or "TION" in before
          or "OICE" in before or "SWER" in before) and _KEYWORD_BEFORE.search(before) is not None:
        strength = STRONG
        if after.startswith((")", "]")):
            end += 1
    elif after.startswith(")"):
        strength, end = DOTTED, end + 1
    elif after.startswith((".", ":", "：")) and (len(after) == 1 or not after[1].isalnum()):
        strength, end = DOTTED, end + 1
    if strength == BARE and letter == "I":
        return None
    return start, end, strength


def find_mentions(text: str, idx: OptionIndex, lo: int = 0, hi: int | None = None,
                  low: str | None = None) -> list[Mention]:
    """Mentions of options in ``text[lo:hi]``, in order (see module docstring).

    ``low`` is ``text.lower()`` when the caller has it: option texts are matched on it. ``hi`` at the text's end
    and a ``low`` equal to ``text.lower()`` are asked as left out (:func:`_mentions` reads them alike), so the
    decision reader's ranges and the whole-text calls share one remembered reading (issue #7).
    """
    if hi == len(text):
        hi = None
    if low is not None and (len(low) != len(text) or low == lowered(text)):
        low = None
    return _remembered_mentions(text, idx, lo, hi, low)


def _mentions(text: str, idx: OptionIndex, lo: int = 0, hi: int | None = None, low: str | None = None) -> list[Mention]:
    """:func:`find_mentions`, read afresh."""
    hi = len(text) if hi is None else hi
    exact = low is None or len(low) != len(text)  # ``low`` is ``text.lower()`` itself
    low = text.lower() if exact or low is None else low
    folded = len(low) == len(text)  # case folding kept positions (else match the original, ignoring case)
    texts: list[Mention] = []
    for letter, pattern, pattern_i, heads in idx.text_res:
        for hit in (_anchored(pattern, low, lo, hi, heads) if folded else pattern_i.finditer(text, lo, hi)):
            i = hit.start()
            if i == 0 or low[i - 1] not in _WORD_CHARS if folded else not text[i - 1].isalnum():
                if i > 2 and _OTHER_ENTITY.search(text, max(0, i - 12), i) is not None:
                    continue
                texts.append(_new(Mention, (i, hit.end(), letter, True, STRONG)))
    if idx.named:  # "... sporadic CJD.", "MLO view": an option named in capitals (``extract/option_names.py``)
        for start, end, letter in option_names.abbreviation_mentions(text, idx.named, idx.asked):
            if lo <= start and end <= hi and (start <= 2 or _OTHER_ENTITY.search(text, max(0, start - 12), start) is None):
                texts.append(_new(Mention, (start, end, letter, True, STRONG)))
    qualified = technique_qualified(tuple(sorted(idx.texts.items()))) if texts and folded else ()
    if qualified:  # "contrast-enhanced T1-weighted" names "Post-contrast T1-weighted", not "T1-weighted"
        texts = [requalified(t, low, qualified) for t in texts]
    if len(texts) > 1:
        texts.sort(key=_longest_first)
        kept: list[Mention] = []
        for t in texts:  # drop a shorter option found inside a longer one's text
            if kept and t.start < kept[-1].end and t.end <= kept[-1].end:
                continue
            kept.append(t)
        texts = kept
    text_at = {m.start: m for m in texts}
    used: set[int] = set()
    out: list[Mention] = []
    for pos in _letter_positions(text, idx.ordered, lo, hi) + _lower_keyed(text, low, exact, idx, lo, hi):
        letter = text[pos].upper()
        form = _letter_form(text, pos, pos + 1, letter)
        if form is None or (letter != text[pos] and form[2] != STRONG):
            continue
        start, end, strength = form
        if strength == BARE and letter == "A" and is_article(text, end) and not chosen_here(text, end):
            continue
        if letter == "A" and strength == STRONG and text[start] == "A" and answer_article(text, start, end, text_at):
            continue  # "**Answer:** A retrocerebellar arachnoid cyst.": the article of option C's text, not option A
        glue = _GLUE.match(text, end)
        follow = text_at.get(glue.end()) if glue is not None else None
        if follow is not None and text[start] in "([" and "." in text[end:follow.start]:
            follow = None  # "osteosarcoma (A). Ewing sarcoma would ...": a new sentence, not A's own text
        if follow is not None and follow.letter != letter and "." in text[end - 1:end + 1] \
                and (_SENTENCE_GOES_ON.match(text, follow.end) is not None
                     or ((own := _OWN_LETTER.match(text, follow.end)) is not None and own.group(1) == follow.letter)):
            # "Answer: C. Left lower lobe collapse would show ...", "Answer: B. Pneumonia (D) is a mimic": a new
            # sentence opens with D's text (and its own letter)
            follow = None
        if follow is not None and follow.letter != letter and "(" in text[end:follow.start] \
                and _SENTENCE_GOES_ON.match(text, follow.end) is not None and letter_aside.opened_after_letter(text, follow.start):
            follow = None  # "Answer: C (adhesions crossed my mind ...)": a remark on C, not C's label (``letter_aside``)
        if follow is None and GENUS.match(text, pos + 1) is not None:
            continue  # "C. diff colitis": an abbreviated name, not option C
        if follow is not None and follow.start - end <= 5:
            used.add(follow.start)
            if follow.letter != letter:
                if strength == BARE and letter == "A":
                    continue  # "A normal study": the article and option D's text
                out.append(_new(Mention, (start, follow.end, CONFLICT, False, strength)))
                continue
            end, strength = follow.end, max(strength, DOTTED)
        elif strength == BARE and letter == "A" and text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            continue  # "A Large ..." at a title-cased start: not a claim of option A
        out.append(_new(Mention, (start, end, letter, False, strength)))
    for t in texts:
        if t.start in used:
            continue
        tail = _TRAILING_LETTER.match(text, t.end, min(hi, t.end + 24))
        if tail is not None:
            # "Cardiomegaly (C)": the text and its letter must agree.
            letter = tail.group(1)
            out = [o for o in out if not (o.start >= t.end and o.end <= tail.end())]
            out.append(_new(Mention, (t.start, tail.end(), t.letter if letter == t.letter else CONFLICT, True, STRONG)))
            continue
        out.append(t)
    lettered = [(t, named) for t in texts if t.start not in used
                and (named := _letters_in(idx.texts.get(t.letter, "")))]
    if lettered:  # "Both A and B" as option C's own text: the letters it names are its words; "Vitamin D", "LA grade C"
        # for option B hold no other option but their own letter, inside the text or right after its matched key ("Type
        # A" for option C: the key leaves the article-like letter out)
        out = [o for o in out if o.by_text or not any(
            (t.start <= o.start < t.end or text[t.end:o.start] == " ") and (len(named) > 1 or text[o.start] in named)
            for t, named in lettered)]
    out.sort()
    return _group_lists(text, out)


_remembered_mentions = remembered(_mentions)  # (asked again of one region by several readers: ``context.remembered``)
find_mentions.__wrapped__ = _mentions  # type: ignore[attr-defined]  # (a fresh reading, for the tests)


_LETTER_IN_TEXT = lazy_compile(r"\b[A-Z]\b")


@lru_cache(maxsize=4096)
def _letters_in(option: str) -> frozenset[str]:
    """The capital letters an option's own text writes as words ("Both A and B", "Vitamin D"): once per text."""
    return frozenset(_LETTER_IN_TEXT.findall(option))


def _anchored(pattern: re.Pattern[str], low: str, lo: int, hi: int, heads: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(pattern.finditer(low, lo, hi))``, the pattern tried only where one of its ``heads`` starts: every
    match starts with one of them, and a regex with alternatives (the head-noun-first form) would otherwise be
    tried at every character of a long discussion."""
    return matched_at_heads(pattern, low, low, heads, lo, hi)


# What may not stand next to a letter form ("CT", "X-ray", "B12", "A's"); anything else may ("C.", "(C)", "选C").
_JOINING = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'’-_")


def _letter_positions(text: str, letters: str, lo: int, hi: int) -> list[int]:
    """Positions of standalone option letters in ``text[lo:hi]``, in order.

    ``str.find`` per letter: option letters are rare in prose, and a regex
    that tests every character of a long output costs several times more.
    """
    found = []
    n = len(text)
    find = text.find
    for letter in letters:
        i = find(letter, lo, hi)
        while i >= 0:
            if (i == 0 or text[i - 1] not in _JOINING) and (i + 1 == n or text[i + 1] not in _JOINING):
                found.append(i)
            i = find(letter, i + 1, hi)
    found.sort()
    return found


# A lower-case letter after an option keyword: "i'd go with option c", "answer: b", "choice (d)".
_LOWER_KEYED = lazy_compile(r"\b(?:option|choice|answer|letter)s?\s*[:#]?\s*[\(\[]?\s*\**\s*([a-z])(?![\w'’-])", re.I)
_LOWER_KEYED_HEADS = ("option", "choice", "answer", "letter")  # what every match of it starts with


def _lower_keyed(text: str, low: str, exact: bool, idx: OptionIndex, lo: int, hi: int) -> list[int]:
    """Positions of lower-case option letters named by a keyword ("i'd go with option c"): outputs written all in
    lower case name their option so. A lower-case letter anywhere else is a word ("a") or a list label ("(b) the
    lungs are clear"), and one followed by a lower-case word ("answer a question") is the article. ``exact``: ``low``
    is ``text.lower()`` (then reused for an ASCII text, as ``anchored_finditer`` would lower-case it again)."""
    if "tion" not in low and "oice" not in low and "swer" not in low and "tter" not in low:
        return []
    found = []
    for m in (matched_at_heads(_LOWER_KEYED, text, low, _LOWER_KEYED_HEADS, lo, hi) if exact and text.isascii()
              else anchored_finditer(_LOWER_KEYED, text, _LOWER_KEYED_HEADS, lo, hi)):
        pos = m.start(1)
        if text[pos].upper() in idx.letters and text[pos].islower() and not is_article(text, pos + 1):
            found.append(pos)
    return found


def _longest_first(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _group_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Merge "B or C", "A, B, C, D" into one conflicting mention (same letters stay one mention)."""
    if len(mentions) < 2:
        return mentions
    out = [mentions[0]]
    for m in mentions[1:]:
        prev = out[-1]
        gap = text[prev.end:m.start]
        # "A) Pneumothorax B) Pleural effusion ...": options written one after another are a list too.
        listed = not gap.strip(" \t\n*-•,;") and prev.strength > BARE and m.strength > BARE and len(gap) <= 6 \
            and not (m.by_text and ("." in text[max(0, prev.end - 1):m.start] or ";" in gap)
                     and _SENTENCE_GOES_ON.match(text, m.end))  # "effusion (B); pneumothorax can also …": a clause
        if len(gap) <= 24 and (listed or _JOIN.match(gap) is not None):
            letter = prev.letter if prev.letter == m.letter else CONFLICT
            out[-1] = _new(Mention, (prev.start, m.end, letter, prev.by_text and m.by_text, max(prev.strength, m.strength)))
        else:
            out.append(m)
    return out
