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

from medstep.answers.judgements import RANK_NOUNS, single_words
from medstep.extract.implicit_words import AFFIRM_PRE, COPULA, DISCOURSE, FRAME_FUNCTION, IMAGE, NEG_FILLER, PRESENCE, STOP
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ABN, K_CONCEPT, K_NORMAL, Lexicon
from medstep.verify.scan import Scanner

# words that carry no observation of their own: "there is a", "in the film", "shows", "on careful review I note"
IDLE = STOP | COPULA | IMAGE | AFFIRM_PRE | PRESENCE | NEG_FILLER | DISCOURSE | FRAME_FUNCTION
_ANSWER_WORDS = single_words(RANK_NOUNS) | {"final"}  # "Answer: A", "final choice", "my pick"
_SHORT = 4  # letters of a word that may be an abbreviation ("mod", "sev", "lrg")
_LETTERS = lazy_compile(r"[^\W\d_]+")
_TAG = lazy_compile(r"</?[a-z_]+>", re.IGNORECASE)  # a markup tag ("<think>") says nothing
_DOMAIN_KINDS = frozenset({K_CONCEPT, K_ABN, K_NORMAL})
# A heading (module docstring) at a sentence's start: list marks or emphasis, up to six words of letters or an item's
# number ("Step 2", "Point 3"), then a colon, an arrow or a spaced dash; once or twice ("Step 2 - salient positive:").
# (Anchored at the text's start and its words are separated by required blanks: one linear attempt.)
_HEADED = 200  # characters after a heading that may name what it introduces (a long step is not read twice over)
_WORDS_RUN = r"[^\W\d_]+(?:['/-][^\W\d_]+)*"
# a heading's lead (list marks or emphasis) and its end (a colon, an arrow or a spaced dash, after any emphasis): one
# home for the label grammar, shared with the place labels of ``mentions`` ("Left base: effusion")
HEAD_LEAD = r"[ \t>*_#\-\u2022]*(?:\*\*)?"
HEAD_END = r"(?:\*\*)?[ \t]*(?::|->|=>|\u2192|[ \t][\u2013\u2014-](?=[ \t])|[\u2013\u2014])"
_HEADING = lazy_compile(
    r"(?i)(?:" + HEAD_LEAD + r"(?:(?:step|point|item|part)[ \t]*\d{1,2}|" + _WORDS_RUN + r"(?:[ \t]+" + _WORDS_RUN
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

    def _observing(self, word: str) -> bool:
        return word in self._domain or len(word) <= _SHORT or not word.isascii()

    def unread(self, text: str) -> bool:
        """Whether ``text`` holds a number or an unread word that may observe something (a heading's words are set
        aside: ``unheaded``)."""
        words = self._scanner.unread_words(self.unheaded(text), IDLE)
        return words is None or any(self._observing(w) for w in words)

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
