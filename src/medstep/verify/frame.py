"""Which words of a chain the vocabulary does not read may observe something, and which only frame the reasoning.

``commitment.echoes_and_denies`` withholds credit from a chain that only repeats its option's words beside a few
absences, unless the chain holds something the vocabulary cannot read: a number, or a word that may be an
observation in words of its own ("rim", "crescent", "mod"). Padding such a chain with the reasoning's own words
("On careful review I can confirm there is no pneumothorax ... The standout feature is X.") must not buy that
benefit of the doubt, and no list of such words can be complete (a new filler word is always at hand). So a word
counts as a possible observation by what it is, not by a list of what it is not: a word of the domain (a word of
some finding, device, anatomy or normal/abnormal phrase of the vocabulary: "rim" of "rim of fluid"), a short word
(an abbreviation: "mod", "sev", "ant") or a word outside the Latin alphabet. A longer word that no phrase of the
vocabulary uses ("unmistakable", "pertinent", "standout") frames the reasoning and observes nothing; so do the
reasoning's own words even where the domain uses them ("the key finding", "the main abnormality":
``extract.implicit_words.DISCOURSE``) and the function words of such frames (``FRAME_FUNCTION``).

A heading does too (issue #8, padding 35): the label that opens a sentence and sorts what its colon, arrow or dash
introduces ("Dominant abnormality: X", "Pertinent positive: X", "Overall impression -> X", "Step 2 - salient
positive: X") names the kind of statement, not something seen, once what it introduces names a finding the vocabulary
reads. Its words are set aside whatever they are: "dominant" and "positive" are words of the domain only through
"autosomal dominant polycystic kidney disease" and "positive ulnar variance", and a list of harmless label words would
never be complete. A label with a number other than an item's ("T9: sclerotic lesion", "CTR: 0.62") is no heading, and
a label the vocabulary reads ("Left base: effusion") keeps its reading: only unread words are set aside.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from medstep.answers.judgements import RANK_NOUNS, single_words
from medstep.extract.implicit_words import AFFIRM_PRE, COPULA, DISCOURSE, FRAME_FUNCTION, IMAGE, NEG_FILLER, PRESENCE, STOP
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ABN, K_BREAK, K_COMMA, K_CONCEPT, K_NORMAL, Lexicon
from medstep.verify.scan import Scanner

# words that carry no observation of their own: "there is a", "in the film", "shows", "on careful review I note"
IDLE = STOP | COPULA | IMAGE | AFFIRM_PRE | PRESENCE | NEG_FILLER | DISCOURSE | FRAME_FUNCTION
_ANSWER_WORDS = single_words(RANK_NOUNS) | {"final"}  # "Answer: A", "final choice", "my pick"
_SHORT = 4  # letters of a word that may be an abbreviation ("mod", "sev", "lrg")
_CUT = 5  # letters of a domain word cut short that may be a terse chain's shorthand ("pneumo", "effus")
_ANATOMY, _MODALITY = "anatomy", "modality"  # concept categories whose names name an organ or an image kind
_LETTERS = lazy_compile(r"[^\W\d_]+")
_TAG = lazy_compile(r"</?[a-z_]+>", re.IGNORECASE)  # a markup tag ("<think>") says nothing
_DOMAIN_KINDS = frozenset({K_CONCEPT, K_ABN, K_NORMAL})
# A heading (module docstring) at a sentence's start: list marks or emphasis, up to six words of letters or an item's
# number ("Step 2", "Point 3"), then a colon, an arrow or a spaced dash; once or twice ("Step 2 - salient positive:").
# (Anchored at the text's start and its words are separated by required blanks: one linear attempt.)
_HEADED = 200  # characters after a heading that may name what it introduces (a long step is not read twice over)
WORDS_RUN = r"[^\W\d_]+(?:['/-][^\W\d_]+)*"
# a heading's lead (list marks or emphasis) and its end (a colon, an arrow or a spaced dash, after any emphasis): one
# home for the label grammar, shared with the place labels of ``mentions`` ("Left base: effusion")
HEAD_LEAD = r"[ \t>*_#\-\u2022]*(?:\*\*)?"
HEAD_END = r"(?:\*\*)?[ \t]*(?::|->|=>|\u2192|[ \t][\u2013\u2014-](?=[ \t])|[\u2013\u2014])"
_HEADING = lazy_compile(
    r"(?i)(?:" + HEAD_LEAD + r"(?:(?:step|point|item|part)[ \t]*\d{1,2}|" + WORDS_RUN + r"(?:[ \t]+" + WORDS_RUN
    + r"){0,5})" + HEAD_END + r"(?:\*\*)?[ \t]*){1,2}")


class FrameWords:
    """The unread words of a chain, told apart (see the module docstring); built once per verifier."""

    def __init__(self, scanner: Scanner, lexicon: Lexicon) -> None:
        self._scanner = scanner
        self._lexicon = lexicon

    @cached_property
    def _domain(self) -> frozenset[str]:
        """The words of the vocabulary's finding, device, anatomy and normal/abnormal phrases (built on first use:
        the rule is off the hot path)."""
        words: set[str] = set()
        for phrase, value in self._lexicon.automaton.items():
            if value[0] in _DOMAIN_KINDS:
                words.update(_LETTERS.findall(phrase))
        return frozenset(words - IDLE)

    @cached_property
    def _organs(self) -> frozenset[str]:
        """The words of the vocabulary's image kinds ("chest" of Chest Radiograph, "ultrasound") and its organs named
        in one word ("lungs", "thorax", "abdomen"): said unread beside the option ("{G} in the chest"), such a word
        names what the image is or the whole organ the option's finding lies in, never what was seen there (issue #8,
        gaming 36). A site is no such word: one the vocabulary reads ("apex", "base", "lobe") is the finding's place,
        judged by ``commitment.restates_premise``, and a word of a longer organ name ("suprapatellar" of Suprapatellar
        Recess) stays a possible observation."""
        words: set[str] = set()
        for c in self._lexicon.concepts.values():
            name = _LETTERS.findall(c.name.lower())
            if c.category == _MODALITY or (c.category == _ANATOMY and len(name) == 1):
                words.update(name)
        return frozenset(words)

    @cached_property
    def _cut_short(self) -> frozenset[str]:
        """The beginnings of the domain's words cut short by two letters or more, at least ``_CUT`` letters long
        ("pneumo", "effus", "consol"): a terse chain's shorthand of a finding (built once)."""
        return frozenset(w[:n] for w in self._domain for n in range(_CUT, len(w) - 1))

    def _observing(self, word: str) -> bool:
        if word in self._organs:
            return False
        return word in self._domain or len(word) <= _SHORT or not word.isascii() or word in self._cut_short

    def unread(self, text: str) -> bool:
        """Whether ``text`` holds a number or an unread word that may observe something (a heading's words are set
        aside: ``unheaded``; a normality statement's unless they are long words of the domain: ``_normality``)."""
        if self._scanner.unread_words(self.unheaded(text), IDLE) is None:
            return True  # a number, wherever it stands
        rest, normal = self._normality(text)
        return any(self._observing(w) for w in self._scanner.unread_words(rest, IDLE) or ()) or any(
            len(w) > _SHORT and w in self._domain and w not in self._organs
            for w in self._scanner.unread_words(normal, IDLE) or ())

    def observes(self, text: str) -> bool:
        """Whether ``text`` (a clause that claims nothing, or the words before a denial) may observe something in
        words of its own: an unread word that may (``unread``), or a phrase the vocabulary reads that is not an
        organ's own name nor an image kind ("Meniscus L", not "lungs otherwise" or "this chest film"): the vocabulary
        read it, the verifier counted no claim of it, and it may be a sign of the answer's finding in another sense
        (a chest film's meniscus is the effusion's)."""
        if self.unread(text):
            return True
        rest = self._normality(text)[0]
        return any(self._names_what(rest, e) for e in self._scanner.events(rest))

    def _names_what(self, text: str, event: tuple[int, int, int, Any, Any]) -> bool:
        """Whether ``event`` (of ``text``) is a phrase of the vocabulary that may name what was seen: a concept's,
        not an image kind's ("this chest film") nor an organ's own name ("lungs")."""
        if event[2] != K_CONCEPT:
            return False
        concept = self._lexicon.concepts.get(event[3])
        if concept is not None and concept.category == _MODALITY:
            return False
        return not set(_LETTERS.findall(text[event[0]:event[1]].lower())) <= self._organs

    def _normality(self, text: str) -> tuple[str, str]:
        """``text`` without its heading (``unheaded``) in two parts of its length, each blanked where the other is
        not: the rest, and its normality statements, the chunks (between commas, semicolons and full stops) that
        end in a normal phrase and name no finding ("rest normal", "everything else unremarkable", "lungs otherwise
        clear"). Such a chunk says the remainder is normal, which observes nothing of an abnormal answer's finding:
        its short words are no abbreviations of an observation (issue #8, gaming 36: "{G}, rest normal" beside three
        absences kept the unread "rest"), though a longer word of the domain may still be one ("pleural line sharp").
        A normal phrase that opens its chunk describes what follows it ("sharp pleural line") and is no such
        statement."""
        text = self.unheaded(text)
        rest, normal = list(text), [" "] * len(text)
        start = 0
        last: int | None = None
        other = False
        for event in [*self._scanner.events(text), (len(text), len(text), K_BREAK, None, None)]:
            a, b, kind = event[:3]
            if kind in (K_BREAK, K_COMMA):
                if last is not None and not other and not _LETTERS.search(text, last, a):
                    normal[start:a], rest[start:a] = rest[start:a], [" "] * (a - start)
                start, last, other = b, None, False
            elif kind == K_NORMAL:
                last = b  # where the chunk's last normal phrase ends
            elif self._names_what(text, event):
                other = True  # a finding's phrase: the chunk says more than that the rest is normal
        return "".join(rest), "".join(normal)

    def unheaded(self, text: str) -> str:
        """``text`` without the heading that opens it ("Dominant abnormality: pleural effusion." -> "pleural
        effusion."), when what the heading introduces names a finding the vocabulary reads; else ``text``."""
        m = _HEADING.match(text)
        if m is None:
            return text
        rest = text[m.end():]
        if not any(e[2] == K_CONCEPT for e in self._scanner.events(rest[:_HEADED])):
            return text  # "Meniscus: present", "Rim: yes": the label is what was seen
        return rest

    def only_option_words(self, chain: str, option: str, letter: str) -> bool:
        """Whether every word of ``chain`` is a word of its chosen ``option``, its ``letter`` or a word that observes
        nothing (``IDLE``): the option said again in any order, any number of times ("Displaced fracture, fracture
        displaced, left clavicle, ... displaced fracture of the left clavicle."), which reads nothing of the image."""
        own = set(_LETTERS.findall(option.lower()))
        if not own:
            return False
        letter = letter.lower()
        said = False  # a word of the option was said
        for m in _LETTERS.finditer(_TAG.sub(" ", chain).lower()):  # (stops at the first word of a chain's own)
            w = m.group()
            if w in own:
                said = True
            elif w not in IDLE and w not in _ANSWER_WORDS and w != letter:
                return False
        return said
